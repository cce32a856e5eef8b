package io.github.rectrack.engine.json;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
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
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
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
 * and the line and column where it was found.
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

    private final ObjectReader reader;
    private final ObjectWriter writer;

    /** Creates the format with its fixed settings. */
    public RegisterJson() {
        ObjectMapper mapper = CanonicalJson.mapper();
        this.reader = mapper.readerFor(Document.class);
        this.writer = mapper.writerFor(Document.class);
    }

    /**
     * Reads a register.
     *
     * @param in the JSON; read to its end and not closed
     * @param name what to call the input in findings, for example its file name
     * @return the register, or the problem that stopped it being read
     */
    public ImportResult read(InputStream in, String name) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(name, "name");
        try (JsonParser parser = reader.createParser(in)) {
            if (parser.nextToken() == null) {
                return ImportResult.failed(Finding.error(name, name + " is empty: expected a JSON object"));
            }
            Document document = reader.readValue(parser);
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
            return ImportResult.failed(toFinding(e, name));
        } catch (IOException e) {
            return ImportResult.failed(Finding.error(name, "could not read " + name + ": " + e.getMessage()));
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
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(out, "out");
        try {
            writer.writeValue(out, Document.of(register));
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
    private static Finding toFinding(JsonProcessingException e, String name) {
        String path = e instanceof DatabindException d ? path(((JsonMappingException) d).getPath()) : "";
        if (e instanceof ValueInstantiationException v && v.getCause() instanceof NullPointerException npe && npe.getMessage() != null) {
            path = path.isEmpty() ? npe.getMessage() : path + "." + npe.getMessage();
        }
        JsonLocation where = e.getLocation();
        boolean located = where != null && where.getLineNr() >= 0;
        String at = located ? name + " line " + where.getLineNr() + ", column " + where.getColumnNr() : name;
        return path.isEmpty()
                ? Finding.error(at, describe(e))
                : Finding.error(path, describe(e) + (located ? " (" + at + ")" : ""));
    }

    private static String describe(JsonProcessingException e) {
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
        String message = e.getOriginalMessage();
        return message == null ? e.getClass().getSimpleName() : message.replaceAll("\\s+", " ");
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
            @JsonProperty("scheme") Scheme scheme,
            @JsonProperty("people") List<Person> people,
            @JsonProperty("sources") List<Source> sources) {

        @JsonCreator
        Document {}

        static Document of(Register register) {
            return new Document(SCHEMA_VERSION, register.id(), register.organisation(), register.scheme(),
                    register.people(), register.sources());
        }

        Register toRegister() {
            return new Register(id, organisation, scheme, people, sources);
        }
    }
}
