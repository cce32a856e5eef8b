package io.github.rectrack.engine.view;

/** Shortens free text for a table cell, at a word boundary. */
final class Abridgement {

    /** The ellipsis appended to abridged text. */
    static final String ELLIPSIS = "…";

    private Abridgement() {}

    /**
     * The text with runs of white space folded to one space, cut at the last word boundary within
     * {@code limit} characters and followed by an ellipsis if it was longer.
     *
     * @param text the text
     * @param limit the most characters to keep before the ellipsis
     * @return the abridged text
     */
    static String abridge(String text, int limit) {
        String folded = fold(text, limit + 1);
        if (folded.length() <= limit) {
            return folded;
        }
        int cut = folded.lastIndexOf(' ', limit);
        if (cut <= 0) {
            cut = limit;
        }
        int end = cut;
        while (end > 0 && isTrailingPunctuation(folded.charAt(end - 1))) {
            end--;
        }
        return folded.substring(0, end) + ELLIPSIS;
    }

    private static boolean isTrailingPunctuation(char c) {
        return c == ',' || c == ';' || c == ':' || c == ' ' || c == '-' || c == '–';
    }

    /** Folds white space, stopping once {@code max} characters are written: the rest would be cut anyway. */
    private static String fold(String text, int max) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), max));
        boolean space = false;
        for (int i = 0; i < text.length() && out.length() < max; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
