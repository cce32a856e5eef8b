package io.github.rectrack.model;

import jakarta.validation.constraints.NotBlank;
import java.util.Objects;
import java.util.Optional;

/**
 * The fixed sections of a progress update on forms that have them.
 *
 * @param achieved what has been achieved
 * @param leftToComplete what is left to complete
 * @param barriers barriers to completion
 * @param implemented whether the update states that the recommendation has been implemented (a
 *     condition for closure)
 * @param proposedClosed whether the owner proposes the recommendation for closure
 */
public record UpdateSections(
        Optional<@NonBlank String> achieved,
        Optional<@NonBlank String> leftToComplete,
        Optional<@NonBlank String> barriers,
        boolean implemented,
        boolean proposedClosed) {

    /**
     * Checks for nulls.
     *
     * @param achieved what has been achieved
     * @param leftToComplete what is left to complete
     * @param barriers barriers to completion
     * @param implemented whether the update states that the recommendation has been implemented (a condition
     *     for closure)
     * @param proposedClosed whether the owner proposes the recommendation for closure
     */
    public UpdateSections {
        Objects.requireNonNull(achieved, "achieved");
        Objects.requireNonNull(leftToComplete, "leftToComplete");
        Objects.requireNonNull(barriers, "barriers");
    }
}
