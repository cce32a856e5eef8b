package io.github.rectrack.export.xlsx;

/**
 * Text rules for cells: Excel's length limit, and spotting text a spreadsheet would take for a formula.
 *
 * <p>Every text value is written as a string cell ({@code t="inlineStr"}), never as a formula, so text
 * such as {@code =HYPERLINK(...)} is shown, not run. Text that starts like a formula ({@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return, the characters of the CSV format's rule) also gets a
 * quote-prefixed style, so that Excel keeps it as text when someone edits the cell. The value itself is
 * never changed.
 */
final class Cells {

    /** The most characters an Excel cell holds. */
    static final int MAX_TEXT = 32_767;

    /** What replaces the end of a text too long for a cell. */
    static final String TRUNCATED = " … [truncated: the full text has %d characters]";

    private Cells() {}

    /**
     * Whether a spreadsheet program would take text typed into a cell for a formula.
     *
     * @param text the text
     * @return true if it starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return
     */
    static boolean looksLikeFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /**
     * The text as it fits in a cell: unchanged if short enough, else cut and marked as cut.
     *
     * @param text the text
     * @return text of at most {@link #MAX_TEXT} characters
     */
    static String fit(String text) {
        if (text.length() <= MAX_TEXT) {
            return text;
        }
        String marker = String.format(java.util.Locale.ROOT, TRUNCATED, text.length());
        int keep = MAX_TEXT - marker.length();
        if (Character.isHighSurrogate(text.charAt(keep - 1))) {
            keep--; // never split a surrogate pair
        }
        return text.substring(0, keep) + marker;
    }
}
