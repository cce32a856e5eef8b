package io.github.rectrack.engine.csv;

import io.github.rectrack.engine.spi.Format;
import java.util.List;

/** What the CSV exporter and importer share: one id, name, media type and extension. */
interface CsvFormat extends Format {

    @Override
    default String id() {
        return "csv";
    }

    @Override
    default String displayName() {
        return "CSV, one row per recommendation";
    }

    @Override
    default String mediaType() {
        return "text/csv";
    }

    @Override
    default List<String> fileExtensions() {
        return List.of("csv");
    }
}
