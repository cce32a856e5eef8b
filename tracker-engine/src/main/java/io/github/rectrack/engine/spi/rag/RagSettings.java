package io.github.rectrack.engine.spi.rag;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The settings a scheme gives its RAG policy ({@code ragSettings} in the register), with typed reading
 * and clear errors.
 *
 * @param values the settings by name
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record RagSettings(Map<String, String> values) {

    /**
     * Copies the map, sorted by name.
     *
     * @param values the settings by name
     */
    public RagSettings {
        values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    /**
     * No settings: every policy default applies.
     *
     * @return empty settings
     */
    public static RagSettings none() {
        return new RagSettings(Map.of());
    }

    /**
     * Reads an enumerated setting.
     *
     * @param name the setting's name
     * @param type the enum of allowed values
     * @param defaultValue the value when the setting is absent
     * @param <E> the enum type
     * @return the value
     * @throws IllegalArgumentException naming the setting and the allowed values if the value is not one
     *     of them
     */
    public <E extends Enum<E>> E choice(String name, Class<E> type, E defaultValue) {
        String value = values.get(name);
        if (value == null) {
            return defaultValue;
        }
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equalsIgnoreCase(value.strip()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("RAG setting '" + name + "' is '" + value + "'; expected one of "
                        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
    }

    /**
     * Checks that every setting is one the policy knows.
     *
     * @param policy the policy's id, for the message
     * @param known the names the policy reads
     * @throws IllegalArgumentException naming the unknown settings and the known ones
     */
    public void requireOnly(String policy, Set<String> known) {
        Objects.requireNonNull(known, "known");
        Set<String> unknown = values.keySet().stream().filter(k -> !known.contains(k) && !isPerPriority(k, known))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("RAG policy '" + policy + "' has no setting " + unknown
                    + "; its settings are " + new java.util.TreeSet<>(known));
        }
    }

    private static boolean isPerPriority(String key, Set<String> known) {
        int dot = key.indexOf('.');
        return dot > 0 && known.contains(key.substring(0, dot + 1) + "*");
    }
}
