package io.github.rectrack.sheets.xlsx;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apiguardian.api.API;

/**
 * One row of a sheet as read: its number and the cells the sheet holds for it, in column order.
 *
 * @param number the row number as Excel shows it, from 1
 * @param cells the cells the sheet holds, in column order, each column at most once (blank cells with a
 *     style included; columns with no cell left out)
 */
@API(status = INTERNAL, since = "0.1.0")
public record XlsxRow(int number, List<XlsxCell> cells) {

    /**
     * Copies the list.
     *
     * @param number the row number as Excel shows it, from 1
     * @param cells the cells the sheet holds, in column order, each column at most once
     * @throws NullPointerException if the list is null
     */
    public XlsxRow {
        cells = List.copyOf(cells);
    }

    /**
     * The cell of a column.
     *
     * @param column the 0-based column index
     * @return the cell, or null if the sheet holds none there
     */
    public XlsxCell cell(int column) {
        // cells are in column order and usually dense: look where the column would be, then search
        int size = cells.size();
        if (column < 0) {
            return null;
        }
        if (column < size && cells.get(column).column() == column) {
            return cells.get(column);
        }
        int low = 0;
        int high = size - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int at = cells.get(middle).column();
            if (at < column) {
                low = middle + 1;
            } else if (at > column) {
                high = middle - 1;
            } else {
                return cells.get(middle);
            }
        }
        return null;
    }

    /**
     * The same row read from a POI workbook already open.
     *
     * @param row the row
     * @return the row as read
     */
    public static XlsxRow of(Row row) {
        List<XlsxCell> cells = new ArrayList<>();
        int last = -1;
        for (Cell cell : row) {
            XlsxCell read = XlsxCell.of(cell);
            if (read.column() > last) {
                cells.add(read);
                last = read.column();
            }
        }
        return new XlsxRow(row.getRowNum() + 1, cells);
    }
}
