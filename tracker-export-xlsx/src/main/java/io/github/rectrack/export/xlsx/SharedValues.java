package io.github.rectrack.export.xlsx;

import io.github.rectrack.model.TargetDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One instance per distinct short value read in one import, and one optional holding it, so that a register read
 * back takes no more memory than the one exported: the same forum, priority, marking, person id or date on a hundred
 * thousand rows is one object, as it is in a register built in memory. Values equal either way; only the sharing
 * differs. Holds at most {@value #MAX_VALUES} values, and as many optionals and target dates; later ones are kept
 * unshared.
 */
final class SharedValues {

    /**
     * Texts longer than this are not shared: a recommendation's full text or an update is rarely repeated; a
     * stock response, reason, note or name often is. Were the long ones kept, the first hundred thousand
     * recommendations' texts would fill the table before the names on the later sheets were seen.
     */
    static final int MAX_LENGTH = 128;
    /** The most values kept, and the most optionals. */
    static final int MAX_VALUES = 1 << 19;

    private final Map<Object, Object> values = new HashMap<>();
    private final Map<Object, Optional<?>> optionals = new HashMap<>();
    private final Map<String, TargetDate> targets = new HashMap<>();

    /**
     * The shared instance of a value.
     *
     * @param value a value read: a String, a date, a number or null (a target date goes to {@link #target})
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

    /**
     * The shared instance of a target date: the first one read with the same text, if it is equal. Looked up by its
     * text, which a hash map keeps in order when texts share a hash, rather than by the target itself, which it
     * could only walk.
     *
     * @param target a target date just read
     * @return an equal target date, the first one read
     */
    TargetDate target(TargetDate target) {
        TargetDate known = targets.get(target.text());
        if (target.equals(known)) {
            return known;
        }
        if (known == null && targets.size() < MAX_VALUES) {
            targets.put(target.text(), target);
        }
        return target;
    }

    /**
     * An optional holding a value read: one instance per shared value.
     *
     * @param value a value returned by {@link #share}, or null
     * @param <V> its type
     * @return empty for null, otherwise an optional holding the value, the first one made for an equal value
     */
    @SuppressWarnings("unchecked")
    <V> Optional<V> optional(V value) {
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof String text && text.length() > MAX_LENGTH) {
            return Optional.of(value);
        }
        Optional<?> known = optionals.get(value);
        if (known != null) {
            return (Optional<V>) known;
        }
        Optional<V> made = Optional.of(value);
        if (optionals.size() < MAX_VALUES) {
            optionals.put(value, made);
        }
        return made;
    }
}
