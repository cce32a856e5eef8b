package io.github.rectrack.engine.view;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.engine.evaluation.RecommendationState;
import io.github.rectrack.engine.evaluation.RegisterEvaluation;
import io.github.rectrack.engine.spi.rag.Rag;
import io.github.rectrack.engine.status.Status;
import io.github.rectrack.engine.status.TargetStatus;
import io.github.rectrack.model.GovernanceDecision;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.ProgressUpdate;
import io.github.rectrack.model.TargetDate;
import io.github.rectrack.model.TargetRevision;
import java.time.LocalDate;
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
 * <p>The context is the text of the latest progress update counted on the day, with white space folded
 * and abridged to at most {@value #CONTEXT_LIMIT} characters at a word boundary (an ellipsis marks the
 * cut); if there is no update, the reason given for the current target, if any.
 *
 * @param forum the forum
 * @param asOf the day
 * @param items the slipped items, in register order
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Slippage(String forum, LocalDate asOf, List<Item> items) {

    /** The most characters of context kept before the ellipsis. */
    public static final int CONTEXT_LIMIT = 300;

    /** Checks for nulls and copies the list. */
    public Slippage {
        Objects.requireNonNull(forum, "forum");
        Objects.requireNonNull(asOf, "asOf");
        items = List.copyOf(items);
    }

    /**
     * One slipped recommendation.
     *
     * @param sourceTitle its source's title
     * @param priority its priority
     * @param reference its printed reference
     * @param title its title
     * @param recommendationId its id
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
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public record Item(String sourceTitle, String priority, String reference, String title, String recommendationId,
            Status status, Rag rag, TargetDate original, TargetDate current, int revisions, long daysPastOriginal,
            OptionalLong daysPastCurrent, boolean changedAfterPassing, Optional<String> context,
            Optional<PartialDate> contextDate, Optional<String> currentTargetReason) {

        /** Checks for nulls. */
        public Item {
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

    /**
     * Builds the list for a forum.
     *
     * @param evaluation the evaluated register
     * @param forum the forum id
     * @return the slipped items
     */
    public static Slippage of(RegisterEvaluation evaluation, String forum) {
        return new Slippage(forum, evaluation.asOf(), evaluation.reportedTo(forum)
                .filter(Slippage::isOpen)
                .filter(s -> s.targets().isPastOriginal())
                .map(Slippage::item)
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

    private static Item item(RecommendationState s) {
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
                targets.daysPastCurrent(), targets.changedAfterPassing(), context, contextDate, reason);
    }
}
