package io.github.rectrack.export.xlsx;

import io.github.rectrack.engine.spi.rag.Rag;
import io.github.rectrack.model.PartialDate;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * Writes a list sheet from its {@link SheetLayout}: fixed column widths, a bold header row that stays in
 * view, one row per row object streamed out (SXSSF keeps only a window of rows in memory), then an
 * autofilter over the header and every data row.
 */
final class SheetWriter {

    private SheetWriter() {}

    /**
     * Writes the sheet.
     *
     * @param sheet the empty sheet
     * @param layout its layout
     * @param rows the rows, in order
     * @param styles the workbook's styles
     * @param <T> the row type
     * @return the number of data rows written
     */
    static <T> int write(SXSSFSheet sheet, SheetLayout<T> layout, Iterator<? extends T> rows, Styles styles) {
        List<Column<T>> columns = layout.columns();
        for (int c = 0; c < columns.size(); c++) {
            sheet.setColumnWidth(c, columns.get(c).width() * 256);
        }
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(columns.get(c).header());
            cell.setCellStyle(styles.header());
        }
        sheet.createFreezePane(0, 1);
        int r = 0;
        while (rows.hasNext()) {
            T row = rows.next();
            r++;
            if (r > org.apache.poi.ss.SpreadsheetVersion.EXCEL2007.getLastRowIndex()) {
                throw new IllegalStateException("sheet '" + layout.name() + "' would have more than "
                        + org.apache.poi.ss.SpreadsheetVersion.EXCEL2007.getLastRowIndex() + " rows, the most Excel holds");
            }
            Row out = sheet.createRow(r);
            for (int c = 0; c < columns.size(); c++) {
                Column<T> column = columns.get(c);
                Object value = column.value().apply(row);
                if (value instanceof Optional<?> optional) {
                    value = optional.orElse(null);
                }
                if (value instanceof String text && text.isEmpty()) {
                    value = null; // a blank cell, not an empty string
                }
                if (value != null) {
                    write(out.createCell(c), column, value, column.struck().test(row), styles);
                }
            }
        }
        sheet.setAutoFilter(new CellRangeAddress(0, r, 0, columns.size() - 1));
        return r;
    }

    private static void write(Cell cell, Column<?> column, Object value, boolean struck, Styles styles) {
        if (value instanceof LocalDate day) {
            cell.setCellValue(day);
            cell.setCellStyle(styles.date(struck));
        } else if (value instanceof PartialDate partial) {
            if (partial.precision() == PartialDate.Precision.DAY) {
                cell.setCellValue(partial.first());
                cell.setCellStyle(styles.date(struck));
            } else {
                text(cell, partial.toString(), false, struck, styles);
            }
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
            cell.setCellStyle(styles.integer());
        } else if (value instanceof Rag rag) {
            cell.setCellValue(rag.label());
            cell.setCellStyle(styles.rag(rag));
        } else if (value instanceof Boolean yes) {
            text(cell, yes ? "Yes" : "No", false, struck, styles);
        } else if (value instanceof String text) {
            text(cell, text, column.kind() == CellKind.LONG_TEXT, struck, styles);
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
        cell.setCellValue(Cells.fit(text));
        cell.setCellStyle(styles.text(wrapped, struck, Cells.looksLikeFormula(text)));
    }
}
