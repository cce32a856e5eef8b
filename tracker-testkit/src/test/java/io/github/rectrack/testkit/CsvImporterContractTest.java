package io.github.rectrack.testkit;

import io.github.rectrack.engine.csv.CsvExporter;
import io.github.rectrack.engine.csv.CsvImporter;
import io.github.rectrack.engine.spi.Exporter;
import io.github.rectrack.engine.spi.Importer;
import java.util.Optional;

/** The built-in {@code csv} importer keeps the importer contract: export, import, export is a fixed point. */
class CsvImporterContractTest extends ImporterContract {

    @Override
    protected Importer importer() {
        return new CsvImporter();
    }

    @Override
    protected Optional<Exporter> matchingExporter() {
        return Optional.of(new CsvExporter());
    }
}
