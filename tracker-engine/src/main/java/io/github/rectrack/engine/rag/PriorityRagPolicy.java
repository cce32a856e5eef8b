package io.github.rectrack.engine.rag;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.engine.spi.rag.Rag;
import io.github.rectrack.engine.spi.rag.RagPolicy;
import io.github.rectrack.engine.spi.rag.RagSettings;
import java.util.HashMap;
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

    @Override
    public Colouring configure(RagSettings settings) {
        settings.requireOnly(ID, settingNames());
        boolean greyInactive = settings.choice("inactive", Inactive.class, Inactive.GREY) == Inactive.GREY;
        Map<String, Rag> byName = new HashMap<>();
        settings.values().keySet().stream().filter(k -> k.startsWith("priority."))
                .forEach(k -> byName.put(k.substring("priority.".length()), settings.choice(k, Rag.class, Rag.GREY)));
        return item -> {
            if (greyInactive && item.status().isInactive()) {
                return Rag.GREY;
            }
            Rag named = byName.get(item.recommendation().priority());
            if (named != null) {
                return named;
            }
            if (item.priorityRank() <= 0) {
                return Rag.RED;
            }
            return item.priorityRank() >= item.priorityLevels() - 1 ? Rag.GREEN : Rag.AMBER;
        };
    }
}
