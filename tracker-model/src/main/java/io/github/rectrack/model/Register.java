package io.github.rectrack.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Everything one organisation tracks: its sources, their recommendations, and committee actions,
 * under one {@link Scheme}.
 *
 * <p>Records in this package enforce their structure when built (no nulls; lists are copied and
 * unmodifiable). Content rules (non-blank text, references that resolve, values the scheme defines)
 * are Bean Validation constraints and cross-checks run by the engine's validator, so that every
 * problem in a register is reported at once with its location.
 *
 * @param id a stable identifier for the register, for example {@code "leicestershire-jarap"}
 * @param organisation the organisation whose register this is
 * @param asOf the day the register's content was stated as of, where it came from a sheet or paper
 *     that says (an imported tracker's "position at"); undated entries read from that sheet carry it
 * @param scheme the scales, forums and rules the register is kept under
 * @param people the people named in the register (owners, authors), so that exports can replace
 *     names with initials or role titles
 * @param sources the reports and action sheets recommendations come from, each holding its
 *     recommendations
 */
public record Register(
        @NotBlank String id,
        @NotBlank String organisation,
        Optional<LocalDate> asOf,
        @Valid Scheme scheme,
        List<@Valid Person> people,
        List<@Valid Source> sources) {

    /**
     * Checks for nulls and copies the lists.
     *
     * @param id a stable identifier for the register, for example {@code "leicestershire-jarap"}
     * @param organisation the organisation whose register this is
     * @param asOf the day the register's content was stated as of, where it came from a sheet or paper that
     *     says (an imported tracker's "position at"); undated entries read from that sheet carry it
     * @param scheme the scales, forums and rules the register is kept under
     * @param people the people named in the register (owners, authors), so that exports can replace names
     *     with initials or role titles
     * @param sources the reports and action sheets recommendations come from, each holding its
     *     recommendations
     */
    public Register {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(scheme, "scheme");
        people = List.copyOf(people);
        sources = List.copyOf(sources);
    }

    /**
     * A register with no stated as-of day.
     *
     * @param id a stable identifier for the register
     * @param organisation the organisation whose register this is
     * @param scheme the scales, forums and rules the register is kept under
     * @param people the people named in the register
     * @param sources the sources, each holding its recommendations
     */
    public Register(String id, String organisation, Scheme scheme, List<Person> people, List<Source> sources) {
        this(id, organisation, Optional.empty(), scheme, people, sources);
    }

    /**
     * Every recommendation in the register, source by source, in order.
     *
     * @return a stream of recommendations
     */
    public Stream<Recommendation> recommendations() {
        return sources.stream().flatMap(s -> s.recommendations().stream());
    }

    /**
     * The source with the given id.
     *
     * @param sourceId the id
     * @return the source, or empty if there is none
     */
    public Optional<Source> source(String sourceId) {
        return sources.stream().filter(s -> s.id().equals(sourceId)).findFirst();
    }

    /**
     * The person with the given id.
     *
     * @param personId the id
     * @return the person, or empty if there is none
     */
    public Optional<Person> person(String personId) {
        return people.stream().filter(p -> p.id().equals(personId)).findFirst();
    }

    /**
     * The total number of recommendations.
     *
     * @return the count
     */
    public int recommendationCount() {
        return sources.stream().mapToInt(s -> s.recommendations().size()).sum();
    }
}
