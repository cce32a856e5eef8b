package io.github.rectrack.export.xlsx;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.engine.spi.Finding;
import io.github.rectrack.engine.spi.ImportResult;
import io.github.rectrack.engine.spi.Importer;
import io.github.rectrack.engine.spi.Options;
import io.github.rectrack.engine.spi.WorkProgress;
import io.github.rectrack.sheets.SheetImporter;
import io.github.rectrack.sheets.xlsx.XlsxWorkbook;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apiguardian.api.API;

/**
 * The importer {@code xlsx}: reads back the tracker workbook that {@link XlsxExporter} writes, with the
 * edits people made to it.
 *
 * <p>The workbook carries the whole register, so what the exporter wrote reads back equal to the register
 * exported. Columns are found by their header text, as {@code TrackerLayout} describes them; the derived
 * columns (status, colour, days overdue, names, counts on the day) are ignored, except that a changed
 * Status cell on the Recommendations sheet becomes a governance decision of the matching kind, dated the
 * workbook's as-of day and taken by its forum. Rows a person added (no fingerprint), changed (values that
 * differ from those exported) or deleted are read as they stand and each reported as a {@link
 * Finding.Severity#NOTICE}.
 *
 * <p>A workbook exported before the columns "Stated status", "Stated RAG", "Notes" (Recommendations) and "%
 * complete" (Updates), the sheet "Extension requests" and the hidden row "Register as of" were added still
 * reads: what it lacks reads as blank (no stated status, RAG or notes, no percent complete, no extension
 * requests, no as-of day), and its rows' fingerprints still tell unedited rows from edited ones. Every other
 * sheet and stored column is required.
 *
 * <p>Read a row at a time straight from each sheet's XML ({@link XlsxWorkbook}: a StAX cursor, no POI cell
 * or row objects), so memory grows with the register built, not with the sheets; the workbook is copied to
 * a temporary file while it is read. POI's protections stay at their defaults: the zip-bomb guard
 * ({@code ZipSecureFile}) refuses entries that expand too far, and no DOCTYPE is accepted in the
 * workbook's XML. Hostile or broken input (not a zip, a truncated zip, a zip bomb, a DOCTYPE, a missing
 * sheet or column, a cell that is not what its column holds, more rows than the limit) comes back as
 * located error findings, never as an exception. Thread-safe: each call reads on its own.
 *
 * <p>With the option {@value #MAPPING} (the path of a column mapping, JSON or YAML) it reads instead a
 * force's own spreadsheet, an .xlsx workbook or a CSV file with a header row, through that mapping, as the
 * importer {@code sheet} ({@link SheetImporter}, module tracker-import-sheets) does: see {@link
 * io.github.rectrack.sheets.ColumnMapping} and {@link io.github.rectrack.sheets.MappedSpreadsheet}.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class XlsxImporter implements Importer {

    /** The importer's id, the same as the exporter's. */
    public static final String ID = XlsxExporter.ID;

    /** The default most data rows read per sheet: as many as an Excel sheet holds. */
    public static final int DEFAULT_MAX_ROWS = SpreadsheetVersion.EXCEL2007.getLastRowIndex();

    /** The longest text a cell may hold: Excel's own limit. */
    public static final int MAX_CELL_TEXT = Cells.MAX_TEXT;

    /**
     * The option naming a column mapping file: with it the input is read as a force's own spreadsheet (.xlsx
     * or CSV) through that mapping instead of as a tracker workbook.
     */
    public static final String MAPPING = SheetImporter.MAPPING;

    /**
     * The option giving the day a force's own spreadsheet is stated as of (yyyy-MM-dd), used with {@value
     * #MAPPING} in place of the mapping's {@code register.asOf}.
     */
    public static final String AS_OF = SheetImporter.AS_OF;

    /**
     * The option capping the rows of a force's own spreadsheet read with {@value #MAPPING}, in place of the
     * mapping's {@code maxRows}.
     */
    public static final String MAX_ROWS = SheetImporter.MAX_ROWS;

    /** The importer a force's own spreadsheet is read with, given the option {@value #MAPPING}. */
    private static final SheetImporter MAPPED = new SheetImporter();

    private final int maxRows;

    /** Creates the importer with the default row limit; {@link java.util.ServiceLoader} calls this. */
    public XlsxImporter() {
        this(DEFAULT_MAX_ROWS);
    }

    /**
     * Creates the importer with a row limit.
     *
     * @param maxRows the most data rows read per sheet; a sheet with more is refused with an error
     * @throws IllegalArgumentException if the limit is not positive
     */
    public XlsxImporter(int maxRows) {
        if (maxRows < 1) {
            throw new IllegalArgumentException("the row limit must be at least 1, not " + maxRows);
        }
        this.maxRows = maxRows;
    }

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
        return XlsxExporter.MEDIA_TYPE;
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("xlsx");
    }

    @Override
    public Set<String> optionNames() {
        return Set.of(MAPPING, AS_OF, MAX_ROWS);
    }

    /**
     * Reads a tracker workbook.
     *
     * @param in the workbook; read, not closed
     * @param name what to call it in findings
     * @param options {@value #MAPPING}, optionally: read a force's own spreadsheet through this column mapping;
     *     {@value #AS_OF} and {@value #MAX_ROWS}, with it: the day the sheet is stated as of and the most rows
     *     read, in place of the mapping's
     * @return the register and every finding: errors located by sheet, row and column; notices for edits
     * @throws IOException never for bad content
     * @throws IllegalArgumentException if an option is unknown, or the mapping file cannot be read or is wrong
     *     (a {@link io.github.rectrack.sheets.MappingException} naming the file and each JSON path)
     */
    @Override
    public ImportResult read(InputStream in, String name, Options options) throws IOException {
        return read(in, name, options, WorkProgress.NONE);
    }

    /**
     * Reads a tracker workbook, reporting the rows read from its sheets (header rows included) as they are
     * read: against the rows the sheets the import reads (the hidden Register sheet and the list sheets) hold
     * by their {@code <dimension>}, which the exporter and Excel write; else against the share of those
     * sheets' bytes read. Otherwise as {@link #read(InputStream, String, Options)}.
     *
     * @param in the workbook; read, not closed
     * @param name what to call it in findings
     * @param options as for {@link #read(InputStream, String, Options)}
     * @param progress where to report the rows read
     * @return the register and every finding: errors located by sheet, row and column; notices for edits
     * @throws IOException never for bad content
     * @throws IllegalArgumentException if an option is unknown, or the mapping file cannot be read or is wrong
     */
    @Override
    public ImportResult read(InputStream in, String name, Options options, WorkProgress progress) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(progress, "progress");
        options.requireOnly(id(), optionNames());
        if (options.text(MAPPING).isPresent()) {
            return MAPPED.read(in, name, options, progress);
        }
        for (String mappedOnly : List.of(AS_OF, MAX_ROWS)) {
            if (options.text(mappedOnly).isPresent()) {
                throw new IllegalArgumentException("option '" + mappedOnly + "' applies to a force's own spreadsheet read with the option '"
                        + MAPPING + "'; a tracker workbook " + (mappedOnly.equals(AS_OF) ? "carries its own as-of day" : "is read whole"));
            }
        }
        PushbackInputStream input = new PushbackInputStream(new FilterInputStream(in) {
            @Override
            public void close() {
                // the caller owns the stream
            }
        }, 8);
        byte[] start = input.readNBytes(8);
        if (start.length == 0) {
            return ImportResult.failed(Finding.error(name, name + " is empty: expected an Excel workbook (.xlsx)"));
        }
        input.unread(start);
        if (start.length < 4 || start[0] != 'P' || start[1] != 'K' || start[2] != 3 || start[3] != 4) {
            return ImportResult.failed(Finding.error(name, name + " is not an Excel workbook (.xlsx): an .xlsx file is a zip archive and "
                    + "starts with 'PK', this one starts with " + describe(start) + notZip(start)));
        }
        progress.report(0, "rows", 0, 0); // the reading starts: the workbook is copied, then its sheets are read
        try (XlsxWorkbook workbook = XlsxWorkbook.open(input)) {
            workbook.reportTo(progress, workbook.sheetNames().stream().filter(XlsxImporter::isRead).toList());
            return new WorkbookImport(name, maxRows, MAX_CELL_TEXT).read(workbook);
        } catch (RuntimeException | IOException | Error e) {
            if (e instanceof VirtualMachineError && !(e instanceof OutOfMemoryError)) {
                throw (VirtualMachineError) e;
            }
            return ImportResult.failed(Finding.error(name, explain(name, e)));
        }
    }

    /** Whether the import reads a sheet: the hidden Register sheet and the list sheets, named with case ignored as Excel does. */
    private static boolean isRead(String sheet) {
        return sheet.equalsIgnoreCase(RegisterSheet.NAME) || TrackerLayout.LIST_SHEETS.stream().anyMatch(l -> l.name().equalsIgnoreCase(sheet));
    }

    /** POI's message for a part that [Content_Types].xml gives no type. */
    private static final java.util.regex.Pattern UNTYPED_PART = java.util.regex.Pattern.compile(
            "The part (\\S+) does not have any content type");

    /** A clear message for what stopped a workbook being opened or read. */
    static String explain(String name, Throwable e) {
        String all = messages(e);
        String lower = all.toLowerCase(Locale.ROOT);
        if (lower.contains("zip bomb")) {
            return name + " was refused: a part of it expands far more than its compressed size (a zip bomb); POI's ZipSecureFile guard "
                    + "stopped it. A workbook Excel wrote never does this. (" + all + ")";
        }
        java.util.regex.Matcher untyped = UNTYPED_PART.matcher(all);
        if (untyped.find()) {
            return name + " could not be read: its part " + untyped.group(1) + " has no content type in [Content_Types].xml (a workbook"
                    + " Excel wrote gives every part one); save it again from Excel, or use the file as it was exported";
        }
        if (lower.contains("content types part") && (lower.contains("doctype") || lower.contains("entity"))) {
            return name + " was refused: its part [Content_Types].xml declares a DOCTYPE or entities (an XML external entity attack, or"
                    + " an entity expansion bomb); a workbook Excel wrote never holds one";
        }
        if (lower.contains("doctype") || lower.contains("entity")) {
            return name + " was refused: its XML declares a DOCTYPE or entities (an XML external entity attack, or an entity expansion "
                    + "bomb); a workbook Excel wrote never holds one. (" + all + ")";
        }
        if (lower.contains("truncated") || lower.contains("unexpected end") || lower.contains("eof") || lower.contains("end of")
                || lower.contains("central directory") || lower.contains("invalid") || lower.contains("corrupt")
                || lower.contains("no valid entries") || lower.contains("zip") || lower.contains("not well-formed")) {
            return name + " could not be read: the workbook is truncated or damaged (" + all + "); save it again from Excel, or use "
                    + "the file as it was exported";
        }
        if (e instanceof OutOfMemoryError) {
            return name + " could not be read: it needs more memory than the JVM has (" + all + ")";
        }
        return name + " could not be read as an Excel workbook: " + all;
    }

    private static String messages(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < 600; t = t.getCause() == t ? null : t.getCause()) {
            if (text.length() > 0) {
                text.append(": ");
            }
            text.append(t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage());
        }
        return text.toString();
    }

    private static String describe(byte[] start) {
        StringBuilder shown = new StringBuilder("'");
        for (byte b : start) {
            shown.append(b >= 32 && b < 127 ? String.valueOf((char) b) : String.format(Locale.ROOT, "\\x%02X", b & 0xFF));
        }
        return shown.append('\'').toString();
    }

    private static String notZip(byte[] start) {
        String text = new String(start, StandardCharsets.ISO_8859_1);
        if (text.startsWith("%PDF")) {
            return " (a PDF document renamed to .xlsx?)";
        }
        if (start.length >= 4 && (start[0] & 0xFF) == 0xD0 && (start[1] & 0xFF) == 0xCF) {
            return " (an old Excel .xls or another OLE2 file: save it as .xlsx)";
        }
        return " (a text or other file renamed to .xlsx?)";
    }
}
