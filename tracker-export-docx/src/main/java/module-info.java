import io.github.rectrack.engine.spi.Exporter;
import io.github.rectrack.export.docx.DocxExporter;

/**
 * The committee paper in Word: {@link io.github.rectrack.export.docx.DocxExporter}, exporter id
 * {@code docx}, provided to the engine's {@link io.github.rectrack.engine.spi.Exporter} extension point.
 */
module io.github.rectrack.export.docx {
    requires transitive io.github.rectrack.engine;
    requires org.apache.poi.ooxml;
    requires java.xml;
    requires com.google.common;

    exports io.github.rectrack.export.docx;

    provides Exporter with DocxExporter;
}
