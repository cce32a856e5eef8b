package io.github.rectrack.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where recommendations come from: an audit or inspection report, a review, or a committee's own
 * rolling action sheet.
 *
 * @param id a stable identifier, unique in the register
 * @param kind what sort of source it is
 * @param title the title as printed, for example "Seized &amp; Found Property"
 * @param issuedBy the body that issued it, for example "Mazars" or "HMICFRS"
 * @param date when it was issued; often only a month ("March 2018")
 * @param assurance the assurance level the report gave, for audits; one of the scheme's levels
 * @param followUpOf the id of an earlier source this one revisits, if any
 * @param marking the handling marking of the whole source, if above the scheme's lowest
 * @param recommendations the recommendations, in the order the source prints them
 * @param nextReportDue the further report on the source's progress promised to a forum, if one was asked
 *     for ("a further report in March 2016")
 * @param printedCounts the count lines of the source's own report: how many recommendations it made of
 *     each priority, as it prints them ("FUNDAMENTAL: 1 HOUSEKEEPING: 2"), when the register does not hold
 *     them all (the rest are tracked elsewhere or were never transcribed); empty when not recorded, and
 *     then the source's recommendations in the register are its count
 */
public record Source(
        @NotBlank String id,
        Kind kind,
        @NotBlank String title,
        Optional<@NonBlank String> issuedBy,
        Optional<PartialDate> date,
        Optional<@NonBlank String> assurance,
        Optional<@NonBlank String> followUpOf,
        Optional<@NonBlank String> marking,
        List<@Valid Recommendation> recommendations,
        Optional<@Valid ReportDue> nextReportDue,
        Map<@NotBlank String, Integer> printedCounts) {

    /** The sorts of source. */
    public enum Kind {
        /** An internal audit, often by an outsourced firm. */
        INTERNAL_AUDIT,
        /** An external audit. */
        EXTERNAL_AUDIT,
        /** An inspection, for example by HMICFRS. */
        INSPECTION,
        /** An audit by a regulator, for example the Information Commissioner. */
        REGULATOR_AUDIT,
        /** A post-implementation review. */
        POST_IMPLEMENTATION_REVIEW,
        /** A committee's own rolling action sheet. */
        COMMITTEE_ACTIONS,
        /** An action plan the organisation set itself. */
        ACTION_PLAN,
        /** Anything else. */
        OTHER
    }

    /**
     * Checks for nulls and copies the list.
     *
     * @param printedCounts the count lines of the source's own report: how many recommendations it made of
     *     each priority, as it prints them ("FUNDAMENTAL: 1 HOUSEKEEPING: 2"), when the register does not
     *     hold them all (the rest are tracked elsewhere or were never transcribed); empty when not recorded,
     *     and then the source's recommendations in the register are its count
     * @param nextReportDue the further report on the source's progress promised to a forum, if one was asked
     *     for ("a further report in March 2016")
     * @param id a stable identifier, unique in the register
     * @param kind what sort of source it is
     * @param title the title as printed, for example "Seized &amp; Found Property"
     * @param issuedBy the body that issued it, for example "Mazars" or "HMICFRS"
     * @param date when it was issued; often only a month ("March 2018")
     * @param assurance the assurance level the report gave, for audits; one of the scheme's levels
     * @param followUpOf the id of an earlier source this one revisits, if any
     * @param marking the handling marking of the whole source, if above the scheme's lowest
     * @param recommendations the recommendations, in the order the source prints them
     */
    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(issuedBy, "issuedBy");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(assurance, "assurance");
        Objects.requireNonNull(followUpOf, "followUpOf");
        Objects.requireNonNull(marking, "marking");
        recommendations = List.copyOf(recommendations);
        Objects.requireNonNull(nextReportDue, "nextReportDue");
        printedCounts = Collections.unmodifiableMap(new LinkedHashMap<>(printedCounts));
    }

    /**
     * A source with no further report promised and no printed counts (the register's recommendations are its count).
     *
     * @param id a stable identifier, unique in the register
     * @param kind what sort of source it is
     * @param title the title as printed
     * @param issuedBy the body that issued it
     * @param date when it was issued
     * @param assurance the assurance level the report gave, for audits
     * @param followUpOf the id of an earlier source this one revisits, if any
     * @param marking the handling marking of the whole source, if above the scheme's lowest
     * @param recommendations the recommendations, in the order the source prints them
     */
    public Source(String id, Kind kind, String title, Optional<String> issuedBy, Optional<PartialDate> date,
            Optional<String> assurance, Optional<String> followUpOf, Optional<String> marking, List<Recommendation> recommendations) {
        this(id, kind, title, issuedBy, date, assurance, followUpOf, marking, recommendations, Optional.empty(), Map.of());
    }

    /**
     * A source with a further report promised, or none, and no printed counts.
     *
     * @param id a stable identifier, unique in the register
     * @param kind what sort of source it is
     * @param title the title as printed
     * @param issuedBy the body that issued it
     * @param date when it was issued
     * @param assurance the assurance level the report gave, for audits
     * @param followUpOf the id of an earlier source this one revisits, if any
     * @param marking the handling marking of the whole source, if above the scheme's lowest
     * @param recommendations the recommendations, in the order the source prints them
     * @param nextReportDue the further report promised to a forum, if any
     */
    public Source(String id, Kind kind, String title, Optional<String> issuedBy, Optional<PartialDate> date,
            Optional<String> assurance, Optional<String> followUpOf, Optional<String> marking, List<Recommendation> recommendations,
            Optional<ReportDue> nextReportDue) {
        this(id, kind, title, issuedBy, date, assurance, followUpOf, marking, recommendations, nextReportDue, Map.of());
    }

    /**
     * A source with printed counts and no further report promised.
     *
     * @param id a stable identifier, unique in the register
     * @param kind what sort of source it is
     * @param title the title as printed
     * @param issuedBy the body that issued it
     * @param date when it was issued
     * @param assurance the assurance level the report gave, for audits
     * @param followUpOf the id of an earlier source this one revisits, if any
     * @param marking the handling marking of the whole source, if above the scheme's lowest
     * @param recommendations the recommendations, in the order the source prints them
     * @param printedCounts the count lines of the source's own report, by priority
     */
    public Source(String id, Kind kind, String title, Optional<String> issuedBy, Optional<PartialDate> date,
            Optional<String> assurance, Optional<String> followUpOf, Optional<String> marking, List<Recommendation> recommendations,
            Map<String, Integer> printedCounts) {
        this(id, kind, title, issuedBy, date, assurance, followUpOf, marking, recommendations, Optional.empty(), printedCounts);
    }

    /**
     * This source with other recommendations, everything else kept.
     *
     * @param replaced the recommendations
     * @return the changed copy
     */
    public Source withRecommendations(List<Recommendation> replaced) {
        return new Source(id, kind, title, issuedBy, date, assurance, followUpOf, marking, replaced, nextReportDue, printedCounts);
    }
}
