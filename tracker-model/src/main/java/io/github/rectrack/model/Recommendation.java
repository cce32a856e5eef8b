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
 * @param extensionRequests requests for a later target, pending and decided, in the order made
 * @param updates progress updates from the owners, in the order given
 * @param updateRequests requests made to the owner for an update
 * @param actions numbered steps inside the recommendation
 * @param links to other recommendations or to the source's own numbering
 * @param decisions governance decisions by forums
 * @param evidence evidence offered for closure
 * @param statedStatus the status as the force's own sheet or paper words it ("On track", "Propose
 *     Close"), kept as written beside the status the engine derives; empty where none was stated
 * @param statedRag the RAG colour as the force's own sheet gives it ("Green", "A"), kept as written
 *     beside the colour the policy computes; empty where none was stated
 * @param notes notes kept with the recommendation that are not progress updates
 * @param marking the handling marking of the whole item, if above the scheme's lowest
 * @param kind what sort of item it is: a recommendation (the default), an area for improvement, a cause
 *     of concern or a committee's action
 * @param parent the id of the cause of concern this recommendation belongs to, if it is one of a cause
 *     of concern's recommendations
 * @param addressee the body the item is addressed to where that is not the organisation keeping the
 *     register ("Home Secretary", "College of Policing"); empty for the organisation's own items. An item
 *     addressed elsewhere is watched, not owned: it is never coloured red, amber or green for the
 *     organisation
 */
public record Recommendation(
        @NotBlank String id,
        @NotBlank String reference,
        String title,
        @NotBlank String text,
        @NotBlank String priority,
        List<@NotBlank String> tags,
        Optional<@NonBlank String> reportedTo,
        List<@Valid Ownership> owners,
        Optional<@Valid ManagementResponse> response,
        List<@Valid TargetRevision> targetHistory,
        List<@Valid ExtensionRequest> extensionRequests,
        List<@Valid ProgressUpdate> updates,
        List<@Valid UpdateRequest> updateRequests,
        List<@Valid Action> actions,
        List<@Valid Link> links,
        List<@Valid GovernanceDecision> decisions,
        List<@Valid Evidence> evidence,
        Optional<@NonBlank String> statedStatus,
        Optional<@NonBlank String> statedRag,
        Optional<@NonBlank String> notes,
        Optional<@NonBlank String> marking,
        Kind kind,
        Optional<@NonBlank String> parent,
        Optional<@NonBlank String> addressee) {

    /** What sort of item a recommendation is. */
    public enum Kind {
        /** A recommendation: the default, and every audit's items. */
        RECOMMENDATION,
        /** An inspection's area for improvement: the inspectorate's finding, without a recommendation. */
        AREA_FOR_IMPROVEMENT,
        /** An inspection's cause of concern, which holds its own recommendations. */
        CAUSE_OF_CONCERN,
        /** An action from a committee's own rolling action sheet. */
        COMMITTEE_ACTION
    }

    /**
     * Checks for nulls and copies the lists.
     *
     * @param kind what sort of item it is: a recommendation (the default), an area for improvement, a cause
     *     of concern or a committee's action
     * @param parent the id of the cause of concern this recommendation belongs to, if it is one of a cause of
     *     concern's recommendations
     * @param addressee the body the item is addressed to where that is not the organisation keeping the
     *     register ("Home Secretary", "College of Policing"); empty for the organisation's own items. An item
     *     addressed elsewhere is watched, not owned: it is never coloured red, amber or green for the
     *     organisation
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
     * @param extensionRequests requests for a later target, pending and decided, in the order made
     * @param updates progress updates from the owners, in the order given
     * @param updateRequests requests made to the owner for an update
     * @param actions numbered steps inside the recommendation
     * @param links to other recommendations or to the source's own numbering
     * @param decisions governance decisions by forums
     * @param evidence evidence offered for closure
     * @param statedStatus the status as the force's own sheet or paper words it ("On track", "Propose
     *     Close"), kept as written beside the status the engine derives; empty where none was stated
     * @param statedRag the RAG colour as the force's own sheet gives it ("Green", "A"), kept as written
     *     beside the colour the policy computes; empty where none was stated
     * @param notes notes kept with the recommendation that are not progress updates
     * @param marking the handling marking of the whole item, if above the scheme's lowest
     */
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
        extensionRequests = List.copyOf(extensionRequests);
        updates = List.copyOf(updates);
        updateRequests = List.copyOf(updateRequests);
        actions = List.copyOf(actions);
        links = List.copyOf(links);
        decisions = List.copyOf(decisions);
        evidence = List.copyOf(evidence);
        Objects.requireNonNull(statedStatus, "statedStatus");
        Objects.requireNonNull(statedRag, "statedRag");
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(marking, "marking");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(addressee, "addressee");
    }

    /**
     * A recommendation of the default kind, with no parent, addressed to the organisation keeping the
     * register.
     *
     * @param id a stable identifier, unique in the register
     * @param reference the reference as the source prints it
     * @param title the short title; may be empty
     * @param text the full text
     * @param priority the priority, one of the scheme's priorities
     * @param tags further classifications
     * @param reportedTo the forum this recommendation alone is reported to, if decided for it
     * @param owners who is responsible
     * @param response the management response, if one was given
     * @param targetHistory the original target first, then each revision
     * @param extensionRequests requests for a later target, in the order made
     * @param updates progress updates
     * @param updateRequests requests made to the owner for an update
     * @param actions numbered steps inside the recommendation
     * @param links to other recommendations or to the source's own numbering
     * @param decisions governance decisions by forums
     * @param evidence evidence offered for closure
     * @param statedStatus the status as the force's own sheet words it, if stated
     * @param statedRag the RAG colour as the force's own sheet gives it, if stated
     * @param notes notes kept with the recommendation that are not progress updates
     * @param marking the handling marking of the whole item, if above the scheme's lowest
     */
    public Recommendation(String id, String reference, String title, String text, String priority, List<String> tags,
            Optional<String> reportedTo, List<Ownership> owners, Optional<ManagementResponse> response,
            List<TargetRevision> targetHistory, List<ExtensionRequest> extensionRequests, List<ProgressUpdate> updates,
            List<UpdateRequest> updateRequests, List<Action> actions, List<Link> links, List<GovernanceDecision> decisions,
            List<Evidence> evidence, Optional<String> statedStatus, Optional<String> statedRag, Optional<String> notes,
            Optional<String> marking) {
        this(id, reference, title, text, priority, tags, reportedTo, owners, response, targetHistory, extensionRequests, updates,
                updateRequests, actions, links, decisions, evidence, statedStatus, statedRag, notes, marking, Kind.RECOMMENDATION,
                Optional.empty(), Optional.empty());
    }

    /**
     * A recommendation with no extension requests, stated status, stated RAG or notes.
     *
     * @param id a stable identifier, unique in the register
     * @param reference the reference as the source prints it
     * @param title the short title; may be empty
     * @param text the full text
     * @param priority the priority, one of the scheme's priorities
     * @param tags further classifications
     * @param reportedTo the forum this recommendation alone is reported to, if decided for it
     * @param owners who is responsible
     * @param response the management response, if one was given
     * @param targetHistory the original target first, then each revision
     * @param updates progress updates from the owners, in the order given
     * @param updateRequests requests made to the owner for an update
     * @param actions numbered steps inside the recommendation
     * @param links to other recommendations or to the source's own numbering
     * @param decisions governance decisions by forums
     * @param evidence evidence offered for closure
     * @param marking the handling marking of the whole item, if above the scheme's lowest
     */
    public Recommendation(String id, String reference, String title, String text, String priority, List<String> tags,
            Optional<String> reportedTo, List<Ownership> owners, Optional<ManagementResponse> response,
            List<TargetRevision> targetHistory, List<ProgressUpdate> updates, List<UpdateRequest> updateRequests,
            List<Action> actions, List<Link> links, List<GovernanceDecision> decisions, List<Evidence> evidence,
            Optional<String> marking) {
        this(id, reference, title, text, priority, tags, reportedTo, owners, response, targetHistory, List.of(), updates,
                updateRequests, actions, links, decisions, evidence, Optional.empty(), Optional.empty(), Optional.empty(), marking);
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
     * Whether the item is addressed to another body (a national one, say) and so only watched by the
     * organisation keeping the register.
     *
     * @return true if it has an addressee
     */
    public boolean watched() {
        return addressee.isPresent();
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

    /**
     * A builder for a recommendation with the given required fields and everything else empty.
     *
     * @param id the id
     * @param reference the printed reference
     * @param text the full text
     * @param priority the priority
     * @return the builder
     */
    public static Builder builder(String id, String reference, String text, String priority) {
        return new Builder().id(id).reference(reference).text(text).priority(priority);
    }

    /**
     * A builder holding this recommendation's values, to make a changed copy.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        return new Builder()
                .id(id)
                .reference(reference)
                .title(title)
                .text(text)
                .priority(priority)
                .tags(tags)
                .reportedTo(reportedTo)
                .owners(owners)
                .response(response)
                .targetHistory(targetHistory)
                .extensionRequests(extensionRequests)
                .updates(updates)
                .updateRequests(updateRequests)
                .actions(actions)
                .links(links)
                .decisions(decisions)
                .evidence(evidence)
                .statedStatus(statedStatus)
                .statedRag(statedRag)
                .notes(notes)
                .marking(marking)
                .kind(kind)
                .parent(parent)
                .addressee(addressee);
    }

    /** Builds a {@link Recommendation} field by field; {@link #build()} applies the record's checks. */
    public static final class Builder {
        private String id = "";
        private String reference = "";
        private String title = "";
        private String text = "";
        private String priority = "";
        private List<String> tags = List.of();
        private Optional<String> reportedTo = Optional.empty();
        private List<Ownership> owners = List.of();
        private Optional<ManagementResponse> response = Optional.empty();
        private List<TargetRevision> targetHistory = List.of();
        private List<ExtensionRequest> extensionRequests = List.of();
        private List<ProgressUpdate> updates = List.of();
        private List<UpdateRequest> updateRequests = List.of();
        private List<Action> actions = List.of();
        private List<Link> links = List.of();
        private List<GovernanceDecision> decisions = List.of();
        private List<Evidence> evidence = List.of();
        private Optional<String> statedStatus = Optional.empty();
        private Optional<String> statedRag = Optional.empty();
        private Optional<String> notes = Optional.empty();
        private Optional<String> marking = Optional.empty();
        private Kind kind = Kind.RECOMMENDATION;
        private Optional<String> parent = Optional.empty();
        private Optional<String> addressee = Optional.empty();

        private Builder() {}

        /**
         * Sets {@code id}.
         *
         * @param id the value
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * Sets {@code reference}.
         *
         * @param reference the value
         * @return this builder
         */
        public Builder reference(String reference) {
            this.reference = reference;
            return this;
        }

        /**
         * Sets {@code title}.
         *
         * @param title the value
         * @return this builder
         */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /**
         * Sets {@code text}.
         *
         * @param text the value
         * @return this builder
         */
        public Builder text(String text) {
            this.text = text;
            return this;
        }

        /**
         * Sets {@code priority}.
         *
         * @param priority the value
         * @return this builder
         */
        public Builder priority(String priority) {
            this.priority = priority;
            return this;
        }

        /**
         * Sets {@code tags}.
         *
         * @param tags the value
         * @return this builder
         */
        public Builder tags(List<String> tags) {
            this.tags = tags;
            return this;
        }

        /**
         * Sets {@code reportedTo}.
         *
         * @param reportedTo the value
         * @return this builder
         */
        public Builder reportedTo(Optional<String> reportedTo) {
            this.reportedTo = reportedTo;
            return this;
        }

        /**
         * Sets {@code owners}.
         *
         * @param owners the value
         * @return this builder
         */
        public Builder owners(List<Ownership> owners) {
            this.owners = owners;
            return this;
        }

        /**
         * Sets {@code response}.
         *
         * @param response the value
         * @return this builder
         */
        public Builder response(Optional<ManagementResponse> response) {
            this.response = response;
            return this;
        }

        /**
         * Sets {@code targetHistory}.
         *
         * @param targetHistory the value
         * @return this builder
         */
        public Builder targetHistory(List<TargetRevision> targetHistory) {
            this.targetHistory = targetHistory;
            return this;
        }

        /**
         * Sets {@code extensionRequests}.
         *
         * @param extensionRequests the value
         * @return this builder
         */
        public Builder extensionRequests(List<ExtensionRequest> extensionRequests) {
            this.extensionRequests = extensionRequests;
            return this;
        }

        /**
         * Sets {@code updates}.
         *
         * @param updates the value
         * @return this builder
         */
        public Builder updates(List<ProgressUpdate> updates) {
            this.updates = updates;
            return this;
        }

        /**
         * Sets {@code updateRequests}.
         *
         * @param updateRequests the value
         * @return this builder
         */
        public Builder updateRequests(List<UpdateRequest> updateRequests) {
            this.updateRequests = updateRequests;
            return this;
        }

        /**
         * Sets {@code actions}.
         *
         * @param actions the value
         * @return this builder
         */
        public Builder actions(List<Action> actions) {
            this.actions = actions;
            return this;
        }

        /**
         * Sets {@code links}.
         *
         * @param links the value
         * @return this builder
         */
        public Builder links(List<Link> links) {
            this.links = links;
            return this;
        }

        /**
         * Sets {@code decisions}.
         *
         * @param decisions the value
         * @return this builder
         */
        public Builder decisions(List<GovernanceDecision> decisions) {
            this.decisions = decisions;
            return this;
        }

        /**
         * Sets {@code evidence}.
         *
         * @param evidence the value
         * @return this builder
         */
        public Builder evidence(List<Evidence> evidence) {
            this.evidence = evidence;
            return this;
        }

        /**
         * Sets {@code statedStatus}.
         *
         * @param statedStatus the value
         * @return this builder
         */
        public Builder statedStatus(Optional<String> statedStatus) {
            this.statedStatus = statedStatus;
            return this;
        }

        /**
         * Sets {@code statedRag}.
         *
         * @param statedRag the value
         * @return this builder
         */
        public Builder statedRag(Optional<String> statedRag) {
            this.statedRag = statedRag;
            return this;
        }

        /**
         * Sets {@code notes}.
         *
         * @param notes the value
         * @return this builder
         */
        public Builder notes(Optional<String> notes) {
            this.notes = notes;
            return this;
        }

        /**
         * Sets {@code marking}.
         *
         * @param marking the value
         * @return this builder
         */
        public Builder marking(Optional<String> marking) {
            this.marking = marking;
            return this;
        }

        /**
         * Sets {@code kind}.
         *
         * @param kind the value
         * @return this builder
         */
        public Builder kind(Kind kind) {
            this.kind = kind;
            return this;
        }

        /**
         * Sets {@code parent}.
         *
         * @param parent the value
         * @return this builder
         */
        public Builder parent(Optional<String> parent) {
            this.parent = parent;
            return this;
        }

        /**
         * Sets {@code addressee}.
         *
         * @param addressee the value
         * @return this builder
         */
        public Builder addressee(Optional<String> addressee) {
            this.addressee = addressee;
            return this;
        }

        /**
         * Builds the recommendation.
         *
         * @return the recommendation
         * @throws NullPointerException if a value was set to null
         */
        public Recommendation build() {
            return new Recommendation(id, reference, title, text, priority, tags, reportedTo, owners, response, targetHistory,
                    extensionRequests, updates, updateRequests, actions, links, decisions, evidence, statedStatus, statedRag, notes,
                    marking, kind, parent, addressee);
        }
    }
}
