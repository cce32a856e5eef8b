package io.github.rectrack.export.xlsx;

import java.util.List;
import java.util.Objects;

/**
 * One list sheet of the tracker workbook: its name and its columns, in order. The header row is row 1;
 * data rows follow, one per row object. The importer reads the same layouts back.
 *
 * <p>A sheet added to the workbook after the first release is <em>optional</em> on import: a workbook
 * exported before it existed lacks it, and the importer reads its absence as a sheet with no rows.
 *
 * @param name the sheet name
 * @param columns the columns, left to right
 * @param optional whether a workbook may lack the sheet (one added after the first release), its absence
 *     read as no rows
 * @param <T> the row type
 */
record SheetLayout<T>(String name, List<Column<T>> columns, boolean optional) {

    /** Checks the name and copies the list. */
    SheetLayout {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty() || name.length() > 31) {
            throw new IllegalArgumentException("sheet name '" + name + "' must be 1 to 31 characters");
        }
        columns = List.copyOf(columns);
    }

    /**
     * A sheet every tracker workbook has.
     *
     * @param name the sheet name
     * @param columns the columns, left to right
     */
    SheetLayout(String name, List<Column<T>> columns) {
        this(name, columns, false);
    }

    /**
     * This sheet, added to the workbook after the first release: a workbook exported before it lacks it, and
     * the importer reads its absence as no rows instead of refusing the workbook.
     *
     * @return the sheet
     */
    SheetLayout<T> addedLater() {
        return new SheetLayout<>(name, columns, true);
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
