package io.github.rectrack.engine.publication;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Text as names are matched in it under the {@link Profile#PUBLIC public profile}, whatever the characters it
 * was written with. Each character of the original text becomes zero or more characters of the folded text:
 * every Unicode space (no-break, narrow no-break, ideographic and the like) becomes an ASCII space; every
 * dash (the non-breaking hyphen U+2011, en dash and the like) becomes {@code -}; format characters (zero-width
 * space and joiner, soft hyphen, direction overrides and marks, byte order mark) and accents are dropped;
 * compatibility forms (full-width letters, ligatures) become their plain letters (NFKD); and letters are
 * lower-cased. So "José", "Jose&#x301;" (decomposed) and "JOSE" all fold to "jose".
 *
 * <p>The redaction matches names in the folded text and replaces them in the original, so the rest of the
 * text is kept as written; the test kit's leak search folds the same way, so that the two agree.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class Folding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final String folded;
    private final int[] starts;
    private final int[] ends;

    private Folding(String text) {
        String ascii = foldAscii(text);
        if (ascii != null) {
            // one folded character for each character written: the positions are the same
            this.folded = ascii;
            this.starts = null;
            this.ends = null;
            return;
        }
        StringBuilder out = new StringBuilder(text.length());
        int[] s = new int[text.length() * 2 + 4];
        int[] e = new int[s.length];
        int n = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            String piece = fold(cp);
            for (int k = 0; k < piece.length(); k++) {
                if (n == s.length) {
                    s = java.util.Arrays.copyOf(s, n * 2);
                    e = java.util.Arrays.copyOf(e, n * 2);
                }
                s[n] = i;
                e[n] = next;
                n++;
            }
            out.append(piece);
            i = next;
        }
        this.folded = out.toString();
        this.starts = s;
        this.ends = e;
    }

    /**
     * The folded form of a text of printable ASCII and ASCII white space, which folds character for
     * character (lower case; white space to a space); null for any other text.
     */
    private static String foldAscii(String text) {
        char[] out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x7f || c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0b
                    && (c < 0x1c || c > 0x1f)) {
                return null;
            }
            char f = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c < 0x20 ? ' ' : c;
            if (f != c && out == null) {
                out = text.toCharArray();
            }
            if (out != null) {
                out[i] = f;
            }
        }
        return out == null ? text : new String(out);
    }

    /**
     * Folds a text.
     *
     * @param text the text as written
     * @return the folded text, as described in the class comment
     */
    public static String fold(String text) {
        return new Folding(text).folded;
    }

    /** Folds a text, remembering where each folded character came from. */
    static Folding of(String text) {
        return new Folding(text);
    }

    /** The folded text. */
    String folded() {
        return folded;
    }

    /** Where in the original text the folded character at {@code index} starts. */
    int start(int index) {
        return starts == null ? index : starts[index];
    }

    /** Where in the original text the folded character before {@code index} ends. */
    int end(int index) {
        return ends == null ? index : ends[index - 1];
    }

    private static String fold(int cp) {
        int type = Character.getType(cp);
        if (type == Character.FORMAT) {
            return "";
        }
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return " ";
        }
        if (type == Character.DASH_PUNCTUATION) {
            return "-";
        }
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK) {
            return "";
        }
        if (cp < 0x80) {
            return String.valueOf((char) Character.toLowerCase(cp));
        }
        String compatible = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD);
        String plain = MARKS.matcher(compatible).replaceAll("").toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(plain.length());
        plain.codePoints().forEach(c -> out.append(Character.isWhitespace(c) || Character.isSpaceChar(c) ? " "
                : Character.getType(c) == Character.DASH_PUNCTUATION ? "-" : new String(Character.toChars(c))));
        return out.toString();
    }
}
