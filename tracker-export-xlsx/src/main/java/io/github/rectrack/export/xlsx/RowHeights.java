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
        // One pass over the characters: paragraphs end at \r\n, \n or \r; words at each space (two spaces
        // make an empty word, which still takes its space on the line).
        // over a copy of the characters: indexing an array is cheaper than String.charAt on text that is not Latin-1
        char[] chars = text.toCharArray();
        int capacity = Math.max(1, width - 1); // a cell's padding takes about one character
        int length = chars.length;
        int lines = 0;
        int i = 0;
        while (true) {
            lines++;
            int used = 0;
            while (true) {
                int start = i;
                char c = 0;
                while (i < length && (c = chars[i]) != ' ' && c != '\n' && c != '\r') {
                    i++;
                }
                int word = i - start;
                int needed = used == 0 ? word : used + 1 + word;
                if (needed <= capacity) {
                    used = needed;
                } else {
                    if (used > 0) {
                        lines++; // the word starts a new line
                    }
                    lines += (word - 1) / capacity; // a word longer than a line is broken
                    used = word == 0 ? 0 : (word - 1) % capacity + 1;
                }
                if (i < length && chars[i] == ' ') {
                    i++;
                    continue;
                }
                break;
            }
            if (i >= length) {
                return Math.max(1, lines);
            }
            i += chars[i] == '\r' && i + 1 < length && chars[i + 1] == '\n' ? 2 : 1;
        }
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
