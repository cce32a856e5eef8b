package io.github.rectrack.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The tracked item: one recommendation of a source (or one action of a committee's action sheet), with
 * everything that has happened to it.
 *
 * <p>Histories are kept whole: every owner, every target revision, every update, every decision, each
 * with its date, so that the engine can show the recommendation as it stood on any day.
 *
 * @param id a stable identifier, unique in the register
 * @param reference the reference as the source prints it: "4.1", "R7", "2.3", "43/18a"
 * @param title the short title, for example "Missing Firearm"; may be empty where the source gives none
 * @param text the full text of the recommendation
 * @param priority the priority, one of the scheme's priorities
 * @param tags further classifications, for example "statutory"
 * @param reportedTo the forum this recommendation is reported to where that was decided for it alone,
 *     overriding the scheme's reporting rules (for example items kept with the panel from before the
 *     rules changed); empty to follow the rules
 * @param owners who is responsible, with when each took over or handed on
 * @param response the management response, if one was given
 * @param targetHistory the original target first, then each revision in the order made; empty if no
 *     target was ever set
 * @param updates progress updates
 * @param updateRequests requests made to the owner for an update
 * @param actions numbered steps inside the recommendation
 * @param links to other recommendations or to the source's own numbering
 * @param decisions governance decisions by forums
 * @param evidence evidence offered for closure
 * @param marking the handling marking of the whole item, if above the scheme's lowest
 */
public record Recommendation(
        @NotBlank String id,
        @NotBlank String reference,
        String title,
        @NotBlank String text,
        @NotBlank String priority,
        List<@NotBlank String> tags,
        Optional<@NotBlank String> reportedTo,
        List<@Valid Ownership> owners,
        Optional<@Valid ManagementResponse> response,
        List<@Valid TargetRevision> targetHistory,
        List<@Valid ProgressUpdate> updates,
        List<@Valid UpdateRequest> updateRequests,
        List<@Valid Action> actions,
        List<@Valid Link> links,
        List<@Valid GovernanceDecision> decisions,
        List<@Valid Evidence> evidence,
        Optional<@NotBlank String> marking) {

    /** Checks for nulls and copies the lists. */
    public Recommendation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(priority, "priority");
        tags = List.copyOf(tags);
        Objects.requireNonNull(reportedTo, "reportedTo");
        owners = List.copyOf(owners);
        Objects.requireNonNull(response, "response");
        targetHistory = List.copyOf(targetHistory);
        updates = List.copyOf(updates);
        updateRequests = List.copyOf(updateRequests);
        actions = List.copyOf(actions);
        links = List.copyOf(links);
        decisions = List.copyOf(decisions);
        evidence = List.copyOf(evidence);
        Objects.requireNonNull(marking, "marking");
    }

    /**
     * The original target: the first entry of the target history.
     *
     * @return the original target, or empty if none was set
     */
    public Optional<TargetRevision> originalTarget() {
        return targetHistory.isEmpty() ? Optional.empty() : Optional.of(targetHistory.get(0));
    }

    /**
     * The latest target: the last entry of the target history, whatever its date. The engine works out
     * the target in force on a given day.
     *
     * @return the latest target, or empty if none was set
     */
    public Optional<TargetRevision> latestTarget() {
        return targetHistory.isEmpty() ? Optional.empty() : Optional.of(targetHistory.get(targetHistory.size() - 1));
    }

    /**
     * Whether the recommendation carries the given tag.
     *
     * @param tag the tag, for example "statutory"
     * @return true if it does
     */
    public boolean hasTag(String tag) {
        return tags.contains(tag);
    }
}
