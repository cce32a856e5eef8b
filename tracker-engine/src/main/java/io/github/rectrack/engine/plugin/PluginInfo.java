package io.github.rectrack.engine.plugin;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * What is known about one plug-in, for listings such as {@code tracker formats}.
 *
 * @param kind exporter or importer
 * @param id the id that selects it, for example in {@code --format}
 * @param displayName its name for people, as {@code tracker formats} lists it
 * @param mediaType the media type it writes or reads
 * @param fileExtensions the file name endings it claims, without the dot, for example {@code docx}
 * @param className the implementing class
 * @param version its version, or "unknown"
 * @param location the jar or directory it was loaded from
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record PluginInfo(Kind kind, String id, String displayName, String mediaType, List<String> fileExtensions,
        String className, String version, String location) {

    /** The kinds of plug-in. */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public enum Kind {
        /** Writes reports. */
        EXPORTER,
        /** Reads registers. */
        IMPORTER
    }

    /**
     * Copies the list.
     *
     * @param kind exporter or importer
     * @param id the id that selects it, for example in {@code --format}
     * @param displayName its name for people, as {@code tracker formats} lists it
     * @param mediaType the media type it writes or reads
     * @param fileExtensions the file name endings it claims, without the dot, for example {@code docx}
     * @param className the implementing class
     * @param version its version, or "unknown"
     * @param location the jar or directory it was loaded from
     */
    public PluginInfo {
        fileExtensions = List.copyOf(fileExtensions);
    }
}
