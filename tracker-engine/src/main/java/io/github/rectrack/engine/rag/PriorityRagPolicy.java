package io.github.rectrack.engine.rag;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.engine.spi.rag.Rag;
import io.github.rectrack.engine.spi.rag.RagPolicy;
import io.github.rectrack.engine.spi.rag.RagSettings;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Colours by priority rather than progress, as some forces' trackers do: the highest priority red, the
 * lowest green, those between amber. Id {@code "priority"}.
 *
 * <table>
 *   <caption>Settings</caption>
 *   <tr><th>setting</th><th>values</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@code inactive}</td><td>GREY, PRIORITY</td><td>GREY</td>
 *       <td>colour of superseded and not-accepted items</td></tr>
 *   <tr><td>{@code priority.<name>}</td><td>RED, AMBER, GREEN, GREY</td><td>by rank</td>
 *       <td>the colour of one priority, for scales where rank alone does not say it</td></tr>
 * </table>
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class PriorityRagPolicy implements RagPolicy {

    /** The policy's id. */
    public static final String ID = "priority";

    /** Creates the policy; {@link java.util.ServiceLoader} calls this. */
    public PriorityRagPolicy() {}

    enum Inactive { GREY, PRIORITY }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Coloured by priority: highest red, middle amber, lowest green";
    }

    @Override
    public Set<String> settingNames() {
        return Set.of("inactive", "priority.*");
    }

    /**
     * Each colour names the priorities it is given to, highest first ("Fundamental priority"), as the
     * settings and the scheme's scale place them; grey also says it marks superseded and not-accepted
     * items when {@code inactive} is GREY. A colour no priority gets reads "Not used".
     */
    @Override
    public Map<Rag, String> colourMeanings(RagSettings settings, List<String> priorities) {
        settings.requireOnly(ID, settingNames());
        boolean greyInactive = settings.choice("inactive", Inactive.class, Inactive.GREY) == Inactive.GREY;
        Map<String, Rag> byName = named(settings);
        Map<Rag, List<String>> given = new EnumMap<>(Rag.class);
        for (Rag rag : Rag.values()) {
            given.put(rag, new ArrayList<>());
        }
        for (int rank = 0; rank < priorities.size(); rank++) {
            String priority = priorities.get(rank);
            given.get(byName.getOrDefault(priority, byRank(rank, priorities.size()))).add(priority);
        }
        Map<Rag, String> meanings = new EnumMap<>(Rag.class);
        for (Rag rag : Rag.values()) {
            List<String> names = given.get(rag);
            String named = names.isEmpty() ? "" : join(names) + " priority";
            if (rag == Rag.GREY && greyInactive) {
                named = named.isEmpty() ? "Superseded or not accepted, whatever the priority"
                        : named + "; also superseded or not accepted, whatever the priority";
            }
            meanings.put(rag, named.isEmpty() ? "Not used" : named);
        }
        return meanings;
    }

    private static String join(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static Map<String, Rag> named(RagSettings settings) {
        Map<String, Rag> byName = new HashMap<>();
        settings.values().keySet().stream().filter(k -> k.startsWith("priority."))
                .forEach(k -> byName.put(k.substring("priority.".length()), settings.choice(k, Rag.class, Rag.GREY)));
        return byName;
    }

    /** The colour of a rank on a scale of {@code levels}: the highest red, the lowest green, between amber. */
    private static Rag byRank(int rank, int levels) {
        if (rank <= 0) {
            return Rag.RED;
        }
        return rank >= levels - 1 ? Rag.GREEN : Rag.AMBER;
    }

    @Override
    public Colouring configure(RagSettings settings) {
        settings.requireOnly(ID, settingNames());
        boolean greyInactive = settings.choice("inactive", Inactive.class, Inactive.GREY) == Inactive.GREY;
        Map<String, Rag> byName = named(settings);
        return item -> {
            if (greyInactive && item.status().isInactive()) {
                return Rag.GREY;
            }
            Rag named = byName.get(item.recommendation().priority());
            if (named != null) {
                return named;
            }
            return byRank(item.priorityRank(), item.priorityLevels());
        };
    }
}
