package io.github.rectrack.export.xlsx;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Enum constants as the workbook writes them ({@link TrackerLayout#words}), read back. */
final class Words {

    private Words() {}

    /**
     * The constant a cell names, case and spacing aside: "Proposed closed", "proposed  closed" and
     * "PROPOSED_CLOSED" all name {@code PROPOSED_CLOSED}.
     *
     * @param type the enum
     * @param text the cell's text
     * @param <E> the enum
     * @return the constant, or empty if none matches
     */
    static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
        String key = key(text);
        return Arrays.stream(type.getEnumConstants()).filter(e -> key(e.name()).equals(key)).findFirst();
    }

    /**
     * The constant a cell names, or an error listing the words accepted.
     *
     * @param type the enum
     * @param text the cell's text
     * @param <E> the enum
     * @return the constant
     * @throws IllegalArgumentException listing the accepted words
     */
    static <E extends Enum<E>> E require(Class<E> type, String text) {
        return parse(type, text).orElseThrow(() -> new IllegalArgumentException("expected one of " + accepted(type)
                + ", found '" + text + "'"));
    }

    /**
     * The words accepted for an enum, quoted and comma-separated.
     *
     * @param type the enum
     * @return the words
     */
    static String accepted(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(e -> "'" + TrackerLayout.words(e.name()) + "'").collect(Collectors.joining(", "));
    }

    private static String key(String text) {
        return text.strip().replace('_', ' ').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
