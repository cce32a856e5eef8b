package io.github.rectrack.export.xlsx;

import io.github.rectrack.engine.json.RegisterJson;
import io.github.rectrack.engine.spi.Report;
import io.github.rectrack.model.Register;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The hidden sheet "Register": the register's header and scheme, and what the exporter wrote, as labelled
 * rows (label in column A, value from column B).
 *
 * <pre>
 * Register id          | id
 * Organisation         | name
 * Register as of       | (date: the register's own as-of day, the day its content was stated as of; only if it has one)
 * As of                | (date: the report's day)
 * Forum                | the report's forum id
 * Profile              | the publication profile the report was made with (internal, panel, public)
 * Withheld             | what that profile left out, if anything (the paper's statement)
 * Scheme               | canonical JSON of the scheme, in pieces of at most 32,000 characters across B, C, ...
 * Rows written: Updates| n (one row per list sheet)
 * </pre>
 *
 * <p>The scheme goes as the canonical JSON format's text (a register with no people and no sources), read
 * back by the same format, rather than as a second description of it.
 */
final class RegisterSheet {

    /** The sheet's name. */
    static final String NAME = "Register";
    /** The label of the register id. */
    static final String REGISTER_ID = "Register id";
    /** The label of the organisation. */
    static final String ORGANISATION = "Organisation";
    /** The label of the register's own as-of day, written only when the register has one. */
    static final String REGISTER_AS_OF = "Register as of";
    /** The label of the report's day. */
    static final String AS_OF = "As of";
    /** The label of the report's forum. */
    static final String FORUM = "Forum";
    /** The label of the report's publication profile. */
    static final String PROFILE = "Profile";
    /** The label of the statement of what the profile left out, written only when something was. */
    static final String WITHHELD = "Withheld";
    /** The label of the scheme's JSON. */
    static final String SCHEME = "Scheme";
    /** The start of the label of a list sheet's count of data rows written. */
    static final String ROWS_WRITTEN = "Rows written: ";
    /** The longest piece of the scheme's JSON in one cell: under Excel's 32,767, with room to spare. */
    static final int PIECE = 32_000;

    private RegisterSheet() {}

    /**
     * Writes the hidden sheet.
     *
     * @param workbook the workbook
     * @param report the report
     * @param written the data rows written, by list sheet name
     * @param styles the styles
     */
    static void write(SXSSFWorkbook workbook, Report report, Map<String, Integer> written, Styles styles) {
        SXSSFSheet sheet = workbook.createSheet(NAME);
        workbook.setSheetHidden(workbook.getSheetIndex(sheet), true);
        sheet.setColumnWidth(0, 30 * 256);
        Register register = report.register();
        int r = 0;
        text(sheet.createRow(r++), REGISTER_ID, register.id(), styles);
        text(sheet.createRow(r++), ORGANISATION, register.organisation(), styles);
        if (register.asOf().isPresent()) {
            date(sheet.createRow(r++), REGISTER_AS_OF, register.asOf().get(), styles);
        }
        date(sheet.createRow(r++), AS_OF, report.asOf(), styles);
        text(sheet.createRow(r++), FORUM, report.forum(), styles);
        text(sheet.createRow(r++), PROFILE, report.profile().id(), styles);
        Optional<String> withheld = report.withheld().statement();
        if (withheld.isPresent()) {
            text(sheet.createRow(r++), WITHHELD, withheld.get(), styles);
        }
        Row scheme = sheet.createRow(r++);
        scheme.createCell(0).setCellValue(SCHEME);
        List<String> pieces = pieces(new RegisterJson().writeToString(
                new Register(register.id(), register.organisation(), register.scheme(), List.of(), List.of())));
        for (int i = 0; i < pieces.size(); i++) {
            scheme.createCell(1 + i).setCellValue(pieces.get(i));
        }
        for (Map.Entry<String, Integer> entry : written.entrySet()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(ROWS_WRITTEN + entry.getKey());
            row.createCell(1).setCellValue(entry.getValue());
        }
    }

    private static void date(Row row, String label, java.time.LocalDate value, Styles styles) {
        row.createCell(0).setCellValue(label);
        Cell day = row.createCell(1);
        day.setCellValue(value);
        day.setCellStyle(styles.date(false));
    }

    private static void text(Row row, String label, String value, Styles styles) {
        row.createCell(0).setCellValue(label);
        SheetWriter.check(value);
        SheetWriter.text(row.createCell(1), value, false, false, styles);
    }

    /** The text in pieces of at most {@link #PIECE} characters, never splitting a surrogate pair. */
    static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            int end = Math.min(text.length(), at + PIECE);
            if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            pieces.add(text.substring(at, end));
            at = end;
        }
        return pieces;
    }
}
