package io.github.rectrack.export.xlsx;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One column of a list sheet: its header, its width, what it holds, and how to get its value from a row.
 *
 * <p>The value function returns a {@link String}, a {@link java.time.LocalDate}, a {@link
 * io.github.rectrack.model.PartialDate}, a {@link Number}, a {@link io.github.rectrack.engine.spi.rag.Rag}, a
 * {@link Boolean}, or an {@link java.util.Optional} of one of those; an empty optional is a blank cell.
 *
 * <p>A <em>stored</em> column holds a field of the register: the importer reads it back, and the row's
 * fingerprint covers it. A <em>derived</em> column holds what the engine computed for the report's day
 * (status, colour, days overdue) or repeats a value stored elsewhere for reading (a source's title, an
 * owner's name); the importer ignores it.
 *
 * <p>A stored column added to the layout after the first release is <em>optional</em> on import: a workbook
 * exported before it existed lacks it, and the importer reads its absence as a blank cell in every row. Every
 * other stored column is required.
 *
 * @param header the header cell's text; the importer finds the column by it
 * @param width the width in characters
 * @param kind what the column holds
 * @param value the value for a row
 * @param struck whether a row's cell is struck through (a superseded target)
 * @param derived whether the column is derived rather than stored
 * @param hidden whether the column is hidden from view
 * @param optional whether a workbook may lack the column (a stored column added after the first release),
 *     its absence read as blank cells
 * @param <T> the row type
 */
record Column<T>(String header, int width, CellKind kind, Function<? super T, ?> value, Predicate<? super T> struck,
        boolean derived, boolean hidden, boolean optional) {

    /** Checks for nulls. */
    Column {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(struck, "struck");
        if (width < 1 || width > 255) {
            throw new IllegalArgumentException("column '" + header + "' width must be 1 to 255 characters, not " + width);
        }
    }

    /**
     * A stored column whose cells are never struck through.
     *
     * @param header the header
     * @param width the width in characters
     * @param kind what it holds
     * @param value the value for a row
     * @param <T> the row type
     * @return the column
     */
    static <T> Column<T> of(String header, int width, CellKind kind, Function<? super T, ?> value) {
        return new Column<>(header, width, kind, value, row -> false, false, false, false);
    }

    /**
     * A derived column whose cells are never struck through.
     *
     * @param header the header
     * @param width the width in characters
     * @param kind what it holds
     * @param value the value for a row
     * @param <T> the row type
     * @return the column
     */
    static <T> Column<T> derived(String header, int width, CellKind kind, Function<? super T, ?> value) {
        return new Column<>(header, width, kind, value, row -> false, true, false, false);
    }

    /**
     * This column with its cells struck through when the predicate holds.
     *
     * @param when which rows
     * @return the column
     */
    Column<T> struckWhen(Predicate<? super T> when) {
        return new Column<>(header, width, kind, value, when, derived, hidden, optional);
    }

    /**
     * This column, hidden from view.
     *
     * @return the column
     */
    Column<T> hide() {
        return new Column<>(header, width, kind, value, struck, derived, true, optional);
    }

    /**
     * This column, added to the layout after the first release: a workbook exported before it lacks it, and
     * the importer reads its absence as a blank cell in every row instead of refusing the sheet.
     *
     * @return the column
     */
    Column<T> addedLater() {
        return new Column<>(header, width, kind, value, struck, derived, hidden, true);
    }
}
