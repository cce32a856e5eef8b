package io.github.rectrack.sheets;

import com.github.pjfanning.xlsx.StreamingReader;
import io.github.rectrack.engine.spi.Finding;
import java.io.FilterInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Reads the rows of one sheet of an .xlsx workbook with the streaming reader (row by row, POI's zip-bomb
 * and XML guards at their defaults), as cells that keep Excel dates and numbers.
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
     * @return an error, if the workbook or the sheet could not be read
     */
    static Optional<Finding> read(InputStream in, String name, Optional<String> sheetName,
            Consumer<String> sheetFound, RowSink sink) {
        DataFormatter formatter = new DataFormatter(Locale.UK);
        try (Workbook workbook = StreamingReader.builder().rowCacheSize(100).bufferSize(4096).open(new FilterInputStream(in) {
            @Override
            public void close() {
                // the caller owns the stream
            }
        })) {
            if (workbook.getNumberOfSheets() == 0) {
                return Optional.of(Finding.error(name, name + " has no sheets"));
            }
            int index = 0;
            if (sheetName.isPresent()) {
                index = -1;
                List<String> names = new ArrayList<>();
                for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                    names.add(workbook.getSheetName(i));
                    if (index < 0 && workbook.getSheetName(i).equalsIgnoreCase(sheetName.get().strip())) {
                        index = i;
                    }
                }
                if (index < 0) {
                    return Optional.of(Finding.error(name, name + " has no sheet '" + sheetName.get()
                            + "' (the mapping's 'sheet'); its sheets are " + names));
                }
            }
            Sheet sheet = workbook.getSheetAt(index);
            sheetFound.accept(workbook.getSheetName(index));
            for (Row row : sheet) {
                List<SheetCell> cells = new ArrayList<>();
                for (Cell cell : row) {
                    int column = cell.getColumnIndex();
                    while (cells.size() <= column) {
                        cells.add(SheetCell.BLANK);
                    }
                    cells.set(column, cell(cell, formatter));
                }
                if (!sink.row(row.getRowNum() + 1, cells)) {
                    break;
                }
            }
            return Optional.empty();
        } catch (Exception e) {
            // The streaming reader reports a file that is not a workbook, or is damaged, as runtime or I/O exceptions.
            return Optional.of(Finding.error(name, name + " could not be read as an .xlsx workbook: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
        }
    }

    private static SheetCell cell(Cell cell, DataFormatter formatter) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        switch (type) {
            case NUMERIC: {
                double value = cell.getNumericCellValue();
                CellStyle style = cell.getCellStyle();
                String text = style == null ? formatter.formatRawCellContents(value, 0, "General")
                        : formatter.formatRawCellContents(value, style.getDataFormat(), style.getDataFormatString());
                if (DateUtil.isCellDateFormatted(cell) && DateUtil.isValidExcelDate(value)) {
                    return new SheetCell(text, Optional.of(DateUtil.getLocalDateTime(value).toLocalDate()), Optional.empty());
                }
                return new SheetCell(text, Optional.empty(), Optional.of(value));
            }
            case STRING:
                return SheetCell.text(cell.getStringCellValue());
            case BOOLEAN:
                return SheetCell.text(cell.getBooleanCellValue() ? "TRUE" : "FALSE");
            case ERROR:
                try {
                    return SheetCell.text(FormulaError.forInt(cell.getErrorCellValue()).getString());
                } catch (RuntimeException e) {
                    return SheetCell.text("#ERROR");
                }
            default:
                return SheetCell.BLANK;
        }
    }
}
