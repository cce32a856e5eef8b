package io.github.rectrack.export.xlsx;

import io.github.rectrack.engine.spi.Report;
import io.github.rectrack.engine.spi.rag.Rag;
import io.github.rectrack.engine.view.ForwardPlan;
import io.github.rectrack.engine.view.PublishedResponses;
import io.github.rectrack.engine.view.SummaryByKind;
import io.github.rectrack.engine.view.SummaryMatrix;
import io.github.rectrack.engine.status.Status;
import io.github.rectrack.model.Forum;
import io.github.rectrack.model.Recommendation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * The Summary sheet: a title block (organisation, forum, as-of date, RAG policy), the engine's priority by
 * RAG matrix for the report's forum with row and column totals, how many stand proposed for closure, how many
 * the tracker holds and which forum monitors them. It prints on one A4 landscape page.
 *
 * <p>Every count is a formula over the Recommendations sheet ({@code COUNTIFS} on its Routed to, Priority,
 * RAG, Status and Counts on the day columns, and a blank Addressee, since items addressed to other bodies are
 * watched and never counted; totals as {@code SUM}), written with the engine's count as its
 * cached value: the workbook reads right without recalculation, and the counts follow an analyst's edits
 * when it is recalculated.
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
 *           Reported to the (forum's name) | n      one row per forum the recommendations are routed to on
 *           Monitored by the (forum's name) | n     the day, the report's forum first
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
    /** The label of the count of every recommendation the tracker holds on the day. */
    static final String IN_THE_TRACKER = "Recommendations in the tracker";
    /** What starts the label of the count reported to the report's forum, before the forum's name. */
    static final String REPORTED_TO = "Reported to the ";
    /** What starts the label of the count monitored by another forum, before the forum's name. */
    static final String MONITORED_BY = "Monitored by the ";

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
        int first = r + 1;
        // the forum's own items: routed to it and not addressed to another body (those are watched, never counted)
        String routed = criterion(TrackerLayout.ROUTED_TO, report.forum()) + "," + criterion(TrackerLayout.ADDRESSEE, "");
        for (String priority : matrix.priorities()) {
            Row row = labelled(sheet, ++r, priority, styles);
            for (int i = 0; i < colours.length; i++) {
                formula(row, 1 + i, "COUNTIFS(" + routed + "," + criterion(TrackerLayout.PRIORITY, priority) + ","
                        + criterion(TrackerLayout.RAG_COLOUR, colours[i].label()) + ")", matrix.count(priority, colours[i]), styles.count());
            }
            formula(row, 1 + colours.length, "SUM(" + range(r, 1, r, colours.length) + ")", matrix.total(priority), styles.totalCount());
        }
        int last = r;
        Row totals = labelled(sheet, ++r, TOTAL, styles);
        for (int i = 0; i < colours.length; i++) {
            formula(totals, 1 + i, "SUM(" + range(first, 1 + i, last, 1 + i) + ")", matrix.total(colours[i]), styles.totalCount());
        }
        formula(totals, 1 + colours.length, "SUM(" + range(first, 1 + colours.length, last, 1 + colours.length) + ")", matrix.total(),
                styles.totalCount());

        r++;
        List<String> pending = Arrays.stream(Status.values()).filter(Status::isClosurePending)
                .map(status -> "COUNTIFS(" + routed + "," + criterion(TrackerLayout.STATUS, status.label()) + ")").toList();
        formula(labelled(sheet, ++r, PROPOSED_FOR_CLOSURE, styles), 1, String.join("+", pending), matrix.proposedClosed(), styles.count());
        formula(labelled(sheet, ++r, IN_THE_TRACKER, styles), 1, "COUNTIFS(" + criterion(TrackerLayout.COUNTS, "Yes") + ")",
                report.evaluation().states().size(), styles.count());
        // what the tracker holds beyond the forum's total: each forum the recommendations are routed to on the day
        Map<String, Integer> byForum = new LinkedHashMap<>();
        report.register().scheme().forums().forEach(f -> byForum.put(f.id(), 0));
        report.evaluation().states().stream().filter(state -> !state.watched())
                .forEach(state -> byForum.merge(state.route().forum(), 1, Integer::sum));
        List<String> order = new ArrayList<>(byForum.keySet());
        order.remove(report.forum());
        order.add(0, report.forum());
        for (String forum : order) {
            int count = byForum.getOrDefault(forum, 0);
            if (count == 0) {
                continue;
            }
            String name = report.register().scheme().forum(forum).map(Forum::name).orElse(forum);
            Row row = labelled(sheet, ++r, (forum.equals(report.forum()) ? REPORTED_TO : MONITORED_BY) + name, styles);
            row.getCell(0).setCellStyle(styles.indented());
            formula(row, 1, "COUNTIFS(" + criterion(TrackerLayout.ROUTED_TO, forum) + "," + criterion(TrackerLayout.ADDRESSEE, "") + ")", count,
                    styles.count());
        }
        // the labels' column as wide as its longest label, so that none is cut by the count beside it
        int longest = 34;
        for (int i = 1; i <= r; i++) {
            Row row = sheet.getRow(i);
            Cell label = row == null ? null : row.getCell(0);
            if (label != null && label.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                longest = Math.max(longest, label.getStringCellValue().length() + 3);
            }
        }
        sheet.setColumnWidth(0, Math.min(100, longest) * 256);
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
            String own = criterion(TrackerLayout.ROUTED_TO, report.forum()) + "," + criterion(TrackerLayout.ADDRESSEE, "");
            for (Recommendation.Kind kind : byKind.counts().keySet()) {
                String words = TrackerLayout.words(kind.name());
                Row row = labelled(sheet, r, words, styles);
                for (int i = 0; i < colours.length; i++) {
                    formula(row, 1 + i, "COUNTIFS(" + own + "," + criterion(TrackerLayout.ITEM_KIND, words) + ","
                            + criterion(TrackerLayout.RAG_COLOUR, colours[i].label()) + ")", byKind.count(kind, colours[i]), styles.count());
                }
                formula(row, 1 + colours.length, "SUM(" + range(r, 1, r, colours.length) + ")", byKind.total(kind), styles.totalCount());
                r++;
            }
            r++;
        }
        int watched = report.views().watched().items().size();
        if (watched > 0) {
            String column = CellReference.convertNumToColString(TrackerLayout.RECOMMENDATIONS.index(TrackerLayout.ADDRESSEE));
            formula(labelled(sheet, r++, WATCHED, styles), 1, "COUNTIFS(" + criterion(TrackerLayout.ROUTED_TO, report.forum()) + ",'"
                    + TrackerLayout.RECOMMENDATIONS.name() + "'!$" + column + ":$" + column + ",\"<>\")", watched, styles.count());
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

    /**
     * Writes a formula with its value cached, so that the workbook reads right without being recalculated.
     *
     * @param row the row
     * @param c the column
     * @param formula the formula, without "="
     * @param value what the engine counted, which the formula gives on the exported sheet
     * @param style the style
     */
    private static void formula(Row row, int c, String formula, int value, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellFormula(formula);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** A COUNTIFS range and criterion: the Recommendations sheet's whole column, equal to the value as written. */
    private static String criterion(String header, String value) {
        String column = CellReference.convertNumToColString(TrackerLayout.RECOMMENDATIONS.index(header));
        String literal = "=" + value.replace("~", "~~").replace("*", "~*").replace("?", "~?");
        return "'" + TrackerLayout.RECOMMENDATIONS.name() + "'!$" + column + ":$" + column + ",\"" + literal.replace("\"", "\"\"") + "\"";
    }

    private static String range(int firstRow, int firstColumn, int lastRow, int lastColumn) {
        return new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn).formatAsString();
    }
}
