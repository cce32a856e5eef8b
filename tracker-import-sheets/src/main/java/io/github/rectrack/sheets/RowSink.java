package io.github.rectrack.sheets;

import java.util.List;

/** Receives the rows of a sheet, in order. */
interface RowSink {

    /**
     * One row.
     *
     * @param number the row number, 1-based, as the spreadsheet shows it
     * @param cells the cells from column A; shorter than the sheet is wide where the row ends early
     * @return whether to read on; false stops the reading after this row
     */
    boolean row(int number, List<SheetCell> cells);
}
