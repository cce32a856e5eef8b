package io.github.rectrack.model;

import jakarta.validation.constraints.NotBlank;
import java.util.Objects;
import java.util.Optional;

/**
 * A further report promised to a forum: "a further report be brought back to Strategic Scrutiny in
 * March 2016".
 *
 * @param forum the id of the forum the report is promised to, one of the scheme's forums
 * @param due when it is due; usually only a month
 * @param note what the paper says about it, if anything
 */
public record ReportDue(@NotBlank String forum, PartialDate due, Optional<@NonBlank String> note) {

    /**
     * Checks for nulls.
     *
     * @param forum the id of the forum the report is promised to, one of the scheme's forums
     * @param due when it is due; usually only a month
     * @param note what the paper says about it, if anything
     */
    public ReportDue {
        Objects.requireNonNull(forum, "forum");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(note, "note");
    }
}
