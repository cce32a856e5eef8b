package io.github.rectrack.sheets;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.engine.spi.Finding;
import io.github.rectrack.engine.spi.WorkProgress;
import io.github.rectrack.sheets.xlsx.XlsxWorkbook;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Proposes a column mapping for a force's own spreadsheet (.xlsx or CSV): the text of a YAML mapping file
 * in the format {@link ColumnMapping} reads, each guess with a comment on its line saying what it saw.
 *
 * <pre>{@code
 * try (InputStream in = Files.newInputStream(Path.of("force.xlsx"))) {
 *     MappingSuggester.Suggestion suggestion = new MappingSuggester().suggest(in, "force.xlsx", Optional.empty());
 *     Files.writeString(Path.of("mapping.yaml"), suggestion.yaml());
 * }
 * }</pre>
 *
 * <h2>What it reads</h2>
 * The first 100 rows, to find the header row: the row with the most cells that read as known headers
 * (at least two; the first of equally good rows), so that title rows above it are skipped. Then at most
 * the first 2,000 non-blank rows below it. Without a sheet name, every sheet of a workbook is read so and
 * the one whose header row reads best is proposed. Memory stays bounded whatever the sheet's size; a
 * workbook is copied to a temporary file (deleted afterwards) so that its sheets can be read one by one.
 *
 * <h2>What it proposes</h2>
 * <ul>
 *   <li>Each header matched by the words forces use (case, punctuation and spaces ignored): "Rec No." is
 *       the reference, "Person Responsible" the owners, "Target Date (original)" the target, "Meeting
 *       date" the source's date, and so on. A header that reads as no field is listed under {@code ignore}
 *       with the comment {@code not recognised: map it or leave it ignored}; of two headers that read as
 *       one field the first is used and the other is listed in a comment and under {@code ignore}. A
 *       blank or repeated header is given by letter.
 *   <li>No priority column: {@code priority: {value: "Not graded"}}. No source column: {@code sourceTitle:
 *       {value: ...}} with the sheet's name (or, for a CSV file or a sheet called "Sheet1", the file's base
 *       name).
 *   <li>Every distinct word of the status, priority, assurance and extension decision columns, with its
 *       row count and a proposed meaning, or {@code "?"} with what would be accepted when it cannot place
 *       the word. The import refuses a {@code "?"}, naming it, until a person decides.
 *   <li>{@code register.organisation: "?"}: the sheet cannot say it. The as-of day is proposed only from
 *       a clear "as at", "as of" or "position at" date in the title rows; otherwise it is left out and the
 *       import works it out.
 * </ul>
 *
 * <p>Thread-safe: each call reads on its own.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class MappingSuggester {

    /**
     * A proposed mapping.
     *
     * @param yaml the mapping file's text, YAML with a comment on every guess
     * @param seen what was seen, one line for each guess: {@code columns.reference: column D: header 'Rec
     *     No.' reads as the reference}
     * @param sheet the sheet read, empty for a CSV file
     * @param headerRow the header row found, 1-based
     * @param mappedColumns how many columns of the sheet are mapped to a field
     * @param ignoredColumns how many columns are listed under {@code ignore}
     * @param wordsToDecide how many words, and fields, are left as {@code "?"} for a person to decide
     *     ({@code register.organisation} not counted)
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public record Suggestion(String yaml, List<String> seen, Optional<String> sheet, int headerRow, int mappedColumns,
            int ignoredColumns, int wordsToDecide) {

        /**
         * Checks for nulls and copies the list.
         *
         * @param yaml the mapping file's text, YAML with a comment on every guess
         * @param seen what was seen, one line for each guess: {@code columns.reference: column D: header 'Rec
         *     No.' reads as the reference}
         * @param sheet the sheet read, empty for a CSV file
         * @param headerRow the header row found, 1-based
         * @param mappedColumns how many columns of the sheet are mapped to a field
         * @param ignoredColumns how many columns are listed under {@code ignore}
         * @param wordsToDecide how many words, and fields, are left as {@code "?"} for a person to decide
         *     ({@code register.organisation} not counted)
         */
        public Suggestion {
            Objects.requireNonNull(yaml, "yaml");
            Objects.requireNonNull(sheet, "sheet");
            seen = List.copyOf(seen);
        }
    }

    private static final int MAX_SHEETS = 50;
    private static final int COMMENT_AT = 40;
    private static final Pattern SAFE = Pattern.compile("[A-Za-z][A-Za-z0-9 ._()/&'-]*");
    private static final Set<String> YAML_WORDS = Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null");
    private static final Pattern DEFAULT_SHEET = Pattern.compile("(?i)sheet\\s*\\d*");
    private static final String MONTHS = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
    private static final Pattern AS_AT = Pattern.compile("(?i)\\b(?:as\\s+at|as\\s+of|position\\s+(?:as\\s+)?at)\\s*:?\\s*"
            + "(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(" + MONTHS + ")\\.?,?\\s+(\\d{4})"
            + "|(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4}|\\d{2})(?!\\d)"
            + "|(\\d{4})-(\\d{2})-(\\d{2}))");

    /** The fields in the order of {@code columns} in the mapping file, with what each holds, for comments. */
    private static final Map<String, String> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("sourceId", "the source's id");
        FIELDS.put("sourceTitle", "the source's title");
        FIELDS.put("sourceDate", "the source's date");
        FIELDS.put("sourceYear", "the source's year");
        FIELDS.put("issuedBy", "the body that issued the source");
        FIELDS.put("assurance", "the assurance opinion");
        FIELDS.put("reference", "the reference");
        FIELDS.put("title", "the title");
        FIELDS.put("text", "the recommendation's text");
        FIELDS.put("priority", "the priority");
        FIELDS.put("owners", "the owners");
        FIELDS.put("target", "the original target");
        FIELDS.put("revisedTarget", "the revised target");
        FIELDS.put("status", "the status (its words are kept as the stated status)");
        FIELDS.put("statusDate", "the day the status was reached (it dates the status's decision)");
        FIELDS.put("rag", "the force's own RAG colour (kept as the stated RAG)");
        FIELDS.put("percentComplete", "the percent complete");
        FIELDS.put("updateDate", "the update's date");
        FIELDS.put("updateText", "the update's text");
        FIELDS.put("response", "the management response");
        FIELDS.put("notes", "notes");
        FIELDS.put("minute", "the minute number");
        FIELDS.put("extensionTarget", "the target an extension asks for");
        FIELDS.put("extensionReason", "the reason given for an extension");
        FIELDS.put("extensionDate", "the day an extension was asked for");
        FIELDS.put("extensionDecision", "the decision on an extension");
    }

    /** A suggester; it holds no state. */
    public MappingSuggester() {}

    /**
     * Proposes a mapping for a spreadsheet.
     *
     * @param in the .xlsx workbook or CSV file; read, not closed
     * @param name the file's name, for messages and to make the register's id from
     * @param sheet the sheet to read, case ignored; empty to take the sheet whose header row reads best
     * @return the proposed mapping and what was seen
     * @throws IllegalArgumentException saying what is wrong, for an empty file, an .xls workbook, a file
     *     that is neither an .xlsx workbook nor UTF-8 CSV, a sheet the workbook does not have, or a sheet
     *     with no header row in its first 100 rows
     * @throws IOException if reading the stream itself fails
     */
    public Suggestion suggest(InputStream in, String name, Optional<String> sheet) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sheet, "sheet");
        BufferedInputStream buffered = new BufferedInputStream(in);
        SheetFile.Kind kind = SheetFile.of(buffered, name, "try that");
        if (kind.refusal().isPresent()) {
            throw new IllegalArgumentException(kind.refusal().get());
        }
        SheetScan scan;
        List<String> others = new ArrayList<>();
        if (kind.file().orElseThrow() == SheetFile.XLSX) {
            scan = workbook(buffered, name, sheet, others);
        } else {
            scan = new SheetScan(Optional.empty());
            try {
                Optional<Finding> failure = CsvRows.read(buffered, name, scan);
                if (failure.isPresent()) {
                    throw new IllegalArgumentException(failure.get().location() + ": " + failure.get().message()
                            + " (expected an .xlsx workbook or a CSV file in UTF-8)");
                }
            } catch (SheetScan.Enough e) {
                // enough rows read
            }
            scan.finish();
        }
        if (scan.headerRow() == 0) {
            throw new IllegalArgumentException(name + scan.sheet().map(s -> ", sheet '" + s + "'").orElse("")
                    + ": found no header row in the first " + SheetScan.HEADER_SEARCH + " rows: no row has "
                    + SheetScan.FEWEST_HEADERS + " or more cells that read as known headers such as Ref, Recommendation, "
                    + "Owner, Target, Update, Status, Priority"
                    + (others.isEmpty() ? "" : "; the other sheets have none either (" + String.join(", ", others) + ")")
                    + scan.sheet().map(s -> "; give the sheet that holds the tracker").orElse(""));
        }
        return new Proposal(scan, name, sheet.isPresent(), others).build();
    }

    private static SheetScan workbook(InputStream in, String name, Optional<String> wanted, List<String> others) {
        Path copy = null;
        try {
            copy = Files.createTempFile("tracker-suggest-", ".xlsx");
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            List<String> names = new ArrayList<>();
            try (XlsxWorkbook workbook = XlsxWorkbook.open(copy)) {
                names.addAll(workbook.sheetNames());
            } catch (Exception e) {
                // A file that is not a workbook, or is damaged, comes as an I/O or a runtime exception.
                throw new IllegalArgumentException(name + " could not be read as an .xlsx workbook: "
                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
            }
            if (names.isEmpty()) {
                throw new IllegalArgumentException(name + " has no sheets");
            }
            List<String> toRead = names;
            if (wanted.isPresent()) {
                toRead = names.stream().filter(n -> n.equalsIgnoreCase(wanted.get().strip())).limit(1).toList();
                if (toRead.isEmpty()) {
                    throw new IllegalArgumentException(name + " has no sheet '" + wanted.get() + "'; its sheets are "
                            + String.join(", ", names.stream().map(n -> "'" + n + "'").toList()));
                }
            }
            SheetScan best = null;
            for (String sheet : toRead.subList(0, Math.min(MAX_SHEETS, toRead.size()))) {
                SheetScan scan = new SheetScan(Optional.of(sheet));
                Optional<Finding> failure;
                try (InputStream stream = Files.newInputStream(copy)) {
                    failure = WorkbookRows.read(stream, name, Optional.of(sheet), s -> { }, scan, WorkProgress.NONE);
                }
                if (failure.isPresent() && !scan.cutShort()) {
                    throw new IllegalArgumentException(failure.get().message());
                }
                scan.finish();
                if (best == null || scan.headerScore() > best.headerScore()) {
                    if (best != null) {
                        others.add(describe(best));
                    }
                    best = scan;
                } else {
                    others.add(describe(scan));
                }
            }
            return best;
        } catch (IOException e) {
            throw new UncheckedIOException("could not copy " + name + " to a temporary file to read it: " + e.getMessage(), e);
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException e) {
                    // the temporary directory's clean-up removes it
                }
            }
        }
    }

    private static String describe(SheetScan scan) {
        return "'" + scan.sheet().orElse("") + "': " + (scan.headerScore() == 0 ? "no" : String.valueOf(scan.headerScore()))
                + " header" + (scan.headerScore() == 1 ? "" : "s");
    }

    /**
     * The as-of day a title row states clearly: "as at 31 March 2024", "Position as at 31/03/2024", "as of
     * 2024-03-31".
     *
     * @param text a title row's text
     * @return the day, if the text states one
     */
    static Optional<LocalDate> asAt(String text) {
        Matcher m = AS_AT.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            if (m.group(1) != null) {
                String month = m.group(2).toLowerCase(Locale.ROOT).substring(0, 3);
                Month parsed = Arrays.stream(Month.values())
                        .filter(x -> x.getDisplayName(TextStyle.SHORT, Locale.UK).toLowerCase(Locale.ROOT).startsWith(month))
                        .findFirst().orElseThrow();
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), parsed, Integer.parseInt(m.group(1))));
            }
            if (m.group(4) != null) {
                int year = Integer.parseInt(m.group(6));
                return Optional.of(LocalDate.of(year < 100 ? 2000 + year : year, Integer.parseInt(m.group(5)),
                        Integer.parseInt(m.group(4))));
            }
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(7)), Integer.parseInt(m.group(8)), Integer.parseInt(m.group(9))));
        } catch (DateTimeException | java.util.NoSuchElementException e) {
            return Optional.empty();
        }
    }

    /**
     * The letters of a column: A for 0, AA for 26.
     *
     * @param index the column's index
     * @return the letters
     */
    static String letter(int index) {
        StringBuilder b = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            b.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return b.toString();
    }

    /**
     * A YAML scalar for a text: plain where that reads back as the same text, else double-quoted.
     *
     * @param text the text
     * @return the scalar
     */
    static String scalar(String text) {
        if (SAFE.matcher(text).matches() && !YAML_WORDS.contains(text.toLowerCase(Locale.ROOT))) {
            return text;
        }
        StringBuilder b = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\x%02x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** Builds the mapping's text from a scan. */
    private static final class Proposal {

        private final SheetScan scan;
        private final String name;
        private final boolean sheetAsked;
        private final List<String> others;
        private final StringBuilder yaml = new StringBuilder();
        private final List<String> seen = new ArrayList<>();
        private final List<String[]> ignore = new ArrayList<>();
        private int mapped;
        private int toDecide;

        Proposal(SheetScan scan, String name, boolean sheetAsked, List<String> others) {
            this.scan = scan;
            this.name = name;
            this.sheetAsked = sheetAsked;
            this.others = others;
        }

        private void line(int indent, String path, String text, String raw) {
            String comment = raw == null ? null : raw.replaceAll("[\\s\\u00a0]+", " ");
            StringBuilder l = new StringBuilder(" ".repeat(indent)).append(text);
            if (comment != null) {
                l.append(" ".repeat(Math.max(1, COMMENT_AT - l.length()))).append("# ").append(comment);
                seen.add(path + ": " + comment);
            }
            yaml.append(l.toString().replaceAll("[\\r\\n\\u2028\\u2029\\u0085]+", " ")).append('\n');
        }

        private String column(int index) {
            SheetScan.Column c = scan.columns().get(index);
            return "column " + letter(index) + (c.header().isEmpty() ? "" : " (" + c.header() + ")");
        }

        /** The column as the mapping gives it: by header, or by letter when its header is blank or repeated. */
        private String ref(int index) {
            SheetScan.Column c = scan.columns().get(index);
            String key = c.header().toLowerCase(Locale.ROOT).replace(" ", "");
            long same = scan.columns().stream().filter(o -> o.header().toLowerCase(Locale.ROOT).replace(" ", "").equals(key)).count();
            return c.header().isEmpty() || same > 1 ? "{letter: " + letter(index) + "}" : scalar(c.header());
        }

        Suggestion build() {
            String base = baseName();
            yaml.append("# A column mapping proposed by 'tracker mapping suggest' from ").append(name)
                    .append(scan.sheet().map(s -> ", sheet '" + s + "'").orElse("")).append(".\n")
                    .append("# Each guess says on its line what it saw. Before importing: write register.organisation,\n")
                    .append("# decide every \"?\" (the import refuses a \"?\", naming it), and check the rest.\n");
            register(base);
            line(0, "scheme", "scheme: default", "forums OWNER, BOARD, PANEL; priorities Fundamental, Significant, Housekeeping");
            if (scan.sheet().isPresent()) {
                String why = sheetAsked ? "the sheet asked for"
                        : others.isEmpty() ? "the workbook's only sheet"
                        : "its row " + scan.headerRow() + " reads best as a header (" + scan.headerScore() + " headers); "
                                + String.join(", ", others);
                line(0, "sheet", "sheet: " + scalar(scan.sheet().get()), why);
            }
            long cells = scan.columns().stream().filter(c -> !c.header().isEmpty()).count();
            line(0, "headerRow", "headerRow: " + scan.headerRow(), "row " + scan.headerRow() + ": " + scan.headerScore() + " of "
                    + cells + " header cells read as known headers"
                    + (scan.headerRow() > 1 ? "; rows above it are titles" : ""));
            sourceKind();
            continuation();
            columns(base);
            values();
            ignored();
            return new Suggestion(yaml.toString(), seen, scan.sheet(), scan.headerRow(), mapped, ignore.size(), toDecide);
        }

        private String baseName() {
            String file = name.replace('\\', '/');
            file = file.substring(file.lastIndexOf('/') + 1);
            int dot = file.lastIndexOf('.');
            return dot > 0 ? file.substring(0, dot) : file;
        }

        private void register(String base) {
            String id = base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
            yaml.append("register:\n");
            line(2, "register.id", "id: " + scalar(id.isEmpty() ? "register" : id), "made from the file name " + name);
            line(2, "register.organisation", "organisation: \"?\"", "the sheet cannot say: write the organisation's name");
            for (String title : scan.titles()) {
                Optional<LocalDate> day = asAt(title);
                if (day.isPresent()) {
                    line(2, "register.asOf", "asOf: " + day.get(), "the sheet's as-of day, from " + shorten(title));
                    return;
                }
            }
            line(2, "register.asOf", "# asOf: left out", "no title row says \"as at\" a day: the import works it out and says so");
        }

        private void sourceKind() {
            Map<String, Integer> fields = scan.fieldColumns();
            Integer meeting = fields.get("sourceDate");
            boolean meetingDate = meeting != null && scan.columns().get(meeting).match().get().word().contains("meeting");
            String titles = String.join(" ", scan.titles()).toLowerCase(Locale.ROOT) + " "
                    + scan.sheet().orElse("").toLowerCase(Locale.ROOT);
            if (meetingDate || fields.containsKey("minute")) {
                int c = meetingDate ? meeting : fields.get("minute");
                line(0, "sourceKind", "sourceKind: COMMITTEE_ACTIONS", column(c) + " reads as a committee's rolling action sheet");
            } else if (titles.contains("inspection") || titles.contains("hmicfrs") || titles.contains("hmic")) {
                line(0, "sourceKind", "sourceKind: INSPECTION", "the title rows or sheet name say inspection (no column says)");
            } else if (titles.contains("action plan")) {
                line(0, "sourceKind", "sourceKind: ACTION_PLAN", "the title rows or sheet name say action plan (no column says)");
            } else if (titles.contains("audit")) {
                line(0, "sourceKind", "sourceKind: INTERNAL_AUDIT", "the title rows or sheet name say audit (no column says)");
            } else {
                line(0, "sourceKind", "sourceKind: INTERNAL_AUDIT", "nothing in the title rows or columns says: INTERNAL_AUDIT assumed;"
                        + " or COMMITTEE_ACTIONS, INSPECTION, ACTION_PLAN, EXTERNAL_AUDIT, REGULATOR_AUDIT, OTHER");
            }
        }

        private void continuation() {
            Map<String, Integer> fields = scan.fieldColumns();
            if (scan.continuationRow() > 0) {
                line(0, "continuationRows", "continuationRows: true", "row " + scan.continuationRow() + " has no "
                        + refOrText(fields) + " but an update or status: it adds to the row above");
            } else {
                line(0, "continuationRows", "continuationRows: false", "no row below the header lacks the " + refOrText(fields)
                        + " while giving an update");
            }
        }

        private String refOrText(Map<String, Integer> fields) {
            List<String> parts = new ArrayList<>();
            if (fields.containsKey("reference")) {
                parts.add("reference (column " + letter(fields.get("reference")) + ")");
            }
            if (fields.containsKey("text")) {
                parts.add("text (column " + letter(fields.get("text")) + ")");
            }
            return parts.isEmpty() ? "reference or text column" : String.join(" or ", parts);
        }

        private void columns(String base) {
            Map<String, Integer> fields = scan.fieldColumns();
            yaml.append("columns:\n");
            List<Integer> used = new ArrayList<>();
            for (SheetScan.Column c : scan.columns()) {
                if (c.match().isEmpty()) {
                    if (!c.header().isEmpty()) {
                        ignore.add(new String[] {ref(c.index()), column(c.index()) + ": header '" + c.header()
                                + "' not recognised: map it or leave it ignored"});
                    } else if (scan.firstValueRow(c.index()).isPresent()) {
                        ignore.add(new String[] {ref(c.index()), column(c.index()) + ": no header, but values from row "
                                + scan.firstValueRow(c.index()).get() + ": map it or leave it ignored"});
                    }
                    continue;
                }
                HeaderWords.Match m = c.match().get();
                int first = fields.get(m.field());
                if (first != c.index()) {
                    ignore.add(new String[] {ref(c.index()), column(c.index()) + ": header '" + c.header() + "' also reads as "
                            + FIELDS.get(m.field()) + ", which " + column(first) + " gives: map it or leave it ignored"});
                    continue;
                }
                used.add(c.index());
                String how = m.exact() ? "reads as " : "holds '" + m.word() + "', read as ";
                String extra = m.field().equals("sourceDate") && m.word().contains("meeting") ? "; each meeting becomes a source" : "";
                line(2, "columns." + m.field(), m.field() + ": " + ref(c.index()),
                        "column " + letter(c.index()) + ": header '" + c.header() + "' " + how + FIELDS.get(m.field()) + extra);
                mapped++;
                for (SheetScan.Column other : scan.columns()) {
                    if (other.index() != c.index() && other.match().isPresent() && other.match().get().field().equals(m.field())) {
                        line(2, "columns." + m.field(), "# " + m.field() + ": also " + column(other.index())
                                + ", not used (listed under ignore); put it here instead if it is the better one", null);
                    }
                }
            }
            if (!fields.containsKey("text")) {
                toDecide++;
                line(2, "columns.text", "text: \"?\"", "no column reads as the recommendation's text (required): name its column");
            }
            if (!fields.containsKey("priority")) {
                line(2, "columns.priority", "priority: {value: \"Not graded\"}",
                        "no column reads as a priority: every row is 'Not graded' (the import adds that level)");
            }
            if (!fields.containsKey("sourceTitle") && !fields.containsKey("sourceId")) {
                String title = scan.sheet().filter(s -> !DEFAULT_SHEET.matcher(s).matches()).orElse(base);
                line(2, "columns.sourceTitle", "sourceTitle: {value: " + scalar(title) + "}",
                        "no column reads as the source: every row's source is titled with the "
                                + (scan.sheet().isPresent() && title.equals(scan.sheet().get()) ? "sheet's" : "file's") + " name");
            }
        }

        private void values() {
            Map<String, Integer> fields = scan.fieldColumns();
            boolean any = SheetScan.WORD_FIELDS.stream().anyMatch(fields::containsKey);
            if (!any) {
                line(0, "values", "values: {}", "no column reads as a status, priority, assurance or extension decision");
                return;
            }
            yaml.append("values:\n");
            for (String field : SheetScan.WORD_FIELDS) {
                Integer c = fields.get(field);
                if (c == null) {
                    continue;
                }
                List<SheetScan.Word> words = scan.words(c);
                String read = scan.cutShort() ? "in the first " + scan.dataRows() + " rows below the header" : "below the header";
                if (words.isEmpty()) {
                    line(2, "values." + field, field + ": {}", column(c) + ": no words " + read);
                    continue;
                }
                line(2, "values." + field, field + ":", column(c) + ": " + words.size() + " distinct word"
                        + (words.size() == 1 ? "" : "s") + " " + read);
                for (SheetScan.Word w : words) {
                    ValueWords.Meaning meaning = ValueWords.meaning(field, w.word());
                    if (!meaning.placed()) {
                        toDecide++;
                    }
                    line(4, "values." + field + "['" + w.word() + "']", scalar(w.word()) + ": " + scalar(meaning.value()),
                            column(c) + ", " + w.rows() + " row" + (w.rows() == 1 ? "" : "s") + ": '" + w.word() + "' "
                                    + meaning.reason());
                }
                if (scan.wordsLeftOut(c) > 0) {
                    line(4, "values." + field, "# " + column(c) + ": " + scan.wordsLeftOut(c) + " more cells hold words beyond the first "
                            + SheetScan.MAX_WORDS + " listed; the import refuses those until they are listed", null);
                    seen.add("values." + field + ": " + column(c) + ": " + scan.wordsLeftOut(c) + " more cells hold words not listed");
                }
            }
        }

        private void ignored() {
            if (ignore.isEmpty()) {
                line(0, "ignore", "ignore: []", "every column with a header is mapped");
                return;
            }
            yaml.append("ignore:\n");
            for (String[] entry : ignore) {
                line(2, "ignore", "- " + entry[0], entry[1]);
            }
        }

        private static String shorten(String title) {
            return title.length() > 80 ? title.substring(0, 77) + "..." : title;
        }
    }
}
