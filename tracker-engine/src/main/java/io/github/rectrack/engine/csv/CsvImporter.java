package io.github.rectrack.engine.csv;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.engine.evaluation.StatusEngine;
import io.github.rectrack.engine.spi.Finding;
import io.github.rectrack.engine.spi.ImportResult;
import io.github.rectrack.engine.spi.Importer;
import io.github.rectrack.engine.spi.Options;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The built-in importer {@code csv}: reads rows with the {@link CsvColumns} (as {@link CsvExporter} writes
 * them, or a force's own file with the same column names) into a register.
 *
 * <h2>The file</h2>
 * UTF-8 (a byte-order mark is skipped), RFC 4180 quoting, any line ends. The first row is the header;
 * columns are matched by name (case and surrounding spaces ignored) in any order. {@code source_title},
 * {@code reference}, {@code text} and {@code priority} are required; every other column is optional, and
 * an unknown column is reported as a warning and ignored. A cell starting with a single quote followed by
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return (after any further quotes) loses
 * that one quote, which the exporter added against formula injection; every other cell is read as it is.
 *
 * <h2>The register built</h2>
 * <ul>
 *   <li>id: option {@code register-id}, else made from the file name; organisation: option {@code
 *       organisation}, else "Imported from &lt;name&gt;";
 *   <li>scheme: priorities in order of first appearance, or as option {@code priorities} gives them
 *       (comma-separated, highest first; a priority outside them is then an error); assurance
 *       Substantial, Satisfactory, Limited, No assurance (other levels found are added after them, with a
 *       warning); markings OFFICIAL, OFFICIAL-SENSITIVE; RAG policy {@code reference}, with the settings
 *       the file's {@code status} and {@code rag} columns show (for example proposed-closed items
 *       coloured green);
 *   <li>forums: those named in {@code routed_to} and {@code reported_to}, the most used routed forum as
 *       the panel and the others as boards, with forums {@code OWNER}, {@code BOARD} and {@code PANEL}
 *       added for any role still missing; reporting rules that send each assurance level and priority
 *       where {@code routed_to} says;
 *   <li>sources grouped by {@code source_id} (or by title when there is no id), in order of first
 *       appearance; recommendations in row order, with ids generated from the source and reference where
 *       {@code recommendation_id} is blank;
 *   <li>owners become people (ids from {@code owner_ids}, else made from the names);
 *   <li>target history: the original target, each of {@code revised_targets}, then the current target,
 *       read with {@code TargetDate.parse}; {@code current_deadline}, where given, is the current target's
 *       deadline;
 *   <li>the latest update becomes the one progress update, with {@code last_update_percent} as its
 *       percent complete (a whole number from 0 to 100; given without an update, it is an error);
 *   <li>{@code stated_status}, {@code stated_rag} and {@code notes} are kept as written (a blank cell is
 *       none); a stated status is never read as a status;
 *   <li>a {@code status} other than what the updates give is recorded as the governance decisions that
 *       lead to it, dated {@code as_of} (or the option {@code as-of}) and noted as taken from the file.
 * </ul>
 * After building, the register is evaluated as of {@code as_of} and any row whose status, colour or route
 * comes out differently from the file is reported as a warning: reports show the engine's values.
 *
 * <h2>Problems</h2>
 * Bad content never throws. Each cell that cannot be understood (a bad date, an unknown source kind or
 * status, a blank required value, a duplicate recommendation id) is an error located {@code <name> line N,
 * column <header>}; the row is left out of the register and every error in it is reported. Rows without
 * errors are kept. A file that cannot be read at all (empty; not CSV text: a zip archive such as a
 * workbook, UTF-16, a NUL character; not UTF-8, located by line; a quote never closed, located at the row
 * where it opens; over the limits: by
 * default {@value #DEFAULT_MAX_ROWS} rows and {@value #DEFAULT_MAX_CELL_CHARS} characters in a cell) gives
 * no register and an error saying why.
 *
 * <h2>Round trip</h2>
 * Importing what {@link CsvExporter} wrote and exporting the result as of the same day gives the same
 * bytes. What the file carries comes back equal: sources, references, titles, texts, priorities, tags,
 * overrides, targets' text, current owners' names, the latest update. Everything CSV does not carry (see
 * {@link CsvExporter}) is not recreated.
 *
 * <p>Thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class CsvImporter implements Importer, CsvFormat {

    /** The most rows read by default. */
    public static final int DEFAULT_MAX_ROWS = 1_000_000;

    /** The most characters in one cell by default. */
    public static final int DEFAULT_MAX_CELL_CHARS = 1_000_000;

    /** The most cells in one row. */
    static final int MAX_CELLS_PER_ROW = 10_000;

    /** The option naming the register's id. */
    public static final String OPTION_REGISTER_ID = "register-id";

    /** The option naming the organisation. */
    public static final String OPTION_ORGANISATION = "organisation";

    /** The option giving the priority scale, comma-separated, highest first. */
    public static final String OPTION_PRIORITIES = "priorities";

    /** The option giving the day the file's statuses held, {@code yyyy-MM-dd}, for files with no {@code as_of}. */
    public static final String OPTION_AS_OF = "as-of";

    private final CsvTable table;

    /** Creates the importer with the default limits. */
    public CsvImporter() {
        this(DEFAULT_MAX_ROWS, DEFAULT_MAX_CELL_CHARS);
    }

    /**
     * Creates the importer with other limits.
     *
     * @param maxRows the most rows to read, the header included
     * @param maxCellChars the most characters in one cell
     * @throws IllegalArgumentException if a limit is less than 1
     */
    public CsvImporter(int maxRows, int maxCellChars) {
        if (maxRows < 1 || maxCellChars < 1) {
            throw new IllegalArgumentException("limits must be 1 or more, not " + maxRows + " rows and " + maxCellChars + " characters");
        }
        this.table = new CsvTable(maxRows, maxCellChars, MAX_CELLS_PER_ROW);
    }

    @Override
    public Set<String> optionNames() {
        return Set.of(OPTION_REGISTER_ID, OPTION_ORGANISATION, OPTION_PRIORITIES, OPTION_AS_OF);
    }

    /**
     * Reads a register.
     *
     * @param in the CSV; read, not closed
     * @param name what to call the input in findings, for example its file name
     * @param options {@code register-id}, {@code organisation}, {@code priorities}, {@code as-of}
     * @return the register and every problem found, each located by line and column
     * @throws IOException only if the stream itself fails
     * @throws IllegalArgumentException if an option is unknown or unusable
     */
    @Override
    public ImportResult read(InputStream in, String name, Options options) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(name, "name");
        options.requireOnly(id(), optionNames());
        ImportRun.Settings settings = ImportRun.Settings.from(options, name);
        CsvTable.Result read = table.read(in, name);
        if (read.failure().isPresent()) {
            return ImportResult.failed(read.failure().get());
        }
        if (read.rows().isEmpty()) {
            return ImportResult.failed(Finding.error(name + " line 1", name + " is empty: expected a header row naming the columns, "
                    + "at least " + String.join(", ", CsvColumns.ALL.stream().filter(CsvColumns.REQUIRED::contains).toList())));
        }
        return new ImportRun(name, settings, Engines.STATUS).run(read.rows());
    }

    /** The status engine, made once when first needed. */
    private static final class Engines {
        static final StatusEngine STATUS = new StatusEngine();
    }
}
