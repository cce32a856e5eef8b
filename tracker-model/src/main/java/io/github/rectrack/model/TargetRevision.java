package io.github.rectrack.model;

import jakarta.validation.constraints.NotBlank;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry in a target's history: the original target, or a revision of it.
 *
 * @param target the target set
 * @param date when it was set; often only a month, sometimes unknown
 * @param reason why it was set or changed, if recorded
 * @param agreedBy who agreed it (a person id or a forum id), if recorded
 */
public record TargetRevision(
        TargetDate target,
        Optional<PartialDate> date,
        Optional<@NonBlank String> reason,
        Optional<@NonBlank String> agreedBy) {

    /**
     * Checks for nulls.
     *
     * @param target the target set
     * @param date when it was set; often only a month, sometimes unknown
     * @param reason why it was set or changed, if recorded
     * @param agreedBy who agreed it (a person id or a forum id), if recorded
     */
    public TargetRevision {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(agreedBy, "agreedBy");
    }

    /**
     * A target with no recorded date, reason or agreement.
     *
     * @param target the target
     * @return the entry
     */
    public static TargetRevision of(TargetDate target) {
        return new TargetRevision(target, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
