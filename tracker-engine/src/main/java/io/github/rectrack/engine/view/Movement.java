package io.github.rectrack.engine.view;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.engine.evaluation.RecommendationState;
import io.github.rectrack.engine.evaluation.RegisterEvaluation;
import io.github.rectrack.engine.spi.rag.Rag;
import io.github.rectrack.engine.status.AsOf;
import io.github.rectrack.engine.status.Status;
import io.github.rectrack.model.GovernanceDecision;
import io.github.rectrack.model.TargetDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What changed for a forum between two meetings: two evaluations of the same register, the earlier as of
 * the last meeting and the later as of this one.
 *
 * <p>All lists cover the recommendations reported to the forum in the later evaluation, in register
 * order:
 *
 * <ul>
 *   <li>{@link #newItems()}: in the later evaluation but not in the earlier (their source was issued
 *       after the earlier day);</li>
 *   <li>{@link #newlyClosed()}: {@link Status#isFinished() finished} in the later and not in the earlier
 *       (a new item already finished counts);</li>
 *   <li>{@link #newlyRed()}: {@link Rag#RED} in the later and not in the earlier (including new items);</li>
 *   <li>{@link #targetsRevised()}: in both, with a different target in force;</li>
 *   <li>{@link #declinedClosures()}: each {@link GovernanceDecision.Kind#FURTHER_EVIDENCE_REQUESTED} or
 *       {@link GovernanceDecision.Kind#CLOSURE_DISPUTED} decision, by any forum, that counts on the later
 *       day but not on the earlier (under the {@link AsOf} rule a "2020-07" decision counts from 1 July
 *       2020);</li>
 *   <li>{@link #statusChanges()}: in both, with a different status.</li>
 * </ul>
 *
 * @param forum the id of the forum the view is for, one of the scheme's forums
 * @param earlierAsOf the day of the earlier evaluation
 * @param laterAsOf the day of the later evaluation
 * @param newItems items new since the earlier day
 * @param newlyClosed items finished since the earlier day
 * @param newlyRed items that turned red since the earlier day
 * @param targetsRevised items whose target in force changed
 * @param declinedClosures closures the forums declined between the two days
 * @param statusChanges items whose status changed
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Movement(String forum, LocalDate earlierAsOf, LocalDate laterAsOf, List<Change> newItems,
        List<Change> newlyClosed, List<Change> newlyRed, List<Change> targetsRevised,
        List<DeclinedClosure> declinedClosures, List<Change> statusChanges) {

    /**
     * Checks for nulls and copies the lists.
     *
     * @param forum the id of the forum the view is for, one of the scheme's forums
     * @param earlierAsOf the day of the earlier evaluation
     * @param laterAsOf the day of the later evaluation
     * @param newItems items new since the earlier day
     * @param newlyClosed items finished since the earlier day
     * @param newlyRed items that turned red since the earlier day
     * @param targetsRevised items whose target in force changed
     * @param declinedClosures closures the forums declined between the two days
     * @param statusChanges items whose status changed
     */
    public Movement {
        Objects.requireNonNull(forum, "forum");
        Objects.requireNonNull(earlierAsOf, "earlierAsOf");
        Objects.requireNonNull(laterAsOf, "laterAsOf");
        newItems = List.copyOf(newItems);
        newlyClosed = List.copyOf(newlyClosed);
        newlyRed = List.copyOf(newlyRed);
        targetsRevised = List.copyOf(targetsRevised);
        declinedClosures = List.copyOf(declinedClosures);
        statusChanges = List.copyOf(statusChanges);
    }

    /**
     * One item, before and after.
     *
     * @param sourceTitle its source's title
     * @param priority its priority, one of the scheme's priorities
     * @param reference its printed reference
     * @param title the recommendation's short title; empty where the source gives none
     * @param recommendationId the recommendation's id in the register
     * @param statusBefore its status on the earlier day; empty if it was not yet in the register
     * @param statusAfter its status on the later day
     * @param ragBefore its colour on the earlier day; empty if it was not yet in the register
     * @param ragAfter its colour on the later day
     * @param targetBefore the target in force on the earlier day, if any
     * @param targetAfter the target in force on the later day, if any
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public record Change(String sourceTitle, String priority, String reference, String title, String recommendationId,
            Optional<Status> statusBefore, Status statusAfter, Optional<Rag> ragBefore, Rag ragAfter,
            Optional<TargetDate> targetBefore, Optional<TargetDate> targetAfter) {
        /**
         * Checks for nulls.
         *
         * @param sourceTitle its source's title
         * @param priority its priority, one of the scheme's priorities
         * @param reference its printed reference
         * @param title the recommendation's short title; empty where the source gives none
         * @param recommendationId the recommendation's id in the register
         * @param statusBefore its status on the earlier day; empty if it was not yet in the register
         * @param statusAfter its status on the later day
         * @param ragBefore its colour on the earlier day; empty if it was not yet in the register
         * @param ragAfter its colour on the later day
         * @param targetBefore the target in force on the earlier day, if any
         * @param targetAfter the target in force on the later day, if any
         */
        public Change {
            Objects.requireNonNull(recommendationId, "recommendationId");
            Objects.requireNonNull(statusBefore, "statusBefore");
            Objects.requireNonNull(statusAfter, "statusAfter");
            Objects.requireNonNull(ragBefore, "ragBefore");
            Objects.requireNonNull(ragAfter, "ragAfter");
            Objects.requireNonNull(targetBefore, "targetBefore");
            Objects.requireNonNull(targetAfter, "targetAfter");
        }
    }

    /**
     * A closure a forum declined between the two days.
     *
     * @param item the recommendation, as it stood in the later evaluation
     * @param decision the decision: further evidence requested, or closure disputed
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public record DeclinedClosure(Change item, GovernanceDecision decision) {
        /**
         * Checks for nulls.
         *
         * @param item the recommendation, as it stood in the later evaluation
         * @param decision the decision: further evidence requested, or closure disputed
         */
        public DeclinedClosure {
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(decision, "decision");
        }
    }

    /**
     * The movement between two evaluations of one register.
     *
     * @param earlier the evaluation as of the last meeting
     * @param later the evaluation as of this meeting
     * @param forum the forum id
     * @return the movement
     * @throws IllegalArgumentException if the evaluations are of different registers, or the earlier is
     *     not before the later
     */
    public static Movement between(RegisterEvaluation earlier, RegisterEvaluation later, String forum) {
        Objects.requireNonNull(earlier, "earlier");
        Objects.requireNonNull(later, "later");
        Objects.requireNonNull(forum, "forum");
        String earlierId = earlier.register().id();
        String laterId = later.register().id();
        if (!earlierId.equals(laterId)) {
            throw new IllegalArgumentException("movement needs two evaluations of the same register, but the earlier is of '"
                    + earlierId + "' and the later of '" + laterId + "'; evaluate one register on both days");
        }
        if (!earlier.asOf().isBefore(later.asOf())) {
            throw new IllegalArgumentException("movement needs the earlier evaluation to be before the later, but the earlier is as of "
                    + earlier.asOf() + " and the later as of " + later.asOf() + "; pass the last meeting's evaluation first");
        }
        LocalDate before = earlier.asOf();
        LocalDate after = later.asOf();
        List<Change> newItems = new ArrayList<>();
        List<Change> newlyClosed = new ArrayList<>();
        List<Change> newlyRed = new ArrayList<>();
        List<Change> targetsRevised = new ArrayList<>();
        List<DeclinedClosure> declined = new ArrayList<>();
        List<Change> statusChanges = new ArrayList<>();
        for (RecommendationState now : (Iterable<RecommendationState>) later.reportedTo(forum)::iterator) {
            Optional<RecommendationState> then = earlier.state(now.id());
            Change change = change(now, then);
            if (then.isEmpty()) {
                newItems.add(change);
            }
            if (now.status().isFinished() && then.map(t -> !t.status().isFinished()).orElse(true)) {
                newlyClosed.add(change);
            }
            if (now.rag() == Rag.RED && then.map(t -> t.rag() != Rag.RED).orElse(true)) {
                newlyRed.add(change);
            }
            if (then.isPresent() && !then.get().targets().current().equals(now.targets().current())) {
                targetsRevised.add(change);
            }
            if (then.isPresent() && then.get().status() != now.status()) {
                statusChanges.add(change);
            }
            for (GovernanceDecision decision : now.decisions()) {
                boolean declining = decision.kind() == GovernanceDecision.Kind.FURTHER_EVIDENCE_REQUESTED
                        || decision.kind() == GovernanceDecision.Kind.CLOSURE_DISPUTED;
                if (declining && !AsOf.counts(decision.date(), before) && AsOf.counts(decision.date(), after)) {
                    declined.add(new DeclinedClosure(change, decision));
                }
            }
        }
        return new Movement(forum, before, after, newItems, newlyClosed, newlyRed, targetsRevised, declined, statusChanges);
    }

    private static Change change(RecommendationState now, Optional<RecommendationState> then) {
        var r = now.recommendation();
        return new Change(now.source().title(), r.priority(), r.reference(), r.title(), now.id(),
                then.map(RecommendationState::status), now.status(), then.map(RecommendationState::rag), now.rag(),
                then.flatMap(t -> t.targets().current()), now.targets().current());
    }
}
