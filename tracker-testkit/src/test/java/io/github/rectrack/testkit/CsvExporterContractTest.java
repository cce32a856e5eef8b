package io.github.rectrack.testkit;

import io.github.rectrack.engine.csv.CsvExporter;
import io.github.rectrack.engine.spi.Exporter;

/** The built-in {@code csv} exporter keeps the exporter contract. */
class CsvExporterContractTest extends ExporterContract {

    @Override
    protected Exporter exporter() {
        return new CsvExporter();
    }
}
