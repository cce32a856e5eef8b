package io.github.rectrack.export.xlsx;

import static io.github.rectrack.export.xlsx.CellKind.DATE;
import static io.github.rectrack.export.xlsx.CellKind.INTEGER;
import static io.github.rectrack.export.xlsx.CellKind.LONG_TEXT;
import static io.github.rectrack.export.xlsx.CellKind.PARTIAL_DATE;
import static io.github.rectrack.export.xlsx.CellKind.RAG;
import static io.github.rectrack.export.xlsx.CellKind.TEXT;
import static io.github.rectrack.export.xlsx.CellKind.YES_NO;

import io.github.rectrack.engine.evaluation.RecommendationState;
import io.github.rectrack.model.Action;
import io.github.rectrack.model.GovernanceDecision;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.ProgressUpdate;
import io.github.rectrack.model.TargetDate;
import io.github.rectrack.model.TargetRevision;
import io.github.rectrack.model.UpdateSections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The tracker workbook's layout: the sheet names, in order, and the columns of each list sheet. Every
 * list sheet starts with {@link #RECOMMENDATION_ID}, the key that ties its rows to the Recommendations
 * sheet. This is the one description of the workbook: the exporter writes it, and the importer is to read
 * it back by the same headers.
 */
final class TrackerLayout {

    /** The summary sheet's name. */
    static final String SUMMARY = "Summary";

    /** The header of the key column every list sheet starts with. */
    static final String RECOMMENDATION_ID = "Recommendation id";
    /** The header of the printed reference column. */
    static final String REFERENCE = "Reference";
    /** The header of the priority column of the Recommendations sheet. */
    static final String PRIORITY = "Priority";
    /** The header of the status column of the Recommendations sheet. */
    static final String STATUS = "Status";
    /** The header of the RAG column of the Recommendations sheet. */
    static final String RAG_COLOUR = "RAG";
    /** The header of the current deadline column of the Recommendations sheet. */
    static final String CURRENT_DEADLINE = "Current deadline";

    private TrackerLayout() {}

    /**
     * A Recommendations row: the engine's state of one recommendation, with its current owners' names.
     *
     * @param state the state on the day
     * @param owners the names of the owners on the day, joined with "; "
     */
    record RecommendationRow(RecommendationState state, String owners) {}

    /**
     * An Updates row: one progress update that counts on the day.
     *
     * @param recommendationId the recommendation's id
     * @param reference its printed reference
     * @param number the update's place in the recommendation's list, from 1
     * @param update the update
     * @param author the author's name, if recorded
     */
    record UpdateRow(String recommendationId, String reference, int number, ProgressUpdate update, Optional<String> author) {}

    /**
     * A Target history row: one entry of a recommendation's target history counted on the day.
     *
     * @param recommendationId the recommendation's id
     * @param reference its printed reference
     * @param number the entry's place, from 1 (the original)
     * @param revision the entry
     * @param superseded whether a later entry had replaced it by the day
     */
    record TargetRow(String recommendationId, String reference, int number, TargetRevision revision, boolean superseded) {}

    /**
     * A Decisions row: one governance decision that counts on the day.
     *
     * @param recommendationId the recommendation's id
     * @param reference its printed reference
     * @param number the decision's place, from 1
     * @param decision the decision
     */
    record DecisionRow(String recommendationId, String reference, int number, GovernanceDecision decision) {}

    /**
     * An Actions row: one numbered action of a recommendation, as it stood on the day.
     *
     * @param recommendationId the recommendation's id
     * @param reference its printed reference
     * @param action the action as recorded
     * @param owners the names of its owners on the day, joined with "; "
     * @param currentTarget its target in force on the day, if any
     * @param state its state, if that state counts on the day
     * @param stateDate when it reached that state, if recorded and counting
     */
    record ActionRow(String recommendationId, String reference, Action action, String owners,
            Optional<TargetDate> currentTarget, Optional<Action.State> state, Optional<PartialDate> stateDate) {}

    /** One row per recommendation in the evaluation, in register order. */
    static final SheetLayout<RecommendationRow> RECOMMENDATIONS = new SheetLayout<>("Recommendations", List.of(
            Column.of(RECOMMENDATION_ID, 24, TEXT, r -> r.state().id()),
            Column.of("Source", 32, LONG_TEXT, r -> r.state().source().title()),
            Column.of("Source date", 12, PARTIAL_DATE, r -> r.state().source().date()),
            Column.of("Assurance", 14, TEXT, r -> r.state().source().assurance()),
            Column.of(REFERENCE, 10, TEXT, r -> r.state().recommendation().reference()),
            Column.of("Title", 32, LONG_TEXT, r -> r.state().recommendation().title()),
            Column.of("Recommendation", 60, LONG_TEXT, r -> r.state().recommendation().text()),
            Column.of(PRIORITY, 14, TEXT, r -> r.state().recommendation().priority()),
            Column.of("Owners", 24, LONG_TEXT, RecommendationRow::owners),
            Column.of("Original target", 18, LONG_TEXT, r -> r.state().targets().original().map(TargetDate::text)),
            Column.of("Current target", 18, LONG_TEXT, r -> r.state().targets().current().map(TargetDate::text)),
            Column.of(CURRENT_DEADLINE, 13, DATE, r -> r.state().targets().current().flatMap(TargetDate::deadline)),
            Column.of("Revisions", 10, INTEGER, r -> r.state().targets().revisions()),
            Column.of("Days overdue", 10, INTEGER, r -> boxed(r.state().targets().daysPastCurrent())),
            Column.of(STATUS, 18, TEXT, r -> r.state().status().label()),
            Column.of(RAG_COLOUR, 8, RAG, r -> r.state().rag()),
            Column.of("Routed to", 11, TEXT, r -> r.state().route().forum()),
            Column.of("Last update date", 12, PARTIAL_DATE, r -> r.state().lastUpdate().map(ProgressUpdate::date)),
            Column.of("Last update", 80, LONG_TEXT, r -> r.state().lastUpdate().map(ProgressUpdate::text))));

    /** One row per progress update that counts on the day, recommendation by recommendation, in date order. */
    static final SheetLayout<UpdateRow> UPDATES = new SheetLayout<>("Updates", List.of(
            Column.of(RECOMMENDATION_ID, 24, TEXT, UpdateRow::recommendationId),
            Column.of(REFERENCE, 10, TEXT, UpdateRow::reference),
            Column.of("No.", 5, INTEGER, UpdateRow::number),
            Column.of("Date", 12, PARTIAL_DATE, u -> u.update().date()),
            Column.of("Author", 20, TEXT, UpdateRow::author),
            Column.of("Update", 80, LONG_TEXT, u -> u.update().text()),
            Column.of("Achieved", 40, LONG_TEXT, u -> u.update().sections().flatMap(UpdateSections::achieved)),
            Column.of("Left to complete", 40, LONG_TEXT, u -> u.update().sections().flatMap(UpdateSections::leftToComplete)),
            Column.of("Barriers", 30, LONG_TEXT, u -> u.update().sections().flatMap(UpdateSections::barriers)),
            Column.of("Implemented", 12, YES_NO, u -> u.update().sections().map(UpdateSections::implemented)),
            Column.of("Proposed closed", 12, YES_NO, u -> u.update().sections().map(UpdateSections::proposedClosed)),
            Column.of("Degree met", 14, TEXT, u -> u.update().degreeMet().map(d -> words(d.name())))));

    /** One row per target history entry counted on the day, original first; replaced entries struck through. */
    static final SheetLayout<TargetRow> TARGET_HISTORY = new SheetLayout<>("Target history", List.of(
            Column.of(RECOMMENDATION_ID, 24, TEXT, TargetRow::recommendationId),
            Column.of(REFERENCE, 10, TEXT, TargetRow::reference),
            Column.of("No.", 5, INTEGER, TargetRow::number),
            new Column<>("Target", 30, LONG_TEXT, t -> t.revision().target().text(), TargetRow::superseded),
            new Column<>("Deadline", 13, DATE, t -> t.revision().target().deadline(), TargetRow::superseded),
            Column.of("Kind", 14, TEXT, t -> words(t.revision().target().kind().name())),
            Column.of("Set on", 12, PARTIAL_DATE, t -> t.revision().date()),
            Column.of("Reason", 40, LONG_TEXT, t -> t.revision().reason()),
            Column.of("Agreed by", 16, TEXT, t -> t.revision().agreedBy()),
            Column.of("Superseded", 11, YES_NO, TargetRow::superseded)));

    /** One row per governance decision that counts on the day, in order. */
    static final SheetLayout<DecisionRow> DECISIONS = new SheetLayout<>("Decisions", List.of(
            Column.of(RECOMMENDATION_ID, 24, TEXT, DecisionRow::recommendationId),
            Column.of(REFERENCE, 10, TEXT, DecisionRow::reference),
            Column.of("No.", 5, INTEGER, DecisionRow::number),
            Column.of("Date", 12, PARTIAL_DATE, d -> d.decision().date()),
            Column.of("Forum", 11, TEXT, d -> d.decision().forum()),
            Column.of("Decision", 26, TEXT, d -> words(d.decision().kind().name())),
            Column.of("Minute", 12, TEXT, d -> d.decision().minute()),
            Column.of("Note", 60, LONG_TEXT, d -> d.decision().note())));

    /** One row per numbered action, recommendation by recommendation, in recorded order. */
    static final SheetLayout<ActionRow> ACTIONS = new SheetLayout<>("Actions", List.of(
            Column.of(RECOMMENDATION_ID, 24, TEXT, ActionRow::recommendationId),
            Column.of(REFERENCE, 10, TEXT, ActionRow::reference),
            Column.of("Action", 8, TEXT, a -> a.action().number()),
            Column.of("Text", 60, LONG_TEXT, a -> a.action().text()),
            Column.of("Owners", 24, LONG_TEXT, ActionRow::owners),
            Column.of("Current target", 18, LONG_TEXT, a -> a.currentTarget().map(TargetDate::text)),
            Column.of("Deadline", 13, DATE, a -> a.currentTarget().flatMap(TargetDate::deadline)),
            Column.of("State", 18, TEXT, a -> a.state().map(s -> words(s.name()))),
            Column.of("State since", 12, PARTIAL_DATE, ActionRow::stateDate)));

    /** The list sheets, in workbook order after {@link #SUMMARY}. */
    static final List<SheetLayout<?>> LIST_SHEETS = List.of(RECOMMENDATIONS, UPDATES, TARGET_HISTORY, DECISIONS, ACTIONS);

    /**
     * An enum constant's name as papers write it, the way {@link io.github.rectrack.engine.status.Status#label()}
     * does: {@code FURTHER_EVIDENCE_REQUESTED} becomes "Further evidence requested".
     *
     * @param name the constant's name
     * @return the words
     */
    static String words(String name) {
        String words = name.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static Optional<Long> boxed(OptionalLong value) {
        return value.isPresent() ? Optional.of(value.getAsLong()) : Optional.empty();
    }
}
