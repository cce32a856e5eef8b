package io.github.rectrack.model;

import jakarta.validation.constraints.NotBlank;
import java.util.Objects;

/**
 * A body that considers recommendations: a force board (SORB), an oversight panel (JARAP), a committee.
 *
 * @param id the short name used in decisions and rules, for example {@code "JARAP"}
 * @param name the full name, for example "Joint Audit, Risk and Assurance Panel"
 * @param role what part the forum plays in closing recommendations
 */
public record Forum(@NotBlank String id, @NotBlank String name, Role role) {

    /** The part a forum plays in closing recommendations. */
    public enum Role {
        /** Owns the work and proposes closure. */
        OWNER,
        /** An internal board that agrees closures before the panel (SORB, ORB). */
        BOARD,
        /** The oversight panel whose closure is final (JARAP). */
        PANEL,
        /** Any other committee. */
        COMMITTEE
    }

    /**
     * Checks for nulls.
     *
     * @param id the short name used in decisions and rules, for example {@code "JARAP"}
     * @param name the full name, for example "Joint Audit, Risk and Assurance Panel"
     * @param role what part the forum plays in closing recommendations
     */
    public Forum {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }
}
