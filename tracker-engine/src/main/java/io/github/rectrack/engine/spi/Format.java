package io.github.rectrack.engine.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.engine.discovery.ServiceDiscovery;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * What every {@link Exporter} and {@link Importer} says about itself: a stable id, a name, a media type,
 * file extensions, the options it reads and its version. Only {@link #id()}, {@link #mediaType()} and
 * {@link #fileExtensions()} must be written; the rest have defaults.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public interface Format {

    /**
     * The stable id callers choose this plug-in by, for example {@code "docx"} or {@code "csv"}.
     *
     * @return the id
     */
    String id();

    /**
     * A name for listings.
     *
     * @return the name; the id by default
     */
    default String displayName() {
        return id();
    }

    /**
     * The media type written or read, for example {@code "text/csv"}.
     *
     * @return the media type
     */
    String mediaType();

    /**
     * The file extensions written or read, without the dot, the usual one first.
     *
     * @return the extensions
     */
    List<String> fileExtensions();

    /**
     * The names of the {@link Options} this plug-in reads.
     *
     * @return the option names; none by default
     */
    default Set<String> optionNames() {
        return Set.of();
    }

    /**
     * The plug-in's version, from its jar's manifest.
     *
     * @return the version, or "unknown"
     */
    default String version() {
        return ServiceDiscovery.version(getClass());
    }
}
