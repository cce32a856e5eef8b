package io.github.rectrack.export.xlsx;

/**
 * The height of a row that holds wrapped text, estimated from the text and its column's width, so that the
 * row shows all its lines in Excel and in LibreOffice alike. Excel grows a wrapped row when it opens a file
 * only if the row has no height of its own; LibreOffice does not, and lets long text run over the rows below.
 * Writing each row's height fixes both.
 *
 * <p>The estimate lays the text out word by word, as a spreadsheet does, on lines as long as the column is
 * wide in characters (a column width is counted in the widths of the digit zero of the default font, about
 * one average character of prose), and breaks a word longer than a line.
 */
final class RowHeights {

    /** The height of one line of the workbook's 11-point default font, in points, with its leading. */
    static final float LINE_POINTS = 15f;

    /** The tallest row Excel allows, in points. */
    static final float MAX_POINTS = 409f;

    private RowHeights() {}

    /**
     * How many lines a text takes when wrapped in a column.
     *
     * @param text the text; its line breaks start new lines
     * @param width the column's width in characters
     * @return the lines, at least 1
     */
    static int lines(String text, int width) {
        int capacity = Math.max(1, width - 1); // a cell's padding takes about one character
        int lines = 0;
        for (String paragraph : text.split("\r?\n|\r", -1)) {
            lines++;
            int used = 0;
            for (String word : paragraph.split(" ", -1)) {
                int length = word.length();
                int needed = used == 0 ? length : used + 1 + length;
                if (needed <= capacity) {
                    used = needed;
                    continue;
                }
                if (used > 0) {
                    lines++; // the word starts a new line
                }
                lines += (length - 1) / capacity; // a word longer than a line is broken
                used = length == 0 ? 0 : (length - 1) % capacity + 1;
            }
        }
        return Math.max(1, lines);
    }

    /**
     * The height of a row whose tallest cell takes so many lines.
     *
     * @param lines the most lines of any of its cells
     * @return the height in points, at most {@link #MAX_POINTS}
     */
    static float points(int lines) {
        return Math.min(MAX_POINTS, Math.max(1, lines) * LINE_POINTS + 2f);
    }
}
