package io.github.rectrack.sheets;

import io.github.rectrack.engine.spi.Finding;
import io.github.rectrack.engine.spi.FindingList;
import io.github.rectrack.engine.spi.ImportResult;
import io.github.rectrack.sheets.ColumnMapping.ColumnRef;
import io.github.rectrack.sheets.ColumnMapping.ExtensionWord;
import io.github.rectrack.sheets.ColumnMapping.Field;
import io.github.rectrack.sheets.ColumnMapping.StatusWord;
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
import io.github.rectrack.model.Scheme;
import io.github.rectrack.model.Source;
import io.github.rectrack.model.TargetDate;
import io.github.rectrack.model.TargetDateParser;
import io.github.rectrack.model.TargetRevision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.ss.util.CellReference;

/**
 * Turns the rows of a force's sheet into a register through a {@link ColumnMapping}: finds the header
 * row, resolves the mapped columns, then reads each row below it into a recommendation (or, for a
 * continuation row, into more of the recommendation above), collecting every problem with its sheet, row
 * and column.
 */
final class MappedRows implements RowSink {

    /** How far down the header row is looked for when the mapping does not give it. */
    static final int HEADER_SEARCH_ROWS = 100;

    private static final Pattern OWNER_SEPARATORS = Pattern.compile("\\s*[;/,\\n]\\s*");
    private static final Pattern INITIALS = Pattern.compile("[A-Z]{2,4}");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{4}");
    private static final Pattern PERCENT = Pattern.compile("\\d{1,3}(\\.\\d+)?\\s*%?");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");

    private final String name;
    private final ColumnMapping mapping;
    private final FindingList findings;
    private Optional<Finding> stopped = Optional.empty();
    private int kept;
    private String sheet = "";

    // the header row, once found
    private int headerRow = -1;
    private final Map<Field, Integer> index = new EnumMap<>(Field.class);
    private final Map<Integer, String> headers = new HashMap<>();
    private final Set<Integer> ignored = new HashSet<>();
    private final Map<Integer, Integer> unmapped = new TreeMap<>();
    private int bestRow = -1;
    private List<String> bestMissing = List.of();

    // what has been read
    private final Map<String, SourceDraft> sources = new LinkedHashMap<>();
    private final Set<String> sourceIds = new HashSet<>();
    private final Map<String, Person> people = new LinkedHashMap<>();
    private Draft previous;
    private int previousRow = -1;
    private boolean previousFailed;
    private int dataRows;

    // the sheet's latest date, for its as-of day; the rows of entries waiting for that day
    private PartialDate latest;
    private String latestAt = "";
    private final RowTally undated = new RowTally();
    private final RowTally undatedStatus = new RowTally();
    private boolean numbered;
    private boolean sourceNoticed;
    private String defaultTitle = "";

    MappedRows(String name, ColumnMapping mapping) {
        this.name = name;
        this.mapping = mapping;
        this.findings = new FindingList(name, FindingList.DEFAULT_MAX);
    }

    /**
     * Names the sheet being read, for locations.
     *
     * @param sheet the sheet's name as the workbook spells it
     */
    void sheet(String sheet) {
        this.sheet = sheet;
    }

    @Override
    public boolean row(int number, List<SheetCell> cells) {
        if (number > mapping.maxRows()) {
            stop(number);
            return false;
        }
        if (headerRow < 0) {
            header(number, cells);
            return true;
        }
        if (index.size() < mapping.columns().size() || cells.stream().allMatch(SheetCell::isBlank)) {
            return true; // a mapped column is missing (reported with the header row), or the row is blank
        }
        for (int i = 0; i < cells.size(); i++) {
            if (!cells.get(i).isBlank() && !index.containsValue(i) && !ignored.contains(i)) {
                unmapped.putIfAbsent(i, number);
            }
        }
        dataRows++;
        Row row = new Row(number, cells);
        if (mapping.continuationRows() && row.columnBlank(Field.REFERENCE) && row.columnBlank(Field.TEXT)
                && row.columnBlank(Field.PRIORITY)) {
            continuation(row);
        } else {
            recommendation(row);
        }
        return true;
    }

    /** Stops at the first row past the limit, saying what the register holds. */
    private void stop(int number) {
        int limit = mapping.maxRows();
        stopped = Optional.of(Finding.error(place(number, -1), String.format(Locale.ROOT, "the sheet has more than %,d rows (the "
                + "mapping's maxRows, or the option max-rows; %,d, Excel's, by default): reading stopped here; the register holds "
                + "the %,d recommendation%s of rows 1 to %,d and nothing below; split the sheet or raise the limit", limit,
                ColumnMapping.DEFAULT_MAX_ROWS, kept, kept == 1 ? "" : "s", limit)));
    }

    /** Warns of a row where most mapped cells are empty: a row cut short, or one pasted in part. */
    private void shortRow(Row row) {
        int mapped = index.size();
        long filled = index.values().stream().distinct().filter(i -> i < row.cells.size() && !row.cells.get(i).isBlank()).count();
        if (mapped >= 4 && filled * 2 < mapped) {
            findings.add(Finding.warning(place(row.number, -1), "only " + filled + " of the " + mapped
                    + " mapped cells hold a value: is the row cut short? What it holds is imported"));
        }
        if (index.containsKey(Field.STATUS) && row.columnBlank(Field.STATUS)) {
            findings.add(Finding.warning(row.place(Field.STATUS), "the status is blank: nothing is stated for this row, "
                    + "and its status is worked out from its dated entries alone"));
        }
    }

    private void header(int number, List<SheetCell> cells) {
        Map<String, Integer> byKey = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String text = cells.get(i).text();
            if (!text.isEmpty()) {
                byKey.putIfAbsent(ColumnMapping.key(text), i);
            }
        }
        if (mapping.headerRow().isPresent()) {
            if (number == mapping.headerRow().getAsInt()) {
                resolve(number, cells, byKey, true);
            }
            return;
        }
        if (number > HEADER_SEARCH_ROWS || byKey.isEmpty()) {
            return;
        }
        List<String> missing = new ArrayList<>();
        mapping.columns().forEach((field, ref) -> ref.header()
                .filter(h -> !byKey.containsKey(ColumnMapping.key(h)))
                .ifPresent(h -> missing.add("'" + h + "'")));
        if (missing.isEmpty()) {
            resolve(number, cells, byKey, false);
        } else if (bestRow < 0 || missing.size() < bestMissing.size()) {
            bestRow = number;
            bestMissing = missing;
        }
    }

    private void resolve(int number, List<SheetCell> cells, Map<String, Integer> byKey, boolean given) {
        headerRow = number;
        for (int i = 0; i < cells.size(); i++) {
            if (!cells.get(i).text().isEmpty()) {
                headers.put(i, cells.get(i).text());
            }
        }
        mapping.columns().forEach((field, ref) -> {
            Optional<Integer> at = column(ref, byKey);
            if (at.isPresent()) {
                index.put(field, at.get());
            } else {
                findings.add(Finding.error(place(number, -1), "no column headed " + ref + " (the mapping's columns."
                        + field.key() + "); the headers in row " + number + " are "
                        + headers.values().stream().map(h -> "'" + h + "'").collect(Collectors.joining(", "))
                        + (given ? "" : ": correct the header or the mapping")));
            }
        });
        for (ColumnRef ref : mapping.ignored()) {
            column(ref, byKey).ifPresent(ignored::add);
        }
    }

    private static Optional<Integer> column(ColumnRef ref, Map<String, Integer> byKey) {
        if (ref.index().isPresent()) {
            return Optional.of(ref.index().getAsInt());
        }
        return Optional.ofNullable(byKey.get(ColumnMapping.key(ref.header().get())));
    }

    /**
     * The register built from the rows read, and every finding.
     *
     * @return the result
     */
    ImportResult result() {
        if (headerRow < 0) {
            String message = mapping.headerRow().isPresent()
                    ? "the sheet ends before row " + mapping.headerRow().getAsInt() + ", the mapping's headerRow"
                    : bestRow < 0
                            ? "no row in the first " + HEADER_SEARCH_ROWS + " holds the mapped headers: the sheet has no text there"
                            : "no row in the first " + HEADER_SEARCH_ROWS + " holds every mapped header; row " + bestRow
                                    + " comes closest but has no " + String.join(", ", bestMissing)
                                    + ": correct the headers in the mapping, or give its headerRow";
            findings.add(Finding.error(place(-1, -1), message));
            return ImportResult.failed(reported());
        }
        if (index.size() < mapping.columns().size()) {
            return ImportResult.failed(reported());
        }
        unmapped.forEach((column, row) -> findings.add(Finding.warning(place(-1, column),
                "is not mapped, so its values are not imported (first in row " + row
                        + "): map it under 'columns' or list it under 'ignore'")));
        if (dataRows == 0) {
            findings.add(Finding.warning(place(headerRow, -1), "no rows below the header row: the register is empty"));
        }
        Optional<LocalDate> asOf = asOf();
        if (!undated.isEmpty()) {
            if (asOf.isEmpty()) {
                findings.add(Finding.error(place(-1, -1), entries(undated.entries()) + " no date (" + undated
                        + ") and nothing in the sheet is dated: give the day the sheet is as of, with --as-of DAY or the "
                        + "mapping's register.asOf"));
                return ImportResult.failed(reported());
            }
            findings.add(Finding.notice(place(-1, -1), entries(undated.entries()) + " no date in the sheet (" + undated
                    + "); they are dated the sheet's as-of day, " + asOf.get()));
        }
        if (!undatedStatus.isEmpty()) {
            findings.add(Finding.notice(place(-1, -1), "the status decisions of " + undatedStatus + " are dated the sheet's "
                    + "as-of day, " + asOf.orElseThrow() + ", as those rows hold no dated entry; every other status decision is "
                    + "dated by its row's status date, else its latest dated entry"));
        }
        List<Source> built = new ArrayList<>();
        for (SourceDraft source : sources.values()) {
            List<Recommendation> recommendations = source.drafts.stream().map(d -> d.build(asOf.map(PartialDate::of))).toList();
            if (!recommendations.isEmpty()) {
                built.add(new Source(source.id, mapping.sourceKind(), source.title, source.issuedBy, source.date,
                        source.assurance, Optional.empty(), Optional.empty(), recommendations));
            }
        }
        Register register = new Register(mapping.registerId(), mapping.organisation(), asOf, scheme(),
                List.copyOf(people.values()), built);
        return new ImportResult(Optional.of(register), reported());
    }

    /** The findings listed, the count of those that are not, and where reading stopped, if it stopped early. */
    private List<Finding> reported() {
        List<Finding> listed = findings.listed();
        if (stopped.isEmpty()) {
            return listed;
        }
        List<Finding> all = new ArrayList<>(listed);
        all.add(stopped.get());
        return all;
    }

    /** The mapping's scheme, with the fixed priority added where the scheme lacks it ("Not graded"). */
    private Scheme scheme() {
        Scheme scheme = mapping.scheme();
        Optional<String> fixed = mapping.fixedPriority();
        if (fixed.isEmpty() || scheme.priorities().contains(fixed.get())) {
            return scheme;
        }
        List<String> priorities = new ArrayList<>(scheme.priorities());
        priorities.add(fixed.get());
        return new Scheme(priorities, scheme.assuranceLevels(), scheme.handlingMarkings(), scheme.forums(), scheme.ragPolicy(),
                scheme.ragSettings(), scheme.reportingRules());
    }

    /**
     * The day the sheet is as of: the mapping's (or the command line's), else the latest date read from the
     * sheet, said in a notice.
     */
    private Optional<LocalDate> asOf() {
        if (mapping.asOf().isPresent()) {
            return mapping.asOf();
        }
        if (latest == null) {
            return Optional.empty();
        }
        findings.add(Finding.notice(latestAt, "the sheet's as-of day is taken to be " + latest.first() + ", the latest date "
                + "found in it (" + latest + "); give --as-of DAY or the mapping's register.asOf to set another"));
        return Optional.of(latest.first());
    }

    /** The number of errors found so far, listed or not. */
    private int errors() {
        return findings.errorCount();
    }

    private static String entries(int n) {
        return n == 1 ? "1 entry carries" : n + " entries carry";
    }

    /**
     * The entries of rows that share something, such as having no date: counted, with the first ten rows
     * named, so that a sheet of a million such rows holds ten numbers, not a million.
     */
    static final class RowTally {
        private static final int NAMED = 10;
        private final List<Integer> named = new ArrayList<>(NAMED);
        private int entries;
        private int rows;
        private int last = -1;

        /** One more entry, of the row given; rows come in order. */
        void add(int row) {
            entries++;
            if (row != last) {
                last = row;
                rows++;
                if (named.size() < NAMED) {
                    named.add(row);
                }
            }
        }

        boolean isEmpty() {
            return entries == 0;
        }

        int entries() {
            return entries;
        }

        /** {@code row 7}, {@code rows 7, 9}, or {@code rows 7, 9, … and 12 more}. */
        @Override
        public String toString() {
            String listed = named.stream().map(String::valueOf).collect(Collectors.joining(", "));
            return (rows == 1 ? "row " : "rows ") + listed + (rows > NAMED ? " and " + (rows - NAMED) + " more" : "");
        }
    }

    /** Remembers the latest date read from the sheet, for the as-of day. */
    private PartialDate seen(PartialDate date, String where) {
        if (latest == null || date.first().isAfter(latest.first())) {
            latest = date;
            latestAt = where;
        }
        return date;
    }

    private void recommendation(Row row) {
        int errors = errors();
        String title = row.text(Field.SOURCE_TITLE);
        String givenId = row.text(Field.SOURCE_ID);
        if (title.isEmpty() && givenId.isEmpty()) {
            if (index.containsKey(Field.SOURCE_TITLE) || index.containsKey(Field.SOURCE_ID)) {
                row.missing(index.containsKey(Field.SOURCE_TITLE) ? Field.SOURCE_TITLE : Field.SOURCE_ID);
            } else {
                title = defaultSourceTitle();
            }
        }
        String reference = index.containsKey(Field.REFERENCE) ? row.required(Field.REFERENCE) : "";
        String text = row.required(Field.TEXT);
        Optional<String> priority = mapping.fixedPriority().isPresent() ? mapping.fixedPriority()
                : row.required(Field.PRIORITY).isEmpty() ? Optional.empty()
                : row.word(Field.PRIORITY, mapping.priorityWords(), mapping.scheme().priorities());
        Optional<PartialDate> sourceDate = mapping.columns().containsKey(Field.SOURCE_YEAR) || mapping.fixedValues().containsKey(Field.SOURCE_YEAR)
                ? row.year(Field.SOURCE_YEAR) : row.partialDate(Field.SOURCE_DATE).map(d -> seen(d, row.place(Field.SOURCE_DATE)));
        Optional<String> assurance = row.blank(Field.ASSURANCE) ? Optional.empty()
                : row.word(Field.ASSURANCE, mapping.assuranceWords(), mapping.scheme().assuranceLevels());
        List<TargetRevision> targets = new ArrayList<>();
        Optional<TargetDate> original = row.target(Field.TARGET);
        original.ifPresent(t -> targets.add(TargetRevision.of(t)));
        row.target(Field.REVISED_TARGET).filter(t -> original.filter(o -> o.isSameTargetAs(t)).isEmpty())
                .ifPresent(t -> targets.add(TargetRevision.of(t)));
        Draft draft = new Draft();
        events(row, draft);
        if (errors() > errors) {
            fail(row);
            return;
        }
        shortRow(row);
        String key = givenId.isEmpty()
                ? ColumnMapping.key(title) + "|" + sourceDate.map(PartialDate::toString).orElse("")
                : "#" + givenId;
        SourceDraft source = sources.get(key);
        if (source == null) {
            String id = unique(givenId.isEmpty() ? slug(title) + sourceDate.map(d -> "-" + d).orElse("") : givenId);
            source = new SourceDraft(id, title.isEmpty() ? givenId : title, sourceDate, row.number);
            sources.put(key, source);
        }
        source.assurance = source.keep(row, Field.ASSURANCE, source.assurance, assurance);
        Optional<String> issuedBy = row.blank(Field.ISSUED_BY) ? mapping.issuedBy() : Optional.of(row.text(Field.ISSUED_BY));
        source.issuedBy = source.keep(row, Field.ISSUED_BY, source.issuedBy, issuedBy);
        if (reference.isEmpty()) {
            reference = String.valueOf(source.drafts.size() + 1);
            if (!numbered) {
                numbered = true;
                findings.add(Finding.notice(place(row.number, -1), "the mapping names no reference column, so each recommendation "
                        + "is numbered by its row's place in its source (1, 2, 3 …), starting here"));
            }
        }
        Integer usedBy = source.references.putIfAbsent(reference, row.number);
        if (usedBy != null) {
            findings.add(Finding.error(row.place(Field.REFERENCE), "reference '" + reference + "' is already used in source '"
                    + source.title + "' by row " + usedBy + ": each recommendation of a source needs its own reference"));
            fail(row);
            return;
        }
        draft.id = source.id + "-" + SPACES.matcher(reference).replaceAll("-");
        draft.reference = reference;
        draft.title = row.text(Field.TITLE);
        draft.text = text;
        draft.priority = priority.orElseThrow();
        draft.targets.addAll(targets);
        draft.owners.addAll(owners(row.text(Field.OWNERS)));
        if (!row.blank(Field.RESPONSE)) {
            String response = row.text(Field.RESPONSE);
            draft.response = Optional.of(new ManagementResponse(acceptance(response), Optional.empty(), response, Optional.empty()));
        }
        if (!row.blank(Field.MINUTE)) {
            draft.links.add(new Link(Link.Kind.EXTERNAL_REFERENCE, row.text(Field.MINUTE),
                    Optional.of("Minute number of the meeting that raised it")));
        }
        source.drafts.add(draft);
        kept++;
        previous = draft;
        previousRow = row.number;
        previousFailed = false;
    }

    /** The title of the one source of a sheet whose mapping names no source column: the sheet's name, else the file's. */
    private String defaultSourceTitle() {
        if (!sourceNoticed) {
            sourceNoticed = true;
            String title = sheet.isEmpty() ? name.replaceFirst("^.*[/\\\\]", "").replaceFirst("\\.[^.]*$", "") : sheet;
            defaultTitle = title.isBlank() ? "Imported sheet" : title;
            findings.add(Finding.notice(place(-1, -1), "the mapping names no source column or value, so every row belongs to "
                    + "one source titled '" + defaultTitle + "'; give columns.sourceTitle {value: ...} to name it"));
        }
        return defaultTitle;
    }

    /** The acceptance a response states in its first words, or empty where it does not say. */
    static Optional<ManagementResponse.Acceptance> acceptance(String response) {
        String start = response.strip().toLowerCase(Locale.ROOT);
        if (start.matches("^(not accepted|not agreed|rejected|declined)\\b.*")) {
            return Optional.of(ManagementResponse.Acceptance.NOT_ACCEPTED);
        }
        if (start.matches("^(partly|partially|part) (accepted|agreed)\\b.*")) {
            return Optional.of(ManagementResponse.Acceptance.PARTLY_ACCEPTED);
        }
        if (start.matches("^(accepted|agreed)\\b.*")) {
            return Optional.of(ManagementResponse.Acceptance.ACCEPTED);
        }
        return Optional.empty();
    }

    private void continuation(Row row) {
        if (previous == null || previousFailed) {
            String why = previous == null && !previousFailed
                    ? "found nothing, and there is no recommendation above for this row to add to"
                    : "found nothing: this row adds to row " + previousRow + " above, which could not be read";
            findings.add(Finding.error(row.place(Field.REFERENCE), "expected " + Field.REFERENCE.expected() + ", " + why));
            fail(row);
            return;
        }
        int errors = errors();
        Optional<TargetDate> revised = row.target(Field.REVISED_TARGET);
        Draft more = new Draft();
        events(row, more);
        if (errors() > errors) {
            return; // the errors say what was left out; the recommendation above keeps what it had
        }
        revised.filter(t -> previous.targets.isEmpty() || !previous.targets.get(previous.targets.size() - 1).target().isSameTargetAs(t))
                .ifPresent(t -> previous.targets.add(TargetRevision.of(t)));
        previous.updates.addAll(more.updates);
        previous.decisions.addAll(more.decisions);
        more.statedStatus.ifPresent(st -> previous.statedStatus = Optional.of(st));
        more.statedRag.ifPresent(st -> previous.statedRag = Optional.of(st));
        previous.notes.addAll(more.notes);
        previous.extensions.addAll(more.extensions);
    }

    /**
     * What a row says happened: one progress update per dated entry of its update cell, its percent complete,
     * its stated status and RAG, the decision its status word records, its notes. Entries without a date of
     * their own take the row's update date, else the sheet's as-of day (resolved once the whole sheet is read).
     */
    private void events(Row row, Draft draft) {
        Optional<PartialDate> updateDate = row.partialDate(Field.UPDATE_DATE).map(d -> seen(d, row.place(Field.UPDATE_DATE)));
        String update = row.text(Field.UPDATE_TEXT);
        List<DatedEntries.Entry> entries = new ArrayList<>();
        if (!update.isEmpty()) {
            DatedEntries.Split split = DatedEntries.split(update);
            split.doubts().forEach(doubt -> findings.add(Finding.warning(row.place(Field.UPDATE_TEXT), doubt)));
            for (DatedEntries.Entry entry : split.entries()) {
                Optional<PartialDate> date = entry.date().map(d -> seen(d, row.place(Field.UPDATE_TEXT))).or(() -> updateDate);
                entries.add(new DatedEntries.Entry(date, entry.text()));
            }
        }
        Optional<PartialDate> latestEntry = entries.stream().map(DatedEntries.Entry::date).flatMap(Optional::stream)
                .max(Comparator.naturalOrder()).or(() -> updateDate);
        OptionalInt percent = row.percent(Field.PERCENT_COMPLETE);
        if (percent.isPresent() && entries.isEmpty()) {
            entries.add(new DatedEntries.Entry(latestEntry, percent.getAsInt() + "% complete"));
        }
        int latestAt = lastIndexOfLatest(entries);
        for (int i = 0; i < entries.size(); i++) {
            String text = entries.get(i).text();
            boolean withPercent = i == latestAt && percent.isPresent();
            draft.updates.add(pending(entries.get(i).date(), row, d -> withPercent
                    ? ProgressUpdate.of(d, text).withPercentComplete(percent.getAsInt()) : ProgressUpdate.of(d, text)));
        }
        Optional<PartialDate> statusDate = row.partialDate(Field.STATUS_DATE).map(d -> seen(d, row.place(Field.STATUS_DATE)))
                .or(() -> latestEntry);
        if (!row.blank(Field.STATUS)) {
            String said = row.text(Field.STATUS);
            draft.statedStatus = Optional.of(said);
            Optional<StatusWord> status = row.word(Field.STATUS, mapping.statusWords(), List.of()).map(w -> mapping.statusWords().get(w));
            String note = "Status '" + said + "' in row " + row.number;
            if (statusDate.isEmpty() && status.flatMap(StatusWord::decision).isPresent()) {
                undatedStatus.add(row.number);
            }
            status.flatMap(StatusWord::decision).ifPresent(kind -> draft.decisions.add(pending(statusDate, row, d ->
                    new GovernanceDecision(d, status.get().forum().orElseThrow(), kind, Optional.empty(), Optional.of(note),
                            Optional.empty()))));
        }
        if (!row.blank(Field.RAG)) {
            draft.statedRag = Optional.of(row.text(Field.RAG));
        }
        if (!row.blank(Field.NOTES)) {
            draft.notes.add(row.text(Field.NOTES));
        }
        extension(row, draft, latestEntry);
    }

    /** The row's extension request: the target asked for, why, when, and the decision, in the force's words. */
    private void extension(Row row, Draft draft, Optional<PartialDate> latestEntry) {
        if (row.blank(Field.EXTENSION_TARGET) && row.blank(Field.EXTENSION_REASON) && row.blank(Field.EXTENSION_DECISION)
                && row.blank(Field.EXTENSION_DATE)) {
            return;
        }
        Optional<TargetDate> asked = row.target(Field.EXTENSION_TARGET);
        Optional<PartialDate> requested = row.partialDate(Field.EXTENSION_DATE).map(d -> seen(d, row.place(Field.EXTENSION_DATE)))
                .or(() -> latestEntry);
        Optional<ExtensionWord> decision = row.blank(Field.EXTENSION_DECISION) ? Optional.empty()
                : row.word(Field.EXTENSION_DECISION, mapping.extensionWords(), List.of()).map(w -> mapping.extensionWords().get(w));
        if (row.blank(Field.EXTENSION_TARGET)) {
            findings.add(Finding.error(row.place(Field.EXTENSION_TARGET), "expected the target the extension asks for, found nothing: "
                    + "this row gives an extension's " + (row.blank(Field.EXTENSION_REASON) ? "decision or date" : "reason")
                    + " but no new target" + (index.containsKey(Field.EXTENSION_TARGET) ? "" : "; map columns.extensionTarget")));
            return;
        }
        if (asked.isEmpty()) {
            return; // the target cell could not be read; its error is reported
        }
        Optional<String> reason = row.blank(Field.EXTENSION_REASON) ? Optional.empty() : Optional.of(row.text(Field.EXTENSION_REASON));
        Optional<String> note = Optional.of("'" + row.text(Field.EXTENSION_DECISION) + "' in row " + row.number + ", dated as the request");
        Optional<ExtensionWord> outcome = decision.filter(w -> w.outcome().isPresent());
        TargetDate target = asked.get();
        draft.extensions.add(pending(requested, row, d -> {
            ExtensionRequest request = new ExtensionRequest(d, Optional.empty(), target, reason, Optional.empty(), Optional.empty());
            return outcome.map(w -> request.withDecision(new ExtensionRequest.Decision(w.outcome().get(), w.forum().get(), d, note)))
                    .orElse(request);
        }));
    }

    /** Something read from a row, dated now if the row gives a date, else once the sheet's as-of day is known. */
    private <T> Pending<T> pending(Optional<PartialDate> date, Row row, Function<PartialDate, T> make) {
        if (date.isEmpty()) {
            undated.add(row.number);
        }
        return new Pending<>(date, make);
    }

    /**
     * A value waiting for its date.
     *
     * @param date the date the row gave, if any
     * @param make makes the value for a date
     */
    private record Pending<T>(Optional<PartialDate> date, Function<PartialDate, T> make) {
        T resolve(Optional<PartialDate> asOf) {
            return make.apply(date.or(() -> asOf).orElseThrow());
        }
    }

    /** The index of the entry with the latest date (the last written where several share it, or none is dated). */
    private static int lastIndexOfLatest(List<DatedEntries.Entry> entries) {
        int at = entries.size() - 1;
        for (int i = 0; i < entries.size(); i++) {
            Optional<PartialDate> d = entries.get(i).date();
            if (d.isPresent() && (entries.get(at).date().isEmpty() || d.get().compareTo(entries.get(at).date().get()) > 0)) {
                at = i;
            }
        }
        return at;
    }

    private void fail(Row row) {
        previousFailed = true;
        previous = null;
        previousRow = row.number;
    }

    private List<Ownership> owners(String cell) {
        List<Ownership> owners = new ArrayList<>();
        if (cell.isEmpty()) {
            return owners;
        }
        for (String owner : OWNER_SEPARATORS.split(cell)) {
            String who = owner.strip();
            if (who.isEmpty()) {
                continue;
            }
            String id = slug(who);
            people.putIfAbsent(id, new Person(id, who,
                    INITIALS.matcher(who).matches() ? Optional.of(who) : Optional.empty(), Optional.empty()));
            if (owners.stream().noneMatch(o -> o.person().equals(id))) {
                owners.add(Ownership.of(id));
            }
        }
        return owners;
    }

    private String unique(String id) {
        String candidate = id.isEmpty() ? "source" : id;
        for (int n = 2; sourceIds.contains(candidate); n++) {
            candidate = id + "-" + n;
        }
        sourceIds.add(candidate);
        return candidate;
    }

    static String slug(String text) {
        String s = EDGE_DASHES.matcher(NOT_SLUG.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
        return s.isEmpty() ? "x" : s;
    }

    /**
     * A location: {@code force.xlsx: sheet 'Tracker', row 7, column E (Priority)}.
     *
     * @param row the row, or -1 for none
     * @param column the column index, or -1 for none
     */
    private String place(int row, int column) {
        StringBuilder b = new StringBuilder(name).append(':');
        String sep = " ";
        if (!sheet.isEmpty()) {
            b.append(sep).append("sheet '").append(sheet).append('\'');
            sep = ", ";
        }
        if (row > 0) {
            b.append(sep).append("row ").append(row);
            sep = ", ";
        }
        if (column >= 0) {
            b.append(sep).append("column ").append(CellReference.convertNumToColString(column));
            String header = headers.get(column);
            if (header != null) {
                b.append(" (").append(SPACES.matcher(header).replaceAll(" ")).append(')');
            }
        }
        return b.length() == name.length() + 1 ? name : b.toString();
    }

    /** One data row, with the means to read its mapped cells and report on them. */
    private final class Row {
        final int number;
        final List<SheetCell> cells;

        Row(int number, List<SheetCell> cells) {
            this.number = number;
            this.cells = cells;
        }

        /** The field's cell, or the mapping's fixed value for the field as a text cell. */
        SheetCell cell(Field field) {
            Integer at = index.get(field);
            if (at == null) {
                String fixed = mapping.fixedValues().get(field);
                return fixed == null ? SheetCell.BLANK : SheetCell.text(fixed);
            }
            return at >= cells.size() ? SheetCell.BLANK : cells.get(at);
        }

        boolean blank(Field field) {
            return cell(field).isBlank();
        }

        /** Whether the field's column is blank in this row, or the field has no column. */
        boolean columnBlank(Field field) {
            Integer at = index.get(field);
            return at == null || at >= cells.size() || cells.get(at).isBlank();
        }

        /** A percentage: "75%", "75", or an Excel percentage cell (0.75 shown as 75%). */
        OptionalInt percent(Field field) {
            SheetCell cell = cell(field);
            if (cell.isBlank()) {
                return OptionalInt.empty();
            }
            String text = cell.text().replace('\u00a0', ' ').strip();
            Double value = null;
            if (PERCENT.matcher(text).matches()) {
                value = Double.parseDouble(text.replace("%", "").strip());
            } else if (cell.number().isPresent()) {
                double n = cell.number().get();
                value = n > 0 && n < 1 ? n * 100 : n;
            }
            if (value == null || value < 0 || value > 100 || cell.date().isPresent()) {
                wrong(field, field.expected());
                return OptionalInt.empty();
            }
            return OptionalInt.of((int) Math.round(value));
        }

        String text(Field field) {
            return cell(field).text();
        }

        String place(Field field) {
            Integer at = index.get(field);
            return MappedRows.this.place(number, at == null ? -1 : at);
        }

        void missing(Field field) {
            findings.add(Finding.error(place(field), "expected " + field.expected() + ", found nothing (" + mappingPath(field) + ")"));
        }

        void wrong(Field field, String expected) {
            findings.add(Finding.error(place(field), "expected " + expected + ", found '" + text(field) + "' (" + mappingPath(field) + ")"));
        }

        /** A word the mapping does not know: the message says where in the mapping to give its meaning. */
        void unknownWord(Field field, String expected) {
            findings.add(Finding.error(place(field), "expected " + expected + ", found '" + text(field) + "': say what it means under "
                    + "the mapping's values." + (field == Field.EXTENSION_DECISION ? "extensionDecision" : field.key())));
        }

        /** Where the mapping names the field: {@code the mapping's columns.priority}, or its fixed value. */
        String mappingPath(Field field) {
            return "the mapping's columns." + field.key() + (!index.containsKey(field) && mapping.fixedValues().containsKey(field) ? ".value" : "");
        }

        String required(Field field) {
            String text = text(field);
            if (text.isEmpty()) {
                missing(field);
            }
            return text;
        }

        /** The word as mapped (or one of the allowed values where no words are mapped), matched ignoring case and spaces. */
        Optional<String> word(Field field, Map<String, ?> words, List<String> allowed) {
            String key = ColumnMapping.key(text(field));
            if (!words.isEmpty()) {
                for (Map.Entry<String, ?> word : words.entrySet()) {
                    if (ColumnMapping.key(word.getKey()).equals(key)) {
                        return Optional.of(word.getValue() instanceof String meaning ? meaning : word.getKey());
                    }
                }
                String forms = String.join(", ", words.keySet());
                if (words.values().iterator().next() instanceof String) {
                    forms += " (mapped to " + words.values().stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
                }
                unknownWord(field, "one of " + forms);
                return Optional.empty();
            }
            for (String value : allowed) {
                if (ColumnMapping.key(value).equals(key)) {
                    return Optional.of(value);
                }
            }
            unknownWord(field, "one of " + String.join(", ", allowed) + " (the scheme's)");
            return Optional.empty();
        }

        Optional<PartialDate> partialDate(Field field) {
            SheetCell cell = cell(field);
            if (cell.isBlank()) {
                return Optional.empty();
            }
            if (cell.date().isPresent()) {
                return Optional.of(PartialDate.of(cell.date().get()));
            }
            if (cell.number().isEmpty()) {
                TargetDate read = TargetDateParser.parse(cell.text());
                Optional<LocalDate> from = read.from();
                switch (read.kind()) {
                    case DAY:
                        return Optional.of(PartialDate.of(from.orElseThrow()));
                    case MONTH:
                        return Optional.of(PartialDate.ofMonth(from.orElseThrow().getYear(), from.orElseThrow().getMonthValue()));
                    case YEAR:
                        return Optional.of(PartialDate.ofYear(from.orElseThrow().getYear()));
                    default:
                        break;
                }
            }
            wrong(field, field.expected());
            return Optional.empty();
        }

        Optional<PartialDate> year(Field field) {
            SheetCell cell = cell(field);
            if (cell.isBlank()) {
                return Optional.empty();
            }
            Optional<Integer> year = cell.number().filter(n -> n == Math.rint(n)).map(Double::intValue)
                    .or(() -> WHOLE_NUMBER.matcher(cell.text()).matches() && cell.date().isEmpty()
                            ? Optional.of(Integer.parseInt(cell.text())) : Optional.empty())
                    .filter(y -> y >= 1900 && y <= 2100);
            if (year.isEmpty()) {
                wrong(field, field.expected());
            }
            return year.map(PartialDate::ofYear);
        }

        Optional<TargetDate> target(Field field) {
            SheetCell cell = cell(field);
            if (cell.isBlank()) {
                return Optional.empty();
            }
            if (cell.date().isPresent()) {
                return Optional.of(TargetDate.on(cell.date().get()));
            }
            TargetDate read = TargetDateParser.parse(cell.text());
            if (cell.number().isPresent() || read.kind() == TargetDate.Kind.UNRECOGNISED) {
                wrong(field, "a target date such as 31 March 2021, Mar 2021, Q3 2020/21, TBC or Ongoing");
                return Optional.empty();
            }
            return Optional.of(read);
        }
    }

    /** A source being read. */
    private final class SourceDraft {
        final String id;
        final String title;
        final Optional<PartialDate> date;
        final int firstRow;
        Optional<String> assurance = Optional.empty();
        Optional<String> issuedBy = Optional.empty();
        final List<Draft> drafts = new ArrayList<>();
        final Map<String, Integer> references = new HashMap<>();

        SourceDraft(String id, String title, Optional<PartialDate> date, int firstRow) {
            this.id = id;
            this.title = title;
            this.date = date;
            this.firstRow = firstRow;
        }

        /** The first value given wins; a different one in a later row is reported. */
        Optional<String> keep(Row row, Field field, Optional<String> kept, Optional<String> given) {
            if (kept.isEmpty() || given.isEmpty() || kept.equals(given)) {
                return kept.or(() -> given);
            }
            findings.add(Finding.warning(row.place(field), "'" + given.get() + "' differs from '" + kept.get()
                    + "', which the rows of source '" + title + "' gave first (row " + firstRow + "); '" + kept.get() + "' is kept"));
            return kept;
        }
    }

    /** A recommendation being read. */
    private static final class Draft {
        String id = "";
        String reference = "";
        String title = "";
        String text = "";
        String priority = "";
        final List<Ownership> owners = new ArrayList<>();
        final List<TargetRevision> targets = new ArrayList<>();
        Optional<ManagementResponse> response = Optional.empty();
        final List<Pending<ProgressUpdate>> updates = new ArrayList<>();
        final List<Pending<GovernanceDecision>> decisions = new ArrayList<>();
        final List<Pending<ExtensionRequest>> extensions = new ArrayList<>();
        final List<Link> links = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        Optional<String> statedStatus = Optional.empty();
        Optional<String> statedRag = Optional.empty();

        /**
         * The recommendation, with entries the sheet left undated given the as-of day; an approved extension
         * is a target revision carrying its reason and the forum that agreed it.
         */
        Recommendation build(Optional<PartialDate> asOf) {
            List<ProgressUpdate> sortedUpdates = new ArrayList<>(updates.stream().map(u -> u.resolve(asOf)).toList());
            sortedUpdates.sort(Comparator.comparing(ProgressUpdate::date));
            List<GovernanceDecision> sortedDecisions = new ArrayList<>(decisions.stream().map(d -> d.resolve(asOf)).toList());
            sortedDecisions.sort(Comparator.comparing(GovernanceDecision::date));
            List<ExtensionRequest> requests = extensions.stream().map(e -> e.resolve(asOf)).toList();
            List<TargetRevision> history = new ArrayList<>(targets);
            for (ExtensionRequest request : requests) {
                if (!request.isApproved()) {
                    continue;
                }
                ExtensionRequest.Decision decision = request.decision().orElseThrow();
                TargetRevision agreed = new TargetRevision(request.target(), Optional.of(decision.date()), request.reason(),
                        Optional.of(decision.forum()));
                int last = history.size() - 1;
                if (last > 0 && history.get(last).target().isSameTargetAs(request.target())) {
                    history.set(last, agreed);
                } else if (history.stream().noneMatch(t -> t.equals(agreed))) {
                    history.add(agreed);
                }
            }
            return Recommendation.builder(id, reference, text, priority)
                    .title(title)
                    .owners(owners)
                    .response(response)
                    .targetHistory(history)
                    .extensionRequests(requests)
                    .updates(sortedUpdates)
                    .links(links)
                    .decisions(sortedDecisions)
                    .statedStatus(statedStatus)
                    .statedRag(statedRag)
                    .notes(notes.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", notes)))
                    .build();
        }
    }
}
