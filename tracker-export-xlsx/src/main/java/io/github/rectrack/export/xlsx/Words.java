package io.github.rectrack.export.xlsx;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Enum constants as the workbook writes them ({@link TrackerLayout#words}), read back. */
final class Words {

    /** The constants of each enum read so far, by their key. */
    private static final Map<Class<?>, Map<String, Enum<?>>> KEYS = new ConcurrentHashMap<>();

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
        Map<String, Enum<?>> byKey = KEYS.computeIfAbsent(type, t -> {
            Map<String, Enum<?>> keys = new HashMap<>();
            for (Enum<?> e : type.getEnumConstants()) {
                keys.put(key(e.name()), e);
            }
            return keys;
        });
        return Optional.ofNullable(type.cast(byKey.get(key(text))));
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

    /** The text lower case, with underscores as spaces and each run of white space as one space, stripped. */
    private static String key(String text) {
        StringBuilder key = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_' || Character.isWhitespace(c)) {
                space = key.length() > 0;
            } else {
                if (space) {
                    key.append(' ');
                    space = false;
                }
                key.append(Character.toLowerCase(c));
            }
        }
        return key.toString();
    }
}
