package io.github.rectrack.testkit;

import io.github.rectrack.engine.json.JsonExporter;
import io.github.rectrack.engine.json.JsonImporter;
import io.github.rectrack.engine.spi.Exporter;
import io.github.rectrack.engine.spi.Importer;
import java.util.Optional;

/** The built-in {@code json} importer keeps the importer contract, losslessly. */
class JsonImporterContractTest extends ImporterContract {

    @Override
    protected Importer importer() {
        return new JsonImporter();
    }

    @Override
    protected Optional<Exporter> matchingExporter() {
        return Optional.of(new JsonExporter());
    }

    @Override
    protected boolean isLossless() {
        return true;
    }
}
