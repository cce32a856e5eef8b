package io.github.rectrack.model;

import jakarta.validation.constraints.NotBlank;
import java.util.Objects;
import java.util.Optional;

/**
 * A dated decision about a recommendation by a forum: an owner proposing closure, a board agreeing it, a
 * panel closing it or asking for more evidence, and the like. The engine derives a recommendation's
 * status from these, in date order.
 *
 * @param date when it was decided; often only a month ("Agreed closed at February SORB")
 * @param forum the id of the forum that decided, one of the scheme's forums
 * @param kind what was decided
 * @param minute the minute or action reference, for example "43/18a"
 * @param note what the paper says about it
 * @param marking the handling marking of the note, if above the scheme's lowest
 */
public record GovernanceDecision(
        PartialDate date,
        @NotBlank String forum,
        Kind kind,
        Optional<@NonBlank String> minute,
        Optional<@NonBlank String> note,
        Optional<@NonBlank String> marking) {

    /** What a forum decided. */
    public enum Kind {
        /** The owner proposes the recommendation for closure. */
        PROPOSED_CLOSED,
        /** A board agrees the closure, for the panel to confirm. */
        CLOSURE_AGREED,
        /** The panel closes the recommendation. */
        CLOSED,
        /** The forum asks for more evidence before it will close. */
        FURTHER_EVIDENCE_REQUESTED,
        /** The forum disputes a proposed closure. */
        CLOSURE_DISPUTED,
        /** Replaced by another recommendation or a later report. */
        SUPERSEDED,
        /** Not accepted or not adopted. */
        NOT_ACCEPTED,
        /** Paused until work resumes. */
        HIBERNATED,
        /** Work resumed after hibernation. */
        RESUMED,
        /** Re-opened after closure. */
        REOPENED,
        /** Moved to business as usual and no longer tracked. */
        MOVED_TO_BUSINESS_AS_USUAL,
        /**
         * Management accepts the risk of not implementing the recommendation. Only the panel can agree
         * it, and it is reported apart from closures.
         */
        RISK_ACCEPTED,
        /**
         * The response to an inspection report was published (by a Police and Crime Commissioner, under
         * the Police Act 1996, s.55), saying what will be done about the recommendation. It does not
         * change the recommendation's status.
         */
        RESPONSE_PUBLISHED;

        /**
         * Whether the decision moves the recommendation's status.
         *
         * @return false only for {@link #RESPONSE_PUBLISHED}
         */
        public boolean changesStatus() {
            return this != RESPONSE_PUBLISHED;
        }
    }

    /**
     * Checks for nulls.
     *
     * @param date when it was decided; often only a month ("Agreed closed at February SORB")
     * @param forum the id of the forum that decided, one of the scheme's forums
     * @param kind what was decided
     * @param minute the minute or action reference, for example "43/18a"
     * @param note what the paper says about it
     * @param marking the handling marking of the note, if above the scheme's lowest
     */
    public GovernanceDecision {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(forum, "forum");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(minute, "minute");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(marking, "marking");
    }
}
