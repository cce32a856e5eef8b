package io.github.rectrack.sheets;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One cell as read: the text it shows, and the date or number it holds where it holds one. Cells of a CSV
 * file are always text.
 *
 * @param text the text the cell shows, stripped; empty for a blank cell
 * @param date the date, for a cell holding an Excel date
 * @param number the number, for a cell holding a number that is not a date
 */
record SheetCell(String text, Optional<LocalDate> date, Optional<Double> number) {

    /** A blank cell. */
    static final SheetCell BLANK = new SheetCell("", Optional.empty(), Optional.empty());

    SheetCell {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(number, "number");
        text = text.strip();
    }

    /**
     * A text cell.
     *
     * @param text the text
     * @return the cell
     */
    static SheetCell text(String text) {
        return new SheetCell(text, Optional.empty(), Optional.empty());
    }

    /**
     * Whether the cell is blank: no text, no date, no number.
     *
     * @return true if blank
     */
    boolean isBlank() {
        return text.isEmpty() && date.isEmpty() && number.isEmpty();
    }
}
