package io.github.rectrack.export.docx;

import io.github.rectrack.engine.spi.Exporter;
import io.github.rectrack.testkit.ExporterContract;
import java.util.Set;

/** The Word paper keeps the contract every exporter keeps, checked by the project's test kit. */
class DocxExporterContractTest extends ExporterContract {

    @Override
    protected Exporter exporter() {
        return new DocxExporter();
    }

    @Override
    protected Set<String> textOptions() {
        return Set.of(DocxExporter.SUBJECT, DocxExporter.AUTHOR, DocxExporter.MARKING, DocxExporter.REPORT_OF);
    }
}
