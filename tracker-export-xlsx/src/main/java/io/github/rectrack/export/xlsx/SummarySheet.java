package io.github.rectrack.export.xlsx;

import io.github.rectrack.engine.spi.Report;
import io.github.rectrack.engine.spi.rag.Rag;
import io.github.rectrack.engine.view.SummaryMatrix;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * The Summary sheet: a title block (organisation, forum, as-of date, RAG policy), the engine's priority by
 * RAG matrix for the report's forum with row and column totals, and how many stand proposed for closure. It
 * prints on one A4 landscape page.
 *
 * <pre>
 * row 0   Recommendation tracker
 * row 1   Organisation          | ...
 * row 2   Forum                 | ...
 * row 3   As of                 | (date)
 * row 4   RAG policy            | ...
 * row 6   Priority | Red | Amber | Green | Grey | Total
 * row 7.. one row per priority, then Total
 *         Proposed for closure  | n
 *         Recommendations in the tracker | n
 *
 *         Withheld              | the engine's statement of what the report's profile left out, when it
 *                                 left out something or replaced names
 * </pre>
 */
final class SummarySheet {

    /** The row of the matrix's header. */
    static final int MATRIX_HEADER_ROW = 6;
    /** The label of the proposed-for-closure count. */
    static final String PROPOSED_FOR_CLOSURE = "Proposed for closure";
    /** The label of the matrix's total row and column. */
    static final String TOTAL = "Total";
    /** The label of the statement of what the report's profile withheld. */
    static final String WITHHELD = "Withheld";

    private SummarySheet() {}

    /**
     * Writes the sheet.
     *
     * @param sheet the empty sheet
     * @param report the report
     * @param styles the workbook's styles
     */
    static void write(SXSSFSheet sheet, Report report, Styles styles) {
        SummaryMatrix matrix = report.views().summary();
        SheetWriter.printOnePageWide(sheet, false);
        sheet.setColumnWidth(0, 34 * 256);
        for (int c = 1; c <= Rag.values().length + 1; c++) {
            sheet.setColumnWidth(c, 10 * 256);
        }
        Cell title = sheet.createRow(0).createCell(0);
        title.setCellValue("Recommendation tracker");
        title.setCellStyle(styles.title());
        field(sheet, 1, "Organisation", report.register().organisation(), styles);
        field(sheet, 2, "Forum", report.forumName().equals(report.forum())
                ? report.forum() : report.forumName() + " (" + report.forum() + ")", styles);
        Row asOf = labelled(sheet, 3, "As of", styles);
        Cell day = asOf.createCell(1);
        day.setCellValue(report.asOf());
        day.setCellStyle(styles.summaryDate());
        field(sheet, 4, "RAG policy", report.evaluation().ragPolicy(), styles);

        Row header = sheet.createRow(MATRIX_HEADER_ROW);
        Cell corner = header.createCell(0);
        corner.setCellValue("Priority");
        corner.setCellStyle(styles.header());
        Rag[] colours = Rag.values();
        for (int i = 0; i < colours.length; i++) {
            Cell cell = header.createCell(1 + i);
            cell.setCellValue(colours[i].label());
            cell.setCellStyle(styles.ragHeader(colours[i]));
        }
        Cell totalHeader = header.createCell(1 + colours.length);
        totalHeader.setCellValue(TOTAL);
        totalHeader.setCellStyle(styles.header());

        int r = MATRIX_HEADER_ROW;
        for (String priority : matrix.priorities()) {
            Row row = labelled(sheet, ++r, priority, styles);
            for (int i = 0; i < colours.length; i++) {
                count(row, 1 + i, matrix.count(priority, colours[i]), styles.count());
            }
            count(row, 1 + colours.length, matrix.total(priority), styles.totalCount());
        }
        Row totals = labelled(sheet, ++r, TOTAL, styles);
        for (int i = 0; i < colours.length; i++) {
            count(totals, 1 + i, matrix.total(colours[i]), styles.totalCount());
        }
        count(totals, 1 + colours.length, matrix.total(), styles.totalCount());

        r++;
        count(labelled(sheet, ++r, PROPOSED_FOR_CLOSURE, styles), 1, matrix.proposedClosed(), styles.count());
        count(labelled(sheet, ++r, "Recommendations in the tracker", styles), 1,
                report.evaluation().states().size(), styles.count());
        Optional<String> statement = report.withheld().statement();
        if (statement.isPresent()) {
            field(sheet, r + 2, WITHHELD, statement.get(), styles);
        }
    }

    private static Row labelled(SXSSFSheet sheet, int r, String label, Styles styles) {
        Row row = sheet.createRow(r);
        Cell cell = row.createCell(0);
        SheetWriter.text(cell, label, false, false, styles);
        if (!Cells.looksLikeFormula(label)) {
            cell.setCellStyle(styles.label()); // else keep the quote-prefixed text style, so that editing keeps it text
        }
        return row;
    }

    private static void field(SXSSFSheet sheet, int r, String label, String value, Styles styles) {
        Row row = labelled(sheet, r, label, styles);
        SheetWriter.text(row.createCell(1), value, false, false, styles);
    }

    private static void count(Row row, int c, int value, org.apache.poi.ss.usermodel.CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }
}
