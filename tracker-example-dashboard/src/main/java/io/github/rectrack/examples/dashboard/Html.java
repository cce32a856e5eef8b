package io.github.rectrack.examples.dashboard;

import java.io.IOException;
import java.io.Writer;

/**
 * Escapes text for HTML, in a form that is also well-formed XML: the five markup characters become
 * character references, and characters XML forbids (C0 controls other than tab, line feed and carriage
 * return; unpaired surrogates; U+FFFE and U+FFFF) become U+FFFD. The same escaping serves element text
 * and double- or single-quoted attribute values.
 */
final class Html {

    private Html() {}

    /**
     * Escapes text.
     *
     * @param text the text
     * @return the escaped text
     */
    static String escape(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (isAllowed(c)) {
                        out.append(c);
                    } else {
                        out.append('\uFFFD');
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * Writes escaped text.
     *
     * @param out where to write
     * @param text the text
     * @throws IOException if writing fails
     */
    static void text(Writer out, CharSequence text) throws IOException {
        out.write(escape(text));
    }

    private static boolean isAllowed(char c) {
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        return !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
    }
}
