package io.github.rectrack.export.xlsx;

import io.github.rectrack.engine.json.RegisterJson;
import io.github.rectrack.engine.spi.Finding;
import io.github.rectrack.engine.spi.FindingList;
import io.github.rectrack.engine.spi.ImportResult;
import io.github.rectrack.engine.status.Status;
import io.github.rectrack.export.xlsx.SheetRows.Change;
import io.github.rectrack.export.xlsx.SheetRows.Values;
import io.github.rectrack.model.Action;
import io.github.rectrack.model.DegreeMet;
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
import io.github.rectrack.model.Register;
import io.github.rectrack.model.ReportDue;
import io.github.rectrack.model.Scheme;
import io.github.rectrack.model.Source;
import io.github.rectrack.model.TargetDate;
import io.github.rectrack.model.TargetRevision;
import io.github.rectrack.model.UpdateRequest;
import io.github.rectrack.model.UpdateSections;
import io.github.rectrack.sheets.xlsx.RowSource;
import io.github.rectrack.sheets.xlsx.XlsxCell;
import io.github.rectrack.sheets.xlsx.XlsxRow;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * One import of a tracker workbook: the state of a single {@link XlsxImporter#read} call. Reads the hidden
 * Register sheet (header and scheme), then Sources, People, Recommendations and Actions, then the sheets of
 * each recommendation's parts, and builds the register in the order the rows stand.
 */
final class WorkbookImport {

    /**
     * The most findings listed for one workbook: a sheet of a million bad rows must not hold a million
     * messages in memory. What is found beyond is counted and reported in one finding.
     */
    static final int MAX_FINDINGS = FindingList.DEFAULT_MAX;

    private final String name;
    private final int maxRows;
    private final int maxText;
    private final FindingList findings;
    private final SharedValues shared = new SharedValues();

    private String registerId;
    private String organisation;
    private LocalDate asOf;
    private Optional<LocalDate> registerAsOf = Optional.empty();
    private String forum;
    private Scheme scheme;
    private final Map<String, Integer> written = new HashMap<>();
    private final Map<String, Draft> sources = new LinkedHashMap<>();
    private final List<Person> people = new ArrayList<>();
    private final Map<String, RecommendationDraft> recommendations = new LinkedHashMap<>();
    private final Map<Change, Integer> changes = new EnumMap<>(Change.class);

    /** A source as read, with its recommendations in row order. */
    private record Draft(Source source, List<RecommendationDraft> recommendations) {}

    /** A recommendation as read, with the lists the other sheets fill. */
    private static final class RecommendationDraft {
        final Recommendation.Builder builder;
        final List<Ownership> owners = new ArrayList<>();
        final List<TargetRevision> targets = new ArrayList<>();
        final List<ProgressUpdate> updates = new ArrayList<>();
        final List<UpdateRequest> requests = new ArrayList<>();
        final List<ExtensionRequest> extensions = new ArrayList<>();
        final List<ActionDraft> actions = new ArrayList<>();
        final List<Link> links = new ArrayList<>();
        final List<GovernanceDecision> decisions = new ArrayList<>();
        final List<GovernanceDecision> statusChanges = new ArrayList<>();
        final List<Evidence> evidence = new ArrayList<>();

        RecommendationDraft(Recommendation.Builder builder) {
            this.builder = builder;
        }

        Optional<ActionDraft> action(String number) {
            return actions.stream().filter(a -> a.number.equals(number)).findFirst();
        }
    }

    /** An action as read, with the owners and targets the other sheets fill. */
    private static final class ActionDraft {
        final String number;
        final String text;
        final Action.State state;
        final Optional<PartialDate> stateDate;
        final Optional<String> marking;
        final List<Ownership> owners = new ArrayList<>();
        final List<TargetRevision> targets = new ArrayList<>();

        ActionDraft(String number, String text, Action.State state, Optional<PartialDate> stateDate, Optional<String> marking) {
            this.number = number;
            this.text = text;
            this.state = state;
            this.stateDate = stateDate;
            this.marking = marking;
        }

        Action build() {
            return new Action(number, text, owners, targets, state, stateDate, marking);
        }
    }

    /**
     * An import.
     *
     * @param name the input's name
     * @param maxRows the most data rows read per sheet
     * @param maxText the longest text a cell may hold
     */
    WorkbookImport(String name, int maxRows, int maxText) {
        this.name = name;
        this.maxRows = maxRows;
        this.maxText = maxText;
        this.findings = new FindingList(name, MAX_FINDINGS);
    }

    /**
     * Reads a POI workbook already open.
     *
     * @param workbook the workbook
     * @return the register and the findings
     * @throws IOException if a sheet cannot be read
     */
    ImportResult read(Workbook workbook) throws IOException {
        return read(RowSource.of(workbook));
    }

    /**
     * Reads the workbook.
     *
     * @param workbook the workbook, read a sheet at a time
     * @return the register and the findings
     * @throws IOException if a sheet's XML cannot be read
     */
    ImportResult read(RowSource workbook) throws IOException {
        String header = sheetName(workbook, RegisterSheet.NAME);
        if (header == null) {
            return ImportResult.failed(Finding.error(name, "the workbook has no sheet '" + RegisterSheet.NAME + "' (a hidden sheet the "
                    + "tracker workbook carries with the register's header and scheme): it is not a tracker workbook written by the 'xlsx' "
                    + "exporter, or the sheet was deleted"));
        }
        if (!readHeader(workbook, header)) {
            return ImportResult.failed(findings.listed());
        }
        sheet(workbook, TrackerLayout.SOURCES, this::source);
        sheet(workbook, TrackerLayout.PEOPLE, this::person);
        SheetRows recs = sheet(workbook, TrackerLayout.RECOMMENDATIONS, null);
        if (recs == null) {
            return ImportResult.failed(findings.listed());
        }
        sheet(workbook, TrackerLayout.ACTIONS, this::action);
        sheet(workbook, TrackerLayout.UPDATES, this::update);
        sheet(workbook, TrackerLayout.TARGET_HISTORY, this::target);
        sheet(workbook, TrackerLayout.DECISIONS, this::decision);
        sheet(workbook, TrackerLayout.OWNERS, this::owner);
        sheet(workbook, TrackerLayout.LINKS, this::link);
        sheet(workbook, TrackerLayout.EVIDENCE, this::evidence);
        sheet(workbook, TrackerLayout.UPDATE_REQUESTS, this::request);
        sheet(workbook, TrackerLayout.EXTENSION_REQUESTS, this::extension);
        return build();
    }

    // ---- the hidden header ----

    /** The name of a sheet as the workbook spells it, found with case ignored as Excel does; null if none. */
    private static String sheetName(RowSource workbook, String name) {
        for (String sheet : workbook.sheetNames()) {
            if (sheet.equalsIgnoreCase(name)) {
                return sheet;
            }
        }
        return null;
    }

    private boolean readHeader(RowSource workbook, String sheet) throws IOException {
        Map<String, List<XlsxCell>> rows = new HashMap<>();
        int[] read = {0};
        workbook.rows(sheet, row -> {
            if (++read[0] > 1000) {
                return false;
            }
            XlsxCell label = row.cell(0);
            if (label != null && SheetRows.isString(label)) {
                List<XlsxCell> values = new ArrayList<>();
                for (XlsxCell cell : row.cells()) {
                    if (cell.column() > 0) {
                        values.add(cell);
                    }
                }
                rows.put(label.text().strip(), values);
            }
            return true;
        });
        String where = name + ": sheet '" + RegisterSheet.NAME + "'";
        registerId = headerText(rows, RegisterSheet.REGISTER_ID, where);
        organisation = headerText(rows, RegisterSheet.ORGANISATION, where);
        forum = headerText(rows, RegisterSheet.FORUM, where);
        List<XlsxCell> day = rows.getOrDefault(RegisterSheet.AS_OF, List.of());
        try {
            asOf = day.isEmpty() ? null : (LocalDate) probe(TrackerLayout.SUMMARY).date1904(workbook.date1904()).value(day.get(0), CellKind.DATE);
        } catch (IllegalArgumentException e) {
            findings.add(Finding.error(where + ", row '" + RegisterSheet.AS_OF + "'", e.getMessage()));
        }
        List<XlsxCell> registerDay = rows.getOrDefault(RegisterSheet.REGISTER_AS_OF, List.of());
        try {
            registerAsOf = registerDay.isEmpty() ? Optional.empty()
                    : Optional.ofNullable((LocalDate) probe(TrackerLayout.SUMMARY).date1904(workbook.date1904()).value(registerDay.get(0), CellKind.DATE));
        } catch (IllegalArgumentException e) {
            findings.add(Finding.error(where + ", row '" + RegisterSheet.REGISTER_AS_OF + "'", e.getMessage()));
        }
        if (asOf == null && day.isEmpty()) {
            findings.add(Finding.error(where, "the row '" + RegisterSheet.AS_OF + "' is missing: it holds the report's day"));
        }
        StringBuilder json = new StringBuilder();
        for (XlsxCell piece : rows.getOrDefault(RegisterSheet.SCHEME, List.of())) {
            if (SheetRows.isString(piece)) {
                json.append(piece.text());
            }
        }
        if (json.length() == 0) {
            findings.add(Finding.error(where, "the row '" + RegisterSheet.SCHEME + "' is missing: it holds the scheme as canonical JSON"));
        } else {
            ImportResult result = new RegisterJson().read(json.toString(), where + ", row '" + RegisterSheet.SCHEME + "'");
            result.findings().forEach(f -> findings.add(Finding.error(where + ", row '" + RegisterSheet.SCHEME + "'",
                    "the scheme's JSON could not be read: " + f.message())));
            scheme = result.register().map(Register::scheme).orElse(null);
        }
        List<XlsxCell> withheld = rows.getOrDefault(RegisterSheet.WITHHELD, List.of());
        if (!withheld.isEmpty() && SheetRows.isString(withheld.get(0))) {
            List<XlsxCell> profile = rows.getOrDefault(RegisterSheet.PROFILE, List.of());
            String profileId = profile.isEmpty() || !SheetRows.isString(profile.get(0)) ? "?"
                    : profile.get(0).text().strip();
            findings.add(Finding.warning(where + ", row '" + RegisterSheet.WITHHELD + "'", "this workbook was exported with the '"
                    + profileId + "' profile, which left parts of the register out: " + withheld.get(0).text().strip()
                    + " What is read back lacks them; export with the 'internal' profile for a complete copy"));
        }
        for (Map.Entry<String, List<XlsxCell>> row : rows.entrySet()) {
            if (row.getKey().startsWith(RegisterSheet.ROWS_WRITTEN) && !row.getValue().isEmpty()
                    && row.getValue().get(0).type() == CellType.NUMERIC && !row.getValue().get(0).formula()) {
                written.put(row.getKey().substring(RegisterSheet.ROWS_WRITTEN.length()), (int) row.getValue().get(0).number());
            }
        }
        return registerId != null && organisation != null && forum != null && asOf != null && scheme != null;
    }

    private String headerText(Map<String, List<XlsxCell>> rows, String label, String where) {
        List<XlsxCell> values = rows.getOrDefault(label, List.of());
        if (values.isEmpty() || !SheetRows.isString(values.get(0)) || values.get(0).text().isBlank()) {
            findings.add(Finding.error(where, "the row '" + label + "' is missing or blank: column B must hold the " + label.toLowerCase()));
            return null;
        }
        return values.get(0).text().strip();
    }

    private SheetRows probe(String sheet) {
        return new SheetRows(name, new SheetLayout<>(sheet, List.of()), maxRows, maxText, findings, shared);
    }

    // ---- the list sheets ----

    /**
     * Reads one list sheet, reporting a missing sheet unless the layout marks it {@link SheetLayout#optional()}
     * and the hidden Register sheet does not count rows written to it; the Recommendations sheet is read by its
     * own method.
     *
     * @return the reader, or null if the sheet is missing or could not be read
     */
    private SheetRows sheet(RowSource workbook, SheetLayout<?> layout, RowReader reader) throws IOException {
        String sheet = sheetName(workbook, layout.name());
        if (sheet == null && layout.optional() && written.getOrDefault(layout.name(), 0) == 0) {
            return null; // a sheet added after the workbook was exported, or one that held no rows
        }
        if (sheet == null) {
            findings.add(Finding.error(name + ": sheet '" + layout.name() + "'", "the workbook has no sheet '" + layout.name()
                    + "'; the tracker workbook holds the sheets " + TrackerLayout.LIST_SHEETS.stream().map(l -> "'" + l.name() + "'").toList()
                    + ", and what a deleted sheet held cannot be read"));
            return null;
        }
        SheetRows rows = new SheetRows(name, layout, maxRows, maxText, findings, shared);
        Consumer<Values> each = row -> {
            if (row.change() != Change.NONE) {
                changes.merge(row.change(), 1, Integer::sum);
                findings.add(Finding.notice(rows.where(row), row.change() == Change.ADDED
                        ? "row added: it has no fingerprint, so it was not exported; read as a new entry"
                        : "row changed: its values differ from those exported; the values read replace them"));
            }
            if (!row.ok()) {
                findings.add(Finding.error(rows.where(row), "the row was not read because of the error(s) in its cells above"));
                return;
            }
            try {
                if (reader == null) {
                    recommendation(rows, row);
                } else {
                    reader.read(rows, row);
                }
            } catch (IllegalArgumentException | NullPointerException | IllegalStateException e) {
                findings.add(Finding.error(rows.where(row), "the row was not read: " + e.getMessage()));
            }
        };
        return rows.read(workbook, sheet, Optional.ofNullable(written.get(layout.name())), each) ? rows : null;
    }

    /** Reads one data row of a sheet into the drafts. */
    @FunctionalInterface
    private interface RowReader {
        void read(SheetRows rows, Values row);
    }

    private static int col(SheetLayout<?> layout, String header) {
        return layout.index(header);
    }

    private static Optional<String> text(Values row, int column) {
        return row.get(column, String.class);
    }

    private static Map<String, Integer> printedCounts(Values row, int column) {
        return TrackerLayout.printedCounts(text(row, column).orElse(null));
    }

    private static Optional<String> key(Values row, int column) {
        return text(row, column).filter(s -> !s.isBlank());
    }

    private String required(SheetRows rows, Values row, int column) {
        return key(row, column).orElseThrow(() -> new IllegalArgumentException("column '"
                + rows.where(row, column).replaceFirst("^.*column ", "") + "' must not be blank"));
    }

    private Optional<PartialDate> partial(Values row, int column) {
        return row.get(column, PartialDate.class);
    }

    private <E extends Enum<E>> Optional<E> word(SheetRows rows, Values row, int column, Class<E> type) {
        Optional<String> text = key(row, column);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<E> value = Words.parse(type, text.get());
        if (value.isEmpty()) {
            throw new IllegalArgumentException("column " + rows.where(row, column).replaceFirst("^.*column ", "") + ": expected one of "
                    + Words.accepted(type) + ", found '" + text.get() + "'");
        }
        return value;
    }

    private RecommendationDraft recommendationOf(SheetRows rows, Values row) {
        String id = required(rows, row, 0);
        RecommendationDraft draft = recommendations.get(id);
        if (draft == null) {
            throw new IllegalArgumentException("no recommendation '" + id + "' on the sheet 'Recommendations'");
        }
        return draft;
    }

    private void source(SheetRows rows, Values row) {
        SheetLayout<Source> l = TrackerLayout.SOURCES;
        String id = required(rows, row, col(l, TrackerLayout.SOURCE_ID));
        Source source = new Source(id, word(rows, row, col(l, "Kind"), Source.Kind.class).orElseThrow(() ->
                new IllegalArgumentException("column 'Kind' must not be blank: it is one of " + Words.accepted(Source.Kind.class))),
                text(row, col(l, "Title")).orElse(""), key(row, col(l, "Issued by")), partial(row, col(l, "Date")),
                key(row, col(l, "Assurance")), key(row, col(l, "Follow-up of")), key(row, col(l, "Marking")), List.of(),
                nextReportDue(rows, row), printedCounts(row, col(l, TrackerLayout.PRINTED_COUNTS)));
        if (sources.putIfAbsent(id, new Draft(source, new ArrayList<>())) != null) {
            throw new IllegalArgumentException("a second source with the id '" + id + "'; ids must be unique");
        }
    }

    /** The further report promised: forum and due date together, or neither. */
    private Optional<ReportDue> nextReportDue(SheetRows rows, Values row) {
        SheetLayout<Source> l = TrackerLayout.SOURCES;
        Optional<String> forum = key(row, col(l, "Next report to"));
        Optional<PartialDate> due = partial(row, col(l, "Next report due"));
        Optional<String> note = key(row, col(l, "Next report note")).flatMap(s -> text(row, col(l, "Next report note")));
        if (forum.isEmpty() && due.isEmpty() && note.isEmpty()) {
            return Optional.empty();
        }
        if (forum.isEmpty() || due.isEmpty()) {
            throw new IllegalArgumentException("columns 'Next report to' and 'Next report due' go together: give the forum and the "
                    + "month the further report is due, or leave both (and 'Next report note') blank");
        }
        return Optional.of(new ReportDue(forum.get(), due.get(), note));
    }

    private void person(SheetRows rows, Values row) {
        SheetLayout<Person> l = TrackerLayout.PEOPLE;
        people.add(new Person(required(rows, row, col(l, TrackerLayout.PERSON_ID)), text(row, col(l, "Name")).orElse(""),
                key(row, col(l, "Initials")), key(row, col(l, "Role")), Lines.split(text(row, col(l, "Other spellings")).orElse(null))));
    }

    private void recommendation(SheetRows rows, Values row) {
        SheetLayout<TrackerLayout.RecommendationRow> l = TrackerLayout.RECOMMENDATIONS;
        String id = required(rows, row, 0);
        String sourceId = required(rows, row, col(l, TrackerLayout.SOURCE_ID));
        Draft source = sources.get(sourceId);
        if (source == null) {
            throw new IllegalArgumentException("its source '" + sourceId + "' is not on the sheet 'Sources'");
        }
        Optional<String> responseWord = key(row, col(l, "Response"));
        boolean unstated = responseWord.filter(w -> w.equalsIgnoreCase(TrackerLayout.ACCEPTANCE_NOT_STATED)).isPresent();
        Optional<ManagementResponse.Acceptance> acceptance = unstated ? Optional.empty()
                : word(rows, row, col(l, "Response"), ManagementResponse.Acceptance.class);
        Optional<ManagementResponse> response = acceptance.isEmpty() && !unstated ? Optional.empty()
                : Optional.of(new ManagementResponse(acceptance, partial(row, col(l, "Response date")),
                        text(row, col(l, "Response text")).orElse(""), key(row, col(l, "Response marking"))));
        Recommendation.Builder builder = Recommendation.builder(id, text(row, col(l, TrackerLayout.REFERENCE)).orElse(""),
                text(row, col(l, "Recommendation")).orElse(""), text(row, col(l, TrackerLayout.PRIORITY)).orElse(""))
                .title(text(row, col(l, "Title")).orElse(""))
                .tags(Lines.split(text(row, col(l, "Tags")).orElse(null)))
                .reportedTo(key(row, col(l, "Reported to")))
                .response(response)
                .statedStatus(key(row, col(l, "Stated status")).flatMap(s -> text(row, col(l, "Stated status"))))
                .statedRag(key(row, col(l, "Stated RAG")).flatMap(s -> text(row, col(l, "Stated RAG"))))
                .notes(key(row, col(l, "Notes")).flatMap(s -> text(row, col(l, "Notes"))))
                .marking(key(row, col(l, "Marking")))
                .kind(word(rows, row, col(l, TrackerLayout.ITEM_KIND), Recommendation.Kind.class).orElse(Recommendation.Kind.RECOMMENDATION))
                .parent(key(row, col(l, "Parent")))
                .addressee(key(row, col(l, "Addressee")));
        RecommendationDraft draft = new RecommendationDraft(builder);
        if (recommendations.putIfAbsent(id, draft) != null) {
            throw new IllegalArgumentException("a second recommendation with the id '" + id + "'; ids must be unique");
        }
        source.recommendations().add(draft);
        statusChange(rows, row, draft);
    }

    /** A Status cell that differs from the status as written becomes a governance decision dated the report's day. */
    private void statusChange(SheetRows rows, Values row, RecommendationDraft draft) {
        int statusColumn = col(TrackerLayout.RECOMMENDATIONS, TrackerLayout.STATUS);
        String now = row.texts()[statusColumn];
        String before = row.texts()[col(TrackerLayout.RECOMMENDATIONS, TrackerLayout.STATUS_AS_WRITTEN)];
        if (now == null || now.isEmpty() || now.equalsIgnoreCase(before == null ? "" : before)) {
            return;
        }
        List<Status> settable = Arrays.stream(Status.values()).filter(s -> s != Status.OPEN).toList();
        Optional<Status> status = Words.parse(Status.class, now).filter(settable::contains);
        if (status.isEmpty()) {
            findings.add(Finding.error(rows.where(row, statusColumn), "the status was changed to '" + now + "', which is not a status a "
                    + "decision can set; the accepted words are " + String.join(", ", settable.stream().map(s -> "'" + s.label() + "'").toList())));
            return;
        }
        boolean wasHibernated = before != null && Words.parse(Status.class, before).filter(s -> s == Status.HIBERNATED).isPresent();
        GovernanceDecision.Kind kind = switch (status.get()) {
            case IN_PROGRESS -> wasHibernated ? GovernanceDecision.Kind.RESUMED : GovernanceDecision.Kind.REOPENED;
            case BUSINESS_AS_USUAL -> GovernanceDecision.Kind.MOVED_TO_BUSINESS_AS_USUAL;
            default -> GovernanceDecision.Kind.valueOf(status.get().name());
        };
        draft.statusChanges.add(new GovernanceDecision(PartialDate.of(asOf), forum, kind, Optional.empty(),
                Optional.of("Status changed in the tracker workbook from '" + (before == null ? "" : before) + "' to '" + now + "'"),
                Optional.empty()));
        findings.add(Finding.notice(rows.where(row, statusColumn), "status changed from '" + (before == null ? "" : before) + "' to '" + now
                + "': recorded as a decision '" + TrackerLayout.words(kind.name()) + "' by " + forum + " on " + asOf));
    }

    private void action(SheetRows rows, Values row) {
        SheetLayout<TrackerLayout.ActionRow> l = TrackerLayout.ACTIONS;
        RecommendationDraft draft = recommendationOf(rows, row);
        draft.actions.add(new ActionDraft(text(row, col(l, TrackerLayout.ACTION)).orElse(""), text(row, col(l, "Text")).orElse(""),
                word(rows, row, col(l, "Recorded state"), Action.State.class).orElse(Action.State.NOT_STARTED),
                partial(row, col(l, "Recorded state since")), key(row, col(l, "Marking"))));
    }

    private Optional<ActionDraft> actionOf(SheetRows rows, Values row, RecommendationDraft draft, int column) {
        Optional<String> number = key(row, column);
        if (number.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(draft.action(number.get()).orElseThrow(() -> new IllegalArgumentException("the recommendation has no action '"
                + number.get() + "' on the sheet 'Actions'")));
    }

    private void update(SheetRows rows, Values row) {
        SheetLayout<TrackerLayout.UpdateRow> l = TrackerLayout.UPDATES;
        RecommendationDraft draft = recommendationOf(rows, row);
        PartialDate date = partial(row, col(l, "Date")).orElseThrow(() -> new IllegalArgumentException("column 'Date' must not be blank"));
        Optional<Boolean> implemented = row.get(col(l, "Implemented"), Boolean.class);
        Optional<String> achieved = key(row, col(l, "Achieved")).flatMap(s -> text(row, col(l, "Achieved")));
        Optional<String> left = key(row, col(l, "Left to complete")).flatMap(s -> text(row, col(l, "Left to complete")));
        Optional<String> barriers = key(row, col(l, "Barriers")).flatMap(s -> text(row, col(l, "Barriers")));
        Optional<Boolean> proposed = row.get(col(l, "Proposed closed"), Boolean.class);
        Optional<UpdateSections> sections = implemented.isPresent() || proposed.isPresent() || achieved.isPresent() || left.isPresent()
                || barriers.isPresent()
                ? Optional.of(new UpdateSections(achieved, left, barriers, implemented.orElse(false), proposed.orElse(false)))
                : Optional.empty();
        Optional<Integer> percent = row.get(col(l, TrackerLayout.PERCENT_COMPLETE), Long.class).map(p -> {
            if (p < 0 || p > 100) {
                throw new IllegalArgumentException("column '" + TrackerLayout.PERCENT_COMPLETE + "' is " + p
                        + ": it must be a whole number from 0 to 100, or blank");
            }
            return p.intValue();
        });
        draft.updates.add(new ProgressUpdate(date, key(row, col(l, "Author id")), text(row, col(l, "Update")).orElse(""), sections,
                word(rows, row, col(l, "Degree met"), DegreeMet.class), percent, key(row, col(l, "Marking"))));
    }

    private void target(SheetRows rows, Values row) {
        SheetLayout<TrackerLayout.TargetRow> l = TrackerLayout.TARGET_HISTORY;
        RecommendationDraft draft = recommendationOf(rows, row);
        Optional<ActionDraft> action = actionOf(rows, row, draft, col(l, TrackerLayout.ACTION));
        TargetDate target = targetDate(rows, row, text(row, col(l, "Target")).orElse(""), col(l, "Kind"), col(l, "Deadline"),
                col(l, "Period from"));
        TargetRevision revision = new TargetRevision(target, partial(row, col(l, "Set on")), key(row, col(l, "Reason"))
                .flatMap(s -> text(row, col(l, "Reason"))), key(row, col(l, "Agreed by")));
        (action.isPresent() ? action.get().targets : draft.targets).add(revision);
    }

    /**
     * A target as its row gives it: parsed from its text when the row has no kind and no dates (typed in by hand),
     * otherwise as written; one instance for equal targets read before.
     */
    private TargetDate targetDate(SheetRows rows, Values row, String text, int kindColumn, int deadlineColumn, int fromColumn) {
        Optional<TargetDate.Kind> kind = word(rows, row, kindColumn, TargetDate.Kind.class);
        Optional<LocalDate> deadline = row.get(deadlineColumn, LocalDate.class);
        Optional<LocalDate> from = row.get(fromColumn, LocalDate.class);
        TargetDate target = kind.isEmpty() && deadline.isEmpty() && from.isEmpty()
                ? TargetDate.parse(text) // a row typed in by hand: the text says it all
                : new TargetDate(text, kind.orElseThrow(() -> new IllegalArgumentException("column 'Kind' must not be blank when a "
                        + "deadline is given: it is one of " + Words.accepted(TargetDate.Kind.class))), from, deadline);
        return shared.target(target);
    }

    private void decision(SheetRows rows, Values row) {
        SheetLayout<TrackerLayout.DecisionRow> l = TrackerLayout.DECISIONS;
        RecommendationDraft draft = recommendationOf(rows, row);
        draft.decisions.add(new GovernanceDecision(partial(row, col(l, "Date")).orElseThrow(() ->
                new IllegalArgumentException("column 'Date' must not be blank")),
                required(rows, row, col(l, "Forum")),
                word(rows, row, col(l, "Decision"), GovernanceDecision.Kind.class).orElseThrow(() -> new IllegalArgumentException(
                        "column 'Decision' must not be blank: it is one of " + Words.accepted(GovernanceDecision.Kind.class))),
                key(row, col(l, "Minute")), key(row, col(l, "Note")).flatMap(s -> text(row, col(l, "Note"))),
                key(row, col(l, "Marking"))));
    }

    private void owner(SheetRows rows, Values row) {
        SheetLayout<TrackerLayout.OwnerRow> l = TrackerLayout.OWNERS;
        RecommendationDraft draft = recommendationOf(rows, row);
        Optional<ActionDraft> action = actionOf(rows, row, draft, col(l, TrackerLayout.ACTION));
        Ownership ownership = new Ownership(required(rows, row, col(l, TrackerLayout.PERSON_ID)),
                key(row, col(l, "Strand")).flatMap(s -> text(row, col(l, "Strand"))), partial(row, col(l, "From")),
                partial(row, col(l, "Until")));
        (action.isPresent() ? action.get().owners : draft.owners).add(ownership);
    }

    private void link(SheetRows rows, Values row) {
        SheetLayout<TrackerLayout.LinkRow> l = TrackerLayout.LINKS;
        RecommendationDraft draft = recommendationOf(rows, row);
        draft.links.add(new Link(word(rows, row, col(l, "Link"), Link.Kind.class).orElseThrow(() -> new IllegalArgumentException(
                "column 'Link' must not be blank: it is one of " + Words.accepted(Link.Kind.class))),
                required(rows, row, col(l, "Target")), key(row, col(l, "Note")).flatMap(s -> text(row, col(l, "Note")))));
    }

    private void evidence(SheetRows rows, Values row) {
        SheetLayout<TrackerLayout.EvidenceRow> l = TrackerLayout.EVIDENCE;
        RecommendationDraft draft = recommendationOf(rows, row);
        draft.evidence.add(new Evidence(text(row, col(l, "Description")).orElse(""), partial(row, col(l, "Date")),
                key(row, col(l, "Document")).flatMap(s -> text(row, col(l, "Document"))),
                Lines.split(text(row, col(l, "Figures")).orElse(null)), key(row, col(l, "Marking"))));
    }

    private void request(SheetRows rows, Values row) {
        SheetLayout<TrackerLayout.RequestRow> l = TrackerLayout.UPDATE_REQUESTS;
        RecommendationDraft draft = recommendationOf(rows, row);
        draft.requests.add(new UpdateRequest(row.get(col(l, "Requested on"), LocalDate.class).orElseThrow(() ->
                new IllegalArgumentException("column 'Requested on' must not be blank")),
                key(row, col(l, "Requested of")), row.get(col(l, "Respond by"), LocalDate.class),
                row.get(col(l, "Answered on"), LocalDate.class)));
    }

    private void extension(SheetRows rows, Values row) {
        SheetLayout<TrackerLayout.ExtensionRow> l = TrackerLayout.EXTENSION_REQUESTS;
        RecommendationDraft draft = recommendationOf(rows, row);
        PartialDate requestedOn = partial(row, col(l, "Requested on")).orElseThrow(() ->
                new IllegalArgumentException("column 'Requested on' must not be blank"));
        TargetDate target = targetDate(rows, row, text(row, col(l, "Target asked")).orElse(""), col(l, "Kind"), col(l, "Deadline"),
                col(l, "Period from"));
        Optional<ExtensionRequest.Outcome> outcome = word(rows, row, col(l, TrackerLayout.EXTENSION_DECISION), ExtensionRequest.Outcome.class);
        Optional<String> forum = key(row, col(l, "Forum"));
        Optional<PartialDate> decidedOn = partial(row, col(l, "Decided on"));
        Optional<String> note = key(row, col(l, "Note")).flatMap(s -> text(row, col(l, "Note")));
        Optional<ExtensionRequest.Decision> decision = Optional.empty();
        if (outcome.isPresent()) {
            decision = Optional.of(new ExtensionRequest.Decision(outcome.get(),
                    forum.orElseThrow(() -> new IllegalArgumentException("column 'Forum' must not be blank when the decision is "
                            + TrackerLayout.words(outcome.get().name()) + ": give the id of the forum that decided")),
                    decidedOn.orElseThrow(() -> new IllegalArgumentException("column 'Decided on' must not be blank when the decision is "
                            + TrackerLayout.words(outcome.get().name()) + ": give the day, month or year it was decided")),
                    note));
        } else if (forum.isPresent() || decidedOn.isPresent() || note.isPresent()) {
            throw new IllegalArgumentException("column '" + TrackerLayout.EXTENSION_DECISION + "' is blank (pending) but a forum, "
                    + "date or note of a decision is given: write " + Words.accepted(ExtensionRequest.Outcome.class)
                    + ", or clear the decision's cells");
        }
        draft.extensions.add(new ExtensionRequest(requestedOn, key(row, col(l, "Requested by")), target,
                key(row, col(l, "Reason")).flatMap(s -> text(row, col(l, "Reason"))), decision, key(row, col(l, "Marking"))));
    }

    // ---- the register ----

    private ImportResult build() {
        List<Source> built = new ArrayList<>();
        recommendations.clear(); // each draft is dropped once its recommendation is built
        for (Draft draft : sources.values()) {
            List<Recommendation> recs = new ArrayList<>(draft.recommendations().size());
            for (int i = 0; i < draft.recommendations().size(); i++) {
                RecommendationDraft rec = draft.recommendations().set(i, null);
                List<GovernanceDecision> decisions = rec.decisions;
                decisions.addAll(rec.statusChanges);
                recs.add(rec.builder.owners(rec.owners).targetHistory(rec.targets).extensionRequests(rec.extensions).updates(rec.updates)
                        .updateRequests(rec.requests)
                        .actions(rec.actions.stream().map(ActionDraft::build).toList()).links(rec.links).decisions(decisions)
                        .evidence(rec.evidence).build());
            }
            Source s = draft.source();
            built.add(s.withRecommendations(recs));
        }
        if (!changes.isEmpty()) {
            findings.add(Finding.notice(name, "the workbook was edited after export: " + changes.getOrDefault(Change.ADDED, 0)
                    + " row(s) added, " + changes.getOrDefault(Change.CHANGED, 0) + " row(s) changed (each is listed above)"));
        }
        return new ImportResult(Optional.of(new Register(registerId, organisation, registerAsOf, scheme, people, built)), findings.listed());
    }
}
