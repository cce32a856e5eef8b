package io.github.rectrack.sheets.xlsx;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apiguardian.api.API;

/**
 * Where the importers read a workbook's rows from: an .xlsx file read by {@link XlsxWorkbook}, or a POI
 * workbook already open ({@link #of(Workbook)}).
 */
@API(status = INTERNAL, since = "0.1.0")
public interface RowSource {

    /**
     * The names of the workbook's sheets, in the workbook's order.
     *
     * @return the names
     */
    List<String> sheetNames();

    /**
     * Whether the workbook stores dates in the 1904 date system (Excel for the Mac's old default).
     *
     * @return true for 1904 dates
     */
    boolean date1904();

    /**
     * Reads the rows of a sheet in order, one at a time, until the sheet ends or the reader says to stop.
     * Rows the sheet holds no element for are skipped.
     *
     * @param sheet the sheet's name, exactly as {@link #sheetNames()} gives it
     * @param each takes each row; returns false to stop
     * @throws IOException if the sheet cannot be read: damaged, a zip bomb, a DOCTYPE in its XML
     * @throws IllegalArgumentException if the workbook has no such sheet
     */
    void rows(String sheet, Predicate<XlsxRow> each) throws IOException;

    /**
     * The rows of a POI workbook already open (a streaming one included).
     *
     * @param workbook the workbook
     * @return the source; closing the workbook stays with the caller
     */
    static RowSource of(Workbook workbook) {
        Objects.requireNonNull(workbook, "workbook");
        return new RowSource() {
            @Override
            public List<String> sheetNames() {
                List<String> names = new ArrayList<>();
                for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                    names.add(workbook.getSheetName(i));
                }
                return names;
            }

            @Override
            public boolean date1904() {
                return workbook instanceof org.apache.poi.xssf.usermodel.XSSFWorkbook xssf && xssf.isDate1904();
            }

            @Override
            public void rows(String name, Predicate<XlsxRow> each) {
                Sheet sheet = workbook.getSheet(name);
                if (sheet == null) {
                    throw new IllegalArgumentException("the workbook has no sheet '" + name + "'");
                }
                for (Row row : sheet) {
                    if (!each.test(XlsxRow.of(row))) {
                        return;
                    }
                }
            }
        };
    }
}
