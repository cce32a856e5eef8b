import io.github.rectrack.engine.spi.Importer;
import io.github.rectrack.sheets.SheetImporter;

/**
 * Importing a force's own spreadsheet (an .xlsx workbook or a CSV file) through a column mapping:
 * {@link io.github.rectrack.sheets.ColumnMapping}, {@link io.github.rectrack.sheets.MappedSpreadsheet},
 * {@link io.github.rectrack.sheets.MappingSuggester}; {@link io.github.rectrack.sheets.SheetImporter} is
 * provided to the engine's {@link io.github.rectrack.engine.spi.Importer} extension point.
 */
// excel-streaming-reader is an automatic module with a stable name
// (Automatic-Module-Name: com.github.pjfanning.excelstreamingreader).
@SuppressWarnings("requires-automatic")
module io.github.rectrack.sheets {
    requires transitive io.github.rectrack.engine;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.csv;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires org.apache.poi.ooxml;
    requires com.github.pjfanning.excelstreamingreader;

    exports io.github.rectrack.sheets;

    provides Importer with SheetImporter;
}
