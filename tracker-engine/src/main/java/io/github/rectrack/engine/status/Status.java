package io.github.rectrack.engine.status;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Where a recommendation stands on a given day, derived from its management response, updates and
 * governance decisions in date order.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum Status {
    /** Nothing has happened since it was raised. */
    OPEN,
    /** Updates show work under way. */
    IN_PROGRESS,
    /** The owner proposes it for closure. */
    PROPOSED_CLOSED,
    /** A board has agreed the closure; the panel has still to confirm it. */
    CLOSURE_AGREED,
    /** Closed by the forum whose closure is final. */
    CLOSED,
    /** A forum asked for more evidence before it would close it. */
    FURTHER_EVIDENCE_REQUESTED,
    /** A forum disputed the proposed closure. */
    CLOSURE_DISPUTED,
    /** Replaced by another recommendation or a later report. */
    SUPERSEDED,
    /** Not accepted or not adopted. */
    NOT_ACCEPTED,
    /** Paused until work resumes. */
    HIBERNATED,
    /** Re-opened after it was closed. */
    REOPENED,
    /** Moved into business as usual and no longer tracked. */
    BUSINESS_AS_USUAL,
    /** Management accepts the risk of not implementing it, agreed by the panel. */
    RISK_ACCEPTED;

    /**
     * The status as papers write it: "Proposed closed", "Closure agreed", "Business as usual".
     *
     * @return the label
     */
    public String label() {
        String words = name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /**
     * Whether work on it is finished: closed, or moved to business as usual.
     *
     * @return true for {@link #CLOSED} and {@link #BUSINESS_AS_USUAL}
     */
    public boolean isFinished() {
        return this == CLOSED || this == BUSINESS_AS_USUAL;
    }

    /**
     * Whether it will never be done: superseded, not accepted, or its risk accepted.
     *
     * @return true for {@link #SUPERSEDED}, {@link #NOT_ACCEPTED} and {@link #RISK_ACCEPTED}
     */
    public boolean isInactive() {
        return this == SUPERSEDED || this == NOT_ACCEPTED || this == RISK_ACCEPTED;
    }

    /**
     * Whether a closure is proposed and not yet refused: proposed, or agreed by a board.
     *
     * @return true for {@link #PROPOSED_CLOSED} and {@link #CLOSURE_AGREED}
     */
    public boolean isClosurePending() {
        return this == PROPOSED_CLOSED || this == CLOSURE_AGREED;
    }

    /**
     * Whether it is still outstanding: neither finished, inactive, nor awaiting a closure decision.
     *
     * @return true if work is still owed
     */
    public boolean isOutstanding() {
        return !isFinished() && !isInactive() && !isClosurePending();
    }
}
