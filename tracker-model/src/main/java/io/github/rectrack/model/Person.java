package io.github.rectrack.model;

import jakarta.validation.constraints.NotBlank;
import java.util.Objects;
import java.util.Optional;

/**
 * Someone named in a register: an owner of a recommendation or action, or the author of an update.
 *
 * <p>Registers refer to people by {@link #id()}, so that a published paper can show {@link
 * #initials()} or {@link #role()} in place of {@link #name()}.
 *
 * @param id the identifier other records use to refer to this person
 * @param name the name as it appears in internal papers (may itself be initials or a role title)
 * @param initials initials to show where names are withheld
 * @param role the role or job title, for example "Head of Information Management"
 */
public record Person(
        @NotBlank String id,
        @NotBlank String name,
        Optional<@NonBlank String> initials,
        Optional<@NonBlank String> role) {

    /** Checks for nulls. */
    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(initials, "initials");
        Objects.requireNonNull(role, "role");
    }
}
