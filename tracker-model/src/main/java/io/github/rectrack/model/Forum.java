package io.github.rectrack.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.Objects;
import java.util.Optional;

/**
 * A body that considers recommendations: a force board (SORB), an oversight panel (JARAP), a committee.
 *
 * @param id the short name used in decisions and rules, for example {@code "JARAP"}
 * @param name the full name, for example "Joint Audit, Risk and Assurance Panel"
 * @param role what part the forum plays in closing recommendations
 * @param paper how the forum's committee paper is furnished (marking, "Report of", author, meeting time,
 *     implications, background papers, contacts), if set
 */
public record Forum(@NotBlank String id, @NotBlank String name, Role role, Optional<@Valid PaperSettings> paper) {

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
     * @param paper how the forum's committee paper is furnished (marking, "Report of", author, meeting time,
     *     implications, background papers, contacts), if set
     * @param id the short name used in decisions and rules, for example {@code "JARAP"}
     * @param name the full name, for example "Joint Audit, Risk and Assurance Panel"
     * @param role what part the forum plays in closing recommendations
     */
    public Forum {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(paper, "paper");
    }

    /**
     * A forum without paper settings.
     *
     * @param id the short name used in decisions and rules
     * @param name the full name
     * @param role what part the forum plays in closing recommendations
     */
    public Forum(String id, String name, Role role) {
        this(id, name, role, Optional.empty());
    }
}
