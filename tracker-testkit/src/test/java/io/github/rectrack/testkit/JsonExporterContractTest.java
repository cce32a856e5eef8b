package io.github.rectrack.testkit;

import io.github.rectrack.engine.json.JsonExporter;
import io.github.rectrack.engine.spi.Exporter;

/** The built-in {@code json} exporter keeps the exporter contract. */
class JsonExporterContractTest extends ExporterContract {

    @Override
    protected Exporter exporter() {
        return new JsonExporter();
    }
}
