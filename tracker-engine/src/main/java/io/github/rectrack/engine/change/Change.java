package io.github.rectrack.engine.change;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.model.Action;
import io.github.rectrack.model.Evidence;
import io.github.rectrack.model.ExtensionRequest;
import io.github.rectrack.model.GovernanceDecision;
import io.github.rectrack.model.Link;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.Person;
import io.github.rectrack.model.ProgressUpdate;
import io.github.rectrack.model.Recommendation;
import io.github.rectrack.model.Source;
import io.github.rectrack.model.TargetRevision;
import io.github.rectrack.model.UpdateRequest;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One thing that happened to a register between meetings, recorded as data: who recorded it, when, against
 * which version, and what it adds or changes. {@link Changes#apply} turns a register and a change into the
 * next register, or refuses the change and applies nothing.
 *
 * <p>Each kind has a short {@link #type() type name}, used in the journal and by {@code tracker history}.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public sealed interface Change {

    /** @return who recorded the change, when, and against which version */
    Stamp stamp();

    /** @return the change's type name as written in the journal, e.g. {@code update} */
    String type();

    /** @return the recommendation or source the change is about; empty for a change to the register itself */
    Optional<String> subject();

    /** @return one line saying what the change records, for a history listing */
    String summary();

    /**
     * A new source (a report, an audit, an inspection) with its recommendations.
     *
     * @param stamp who recorded the change, when, and against which version of the register
     * @param source the report, audit or inspection with its recommendations; its id and its recommendations'
     *     ids must be new to the register
     */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    record AddSource(Stamp stamp, Source source) implements Change {
        /**
         * Checks for nulls.
         *
         * @param stamp who recorded the change, when, and against which version of the register
         * @param source the report, audit or inspection with its recommendations; its id and its
         *     recommendations' ids must be new to the register
         */
        public AddSource {
            Objects.requireNonNull(stamp, "stamp");
            Objects.requireNonNull(source, "source");
        }

        @Override
        public String type() {
            return "source";
        }

        @Override
        public Optional<String> subject() {
            return Optional.of(source.id());
        }

        @Override
        public String summary() {
            return "added source '" + source.title() + "' with " + plural(source.recommendations().size(), "recommendation");
        }
    }

    /**
     * A new recommendation in an existing source.
     *
     * @param stamp who recorded the change, when, and against which version of the register
     * @param source the id of the source it belongs to
     * @param recommendation the new recommendation with whatever history it already has; its id must be new
     *     to the register
     */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    record AddRecommendation(Stamp stamp, String source, Recommendation recommendation) implements Change {
        /**
         * Checks for nulls.
         *
         * @param stamp who recorded the change, when, and against which version of the register
         * @param source the id of the source it belongs to
         * @param recommendation the new recommendation with whatever history it already has; its id must be
         *     new to the register
         */
        public AddRecommendation {
            Objects.requireNonNull(stamp, "stamp");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(recommendation, "recommendation");
        }

        @Override
        public String type() {
            return "recommendation";
        }

        @Override
        public Optional<String> subject() {
            return Optional.of(recommendation.id());
        }

        @Override
        public String summary() {
            return "added recommendation " + recommendation.reference() + " to source " + source;
        }
    }

    /**
     * A new person, to own recommendations or to record changes.
     *
     * @param stamp who recorded the change, when, and against which version of the register
     * @param person who they are: name, initials and role; the id must be new to the register
     */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    record AddPerson(Stamp stamp, Person person) implements Change {
        /**
         * Checks for nulls.
         *
         * @param stamp who recorded the change, when, and against which version of the register
         * @param person who they are: name, initials and role; the id must be new to the register
         */
        public AddPerson {
            Objects.requireNonNull(stamp, "stamp");
            Objects.requireNonNull(person, "person");
        }

        @Override
        public String type() {
            return "person";
        }

        @Override
        public Optional<String> subject() {
            return Optional.empty();
        }

        @Override
        public String summary() {
            return "added person " + person.id();
        }
    }

    /**
     * An owner's progress update. It answers every update request of the recommendation that was still
     * unanswered and made on or before the update's date.
     *
     * @param stamp who recorded the change, when, and against which version of the register
     * @param recommendation the id of the recommendation the update is about
     * @param update the update as the owner gave it: its date, author, text and any sections, grade or
     *     percentage
     */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    record AddUpdate(Stamp stamp, String recommendation, ProgressUpdate update) implements Change {
        /**
         * Checks for nulls.
         *
         * @param stamp who recorded the change, when, and against which version of the register
         * @param recommendation the id of the recommendation the update is about
         * @param update the update as the owner gave it: its date, author, text and any sections, grade or
         *     percentage
         */
        public AddUpdate {
            Objects.requireNonNull(stamp, "stamp");
            Objects.requireNonNull(recommendation, "recommendation");
            Objects.requireNonNull(update, "update");
        }

        @Override
        public String type() {
            return "update";
        }

        @Override
        public Optional<String> subject() {
            return Optional.of(recommendation);
        }

        @Override
        public String summary() {
            return "progress update dated " + update.date()
                    + update.percentComplete().map(p -> " (" + p + "% complete)").orElse("");
        }
    }

    /**
     * A request to the owner for an update.
     *
     * @param stamp who recorded the change, when, and against which version of the register
     * @param recommendation the id of the recommendation whose owner is asked
     * @param request when the update was asked for, of whom and how; it must not be answered yet
     */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    record RequestUpdate(Stamp stamp, String recommendation, UpdateRequest request) implements Change {
        /**
         * Checks for nulls.
         *
         * @param stamp who recorded the change, when, and against which version of the register
         * @param recommendation the id of the recommendation whose owner is asked
         * @param request when the update was asked for, of whom and how; it must not be answered yet
         */
        public RequestUpdate {
            Objects.requireNonNull(stamp, "stamp");
            Objects.requireNonNull(recommendation, "recommendation");
            Objects.requireNonNull(request, "request");
        }

        @Override
        public String type() {
            return "request";
        }

        @Override
        public Optional<String> subject() {
            return Optional.of(recommendation);
        }

        @Override
        public String summary() {
            return "update requested on " + request.requestedOn()
                    + request.requestedOf().map(p -> " of " + p).orElse("")
                    + request.respondBy().map(d -> ", reply by " + d).orElse("");
        }
    }

    /**
     * A target revised with agreement: the revision must say why ({@code reason}) and who agreed it
     * ({@code agreedBy}), and may not be dated before the revision it replaces.
     *
     * @param stamp who recorded the change, when, and against which version of the register
     * @param recommendation the id of the recommendation whose target moves
     * @param revision the new target, with when it was set, why, and who agreed it
     */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    record ReviseTarget(Stamp stamp, String recommendation, TargetRevision revision) implements Change {
        /**
         * Checks for nulls.
         *
         * @param stamp who recorded the change, when, and against which version of the register
         * @param recommendation the id of the recommendation whose target moves
         * @param revision the new target, with when it was set, why, and who agreed it
         */
        public ReviseTarget {
            Objects.requireNonNull(stamp, "stamp");
            Objects.requireNonNull(recommendation, "recommendation");
            Objects.requireNonNull(revision, "revision");
        }

        @Override
        public String type() {
            return "target";
        }

        @Override
        public Optional<String> subject() {
            return Optional.of(recommendation);
        }

        @Override
        public String summary() {
            return "target revised to '" + revision.target().text() + "'" + revision.agreedBy().map(a -> ", agreed by " + a).orElse("");
        }
    }

    /**
     * An owner's request for more time. It must not carry a decision; {@link DecideExtension} records that.
     *
     * @param stamp who recorded the change, when, and against which version of the register
     * @param recommendation the id of the recommendation that needs more time
     * @param request the extension asked for: when, by whom, the target asked for and why; still undecided
     */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    record RequestExtension(Stamp stamp, String recommendation, ExtensionRequest request) implements Change {
        /**
         * Checks for nulls.
         *
         * @param stamp who recorded the change, when, and against which version of the register
         * @param recommendation the id of the recommendation that needs more time
         * @param request the extension asked for: when, by whom, the target asked for and why; still
         *     undecided
         */
        public RequestExtension {
            Objects.requireNonNull(stamp, "stamp");
            Objects.requireNonNull(recommendation, "recommendation");
            Objects.requireNonNull(request, "request");
        }

        @Override
        public String type() {
            return "extension";
        }

        @Override
        public Optional<String> subject() {
            return Optional.of(recommendation);
        }

        @Override
        public String summary() {
            return "extension to '" + request.target().text() + "' requested" + request.requestedBy().map(p -> " by " + p).orElse("");
        }
    }

    /**
     * A forum's decision on an extension request. An approved request also becomes a target revision,
     * carrying the request's reason and agreed by the deciding forum.
     *
     * @param stamp who recorded the change, when, and against which version of the register
     * @param recommendation the id of the recommendation the request belongs to
     * @param request which request, counting from 1 in the order they were made
     * @param decision approved or refused, by which forum, when, and what it said
     */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    record DecideExtension(Stamp stamp, String recommendation, int request, ExtensionRequest.Decision decision)
            implements Change {
        /**
         * Checks for nulls.
         *
         * @param stamp who recorded the change, when, and against which version of the register
         * @param recommendation the id of the recommendation the request belongs to
         * @param request which request, counting from 1 in the order they were made
         * @param decision approved or refused, by which forum, when, and what it said
         */
        public DecideExtension {
            Objects.requireNonNull(stamp, "stamp");
            Objects.requireNonNull(recommendation, "recommendation");
            Objects.requireNonNull(decision, "decision");
        }

        @Override
        public String type() {
            return "decide";
        }

        @Override
        public Optional<String> subject() {
            return Optional.of(recommendation);
        }

        @Override
        public String summary() {
            return "extension request " + request + " " + decision.outcome().name().toLowerCase(Locale.ROOT)
                    + " by " + decision.forum() + " on " + decision.date();
        }
    }

    /**
     * A governance decision (closure proposed, agreed, re-opened...), checked against the lifecycle.
     *
     * @param stamp who recorded the change, when, and against which version of the register
     * @param recommendation the id of the recommendation decided on
     * @param decision what was decided (closure proposed, agreed, re-opened...), by which forum and when
     */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    record RecordDecision(Stamp stamp, String recommendation, GovernanceDecision decision) implements Change {
        /**
         * Checks for nulls.
         *
         * @param stamp who recorded the change, when, and against which version of the register
         * @param recommendation the id of the recommendation decided on
         * @param decision what was decided (closure proposed, agreed, re-opened...), by which forum and when
         */
        public RecordDecision {
            Objects.requireNonNull(stamp, "stamp");
            Objects.requireNonNull(recommendation, "recommendation");
            Objects.requireNonNull(decision, "decision");
        }

        @Override
        public String type() {
            return "decision";
        }

        @Override
        public Optional<String> subject() {
            return Optional.of(recommendation);
        }

        @Override
        public String summary() {
            return decision.kind() + " by " + decision.forum() + " on " + decision.date();
        }
    }

    /**
     * Evidence sent in.
     *
     * @param stamp who recorded the change, when, and against which version of the register
     * @param recommendation the id of the recommendation the evidence supports
     * @param evidence what was sent in to show the recommendation is implemented and works
     */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    record AddEvidence(Stamp stamp, String recommendation, Evidence evidence) implements Change {
        /**
         * Checks for nulls.
         *
         * @param stamp who recorded the change, when, and against which version of the register
         * @param recommendation the id of the recommendation the evidence supports
         * @param evidence what was sent in to show the recommendation is implemented and works
         */
        public AddEvidence {
            Objects.requireNonNull(stamp, "stamp");
            Objects.requireNonNull(recommendation, "recommendation");
            Objects.requireNonNull(evidence, "evidence");
        }

        @Override
        public String type() {
            return "evidence";
        }

        @Override
        public Optional<String> subject() {
            return Optional.of(recommendation);
        }

        @Override
        public String summary() {
            return "evidence: " + evidence.description();
        }
    }

    /**
     * Ownership handed over: the current owner of the strand (or of the whole recommendation) stops on the
     * day, and the new owner starts.
     *
     * @param stamp who recorded the change, when, and against which version of the register
     * @param recommendation the id of the recommendation changing hands
     * @param strand the strand handed over, or empty for the whole recommendation
     * @param to the new owner's person id
     * @param from the day the new owner starts
     */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    record HandOver(Stamp stamp, String recommendation, Optional<String> strand, String to, PartialDate from)
            implements Change {
        /**
         * Checks for nulls.
         *
         * @param stamp who recorded the change, when, and against which version of the register
         * @param recommendation the id of the recommendation changing hands
         * @param strand the strand handed over, or empty for the whole recommendation
         * @param to the new owner's person id
         * @param from the day the new owner starts
         */
        public HandOver {
            Objects.requireNonNull(stamp, "stamp");
            Objects.requireNonNull(recommendation, "recommendation");
            Objects.requireNonNull(strand, "strand");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(from, "from");
        }

        @Override
        public String type() {
            return "owner";
        }

        @Override
        public Optional<String> subject() {
            return Optional.of(recommendation);
        }

        @Override
        public String summary() {
            return "handed over" + strand.map(s -> " (" + s + ")").orElse("") + " to " + to + " from " + from;
        }
    }

    /**
     * A new action under a recommendation.
     *
     * @param stamp who recorded the change, when, and against which version of the register
     * @param recommendation the id of the recommendation the action belongs to
     * @param action the new step, with its owners, target and state; its number must be new within the recommendation
     */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    record AddAction(Stamp stamp, String recommendation, Action action) implements Change {
        /**
         * Checks for nulls.
         *
         * @param stamp who recorded the change, when, and against which version of the register
         * @param recommendation the id of the recommendation the action belongs to
         * @param action the new step, with its owners, target and state; its number must be new within the
         *     recommendation
         */
        public AddAction {
            Objects.requireNonNull(stamp, "stamp");
            Objects.requireNonNull(recommendation, "recommendation");
            Objects.requireNonNull(action, "action");
        }

        @Override
        public String type() {
            return "action";
        }

        @Override
        public Optional<String> subject() {
            return Optional.of(recommendation);
        }

        @Override
        public String summary() {
            return "added action " + action.number() + " (" + action.state() + ")";
        }
    }

    /**
     * An action's state changed.
     *
     * @param stamp who recorded the change, when, and against which version of the register
     * @param recommendation the id of the recommendation the action belongs to
     * @param action the action's number as printed, for example "8iii"
     * @param state the state the action is now in
     * @param date the day of the change; not before the action's last state change
     */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    record SetActionState(Stamp stamp, String recommendation, String action, Action.State state, PartialDate date)
            implements Change {
        /**
         * Checks for nulls.
         *
         * @param stamp who recorded the change, when, and against which version of the register
         * @param recommendation the id of the recommendation the action belongs to
         * @param action the action's number as printed, for example "8iii"
         * @param state the state the action is now in
         * @param date the day of the change; not before the action's last state change
         */
        public SetActionState {
            Objects.requireNonNull(stamp, "stamp");
            Objects.requireNonNull(recommendation, "recommendation");
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(date, "date");
        }

        @Override
        public String type() {
            return "action-state";
        }

        @Override
        public Optional<String> subject() {
            return Optional.of(recommendation);
        }

        @Override
        public String summary() {
            return "action " + action + " now " + state + " from " + date;
        }
    }

    /**
     * A link to another recommendation or an outside reference.
     *
     * @param stamp who recorded the change, when, and against which version of the register
     * @param recommendation the id of the recommendation the link starts from
     * @param link what it depends on, duplicates, supersedes, follows up or maps to
     */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    record AddLink(Stamp stamp, String recommendation, Link link) implements Change {
        /**
         * Checks for nulls.
         *
         * @param stamp who recorded the change, when, and against which version of the register
         * @param recommendation the id of the recommendation the link starts from
         * @param link what it depends on, duplicates, supersedes, follows up or maps to
         */
        public AddLink {
            Objects.requireNonNull(stamp, "stamp");
            Objects.requireNonNull(recommendation, "recommendation");
            Objects.requireNonNull(link, "link");
        }

        @Override
        public String type() {
            return "link";
        }

        @Override
        public Optional<String> subject() {
            return Optional.of(recommendation);
        }

        @Override
        public String summary() {
            return "linked " + link.kind() + " " + link.target();
        }
    }

    /**
     * A handling marking set on, or removed from, a source or a recommendation.
     *
     * @param stamp who recorded the change, when, and against which version of the register
     * @param target the id of the source or recommendation
     * @param marking the handling marking, one of the scheme's; empty to remove it
     */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    record SetMarking(Stamp stamp, String target, Optional<String> marking) implements Change {
        /**
         * Checks for nulls.
         *
         * @param stamp who recorded the change, when, and against which version of the register
         * @param target the id of the source or recommendation
         * @param marking the handling marking, one of the scheme's; empty to remove it
         */
        public SetMarking {
            Objects.requireNonNull(stamp, "stamp");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(marking, "marking");
        }

        @Override
        public String type() {
            return "marking";
        }

        @Override
        public Optional<String> subject() {
            return Optional.of(target);
        }

        @Override
        public String summary() {
            return marking.map(m -> "marked " + m).orElse("marking removed");
        }
    }

    /**
     * A correction of a field recorded wrongly, with the reason. The fields that can be corrected are
     * {@link #FIELDS}: of a recommendation {@code reference}, {@code title}, {@code text}, {@code priority},
     * {@code reportedTo}, {@code statedStatus}, {@code statedRag}, {@code notes}; of a source {@code title},
     * {@code issuedBy}, {@code date}, {@code assurance}. An empty value clears a field that may be absent.
     *
     * @param stamp who recorded the change, when, and against which version of the register
     * @param target the id of the source or recommendation
     * @param field the field's name as the JSON format spells it
     * @param value the corrected value; empty to clear
     * @param reason why the recorded value was wrong
     */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    record CorrectField(Stamp stamp, String target, String field, Optional<String> value, String reason)
            implements Change {

        /** The fields a correction may change. */
        public static final List<String> FIELDS = List.of("reference", "title", "text", "priority", "reportedTo",
                "statedStatus", "statedRag", "notes", "issuedBy", "date", "assurance");

        /**
         * Checks for nulls.
         *
         * @param stamp who recorded the change, when, and against which version of the register
         * @param target the id of the source or recommendation
         * @param field the field's name as the JSON format spells it
         * @param value the corrected value; empty to clear
         * @param reason why the recorded value was wrong
         */
        public CorrectField {
            Objects.requireNonNull(stamp, "stamp");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String type() {
            return "correct";
        }

        @Override
        public Optional<String> subject() {
            return Optional.of(target);
        }

        @Override
        public String summary() {
            return "corrected " + field + value.map(v -> " to '" + abbreviate(v) + "'").orElse(" (cleared)") + ": " + reason;
        }
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 59) + "…";
    }
}
