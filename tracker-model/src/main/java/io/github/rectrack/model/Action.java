package io.github.rectrack.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A numbered step inside a recommendation or action plan ("8iii", "2.4"), with its own owners, target
 * and state.
 *
 * @param number the number as printed
 * @param text what the step is
 * @param owners who is responsible for it
 * @param targetHistory its original target and revisions, first to last; empty if it has none of its
 *     own
 * @param state where it stands
 * @param stateDate when it reached that state, if known
 * @param marking the handling marking of the text, if above the scheme's lowest
 */
public record Action(
        @NotBlank String number,
        @NotBlank String text,
        List<@Valid Ownership> owners,
        List<@Valid TargetRevision> targetHistory,
        State state,
        Optional<PartialDate> stateDate,
        Optional<@NonBlank String> marking) {

    /** Where an action stands. */
    public enum State {
        /** Not yet started. */
        NOT_STARTED,
        /** Work in progress. */
        IN_PROGRESS,
        /** Done. */
        COMPLETE,
        /** Recommended or proposed for closure. */
        PROPOSED_CLOSED,
        /** Paused until work resumes. */
        HIBERNATED,
        /** Closed as a duplicate of another action. */
        DUPLICATE,
        /** Moved into business as usual. */
        BUSINESS_AS_USUAL,
        /** Not to be done. */
        CANCELLED
    }

    /**
     * Checks for nulls and copies the lists.
     *
     * @param number the number as printed
     * @param text what the step is
     * @param owners who is responsible for it
     * @param targetHistory its original target and revisions, first to last; empty if it has none of its own
     * @param state where it stands
     * @param stateDate when it reached that state, if known
     * @param marking the handling marking of the text, if above the scheme's lowest
     */
    public Action {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(text, "text");
        owners = List.copyOf(owners);
        targetHistory = List.copyOf(targetHistory);
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(stateDate, "stateDate");
        Objects.requireNonNull(marking, "marking");
    }
}
