package io.github.rectrack.export.xlsx;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.engine.evaluation.RecommendationState;
import io.github.rectrack.engine.evaluation.RegisterEvaluation;
import io.github.rectrack.engine.spi.Exporter;
import io.github.rectrack.engine.spi.Options;
import io.github.rectrack.engine.spi.Report;
import io.github.rectrack.engine.status.AsOf;
import io.github.rectrack.engine.status.Status;
import io.github.rectrack.engine.status.TargetStatus;
import io.github.rectrack.export.xlsx.TrackerLayout.ActionRow;
import io.github.rectrack.export.xlsx.TrackerLayout.DecisionRow;
import io.github.rectrack.export.xlsx.TrackerLayout.RecommendationRow;
import io.github.rectrack.export.xlsx.TrackerLayout.TargetRow;
import io.github.rectrack.export.xlsx.TrackerLayout.UpdateRow;
import io.github.rectrack.model.Action;
import io.github.rectrack.model.Ownership;
import io.github.rectrack.model.Person;
import io.github.rectrack.model.Recommendation;
import io.github.rectrack.model.TargetRevision;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apiguardian.api.API;

/**
 * The exporter {@code xlsx}: the tracker workbook, the register as the force's team works with it in
 * Excel.
 *
 * <p>The workbook has these sheets, in this order:
 *
 * <ul>
 *   <li><b>Summary</b>: organisation, forum, the as-of day (a date cell) and RAG policy; the engine's
 *       priority by RAG matrix for the report's forum with totals, its colour headers filled in their
 *       colours; how many stand proposed for closure.
 *   <li><b>Recommendations</b>: one row per recommendation of the evaluation, all forums, in register
 *       order: recommendation id, source, source date, assurance, reference, title, text, priority,
 *       current owners, original and current target, current deadline (a date), revisions, days overdue
 *       (against the current target; blank if not overdue), status, RAG (filled in its colour), routed to,
 *       and the latest update's date and text. Drop-down lists check the priority (the scheme's) and the
 *       status (every status label).
 *   <li><b>Updates</b>, <b>Target history</b>, <b>Decisions</b>, <b>Actions</b>: one row per progress
 *       update, target entry (replaced ones struck through and marked "Superseded"), governance decision and
 *       numbered action, each keyed by the recommendation id in its first column.
 * </ul>
 *
 * <p>Every list sheet has a frozen header row, an autofilter, fixed column widths and wrapped long text.
 * Dates known to the day are real Excel dates; dates known only to the month or year are their ISO text
 * ({@code 2020-05}). Status, colour, route and targets are the engine's, never recomputed here; an
 * action's current target and state on the day follow the engine's {@link AsOf} rule.
 *
 * <p>Text is always written as a string cell, never as a formula, so {@code =HYPERLINK(...)} in a register
 * is shown as written; text that starts like a formula is also quote-prefixed so that Excel keeps it as
 * text when edited. Text longer than an Excel cell holds (32,767 characters) is cut and marked as cut.
 *
 * <p>Written with POI's streaming SXSSF with inline strings (no shared strings table), a window of
 * {@value #ROW_WINDOW} rows and compressed temporary files, which are deleted before {@code export}
 * returns: memory stays flat whatever the register's size. The same report gives the same bytes: the
 * workbook's created date is the as-of day at midnight UTC and nothing reads the clock. The caller's
 * stream is flushed, never closed.
 *
 * <p>Not yet: reading the workbook back (the importer), a force's own column layout. Takes no options.
 * Stateless and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class XlsxExporter implements Exporter {

    /** The exporter's id. */
    public static final String ID = "xlsx";

    /** The media type of an Excel workbook. */
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** How many rows of a sheet SXSSF keeps in memory before writing them to its temporary file. */
    static final int ROW_WINDOW = 100;

    /** The hidden sheet holding drop-down lists too long or awkward for an explicit list. */
    static final String LISTS = "Lists";

    /** The longest list Excel takes as an explicit data-validation list, in characters. */
    private static final int MAX_EXPLICIT_LIST = 255;

    /** Creates the exporter; {@link java.util.ServiceLoader} calls this. */
    public XlsxExporter() {}

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Excel tracker workbook";
    }

    @Override
    public String mediaType() {
        return MEDIA_TYPE;
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("xlsx");
    }

    /**
     * Writes the tracker workbook.
     *
     * @param report what to write, already evaluated
     * @param options none are read
     * @param out where to write; flushed, not closed
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if an option is given
     */
    @Override
    public void export(Report report, Options options, OutputStream out) throws IOException {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(out, "out");
        options.requireOnly(id(), optionNames());
        // close() deletes the temporary files (POI 5.5 deprecates dispose() in its favour), also on failure
        try (SXSSFWorkbook workbook = new TrackerWorkbook(ROW_WINDOW)) {
            Styles styles = new Styles(workbook);
            describe(workbook, report);
            SummarySheet.write(workbook.createSheet(TrackerLayout.SUMMARY), report, styles);
            writeLists(workbook, report, styles);
            OutputStream target = new BufferedOutputStream(new NonClosingOutputStream(out), 1 << 16);
            workbook.write(target);
            target.flush();
        }
    }

    /** Fixes the document properties, so that the same report gives the same bytes. */
    private static void describe(SXSSFWorkbook workbook, Report report) {
        POIXMLProperties.CoreProperties core = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
        core.setCreated(Optional.of(Date.from(report.asOf().atStartOfDay(ZoneOffset.UTC).toInstant())));
        core.setCreator("Recommendation Tracker");
        core.setTitle("Recommendation tracker: " + report.register().organisation() + ", " + report.forum() + ", as of "
                + report.asOf());
    }

    private static void writeLists(SXSSFWorkbook workbook, Report report, Styles styles) {
        RegisterEvaluation evaluation = report.evaluation();
        LocalDate asOf = evaluation.asOf();
        Map<String, String> names = new HashMap<>();
        for (Person person : evaluation.register().people()) {
            names.putIfAbsent(person.id(), person.name());
        }
        List<RecommendationState> states = evaluation.states();

        SXSSFSheet recommendations = workbook.createSheet(TrackerLayout.RECOMMENDATIONS.name());
        SheetWriter.write(recommendations, TrackerLayout.RECOMMENDATIONS,
                states.stream().map(s -> new RecommendationRow(s, owners(s.recommendation().owners(), names, asOf))).iterator(),
                styles);
        validate(workbook, recommendations, TrackerLayout.RECOMMENDATIONS.index(TrackerLayout.PRIORITY),
                "Priority", evaluation.register().scheme().priorities(), "one of the scheme's priorities");
        validate(workbook, recommendations, TrackerLayout.RECOMMENDATIONS.index(TrackerLayout.STATUS),
                "Status", Arrays.stream(Status.values()).map(Status::label).toList(), "a status");

        SheetWriter.write(workbook.createSheet(TrackerLayout.UPDATES.name()), TrackerLayout.UPDATES,
                flat(states, s -> IntStream.range(0, s.updates().size()).mapToObj(i -> new UpdateRow(s.id(),
                        s.recommendation().reference(), i + 1, s.updates().get(i),
                        s.updates().get(i).author().map(a -> names.getOrDefault(a, a))))),
                styles);
        SheetWriter.write(workbook.createSheet(TrackerLayout.TARGET_HISTORY.name()), TrackerLayout.TARGET_HISTORY,
                flat(states, s -> {
                    List<TargetRevision> history = s.targets().history();
                    return IntStream.range(0, history.size()).mapToObj(i -> new TargetRow(s.id(), s.recommendation().reference(),
                            i + 1, history.get(i), i < history.size() - 1));
                }),
                styles);
        SheetWriter.write(workbook.createSheet(TrackerLayout.DECISIONS.name()), TrackerLayout.DECISIONS,
                flat(states, s -> IntStream.range(0, s.decisions().size()).mapToObj(i -> new DecisionRow(s.id(),
                        s.recommendation().reference(), i + 1, s.decisions().get(i)))),
                styles);
        SheetWriter.write(workbook.createSheet(TrackerLayout.ACTIONS.name()), TrackerLayout.ACTIONS,
                flat(states, s -> s.recommendation().actions().stream().map(a -> action(s.recommendation(), a, names, asOf))),
                styles);
        if (workbook.getSheet(LISTS) != null) {
            workbook.setSheetOrder(LISTS, workbook.getNumberOfSheets() - 1);
        }
    }

    private static <T> Iterator<T> flat(List<RecommendationState> states,
            java.util.function.Function<RecommendationState, Stream<T>> rows) {
        return states.stream().flatMap(rows).iterator();
    }

    private static ActionRow action(Recommendation recommendation, Action action, Map<String, String> names, LocalDate asOf) {
        boolean stateCounts = AsOf.counts(action.stateDate(), Optional.empty(), asOf);
        return new ActionRow(recommendation.id(), recommendation.reference(), action, owners(action.owners(), names, asOf),
                TargetStatus.of(action.targetHistory(), asOf).current(),
                stateCounts ? Optional.of(action.state()) : Optional.empty(),
                stateCounts ? action.stateDate() : Optional.empty());
    }

    /** The names of the owners in charge on the day, each once, in recorded order, joined with "; ". */
    private static String owners(List<Ownership> owners, Map<String, String> names, LocalDate asOf) {
        return AsOf.ownersInCharge(owners, asOf).stream().map(id -> names.getOrDefault(id, id)).collect(Collectors.joining("; "));
    }

    /**
     * Adds a drop-down list to a column, from the row under the header to the sheet's last row, so that rows
     * people add are checked too. The values are an explicit list when Excel takes one (no commas or
     * quotes, at most 255 characters), else they go in a column of a hidden sheet "Lists".
     */
    private static void validate(SXSSFWorkbook workbook, SXSSFSheet sheet, int column, String what, List<String> values,
            String message) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        String joined = String.join(",", values);
        boolean explicit = joined.length() <= MAX_EXPLICIT_LIST && values.stream().noneMatch(v -> v.contains(",") || v.contains("\""));
        DataValidationConstraint constraint = explicit
                ? helper.createExplicitListConstraint(values.toArray(String[]::new))
                : helper.createFormulaListConstraint(listRange(workbook, what, values));
        DataValidation validation = helper.createValidation(constraint,
                new CellRangeAddressList(1, SpreadsheetVersion.EXCEL2007.getLastRowIndex(), column, column));
        validation.setSuppressDropDownArrow(true); // POI writes OOXML's inverted showDropDown="0": the arrow shows
        validation.setShowErrorBox(true);
        validation.createErrorBox(what, "Choose " + message + " from the list.");
        sheet.addValidationData(validation);
    }

    /** Writes values into a column of the hidden sheet "Lists", creating it the first time, and names the range. */
    private static String listRange(SXSSFWorkbook workbook, String what, List<String> values) {
        SXSSFSheet lists = workbook.getSheet(LISTS);
        if (lists == null) {
            lists = workbook.createSheet(LISTS);
            workbook.setSheetHidden(workbook.getSheetIndex(lists), true);
        }
        int column = lists.getRow(0) == null ? 0 : lists.getRow(0).getLastCellNum();
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r <= values.size(); r++) {
            Row row = lists.getRow(r);
            rows.add(row != null ? row : lists.createRow(r));
        }
        rows.get(0).createCell(column).setCellValue(what);
        for (int i = 0; i < values.size(); i++) {
            rows.get(i + 1).createCell(column).setCellValue(values.get(i));
        }
        String letter = org.apache.poi.ss.util.CellReference.convertNumToColString(column);
        return "Lists!$" + letter + "$2:$" + letter + "$" + (values.size() + 1);
    }
}
