package io.github.rectrack.export.xlsx.mapping;

import io.github.rectrack.engine.spi.Finding;
import io.github.rectrack.engine.spi.ImportResult;
import io.github.rectrack.export.xlsx.mapping.ColumnMapping.ColumnRef;
import io.github.rectrack.export.xlsx.mapping.ColumnMapping.Field;
import io.github.rectrack.export.xlsx.mapping.ColumnMapping.StatusWord;
import io.github.rectrack.model.GovernanceDecision;
import io.github.rectrack.model.ManagementResponse;
import io.github.rectrack.model.Ownership;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.Person;
import io.github.rectrack.model.ProgressUpdate;
import io.github.rectrack.model.Recommendation;
import io.github.rectrack.model.Register;
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
import java.util.Set;
import java.util.TreeMap;
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
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");

    private final String name;
    private final ColumnMapping mapping;
    private final List<Finding> findings = new ArrayList<>();
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

    MappedRows(String name, ColumnMapping mapping) {
        this.name = name;
        this.mapping = mapping;
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
    public void row(int number, List<SheetCell> cells) {
        if (headerRow < 0) {
            header(number, cells);
            return;
        }
        if (index.size() < mapping.columns().size() || cells.stream().allMatch(SheetCell::isBlank)) {
            return; // a mapped column is missing (reported with the header row), or the row is blank
        }
        for (int i = 0; i < cells.size(); i++) {
            if (!cells.get(i).isBlank() && !index.containsValue(i) && !ignored.contains(i)) {
                unmapped.putIfAbsent(i, number);
            }
        }
        dataRows++;
        Row row = new Row(number, cells);
        if (mapping.continuationRows() && row.blank(Field.REFERENCE) && row.blank(Field.TEXT) && row.blank(Field.PRIORITY)) {
            continuation(row);
        } else {
            recommendation(row);
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
            return ImportResult.failed(findings);
        }
        if (index.size() < mapping.columns().size()) {
            return ImportResult.failed(findings);
        }
        unmapped.forEach((column, row) -> findings.add(Finding.warning(place(-1, column),
                "is not mapped, so its values are not imported (first in row " + row
                        + "): map it under 'columns' or list it under 'ignore'")));
        if (dataRows == 0) {
            findings.add(Finding.warning(place(headerRow, -1), "no rows below the header row: the register is empty"));
        }
        List<Source> built = new ArrayList<>();
        for (SourceDraft source : sources.values()) {
            List<Recommendation> recommendations = source.drafts.stream().map(Draft::build).toList();
            if (!recommendations.isEmpty()) {
                built.add(new Source(source.id, mapping.sourceKind(), source.title, source.issuedBy, source.date,
                        source.assurance, Optional.empty(), Optional.empty(), recommendations));
            }
        }
        Register register = new Register(mapping.registerId(), mapping.organisation(), mapping.scheme(),
                List.copyOf(people.values()), built);
        return new ImportResult(Optional.of(register), findings);
    }

    private void recommendation(Row row) {
        int errors = findings.size();
        String title = row.text(Field.SOURCE_TITLE);
        String givenId = row.text(Field.SOURCE_ID);
        if (title.isEmpty() && givenId.isEmpty()) {
            row.missing(mapping.columns().containsKey(Field.SOURCE_TITLE) ? Field.SOURCE_TITLE : Field.SOURCE_ID);
        }
        String reference = row.required(Field.REFERENCE);
        String text = row.required(Field.TEXT);
        Optional<String> priority = row.required(Field.PRIORITY).isEmpty() ? Optional.empty()
                : row.word(Field.PRIORITY, mapping.priorityWords(), mapping.scheme().priorities());
        Optional<PartialDate> sourceDate = mapping.columns().containsKey(Field.SOURCE_YEAR) ? row.year(Field.SOURCE_YEAR)
                : row.partialDate(Field.SOURCE_DATE);
        Optional<String> assurance = row.blank(Field.ASSURANCE) ? Optional.empty()
                : row.word(Field.ASSURANCE, mapping.assuranceWords(), mapping.scheme().assuranceLevels());
        List<TargetRevision> targets = new ArrayList<>();
        row.target(Field.TARGET).ifPresent(t -> targets.add(TargetRevision.of(t)));
        row.target(Field.REVISED_TARGET).ifPresent(t -> targets.add(TargetRevision.of(t)));
        Draft draft = new Draft();
        events(row, draft);
        if (findings.size() > errors) {
            fail(row);
            return;
        }
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
            draft.response = Optional.of(new ManagementResponse(ManagementResponse.Acceptance.ACCEPTED, Optional.empty(),
                    row.text(Field.RESPONSE), Optional.empty()));
        }
        source.drafts.add(draft);
        previous = draft;
        previousRow = row.number;
        previousFailed = false;
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
        int errors = findings.size();
        Optional<TargetDate> revised = row.target(Field.REVISED_TARGET);
        Draft more = new Draft();
        events(row, more);
        if (findings.size() > errors) {
            return; // the errors say what was left out; the recommendation above keeps what it had
        }
        revised.ifPresent(t -> previous.targets.add(TargetRevision.of(t)));
        previous.updates.addAll(more.updates);
        previous.decisions.addAll(more.decisions);
    }

    /** The row's progress update (with its notes) and the decision its status records. */
    private void events(Row row, Draft draft) {
        Optional<PartialDate> date = row.partialDate(Field.UPDATE_DATE);
        String update = row.text(Field.UPDATE_TEXT);
        String notes = row.text(Field.NOTES);
        String text = update.isEmpty() ? notes.isEmpty() ? "" : "Notes: " + notes
                : notes.isEmpty() ? update : update + "\n\nNotes: " + notes;
        Optional<StatusWord> status = row.blank(Field.STATUS) ? Optional.empty()
                : row.word(Field.STATUS, mapping.statusWords(), List.of()).map(w -> mapping.statusWords().get(w));
        boolean decides = status.flatMap(StatusWord::decision).isPresent();
        if (text.isEmpty() && !decides) {
            return;
        }
        Optional<PartialDate> when = date.or(() -> mapping.asOf().map(PartialDate::of));
        if (when.isEmpty()) {
            if (row.blank(Field.UPDATE_DATE)) {
                Field at = mapping.columns().containsKey(Field.UPDATE_DATE) ? Field.UPDATE_DATE
                        : !update.isEmpty() ? Field.UPDATE_TEXT : !notes.isEmpty() ? Field.NOTES : Field.STATUS;
                findings.add(Finding.error(row.place(at), "expected " + Field.UPDATE_DATE.expected()
                        + " for this row's " + (text.isEmpty() ? "status" : "update")
                        + ", found nothing; the mapping gives no register.asOf to use instead"));
            }
            return;
        }
        if (!text.isEmpty()) {
            draft.updates.add(ProgressUpdate.of(when.get(), text));
        }
        status.ifPresent(word -> word.decision().ifPresent(kind -> draft.decisions.add(new GovernanceDecision(
                when.get(), word.forum().orElseThrow(), kind, Optional.empty(),
                Optional.of("Status '" + row.text(Field.STATUS) + "' in row " + row.number),
                Optional.empty()))));
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

        SheetCell cell(Field field) {
            Integer at = index.get(field);
            return at == null || at >= cells.size() ? SheetCell.BLANK : cells.get(at);
        }

        boolean blank(Field field) {
            return cell(field).isBlank();
        }

        String text(Field field) {
            return cell(field).text();
        }

        String place(Field field) {
            Integer at = index.get(field);
            return MappedRows.this.place(number, at == null ? -1 : at);
        }

        void missing(Field field) {
            findings.add(Finding.error(place(field), "expected " + field.expected() + ", found nothing"));
        }

        void wrong(Field field, String expected) {
            findings.add(Finding.error(place(field), "expected " + expected + ", found '" + text(field) + "'"));
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
                        return Optional.of(field == Field.STATUS ? word.getKey() : (String) word.getValue());
                    }
                }
                String forms = String.join(", ", words.keySet());
                if (field != Field.STATUS) {
                    forms += " (mapped to " + words.values().stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
                }
                wrong(field, "one of " + forms);
                return Optional.empty();
            }
            for (String value : allowed) {
                if (ColumnMapping.key(value).equals(key)) {
                    return Optional.of(value);
                }
            }
            wrong(field, "one of " + String.join(", ", allowed));
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
        final List<ProgressUpdate> updates = new ArrayList<>();
        final List<GovernanceDecision> decisions = new ArrayList<>();

        Recommendation build() {
            List<ProgressUpdate> sortedUpdates = new ArrayList<>(updates);
            sortedUpdates.sort(Comparator.comparing(ProgressUpdate::date));
            List<GovernanceDecision> sortedDecisions = new ArrayList<>(decisions);
            sortedDecisions.sort(Comparator.comparing(GovernanceDecision::date));
            return Recommendation.builder(id, reference, text, priority)
                    .title(title)
                    .owners(owners)
                    .response(response)
                    .targetHistory(targets)
                    .updates(sortedUpdates)
                    .decisions(sortedDecisions)
                    .build();
        }
    }
}
