package io.github.rectrack.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.Objects;
import java.util.Optional;

/**
 * An owner's request for a later target ("time extension requested"): when it was asked for, by whom,
 * the target asked for, why, and what the forum that heard it decided. An approved request is also a
 * revision in the recommendation's target history, carrying the request's reason and the forum that
 * agreed it; a refused one stays here as history and changes no target.
 *
 * @param requestedOn when the extension was asked for; often only a month
 * @param requestedBy the id of the {@link Person} who asked, if recorded
 * @param target the target asked for, as written
 * @param reason why more time is needed, if given
 * @param decision the forum's decision; empty while the request is pending
 * @param marking the handling marking of the reason, if above the scheme's lowest
 */
public record ExtensionRequest(
        PartialDate requestedOn,
        Optional<@NonBlank String> requestedBy,
        TargetDate target,
        Optional<@NonBlank String> reason,
        Optional<@Valid Decision> decision,
        Optional<@NonBlank String> marking) {

    /** What a forum decided about an extension request. */
    public enum Outcome {
        /** The later target is agreed. */
        APPROVED,
        /** The later target is refused; the target in force stays. */
        REFUSED
    }

    /**
     * A forum's decision about an extension request.
     *
     * @param outcome approved or refused
     * @param forum the id of the forum that decided, one of the scheme's forums
     * @param date when it was decided; often only a month
     * @param note what the forum said, if recorded
     */
    public record Decision(Outcome outcome, @NotBlank String forum, PartialDate date, Optional<@NonBlank String> note) {

        /**
         * Checks for nulls.
         *
         * @param outcome approved or refused
         * @param forum the id of the forum that decided, one of the scheme's forums
         * @param date when it was decided; often only a month
         * @param note what the forum said, if recorded
         */
        public Decision {
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(forum, "forum");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(note, "note");
        }
    }

    /**
     * Checks for nulls.
     *
     * @param requestedOn when the extension was asked for; often only a month
     * @param requestedBy the id of the {@link Person} who asked, if recorded
     * @param target the target asked for, as written
     * @param reason why more time is needed, if given
     * @param decision the forum's decision; empty while the request is pending
     * @param marking the handling marking of the reason, if above the scheme's lowest
     */
    public ExtensionRequest {
        Objects.requireNonNull(requestedOn, "requestedOn");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(marking, "marking");
    }

    /**
     * A pending request with no recorded requester, reason or marking.
     *
     * @param requestedOn when it was asked for
     * @param target the target asked for
     * @return the request
     */
    public static ExtensionRequest of(PartialDate requestedOn, TargetDate target) {
        return new ExtensionRequest(requestedOn, Optional.empty(), target, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * Whether a forum has decided the request.
     *
     * @return true if {@link #decision()} is present
     */
    public boolean isDecided() {
        return decision.isPresent();
    }

    /**
     * Whether a forum approved the request.
     *
     * @return true if decided and approved
     */
    public boolean isApproved() {
        return decision.map(d -> d.outcome() == Outcome.APPROVED).orElse(false);
    }

    /**
     * The same request with a decision.
     *
     * @param decided the decision
     * @return the decided request
     */
    public ExtensionRequest withDecision(Decision decided) {
        return new ExtensionRequest(requestedOn, requestedBy, target, reason, Optional.of(decided), marking);
    }
}
