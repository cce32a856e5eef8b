package io.github.rectrack.model;

import jakarta.validation.constraints.NotBlank;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How a forum's committee paper is furnished: the parts a force's paper carries beside the figures, set
 * once per forum in the scheme rather than typed into each paper. Every part is optional; a paper leaves
 * out what is not set.
 *
 * @param marking the paper's marking, printed at its top: "PAPER MARKED C"
 * @param reportOf who the report is from: "Chief Constable and Chief Finance Officer (OPCC)"
 * @param author the author and role: "Inspection Liaison and Project Officer"
 * @param meetingTime the time the forum meets, as written on the paper: "10:00"
 * @param implications the implications the forum's papers state, by heading, in order: "Financial" →
 *     "None."
 * @param backgroundPapers the background papers, one an entry
 * @param contacts the persons to contact, one an entry: a role and how to reach them
 */
public record PaperSettings(
        Optional<@NonBlank String> marking,
        Optional<@NonBlank String> reportOf,
        Optional<@NonBlank String> author,
        Optional<@NonBlank String> meetingTime,
        Map<@NotBlank String, @NotBlank String> implications,
        List<@NotBlank String> backgroundPapers,
        List<@NotBlank String> contacts) {

    /**
     * Checks for nulls and copies the collections, keeping the implications' order.
     *
     * @param marking the paper's marking, printed at its top: "PAPER MARKED C"
     * @param reportOf who the report is from: "Chief Constable and Chief Finance Officer (OPCC)"
     * @param author the author and role: "Inspection Liaison and Project Officer"
     * @param meetingTime the time the forum meets, as written on the paper: "10:00"
     * @param implications the implications the forum's papers state, by heading, in order: "Financial" →
     *     "None."
     * @param backgroundPapers the background papers, one an entry
     * @param contacts the persons to contact, one an entry: a role and how to reach them
     */
    public PaperSettings {
        Objects.requireNonNull(marking, "marking");
        Objects.requireNonNull(reportOf, "reportOf");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(meetingTime, "meetingTime");
        implications = Collections.unmodifiableMap(new LinkedHashMap<>(implications));
        backgroundPapers = List.copyOf(backgroundPapers);
        contacts = List.copyOf(contacts);
    }

    /**
     * Settings that set nothing.
     *
     * @return the empty settings
     */
    public static PaperSettings none() {
        return new PaperSettings(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Map.of(), List.of(), List.of());
    }
}
