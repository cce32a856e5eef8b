package io.github.rectrack.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
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
 * @param publishedResponseDays the kinds of source that need a published response, each with the
 *     number of days from the source's date in which it must be published; empty for the default, {@link
 *     #DEFAULT_PUBLISHED_RESPONSE_DAYS} (inspections, 56 days: Police Act 1996, s.55). A kind given
 *     0 days needs no response.
 * @param kindsSeparatedFor the ids of the forums that ask for recommendations, areas for improvement,
 *     causes of concern and committee actions to be counted apart in their papers
 */
public record Scheme(
        @NotEmpty List<@NotBlank String> priorities,
        @NotEmpty List<@NotBlank String> assuranceLevels,
        @NotEmpty List<@NotBlank String> handlingMarkings,
        List<@Valid Forum> forums,
        @NotBlank String ragPolicy,
        Map<@NotBlank String, @NotBlank String> ragSettings,
        @Valid ReportingRules reportingRules,
        Map<Source.Kind, @PositiveOrZero Integer> publishedResponseDays,
        List<@NotBlank String> kindsSeparatedFor) {

    /**
     * The sources that need a published response when a scheme says nothing: inspection reports, within
     * 56 days of publication (Police Act 1996, s.55).
     */
    public static final Map<Source.Kind, Integer> DEFAULT_PUBLISHED_RESPONSE_DAYS = Map.of(Source.Kind.INSPECTION, 56);

    /**
     * Checks for nulls and copies the collections.
     *
     * @param publishedResponseDays the kinds of source that need a published response, each with the number
     *     of days from the source's date in which it must be published; empty for the default, {@link
     *     #DEFAULT_PUBLISHED_RESPONSE_DAYS} (inspections, 56 days: Police Act 1996, s.55). A kind given 0
     *     days needs no response.
     * @param kindsSeparatedFor the ids of the forums that ask for recommendations, areas for improvement,
     *     causes of concern and committee actions to be counted apart in their papers
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
        EnumMap<Source.Kind, Integer> days = new EnumMap<>(Source.Kind.class);
        days.putAll(publishedResponseDays);
        publishedResponseDays = Collections.unmodifiableMap(days);
        kindsSeparatedFor = List.copyOf(kindsSeparatedFor);
    }

    /**
     * A scheme whose forums count every kind of item together.
     *
     * @param priorities the priority scale, highest first
     * @param assuranceLevels the assurance scale, highest first
     * @param handlingMarkings the handling markings, least restricted first
     * @param forums the bodies that consider recommendations
     * @param ragPolicy the id of the RAG policy
     * @param ragSettings settings for that policy, by name
     * @param reportingRules which forum sees which recommendation
     * @param publishedResponseDays the kinds of source that need a published response, with their days;
     *     empty for the default
     */
    public Scheme(List<String> priorities, List<String> assuranceLevels, List<String> handlingMarkings, List<Forum> forums,
            String ragPolicy, Map<String, String> ragSettings, ReportingRules reportingRules, Map<Source.Kind, Integer> publishedResponseDays) {
        this(priorities, assuranceLevels, handlingMarkings, forums, ragPolicy, ragSettings, reportingRules, publishedResponseDays, List.of());
    }

    /**
     * Whether a forum asks for the kinds of item (recommendations, areas for improvement, causes of
     * concern, committee actions) to be counted apart.
     *
     * @param forumId the forum's id
     * @return true if it does
     */
    public boolean separatesKindsFor(String forumId) {
        return kindsSeparatedFor.contains(forumId);
    }

    /**
     * A scheme that follows the default for published responses.
     *
     * @param priorities the priority scale, highest first
     * @param assuranceLevels the assurance scale, highest first
     * @param handlingMarkings the handling markings, least restricted first
     * @param forums the bodies that consider recommendations
     * @param ragPolicy the id of the RAG policy
     * @param ragSettings settings for that policy, by name
     * @param reportingRules which forum sees which recommendation
     */
    public Scheme(List<String> priorities, List<String> assuranceLevels, List<String> handlingMarkings, List<Forum> forums,
            String ragPolicy, Map<String, String> ragSettings, ReportingRules reportingRules) {
        this(priorities, assuranceLevels, handlingMarkings, forums, ragPolicy, ragSettings, reportingRules, Map.of());
    }

    /**
     * How many days a source of the given kind has for its published response, by this scheme's
     * setting or else the default.
     *
     * @param kind the kind of source
     * @return the days, or empty if such sources need no published response
     */
    public OptionalInt publishedResponseDays(Source.Kind kind) {
        Map<Source.Kind, Integer> days = publishedResponseDays.isEmpty() ? DEFAULT_PUBLISHED_RESPONSE_DAYS : publishedResponseDays;
        Integer found = days.get(kind);
        return found == null || found == 0 ? OptionalInt.empty() : OptionalInt.of(found);
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
