package io.github.rectrack.examples.dashboard;

import io.github.rectrack.engine.spi.Exporter;
import io.github.rectrack.testkit.ExporterContract;
import java.util.Set;

/** The dashboard keeps the contract every exporter keeps, checked by the project's test kit. */
class HtmlDashboardExporterContractTest extends ExporterContract {

    @Override
    protected Exporter exporter() {
        return new HtmlDashboardExporter();
    }

    @Override
    protected Set<String> textOptions() {
        return Set.of(HtmlDashboardExporter.TITLE);
    }
}
