package io.github.rectrack.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The scales, forums and rules a register is kept under. Forces change these between years; they are
 * data, not code.
 *
 * @param priorities the priority scale, highest first, for example Fundamental, Significant,
 *     Housekeeping
 * @param assuranceLevels the assurance scale, highest first, for example Substantial, Satisfactory,
 *     Limited, No assurance
 * @param handlingMarkings the handling markings, least restricted first, for example OFFICIAL,
 *     OFFICIAL-SENSITIVE; the first is the marking of anything not marked otherwise
 * @param forums the bodies that consider recommendations (boards, panels, committees)
 * @param ragPolicy the id of the RAG policy that colours recommendations, for example {@code
 *     "reference"}
 * @param ragSettings settings for that policy, by name (kept sorted by name)
 * @param reportingRules which forum sees which recommendation
 */
public record Scheme(
        @NotEmpty List<@NotBlank String> priorities,
        @NotEmpty List<@NotBlank String> assuranceLevels,
        @NotEmpty List<@NotBlank String> handlingMarkings,
        List<@Valid Forum> forums,
        @NotBlank String ragPolicy,
        Map<@NotBlank String, @NotBlank String> ragSettings,
        @Valid ReportingRules reportingRules) {

    /**
     * Checks for nulls and copies the collections.
     *
     * @param priorities the priority scale, highest first, for example Fundamental, Significant, Housekeeping
     * @param assuranceLevels the assurance scale, highest first, for example Substantial, Satisfactory,
     *     Limited, No assurance
     * @param handlingMarkings the handling markings, least restricted first, for example OFFICIAL,
     *     OFFICIAL-SENSITIVE; the first is the marking of anything not marked otherwise
     * @param forums the bodies that consider recommendations (boards, panels, committees)
     * @param ragPolicy the id of the RAG policy that colours recommendations, for example {@code "reference"}
     * @param ragSettings settings for that policy, by name (kept sorted by name)
     * @param reportingRules which forum sees which recommendation
     */
    public Scheme {
        priorities = List.copyOf(priorities);
        assuranceLevels = List.copyOf(assuranceLevels);
        handlingMarkings = List.copyOf(handlingMarkings);
        forums = List.copyOf(forums);
        Objects.requireNonNull(ragPolicy, "ragPolicy");
        ragSettings = Collections.unmodifiableMap(new TreeMap<>(ragSettings));
        Objects.requireNonNull(reportingRules, "reportingRules");
    }

    /**
     * The rank of a priority on the scale: 0 is the highest.
     *
     * @param priority the priority
     * @return its rank, or -1 if the scheme does not define it
     */
    public int priorityRank(String priority) {
        return priorities.indexOf(priority);
    }

    /**
     * The rank of an assurance level on the scale: 0 is the highest.
     *
     * @param assurance the assurance level
     * @return its rank, or -1 if the scheme does not define it
     */
    public int assuranceRank(String assurance) {
        return assuranceLevels.indexOf(assurance);
    }

    /**
     * The rank of a handling marking: 0 is the least restricted.
     *
     * @param marking the marking
     * @return its rank, or -1 if the scheme does not define it
     */
    public int markingRank(String marking) {
        return handlingMarkings.indexOf(marking);
    }

    /**
     * The forum with the given id.
     *
     * @param forumId the id
     * @return the forum, or empty if the scheme has none with that id
     */
    public Optional<Forum> forum(String forumId) {
        return forums.stream().filter(f -> f.id().equals(forumId)).findFirst();
    }
}
