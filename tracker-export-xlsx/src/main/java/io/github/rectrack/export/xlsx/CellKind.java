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
     * A {@link io.github.rectrack.model.PartialDate}: a real Excel date at every precision, the first day of
     * its month or year for a date known only to the month or year, formatted "d mmm yyyy", "mmm yyyy" or
     * "yyyy"; a hidden column after the row fingerprint holds each date's precision ("Day", "Month", "Year"),
     * which the importer reads back. ISO-8601 text ({@code 2020-05}) is also read.
     */
    PARTIAL_DATE,
    /**
     * The readable reference of the row's recommendation (its source's title, its number and title as the
     * register gives them, never cut), looked up by the recommendation id the column's value gives; wrapped.
     */
    REFERENCE,
    /** A whole number. */
    INTEGER,
    /** A RAG colour: its label, which the sheet's conditional formatting fills with the colour. */
    RAG,
    /** "Yes" or "No". */
    YES_NO
}
