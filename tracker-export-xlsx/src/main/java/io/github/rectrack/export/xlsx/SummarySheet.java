package io.github.rectrack.export.xlsx;

import io.github.rectrack.engine.spi.Report;
import io.github.rectrack.engine.spi.rag.Rag;
import io.github.rectrack.engine.view.ForwardPlan;
import io.github.rectrack.engine.view.PublishedResponses;
import io.github.rectrack.engine.view.SummaryByKind;
import io.github.rectrack.engine.view.SummaryMatrix;
import io.github.rectrack.model.Recommendation;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * The Summary sheet: a title block (organisation, forum, as-of date, RAG policy), the engine's priority by
 * RAG matrix for the report's forum with row and column totals, and how many stand proposed for closure.
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
 *
 *         Kind | Red | Amber | Green | Grey, then one row per kind of item with its total, where the
 *                                 scheme asks for the kinds apart for the forum
 *         Watched, not counted  | n (items addressed to other bodies), when there are any
 *         Response due (s.55)   | report | due date | state, one row per report needing a published response
 *         Further report due    | report | month, one row per further report promised to the forum
 * </pre>
 */
final class SummarySheet {

    /** The row of the matrix's header. */
    static final int MATRIX_HEADER_ROW = 6;
    /** The label of the proposed-for-closure count. */
    static final String PROPOSED_FOR_CLOSURE = "Proposed for closure";
    /** The label of the matrix's total row and column. */
    static final String TOTAL = "Total";
    /** The label of the header of the kind by RAG rows, where the scheme asks for kinds apart for the forum. */
    static final String KIND = "Kind";
    /** The label of the count of items addressed to other bodies, watched and not in the matrix. */
    static final String WATCHED = "Watched, not counted";
    /** The label of a report's published response (s.55): its title, due date and state. */
    static final String RESPONSE_DUE = "Response due (s.55)";
    /** The label of a further report promised to the forum: its source's title and the month due. */
    static final String FURTHER_REPORT = "Further report due";
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
            r += 2;
        }
        inspections(sheet, r + 2, report, styles);
    }

    /**
     * Below the rest, where the register has them: how many items addressed to other bodies the forum
     * watches (not counted in the matrix), one row per report needing a published response (s.55), and
     * one per further report promised to the forum.
     */
    private static void inspections(SXSSFSheet sheet, int r, Report report, Styles styles) {
        SummaryByKind byKind = report.views().summaryByKind();
        if (byKind.separated() && !byKind.counts().isEmpty()) {
            Row header = labelled(sheet, r++, KIND, styles);
            Rag[] colours = Rag.values();
            for (int i = 0; i < colours.length; i++) {
                Cell cell = header.createCell(1 + i);
                cell.setCellValue(colours[i].label());
                cell.setCellStyle(styles.ragHeader(colours[i]));
            }
            for (Recommendation.Kind kind : byKind.counts().keySet()) {
                Row row = labelled(sheet, r++, TrackerLayout.words(kind.name()), styles);
                for (int i = 0; i < colours.length; i++) {
                    count(row, 1 + i, byKind.count(kind, colours[i]), styles.count());
                }
                count(row, 1 + colours.length, byKind.total(kind), styles.totalCount());
            }
            r++;
        }
        int watched = report.views().watched().items().size();
        if (watched > 0) {
            count(labelled(sheet, r++, WATCHED, styles), 1, watched, styles.count());
        }
        for (PublishedResponses.Report response : report.views().publishedResponses().reports()) {
            Row row = labelled(sheet, r++, RESPONSE_DUE, styles);
            SheetWriter.text(row.createCell(1), response.title(), false, false, styles);
            Cell due = row.createCell(2);
            due.setCellValue(response.due());
            due.setCellStyle(styles.summaryDate());
            SheetWriter.text(row.createCell(3), switch (response.state()) {
                case AWAITING -> "Awaiting, " + response.daysLeft() + " day(s) left";
                case OVERDUE -> "Overdue by " + (-response.daysLeft()) + " day(s), no response recorded";
                case PUBLISHED -> "Published " + response.respondedOn().orElseThrow();
                case PUBLISHED_LATE -> "Published late, " + response.respondedOn().orElseThrow();
            }, false, false, styles);
        }
        for (ForwardPlan.Entry entry : report.views().forwardPlan().entries()) {
            Row row = labelled(sheet, r++, FURTHER_REPORT, styles);
            SheetWriter.text(row.createCell(1), entry.sourceTitle(), false, false, styles);
            SheetWriter.text(row.createCell(2), entry.due().toString(), false, false, styles);
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
