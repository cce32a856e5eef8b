package io.github.rectrack.export.xlsx;

/**
 * What a column of the tracker workbook holds, which decides how a value is written (and, for the
 * importer, how it is read back).
 */
enum CellKind {
    /** Short text on one line, such as an id, a reference or a forum. */
    TEXT,
    /** Long text, wrapped in its cell: titles, recommendation text, updates, notes. */
    LONG_TEXT,
    /** A real Excel date; blank when there is none. */
    DATE,
    /**
     * A {@link io.github.rectrack.model.PartialDate}: a real Excel date when known to the day, otherwise its
     * ISO-8601 text at its own precision ({@code 2020-05}, {@code 2020}).
     */
    PARTIAL_DATE,
    /** A whole number. */
    INTEGER,
    /** A RAG colour: its label, in a cell filled with the colour. */
    RAG,
    /** "Yes" or "No". */
    YES_NO
}
