package io.github.rectrack.engine.json;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.github.rectrack.engine.spi.Finding;
import io.github.rectrack.engine.spi.ImportResult;
import io.github.rectrack.model.Person;
import io.github.rectrack.model.Register;
import io.github.rectrack.model.Scheme;
import io.github.rectrack.model.Source;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.apiguardian.api.API;

/**
 * The canonical JSON format: one file holds a whole register.
 *
 * <p>The file is an object with a {@code schemaVersion} followed by the register's fields in a fixed
 * order. Dates are ISO-8601; dates known only to the month or year are written {@code 2020-05} or
 * {@code 2020}; a target date is an object {@code {"text", "kind", "from", "deadline"}} (on input a plain
 * string, or an object with only {@code text}, is parsed). Empty lists and absent values are left out.
 * Writing then reading gives back an equal register. The JSON Schema for the format is {@link
 * #schema()}.
 *
 * <p>Reading never throws on bad input: it returns the problem as a {@link Finding} with the JSON path
 * and the line and column where it was found. Reading is strict: a field given twice, an unknown field,
 * a number or {@code true} where text belongs, a number where a date belongs are errors. It is bounded
 * against hostile files: nesting at most 64 deep, strings at most 1,000,000 characters, numbers at most 30
 * characters, and by default documents at most {@value #DEFAULT_MAX_DOCUMENT_BYTES} bytes and {@value
 * #DEFAULT_MAX_TOKENS} tokens (other limits: {@link #RegisterJson(long, long)}). UTF-8 is expected; UTF-16
 * and UTF-32 are recognised by their first bytes.
 *
 * <p>Within one read, equal short texts (up to 128 characters: names, person ids, forums, notes, stock responses),
 * dates, target dates and optionals holding them are one object each, as they are in a register built in memory;
 * a register of 10,000 recommendations takes about 70 MB rather than 105 MB. The values are equal either way: only
 * the sharing differs, and nothing is shared between reads.
 *
 * <pre>{@code
 * RegisterJson json = new RegisterJson();
 * ImportResult result = json.read(Files.newInputStream(path), path.toString());
 * Register register = result.register().orElseThrow();
 * json.write(register, System.out);
 * }</pre>
 *
 * <p>Instances are immutable and safe to share between threads.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class RegisterJson {

    /** The version of the format this library writes. */
    public static final String SCHEMA_VERSION = "1.0";

    /** The class-path resource holding the JSON Schema of the format. */
    public static final String SCHEMA_RESOURCE = "/io/github/rectrack/engine/json/register.schema.json";

    /**
     * The most bytes in a document by default: 2,000,000,000, over twice the 906 MB of a generated
     * register of 100,000 recommendations with 10 updates each.
     */
    public static final long DEFAULT_MAX_DOCUMENT_BYTES = 2_000_000_000L;

    /**
     * The most tokens (field names, values, brackets) in a document by default: 100,000,000, about five
     * times the 21.9 million of a generated register of 100,000 recommendations with 10 updates each.
     */
    public static final long DEFAULT_MAX_TOKENS = 100_000_000L;

    private final ObjectReader reader;
    private final ObjectWriter writer;
    private final ObjectWriter compactWriter;

    /**
     * Creates the format with its fixed settings and the default limits. Every format with the default limits shares
     * one Jackson set-up (readers and writers are immutable), built when the first is created or by {@link #prepare()}.
     */
    public RegisterJson() {
        this.reader = Defaults.READER;
        this.writer = Defaults.WRITER;
        this.compactWriter = Defaults.COMPACT_WRITER;
    }

    /**
     * Builds the Jackson set-up that formats with the default limits share now, rather than when the first is created:
     * Jackson reads the model's types to make its readers and writers, which takes a noticeable part of a short
     * program's start. A program can call this on a thread of its own while it does other start-up work; calling it
     * again, or creating a format while it runs, waits for the one set-up and builds no other.
     */
    public static void prepare() {
        Objects.requireNonNull(Defaults.READER);
    }

    /** The Jackson set-up of the default limits, built once, when first used. */
    private static final class Defaults {

        static final ObjectReader READER;
        static final ObjectWriter WRITER;
        static final ObjectWriter COMPACT_WRITER;

        static {
            ObjectMapper mapper = CanonicalJson.mapper(DEFAULT_MAX_DOCUMENT_BYTES, DEFAULT_MAX_TOKENS);
            READER = mapper.readerFor(Document.class);
            WRITER = mapper.writerFor(Document.class);
            COMPACT_WRITER = WRITER.without(SerializationFeature.INDENT_OUTPUT);
        }
    }

    /**
     * Creates the format with other limits on the size of a document. The other limits are fixed:
     * nesting at most 64 deep, strings at most 1,000,000 characters, numbers at most 30 characters.
     *
     * @param maxDocumentBytes the most bytes in one document (characters, when reading a string)
     * @param maxTokens the most tokens (field names, values, brackets) in one document
     * @throws IllegalArgumentException if a limit is less than 1
     */
    public RegisterJson(long maxDocumentBytes, long maxTokens) {
        if (maxDocumentBytes < 1 || maxTokens < 1) {
            throw new IllegalArgumentException("limits must be 1 or more, not " + maxDocumentBytes + " bytes and " + maxTokens + " tokens");
        }
        ObjectMapper mapper = CanonicalJson.mapper(maxDocumentBytes, maxTokens);
        this.reader = mapper.readerFor(Document.class);
        this.writer = mapper.writerFor(Document.class);
        this.compactWriter = writer.without(SerializationFeature.INDENT_OUTPUT);
    }

    /**
     * Reads a register. Input compressed with gzip (a {@code .json.gz} file) is recognised by its first bytes
     * and read as the JSON it holds; the limits apply to the JSON, so a small file that inflates to more than
     * the most bytes allowed is refused like a large one.
     *
     * @param in the JSON, or the JSON compressed with gzip; read to its end and not closed
     * @param name what to call the input in findings, for example its file name
     * @return the register, or the problem that stopped it being read
     */
    public ImportResult read(InputStream in, String name) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(name, "name");
        PushbackInputStream input = new PushbackInputStream(in, ZIP_MAGIC.length);
        JsonParser parser = null;
        try {
            if (startsWithZipMagic(input)) {
                return ImportResult.failed(Finding.error(name, name + " is a zip archive (such as an Excel workbook), not JSON: "
                        + "read it with the importer for its format, or export the register as JSON"));
            }
            InputStream json = startsWithGzipMagic(input) ? Inflating.of(input) : input;
            parser = reader.createParser(json);
            if (parser.nextToken() == null) {
                return ImportResult.failed(Finding.error(name, name + " is empty: expected a JSON object"));
            }
            Document document = reader.withAttribute(SharedText.class, new SharedText()).readValue(parser);
            if (document == null) {
                return ImportResult.failed(Finding.error(name + " line 1, column 1", name + " holds null: expected a JSON object"
                        + " holding a register (schemaVersion, id, organisation, scheme, sources)"));
            }
            Optional<Finding> version = checkVersion(document.schemaVersion(), name);
            if (version.isPresent()) {
                return ImportResult.failed(version.get());
            }
            try {
                return ImportResult.of(document.toRegister());
            } catch (NullPointerException missing) {
                return ImportResult.failed(Finding.error(String.valueOf(missing.getMessage()),
                        "required field '" + missing.getMessage() + "' is missing from " + name));
            }
        } catch (JsonProcessingException e) {
            return ImportResult.failed(toFinding(e, parser, name));
        } catch (IOException e) {
            return ImportResult.failed(Finding.error(name, "could not read " + name + ": " + e.getMessage()));
        } finally {
            closeQuietly(parser);
        }
    }

    /**
     * Reads a register from a string.
     *
     * @param json the JSON
     * @param name what to call the input in findings
     * @return the register, or the problem that stopped it being read
     */
    public ImportResult read(String json, String name) {
        return read(new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), name);
    }

    /**
     * Writes a register in the canonical form: UTF-8, two-space indent, fields in a fixed order.
     *
     * @param register the register
     * @param out where to write; flushed, not closed
     * @throws UncheckedIOException if writing fails
     */
    public void write(Register register, OutputStream out) {
        write(register, out, writer);
    }

    /**
     * Writes a register in the compact canonical form: the canonical form's fields in the same order with no
     * indentation or line breaks, then one line break. It reads back as the same register, and the same
     * register always gives the same bytes; it is about four-fifths of the indented form's size, for large
     * registers kept by machines (snapshots, {@code .json.gz} files) rather than read by people.
     *
     * @param register the register
     * @param out where to write; flushed, not closed
     * @throws UncheckedIOException if writing fails
     */
    public void writeCompact(Register register, OutputStream out) {
        write(register, out, compactWriter);
    }

    private static void write(Register register, OutputStream out, ObjectWriter layout) {
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(out, "out");
        try {
            layout.writeValue(out, Document.of(register));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write register " + register.id(), e);
        }
    }

    /**
     * Writes a register to a string in the canonical form.
     *
     * @param register the register
     * @return the JSON
     */
    public String writeToString(Register register) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(register, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * The JSON Schema (draft 2020-12) of the canonical format, for other tools to validate files with.
     *
     * @return a new stream over the schema; the caller closes it
     */
    public static InputStream schema() {
        InputStream in = RegisterJson.class.getResourceAsStream(SCHEMA_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("the JSON Schema resource " + SCHEMA_RESOURCE + " is missing from the class path");
        }
        return in;
    }

    private static String limitAdvice(String message) {
        if (message.startsWith("String value length")) {
            return "a text in a register is at most " + CanonicalJson.MAX_STRING_LENGTH + " characters; is a closing quote missing?";
        }
        if (message.startsWith("Number value length")) {
            return "the register format has no numbers; is this a register file?";
        }
        if (message.contains("nesting depth")) {
            return "a register nests about eight levels deep; is this a register file?";
        }
        return "split the register, or read it with larger limits: new RegisterJson(maxDocumentBytes, maxTokens)";
    }

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    /** Inflates gzip input, saying in its errors that the compressed data is at fault. */
    private static final class Inflating extends GZIPInputStream {
        private Inflating(InputStream in) throws IOException {
            super(in, 65_536);
        }

        /** The inflating stream; a header cut short or damaged is said to be so, not left as a bare end of file. */
        static Inflating of(InputStream in) throws IOException {
            try {
                return new Inflating(in);
            } catch (java.io.EOFException | java.util.zip.ZipException e) {
                throw new IOException("the gzip-compressed data is cut short or damaged (its header is "
                        + (e instanceof java.io.EOFException ? "incomplete" : "damaged: " + e.getMessage()) + ")", e);
            }
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            try {
                return super.read(buffer, offset, length);
            } catch (java.io.EOFException | java.util.zip.ZipException e) {
                throw new IOException("the gzip-compressed data is cut short or damaged (" + e.getMessage() + ")", e);
            }
        }
    }

    /** Whether the stream starts with gzip's signature (RFC 1952: 1f 8b, then 8 for deflate); the bytes read are pushed back. */
    private static boolean startsWithGzipMagic(PushbackInputStream in) throws IOException {
        byte[] head = in.readNBytes(3);
        in.unread(head);
        return head.length == 3 && head[0] == (byte) 0x1f && head[1] == (byte) 0x8b && head[2] == 8;
    }

    /** Whether the stream starts with a zip archive's signature; the bytes read are pushed back. */
    private static boolean startsWithZipMagic(PushbackInputStream in) throws IOException {
        byte[] head = in.readNBytes(ZIP_MAGIC.length);
        in.unread(head);
        return Arrays.equals(head, ZIP_MAGIC);
    }

    private static void closeQuietly(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException ignored) {
                // the parser does not close the caller's stream; nothing of the caller's is lost
            }
        }
    }

    private static Optional<Finding> checkVersion(String version, String name) {
        if (version == null) {
            return Optional.of(Finding.error("schemaVersion",
                    name + " has no schemaVersion: add \"schemaVersion\": \"" + SCHEMA_VERSION + "\" as the first field"));
        }
        String major = version.contains(".") ? version.substring(0, version.indexOf('.')) : version;
        if (!major.equals(SCHEMA_VERSION.substring(0, SCHEMA_VERSION.indexOf('.')))) {
            return Optional.of(Finding.error("schemaVersion", name + " is schemaVersion " + version
                    + ", which this library cannot read: it reads " + SCHEMA_VERSION + " and earlier 1.x versions"));
        }
        return Optional.empty();
    }

    /**
     * The finding for a Jackson error: located by its JSON path where there is one, otherwise (a syntax
     * error, input that is not an object) by the file's line and column.
     */
    static Finding toFinding(JsonProcessingException e, JsonParser parser, String name) {
        String path = e instanceof DatabindException d ? path(((JsonMappingException) d).getPath()) : "";
        if (e instanceof ValueInstantiationException v && v.getCause() instanceof NullPointerException npe && npe.getMessage() != null) {
            path = path.isEmpty() ? npe.getMessage() : path + "." + npe.getMessage();
        }
        JsonLocation where = e.getLocation() != null ? e.getLocation() : parser == null ? null : parser.currentLocation();
        boolean located = where != null && where.getLineNr() >= 0;
        String at = located ? name + " line " + where.getLineNr() + ", column " + where.getColumnNr() : name;
        String message = describe(e, parser, name);
        return path.isEmpty()
                ? Finding.error(at, message)
                : Finding.error(path, message + (located ? " (" + at + ")" : ""));
    }

    private static String describe(JsonProcessingException e, JsonParser parser, String name) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown field '" + u.getPropertyName() + "'; expected one of "
                    + u.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
        }
        if (e instanceof ValueInstantiationException v && v.getCause() instanceof NullPointerException npe && npe.getMessage() != null) {
            return "required field '" + npe.getMessage() + "' is missing";
        }
        if (e instanceof ValueInstantiationException v && v.getCause() != null && v.getCause().getMessage() != null) {
            return v.getCause().getMessage();
        }
        String original = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage().replaceAll("\\s+", " ");
        if (e instanceof InvalidNullException) {
            return "null is not allowed in a list or object of values: leave the entry out";
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null
                && (original.startsWith("Cannot ") || original.startsWith("Unexpected token"))) {
            return JsonMismatch.describe(m, parser, name);
        }
        // Jackson's own words, without its hints at its settings
        String message = original
                .replaceAll("\\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)]", "line $1, column $2")
                .replaceAll(",? from `StreamReadConstraints\\.[A-Za-z]+\\(\\)`", "")
                .replaceAll(": enable `JsonReadFeature\\.[A-Z_]+` to allow", "")
                .replaceAll(" \\(not recognized as one since Feature 'ALLOW_COMMENTS' not enabled for parser\\)", "");
        if (e instanceof StreamConstraintsException || e.getCause() instanceof StreamConstraintsException) {
            return message + ": " + limitAdvice(message);
        }
        if (message.contains("end-of-input")) {
            return message + ": " + name + " ends too early; is it cut short?";
        }
        if (message.startsWith("Invalid UTF-8") || message.startsWith("Invalid UTF-32")) {
            return message + ": " + name + " is not valid UTF-8; save it as UTF-8";
        }
        if (message.startsWith("Illegal unquoted character")) {
            return message + ": a line break or other control character inside a string must be escaped; is a closing quote missing?";
        }
        if (message.contains("CTRL-CHAR")) {
            return message + ": " + name + " holds bytes that are not text; is it a binary file?";
        }
        if (message.startsWith("Duplicate field")) {
            return message + ": each field may appear once in an object";
        }
        return message;
    }

    /** Formats Jackson's path as {@code sources[0].recommendations[2].title}. */
    static String path(List<JsonMappingException.Reference> references) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : references) {
            if (ref.getFieldName() != null) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    /** The file as written: the version, then the register's fields. */
    record Document(
            @JsonProperty("schemaVersion") String schemaVersion,
            @JsonProperty("id") String id,
            @JsonProperty("organisation") String organisation,
            @JsonProperty("asOf") Optional<LocalDate> asOf,
            @JsonProperty("scheme") Scheme scheme,
            @JsonProperty("people") List<Person> people,
            @JsonProperty("sources") List<Source> sources) {

        @JsonCreator
        Document {}

        static Document of(Register register) {
            return new Document(SCHEMA_VERSION, register.id(), register.organisation(), register.asOf(), register.scheme(),
                    register.people(), register.sources());
        }

        Register toRegister() {
            return new Register(id, organisation, asOf == null ? Optional.empty() : asOf, scheme, people, sources);
        }
    }
}
