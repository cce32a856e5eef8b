package io.github.rectrack.export.docx;

import io.github.rectrack.engine.view.Appendix;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The bookmark name of each recommendation in the appendix, which the lists earlier in the paper link
 * to.
 *
 * <p>Word's rules for a bookmark name: at most 40 characters, a letter first, then letters, digits and
 * underscores. A name here is {@code rec}, the item's position in the appendix (which makes it unique),
 * an underscore and as much of the recommendation's id as fits, other characters turned to
 * underscores: {@code rec7_recruitment_2019_4_1}. The same report gives the same names.
 */
final class Bookmarks {

    /** Word's limit on a bookmark name. */
    static final int MAX_LENGTH = 40;

    private final Map<String, String> names = new HashMap<>();

    /**
     * Names a bookmark for every item of the appendix.
     *
     * @param appendix the appendix
     */
    Bookmarks(Appendix appendix) {
        int position = 0;
        for (Appendix.Section section : appendix.sources()) {
            for (Appendix.Entry entry : section.items()) {
                position++;
                names.putIfAbsent(entry.recommendationId(), name(position, entry.recommendationId()));
            }
        }
    }

    private static String name(int position, String id) {
        StringBuilder name = new StringBuilder("rec").append(position).append('_');
        for (int i = 0; i < id.length() && name.length() < MAX_LENGTH; i++) {
            char c = id.charAt(i);
            name.append(c < 128 && Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : '_');
        }
        return name.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * The bookmark of a recommendation in the appendix.
     *
     * @param recommendationId the recommendation's id
     * @return the name, or empty if the item is not in the appendix
     */
    Optional<String> of(String recommendationId) {
        return Optional.ofNullable(names.get(recommendationId));
    }
}
