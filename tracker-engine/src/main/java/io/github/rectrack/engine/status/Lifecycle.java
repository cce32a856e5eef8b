package io.github.rectrack.engine.status;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.model.GovernanceDecision;
import io.github.rectrack.model.ManagementResponse;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.Recommendation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Derives a recommendation's {@link Status} from its history.
 *
 * <p>The status starts {@link Status#OPEN} ({@link Status#NOT_ACCEPTED} if the management response
 * did not accept it). Each governance decision, in the order listed (validation checks that is date
 * order), moves it on: proposed closed, closure agreed, closed, further evidence requested, closure
 * disputed, superseded, not accepted, hibernated, moved to business as usual; "resumed" and "re-opened"
 * bring it back to {@link Status#IN_PROGRESS} and {@link Status#REOPENED}; a published response leaves it
 * where it was. If no decision has been
 * made, a progress update makes an open recommendation {@link Status#IN_PROGRESS}. Only entries that
 * {@link AsOf#counts(PartialDate, LocalDate) count} on the day are used; decisions and updates are kept
 * in date order (validation checks it), so those that count are the first ones of each list.
 *
 * <p>{@link #replay(Recommendation)} walks every decision and reports illegal steps, such as a second
 * closure without a re-open or a board agreement with no proposal; the status is still derived (the
 * decision takes effect), so a faulty history never stops a report.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class Lifecycle {

    private static final Set<Status> PROPOSED = EnumSet.of(Status.PROPOSED_CLOSED, Status.CLOSURE_AGREED);
    private static final Set<Status> REOPENABLE = EnumSet.of(
            Status.CLOSED, Status.BUSINESS_AS_USUAL, Status.SUPERSEDED, Status.NOT_ACCEPTED);

    private Lifecycle() {}

    /**
     * One decision applied: the status before and after, and what is wrong with the step, if anything.
     *
     * @param index the decision's index in the recommendation's list
     * @param decision the decision
     * @param from the status before
     * @param to the status after
     * @param problem what is wrong with taking this step from {@code from}, if anything
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public record Step(int index, GovernanceDecision decision, Status from, Status to, Optional<Problem> problem) {}

    /**
     * An illegal or doubtful step.
     *
     * @param error true if the history is wrong; false if it is only doubtful
     * @param message what is wrong
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public record Problem(boolean error, String message) {}

    /**
     * A recommendation's status on a day, with when it reached it.
     *
     * @param status the lifecycle status the decisions counted on the day lead to
     * @param since the date of the decision or update that set it; empty if it has been so from the start
     * @param decisions the decisions counted on the day, in order
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public record StatusAsOf(Status status, Optional<PartialDate> since, List<GovernanceDecision> decisions) {
        /**
         * Copies the list.
         *
         * @param status the lifecycle status the decisions counted on the day lead to
         * @param since the date of the decision or update that set it; empty if it has been so from the start
         * @param decisions the decisions counted on the day, in order
         */
        public StatusAsOf {
            decisions = List.copyOf(decisions);
        }
    }

    /**
     * The status on a day.
     *
     * @param recommendation the recommendation
     * @param asOf the day
     * @return the status, when it was reached, and the decisions counted
     */
    public static StatusAsOf statusAsOf(Recommendation recommendation, LocalDate asOf) {
        Status status = initial(recommendation, asOf);
        Optional<PartialDate> since = status == Status.NOT_ACCEPTED
                ? recommendation.response().flatMap(ManagementResponse::date)
                : Optional.empty();
        List<GovernanceDecision> counted = AsOf.prefix(recommendation.decisions(), GovernanceDecision::date, asOf);
        for (GovernanceDecision decision : counted) {
            status = next(status, decision.kind());
        }
        for (GovernanceDecision decision : counted) {
            if (decision.kind().changesStatus()) {
                since = Optional.of(decision.date());
            }
        }
        if (status == Status.OPEN && !recommendation.updates().isEmpty()) {
            PartialDate first = recommendation.updates().get(0).date();
            if (AsOf.counts(first, asOf)) {
                return new StatusAsOf(Status.IN_PROGRESS, Optional.of(first), counted);
            }
        }
        return new StatusAsOf(status, since, counted);
    }

    /**
     * Walks every decision, whatever its date, and says what is wrong with each step.
     *
     * @param recommendation the recommendation
     * @return one step per decision, in order
     */
    public static List<Step> replay(Recommendation recommendation) {
        List<Step> steps = new ArrayList<>();
        Status status = initial(recommendation, LocalDate.MAX);
        Optional<GovernanceDecision> closedBy = Optional.empty();
        for (int i = 0; i < recommendation.decisions().size(); i++) {
            GovernanceDecision decision = recommendation.decisions().get(i);
            Optional<Problem> problem = check(status, decision, closedBy);
            Status next = next(status, decision.kind());
            steps.add(new Step(i, decision, status, next, problem));
            if (next == Status.CLOSED && status != Status.CLOSED) {
                closedBy = Optional.of(decision);
            } else if (next == Status.REOPENED) {
                closedBy = Optional.empty();
            }
            status = next;
        }
        return steps;
    }

    private static Status initial(Recommendation recommendation, LocalDate asOf) {
        boolean refused = recommendation.response()
                .filter(r -> r.acceptance().filter(a -> a == ManagementResponse.Acceptance.NOT_ACCEPTED).isPresent())
                .filter(r -> r.date().map(d -> AsOf.counts(d, asOf)).orElse(true))
                .isPresent();
        return refused ? Status.NOT_ACCEPTED : Status.OPEN;
    }

    private static Status next(Status current, GovernanceDecision.Kind kind) {
        return switch (kind) {
            case PROPOSED_CLOSED -> Status.PROPOSED_CLOSED;
            case CLOSURE_AGREED -> Status.CLOSURE_AGREED;
            case CLOSED -> Status.CLOSED;
            case FURTHER_EVIDENCE_REQUESTED -> Status.FURTHER_EVIDENCE_REQUESTED;
            case CLOSURE_DISPUTED -> Status.CLOSURE_DISPUTED;
            case SUPERSEDED -> Status.SUPERSEDED;
            case NOT_ACCEPTED -> Status.NOT_ACCEPTED;
            case HIBERNATED -> Status.HIBERNATED;
            case RESUMED -> current == Status.HIBERNATED ? Status.IN_PROGRESS : current;
            case REOPENED -> Status.REOPENED;
            case MOVED_TO_BUSINESS_AS_USUAL -> Status.BUSINESS_AS_USUAL;
            case RISK_ACCEPTED -> Status.RISK_ACCEPTED;
            case RESPONSE_PUBLISHED -> current;
        };
    }

    private static Optional<Problem> check(Status from, GovernanceDecision decision, Optional<GovernanceDecision> closedBy) {
        GovernanceDecision.Kind kind = decision.kind();
        if (from == Status.CLOSED && kind != GovernanceDecision.Kind.REOPENED && kind.changesStatus()) {
            String when = closedBy.map(c -> " by " + c.forum() + " on " + c.date()).orElse("");
            String what = kind == GovernanceDecision.Kind.CLOSED ? "closed twice" : kind + " after it was closed";
            return error(what + " without a re-open: it was closed" + when + "; record a REOPENED decision first");
        }
        return switch (kind) {
            case CLOSURE_AGREED -> PROPOSED.contains(from) ? Optional.empty()
                    : error("closure agreed by " + decision.forum() + " with no proposal to close (status was " + from
                            + "); record the owner's PROPOSED_CLOSED first");
            case FURTHER_EVIDENCE_REQUESTED, CLOSURE_DISPUTED -> PROPOSED.contains(from) ? Optional.empty()
                    : warning(kind + " by " + decision.forum() + " but no closure was proposed (status was " + from + ")");
            case RESUMED -> from == Status.HIBERNATED ? Optional.empty()
                    : error("resumed but it was not hibernated (status was " + from + ")");
            case REOPENED -> REOPENABLE.contains(from) ? Optional.empty()
                    : error("re-opened but it was not closed (status was " + from + ")");
            default -> Optional.empty();
        };
    }

    private static Optional<Problem> error(String message) {
        return Optional.of(new Problem(true, message));
    }

    private static Optional<Problem> warning(String message) {
        return Optional.of(new Problem(false, message));
    }
}
