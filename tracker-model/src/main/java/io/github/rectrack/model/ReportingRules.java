package io.github.rectrack.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Objects;

/**
 * Which forum sees which recommendation, from its source's assurance level and its priority.
 *
 * <p>Rules are tried in order; the first that matches decides. A recommendation no rule matches goes
 * to {@link #defaultForum()}.
 *
 * @param rules the rules, in order
 * @param defaultForum the forum id for recommendations no rule matches
 */
public record ReportingRules(List<@Valid ReportingRule> rules, @NotBlank String defaultForum) {

    /**
     * Checks for nulls and copies the list.
     *
     * @param rules the rules, in order
     * @param defaultForum the forum id for recommendations no rule matches
     */
    public ReportingRules {
        rules = List.copyOf(rules);
        Objects.requireNonNull(defaultForum, "defaultForum");
    }

    /**
     * Rules that send everything to one forum.
     *
     * @param forum the forum id
     * @return the rules
     */
    public static ReportingRules everythingTo(String forum) {
        return new ReportingRules(List.of(), forum);
    }
}
