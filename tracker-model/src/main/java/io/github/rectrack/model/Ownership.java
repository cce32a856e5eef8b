package io.github.rectrack.model;

import jakarta.validation.constraints.NotBlank;
import java.util.Objects;
import java.util.Optional;

/**
 * One owner of a recommendation or action, for a span of time and optionally for one strand of it.
 *
 * <p>Owners change: papers strike a name through and write the new one. Each owner is kept, with when
 * they took over ({@link #from()}) and handed on ({@link #until()}).
 *
 * @param person the id of a {@link Person} in the register
 * @param strand the part of the work this owner has, where the work is split ("Security", "Training")
 * @param from when they became owner, if known
 * @param until when they stopped being owner; empty while they still are
 */
public record Ownership(
        @NotBlank String person,
        Optional<@NonBlank String> strand,
        Optional<PartialDate> from,
        Optional<PartialDate> until) {

    /**
     * Checks for nulls.
     *
     * @param person the id of a {@link Person} in the register
     * @param strand the part of the work this owner has, where the work is split ("Security", "Training")
     * @param from when they became owner, if known
     * @param until when they stopped being owner; empty while they still are
     */
    public Ownership {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(strand, "strand");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
    }

    /**
     * A current owner with no recorded start.
     *
     * @param person the person's id
     * @return the ownership
     */
    public static Ownership of(String person) {
        return new Ownership(person, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * Whether this owner is still the owner (has not handed on).
     *
     * @return true if {@link #until()} is empty
     */
    public boolean isCurrent() {
        return until.isEmpty();
    }
}
