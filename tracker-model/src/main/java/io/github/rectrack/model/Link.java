package io.github.rectrack.model;

import jakarta.validation.constraints.NotBlank;
import java.util.Objects;
import java.util.Optional;

/**
 * A link from a recommendation to another, or to the source's own numbering.
 *
 * @param kind what the link says
 * @param target for {@link Kind#EXTERNAL_REFERENCE}, the reference as written ("PIR Rec 7"); for {@link
 *     Kind#RISK_REGISTER_ENTRY}, the entry as the risk register names it ("Management of Police
 *     Information"); otherwise the id of the other recommendation in the register
 * @param note what the paper says about the link, if anything ("delivery of 4.4 is dependent on 4.2")
 */
public record Link(Kind kind, @NotBlank String target, Optional<@NonBlank String> note) {

    /** What a link says. */
    public enum Kind {
        /** This one cannot be delivered until the target is. */
        DEPENDS_ON,
        /** This one duplicates the target, and is closed in its favour. */
        DUPLICATES,
        /** This one replaces the target. */
        SUPERSEDES,
        /** This one follows up the target from an earlier report. */
        FOLLOWS_UP,
        /** This one maps to a reference outside the register ("PIR Rec 7"). */
        EXTERNAL_REFERENCE,
        /**
         * This one is answered by the target: an action or piece of work, tracked in the register, that
         * answers several recommendations at once (a revised strategy, a new post).
         */
        ANSWERED_BY,
        /** This one gave rise to an entry in the organisation's risk register, named by the target. */
        RISK_REGISTER_ENTRY;

        /**
         * Whether the link's target is a recommendation id in the register.
         *
         * @return false for {@link #EXTERNAL_REFERENCE} and {@link #RISK_REGISTER_ENTRY}, whose targets are
         *     outside the register
         */
        public boolean isInternal() {
            return this != EXTERNAL_REFERENCE && this != RISK_REGISTER_ENTRY;
        }
    }

    /**
     * Checks for nulls.
     *
     * @param kind what the link says
     * @param target for {@link Kind#EXTERNAL_REFERENCE}, the reference as written ("PIR Rec 7"); otherwise
     *     the id of the other recommendation in the register
     * @param note what the paper says about the link, if anything ("delivery of 4.4 is dependent on 4.2")
     */
    public Link {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(note, "note");
    }
}
