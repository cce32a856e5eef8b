import io.github.rectrack.engine.spi.Exporter;
import io.github.rectrack.engine.spi.Importer;
import io.github.rectrack.export.xlsx.XlsxExporter;
import io.github.rectrack.export.xlsx.XlsxImporter;

/**
 * The tracker workbook in Excel: {@link io.github.rectrack.export.xlsx.XlsxExporter} writes it and
 * {@link io.github.rectrack.export.xlsx.XlsxImporter} reads it back, both with the id {@code xlsx},
 * provided to the engine's {@link io.github.rectrack.engine.spi.Exporter} and
 * {@link io.github.rectrack.engine.spi.Importer} extension points.
 */
module io.github.rectrack.export.xlsx {
    requires transitive io.github.rectrack.engine;
    requires io.github.rectrack.sheets;
    requires org.apache.poi.ooxml;
    requires org.apache.commons.compress;
    requires com.google.common;

    exports io.github.rectrack.export.xlsx;

    provides Exporter with XlsxExporter;
    provides Importer with XlsxImporter;
}
