package io.github.rectrack.engine.json;

import io.github.rectrack.engine.spi.Format;
import java.util.List;

/** What the canonical JSON exporter and importer share: one id, name, media type and extension. */
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
        return List.of("json");
    }
}
