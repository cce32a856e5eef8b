package io.github.rectrack.engine.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.TargetDate;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One instance per distinct short text, date, target date and optional short value read in one document, so that the
 * same author, person, note, reason, date or deadline on a hundred thousand entries is one object, as it is in a
 * register built in memory.
 * Values are equal either way; only the sharing differs.
 *
 * <p>A text is looked up by the characters the parser holds, so a text seen before makes no new string at all. Texts
 * longer than {@value #MAX_LENGTH} characters (a recommendation, an update) are rarely repeated and are not looked
 * up. At most {@value #MAX_TEXTS} texts are kept, and as many of each other kind; later ones are read unshared, as are
texts that share a hash with many others.
 *
 * <p>One instance serves one read of one document, on one thread: {@link RegisterJson} hands it to Jackson as an
 * attribute of that read, and the deserializers of {@link CanonicalJson} find it with {@link #of}. A read without
 * one (another use of the same Jackson set-up) reads every value unshared.
 */
final class SharedText {

    /** The longest text looked up, in characters. */
    static final int MAX_LENGTH = 128;

    /** The most texts kept; as many dates, and as many target dates, are kept apart. */
    static final int MAX_TEXTS = 1 << 19;

    /**
     * The most places looked at for one text. The table is at most half full, so a text is found or placed within
     * one or two places; texts made to share one hash (as "Aa" and "BB" do) would otherwise make every look-up walk
     * all the others. A text not found within this many places is read unshared.
     */
    static final int MAX_PROBES = 16;

    private String[] texts = new String[1 << 12];
    private int[] hashes = new int[1 << 12];
    /** 32 less the number of bits of a place in the table. */
    private int shift = 32 - 12;
    private int size;
    private final Map<String, PartialDate> partialDates = new HashMap<>();
    private final Map<String, LocalDate> days = new HashMap<>();
    private final Map<String, TargetDate> targets = new HashMap<>();
    private final Map<Object, Optional<?>> optionals = new HashMap<>();

    /**
     * The table of the read under way, if it has one.
     *
     * @param context the read's context
     * @return the table, or null when the read shares nothing
     */
    static SharedText of(DeserializationContext context) {
        return (SharedText) context.getAttribute(SharedText.class);
    }

    /**
     * The text of the parser's current string token: the one read before if it is short and was seen, otherwise a
     * new string.
     *
     * @param parser a parser on a {@code VALUE_STRING} token
     * @return the text
     * @throws IOException if the parser cannot finish reading the token
     */
    String text(JsonParser parser) throws IOException {
        int length = parser.getTextLength();
        if (length > MAX_LENGTH) {
            return parser.getText();
        }
        char[] chars = parser.getTextCharacters();
        int offset = parser.getTextOffset();
        int end = offset + length;
        int hash = 0;
        for (int i = offset; i < end; i++) {
            hash = 31 * hash + chars[i];
        }
        int mask = texts.length - 1;
        for (int slot = home(hash), probes = 0; ; slot = (slot + 1) & mask) {
            if (++probes > MAX_PROBES) {
                return new String(chars, offset, length);
            }
            String known = texts[slot];
            if (known == null) {
                String text = new String(chars, offset, length);
                if (size < MAX_TEXTS) {
                    texts[slot] = text;
                    hashes[slot] = hash;
                    if (++size * 2 > texts.length) {
                        grow();
                    }
                }
                return text;
            }
            if (hashes[slot] == hash && known.length() == length && same(known, chars, offset)) {
                return known;
            }
        }
    }

    /**
     * The date a text stands for, made once per distinct text.
     *
     * @param text a shared text
     * @param parse how to make the date; may throw, and nothing is kept when it does
     * @return the date
     */
    PartialDate partialDate(String text, Function<String, PartialDate> parse) {
        return shared(partialDates, text, parse);
    }

    /**
     * The day a text stands for, made once per distinct text.
     *
     * @param text a shared text
     * @param parse how to make the day; may throw, and nothing is kept when it does
     * @return the day
     */
    LocalDate day(String text, Function<String, LocalDate> parse) {
        return shared(days, text, parse);
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
        if (known == null && targets.size() < MAX_TEXTS) {
            targets.put(target.text(), target);
        }
        return target;
    }

    /**
     * The shared instance of an optional short text, date, day, number, truth value or constant; any other optional
     * as it is.
     *
     * @param read an optional just read
     * @return an equal optional
     */
    Optional<?> optional(Optional<?> read) {
        if (read.isEmpty()) {
            return read;
        }
        Object value = read.get();
        boolean small = value instanceof String text ? text.length() <= MAX_LENGTH
                : value instanceof PartialDate || value instanceof LocalDate || value instanceof Enum<?>
                        || value instanceof Integer || value instanceof Boolean;
        if (!small) {
            return read;
        }
        Optional<?> known = optionals.get(value);
        if (known != null) {
            return known;
        }
        if (optionals.size() < MAX_TEXTS) {
            optionals.put(value, read);
        }
        return read;
    }

    private static <V> V shared(Map<String, V> values, String text, Function<String, V> parse) {
        V known = values.get(text);
        if (known != null) {
            return known;
        }
        V value = parse.apply(text);
        if (values.size() < MAX_TEXTS) {
            values.put(text, value);
        }
        return value;
    }

    private static boolean same(String known, char[] chars, int offset) {
        for (int i = 0, n = known.length(); i < n; i++) {
            if (known.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * A text's first place: its hash multiplied by 2^32 over the golden ratio, top bits taken (Fibonacci hashing), so
     * that texts whose hashes follow on from each other ("4.1", "4.2", "4.3") land far apart rather than in one run.
     */
    private int home(int hash) {
        return (hash * 0x9E3779B9) >>> shift;
    }

    private void grow() {
        String[] oldTexts = texts;
        int[] oldHashes = hashes;
        texts = new String[oldTexts.length * 2];
        hashes = new int[oldTexts.length * 2];
        shift--;
        int mask = texts.length - 1;
        for (int i = 0; i < oldTexts.length; i++) {
            String text = oldTexts[i];
            if (text != null) {
                int slot = home(oldHashes[i]);
                while (texts[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                texts[slot] = text;
                hashes[slot] = oldHashes[i];
            }
        }
    }
}
