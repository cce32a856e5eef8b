package io.github.rectrack.model;

import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One reporting rule: recommendations whose source's assurance lies in a band and whose priority is
 * listed go to a forum.
 *
 * <p>The reference rule ({@code 001}, paragraph 5) is three of these: assurance at least
 * Satisfactory and priority Fundamental or Significant to the panel; at least Satisfactory and
 * Housekeeping to the board; at most Limited, every priority to the panel with the whole report.
 *
 * @param assuranceAtLeast the lowest assurance level the rule covers, or empty for no lower bound
 * @param assuranceAtMost the highest assurance level the rule covers, or empty for no upper bound
 * @param priorities the priorities the rule covers; empty means every priority
 * @param forum the forum id the matching recommendations go to
 * @param wholeReport whether the whole source report is submitted to that forum
 */
public record ReportingRule(
        Optional<@NonBlank String> assuranceAtLeast,
        Optional<@NonBlank String> assuranceAtMost,
        List<@NotBlank String> priorities,
        @NotBlank String forum,
        boolean wholeReport) {

    /**
     * Checks for nulls and copies the list.
     *
     * @param assuranceAtLeast the lowest assurance level the rule covers, or empty for no lower bound
     * @param assuranceAtMost the highest assurance level the rule covers, or empty for no upper bound
     * @param priorities the priorities the rule covers; empty means every priority
     * @param forum the forum id the matching recommendations go to
     * @param wholeReport whether the whole source report is submitted to that forum
     */
    public ReportingRule {
        Objects.requireNonNull(assuranceAtLeast, "assuranceAtLeast");
        Objects.requireNonNull(assuranceAtMost, "assuranceAtMost");
        priorities = List.copyOf(priorities);
        Objects.requireNonNull(forum, "forum");
    }
}
