package io.github.rectrack.export.xlsx;

import io.github.rectrack.engine.spi.Exporter;
import io.github.rectrack.testkit.ExporterContract;

/** The test kit's exporter contract, run against the tracker workbook. */
class XlsxExporterContractTest extends ExporterContract {

    @Override
    protected Exporter exporter() {
        return new XlsxExporter();
    }
}
