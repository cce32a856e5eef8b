package io.github.rectrack.export.xlsx;

import java.util.HashMap;
import java.util.Map;

/**
 * One instance per distinct short value read in one import, so that a register read back takes no more
 * memory than the one exported: the same forum, priority, marking, person id or date on a hundred thousand
 * rows is one object, as it is in a register built in memory. Values equal either way; only the sharing
 * differs. Holds at most {@value #MAX_VALUES} values; later ones are kept unshared.
 */
final class SharedValues {

    /**
     * Texts longer than this are not shared: a recommendation's full text or an update is rarely repeated; a
     * stock response, reason or note often is.
     */
    static final int MAX_LENGTH = 400;
    /** The most values kept. */
    static final int MAX_VALUES = 100_000;

    private final Map<Object, Object> values = new HashMap<>();

    /**
     * The shared instance of a value.
     *
     * @param value a value read: a String, a date, a number or null
     * @param <V> its type
     * @return an equal value, the first one read
     */
    @SuppressWarnings("unchecked")
    <V> V share(V value) {
        if (value == null || value instanceof String text && text.length() > MAX_LENGTH) {
            return value;
        }
        Object shared = values.get(value);
        if (shared != null) {
            return (V) shared;
        }
        if (values.size() < MAX_VALUES) {
            values.put(value, value);
        }
        return value;
    }
}
