package io.github.rectrack.engine.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * Options a caller passes to one exporter or importer ({@code --option template=paper.dotx}), by name,
 * with typed reading and clear errors. The report itself (day, forum, previous meeting) is not an
 * option: it is the {@link Report}.
 *
 * @param values the options by name
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Options(Map<String, String> values) {

    /**
     * Copies the map, sorted by name.
     *
     * @param values the options by name
     */
    public Options {
        values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    /**
     * No options.
     *
     * @return empty options
     */
    public static Options none() {
        return new Options(Map.of());
    }

    /**
     * Options from name-value pairs.
     *
     * @param values the options
     * @return the options
     */
    public static Options of(Map<String, String> values) {
        return new Options(values);
    }

    /**
     * A text option.
     *
     * @param name the name
     * @return the value, or empty if not given
     */
    public Optional<String> text(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /**
     * A path option.
     *
     * @param name the name
     * @return the path, or empty if not given
     * @throws IllegalArgumentException if the value is not a path
     */
    public Optional<Path> path(String name) {
        return text(name).map(v -> {
            try {
                return Path.of(v);
            } catch (InvalidPathException e) {
                throw new IllegalArgumentException("option '" + name + "' is not a file path: '" + v + "'", e);
            }
        });
    }

    /**
     * A date option, written yyyy-MM-dd.
     *
     * @param name the name
     * @return the date, or empty if not given
     * @throws IllegalArgumentException if the value is not such a date
     */
    public Optional<LocalDate> date(String name) {
        return text(name).map(v -> {
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("option '" + name + "' must be a date written yyyy-MM-dd, not '" + v + "'", e);
            }
        });
    }

    /**
     * Checks that every option is one the plug-in reads.
     *
     * @param plugin the plug-in's id, for the message
     * @param known the names it reads
     * @throws IllegalArgumentException naming the unknown options and the known ones
     */
    public void requireOnly(String plugin, Set<String> known) {
        Set<String> unknown = new TreeSet<>(values.keySet());
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("'" + plugin + "' has no option " + unknown
                    + (known.isEmpty() ? "; it takes no options" : "; its options are " + new TreeSet<>(known)));
        }
    }
}
