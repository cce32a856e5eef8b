package io.github.rectrack.sheets;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.rectrack.engine.json.RegisterJson;
import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.engine.spi.Finding;
import io.github.rectrack.engine.spi.ImportResult;
import io.github.rectrack.model.ExtensionRequest;
import io.github.rectrack.model.Forum;
import io.github.rectrack.model.GovernanceDecision;
import io.github.rectrack.model.ReportingRule;
import io.github.rectrack.model.ReportingRules;
import io.github.rectrack.model.Scheme;
import io.github.rectrack.model.Source;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * How a force's own spreadsheet maps onto a register: which sheet, which row holds the headers, which
 * column holds what, what the force's words mean, and the register and scheme to build. Read from a
 * small JSON or YAML file with {@link #read(Path)}; used by {@link MappedSpreadsheet}.
 *
 * <h2>The file</h2>
 * <pre>{@code
 * register:
 *   id: example-force-tracker              # required
 *   organisation: Example Constabulary     # required
 *   asOf: 2020-10-16                       # the day the sheet is as of: it dates what the sheet leaves undated
 * scheme: default                          # "default", a bundled register's id, or a scheme object
 * sheet: Tracker                           # by name; the first sheet when absent
 * headerRow: 4                             # 1-based; when absent, the first row holding every mapped header
 * maxRows: 200000                          # the most rows read, the header's included (default 1048576, Excel's)
 * sourceKind: INTERNAL_AUDIT               # the kind of every source (default INTERNAL_AUDIT)
 * issuedBy: Internal audit                 # the body that issued the sources, where no column says
 * continuationRows: true                   # a row with no reference, text or priority adds to the one above
 * columns:                                 # a header text (case and spaces ignored), {letter: E} or {value: ...}
 *   sourceTitle: {value: JARAP rolling actions}
 *   reference: Rec No.
 *   text: Recommendation                   # the only field required
 *   priority: {letter: E}
 *   status: Status
 *   rag: Status                            # one column may feed several fields
 * values:                                  # the force's words (case and spaces ignored)
 *   priority: {High: Fundamental, Medium: Significant, Low: Housekeeping}
 *   status: {Open: none, Proposed Close: PROPOSED_CLOSED, Complete: {decision: CLOSED, forum: JARAP}}
 *   extensionDecision: {Approved: APPROVED, Refused: REFUSED, Pending: none}
 * ignore: [RAG, {letter: M}]               # columns left out on purpose
 * }</pre>
 *
 * <p>The fields of {@code columns} are the {@link Field}s; each is a column, by header or letter, or one
 * fixed value for every row ({@code {value: "..."}}). Only {@code text} is required. Without a reference
 * column each recommendation is numbered by its place in its source; without a priority column every row
 * takes the fixed priority, else {@value #NOT_GRADED}, which is added to the scheme's priorities if the
 * scheme lacks it; without a source column or value every row belongs to one source named after the sheet.
 * {@code values.priority} maps the force's words to the scheme's priorities; without it a cell must hold one
 * of the scheme's priorities. {@code values.assurance} does the same for assurance levels. {@code
 * values.status} is required with a {@code status} column: each word maps to {@code none} (no decision),
 * to a {@link GovernanceDecision.Kind}, or to {@code {decision, forum}}; a decision with no forum is taken
 * by the scheme's first forum of the role that takes it ({@link #defaultForum}). Whatever it maps to, the
 * word is kept as the recommendation's stated status. {@code values.extensionDecision} likewise maps words
 * to {@code APPROVED}, {@code REFUSED} or {@code none}, decided by the scheme's panel unless a forum is
 * named. A value of {@value #UNDECIDED} (left by {@code tracker mapping suggest} for a word it could not
 * place, or for the organisation) is refused, naming it, until a person decides.
 *
 * <p>The default scheme ({@link #defaultScheme()}) is the reference one: priorities Fundamental,
 * Significant, Housekeeping; assurance Substantial, Satisfactory, Limited, No assurance; markings
 * OFFICIAL, OFFICIAL-SENSITIVE; forums OWNER, BOARD and PANEL; RAG policy {@code reference}; the
 * reference reporting rules.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class ColumnMapping {

    /** What a column can hold; the name is the key under {@code columns} in the mapping file. */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public enum Field {
        /** The source's own id; rows with one id form one source. */
        SOURCE_ID("sourceId", "a source id"),
        /** The source's title, for example "Seized &amp; Found Property". */
        SOURCE_TITLE("sourceTitle", "a source title"),
        /** The source's date: a date cell or text such as "March 2018". */
        SOURCE_DATE("sourceDate", "a date such as 7 May 2020 or March 2018"),
        /** The source's year as a number, for example 2019. */
        SOURCE_YEAR("sourceYear", "a year as a whole number such as 2019"),
        /** The body that issued the source. */
        ISSUED_BY("issuedBy", "the body that issued the source"),
        /** The source's assurance level. */
        ASSURANCE("assurance", "an assurance level"),
        /** The recommendation's printed reference. */
        REFERENCE("reference", "a reference such as 4.1"),
        /** The recommendation's short title. */
        TITLE("title", "a title"),
        /** The recommendation's full text. */
        TEXT("text", "the text of the recommendation"),
        /** The priority, in the force's words. */
        PRIORITY("priority", "a priority"),
        /** The owners, several separated by ";", "/", "," or new lines. */
        OWNERS("owners", "an owner"),
        /** The original target, as written. */
        TARGET("target", "a target date"),
        /** The revised target, as written. */
        REVISED_TARGET("revisedTarget", "a target date"),
        /** The status, in the force's words. */
        STATUS("status", "a status"),
        /** The day the status was reached ("Date Closed"): it dates the decision the status records. */
        STATUS_DATE("statusDate", "a date such as 7 May 2020 or May 2020"),
        /** The date of the progress update. */
        UPDATE_DATE("updateDate", "a date such as 7 May 2020 or May 2020"),
        /** The progress update's text. */
        UPDATE_TEXT("updateText", "an update"),
        /** The management response's text. */
        RESPONSE("response", "a management response"),
        /** Notes, kept as the recommendation's notes (not as an update). */
        NOTES("notes", "notes"),
        /** The force's own RAG colour, kept as written as the stated RAG. */
        RAG("rag", "a RAG colour"),
        /** How complete the work is: "75%", 75, or an Excel percentage. */
        PERCENT_COMPLETE("percentComplete", "a percentage from 0 to 100 such as 75%"),
        /** The minute number of the meeting that raised an action, kept as an external reference. */
        MINUTE("minute", "a minute number"),
        /** The later target an extension request asks for. */
        EXTENSION_TARGET("extensionTarget", "a target date"),
        /** Why the extension is asked for. */
        EXTENSION_REASON("extensionReason", "a reason"),
        /** When the extension was asked for. */
        EXTENSION_DATE("extensionDate", "a date such as 7 May 2020 or May 2020"),
        /** The decision on the extension, in the force's words. */
        EXTENSION_DECISION("extensionDecision", "a decision on the extension");

        private final String key;
        private final String expected;

        Field(String key, String expected) {
            this.key = key;
            this.expected = expected;
        }

        /**
         * The key of this field under {@code columns} in the mapping file.
         *
         * @return the key, for example {@code "revisedTarget"}
         */
        public String key() {
            return key;
        }

        /**
         * What a cell of this field should hold, for messages.
         *
         * @return a short description
         */
        public String expected() {
            return expected;
        }

        /**
         * The field with the given key.
         *
         * @param key the key, for example {@code "priority"}
         * @return the field, or empty if none has that key
         */
        public static Optional<Field> byKey(String key) {
            return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
        }
    }

    /**
     * A column of the sheet: by its header text or by its letter.
     *
     * @param header the header text as written in the mapping, if the column is found by header
     * @param letter the column letter, upper case, if the column is given by letter
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public record ColumnRef(Optional<String> header, Optional<String> letter) {

        /**
         * Checks that exactly one of header and letter is given.
         *
         * @param header the header text as written in the mapping, if the column is found by header
         * @param letter the column letter, upper case, if the column is given by letter
         */
        public ColumnRef {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(letter, "letter");
            if (header.isPresent() == letter.isPresent()) {
                throw new IllegalArgumentException("a column is given by header or by letter, not both or neither");
            }
        }

        /**
         * A column found by its header text.
         *
         * @param header the header text
         * @return the column
         */
        public static ColumnRef header(String header) {
            return new ColumnRef(Optional.of(header), Optional.empty());
        }

        /**
         * A column given by letter.
         *
         * @param letter the letter, for example "E"
         * @return the column
         */
        public static ColumnRef letter(String letter) {
            return new ColumnRef(Optional.empty(), Optional.of(letter.toUpperCase(Locale.ROOT)));
        }

        /**
         * The column's index, 0 for A, if it is given by letter.
         *
         * @return the index
         */
        public OptionalInt index() {
            return letter.map(l -> {
                int n = 0;
                for (char c : l.toCharArray()) {
                    n = n * 26 + (c - 'A' + 1);
                }
                return OptionalInt.of(n - 1);
            }).orElse(OptionalInt.empty());
        }

        /** The column as the mapping names it: {@code 'Grade'} or {@code column E}. */
        @Override
        public String toString() {
            return header.map(h -> "'" + h + "'").orElseGet(() -> "column " + letter.get());
        }
    }

    /**
     * What a status word of the force means.
     *
     * @param decision the decision the word records, or empty for none ("Open", "In progress")
     * @param forum the forum that takes that decision; present exactly when the decision is
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public record StatusWord(Optional<GovernanceDecision.Kind> decision, Optional<String> forum) {

        /**
         * Checks that a decision comes with its forum.
         *
         * @param decision the decision the word records, or empty for none ("Open", "In progress")
         * @param forum the forum that takes that decision; present exactly when the decision is
         */
        public StatusWord {
            Objects.requireNonNull(decision, "decision");
            Objects.requireNonNull(forum, "forum");
            if (decision.isPresent() != forum.isPresent()) {
                throw new IllegalArgumentException("a decision needs a forum, and only a decision has one");
            }
        }
    }

    /**
     * What a force's word for the decision on an extension request means.
     *
     * @param outcome approved or refused, or empty for none yet ("Pending")
     * @param forum the forum that decides; present exactly when the outcome is
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public record ExtensionWord(Optional<ExtensionRequest.Outcome> outcome, Optional<String> forum) {

        /**
         * Checks that an outcome comes with its forum.
         *
         * @param outcome approved or refused, or empty for none yet ("Pending")
         * @param forum the forum that decides; present exactly when the outcome is
         */
        public ExtensionWord {
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(forum, "forum");
            if (outcome.isPresent() != forum.isPresent()) {
                throw new IllegalArgumentException("an outcome needs a forum, and only an outcome has one");
            }
        }
    }

    /** The value a suggested mapping leaves for a person to decide; the mapping is refused while one is left. */
    public static final String UNDECIDED = "?";

    /** The priority a sheet without priorities gets when the mapping names none. */
    public static final String NOT_GRADED = "Not graded";

    private static final Pattern LETTERS = Pattern.compile("[A-Za-z]{1,3}");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0]+");
    /** The most rows read of a sheet unless the mapping or the importer's option says otherwise: Excel's, 1,048,576. */
    public static final int DEFAULT_MAX_ROWS = 1_048_576;

    /** The largest mapping file read, in bytes (1 MiB); a mapping is a few kilobytes. */
    public static final int MAX_FILE_BYTES = 1_048_576;

    private static final List<String> TOP = List.of("register", "scheme", "sheet", "headerRow", "maxRows", "sourceKind", "issuedBy",
            "continuationRows", "columns", "values", "ignore");
    private static final String UNDECIDED_ADVICE = "not decided yet: the suggested mapping could not place this; ";

    private final String registerId;
    private final String organisation;
    private final Optional<LocalDate> asOf;
    private final Scheme scheme;
    private final Optional<String> sheet;
    private final OptionalInt headerRow;
    private final int maxRows;
    private final Source.Kind sourceKind;
    private final Optional<String> issuedBy;
    private final boolean continuationRows;
    private final Map<Field, ColumnRef> columns;
    private final Map<Field, String> fixedValues;
    private final Map<String, String> priorityWords;
    private final Map<String, String> assuranceWords;
    private final Map<String, StatusWord> statusWords;
    private final Map<String, ExtensionWord> extensionWords;
    private final List<ColumnRef> ignored;

    private static final ObjectMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final ObjectMapper YAML = YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private ColumnMapping(Parser p) {
        this.registerId = p.registerId;
        this.organisation = p.organisation;
        this.asOf = p.asOf;
        this.scheme = p.scheme;
        this.sheet = p.sheet;
        this.headerRow = p.headerRow;
        this.maxRows = p.maxRows;
        this.sourceKind = p.sourceKind;
        this.issuedBy = p.issuedBy;
        this.continuationRows = p.continuationRows;
        this.columns = Collections.unmodifiableMap(new EnumMap<>(p.columns));
        this.fixedValues = Collections.unmodifiableMap(new EnumMap<>(p.fixedValues));
        this.priorityWords = Collections.unmodifiableMap(new LinkedHashMap<>(p.priorityWords));
        this.assuranceWords = Collections.unmodifiableMap(new LinkedHashMap<>(p.assuranceWords));
        this.statusWords = Collections.unmodifiableMap(new LinkedHashMap<>(p.statusWords));
        this.extensionWords = Collections.unmodifiableMap(new LinkedHashMap<>(p.extensionWords));
        this.ignored = List.copyOf(p.ignored);
    }

    private ColumnMapping(ColumnMapping m, Optional<LocalDate> asOf, int maxRows) {
        this.registerId = m.registerId;
        this.organisation = m.organisation;
        this.asOf = asOf;
        this.scheme = m.scheme;
        this.sheet = m.sheet;
        this.headerRow = m.headerRow;
        this.maxRows = maxRows;
        this.sourceKind = m.sourceKind;
        this.issuedBy = m.issuedBy;
        this.continuationRows = m.continuationRows;
        this.columns = m.columns;
        this.fixedValues = m.fixedValues;
        this.priorityWords = m.priorityWords;
        this.assuranceWords = m.assuranceWords;
        this.statusWords = m.statusWords;
        this.extensionWords = m.extensionWords;
        this.ignored = m.ignored;
    }

    /**
     * The same mapping with another as-of day, for example one given on the command line.
     *
     * @param day the day the sheet's content is stated as of
     * @return the mapping
     */
    public ColumnMapping withAsOf(LocalDate day) {
        return new ColumnMapping(this, Optional.of(Objects.requireNonNull(day, "day")), maxRows);
    }

    /**
     * The same mapping reading at most another number of rows, for example one given as an importer's option.
     *
     * @param rows the most rows read of the sheet, the header row and any rows above it included; 1 or more
     * @return the mapping
     * @throws IllegalArgumentException if {@code rows} is less than 1
     */
    public ColumnMapping withMaxRows(int rows) {
        if (rows < 1) {
            throw new IllegalArgumentException("the most rows read must be 1 or more, not " + rows);
        }
        return new ColumnMapping(this, asOf, rows);
    }

    /**
     * Reads a mapping file: YAML if its name ends in {@code .yaml} or {@code .yml}, JSON otherwise.
     *
     * @param file the file
     * @return the mapping
     * @throws MappingException naming the file and the JSON path of every problem
     * @throws UncheckedIOException if the file cannot be read
     */
    public static ColumnMapping read(Path file) {
        String name = file.toString();
        try {
            if (Files.isRegularFile(file) && Files.size(file) > MAX_FILE_BYTES) {
                throw tooLarge(name, String.format(Locale.ROOT, "%,d bytes", Files.size(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read column mapping " + name + ": " + e.getMessage(), e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, name);
        } catch (NoSuchFileException e) {
            throw new MappingException(name, List.of(new MappingException.Problem("", "no such file")));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read column mapping " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a mapping: YAML if the name ends in {@code .yaml} or {@code .yml}, JSON otherwise.
     *
     * @param in the mapping; read, not closed
     * @param name the file's name, for messages and to tell YAML from JSON
     * @return the mapping
     * @throws MappingException naming the file and the JSON path of every problem
     * @throws IOException if the stream fails
     */
    public static ColumnMapping read(InputStream in, String name) throws IOException {
        byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
        if (bytes.length > MAX_FILE_BYTES) {
            throw tooLarge(name, "more bytes than that");
        }
        return parse(new String(bytes, StandardCharsets.UTF_8), name);
    }

    /** A mapping file over {@link #MAX_FILE_BYTES}: refused before it is parsed. */
    private static MappingException tooLarge(String name, String size) {
        return new MappingException(name, List.of(new MappingException.Problem("", String.format(Locale.ROOT,
                "the file is larger than the %,d bytes (1 MiB) a column mapping may have (it has %s): a mapping is a few "
                        + "kilobytes; is it the right file?", MAX_FILE_BYTES, size))));
    }

    /**
     * Reads a mapping from text: YAML if the name ends in {@code .yaml} or {@code .yml}, JSON otherwise.
     *
     * @param text the mapping
     * @param name the file's name, for messages and to tell YAML from JSON
     * @return the mapping
     * @throws MappingException naming the file and the JSON path of every problem
     */
    public static ColumnMapping parse(String text, String name) {
        if (text.length() > MAX_FILE_BYTES) {
            throw tooLarge(name, String.format(Locale.ROOT, "%,d characters", text.length()));
        }
        String lower = name.toLowerCase(Locale.ROOT);
        boolean yaml = lower.endsWith(".yaml") || lower.endsWith(".yml");
        ObjectMapper mapper = yaml ? YAML : JSON;
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (StreamReadException e) {
            Optional<String> duplicate = duplicate(e);
            if (duplicate.isPresent()) {
                throw new MappingException(name, List.of(new MappingException.Problem(duplicate.get(),
                        "given twice (the second time at line " + e.getLocation().getLineNr() + "): give each field once")));
            }
            throw notParsed(name, yaml, e);
        } catch (JsonProcessingException e) {
            throw notParsed(name, yaml, e);
        }
        Parser parser = new Parser();
        parser.parse(root);
        if (!parser.problems.isEmpty()) {
            throw new MappingException(name, parser.problems);
        }
        return new ColumnMapping(parser);
    }

    /** The JSON path of a field given twice in one object, if that is what the parser refused. */
    private static Optional<String> duplicate(StreamReadException e) {
        JsonParser parser = e.getProcessor();
        if (parser == null || e.getOriginalMessage() == null || !e.getOriginalMessage().startsWith("Duplicate field")) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext at = parser.getParsingContext(); at != null && !at.inRoot(); at = at.getParent()) {
            parts.add(0, at.inArray() ? "[" + at.getCurrentIndex() + "]" : Parser.member(String.valueOf(at.getCurrentName())));
        }
        String path = String.join("", parts);
        return Optional.of(path.startsWith(".") ? path.substring(1) : path);
    }

    private static MappingException notParsed(String name, boolean yaml, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
        return new MappingException(name, List.of(new MappingException.Problem("",
                where + "not " + (yaml ? "YAML" : "JSON") + ": " + e.getOriginalMessage())));
    }

    /**
     * The scheme used when the mapping names none: the reference one, with forums OWNER, BOARD and
     * PANEL.
     *
     * @return the scheme
     */
    public static Scheme defaultScheme() {
        return new Scheme(
                List.of("Fundamental", "Significant", "Housekeeping"),
                List.of("Substantial", "Satisfactory", "Limited", "No assurance"),
                List.of("OFFICIAL", "OFFICIAL-SENSITIVE"),
                List.of(new Forum("OWNER", "Owner", Forum.Role.OWNER),
                        new Forum("BOARD", "Board", Forum.Role.BOARD),
                        new Forum("PANEL", "Panel", Forum.Role.PANEL)),
                "reference",
                Map.of(),
                new ReportingRules(List.of(
                        new ReportingRule(Optional.of("Satisfactory"), Optional.empty(), List.of("Fundamental", "Significant"), "PANEL", false),
                        new ReportingRule(Optional.of("Satisfactory"), Optional.empty(), List.of("Housekeeping"), "BOARD", false),
                        new ReportingRule(Optional.empty(), Optional.of("Limited"), List.of(), "PANEL", true)),
                        "PANEL"));
    }

    /**
     * The forum that takes a decision when the mapping names none: the scheme's first forum with the
     * role that takes it (an owner proposes closure; a board agrees it; the panel takes every other
     * decision).
     *
     * @param scheme the scheme
     * @param kind the decision
     * @return the forum's id, or empty if the scheme has no forum of that role
     */
    public static Optional<String> defaultForum(Scheme scheme, GovernanceDecision.Kind kind) {
        Forum.Role role = switch (kind) {
            case PROPOSED_CLOSED -> Forum.Role.OWNER;
            case CLOSURE_AGREED -> Forum.Role.BOARD;
            default -> Forum.Role.PANEL;
        };
        return scheme.forums().stream().filter(f -> f.role() == role).map(Forum::id).findFirst();
    }

    /**
     * Normalises a header or a word for matching: lower case, with white space removed.
     *
     * @param text the text
     * @return the key
     */
    static String key(String text) {
        return SPACES.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /**
     * The register's id.
     *
     * @return the id
     */
    public String registerId() {
        return registerId;
    }

    /**
     * The organisation whose register this is.
     *
     * @return the organisation
     */
    public String organisation() {
        return organisation;
    }

    /**
     * The date given to updates and decisions whose row has no date.
     *
     * @return the date, if the mapping gives one
     */
    public Optional<LocalDate> asOf() {
        return asOf;
    }

    /**
     * The scheme of the register built.
     *
     * @return the scheme
     */
    public Scheme scheme() {
        return scheme;
    }

    /**
     * The sheet to read, by name.
     *
     * @return the name, or empty for the first sheet
     */
    public Optional<String> sheet() {
        return sheet;
    }

    /**
     * The row holding the headers, 1-based.
     *
     * @return the row, or empty to find it
     */
    public OptionalInt headerRow() {
        return headerRow;
    }

    /**
     * The most rows read of the sheet, the header row and any rows above it included: the mapping's {@code
     * maxRows}, or {@link #withMaxRows}, else {@value #DEFAULT_MAX_ROWS}. A longer sheet stops with an error at
     * the first row past it.
     *
     * @return the number of rows, 1 or more
     */
    public int maxRows() {
        return maxRows;
    }

    /**
     * The kind of every source.
     *
     * @return the kind
     */
    public Source.Kind sourceKind() {
        return sourceKind;
    }

    /**
     * The body that issued the sources, where no column says.
     *
     * @return the body, if given
     */
    public Optional<String> issuedBy() {
        return issuedBy;
    }

    /**
     * Whether a row with no reference, text or priority adds its update and status to the recommendation
     * above it.
     *
     * @return true if it does
     */
    public boolean continuationRows() {
        return continuationRows;
    }

    /**
     * The columns mapped, by field.
     *
     * @return the columns
     */
    public Map<Field, ColumnRef> columns() {
        return columns;
    }

    /**
     * The fields given one fixed value for every row ({@code sourceTitle: {value: "JARAP rolling actions"}}).
     *
     * @return the values, by field
     */
    public Map<Field, String> fixedValues() {
        return fixedValues;
    }

    /**
     * The priority of every row when the sheet has no priority column: the fixed value, else {@value
     * #NOT_GRADED}.
     *
     * @return the priority, or empty when a column gives each row's
     */
    public Optional<String> fixedPriority() {
        if (columns.containsKey(Field.PRIORITY)) {
            return Optional.empty();
        }
        return Optional.of(fixedValues.getOrDefault(Field.PRIORITY, NOT_GRADED));
    }

    /**
     * The force's words for the decision on an extension request and what each means, in the mapping's order.
     *
     * @return the words
     */
    public Map<String, ExtensionWord> extensionWords() {
        return extensionWords;
    }

    /**
     * The force's priority words and the scheme's priority each means, in the mapping's order.
     *
     * @return the words; empty when cells hold the scheme's own priorities
     */
    public Map<String, String> priorityWords() {
        return priorityWords;
    }

    /**
     * The force's assurance words and the scheme's level each means, in the mapping's order.
     *
     * @return the words; empty when cells hold the scheme's own levels
     */
    public Map<String, String> assuranceWords() {
        return assuranceWords;
    }

    /**
     * The force's status words and what each means, in the mapping's order.
     *
     * @return the words
     */
    public Map<String, StatusWord> statusWords() {
        return statusWords;
    }

    /**
     * The columns left out on purpose.
     *
     * @return the columns
     */
    public List<ColumnRef> ignored() {
        return ignored;
    }

    /** Walks the tree of a mapping file, collecting every problem with its JSON path. */
    private static final class Parser {
        final List<MappingException.Problem> problems = new ArrayList<>();
        String registerId = "";
        String organisation = "";
        Optional<LocalDate> asOf = Optional.empty();
        Scheme scheme = defaultScheme();
        Optional<String> sheet = Optional.empty();
        OptionalInt headerRow = OptionalInt.empty();
        int maxRows = DEFAULT_MAX_ROWS;
        Source.Kind sourceKind = Source.Kind.INTERNAL_AUDIT;
        Optional<String> issuedBy = Optional.empty();
        boolean continuationRows;
        final Map<Field, ColumnRef> columns = new EnumMap<>(Field.class);
        final Map<Field, String> fixedValues = new EnumMap<>(Field.class);
        final Map<String, String> priorityWords = new LinkedHashMap<>();
        final Map<String, String> assuranceWords = new LinkedHashMap<>();
        final Map<String, StatusWord> statusWords = new LinkedHashMap<>();
        final Map<String, ExtensionWord> extensionWords = new LinkedHashMap<>();
        final List<ColumnRef> ignored = new ArrayList<>();

        void problem(String path, String message) {
            problems.add(new MappingException.Problem(path, message));
        }

        void parse(JsonNode root) {
            if (root == null || root.isMissingNode() || !root.isObject()) {
                problem("", "expected an object with 'register' and 'columns', found " + describe(root));
                return;
            }
            known(root, "", TOP);
            parseRegister(root.get("register"));
            JsonNode schemeNode = root.get("scheme");
            if (schemeNode != null) {
                parseScheme(schemeNode);
            }
            text(root, "sheet", "sheet").ifPresent(s -> sheet = Optional.of(s));
            JsonNode header = root.get("headerRow");
            if (header != null) {
                if (header.isInt() && header.intValue() >= 1) {
                    headerRow = OptionalInt.of(header.intValue());
                } else {
                    problem("headerRow", "expected a row number from 1, found " + describe(header));
                }
            }
            JsonNode rows = root.get("maxRows");
            if (rows != null) {
                if (rows.isInt() && rows.intValue() >= 1) {
                    maxRows = rows.intValue();
                } else {
                    problem("maxRows", "expected the most rows to read, a whole number from 1 (1048576 by default), found "
                            + describe(rows));
                }
            }
            text(root, "sourceKind", "sourceKind").ifPresent(k -> {
                try {
                    sourceKind = Source.Kind.valueOf(k);
                } catch (IllegalArgumentException e) {
                    problem("sourceKind", "expected one of " + Arrays.toString(Source.Kind.values()) + ", found '" + k + "'");
                }
            });
            text(root, "issuedBy", "issuedBy").ifPresent(b -> issuedBy = Optional.of(b));
            JsonNode continuation = root.get("continuationRows");
            if (continuation != null) {
                if (continuation.isBoolean()) {
                    continuationRows = continuation.booleanValue();
                } else {
                    problem("continuationRows", "expected true or false, found " + describe(continuation));
                }
            }
            parseColumns(root.get("columns"));
            parseValues(root.get("values"));
            parseIgnore(root.get("ignore"));
        }

        void parseRegister(JsonNode node) {
            if (node == null || !node.isObject()) {
                problem("register", "expected an object with 'id' and 'organisation', found " + describe(node));
                return;
            }
            known(node, "register", List.of("id", "organisation", "asOf"));
            registerId = text(node, "id", "register.id").orElse("");
            organisation = text(node, "organisation", "register.organisation").orElse("");
            if (node.get("id") == null) {
                problem("register.id", "required: a stable id for the register, for example \"example-force-tracker\"");
            }
            if (node.get("organisation") == null) {
                problem("register.organisation", "required: the organisation whose register this is");
            } else if (organisation.equals(UNDECIDED)) {
                problem("register.organisation", UNDECIDED_ADVICE + "give the organisation whose register this is");
            }
            text(node, "asOf", "register.asOf").ifPresent(d -> {
                try {
                    asOf = Optional.of(LocalDate.parse(d));
                } catch (DateTimeParseException e) {
                    problem("register.asOf", "expected a date written yyyy-MM-dd, found '" + d + "'");
                }
            });
        }

        void parseScheme(JsonNode node) {
            if (node.isTextual()) {
                String id = node.textValue();
                if (id.equals("default")) {
                    return;
                }
                Optional<ReferenceRegister> reference = ReferenceRegister.byId(id);
                if (reference.isPresent()) {
                    scheme = reference.get().load().scheme();
                } else {
                    problem("scheme", "expected \"default\", a bundled register's id ("
                            + Arrays.stream(ReferenceRegister.values()).map(ReferenceRegister::id).collect(Collectors.joining(", "))
                            + ") or a scheme object, found '" + id + "'");
                }
                return;
            }
            if (!node.isObject()) {
                problem("scheme", "expected \"default\", a bundled register's id or a scheme object, found " + describe(node));
                return;
            }
            // The scheme object is read as the canonical register format reads it, inside a minimal register.
            ObjectNode document = JsonNodeFactory.instance.objectNode();
            document.put("schemaVersion", RegisterJson.SCHEMA_VERSION);
            document.put("id", "mapping");
            document.put("organisation", "mapping");
            document.set("scheme", node);
            ImportResult result = new RegisterJson().read(document.toString(), "mapping");
            for (Finding f : result.findings()) {
                String message = f.message().replaceAll(" \\(mapping line \\d+, column \\d+\\)", "");
                problem(f.location().startsWith("scheme") ? f.location() : "scheme", message);
            }
            result.register().ifPresent(r -> scheme = r.scheme());
        }

        void parseColumns(JsonNode node) {
            if (node == null || !node.isObject()) {
                problem("columns", "expected an object naming the column of each field, found " + describe(node));
                return;
            }
            Set<String> keys = Arrays.stream(Field.values()).map(Field::key).collect(Collectors.toCollection(LinkedHashSet::new));
            known(node, "columns", keys);
            for (Field field : Field.values()) {
                JsonNode column = node.get(field.key());
                if (column == null) {
                    continue;
                }
                String path = "columns." + field.key();
                if (column.isObject() && column.get("value") != null) {
                    fixed(column, path).ifPresent(v -> fixedValues.put(field, v));
                } else {
                    column(column, path).ifPresent(c -> columns.put(field, c));
                }
            }
            if (node.get(Field.TEXT.key()) == null) {
                problem("columns." + Field.TEXT.key(), "required: the column holding " + Field.TEXT.expected());
            } else if (fixedValues.containsKey(Field.TEXT)) {
                problem("columns." + Field.TEXT.key(), "expected the column holding " + Field.TEXT.expected()
                        + ", not one value for every row");
            }
            if (node.get(Field.SOURCE_DATE.key()) != null && node.get(Field.SOURCE_YEAR.key()) != null) {
                problem("columns.sourceYear", "give the source's date by sourceDate or by sourceYear, not both");
            }
            String fixedPriority = fixedValues.get(Field.PRIORITY);
            if (fixedPriority != null && !scheme.priorities().contains(fixedPriority)) {
                List<String> priorities = new ArrayList<>(scheme.priorities());
                priorities.add(fixedPriority);
                scheme = new Scheme(priorities, scheme.assuranceLevels(), scheme.handlingMarkings(), scheme.forums(),
                        scheme.ragPolicy(), scheme.ragSettings(), scheme.reportingRules());
            }
        }

        Optional<String> fixed(JsonNode node, String path) {
            known(node, path, List.of("value"));
            JsonNode value = node.get("value");
            if (value.isTextual() && !value.textValue().isBlank()) {
                if (value.textValue().strip().equals(UNDECIDED)) {
                    problem(path + ".value", UNDECIDED_ADVICE + "give the value every row takes, or remove the field");
                    return Optional.empty();
                }
                return Optional.of(value.textValue().strip());
            }
            if (value.isIntegralNumber()) {
                return Optional.of(value.asText());
            }
            problem(path + ".value", "expected a text every row takes, found " + describe(value));
            return Optional.empty();
        }

        void parseValues(JsonNode node) {
            if (node != null && !node.isObject()) {
                problem("values", "expected an object with 'priority', 'assurance' or 'status', found " + describe(node));
                return;
            }
            if (node != null) {
                known(node, "values", List.of("priority", "assurance", "status", "extensionDecision"));
                words(node.get("priority"), "values.priority", scheme.priorities(), priorityWords);
                words(node.get("assurance"), "values.assurance", scheme.assuranceLevels(), assuranceWords);
                statuses(node.get("status"));
                extensionDecisions(node.get("extensionDecision"));
            }
            boolean statusGiven = node != null && node.get("status") != null && node.get("status").size() > 0;
            if (columns.containsKey(Field.STATUS) && !statusGiven) {
                problem("values.status", "required with columns.status: what each of the force's status words means, "
                        + "for example {\"Open\": \"none\", \"Complete\": \"CLOSED\"}");
            }
            boolean extensionGiven = node != null && node.get("extensionDecision") != null && node.get("extensionDecision").size() > 0;
            if (columns.containsKey(Field.EXTENSION_DECISION) && !extensionGiven) {
                problem("values.extensionDecision", "required with columns.extensionDecision: what each of the force's words "
                        + "for the decision means, for example {\"Approved\": \"APPROVED\", \"Refused\": \"REFUSED\", \"Pending\": \"none\"}");
            }
        }

        void extensionDecisions(JsonNode node) {
            if (node == null) {
                return;
            }
            if (!node.isObject()) {
                problem("values.extensionDecision", "expected an object from the force's words to APPROVED, REFUSED or none, found "
                        + describe(node));
                return;
            }
            Set<String> keys = new LinkedHashSet<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String at = "values.extensionDecision" + member(e.getKey());
                if (!keys.add(key(e.getKey()))) {
                    problem(at, "the same word as another (case and spaces are ignored)");
                    continue;
                }
                JsonNode value = e.getValue();
                Optional<String> outcomeText;
                Optional<String> forum = Optional.empty();
                if (value.isNull() || value.isTextual()) {
                    outcomeText = value.isNull() ? Optional.empty() : Optional.of(value.textValue());
                } else if (value.isObject()) {
                    known(value, at, List.of("outcome", "forum"));
                    outcomeText = text(value, "outcome", at + ".outcome");
                    forum = text(value, "forum", at + ".forum");
                } else {
                    problem(at, "expected \"none\", APPROVED, REFUSED or {\"outcome\", \"forum\"}, found " + describe(value));
                    continue;
                }
                if (outcomeText.filter(UNDECIDED::equals).isPresent()) {
                    problem(at, UNDECIDED_ADVICE + "say none, APPROVED or REFUSED");
                    continue;
                }
                if (outcomeText.isEmpty() || outcomeText.get().equalsIgnoreCase("none")) {
                    extensionWords.put(e.getKey(), new ExtensionWord(Optional.empty(), Optional.empty()));
                    continue;
                }
                ExtensionRequest.Outcome outcome;
                try {
                    outcome = ExtensionRequest.Outcome.valueOf(outcomeText.get());
                } catch (IllegalArgumentException ex) {
                    problem(value.isObject() ? at + ".outcome" : at, "expected \"none\" or one of "
                            + Arrays.toString(ExtensionRequest.Outcome.values()) + ", found '" + outcomeText.get() + "'");
                    continue;
                }
                if (forum.isPresent() && scheme.forum(forum.get()).isEmpty()) {
                    problem(at + ".forum", "no forum of the scheme has id '" + forum.get() + "'; its forums are "
                            + scheme.forums().stream().map(Forum::id).toList());
                    continue;
                }
                Optional<String> taker = forum.or(() -> scheme.forums().stream().filter(f -> f.role() == Forum.Role.PANEL)
                        .map(Forum::id).findFirst());
                if (taker.isEmpty()) {
                    problem(at, "the scheme has no panel to decide extensions; name the forum with {\"outcome\": \"" + outcome
                            + "\", \"forum\": ...}");
                    continue;
                }
                extensionWords.put(e.getKey(), new ExtensionWord(Optional.of(outcome), taker));
            }
        }

        void words(JsonNode node, String path, List<String> allowed, Map<String, String> into) {
            if (node == null) {
                return;
            }
            if (!node.isObject()) {
                problem(path, "expected an object from the force's words to " + allowed + ", found " + describe(node));
                return;
            }
            Map<String, String> byKey = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String at = path + member(e.getKey());
                JsonNode value = e.getValue();
                if (value.isTextual() && value.textValue().strip().equals(UNDECIDED)) {
                    problem(at, UNDECIDED_ADVICE + "say which of " + allowed + " (the scheme's) '" + e.getKey() + "' means");
                    continue;
                }
                if (!value.isTextual() || !allowed.contains(value.textValue())) {
                    problem(at, "expected one of " + allowed + " (the scheme's), found " + describe(value));
                    continue;
                }
                String before = byKey.putIfAbsent(key(e.getKey()), e.getKey());
                if (before != null) {
                    problem(at, "the same word as '" + before + "' (case and spaces are ignored)");
                    continue;
                }
                into.put(e.getKey(), value.textValue());
            }
        }

        void statuses(JsonNode node) {
            if (node == null) {
                return;
            }
            if (!node.isObject()) {
                problem("values.status", "expected an object from the force's status words to what each means, found " + describe(node));
                return;
            }
            Set<String> keys = new LinkedHashSet<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String at = "values.status" + member(e.getKey());
                if (!keys.add(key(e.getKey()))) {
                    problem(at, "the same word as another status (case and spaces are ignored)");
                    continue;
                }
                JsonNode value = e.getValue();
                Optional<String> kindText;
                Optional<String> forum = Optional.empty();
                if (value.isNull() || value.isTextual()) {
                    kindText = value.isNull() ? Optional.empty() : Optional.of(value.textValue());
                } else if (value.isObject()) {
                    known(value, at, List.of("decision", "forum"));
                    kindText = text(value, "decision", at + ".decision");
                    forum = text(value, "forum", at + ".forum");
                    if (kindText.isEmpty()) {
                        problem(at + ".decision", "required: one of " + Arrays.toString(GovernanceDecision.Kind.values()));
                        continue;
                    }
                } else {
                    problem(at, "expected \"none\", a decision or {\"decision\", \"forum\"}, found " + describe(value));
                    continue;
                }
                if (kindText.filter(t -> t.strip().equals(UNDECIDED)).isPresent()) {
                    problem(at, UNDECIDED_ADVICE + "say \"none\" or one of " + Arrays.toString(GovernanceDecision.Kind.values())
                            + " for '" + e.getKey() + "'");
                    continue;
                }
                if (kindText.isEmpty() || kindText.get().equalsIgnoreCase("none")) {
                    statusWords.put(e.getKey(), new StatusWord(Optional.empty(), Optional.empty()));
                    continue;
                }
                GovernanceDecision.Kind kind;
                try {
                    kind = GovernanceDecision.Kind.valueOf(kindText.get());
                } catch (IllegalArgumentException ex) {
                    problem(value.isObject() ? at + ".decision" : at, "expected \"none\" or one of "
                            + Arrays.toString(GovernanceDecision.Kind.values()) + ", found '" + kindText.get() + "'");
                    continue;
                }
                if (forum.isPresent() && scheme.forum(forum.get()).isEmpty()) {
                    problem(at + ".forum", "no forum of the scheme has id '" + forum.get() + "'; its forums are "
                            + scheme.forums().stream().map(Forum::id).toList());
                    continue;
                }
                Optional<String> taker = forum.or(() -> defaultForum(scheme, kind));
                if (taker.isEmpty()) {
                    problem(at, "the scheme has no forum of the role that takes " + kind + "; name one with {\"decision\": \""
                            + kind + "\", \"forum\": ...}");
                    continue;
                }
                statusWords.put(e.getKey(), new StatusWord(Optional.of(kind), taker));
            }
        }

        void parseIgnore(JsonNode node) {
            if (node == null) {
                return;
            }
            if (!node.isArray()) {
                problem("ignore", "expected a list of columns, found " + describe(node));
                return;
            }
            for (int i = 0; i < node.size(); i++) {
                column(node.get(i), "ignore[" + i + "]").ifPresent(ignored::add);
            }
        }

        Optional<ColumnRef> column(JsonNode node, String path) {
            if (node.isTextual() && node.textValue().strip().equals(UNDECIDED)) {
                problem(path, UNDECIDED_ADVICE + "name the column by its header or {\"letter\": \"E\"}, or remove the field");
                return Optional.empty();
            }
            if (node.isTextual() && !node.textValue().isBlank()) {
                return Optional.of(ColumnRef.header(node.textValue().strip()));
            }
            if (node.isObject() && node.size() == 1 && node.get("letter") != null) {
                JsonNode letter = node.get("letter");
                if (letter.isTextual() && LETTERS.matcher(letter.textValue()).matches()) {
                    return Optional.of(ColumnRef.letter(letter.textValue()));
                }
                problem(path + ".letter", "expected a column letter such as \"E\" or \"AB\", found " + describe(letter));
                return Optional.empty();
            }
            problem(path, "expected a header text, {\"letter\": \"E\"} or {\"value\": \"...\"}, found " + describe(node));
            return Optional.empty();
        }

        Optional<String> text(JsonNode parent, String field, String path) {
            JsonNode node = parent.get(field);
            if (node == null) {
                return Optional.empty();
            }
            if (!node.isTextual() || node.textValue().isBlank()) {
                problem(path, "expected text, found " + describe(node));
                return Optional.empty();
            }
            return Optional.of(node.textValue().strip());
        }

        void known(JsonNode node, String path, Collection<String> allowed) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!allowed.contains(name)) {
                    problem(path.isEmpty() ? name : path + member(name),
                            "unknown field '" + name + "'; expected one of " + String.join(", ", allowed));
                }
            }
        }

        static String member(String name) {
            return name.matches("[A-Za-z_][A-Za-z0-9_]*") ? "." + name : "['" + name.replace("'", "\\'") + "']";
        }

        static String describe(JsonNode node) {
            if (node == null || node.isMissingNode()) {
                return "nothing";
            }
            if (node.isTextual()) {
                return "'" + node.textValue() + "'";
            }
            if (node.isObject()) {
                return "an object";
            }
            if (node.isArray()) {
                return "a list";
            }
            return node.toString();
        }
    }
}
