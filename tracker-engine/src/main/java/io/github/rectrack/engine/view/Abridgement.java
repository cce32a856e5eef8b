package io.github.rectrack.engine.view;

/** Shortens free text for a table cell, at the end of a sentence where one is near, else at a word boundary. */
final class Abridgement {

    /** The ellipsis appended to abridged text. */
    static final String ELLIPSIS = "…";

    private Abridgement() {}

    /**
     * The text with runs of white space folded to one space and, if it is longer than {@code limit}
     * characters, cut and followed by an ellipsis: after the last whole sentence within the limit when that
     * keeps at least half of it ("… developed in PowerBi. …"), otherwise at the last word boundary.
     *
     * @param text the text
     * @param limit the most characters to keep before the ellipsis
     * @return the abridged text
     */
    static String abridge(String text, int limit) {
        String folded = fold(text, limit + 2);
        if (folded.length() <= limit) {
            return folded;
        }
        int sentence = lastSentenceEnd(folded, limit);
        if (sentence >= limit / 2) {
            return folded.substring(0, sentence) + " " + ELLIPSIS;
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

    /**
     * Where the last sentence ending within {@code limit} characters ends: just after a full stop,
     * question or exclamation mark (and any closing quote or bracket) that a space and a capital letter
     * follow; 0 if there is none.
     */
    private static int lastSentenceEnd(String folded, int limit) {
        for (int end = Math.min(limit, folded.length() - 2); end > 0; end--) {
            if (folded.charAt(end) != ' ' || !Character.isUpperCase(folded.charAt(end + 1))) {
                continue;
            }
            int mark = end - 1;
            while (mark > 0 && (folded.charAt(mark) == ')' || folded.charAt(mark) == '\'' || folded.charAt(mark) == '"'
                    || folded.charAt(mark) == '’' || folded.charAt(mark) == '”')) {
                mark--;
            }
            char c = folded.charAt(mark);
            if (c == '.' || c == '?' || c == '!') {
                return end;
            }
        }
        return 0;
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
