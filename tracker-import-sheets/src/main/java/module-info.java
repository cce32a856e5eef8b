import io.github.rectrack.engine.spi.Importer;
import io.github.rectrack.sheets.SheetImporter;

/**
 * Importing a force's own spreadsheet (an .xlsx workbook or a CSV file) through a column mapping:
 * {@link io.github.rectrack.sheets.ColumnMapping}, {@link io.github.rectrack.sheets.MappedSpreadsheet},
 * {@link io.github.rectrack.sheets.MappingSuggester}; .xlsx workbooks are read row by row from their XML by
 * the package {@code io.github.rectrack.sheets.xlsx}, exported to the tracker workbook's importer only;
 * {@link io.github.rectrack.sheets.SheetImporter} is
 * provided to the engine's {@link io.github.rectrack.engine.spi.Importer} extension point.
 */
module io.github.rectrack.sheets {
    requires transitive io.github.rectrack.engine;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.csv;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires org.apache.poi.ooxml;
    requires java.xml;
    requires com.fasterxml.aalto;

    exports io.github.rectrack.sheets;
    // the lean .xlsx reader, shared with the tracker workbook's importer; not an API of its own
    exports io.github.rectrack.sheets.xlsx to io.github.rectrack.export.xlsx;

    provides Importer with SheetImporter;
}
