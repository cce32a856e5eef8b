package io.github.rectrack.sheets;

import io.github.rectrack.engine.spi.Finding;
import io.github.rectrack.engine.spi.WorkProgress;
import io.github.rectrack.sheets.xlsx.XlsxCell;
import io.github.rectrack.sheets.xlsx.XlsxWorkbook;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;

/**
 * Reads the rows of one sheet of an .xlsx workbook row by row with {@link XlsxWorkbook} (straight from the
 * sheet's XML, POI's zip-bomb guard in force and no DOCTYPE accepted), as cells that keep Excel dates and
 * numbers.
 */
final class WorkbookRows {

    private WorkbookRows() {}

    /**
     * Reads the sheet.
     *
     * @param in the workbook; read, not closed
     * @param name the file's name, for findings
     * @param sheetName the sheet's name (case ignored), or empty for the first sheet
     * @param sheetFound receives the sheet's name as the workbook spells it, before the first row
     * @param sink receives the rows, until it says to stop
     * @param progress where the rows read are reported, against the rows the sheet spans
     * @return an error, if the workbook or the sheet could not be read
     */
    static Optional<Finding> read(InputStream in, String name, Optional<String> sheetName,
            Consumer<String> sheetFound, RowSink sink, WorkProgress progress) {
        DataFormatter formatter = new DataFormatter(Locale.UK);
        progress.report(0, "rows", 0, 0); // the reading starts: the workbook is copied, then its sheet is read
        try (XlsxWorkbook workbook = XlsxWorkbook.open(in)) {
            List<String> names = workbook.sheetNames();
            if (names.isEmpty()) {
                return Optional.of(Finding.error(name, name + " has no sheets"));
            }
            String sheet = names.get(0);
            if (sheetName.isPresent()) {
                sheet = names.stream().filter(n -> n.equalsIgnoreCase(sheetName.get().strip())).findFirst().orElse(null);
                if (sheet == null) {
                    return Optional.of(Finding.error(name, name + " has no sheet '" + sheetName.get()
                            + "' (the mapping's 'sheet'); its sheets are " + names));
                }
            }
            sheetFound.accept(sheet);
            workbook.reportTo(progress, List.of(sheet));
            boolean date1904 = workbook.date1904();
            workbook.rows(sheet, row -> {
                List<SheetCell> cells = new ArrayList<>();
                for (XlsxCell cell : row.cells()) {
                    int column = cell.column();
                    while (cells.size() <= column) {
                        cells.add(SheetCell.BLANK);
                    }
                    cells.set(column, cell(cell, formatter, date1904));
                }
                return sink.row(row.number(), cells);
            });
            return Optional.empty();
        } catch (Exception e) {
            // A file that is not a workbook, or is damaged, comes as an I/O or a runtime exception.
            return Optional.of(Finding.error(name, name + " could not be read as an .xlsx workbook: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
        }
    }

    private static SheetCell cell(XlsxCell cell, DataFormatter formatter, boolean date1904) {
        switch (cell.type()) {
            case NUMERIC: {
                double value = cell.number();
                String text = formatter.formatRawCellContents(value, cell.format(), cell.formatString(), date1904);
                if (cell.dateFormatted() && DateUtil.isValidExcelDate(value)) {
                    return new SheetCell(text, Optional.of(DateUtil.getLocalDateTime(value, date1904).toLocalDate()), Optional.empty());
                }
                return new SheetCell(text, Optional.empty(), Optional.of(value));
            }
            case STRING:
                return SheetCell.text(cell.text());
            case BOOLEAN:
                return SheetCell.text(cell.bool() ? "TRUE" : "FALSE");
            case ERROR:
                try {
                    return SheetCell.text(FormulaError.forString(cell.text()).getString());
                } catch (RuntimeException e) {
                    return SheetCell.text("#ERROR");
                }
            default:
                return SheetCell.BLANK;
        }
    }
}
