package io.github.rectrack.engine.view;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.engine.evaluation.RecommendationState;
import io.github.rectrack.engine.evaluation.RegisterEvaluation;
import io.github.rectrack.engine.status.AsOf;
import io.github.rectrack.model.ExtensionRequest;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.TargetDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The requests for a later target on the recommendations reported to a forum, pending and decided, as
 * they stood on the day.
 *
 * <p>A request counts from the day it was made (the first day of its date's period, as every entry does:
 * see {@link AsOf}); one made after the day is left out, as not yet made. A decision counts from its
 * date the same way; a request whose decision is dated after the day is shown as {@link State#PENDING}.
 * Items are in register order, each recommendation's requests in the order made.
 *
 * @param forum the id of the forum the view is for, one of the scheme's forums
 * @param asOf the day the register is shown as it stood on
 * @param items each request on a recommendation reported to the forum, in register order, and each recommendation's in the order made
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record ExtensionRequests(String forum, LocalDate asOf, List<Item> items) {

    /**
     * Checks for nulls and copies the list.
     *
     * @param forum the id of the forum the view is for, one of the scheme's forums
     * @param asOf the day the register is shown as it stood on
     * @param items each request on a recommendation reported to the forum, in register order, and each recommendation's in the order made
     */
    public ExtensionRequests {
        Objects.requireNonNull(forum, "forum");
        Objects.requireNonNull(asOf, "asOf");
        items = List.copyOf(items);
    }

    /** Where a request stood on the day. */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public enum State {
        /** Made and not yet decided on the day. */
        PENDING,
        /** Approved on or before the day. */
        APPROVED,
        /** Refused on or before the day. */
        REFUSED
    }

    /**
     * One request.
     *
     * @param sourceTitle its recommendation's source's title
     * @param reference the recommendation's printed reference
     * @param title the recommendation's title; may be empty
     * @param recommendationId the recommendation's id
     * @param requestedOn when it was asked for
     * @param requestedBy the id of the person who asked, if recorded
     * @param requestedByName that person's name as the register lists it (the id if it does not), if recorded
     * @param targetInForce the recommendation's target in force on the day, if one was set
     * @param targetAsked the target asked for
     * @param reason why more time is needed, if given
     * @param state pending, approved or refused, on the day
     * @param decidedBy the id of the forum that decided, if decided by the day
     * @param decidedOn when it was decided, if decided by the day
     * @param note what the deciding forum said, if decided by the day and recorded
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public record Item(String sourceTitle, String reference, String title, String recommendationId, PartialDate requestedOn,
            Optional<String> requestedBy, Optional<String> requestedByName, Optional<TargetDate> targetInForce, TargetDate targetAsked,
            Optional<String> reason, State state, Optional<String> decidedBy, Optional<PartialDate> decidedOn, Optional<String> note) {

        /**
         * Checks for nulls, and that a decision's forum and date are given exactly when it is decided.
         *
         * @param sourceTitle its recommendation's source's title
         * @param reference the recommendation's printed reference
         * @param title the recommendation's title; may be empty
         * @param recommendationId the recommendation's id
         * @param requestedOn when it was asked for
         * @param requestedBy the id of the person who asked, if recorded
         * @param requestedByName that person's name as the register lists it (the id if it does not), if
         *     recorded
         * @param targetInForce the recommendation's target in force on the day, if one was set
         * @param targetAsked the target asked for
         * @param reason why more time is needed, if given
         * @param state pending, approved or refused, on the day
         * @param decidedBy the id of the forum that decided, if decided by the day
         * @param decidedOn when it was decided, if decided by the day
         * @param note what the deciding forum said, if decided by the day and recorded
         * @throws IllegalArgumentException if a pending item has a decision, or a decided one lacks its forum or date
         */
        public Item {
            Objects.requireNonNull(recommendationId, "recommendationId");
            Objects.requireNonNull(requestedOn, "requestedOn");
            Objects.requireNonNull(requestedBy, "requestedBy");
            Objects.requireNonNull(requestedByName, "requestedByName");
            Objects.requireNonNull(targetInForce, "targetInForce");
            Objects.requireNonNull(targetAsked, "targetAsked");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(decidedBy, "decidedBy");
            Objects.requireNonNull(decidedOn, "decidedOn");
            Objects.requireNonNull(note, "note");
            boolean decided = state != State.PENDING;
            if (decidedBy.isPresent() != decided || decidedOn.isPresent() != decided) {
                throw new IllegalArgumentException("extension request on " + recommendationId + " is " + state
                        + (decided ? " but has no deciding forum or date" : " but has a decision"));
            }
        }
    }

    /**
     * Builds the list for a forum.
     *
     * @param evaluation the evaluated register
     * @param forum the forum id
     * @return the requests
     */
    public static ExtensionRequests of(RegisterEvaluation evaluation, String forum) {
        LocalDate asOf = evaluation.asOf();
        People people = new People(evaluation.register());
        List<Item> items = new ArrayList<>();
        for (RecommendationState state : (Iterable<RecommendationState>) evaluation.reportedTo(forum)::iterator) {
            var r = state.recommendation();
            for (ExtensionRequest request : r.extensionRequests()) {
                if (!AsOf.counts(request.requestedOn(), asOf)) {
                    continue;
                }
                Optional<ExtensionRequest.Decision> decision = request.decision().filter(d -> AsOf.counts(d.date(), asOf));
                State s = decision.map(d -> d.outcome() == ExtensionRequest.Outcome.APPROVED ? State.APPROVED : State.REFUSED)
                        .orElse(State.PENDING);
                items.add(new Item(state.source().title(), r.reference(), r.title(), state.id(), request.requestedOn(),
                        request.requestedBy(), request.requestedBy().map(people::name), state.targets().current(), request.target(),
                        request.reason(), s, decision.map(ExtensionRequest.Decision::forum), decision.map(ExtensionRequest.Decision::date),
                        decision.flatMap(ExtensionRequest.Decision::note)));
            }
        }
        return new ExtensionRequests(forum, asOf, items);
    }

    /**
     * How many were pending on the day.
     *
     * @return the count
     */
    public int pending() {
        return count(State.PENDING);
    }

    /**
     * How many had been approved by the day.
     *
     * @return the count
     */
    public int approved() {
        return count(State.APPROVED);
    }

    /**
     * How many had been refused by the day.
     *
     * @return the count
     */
    public int refused() {
        return count(State.REFUSED);
    }

    private int count(State state) {
        return (int) items.stream().filter(i -> i.state() == state).count();
    }
}
