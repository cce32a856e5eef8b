package io.github.rectrack.export.xlsx;

import java.util.List;
import java.util.Objects;

/**
 * One list sheet of the tracker workbook: its name and its columns, in order. The header row is row 1;
 * data rows follow, one per row object. The importer reads the same layouts back.
 *
 * @param name the sheet name
 * @param columns the columns, left to right
 * @param <T> the row type
 */
record SheetLayout<T>(String name, List<Column<T>> columns) {

    /** Checks the name and copies the list. */
    SheetLayout {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty() || name.length() > 31) {
            throw new IllegalArgumentException("sheet name '" + name + "' must be 1 to 31 characters");
        }
        columns = List.copyOf(columns);
    }

    /**
     * The index of a column.
     *
     * @param header its header
     * @return its 0-based index
     * @throws IllegalArgumentException if the sheet has no such column
     */
    int index(String header) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).header().equals(header)) {
                return i;
            }
        }
        throw new IllegalArgumentException("sheet '" + name + "' has no column '" + header + "'");
    }
}
