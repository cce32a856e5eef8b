package io.github.rectrack.export.xlsx;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.engine.evaluation.RecommendationState;
import io.github.rectrack.engine.evaluation.RegisterEvaluation;
import io.github.rectrack.engine.spi.Exporter;
import io.github.rectrack.engine.spi.Finding;
import io.github.rectrack.engine.spi.Options;
import io.github.rectrack.engine.spi.Report;
import io.github.rectrack.engine.spi.WorkProgress;
import io.github.rectrack.engine.status.AsOf;
import io.github.rectrack.engine.status.Status;
import io.github.rectrack.engine.status.TargetStatus;
import io.github.rectrack.export.xlsx.TrackerLayout.ActionRow;
import io.github.rectrack.export.xlsx.TrackerLayout.DecisionRow;
import io.github.rectrack.export.xlsx.TrackerLayout.EvidenceRow;
import io.github.rectrack.export.xlsx.TrackerLayout.LinkRow;
import io.github.rectrack.export.xlsx.TrackerLayout.OwnerRow;
import io.github.rectrack.export.xlsx.TrackerLayout.RecommendationRow;
import io.github.rectrack.export.xlsx.TrackerLayout.ExtensionRow;
import io.github.rectrack.export.xlsx.TrackerLayout.RequestRow;
import io.github.rectrack.export.xlsx.TrackerLayout.TargetRow;
import io.github.rectrack.export.xlsx.TrackerLayout.UpdateRow;
import io.github.rectrack.model.Action;
import io.github.rectrack.model.Ownership;
import io.github.rectrack.model.Person;
import io.github.rectrack.model.Recommendation;
import io.github.rectrack.model.Register;
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
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
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
 *       colours; how many stand proposed for closure; how many the tracker holds, and how many of them each
 *       forum has reported to it or monitors ("Monitored by the Strategic Organisational Risk Board 10"). Every count
 *       is a {@code COUNTIFS} or {@code SUM} formula over the Recommendations sheet, cached with the engine's
 *       count.
 *   <li><b>Recommendations</b>: one row per recommendation of the register, all sources and forums, in
 *       register order: recommendation id (hidden), the readable reference (the source's title, the
 *       recommendation's number and title, frozen in view with the header row), source, source date, assurance, reference, title, text, priority,
 *       current owners, original and current target, current deadline (a date), revisions, days overdue
 *       (against the current target; blank if not overdue), status, RAG (coloured by conditional formatting on its word), the stated
 *       status and stated RAG as the force's own sheet words them, routed to, the latest update's date and
 *       text, notes; then what the register records and the columns above do not show: source id, tags (one
 *       per line), reported to, the management response (acceptance, or "Not stated" where the response
 *       does not say; date, text, marking), the handling marking, and whether it counts on the day.
 *       Drop-down lists check the priority (the scheme's) and the status (every status label).
 *   <li><b>Updates</b> (with each update's percent complete), <b>Target history</b> (the recommendations'
 *       own, then their actions'), <b>Decisions</b>, <b>Actions</b>, <b>Owners</b> (of recommendations and
 *       of actions), <b>Links</b>, <b>Evidence</b>, <b>Update requests</b>, <b>Extension requests</b> (the
 *       date, requester, target asked for, reason, marking, and the decision: Approved or Refused, forum,
 *       date, note; blank while pending): one row per recorded entry, each keyed by the recommendation
 *       id in its first column, including entries dated after the report's day, which a column "Counts on
 *       the day" marks "No"; target entries replaced by the day are struck through and marked "Superseded".
 *   <li><b>Sources</b> and <b>People</b>: one row per source (also those with no recommendations) and per
 *       person.
 *   <li><b>Register</b> (hidden): the register's id and organisation, the day its content was stated as
 *       of (where it says), the report's day and forum, the scheme
 *       as canonical JSON, and how many rows each list sheet was written with.
 * </ul>
 *
 * <p>So the workbook carries the whole register, and {@link XlsxImporter} reads it back equal. The columns
 * the engine derives for the day (status, colour, days overdue, current target, names) are for reading
 * and are not read back. Each data row ends with a hidden fingerprint of its stored values, by which the
 * importer tells rows people added, changed or deleted.
 *
 * <p>Every list sheet has a frozen header row, an autofilter, fixed column widths and wrapped long text. On
 * every sheet keyed by recommendation the id column is hidden and the readable reference beside it stays in
 * view with the header row. Every sheet prints on A4 landscape, one page wide, the list sheets with their
 * header row repeated on every page.
 * Every date is a real Excel date, so that Excel's date filters, grouping and pivots work: a date known to the
 * day is formatted "d mmm yyyy"; one known only to the month is the first of that month formatted "mmm yyyy",
 * one known only to the year the first of January formatted "yyyy", and a hidden column after the row
 * fingerprint ("Date (precision)") keeps each date's precision, so that the importer reads it back as written. Status, colour, route and targets are the engine's, never recomputed here; an
 * action's current target and state on the day follow the engine's {@link AsOf} rule.
 *
 * <p>Text is always written as a string cell, never as a formula, so {@code =HYPERLINK(...)} in a register
 * is shown as written; text that starts like a formula is also quote-prefixed so that Excel keeps it as
 * text when edited. A stored text longer than an Excel cell holds (32,767 characters), or holding a
 * control character XML cannot carry, fails the export with an {@link IllegalArgumentException} naming the
 * sheet, row, recommendation and column: nothing is cut silently. A derived text that long (a latest
 * update repeated on the Recommendations sheet) is cut and marked as cut.
 *
 * <p>Written with POI's streaming SXSSF with inline strings (no shared strings table), a window of
 * {@value #ROW_WINDOW} rows and compressed temporary files, which are deleted before {@code export}
 * returns: memory stays flat whatever the register's size. The Updates sheet's rows are written on a thread of
 * their own beside the other sheets' (progress is still reported from the caller's thread), and each sheet's rows
 * are compressed once, as they are written, on the common fork-join pool's threads. The same report gives the same
 * bytes: the workbook's created date is the as-of day at midnight UTC and nothing reads the clock. The
 * caller's stream is flushed, never closed.
 *
 * <p>Not yet: a force's own column layout. Takes no options. Stateless and thread-safe.
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
        exportWithFindings(report, options, out, WorkProgress.NONE);
    }

    /**
     * Writes the tracker workbook, reporting the data rows written to the list sheets as they are written,
     * against how many the register gives them all (the counts the row limits are checked with). The rows
     * are written before the package is: the last report comes before the workbook's bytes are.
     *
     * @param report what to write, already evaluated
     * @param options none are read
     * @param out where to write; flushed, not closed
     * @param progress where to report the rows written
     * @return no findings: the workbook is written whole or not at all
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if an option is given, or a sheet would need more rows than Excel holds
     */
    @Override
    public List<Finding> exportWithFindings(Report report, Options options, OutputStream out, WorkProgress progress) throws IOException {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(progress, "progress");
        options.requireOnly(id(), optionNames());
        Map<String, Long> counts = checkRowLimits(report.register(), SpreadsheetVersion.EXCEL2007.getLastRowIndex());
        RowsWritten rows = new RowsWritten(progress, counts);
        // close() deletes the temporary files (POI 5.5 deprecates dispose() in its favour), also on failure
        try (SXSSFWorkbook workbook = new TrackerWorkbook(ROW_WINDOW)) {
            write(workbook, report, out, rows);
        }
        return List.of();
    }

    /**
     * Writes the report's sheets into an empty workbook, counting the list sheets' data rows, then the workbook
     * to a stream.
     *
     * @param workbook an empty streaming workbook with inline strings; the caller closes it
     * @param report what to write
     * @param out where to write; flushed, not closed
     * @param rows what counts the data rows written
     * @throws IOException if writing fails
     */
    static void write(SXSSFWorkbook workbook, Report report, OutputStream out, RowsWritten rows) throws IOException {
        Styles styles = new Styles(workbook);
        describe(workbook, report);
        SummarySheet.write(workbook.createSheet(TrackerLayout.SUMMARY), report, styles);
        writeLists(workbook, report, styles, rows);
        OutputStream target = new BufferedOutputStream(new NonClosingOutputStream(out), 1 << 16);
        workbook.write(target);
        target.flush();
    }

    /** Fixes the document properties, so that the same report gives the same bytes. */
    private static void describe(SXSSFWorkbook workbook, Report report) {
        POIXMLProperties.CoreProperties core = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
        core.setCreated(Optional.of(Date.from(report.asOf().atStartOfDay(ZoneOffset.UTC).toInstant())));
        core.setCreator("Recommendation Tracker");
        core.setTitle("Recommendation tracker: " + report.register().organisation() + ", " + report.forum() + ", as of "
                + report.asOf());
    }

    /**
     * Refuses, before any work, a register one of whose sheets would need more rows than a sheet holds below its
     * header, naming the sheet and the count.
     *
     * @param register the register to write
     * @param rowsBelowHeader the most data rows a sheet holds (Excel's 1,048,575)
     * @return the data rows of each list sheet, by sheet name ({@link #rowCounts})
     * @throws IllegalArgumentException naming the first sheet that would not fit
     */
    static Map<String, Long> checkRowLimits(Register register, int rowsBelowHeader) {
        Map<String, Long> counts = rowCounts(register);
        counts.forEach((sheet, count) -> {
            if (count > rowsBelowHeader) {
                throw new IllegalArgumentException(String.format(java.util.Locale.UK, "the sheet '%s' would need %,d rows, more than the %,d"
                        + " a sheet holds below its header; nothing was written: write the register as JSON or CSV, or a smaller"
                        + " part of it (one forum, fewer sources)", sheet, count, rowsBelowHeader));
            }
        });
        return counts;
    }

    /**
     * How many data rows each list sheet is written with, below its header, by sheet name.
     *
     * @param register the register to write
     * @return the rows of each list sheet
     */
    static Map<String, Long> rowCounts(Register register) {
        Map<String, Long> rows = new LinkedHashMap<>();
        rows.put(TrackerLayout.RECOMMENDATIONS.name(), register.recommendations().count());
        rows.put(TrackerLayout.UPDATES.name(), register.recommendations().mapToLong(r -> r.updates().size()).sum());
        rows.put(TrackerLayout.TARGET_HISTORY.name(), register.recommendations().mapToLong(r -> r.targetHistory().size()
                + r.actions().stream().mapToLong(a -> a.targetHistory().size()).sum()).sum());
        rows.put(TrackerLayout.DECISIONS.name(), register.recommendations().mapToLong(r -> r.decisions().size()).sum());
        rows.put(TrackerLayout.ACTIONS.name(), register.recommendations().mapToLong(r -> r.actions().size()).sum());
        rows.put(TrackerLayout.SOURCES.name(), (long) register.sources().size());
        rows.put(TrackerLayout.PEOPLE.name(), (long) register.people().size());
        rows.put(TrackerLayout.OWNERS.name(), register.recommendations().mapToLong(r -> r.owners().size()
                + r.actions().stream().mapToLong(a -> a.owners().size()).sum()).sum());
        rows.put(TrackerLayout.LINKS.name(), register.recommendations().mapToLong(r -> r.links().size()).sum());
        rows.put(TrackerLayout.EVIDENCE.name(), register.recommendations().mapToLong(r -> r.evidence().size()).sum());
        rows.put(TrackerLayout.UPDATE_REQUESTS.name(), register.recommendations().mapToLong(r -> r.updateRequests().size()).sum());
        rows.put(TrackerLayout.EXTENSION_REQUESTS.name(), register.recommendations().mapToLong(r -> r.extensionRequests().size()).sum());
        return rows;
    }

    private static void writeLists(SXSSFWorkbook workbook, Report report, Styles styles, RowsWritten rows) {
        RegisterEvaluation evaluation = report.evaluation();
        Register register = evaluation.register();
        LocalDate asOf = evaluation.asOf();
        Map<String, String> names = new HashMap<>();
        for (Person person : register.people()) {
            names.putIfAbsent(person.id(), person.name());
        }
        Map<String, RecommendationState> states = new HashMap<>();
        for (RecommendationState state : evaluation.states()) {
            states.put(state.id(), state);
        }
        Map<String, String> references = new HashMap<>();
        register.sources().forEach(s -> s.recommendations().forEach(r -> references.putIfAbsent(r.id(),
                TrackerLayout.readableReference(s, r))));

        // Every list sheet is started here, in order, on this thread: what sheets share in the workbook (its defined
        // names, the hidden Lists sheet) is made in the same order whatever thread writes the rows.
        List<PendingRows<?>> lists = new ArrayList<>();
        SXSSFSheet recommendations = workbook.createSheet(TrackerLayout.RECOMMENDATIONS.name());
        lists.add(new PendingRows<>(SheetWriter.start(recommendations, TrackerLayout.RECOMMENDATIONS,
                rows.expected(TrackerLayout.RECOMMENDATIONS.name()), styles, references),
                () -> register.sources().stream().flatMap(s -> s.recommendations().stream().map(r -> new RecommendationRow(s, r,
                        Optional.ofNullable(states.get(r.id())), owners(r.owners(), names, asOf)))).iterator()));
        validate(workbook, recommendations, TrackerLayout.RECOMMENDATIONS.index(TrackerLayout.PRIORITY),
                "Priority", register.scheme().priorities(), "one of the scheme's priorities");
        validate(workbook, recommendations, TrackerLayout.RECOMMENDATIONS.index(TrackerLayout.STATUS),
                "Status", Arrays.stream(Status.values()).map(Status::label).toList(), "a status");

        lists.add(list(workbook, rows, TrackerLayout.UPDATES, styles, register, references, r -> {
            int counted = counted(states, r, s -> s.updates().size());
            return IntStream.range(0, r.updates().size()).mapToObj(i -> new UpdateRow(r, i + 1, r.updates().get(i),
                    r.updates().get(i).author().map(a -> names.getOrDefault(a, a)), i < counted));
        }));
        lists.add(list(workbook, rows, TrackerLayout.TARGET_HISTORY, styles, register, references, r -> {
            int counted = counted(states, r, s -> s.targets().history().size());
            Stream<TargetRow> own = targets(r, Optional.empty(), r.targetHistory(), counted);
            Stream<TargetRow> actions = r.actions().stream().flatMap(a -> targets(r, Optional.of(a.number()), a.targetHistory(),
                    states.containsKey(r.id()) ? TargetStatus.of(a.targetHistory(), asOf).history().size() : 0));
            return Stream.concat(own, actions);
        }));
        lists.add(list(workbook, rows, TrackerLayout.DECISIONS, styles, register, references, r -> {
            int counted = counted(states, r, s -> s.decisions().size());
            return IntStream.range(0, r.decisions().size()).mapToObj(i -> new DecisionRow(r, i + 1, r.decisions().get(i), i < counted));
        }));
        lists.add(list(workbook, rows, TrackerLayout.ACTIONS, styles, register, references, r -> {
            checkActionNumbers(r);
            return r.actions().stream().map(a -> action(r, a, names, asOf));
        }));
        lists.add(new PendingRows<>(SheetWriter.start(workbook.createSheet(TrackerLayout.SOURCES.name()), TrackerLayout.SOURCES,
                rows.expected(TrackerLayout.SOURCES.name()), styles, references), () -> register.sources().iterator()));
        lists.add(new PendingRows<>(SheetWriter.start(workbook.createSheet(TrackerLayout.PEOPLE.name()), TrackerLayout.PEOPLE,
                rows.expected(TrackerLayout.PEOPLE.name()), styles, references), () -> register.people().iterator()));
        lists.add(list(workbook, rows, TrackerLayout.OWNERS, styles, register, references, r -> Stream.concat(
                r.owners().stream().map(o -> owner(r, Optional.empty(), o, names, asOf)),
                r.actions().stream().flatMap(a -> a.owners().stream().map(o -> owner(r, Optional.of(a.number()), o, names, asOf))))));
        lists.add(list(workbook, rows, TrackerLayout.LINKS, styles, register, references, r -> r.links().stream().map(l -> new LinkRow(r, l))));
        lists.add(list(workbook, rows, TrackerLayout.EVIDENCE, styles, register, references, r -> r.evidence().stream()
                .map(e -> new EvidenceRow(r, e, states.containsKey(r.id()) && AsOf.counts(e.date(), Optional.empty(), asOf)))));
        lists.add(list(workbook, rows, TrackerLayout.UPDATE_REQUESTS, styles, register, references,
                r -> r.updateRequests().stream().map(q -> new RequestRow(r, q))));
        lists.add(list(workbook, rows, TrackerLayout.EXTENSION_REQUESTS, styles, register, references, r -> IntStream.range(0, r.extensionRequests().size())
                .mapToObj(i -> new ExtensionRow(r, i + 1, r.extensionRequests().get(i),
                        r.extensionRequests().get(i).requestedBy().map(p -> names.getOrDefault(p, p))))));
        Map<String, Integer> written = writeRows(lists, rows);
        RegisterSheet.write(workbook, report, written, styles);
        if (workbook.getSheet(LISTS) != null) {
            workbook.setSheetOrder(LISTS, workbook.getNumberOfSheets() - 1);
        }
    }

    private static <T> PendingRows<T> list(SXSSFWorkbook workbook, RowsWritten counted, SheetLayout<T> layout, Styles styles,
            Register register, Map<String, String> references, Function<Recommendation, Stream<? extends T>> rows) {
        return new PendingRows<>(SheetWriter.start(workbook.createSheet(layout.name()), layout, counted.expected(layout.name()), styles,
                references), () -> register.recommendations().flatMap(rows).iterator());
    }

    /**
     * A started list sheet and where its rows come from.
     *
     * @param sheet the sheet, started
     * @param rows makes the rows' iterator, on the thread that writes them
     * @param <T> the row type
     */
    private record PendingRows<T>(SheetWriter.ListSheet<T> sheet, Supplier<Iterator<? extends T>> rows) {

        int write(RowsWritten counted, BooleanSupplier stopped) {
            return sheet.write(rows.get(), counted, stopped);
        }
    }

    /**
     * Writes the list sheets' rows: the Updates sheet's, which hold most of a register's text (about three fifths of the
     * workbook's XML), on a thread of its own, and the others' in order on this one, so that both cores make rows
     * while the common pool compresses them. The outcome is what writing them one after another would give: the
     * same bytes, and on failure the failure of the first sheet in the workbook's order that failed.
     *
     * @param lists the started sheets, in the workbook's order
     * @param counted where the rows are counted; reported from this thread while it waits
     * @return the data rows written to each sheet, by name, in the workbook's order
     */
    private static Map<String, Integer> writeRows(List<PendingRows<?>> lists, RowsWritten counted) {
        int beside = -1;
        for (int i = 0; i < lists.size(); i++) {
            if (lists.get(i).sheet().name().equals(TrackerLayout.UPDATES.name())) {
                beside = i;
            }
        }
        AtomicBoolean stop = new AtomicBoolean();
        CompletableFuture<Integer> besideRows = new CompletableFuture<>();
        PendingRows<?> besideSheet = lists.get(beside);
        Thread thread = new Thread(() -> {
            try {
                besideRows.complete(besideSheet.write(counted, stop::get));
            } catch (Throwable e) {
                besideRows.completeExceptionally(e);
            }
        }, "tracker-workbook-rows");
        thread.setDaemon(true);
        thread.start();

        int[] rows = new int[lists.size()];
        Throwable failure = null;
        int failedAt = -1;
        for (int i = 0; i < lists.size() && failure == null; i++) {
            if (i != beside) {
                try {
                    rows[i] = lists.get(i).write(counted, () -> false);
                } catch (RuntimeException | Error e) {
                    failure = e;
                    failedAt = i;
                }
            }
        }
        if (failure != null && failedAt < beside) {
            stop.set(true); // its rows are not wanted: this sheet's failure comes first
        }
        // wait for the other thread to end (so that no thread is left using the workbook), reporting the count meanwhile
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join(100);
            } catch (InterruptedException e) {
                interrupted = true; // the other thread still uses the workbook: stop it, wait for it, then say so
                stop.set(true);
            }
            counted.report();
        }
        Throwable besideFailure = null;
        try {
            rows[beside] = besideRows.join();
        } catch (CompletionException e) {
            besideFailure = e.getCause();
        } catch (CancellationException e) {
            besideFailure = e; // stopped, since a sheet before it failed
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
            throw new CancellationException("writing the workbook was interrupted");
        }
        Throwable first = failure != null && failedAt < beside || besideFailure == null ? failure : besideFailure;
        if (first instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (first instanceof Error error) {
            throw error;
        }
        if (first != null) {
            throw new IllegalStateException("writing the rows of the sheet '" + besideSheet.sheet().name() + "' failed", first);
        }
        counted.report();
        Map<String, Integer> written = new LinkedHashMap<>();
        for (int i = 0; i < lists.size(); i++) {
            written.put(lists.get(i).sheet().name(), rows[i]);
        }
        return written;
    }

    /** How many entries of a list count on the day: none when the recommendation is not in the evaluation. */
    private static int counted(Map<String, RecommendationState> states, Recommendation recommendation,
            java.util.function.ToIntFunction<RecommendationState> size) {
        RecommendationState state = states.get(recommendation.id());
        return state == null ? 0 : size.applyAsInt(state);
    }

    private static Stream<TargetRow> targets(Recommendation recommendation, Optional<String> action, List<TargetRevision> history,
            int counted) {
        return IntStream.range(0, history.size()).mapToObj(i -> new TargetRow(recommendation, action, i + 1, history.get(i),
                i < counted - 1, i < counted));
    }

    private static OwnerRow owner(Recommendation recommendation, Optional<String> action, Ownership ownership, Map<String, String> names,
            LocalDate asOf) {
        return new OwnerRow(recommendation, action, ownership, Optional.ofNullable(names.get(ownership.person())),
                AsOf.inCharge(ownership, asOf));
    }

    /**
     * Owners and target history rows name an action by its number, so two actions of one recommendation
     * with the same number could not be told apart when read back.
     */
    private static void checkActionNumbers(Recommendation recommendation) {
        Set<String> seen = new HashSet<>();
        Set<String> named = new HashSet<>();
        for (Action action : recommendation.actions()) {
            boolean referred = !action.owners().isEmpty() || !action.targetHistory().isEmpty();
            if (!seen.add(action.number()) && referred || referred && !named.add(action.number())) {
                throw new IllegalArgumentException("recommendation '" + recommendation.id() + "' has two actions numbered '"
                        + action.number() + "', and the workbook names an action's owners and targets by its number;"
                        + " number the actions apart");
            }
        }
    }

    private static ActionRow action(Recommendation recommendation, Action action, Map<String, String> names, LocalDate asOf) {
        boolean stateCounts = AsOf.counts(action.stateDate(), Optional.empty(), asOf);
        return new ActionRow(recommendation, action, owners(action.owners(), names, asOf),
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
