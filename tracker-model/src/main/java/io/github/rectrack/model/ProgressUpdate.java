package io.github.rectrack.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.Objects;
import java.util.Optional;

/**
 * A dated progress update on a recommendation ("Update May 2020: …").
 *
 * @param date when the update was given; often only a month
 * @param author the id of the {@link Person} who gave it, if recorded
 * @param text the update as written
 * @param sections the update's fixed sections, where the force's form has them
 * @param degreeMet the graded outcome given with the update, where the body grades outcomes
 * @param percentComplete how complete the owner says the work is, 0 to 100, where the update says
 * @param marking the handling marking of the text, if above the scheme's lowest
 */
public record ProgressUpdate(
        PartialDate date,
        Optional<@NonBlank String> author,
        @NotBlank String text,
        Optional<@Valid UpdateSections> sections,
        Optional<DegreeMet> degreeMet,
        Optional<@Min(0) @Max(100) Integer> percentComplete,
        Optional<@NonBlank String> marking) {

    /**
     * Checks for nulls.
     *
     * @param date when the update was given; often only a month
     * @param author the id of the {@link Person} who gave it, if recorded
     * @param text the update as written
     * @param sections the update's fixed sections, where the force's form has them
     * @param degreeMet the graded outcome given with the update, where the body grades outcomes
     * @param percentComplete how complete the owner says the work is, 0 to 100, where the update says
     * @param marking the handling marking of the text, if above the scheme's lowest
     */
    public ProgressUpdate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sections, "sections");
        Objects.requireNonNull(degreeMet, "degreeMet");
        Objects.requireNonNull(percentComplete, "percentComplete");
        Objects.requireNonNull(marking, "marking");
    }

    /**
     * An update with no percent complete, as updates were before the percentage was recorded.
     *
     * @param date when the update was given
     * @param author the id of the person who gave it, if recorded
     * @param text the update as written
     * @param sections the update's fixed sections, if any
     * @param degreeMet the graded outcome, if any
     * @param marking the handling marking, if above the scheme's lowest
     */
    public ProgressUpdate(PartialDate date, Optional<String> author, String text, Optional<UpdateSections> sections,
            Optional<DegreeMet> degreeMet, Optional<String> marking) {
        this(date, author, text, sections, degreeMet, Optional.empty(), marking);
    }

    /**
     * An update with only a date and text.
     *
     * @param date the date
     * @param text the text
     * @return the update
     */
    public static ProgressUpdate of(PartialDate date, String text) {
        return new ProgressUpdate(date, Optional.empty(), text, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * The same update with a percent complete.
     *
     * @param percent how complete the work is, 0 to 100
     * @return the update
     */
    public ProgressUpdate withPercentComplete(int percent) {
        return new ProgressUpdate(date, author, text, sections, degreeMet, Optional.of(percent), marking);
    }
}
