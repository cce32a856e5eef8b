package io.github.rectrack.model;

import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Someone named in a register: an owner of a recommendation or action, or the author of an update.
 *
 * <p>Registers refer to people by {@link #id()}, so that a published paper can show {@link
 * #initials()} or {@link #role()} in place of {@link #name()}. Other spellings of the name that papers
 * use ("Jim" for "James", a maiden name, "J.Smith") are listed in {@link #aliases()}, so that they are
 * replaced wherever the name is.
 *
 * @param id the identifier other records use to refer to this person
 * @param name the name as it appears in internal papers (may itself be initials or a role title)
 * @param initials initials to show where names are withheld
 * @param role the role or job title, for example "Head of Information Management"
 * @param aliases other spellings of the name, in the order recorded; empty if none
 */
public record Person(
        @NotBlank String id,
        @NotBlank String name,
        Optional<@NonBlank String> initials,
        Optional<@NonBlank String> role,
        List<@NotBlank String> aliases) {

    /**
     * Checks for nulls and copies the list.
     *
     * @param id the identifier other records use to refer to this person
     * @param name the name as it appears in internal papers (may itself be initials or a role title)
     * @param initials initials to show where names are withheld
     * @param role the role or job title, for example "Head of Information Management"
     * @param aliases other spellings of the name, in the order recorded; empty if none
     */
    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(initials, "initials");
        Objects.requireNonNull(role, "role");
        aliases = List.copyOf(aliases);
    }

    /**
     * A person with no other spellings of the name.
     *
     * @param id the identifier other records use to refer to this person
     * @param name the name as it appears in internal papers
     * @param initials initials to show where names are withheld
     * @param role the role or job title
     */
    public Person(String id, String name, Optional<String> initials, Optional<String> role) {
        this(id, name, initials, role, List.of());
    }
}
