package io.github.rectrack.engine.json;

import io.github.rectrack.engine.spi.Format;
import java.util.List;

/**
 * What the canonical JSON exporter and importer share: one id, name, media type and extensions: {@code .json},
 * and {@code .json.gz} for the same compressed with gzip (read by its first bytes; written compressed by a
 * caller that names the file so, such as the command line).
 */
interface JsonFormat extends Format {

    @Override
    default String id() {
        return "json";
    }

    @Override
    default String displayName() {
        return "Canonical JSON register";
    }

    @Override
    default String mediaType() {
        return "application/json";
    }

    @Override
    default List<String> fileExtensions() {
        return List.of("json", "json.gz");
    }
}
