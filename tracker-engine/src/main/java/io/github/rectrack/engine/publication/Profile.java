package io.github.rectrack.engine.publication;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.model.Scheme;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Who a report is for, and so what it may show. The scheme's handling markings are ordered least
 * restricted first; a part with no marking has the scheme's lowest.
 *
 * <ul>
 *   <li>{@link #INTERNAL}: everything, names included; for the force's own staff.</li>
 *   <li>{@link #PANEL}: parts marked up to the scheme's second-lowest marking (for example OFFICIAL and
 *       OFFICIAL-SENSITIVE), names included; for the members of an oversight panel, who may see sensitive
 *       material in private session but not what is marked above that. With one or two markings in the
 *       scheme this shows every marked part, as {@link #INTERNAL} does.</li>
 *   <li>{@link #PUBLIC}: only parts at the scheme's lowest marking, and every personal name of the
 *       register's people replaced by the person's initials or role title; for papers published on a
 *       force's web site.</li>
 * </ul>
 *
 * <p>A marking the scheme does not define (which validation reports as an error) is treated as the most
 * restricted: only {@link #INTERNAL} shows it. A scheme that lists the Government Security Classifications
 * out of their order (OFFICIAL-SENSITIVE before OFFICIAL, say) is invalid, and {@link Redaction} refuses to
 * apply {@link #PANEL} or {@link #PUBLIC} under it rather than show restricted parts as the lowest marking;
 * see {@link MarkingOrder}. A force's own markings, which are not classifications, may stand anywhere.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum Profile {

    /** Everything, names included. */
    INTERNAL(Integer.MAX_VALUE, false),
    /** Parts marked up to the scheme's second-lowest marking, names included. The default. */
    PANEL(1, false),
    /** Parts at the scheme's lowest marking only, names replaced by initials or roles. */
    PUBLIC(0, true);

    /** The profile a report has when none is chosen. */
    public static final Profile DEFAULT = PANEL;

    private final int highestRankShown;
    private final boolean replacesNames;

    Profile(int highestRankShown, boolean replacesNames) {
        this.highestRankShown = highestRankShown;
        this.replacesNames = replacesNames;
    }

    /**
     * The id used on the command line and in options: {@code internal}, {@code panel}, {@code public}.
     *
     * @return the id
     */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The profile with the given id.
     *
     * @param id {@code internal}, {@code panel} or {@code public}
     * @return the profile
     * @throws IllegalArgumentException naming the id and the profiles there are
     */
    public static Profile byId(String id) {
        Objects.requireNonNull(id, "id");
        return Arrays.stream(values()).filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("there is no publication profile '" + id + "'; the profiles are "
                        + Arrays.stream(values()).map(Profile::id).collect(Collectors.joining(", "))));
    }

    /**
     * Whether personal names are replaced by initials or role titles.
     *
     * @return true for {@link #PUBLIC}
     */
    public boolean replacesNames() {
        return replacesNames;
    }

    /**
     * Whether a part with the given marking is shown under a scheme.
     *
     * @param marking the part's marking; empty means the scheme's lowest
     * @param scheme the scheme whose markings rank it
     * @return true if the part is shown
     */
    public boolean shows(Optional<String> marking, Scheme scheme) {
        if (marking.isEmpty() || this == INTERNAL) {
            return true;
        }
        int rank = scheme.markingRank(marking.get());
        return rank >= 0 && rank <= highestRankShown;
    }

    /**
     * The profile's id.
     *
     * @return the id
     */
    @Override
    public String toString() {
        return id();
    }
}
