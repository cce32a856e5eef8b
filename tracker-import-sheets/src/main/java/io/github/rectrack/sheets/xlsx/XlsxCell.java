package io.github.rectrack.sheets.xlsx;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Objects;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apiguardian.api.API;

/**
 * One cell of a sheet as read: what it holds (for a formula, its cached result), its value and its number
 * format.
 *
 * @param column the 0-based column index
 * @param type what the cell holds: {@link CellType#NUMERIC}, {@link CellType#STRING}, {@link CellType#BOOLEAN},
 *     {@link CellType#ERROR} or {@link CellType#BLANK}; for a formula, the type of its cached result
 * @param text the text of a string cell, the error code of an error cell (such as {@code #N/A}); else null
 * @param number the number of a numeric cell, 1 or 0 for a boolean cell; else 0
 * @param formula whether the cell holds a formula (its value is then the result Excel last computed)
 * @param format the number format's index in the workbook
 * @param formatString the number format, such as {@code General} or {@code d mmm yyyy}; never null
 */
@API(status = INTERNAL, since = "0.1.0")
public record XlsxCell(int column, CellType type, String text, double number, boolean formula, int format, String formatString) {

    /** The format of a cell with no style: Excel's General. */
    static final String GENERAL = "General";

    /**
     * Checks the cell.
     *
     * @param column the 0-based column index
     * @param type what the cell holds (for a formula, its cached result)
     * @param text the text of a string cell, the error code of an error cell; else null
     * @param number the number of a numeric cell, 1 or 0 for a boolean cell; else 0
     * @param formula whether the cell holds a formula
     * @param format the number format's index in the workbook
     * @param formatString the number format
     * @throws NullPointerException if the type or the format string is null
     */
    public XlsxCell {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(formatString, "formatString");
    }

    /**
     * The text of a string cell.
     *
     * @return the text; empty for a cell that is not a string
     */
    public String string() {
        return type == CellType.STRING ? text : "";
    }

    /**
     * The value of a boolean cell.
     *
     * @return true for TRUE
     */
    public boolean bool() {
        return number != 0;
    }

    /**
     * Whether the cell's number format shows a date or a time (as POI's {@link DateUtil#isADateFormat} tells).
     *
     * @return true for a date format
     */
    public boolean dateFormatted() {
        return DateUtil.isADateFormat(format, formatString);
    }

    /**
     * The same cell read from a POI workbook already open.
     *
     * @param cell the cell
     * @return the cell as read
     */
    public static XlsxCell of(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        CellStyle style = cell.getCellStyle();
        int format = style == null ? 0 : style.getDataFormat();
        String formatString = style == null || style.getDataFormatString() == null ? GENERAL : style.getDataFormatString();
        boolean formula = cell.getCellType() == CellType.FORMULA;
        int column = cell.getColumnIndex();
        return switch (type) {
            case NUMERIC -> new XlsxCell(column, type, null, cell.getNumericCellValue(), formula, format, formatString);
            case STRING -> new XlsxCell(column, type, cell.getStringCellValue(), 0, formula, format, formatString);
            case BOOLEAN -> new XlsxCell(column, type, null, cell.getBooleanCellValue() ? 1 : 0, formula, format, formatString);
            case ERROR -> new XlsxCell(column, type, errorText(cell), 0, formula, format, formatString);
            default -> new XlsxCell(column, CellType.BLANK, null, 0, formula, format, formatString);
        };
    }

    private static String errorText(Cell cell) {
        try {
            return FormulaError.forInt(cell.getErrorCellValue()).getString();
        } catch (RuntimeException e) {
            return "#ERROR";
        }
    }

    /**
     * A built-in number format by its index.
     *
     * @param index the index
     * @return the format, General for an index Excel defines by locale or not at all
     */
    static String builtin(int index) {
        String format = BuiltinFormats.getBuiltinFormat(index);
        return format == null ? GENERAL : format;
    }
}
