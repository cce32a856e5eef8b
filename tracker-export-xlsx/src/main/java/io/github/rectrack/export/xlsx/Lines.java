package io.github.rectrack.export.xlsx;

import java.util.Arrays;
import java.util.List;

/**
 * A list of short texts (a recommendation's tags, the figures of a piece of evidence) in one cell, one per
 * line. An item holding a line break, or a blank item, cannot be told apart once joined, so the exporter
 * refuses it rather than write a cell that reads back differently.
 */
final class Lines {

    private Lines() {}

    /**
     * The items, one per line.
     *
     * @param items the items
     * @return the joined text; empty for no items
     * @throws IllegalArgumentException if an item is blank or holds a line break
     */
    static String join(List<String> items) {
        for (String item : items) {
            if (item.isBlank() || item.indexOf('\n') >= 0 || item.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("the item '" + item + "' cannot be written one per line: it is blank or holds a line break");
            }
        }
        return String.join("\n", items);
    }

    /**
     * The items of a cell written by {@link #join}; a line break Excel wrote as CR LF counts as one.
     *
     * @param text the cell's text, or null for a blank cell
     * @return the items; none for a blank cell
     */
    static List<String> split(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(text.split("\r?\n|\r", -1)).filter(s -> !s.isBlank()).toList();
    }
}
