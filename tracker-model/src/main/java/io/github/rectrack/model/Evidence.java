package io.github.rectrack.model;

import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Evidence that a recommendation has been implemented and works: facts, figures, dip-sampling results,
 * documents.
 *
 * @param description what the evidence shows
 * @param date when it was provided, if known
 * @param document the name of a supporting document, if any
 * @param figures figures quoted, as written ("67% of crime via the Crime Bureau")
 * @param marking the handling marking, if above the scheme's lowest
 */
public record Evidence(
        @NotBlank String description,
        Optional<PartialDate> date,
        Optional<@NonBlank String> document,
        List<@NotBlank String> figures,
        Optional<@NonBlank String> marking) {

    /**
     * Checks for nulls and copies the list.
     *
     * @param description what the evidence shows
     * @param date when it was provided, if known
     * @param document the name of a supporting document, if any
     * @param figures figures quoted, as written ("67% of crime via the Crime Bureau")
     * @param marking the handling marking, if above the scheme's lowest
     */
    public Evidence {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(document, "document");
        figures = List.copyOf(figures);
        Objects.requireNonNull(marking, "marking");
    }
}
