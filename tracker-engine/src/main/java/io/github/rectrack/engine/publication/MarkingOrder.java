package io.github.rectrack.engine.publication;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The order of the Government Security Classifications, OFFICIAL &lt; OFFICIAL-SENSITIVE &lt; SECRET &lt;
 * TOP SECRET, against which a scheme's handling markings (listed least restricted first) are checked. A
 * scheme that lists two of these out of that order would make a profile show what is more restricted as if
 * it were less, so validation refuses it and {@link Redaction} will not apply a profile other than
 * {@link Profile#INTERNAL} under it.
 *
 * <p>The classifications are recognised ignoring case and whether words are joined by a space, a hyphen or
 * an underscore ({@code Official-Sensitive}, {@code OFFICIAL SENSITIVE}). Any other marking, such as a
 * force's own {@code PAPER MARKED C} or {@code OFFICIAL-SENSITIVE PERSONAL}, is not one of them and may
 * stand anywhere in the scheme: only the order of the classifications among themselves is checked.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class MarkingOrder {

    /** The Government Security Classifications, least restricted first. */
    public static final List<String> GOVERNMENT_SECURITY_CLASSIFICATIONS = List.of("OFFICIAL", "OFFICIAL-SENSITIVE", "SECRET", "TOP SECRET");

    private static final Pattern SEPARATORS = Pattern.compile("[\\s_\\-]+");

    private MarkingOrder() {}

    /**
     * A classification listed after a more restricted one.
     *
     * @param index the position of the misplaced marking in the list
     * @param marking the misplaced marking, as the list gives it
     * @param after the more restricted marking listed before it, as the list gives it
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public record Misplaced(int index, String marking, String after) {

        /**
         * Checks for nulls.
         *
         * @param index the position of the misplaced marking in the list
         * @param marking the misplaced marking, as the list gives it
         * @param after the more restricted marking listed before it, as the list gives it
         */
        public Misplaced {
            Objects.requireNonNull(marking, "marking");
            Objects.requireNonNull(after, "after");
        }

        /**
         * Says what is out of order and what order is expected.
         *
         * @return for example {@code 'OFFICIAL' is listed after the more restricted 'OFFICIAL-SENSITIVE'; ...}
         */
        public String message() {
            return "'" + marking + "' is listed after the more restricted '" + after
                    + "'; handling markings are listed least restricted first, and the Government Security Classifications go "
                    + String.join(" < ", GOVERNMENT_SECURITY_CLASSIFICATIONS) + " (a force's own markings may stand anywhere)";
        }
    }

    /**
     * The rank of a marking among the Government Security Classifications.
     *
     * @param marking a marking
     * @return 0 for OFFICIAL up to 3 for TOP SECRET; -1 for a marking that is not one of them
     */
    public static int classificationRank(String marking) {
        String key = key(marking);
        for (int i = 0; i < GOVERNMENT_SECURITY_CLASSIFICATIONS.size(); i++) {
            if (key(GOVERNMENT_SECURITY_CLASSIFICATIONS.get(i)).equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Every classification in a list of markings that comes after a more restricted one, each with the most
     * restricted one listed before it.
     *
     * @param markings handling markings, least restricted first
     * @return the misplaced ones, in the order of the list; empty when the classifications are in order
     */
    public static List<Misplaced> misplaced(List<String> markings) {
        List<Misplaced> misplaced = new ArrayList<>();
        int highest = -1;
        String highestMarking = null;
        for (int i = 0; i < markings.size(); i++) {
            String marking = markings.get(i);
            int rank = classificationRank(marking);
            if (rank < 0) {
                continue;
            }
            if (rank < highest) {
                misplaced.add(new Misplaced(i, marking, highestMarking));
            } else if (rank > highest) {
                highest = rank;
                highestMarking = marking;
            }
        }
        return misplaced;
    }

    private static String key(String marking) {
        return SEPARATORS.matcher(marking.strip()).replaceAll(" ").toUpperCase(Locale.ROOT);
    }
}
