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
import io.github.rectrack.model.Evidence;
import io.github.rectrack.model.ExtensionRequest;
import io.github.rectrack.model.GovernanceDecision;
import io.github.rectrack.model.Link;
import io.github.rectrack.model.ManagementResponse;
import io.github.rectrack.model.Ownership;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.Person;
import io.github.rectrack.model.ProgressUpdate;
import io.github.rectrack.model.Recommendation;
import io.github.rectrack.model.ReportDue;
import io.github.rectrack.model.Source;
import io.github.rectrack.model.TargetDate;
import io.github.rectrack.model.TargetRevision;
import io.github.rectrack.model.UpdateRequest;
import io.github.rectrack.model.UpdateSections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The tracker workbook's layout: the sheet names, in order, and the columns of each list sheet. The list
 * sheets of a recommendation's parts start with {@link #RECOMMENDATION_ID}, the key that ties their rows to
 * the Recommendations sheet; Sources and People are keyed by their own ids. This is the one description of
 * the workbook: the exporter writes it, and the importer reads it back by the same headers, reading the
 * stored columns and ignoring the derived ones.
 *
 * <p>What the layout gained after the first release is marked {@link Column#addedLater()} and {@link
 * SheetLayout#addedLater()}: the Recommendations columns "Stated status", "Stated RAG" and "Notes", the Updates
 * column "% complete", the People column "Other spellings" (a person's aliases, one a line), the Sources column
 * "Printed counts" (the count lines the source prints, one priority a line), the sheet "Extension requests",
 * the Recommendations columns "Item kind", "Parent" and "Addressee" and the Sources columns "Next report to",
 * "Next report due" and "Next report note". A workbook exported before them lacks them and is
 * read as if they were blank; every other stored column and sheet stays required.
 */
final class TrackerLayout {

    /** The summary sheet's name. */
    static final String SUMMARY = "Summary";

    /** The header of the key column every list sheet starts with. */
    static final String RECOMMENDATION_ID = "Recommendation id";
    /** The header of the printed reference column. */
    static final String REFERENCE = "Reference";
    /** The header of the derived column holding the readable reference, frozen beside the hidden id. */
    static final String READABLE_REFERENCE = "Source, reference and title";
    /** The header of the priority column of the Recommendations sheet. */
    static final String PRIORITY = "Priority";
    /** The header of the status column of the Recommendations sheet. */
    static final String STATUS = "Status";
    /** The header of the RAG column of the Recommendations sheet. */
    static final String RAG_COLOUR = "RAG";
    /** The header of the derived column naming the forum a recommendation is routed to on the day. */
    static final String ROUTED_TO = "Routed to";
    /** The header of the Recommendations column naming the body an item is addressed to; blank for the organisation's own. */
    static final String ADDRESSEE = "Addressee";
    /** The header of the current deadline column of the Recommendations sheet. */
    static final String CURRENT_DEADLINE = "Current deadline";

    /** The Response cell of a management response that does not say whether it was accepted. */
    static final String ACCEPTANCE_NOT_STATED = "Not stated";

    private TrackerLayout() {}

    /**
     * A Recommendations row: one recommendation of the register, with its state on the day if it counts.
     *
     * @param source its source
     * @param recommendation the recommendation as recorded
     * @param state its state on the day, if its source had been issued by then
     * @param owners the names of the owners on the day, joined with "; "
     */
    record RecommendationRow(Source source, Recommendation recommendation, Optional<RecommendationState> state, String owners) {
        Optional<String> status() {
            return state.map(s -> s.status().label());
        }
    }

    /**
     * An Updates row: one recorded progress update.
     *
     * @param recommendation its recommendation
     * @param number the update's place in the recommendation's list, from 1
     * @param update the update
     * @param author the author's name, if recorded
     * @param counts whether it counts on the day
     */
    record UpdateRow(Recommendation recommendation, int number, ProgressUpdate update, Optional<String> author, boolean counts) {}

    /**
     * A Target history row: one entry of the target history of a recommendation or of one of its actions.
     *
     * @param recommendation its recommendation
     * @param action the action whose target it is, or empty for the recommendation's own
     * @param number the entry's place, from 1 (the original)
     * @param revision the entry
     * @param superseded whether a later entry counting on the day had replaced it by the day
     * @param counts whether it counts on the day
     */
    record TargetRow(Recommendation recommendation, Optional<String> action, int number, TargetRevision revision, boolean superseded,
            boolean counts) {}

    /**
     * An Extension requests row: one recorded request for a later target.
     *
     * @param recommendation its recommendation
     * @param number the request's place, from 1
     * @param request the request
     * @param requester the requester's name, if recorded and the register names them
     */
    record ExtensionRow(Recommendation recommendation, int number, ExtensionRequest request, Optional<String> requester) {}

    /**
     * A Decisions row: one recorded governance decision.
     *
     * @param recommendation its recommendation
     * @param number the decision's place, from 1
     * @param decision the decision
     * @param counts whether it counts on the day
     */
    record DecisionRow(Recommendation recommendation, int number, GovernanceDecision decision, boolean counts) {}

    /**
     * An Actions row: one numbered action of a recommendation, as recorded and as it stood on the day.
     *
     * @param recommendation its recommendation
     * @param action the action as recorded
     * @param owners the names of its owners on the day, joined with "; "
     * @param currentTarget its target in force on the day, if any
     * @param state its state, if that state counts on the day
     * @param stateDate when it reached that state, if recorded and counting
     */
    record ActionRow(Recommendation recommendation, Action action, String owners, Optional<TargetDate> currentTarget,
            Optional<Action.State> state, Optional<PartialDate> stateDate) {}

    /**
     * An Owners row: one owner of a recommendation or of one of its actions.
     *
     * @param recommendation its recommendation
     * @param action the action owned, or empty for the recommendation itself
     * @param ownership the ownership
     * @param name the person's name, if the register names them
     * @param inCharge whether they are in charge on the day
     */
    record OwnerRow(Recommendation recommendation, Optional<String> action, Ownership ownership, Optional<String> name,
            boolean inCharge) {}

    /**
     * A Links row.
     *
     * @param recommendation its recommendation
     * @param link the link
     */
    record LinkRow(Recommendation recommendation, Link link) {}

    /**
     * An Evidence row.
     *
     * @param recommendation its recommendation
     * @param evidence the evidence
     * @param counts whether it counts on the day
     */
    record EvidenceRow(Recommendation recommendation, Evidence evidence, boolean counts) {}

    /**
     * An Update requests row.
     *
     * @param recommendation its recommendation
     * @param request the request
     */
    record RequestRow(Recommendation recommendation, UpdateRequest request) {}

    /** The header of the derived column that says whether a row's entry counts on the report's day. */
    static final String COUNTS = "Counts on the day";
    /** The header of the hidden column holding each data row's fingerprint. */
    static final String FINGERPRINT = "Row fingerprint";
    /** What ends the header of a hidden column holding the precision of a column of dates. */
    static final String PRECISION_SUFFIX = " (precision)";

    /**
     * The header of the hidden column that holds how precisely each date of a column is known, so that a
     * month written as the real date 1 Oct 2020 reads back as the month 2020-10.
     *
     * @param dateHeader the date column's header
     * @return the precision column's header, such as "Date (precision)"
     */
    static String precisionHeader(String dateHeader) {
        return dateHeader + PRECISION_SUFFIX;
    }

    /**
     * The word a precision column holds: "Day", "Month" or "Year".
     *
     * @param precision the precision
     * @return the word
     */
    static String precisionWord(PartialDate.Precision precision) {
        return words(precision.name());
    }

    /**
     * A recommendation's readable reference, as a person finds it in the source: the source's title, then the
     * recommendation's number and title as the register gives them, such as "Seized &amp; Found Property 4.1 –
     * Missing Firearm"; parts the register leaves blank are left out.
     *
     * @param source the source it comes from
     * @param recommendation the recommendation
     * @return the reference, never cut
     */
    static String readableReference(Source source, Recommendation recommendation) {
        StringBuilder text = new StringBuilder(source.title().strip());
        if (!recommendation.reference().isBlank()) {
            text.append(text.length() == 0 ? "" : " ").append(recommendation.reference().strip());
        }
        if (!recommendation.title().isBlank()) {
            text.append(text.length() == 0 ? "" : " \u2013 ").append(recommendation.title().strip());
        }
        return text.length() == 0 ? recommendation.id() : text.toString();
    }

    /** The header of the hidden column holding the status as the exporter wrote it. */
    static final String STATUS_AS_WRITTEN = "Status as written";
    /** The header of the source key column. */
    static final String SOURCE_ID = "Source id";
    /** The header of the person key column. */
    static final String PERSON_ID = "Person id";
    /** The header of the decision column of the Extension requests sheet: Approved, Refused, or blank while pending. */
    static final String EXTENSION_DECISION = "Decision";
    /** The header of the percent complete column of the Updates sheet. */
    static final String PERCENT_COMPLETE = "% complete";
    /** The header of the Recommendations column giving the kind of item (blank is a recommendation). */
    static final String ITEM_KIND = "Item kind";
    /** The header of the column naming an action by its number. */
    static final String ACTION = "Action";

    /** One row per recommendation of the register, all sources and forums, in register order. */
    static final SheetLayout<RecommendationRow> RECOMMENDATIONS = new SheetLayout<>("Recommendations", List.of(
            Column.<RecommendationRow>of(RECOMMENDATION_ID, 24, TEXT, r -> r.recommendation().id()).hide(),
            Column.derived(READABLE_REFERENCE, 30, CellKind.REFERENCE, r -> r.recommendation().id()),
            Column.derived("Source", 32, LONG_TEXT, r -> r.source().title()),
            Column.derived("Source date", 12, PARTIAL_DATE, r -> r.source().date()),
            Column.derived("Assurance", 14, TEXT, r -> r.source().assurance()),
            Column.of(REFERENCE, 10, TEXT, r -> r.recommendation().reference()),
            Column.of("Title", 32, LONG_TEXT, r -> r.recommendation().title()),
            Column.of("Recommendation", 60, LONG_TEXT, r -> r.recommendation().text()),
            Column.of(PRIORITY, 14, TEXT, r -> r.recommendation().priority()),
            Column.derived("Owners", 24, LONG_TEXT, RecommendationRow::owners),
            Column.derived("Original target", 18, LONG_TEXT, r -> r.state().flatMap(s -> s.targets().original()).map(TargetDate::text)),
            Column.derived("Current target", 18, LONG_TEXT, r -> r.state().flatMap(s -> s.targets().current()).map(TargetDate::text)),
            Column.derived(CURRENT_DEADLINE, 13, DATE, r -> r.state().flatMap(s -> s.targets().current()).flatMap(TargetDate::deadline)),
            Column.derived("Revisions", 10, INTEGER, r -> r.state().map(s -> s.targets().revisions())),
            Column.derived("Days overdue", 10, INTEGER, r -> r.state().flatMap(s -> boxed(s.targets().daysPastCurrent()))),
            Column.derived(STATUS, 18, TEXT, RecommendationRow::status),
            Column.derived(RAG_COLOUR, 8, RAG, r -> r.state().map(RecommendationState::rag)),
            Column.<RecommendationRow>of("Stated status", 18, TEXT, r -> r.recommendation().statedStatus()).addedLater(),
            Column.<RecommendationRow>of("Stated RAG", 10, TEXT, r -> r.recommendation().statedRag()).addedLater(),
            Column.derived(ROUTED_TO, 11, TEXT, r -> r.state().map(s -> s.route().forum())),
            Column.derived("Last update date", 12, PARTIAL_DATE, r -> r.state().flatMap(RecommendationState::lastUpdate).map(ProgressUpdate::date)),
            Column.derived("Last update", 80, LONG_TEXT, r -> r.state().flatMap(RecommendationState::lastUpdate).map(ProgressUpdate::text)),
            Column.<RecommendationRow>of("Notes", 40, LONG_TEXT, r -> r.recommendation().notes()).addedLater(),
            Column.of(SOURCE_ID, 24, TEXT, r -> r.source().id()),
            Column.of("Tags", 20, LONG_TEXT, r -> Lines.join(r.recommendation().tags())),
            Column.of("Reported to", 11, TEXT, r -> r.recommendation().reportedTo()),
            Column.of("Response", 16, TEXT, r -> r.recommendation().response()
                    .map(m -> m.acceptance().map(a -> words(a.name())).orElse(ACCEPTANCE_NOT_STATED))),
            Column.of("Response date", 12, PARTIAL_DATE, r -> r.recommendation().response().flatMap(ManagementResponse::date)),
            Column.of("Response text", 60, LONG_TEXT, r -> r.recommendation().response().map(ManagementResponse::text)),
            Column.of("Response marking", 16, TEXT, r -> r.recommendation().response().flatMap(ManagementResponse::marking)),
            Column.of("Marking", 16, TEXT, r -> r.recommendation().marking()),
            Column.<RecommendationRow>of(ITEM_KIND, 20, TEXT, r -> words(r.recommendation().kind().name())).addedLater(),
            Column.<RecommendationRow>of("Parent", 24, TEXT, r -> r.recommendation().parent()).addedLater(),
            Column.<RecommendationRow>of(ADDRESSEE, 24, TEXT, r -> r.recommendation().addressee()).addedLater(),
            Column.derived(COUNTS, 10, YES_NO, r -> r.state().isPresent()),
            Column.derived(STATUS_AS_WRITTEN, 18, TEXT, RecommendationRow::status).hide()));

    /** One row per recorded progress update, recommendation by recommendation, in recorded order. */
    static final SheetLayout<UpdateRow> UPDATES = new SheetLayout<>("Updates", List.of(
            Column.<UpdateRow>of(RECOMMENDATION_ID, 24, TEXT, u -> u.recommendation().id()).hide(),
            Column.derived(READABLE_REFERENCE, 30, CellKind.REFERENCE, u -> u.recommendation().id()),
            Column.derived("No.", 5, INTEGER, UpdateRow::number),
            Column.of("Date", 12, PARTIAL_DATE, u -> u.update().date()),
            Column.derived("Author", 20, TEXT, UpdateRow::author),
            Column.of("Update", 80, LONG_TEXT, u -> u.update().text()),
            Column.of("Achieved", 40, LONG_TEXT, u -> u.update().sections().flatMap(UpdateSections::achieved)),
            Column.of("Left to complete", 40, LONG_TEXT, u -> u.update().sections().flatMap(UpdateSections::leftToComplete)),
            Column.of("Barriers", 30, LONG_TEXT, u -> u.update().sections().flatMap(UpdateSections::barriers)),
            Column.of("Implemented", 12, YES_NO, u -> u.update().sections().map(UpdateSections::implemented)),
            Column.of("Proposed closed", 12, YES_NO, u -> u.update().sections().map(UpdateSections::proposedClosed)),
            Column.of("Degree met", 14, TEXT, u -> u.update().degreeMet().map(d -> words(d.name()))),
            Column.<UpdateRow>of(PERCENT_COMPLETE, 10, INTEGER, u -> u.update().percentComplete()).addedLater(),
            Column.of("Author id", 16, TEXT, u -> u.update().author()),
            Column.of("Marking", 16, TEXT, u -> u.update().marking()),
            Column.derived(COUNTS, 10, YES_NO, UpdateRow::counts)));

    /**
     * One row per target history entry, original first: each recommendation's own, then its actions'.
     * Entries replaced by the day are struck through.
     */
    static final SheetLayout<TargetRow> TARGET_HISTORY = new SheetLayout<>("Target history", List.of(
            Column.<TargetRow>of(RECOMMENDATION_ID, 24, TEXT, t -> t.recommendation().id()).hide(),
            Column.derived(READABLE_REFERENCE, 30, CellKind.REFERENCE, t -> t.recommendation().id()),
            Column.derived("No.", 5, INTEGER, TargetRow::number),
            Column.<TargetRow>of("Target", 30, LONG_TEXT, t -> t.revision().target().text()).struckWhen(TargetRow::superseded),
            Column.<TargetRow>of("Deadline", 13, DATE, t -> t.revision().target().deadline()).struckWhen(TargetRow::superseded),
            Column.of("Kind", 14, TEXT, t -> words(t.revision().target().kind().name())),
            Column.of("Set on", 12, PARTIAL_DATE, t -> t.revision().date()),
            Column.of("Reason", 40, LONG_TEXT, t -> t.revision().reason()),
            Column.of("Agreed by", 16, TEXT, t -> t.revision().agreedBy()),
            Column.derived("Superseded", 11, YES_NO, TargetRow::superseded),
            Column.of(ACTION, 8, TEXT, TargetRow::action),
            Column.of("Period from", 13, DATE, t -> t.revision().target().from()),
            Column.derived(COUNTS, 10, YES_NO, TargetRow::counts)));

    /** One row per recorded governance decision, in order. */
    static final SheetLayout<DecisionRow> DECISIONS = new SheetLayout<>("Decisions", List.of(
            Column.<DecisionRow>of(RECOMMENDATION_ID, 24, TEXT, d -> d.recommendation().id()).hide(),
            Column.derived(READABLE_REFERENCE, 30, CellKind.REFERENCE, d -> d.recommendation().id()),
            Column.derived("No.", 5, INTEGER, DecisionRow::number),
            Column.of("Date", 12, PARTIAL_DATE, d -> d.decision().date()),
            Column.of("Forum", 11, TEXT, d -> d.decision().forum()),
            Column.of("Decision", 26, TEXT, d -> words(d.decision().kind().name())),
            Column.of("Minute", 12, TEXT, d -> d.decision().minute()),
            Column.of("Note", 60, LONG_TEXT, d -> d.decision().note()),
            Column.of("Marking", 16, TEXT, d -> d.decision().marking()),
            Column.derived(COUNTS, 10, YES_NO, DecisionRow::counts)));

    /** One row per numbered action, recommendation by recommendation, in recorded order. */
    static final SheetLayout<ActionRow> ACTIONS = new SheetLayout<>("Actions", List.of(
            Column.<ActionRow>of(RECOMMENDATION_ID, 24, TEXT, a -> a.recommendation().id()).hide(),
            Column.derived(READABLE_REFERENCE, 30, CellKind.REFERENCE, a -> a.recommendation().id()),
            Column.of(ACTION, 8, TEXT, a -> a.action().number()),
            Column.of("Text", 60, LONG_TEXT, a -> a.action().text()),
            Column.derived("Owners", 24, LONG_TEXT, ActionRow::owners),
            Column.derived("Current target", 18, LONG_TEXT, a -> a.currentTarget().map(TargetDate::text)),
            Column.derived("Deadline", 13, DATE, a -> a.currentTarget().flatMap(TargetDate::deadline)),
            Column.derived("State", 18, TEXT, a -> a.state().map(s -> words(s.name()))),
            Column.derived("State since", 12, PARTIAL_DATE, ActionRow::stateDate),
            Column.of("Recorded state", 18, TEXT, a -> words(a.action().state().name())),
            Column.of("Recorded state since", 12, PARTIAL_DATE, a -> a.action().stateDate()),
            Column.of("Marking", 16, TEXT, a -> a.action().marking())));

    /** The Sources column holding the count lines the source prints, one priority a line ("Housekeeping: 2"). */
    static final String PRINTED_COUNTS = "Printed counts";

    /** One row per source, in register order; a source with no recommendations is listed too. */
    static final SheetLayout<Source> SOURCES = new SheetLayout<>("Sources", List.of(
            Column.of(SOURCE_ID, 24, TEXT, Source::id),
            Column.of("Kind", 20, TEXT, s -> words(s.kind().name())),
            Column.of("Title", 40, LONG_TEXT, Source::title),
            Column.of("Issued by", 20, TEXT, Source::issuedBy),
            Column.of("Date", 12, PARTIAL_DATE, Source::date),
            Column.of("Assurance", 14, TEXT, Source::assurance),
            Column.of("Follow-up of", 24, TEXT, Source::followUpOf),
            Column.of("Marking", 16, TEXT, Source::marking),
            Column.derived("Recommendations", 10, INTEGER, s -> s.recommendations().size()),
            Column.<Source>of("Next report to", 14, TEXT, s -> s.nextReportDue().map(ReportDue::forum)).addedLater(),
            Column.<Source>of("Next report due", 12, PARTIAL_DATE, s -> s.nextReportDue().map(ReportDue::due)).addedLater(),
            Column.<Source>of("Next report note", 40, LONG_TEXT, s -> s.nextReportDue().flatMap(ReportDue::note)).addedLater(),
            Column.<Source>of(PRINTED_COUNTS, 22, LONG_TEXT, s -> printedCounts(s.printedCounts())).addedLater()));

    /** The count lines as the Sources sheet writes them: "Fundamental: 1", one a line. */
    static String printedCounts(Map<String, Integer> counts) {
        return Lines.join(counts.entrySet().stream().map(c -> c.getKey() + ": " + c.getValue()).toList());
    }

    /**
     * The count lines of a Sources cell written by {@link #printedCounts(Map)}.
     *
     * @param text the cell's text, or null for a blank cell
     * @return the counts, in the cell's order; empty for a blank cell
     * @throws IllegalArgumentException if a line is not "priority: count" with a whole number 0 or more
     */
    static Map<String, Integer> printedCounts(String text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String line : Lines.split(text)) {
            int colon = line.lastIndexOf(':');
            String priority = colon < 0 ? "" : line.substring(0, colon).strip();
            String number = colon < 0 ? "" : line.substring(colon + 1).strip();
            if (priority.isEmpty() || !number.matches("\\d{1,9}")) {
                throw new IllegalArgumentException("'" + line + "' is not a count line: write one priority a line, "
                        + "as 'Housekeeping: 2' (a whole number, 0 or more)");
            }
            if (counts.put(priority, Integer.parseInt(number)) != null) {
                throw new IllegalArgumentException("'" + priority + "' is counted twice; give each priority one line");
            }
        }
        return counts;
    }

    /** One row per person, in register order. */
    static final SheetLayout<Person> PEOPLE = new SheetLayout<>("People", List.of(
            Column.of(PERSON_ID, 20, TEXT, Person::id),
            Column.of("Name", 30, TEXT, Person::name),
            Column.of("Initials", 10, TEXT, Person::initials),
            Column.of("Role", 40, LONG_TEXT, Person::role),
            Column.<Person>of("Other spellings", 30, LONG_TEXT, p -> Lines.join(p.aliases())).addedLater()));

    /** One row per owner of a recommendation (blank action) or of one of its actions, in recorded order. */
    static final SheetLayout<OwnerRow> OWNERS = new SheetLayout<>("Owners", List.of(
            Column.<OwnerRow>of(RECOMMENDATION_ID, 24, TEXT, o -> o.recommendation().id()).hide(),
            Column.derived(READABLE_REFERENCE, 30, CellKind.REFERENCE, o -> o.recommendation().id()),
            Column.of(ACTION, 8, TEXT, OwnerRow::action),
            Column.of(PERSON_ID, 20, TEXT, o -> o.ownership().person()),
            Column.derived("Name", 30, TEXT, OwnerRow::name),
            Column.of("Strand", 30, LONG_TEXT, o -> o.ownership().strand()),
            Column.of("From", 12, PARTIAL_DATE, o -> o.ownership().from()),
            Column.of("Until", 12, PARTIAL_DATE, o -> o.ownership().until()),
            Column.derived("In charge on the day", 12, YES_NO, OwnerRow::inCharge)));

    /** One row per link, in recorded order. */
    static final SheetLayout<LinkRow> LINKS = new SheetLayout<>("Links", List.of(
            Column.<LinkRow>of(RECOMMENDATION_ID, 24, TEXT, l -> l.recommendation().id()).hide(),
            Column.derived(READABLE_REFERENCE, 30, CellKind.REFERENCE, l -> l.recommendation().id()),
            Column.of("Link", 20, TEXT, l -> words(l.link().kind().name())),
            Column.of("Target", 30, TEXT, l -> l.link().target()),
            Column.of("Note", 60, LONG_TEXT, l -> l.link().note())));

    /** One row per piece of evidence, in recorded order. */
    static final SheetLayout<EvidenceRow> EVIDENCE = new SheetLayout<>("Evidence", List.of(
            Column.<EvidenceRow>of(RECOMMENDATION_ID, 24, TEXT, e -> e.recommendation().id()).hide(),
            Column.derived(READABLE_REFERENCE, 30, CellKind.REFERENCE, e -> e.recommendation().id()),
            Column.of("Description", 60, LONG_TEXT, e -> e.evidence().description()),
            Column.of("Date", 12, PARTIAL_DATE, e -> e.evidence().date()),
            Column.of("Document", 30, TEXT, e -> e.evidence().document()),
            Column.of("Figures", 40, LONG_TEXT, e -> Lines.join(e.evidence().figures())),
            Column.of("Marking", 16, TEXT, e -> e.evidence().marking()),
            Column.derived(COUNTS, 10, YES_NO, EvidenceRow::counts)));

    /** One row per request for an update, in recorded order. */
    static final SheetLayout<RequestRow> UPDATE_REQUESTS = new SheetLayout<>("Update requests", List.of(
            Column.<RequestRow>of(RECOMMENDATION_ID, 24, TEXT, q -> q.recommendation().id()).hide(),
            Column.derived(READABLE_REFERENCE, 30, CellKind.REFERENCE, q -> q.recommendation().id()),
            Column.of("Requested on", 13, DATE, q -> q.request().requestedOn()),
            Column.of("Requested of", 20, TEXT, q -> q.request().requestedOf()),
            Column.of("Respond by", 13, DATE, q -> q.request().respondBy()),
            Column.of("Answered on", 13, DATE, q -> q.request().answeredOn())));

    /**
     * One row per request for a later target, recommendation by recommendation, in recorded order: the
     * target asked for (its text, deadline, kind and period start, as on Target history), and the forum's
     * decision (Approved or Refused, by which forum, when), blank while pending.
     */
    static final SheetLayout<ExtensionRow> EXTENSION_REQUESTS = new SheetLayout<>("Extension requests", List.of(
            Column.<ExtensionRow>of(RECOMMENDATION_ID, 24, TEXT, e -> e.recommendation().id()).hide(),
            Column.derived(READABLE_REFERENCE, 30, CellKind.REFERENCE, e -> e.recommendation().id()),
            Column.derived("No.", 5, INTEGER, ExtensionRow::number),
            Column.of("Requested on", 12, PARTIAL_DATE, e -> e.request().requestedOn()),
            Column.of("Requested by", 16, TEXT, e -> e.request().requestedBy()),
            Column.derived("Requester", 20, TEXT, ExtensionRow::requester),
            Column.of("Target asked", 30, LONG_TEXT, e -> e.request().target().text()),
            Column.of("Deadline", 13, DATE, e -> e.request().target().deadline()),
            Column.of("Kind", 14, TEXT, e -> words(e.request().target().kind().name())),
            Column.of("Period from", 13, DATE, e -> e.request().target().from()),
            Column.of("Reason", 40, LONG_TEXT, e -> e.request().reason()),
            Column.of(EXTENSION_DECISION, 12, TEXT, e -> e.request().decision().map(d -> words(d.outcome().name()))),
            Column.of("Forum", 11, TEXT, e -> e.request().decision().map(ExtensionRequest.Decision::forum)),
            Column.of("Decided on", 12, PARTIAL_DATE, e -> e.request().decision().map(ExtensionRequest.Decision::date)),
            Column.of("Note", 60, LONG_TEXT, e -> e.request().decision().flatMap(ExtensionRequest.Decision::note)),
            Column.of("Marking", 16, TEXT, e -> e.request().marking()))).addedLater();

    /** The list sheets, in workbook order after {@link #SUMMARY}. */
    static final List<SheetLayout<?>> LIST_SHEETS = List.of(RECOMMENDATIONS, UPDATES, TARGET_HISTORY, DECISIONS, ACTIONS, SOURCES,
            PEOPLE, OWNERS, LINKS, EVIDENCE, UPDATE_REQUESTS, EXTENSION_REQUESTS);

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
