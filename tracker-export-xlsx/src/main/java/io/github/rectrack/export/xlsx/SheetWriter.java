package io.github.rectrack.export.xlsx;

import io.github.rectrack.engine.spi.rag.Rag;
import io.github.rectrack.model.PartialDate;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * Writes a list sheet from its {@link SheetLayout}: fixed column widths, a bold header row that stays in
 * view, rows as tall as their wrapped text ({@link RowHeights}), A4 landscape print set-up one page wide with the header row on every page, one row per row object streamed out (SXSSF keeps only a window of rows in memory), each with its
 * {@link Fingerprint} in a hidden last column, and an autofilter over the header and every data row. A sheet is
 * {@linkplain #start started} first, on the thread that makes the workbook; its rows can then be written on another
 * ({@link ListSheet#write}).
 */
final class SheetWriter {

    private SheetWriter() {}

    /**
     * Starts a list sheet: the layout's columns, then the hidden {@link TrackerLayout#FINGERPRINT} column and the
     * date precision columns; the header row; the frozen panes; the print set-up; the autofilter over the header and
     * the data rows to come; the RAG columns' colours. What is left is its data rows, {@link ListSheet#write}, which
     * may run on another thread than this: everything the workbook shares between its sheets is done here.
     *
     * @param sheet the empty sheet
     * @param layout its layout
     * @param rows how many data rows it will be written with ({@link XlsxExporter#rowCounts})
     * @param styles the workbook's styles
     * @param references each recommendation's readable reference by its id, for a {@link CellKind#REFERENCE} column
     * @param <T> the row type
     * @return the sheet, ready for its data rows
     * @throws IllegalArgumentException if the rows are more than a sheet holds below its header
     */
    static <T> ListSheet<T> start(SXSSFSheet sheet, SheetLayout<T> layout, long rows, Styles styles,
            Map<String, String> references) {
        if (rows > SpreadsheetVersion.EXCEL2007.getLastRowIndex()) {
            throw new IllegalArgumentException("sheet '" + layout.name() + "' would have more than "
                    + SpreadsheetVersion.EXCEL2007.getLastRowIndex() + " rows, the most Excel holds");
        }
        List<Column<T>> columns = layout.columns();
        int fingerprintColumn = columns.size();
        for (int c = 0; c < columns.size(); c++) {
            sheet.setColumnWidth(c, columns.get(c).width() * 256);
            if (columns.get(c).hidden()) {
                sheet.setColumnHidden(c, true);
            }
        }
        sheet.setColumnWidth(fingerprintColumn, 22 * 256);
        sheet.setColumnHidden(fingerprintColumn, true);
        // after the fingerprint, a hidden precision column for each column of dates known to the day, month or year
        int[] precisionColumn = new int[columns.size()];
        int next = fingerprintColumn + 1;
        for (int c = 0; c < columns.size(); c++) {
            precisionColumn[c] = columns.get(c).kind() == CellKind.PARTIAL_DATE ? next++ : -1;
        }
        Row header = sheet.createRow(0);
        for (int c = 0; c <= columns.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(c < columns.size() ? columns.get(c).header() : TrackerLayout.FINGERPRINT);
            cell.setCellStyle(styles.header());
        }
        int headerLines = 1;
        for (Column<T> column : columns) {
            headerLines = column.hidden() ? headerLines : Math.max(headerLines, RowHeights.lines(column.header(), column.width()));
        }
        header.setHeightInPoints(RowHeights.points(headerLines));
        for (int c = 0; c < columns.size(); c++) {
            if (precisionColumn[c] >= 0) {
                Cell cell = header.createCell(precisionColumn[c]);
                cell.setCellValue(TrackerLayout.precisionHeader(columns.get(c).header()));
                cell.setCellStyle(styles.header());
                sheet.setColumnWidth(precisionColumn[c], 12 * 256);
                sheet.setColumnHidden(precisionColumn[c], true);
            }
        }
        // the header row stays in view, and so does the readable reference where the sheet has one
        int frozenColumns = 0;
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).kind() == CellKind.REFERENCE) {
                frozenColumns = c + 1;
            }
        }
        sheet.createFreezePane(frozenColumns, 1);
        printOnePageWide(sheet, true);
        // the autofilter and the colours name the workbook's defined names and styles: set here, in sheet order
        sheet.setAutoFilter(new CellRangeAddress(0, (int) rows, 0, columns.size()));
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).kind() == CellKind.RAG) {
                colourByWord(sheet, c);
            }
        }
        return new ListSheet<>(sheet, layout, (int) rows, new RowWriter<>(layout, precisionColumn, styles, references));
    }

    /**
     * A list sheet {@linkplain #start started}, waiting for its data rows. Its rows may be written on any one
     * thread: they touch only this sheet, its writer and the workbook's styles, which are made before.
     *
     * @param <T> the row type
     */
    static final class ListSheet<T> {

        private final SXSSFSheet sheet;
        private final SheetLayout<T> layout;
        private final int expected;
        private final RowWriter<T> writer;

        private ListSheet(SXSSFSheet sheet, SheetLayout<T> layout, int expected, RowWriter<T> writer) {
            this.sheet = sheet;
            this.layout = layout;
            this.expected = expected;
            this.writer = writer;
        }

        /** @return the sheet's name */
        String name() {
            return layout.name();
        }

        /**
         * Writes the data rows, one per row object, each with its {@link Fingerprint}.
         *
         * @param rows the rows, in order: as many as the sheet was started for
         * @param counted where each data row written is counted
         * @param stopped checked before each row: true when the rows are no longer wanted, since another sheet failed
         * @return the number of data rows written
         * @throws IllegalArgumentException naming the sheet, row, recommendation and column, if a value cannot be
         *     written so that it reads back the same (text longer than a cell holds, characters XML cannot hold)
         * @throws IllegalStateException if there are more or fewer rows than the sheet was started for
         * @throws CancellationException if {@code stopped} turned true
         */
        int write(Iterator<? extends T> rows, RowsWritten counted, BooleanSupplier stopped) {
            int r = 0;
            while (rows.hasNext()) {
                if (stopped.getAsBoolean()) {
                    throw new CancellationException("the rows of sheet '" + layout.name() + "' are no longer wanted");
                }
                T row = rows.next();
                r++;
                if (r > expected) {
                    break;
                }
                writer.row(sheet.createRow(r), row, r);
                counted.row();
            }
            if (r != expected) {
                throw new IllegalStateException("sheet '" + layout.name() + "' was started for " + expected + " data rows, but "
                        + (r > expected ? "more" : "only " + r) + " came");
            }
            return r;
        }
    }

    /**
     * Writes one data row's cells. The row loop calls it once a row, so the JIT compiles it as an ordinary method
     * early, rather than compiling the whole sheet loop anew (on-stack replacement) for each sheet as the types of
     * its rows change.
     *
     * @param <T> the row type
     */
    private static final class RowWriter<T> {

        private final SheetLayout<T> layout;
        private final List<Column<T>> columns;
        private final int fingerprintColumn;
        private final int[] precisionColumn;
        private final Styles styles;
        private final CellStyle plain;
        private final Map<String, String> references;
        private final Fingerprint fingerprint = new Fingerprint();

        RowWriter(SheetLayout<T> layout, int[] precisionColumn, Styles styles, Map<String, String> references) {
            this.layout = layout;
            this.columns = layout.columns();
            this.fingerprintColumn = columns.size();
            this.precisionColumn = precisionColumn;
            this.styles = styles;
            this.plain = styles.plain();
            this.references = references;
        }

        void row(Row out, T row, int r) {
            int lines = 1;
            for (int c = 0; c < columns.size(); c++) {
                Column<T> column = columns.get(c);
                Object value;
                try {
                    value = column.value().apply(row);
                    if (value instanceof Optional<?> optional) {
                        value = optional.orElse(null);
                    }
                    if (column.kind() == CellKind.REFERENCE && value instanceof String key) {
                        value = references.getOrDefault(key, key);
                    }
                    if (value instanceof String text && text.isEmpty()) {
                        value = null; // a blank cell, not an empty string
                    }
                    if (value instanceof String text && !column.derived()) {
                        check(text); // a stored value must read back as written; a derived one may be cut, marked
                    }
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(where(layout, r, columns, row, column) + ": " + e.getMessage(), e);
                }
                if (!column.derived()) {
                    fingerprint.add(value);
                }
                if (value != null) {
                    write(out.createCell(c), column, value, column.struck().test(row), styles);
                    if (value instanceof String text && !column.hidden()
                            && (column.kind() == CellKind.LONG_TEXT || column.kind() == CellKind.REFERENCE)) {
                        lines = Math.max(lines, RowHeights.lines(Cells.fit(text), column.width()));
                    }
                    if (value instanceof PartialDate partial && precisionColumn[c] >= 0) {
                        Cell precision = out.createCell(precisionColumn[c]);
                        precision.setCellValue(TrackerLayout.precisionWord(partial.precision()));
                        precision.setCellStyle(plain);
                    }
                }
            }
            Cell print = out.createCell(fingerprintColumn);
            print.setCellValue(fingerprint.finish(r));
            print.setCellStyle(plain);
            if (lines > 1) {
                out.setHeightInPoints(RowHeights.points(lines));
            }
        }
    }

    /**
     * Sets a sheet up for printing: A4 landscape, one page wide, and either any number of pages tall with the
     * header row repeated on each (a list sheet) or one page tall (the Summary).
     *
     * @param sheet the sheet
     * @param list whether it is a list sheet with a header row to repeat
     */
    static void printOnePageWide(Sheet sheet, boolean list) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) (list ? 0 : 1)); // 0: as many pages tall as the rows need
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(!list);
        sheet.setMargin(PageMargin.LEFT, 0.4);
        sheet.setMargin(PageMargin.RIGHT, 0.4);
        sheet.setMargin(PageMargin.TOP, 0.5);
        sheet.setMargin(PageMargin.BOTTOM, 0.5);
        if (list) {
            sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        }
    }

    /**
     * Colours a RAG column by the word each cell holds, with one conditional format rule per colour (the
     * committee paper's fill and text colours, {@link Rag#fill()} and {@link Rag#ink()}), over the column below
     * the header: a word an analyst types or edits takes its colour, in Excel and in LibreOffice. The rule
     * compares the trimmed word, in any case ({@code TRIM(P2)="Red"}).
     *
     * @param sheet the sheet
     * @param column the RAG column
     */
    static void colourByWord(Sheet sheet, int column) {
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        String letter = CellReference.convertNumToColString(column);
        CellRangeAddress[] below = {new CellRangeAddress(1, SpreadsheetVersion.EXCEL2007.getLastRowIndex(), column, column)};
        for (Rag rag : Rag.values()) {
            ConditionalFormattingRule rule = formatting.createConditionalFormattingRule("TRIM($" + letter + "2)=\"" + rag.label() + "\"");
            PatternFormatting fill = rule.createPatternFormatting();
            fill.setFillBackgroundColor(Styles.colour(rag.fill()));
            fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
            rule.createFontFormatting().setFontColor(Styles.colour(rag.ink()));
            formatting.addConditionalFormatting(below, rule);
        }
    }

    /** Where a value is: the sheet, the row, the recommendation (or source, or person) and the column. */
    private static <T> String where(SheetLayout<T> layout, int r, List<Column<T>> columns, T row, Column<T> column) {
        Object key;
        try {
            key = columns.get(0).value().apply(row);
        } catch (RuntimeException e) {
            key = "?";
        }
        return "sheet '" + layout.name() + "', row " + (r + 1) + " (" + columns.get(0).header().toLowerCase(java.util.Locale.ROOT) + " '"
                + key + "'), column '" + column.header() + "'";
    }

    /**
     * Checks that text reads back as written: at most {@link Cells#MAX_TEXT} characters, and no character
     * that XML 1.0 cannot hold (control characters other than tab, line feed and carriage return; U+FFFE,
     * U+FFFF), which the sheet writer would replace.
     *
     * @param text the text
     * @throws IllegalArgumentException saying what is wrong
     */
    static void check(String text) {
        if (text.length() > Cells.MAX_TEXT) {
            throw new IllegalArgumentException("the text has " + text.length() + " characters, more than the " + Cells.MAX_TEXT
                    + " an Excel cell holds; shorten it or move the detail into evidence documents");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' && c != '\t' && c != '\n' && c != '\r' || c == '\uFFFE' || c == '\uFFFF') {
                throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                        "the text holds the control character U+%04X at %d, which a workbook cannot hold", (int) c, i));
            }
        }
    }

    private static void write(Cell cell, Column<?> column, Object value, boolean struck, Styles styles) {
        if (value instanceof LocalDate day) {
            cell.setCellValue(day);
            cell.setCellStyle(styles.date(struck));
        } else if (value instanceof PartialDate partial) {
            // a real date at every precision (the first day of its month or year), so Excel filters and groups it
            cell.setCellValue(partial.first());
            cell.setCellStyle(styles.date(partial.precision(), struck));
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
            cell.setCellStyle(styles.integer());
        } else if (value instanceof Rag rag) {
            cell.setCellValue(rag.label());
            cell.setCellStyle(styles.rag());
        } else if (value instanceof Boolean yes) {
            text(cell, yes ? "Yes" : "No", false, struck, styles);
        } else if (value instanceof String text) {
            text(cell, text, column.kind() == CellKind.LONG_TEXT || column.kind() == CellKind.REFERENCE, struck, styles);
        } else {
            throw new IllegalStateException("column '" + column.header() + "' gave a " + value.getClass().getName()
                    + ", which the tracker workbook cannot write");
        }
    }

    /**
     * Writes text as a string cell; {@code setCellValue(String)} never makes a formula.
     *
     * @param cell the cell
     * @param text the text
     * @param wrapped whether it wraps
     * @param struck whether it is struck through
     * @param styles the styles
     */
    static void text(Cell cell, String text, boolean wrapped, boolean struck, Styles styles) {
        cell.setCellValue(Cells.fit(text)); // data cells are checked before: only the Summary's labels can be cut
        cell.setCellStyle(styles.text(wrapped, struck, Cells.looksLikeFormula(text)));
    }
}
