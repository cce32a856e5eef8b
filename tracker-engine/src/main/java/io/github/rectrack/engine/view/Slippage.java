package io.github.rectrack.engine.view;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.engine.evaluation.RecommendationState;
import io.github.rectrack.engine.evaluation.RegisterEvaluation;
import io.github.rectrack.engine.spi.rag.Rag;
import io.github.rectrack.engine.status.AsOf;
import io.github.rectrack.engine.status.Status;
import io.github.rectrack.engine.status.TargetStatus;
import io.github.rectrack.model.ExtensionRequest;
import io.github.rectrack.model.GovernanceDecision;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.ProgressUpdate;
import io.github.rectrack.model.TargetDate;
import io.github.rectrack.model.TargetRevision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.apiguardian.api.API;

/**
 * The targets that slipped: every open recommendation reported to the forum whose <em>original</em>
 * target had passed on the day, with its original and current targets (and the reason recorded for the current one), how often it was revised, how
 * far past each it is, whether a target was moved only after it had passed, and the latest context.
 *
 * <p>"Open" means {@link Status#isOutstanding() outstanding} (open, in progress, re-opened, hibernated,
 * further evidence requested, closure disputed), or {@link Status#isClosurePending() awaiting a closure
 * decision} (proposed closed, agreed by a board) when the latest proposal to close was made only after
 * the original deadline (the first day of the proposal's date is after it; with no proposal counted,
 * the date the status was reached is used). An item proposed for closure on time did not slip, even if
 * the panel has yet to close it; one proposed late did, and the panel should see that before it
 * agrees. Each item carries its status so that an exporter can leave the pending ones out. Finished and
 * inactive items are never listed.
 *
 * <p>Each revision counted on the day is told apart ({@link Revision}): an {@link
 * Explanation#APPROVED_EXTENSION approved extension} is a revision that matches an extension request
 * approved by the day (the same target: equal, or the same text ignoring case, or the same kind and
 * deadline), or one that carries both a reason and who agreed it; an {@link Explanation#UNEXPLAINED
 * unexplained} slip has neither a reason nor who agreed it, and no approved request; a revision with only
 * one of the two is {@link Explanation#PARTLY_EXPLAINED partly explained}.
 *
 * <p>The context is the text of the latest progress update counted on the day, with white space folded
 * and abridged to at most {@value #CONTEXT_LIMIT} characters after its last whole sentence within them, or
 * at a word boundary when that would keep less than half (an ellipsis marks the cut); if there is no
 * update, the reason given for the current target, if any.
 *
 * @param forum the id of the forum the view is for, one of the scheme's forums
 * @param asOf the day the register is shown as it stood on
 * @param items the slipped items, in register order
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Slippage(String forum, LocalDate asOf, List<Item> items) {

    /** The most characters of context kept before the ellipsis. */
    public static final int CONTEXT_LIMIT = 300;

    /**
     * Checks for nulls and copies the list.
     *
     * @param forum the id of the forum the view is for, one of the scheme's forums
     * @param asOf the day the register is shown as it stood on
     * @param items the slipped items, in register order
     */
    public Slippage {
        Objects.requireNonNull(forum, "forum");
        Objects.requireNonNull(asOf, "asOf");
        items = List.copyOf(items);
    }

    /**
     * One slipped recommendation.
     *
     * @param sourceTitle its source's title
     * @param priority its priority, one of the scheme's priorities
     * @param reference its printed reference
     * @param title the recommendation's short title; empty where the source gives none
     * @param recommendationId the recommendation's id in the register
     * @param status its status on the day
     * @param rag its colour on the day
     * @param original the original target
     * @param current the target in force on the day
     * @param revisions how many times the original had been revised by the day
     * @param daysPastOriginal days since the original deadline
     * @param daysPastCurrent days since the current deadline, if it had passed too
     * @param changedAfterPassing whether some revision was made only after the target it replaced had passed
     * @param context the latest update's text, abridged, or the current target's reason; empty if neither
     * @param contextDate the date of the update the context comes from, or of the revision; empty if unknown
     * @param currentTargetReason the reason recorded with the current target, if any and if it is a revision
     * @param revisionHistory each revision counted on the day, in the order made, told apart as approved extension,
     *     partly explained or unexplained; empty when built with the constructor that does not take it
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public record Item(String sourceTitle, String priority, String reference, String title, String recommendationId,
            Status status, Rag rag, TargetDate original, TargetDate current, int revisions, long daysPastOriginal,
            OptionalLong daysPastCurrent, boolean changedAfterPassing, Optional<String> context,
            Optional<PartialDate> contextDate, Optional<String> currentTargetReason, List<Revision> revisionHistory) {

        /**
         * An item without its revisions told apart: {@link #revisionHistory()} is empty.
         *
         * @param sourceTitle its source's title
         * @param priority its priority, one of the scheme's priorities
         * @param reference its printed reference
         * @param title the recommendation's short title; empty where the source gives none
         * @param recommendationId the recommendation's id in the register
         * @param status its status on the day
         * @param rag its colour on the day
         * @param original the original target
         * @param current the target in force on the day
         * @param revisions how many times the original had been revised by the day
         * @param daysPastOriginal days since the original deadline
         * @param daysPastCurrent days since the current deadline, if it had passed too
         * @param changedAfterPassing whether some revision was made only after the target it replaced had passed
         * @param context the latest update's text, abridged, or the current target's reason; empty if neither
         * @param contextDate the date of the update the context comes from, or of the revision; empty if unknown
         * @param currentTargetReason the reason recorded with the current target, if any and if it is a revision
         */
        public Item(String sourceTitle, String priority, String reference, String title, String recommendationId,
                Status status, Rag rag, TargetDate original, TargetDate current, int revisions, long daysPastOriginal,
                OptionalLong daysPastCurrent, boolean changedAfterPassing, Optional<String> context,
                Optional<PartialDate> contextDate, Optional<String> currentTargetReason) {
            this(sourceTitle, priority, reference, title, recommendationId, status, rag, original, current, revisions, daysPastOriginal,
                    daysPastCurrent, changedAfterPassing, context, contextDate, currentTargetReason, List.of());
        }

        /**
         * How many of the revisions were approved extensions.
         *
         * @return the count in {@link #revisionHistory()}
         */
        public int approvedExtensions() {
            return (int) revisionHistory.stream().filter(r -> r.explanation() == Explanation.APPROVED_EXTENSION).count();
        }

        /**
         * How many of the revisions were unexplained slips.
         *
         * @return the count in {@link #revisionHistory()}
         */
        public int unexplainedSlips() {
            return (int) revisionHistory.stream().filter(r -> r.explanation() == Explanation.UNEXPLAINED).count();
        }

        /**
         * Checks for nulls and copies the list.
         *
         * @param sourceTitle its source's title
         * @param priority its priority, one of the scheme's priorities
         * @param reference its printed reference
         * @param title the recommendation's short title; empty where the source gives none
         * @param recommendationId the recommendation's id in the register
         * @param status its status on the day
         * @param rag its colour on the day
         * @param original the original target
         * @param current the target in force on the day
         * @param revisions how many times the original had been revised by the day
         * @param daysPastOriginal days since the original deadline
         * @param daysPastCurrent days since the current deadline, if it had passed too
         * @param changedAfterPassing whether some revision was made only after the target it replaced had
         *     passed
         * @param context the latest update's text, abridged, or the current target's reason; empty if neither
         * @param contextDate the date of the update the context comes from, or of the revision; empty if
         *     unknown
         * @param currentTargetReason the reason recorded with the current target, if any and if it is a
         *     revision
         * @param revisionHistory each revision counted on the day, in the order made, told apart as approved
         *     extension, partly explained or unexplained; empty when built with the constructor that does not
         *     take it
         */
        public Item {
            revisionHistory = List.copyOf(revisionHistory);
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(rag, "rag");
            Objects.requireNonNull(original, "original");
            Objects.requireNonNull(current, "current");
            Objects.requireNonNull(daysPastCurrent, "daysPastCurrent");
            Objects.requireNonNull(context, "context");
            Objects.requireNonNull(contextDate, "contextDate");
            Objects.requireNonNull(currentTargetReason, "currentTargetReason");
        }
    }

    /** How a revision of the target is accounted for. */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public enum Explanation {
        /** An approved extension request, or a revision recording both why and who agreed it. */
        APPROVED_EXTENSION,
        /** A revision recording why or who agreed it, but not both, and no approved request. */
        PARTLY_EXPLAINED,
        /** A revision recording neither why nor who agreed it, and no approved request: an unexplained slip. */
        UNEXPLAINED
    }

    /**
     * One revision of the target, and how it is accounted for.
     *
     * @param replaced the target it replaced
     * @param target the new target
     * @param date when the revision was made, if recorded
     * @param explanation approved extension, partly explained or unexplained
     * @param reason why: the approved request's reason, else the revision's own, if any
     * @param agreedBy who agreed it, as recorded: the approving forum's id, else the revision's own (a person or forum id), if any
     * @param agreedByName who agreed it as a paper names them: a forum's id, or the person's name from the register
     * @param agreedOn when it was agreed: the approval's date, else the revision's date when it records who agreed it
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public record Revision(TargetDate replaced, TargetDate target, Optional<PartialDate> date, Explanation explanation,
            Optional<String> reason, Optional<String> agreedBy, Optional<String> agreedByName, Optional<PartialDate> agreedOn) {

        /**
         * Checks for nulls.
         *
         * @param replaced the target it replaced
         * @param target the new target
         * @param date when the revision was made, if recorded
         * @param explanation approved extension, partly explained or unexplained
         * @param reason why: the approved request's reason, else the revision's own, if any
         * @param agreedBy who agreed it, as recorded: the approving forum's id, else the revision's own (a
         *     person or forum id), if any
         * @param agreedByName who agreed it as a paper names them: a forum's id, or the person's name from
         *     the register
         * @param agreedOn when it was agreed: the approval's date, else the revision's date when it records
         *     who agreed it
         */
        public Revision {
            Objects.requireNonNull(replaced, "replaced");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(explanation, "explanation");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(agreedBy, "agreedBy");
            Objects.requireNonNull(agreedByName, "agreedByName");
            Objects.requireNonNull(agreedOn, "agreedOn");
        }
    }

    /**
     * Builds the list for a forum.
     *
     * @param evaluation the evaluated register
     * @param forum the forum id
     * @return the slipped items
     */
    public static Slippage of(RegisterEvaluation evaluation, String forum) {
        People people = new People(evaluation.register());
        return new Slippage(forum, evaluation.asOf(), evaluation.reportedTo(forum)
                .filter(Slippage::isOpen)
                .filter(s -> s.targets().isPastOriginal())
                .map(s -> item(s, evaluation, people))
                .toList());
    }

    private static boolean isOpen(RecommendationState state) {
        if (state.status().isOutstanding()) {
            return true;
        }
        if (!state.status().isClosurePending()) {
            return false;
        }
        Optional<PartialDate> proposed = state.statusSince();
        for (GovernanceDecision decision : state.decisions()) {
            if (decision.kind() == GovernanceDecision.Kind.PROPOSED_CLOSED) {
                proposed = Optional.of(decision.date());
            }
        }
        Optional<LocalDate> deadline = state.targets().original().flatMap(TargetDate::deadline);
        return proposed.isPresent() && deadline.isPresent() && proposed.get().first().isAfter(deadline.get());
    }

    private static Item item(RecommendationState s, RegisterEvaluation evaluation, People people) {
        TargetStatus targets = s.targets();
        Optional<ProgressUpdate> last = s.lastUpdate();
        TargetRevision latest = targets.history().get(targets.history().size() - 1);
        Optional<String> reason = targets.revisions() > 0 ? latest.reason() : Optional.empty();
        Optional<String> context;
        Optional<PartialDate> contextDate;
        if (last.isPresent()) {
            context = Optional.of(Abridgement.abridge(last.get().text(), CONTEXT_LIMIT));
            contextDate = Optional.of(last.get().date());
        } else {
            context = reason.map(r -> Abridgement.abridge(r, CONTEXT_LIMIT));
            contextDate = context.isPresent() ? latest.date() : Optional.empty();
        }
        return new Item(s.source().title(), s.recommendation().priority(), s.recommendation().reference(),
                s.recommendation().title(), s.id(), s.status(), s.rag(), targets.original().orElseThrow(),
                targets.current().orElseThrow(), targets.revisions(), targets.daysPastOriginal().getAsLong(),
                targets.daysPastCurrent(), targets.changedAfterPassing(), context, contextDate, reason,
                revisions(s, evaluation, people));
    }

    private static List<Revision> revisions(RecommendationState s, RegisterEvaluation evaluation, People people) {
        List<TargetRevision> history = s.targets().history();
        List<ExtensionRequest> approved = new ArrayList<>();
        for (ExtensionRequest request : s.recommendation().extensionRequests()) {
            if (request.isApproved() && AsOf.counts(request.requestedOn(), evaluation.asOf())
                    && AsOf.counts(request.decision().orElseThrow().date(), evaluation.asOf())) {
                approved.add(request);
            }
        }
        List<Revision> out = new ArrayList<>(Math.max(0, history.size() - 1));
        for (int i = 1; i < history.size(); i++) {
            TargetRevision revision = history.get(i);
            TargetDate replaced = history.get(i - 1).target();
            Optional<ExtensionRequest> match = approved.stream().filter(r -> r.target().isSameTargetAs(revision.target())).findFirst();
            if (match.isPresent()) {
                approved.remove(match.get());
                ExtensionRequest.Decision decision = match.get().decision().orElseThrow();
                out.add(new Revision(replaced, revision.target(), revision.date(), Explanation.APPROVED_EXTENSION,
                        match.get().reason().or(revision::reason), Optional.of(decision.forum()),
                        Optional.of(agreedByName(decision.forum(), evaluation, people)), Optional.of(decision.date())));
                continue;
            }
            boolean why = revision.reason().isPresent();
            boolean who = revision.agreedBy().isPresent();
            Explanation explanation = why && who ? Explanation.APPROVED_EXTENSION : why || who ? Explanation.PARTLY_EXPLAINED
                    : Explanation.UNEXPLAINED;
            out.add(new Revision(replaced, revision.target(), revision.date(), explanation, revision.reason(), revision.agreedBy(),
                    revision.agreedBy().map(a -> agreedByName(a, evaluation, people)), who ? revision.date() : Optional.empty()));
        }
        return out;
    }

    /** A forum by its id ("JARAP"); a person by their name in the register; anything else as recorded. */
    private static String agreedByName(String agreedBy, RegisterEvaluation evaluation, People people) {
        return evaluation.register().scheme().forum(agreedBy).isPresent() ? agreedBy : people.name(agreedBy);
    }
}
