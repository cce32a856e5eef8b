package io.github.rectrack.sheets;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.engine.spi.Finding;
import io.github.rectrack.engine.spi.ImportResult;
import io.github.rectrack.engine.spi.WorkProgress;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Imports a force's own spreadsheet, an .xlsx workbook or a CSV file with a header row, through a
 * {@link ColumnMapping}.
 *
 * <pre>{@code
 * ColumnMapping mapping = ColumnMapping.read(Path.of("mapping.yaml"));
 * try (InputStream in = Files.newInputStream(Path.of("force.xlsx"))) {
 *     ImportResult result = MappedSpreadsheet.read(in, "force.xlsx", mapping);
 *     result.findings().forEach(System.err::println);
 * }
 * }</pre>
 *
 * <h2>Reading</h2>
 * The kind of file is told by its content: a zip archive is read as an .xlsx workbook with the streaming
 * reader (row by row; POI's zip-bomb and XML guards at their defaults), anything else as CSV (UTF-8, a
 * byte-order mark skipped, RFC 4180 quoting; the mapping's {@code sheet} does not apply). The header row is the mapping's {@code headerRow}, or the
 * first of the first 100 rows holding every header the mapping names,
 * so that title rows above it (merged or not) are skipped. Headers match ignoring case and spaces.
 *
 * <h2>The register built</h2>
 * <ul>
 *   <li>Each non-blank row below the header is one recommendation. Rows with one source id, or else one
 *       source title and date, form one source, in order of first appearance; its id is the source id,
 *       or made from the title and date. A recommendation's id is its source's id and its reference (its
 *       place in the source where the sheet has no references).
 *   <li>Priority, assurance and status are read through the mapping's words. Every status word is kept as the
 *       stated status, and a stated RAG column as the stated RAG, as written. A status word that records a
 *       decision adds that decision, dated by the row's latest dated entry (else the as-of day), taken by
 *       the word's forum and noted with the word and the row.
 *   <li>The target and the revised target make the target history, read with {@link
 *       io.github.rectrack.model.TargetDateParser} (an Excel date is that day); a revised target that says
 *       the same as the original is no revision.
 *   <li>The update cell is split by {@link DatedEntries} into one progress update per dated entry, each
 *       with its own date; text with no date takes the row's update date, else the as-of day. A percent
 *       complete goes with the row's latest update. Notes are kept as the recommendation's notes. A
 *       management response records an acceptance only where its first words state one ("Agreed", "Not
 *       accepted", "Partly accepted"). Owners are split on ";", "/", "," and new lines and become people
 *       (initials such as "SM" are kept as initials). A minute number is kept as an external reference.
 *   <li>The extension columns make an extension request (the target asked for, why, when, and the
 *       decision); an approved one is also a target revision with its reason and the forum that agreed it.
 *   <li>The as-of day is the mapping's {@code asOf} (or {@link ColumnMapping#withAsOf}), else the latest
 *       date read from the sheet, said in a notice; it is kept as the register's {@code asOf}. With nothing
 *       dated and no as-of day, undated entries are an error.
 *   <li>With {@code continuationRows}, a row with no reference, text or priority adds its updates, status,
 *       notes, extension and revised target to the recommendation above. Updates and decisions are put in
 *       date order.
 * </ul>
 *
 * <h2>Problems</h2>
 * Bad content never throws. Each cell that cannot be understood is an error located {@code force.xlsx:
 * sheet 'Tracker', row 7, column E (Priority)} saying what was expected and what was found; a blank
 * required cell (text, and source, reference and priority where their columns are mapped) likewise. The row
 * is left out of the register and the other rows are still read, so the register built from the rest can be
 * kept. A column that is neither mapped nor ignored but holds values is reported once, as a warning; blank
 * rows are skipped. A row where most mapped cells are empty, and a blank status, are warnings naming the
 * row; a text at the start of an entry that looks like a date but is not one is a warning. A file that
 * cannot be read, a missing sheet or a header row that cannot be found give no register.
 *
 * <p>Thread-safe: each call reads on its own.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class MappedSpreadsheet {


    private MappedSpreadsheet() {}

    /**
     * Reads a force's spreadsheet through a mapping.
     *
     * @param in the .xlsx workbook or CSV file; read, not closed
     * @param name what to call the input in findings, for example its file name
     * @param mapping the column mapping
     * @return the register and every problem found, located by sheet, row and column
     * @throws IOException only if reading a CSV stream itself fails; bad content is reported as findings
     */
    public static ImportResult read(InputStream in, String name, ColumnMapping mapping) throws IOException {
        return read(in, name, mapping, WorkProgress.NONE);
    }

    /**
     * Reads a force's spreadsheet through a mapping, reporting the rows of an .xlsx workbook's sheet as they are
     * read, against the rows the sheet spans by its {@code <dimension>} (else the share of its bytes read). A
     * CSV file's rows are not reported.
     *
     * @param in the .xlsx workbook or CSV file; read, not closed
     * @param name what to call the input in findings, for example its file name
     * @param mapping the column mapping
     * @param progress where to report the rows read
     * @return the register and every problem found, located by sheet, row and column
     * @throws IOException only if reading a CSV stream itself fails; bad content is reported as findings
     */
    public static ImportResult read(InputStream in, String name, ColumnMapping mapping, WorkProgress progress) throws IOException {
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mapping, "mapping");
        BufferedInputStream buffered = new BufferedInputStream(in);
        SheetFile.Kind kind = SheetFile.of(buffered, name, "import that");
        if (kind.refusal().isPresent()) {
            return ImportResult.failed(Finding.error(name, kind.refusal().get()));
        }
        MappedRows rows = new MappedRows(name, mapping);
        Optional<Finding> failure = kind.file().orElseThrow() == SheetFile.XLSX
                ? WorkbookRows.read(buffered, name, mapping.sheet(), rows::sheet, rows, progress)
                : CsvRows.read(buffered, name, rows);
        if (failure.isPresent()) {
            return ImportResult.failed(failure.get());
        }
        return rows.result();
    }
}
