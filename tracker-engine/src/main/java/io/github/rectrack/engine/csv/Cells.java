package io.github.rectrack.engine.csv;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cell rules shared by the exporter and importer: the guard against formula injection, and list cells.
 *
 * <p>Formula injection: a spreadsheet program runs a cell that starts with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return as a formula. The exporter writes such a value with one single
 * quote {@code '} in front, which spreadsheet programs read as "this is text". So that the rule can be
 * undone exactly, a value that already starts with one or more quotes followed by one of those characters
 * gets one more quote too. The importer removes exactly one leading quote from a value that starts with
 * one or more quotes followed by one of those characters, and leaves every other value alone (so
 * {@code 'tis} stays {@code 'tis}).
 */
final class Cells {

    private Cells() {}

    private static boolean isTrigger(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** Whether the value is some quotes (zero or more) then a trigger character. */
    private static boolean quotesThenTrigger(String value, int quotesAtLeast) {
        int i = 0;
        while (i < value.length() && value.charAt(i) == '\'') {
            i++;
        }
        return i >= quotesAtLeast && i < value.length() && isTrigger(value.charAt(i));
    }

    /**
     * The value as written to a cell.
     *
     * @param value the value
     * @return the value, with a quote in front if a spreadsheet would take it for a formula
     */
    static String protect(String value) {
        return quotesThenTrigger(value, 0) ? "'" + value : value;
    }

    /**
     * The value a cell written by {@link #protect(String)} held.
     *
     * @param cell the cell
     * @return the cell without the quote {@link #protect(String)} added
     */
    static String unprotect(String cell) {
        return quotesThenTrigger(cell, 1) ? cell.substring(1) : cell;
    }

    /**
     * Splits a list cell at {@code ";"}, trimming each part and leaving out empty parts.
     *
     * @param cell the cell
     * @return the parts
     */
    static List<String> split(String cell) {
        List<String> out = new ArrayList<>();
        for (String part : cell.split(";", -1)) {
            String p = part.strip();
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * An id made from text: lower case ASCII letters and digits, runs of anything else as one hyphen.
     *
     * @param text the text
     * @return the id; {@code "x"} if nothing is left
     */
    static String slug(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        boolean hyphen = false;
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.') {
                if (hyphen && out.length() > 0) {
                    out.append('-');
                }
                hyphen = false;
                out.append(c);
            } else {
                hyphen = true;
            }
        }
        return out.length() == 0 ? "x" : out.toString();
    }
}
