package io.github.rectrack.export.xlsx;

import io.github.rectrack.engine.spi.Exporter;
import io.github.rectrack.engine.spi.Importer;
import io.github.rectrack.testkit.ImporterContract;
import java.util.Optional;

/** The test kit's importer contract, run against the tracker workbook: lossless. */
class XlsxImporterContractTest extends ImporterContract {

    @Override
    protected Importer importer() {
        return new XlsxImporter();
    }

    @Override
    protected Optional<Exporter> matchingExporter() {
        return Optional.of(new XlsxExporter());
    }

    @Override
    protected boolean isLossless() {
        return true;
    }
}
