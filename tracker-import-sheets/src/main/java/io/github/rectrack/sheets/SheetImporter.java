package io.github.rectrack.sheets;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.engine.spi.ImportResult;
import io.github.rectrack.engine.spi.Importer;
import io.github.rectrack.engine.spi.Options;
import io.github.rectrack.engine.spi.WorkProgress;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The importer {@code sheet}: reads a force's own spreadsheet, an .xlsx workbook or a CSV file with a header
 * row, through the column mapping named by the option {@value #MAPPING}, with {@link MappedSpreadsheet}.
 *
 * <p>It claims no file extension: an .xlsx file is a tracker workbook to the {@code xlsx} importer and a .csv
 * file is the register's own CSV to the {@code csv} importer unless this importer is chosen by its id (on the
 * command line, {@code tracker import force.xlsx --mapping mapping.yaml -o register.json} chooses it).
 *
 * <p>Options: {@value #MAPPING} (required), the path of the column mapping file, JSON or YAML (see {@link
 * ColumnMapping}); {@value #AS_OF}, the day the sheet is stated as of ({@code yyyy-MM-dd}), in place of the
 * mapping's {@code register.asOf}; {@value #MAX_ROWS}, the most rows read, in place of the mapping's {@code maxRows}.
 * Bad content of the sheet comes back as located findings, never as an
 * exception; a missing, unreadable or wrong mapping is an {@link IllegalArgumentException}. Thread-safe: each
 * call reads on its own.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class SheetImporter implements Importer {

    /** The importer's id. */
    public static final String ID = "sheet";

    /** The media type of the usual input, an .xlsx workbook; CSV text ({@code text/csv}) is read as well. */
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The option naming the column mapping file (JSON or YAML); required. */
    public static final String MAPPING = "mapping";

    /**
     * The option giving the day the sheet is stated as of ({@code yyyy-MM-dd}), in place of the mapping's
     * {@code register.asOf}.
     */
    public static final String AS_OF = "as-of";

    /**
     * The option giving the most rows read of the sheet, a whole number from 1, in place of the mapping's {@code
     * maxRows} (by default {@value ColumnMapping#DEFAULT_MAX_ROWS}, Excel's).
     */
    public static final String MAX_ROWS = "max-rows";

    /** Creates the importer; {@link java.util.ServiceLoader} calls this. */
    public SheetImporter() {}

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "A force's own sheet, through a mapping";
    }

    @Override
    public String mediaType() {
        return MEDIA_TYPE;
    }

    /**
     * None: the .xlsx and .csv extensions belong to the tracker workbook and the register's CSV, so this
     * importer is chosen by its id, never by a file's name.
     *
     * @return an empty list
     */
    @Override
    public List<String> fileExtensions() {
        return List.of();
    }

    @Override
    public Set<String> optionNames() {
        return Set.of(MAPPING, AS_OF, MAX_ROWS);
    }

    /**
     * Reads a force's own spreadsheet through the column mapping the options name.
     *
     * @param in the .xlsx workbook or CSV file; read, not closed
     * @param name what to call it in findings
     * @param options {@value #MAPPING}, required: the column mapping file; {@value #AS_OF}, optionally: the day
     *     the sheet is stated as of, in place of the mapping's; {@value #MAX_ROWS}, optionally: the most rows read
     * @return the register and every finding, located by sheet, row and column
     * @throws IOException only if reading a CSV stream itself fails; bad content is reported as findings
     * @throws IllegalArgumentException if an option is unknown, {@value #MAPPING} is not given, {@value #AS_OF}
     *     is not a yyyy-MM-dd date, {@value #MAX_ROWS} is not a whole number from 1, or the mapping file cannot be read or is wrong (a {@link MappingException}
     *     naming the file and each JSON path)
     */
    @Override
    public ImportResult read(InputStream in, String name, Options options) throws IOException {
        return read(in, name, options, WorkProgress.NONE);
    }

    /**
     * Reads a force's own spreadsheet through the column mapping the options name, reporting the rows of an
     * .xlsx workbook's sheet as they are read (a CSV file's are not); otherwise as {@link #read(InputStream,
     * String, Options)}.
     *
     * @param in the .xlsx workbook or CSV file; read, not closed
     * @param name what to call it in findings
     * @param options as for {@link #read(InputStream, String, Options)}
     * @param progress where to report the rows read
     * @return the register and every finding, located by sheet, row and column
     * @throws IOException only if reading a CSV stream itself fails; bad content is reported as findings
     * @throws IllegalArgumentException as for {@link #read(InputStream, String, Options)}
     */
    @Override
    public ImportResult read(InputStream in, String name, Options options, WorkProgress progress) throws IOException {
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(name, "name");
        options.requireOnly(id(), optionNames());
        ColumnMapping mapping = mapping(options);
        Optional<LocalDate> asOf = options.date(AS_OF);
        mapping = asOf.map(mapping::withAsOf).orElse(mapping);
        Optional<String> maxRows = options.text(MAX_ROWS);
        if (maxRows.isPresent()) {
            mapping = mapping.withMaxRows(maxRows(maxRows.get()));
        }
        return MappedSpreadsheet.read(in, name, mapping, progress);
    }

    private static int maxRows(String text) {
        try {
            int rows = Integer.parseInt(text.strip());
            if (rows >= 1) {
                return rows;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException("option '" + MAX_ROWS + "': expected the most rows to read, a whole number from 1 such as "
                + ColumnMapping.DEFAULT_MAX_ROWS + ", found '" + text + "'");
    }

    /**
     * Reads the column mapping the option {@value #MAPPING} names.
     *
     * @param options the importer's options
     * @return the mapping
     * @throws IllegalArgumentException if the option is not given or the file cannot be read or is wrong
     */
    private static ColumnMapping mapping(Options options) {
        Path file = options.path(MAPPING).orElseThrow(() -> new IllegalArgumentException("importer '" + ID
                + "' needs the option '" + MAPPING + "': the path of a column mapping file (JSON or YAML) saying which column "
                + "of the sheet holds what, for example --option " + MAPPING + "=mapping.yaml (tracker import IN --mapping FILE "
                + "gives it; tracker mapping suggest IN -o mapping.yaml proposes one)"));
        try {
            return ColumnMapping.read(file);
        } catch (UncheckedIOException e) {
            throw new IllegalArgumentException("option '" + MAPPING + "': the mapping file " + file
                    + " could not be read: " + e.getCause().getMessage(), e);
        }
    }
}
