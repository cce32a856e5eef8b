package io.github.rectrack.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rectrack.engine.spi.ImportResult;
import io.github.rectrack.engine.spi.Options;
import io.github.rectrack.sheets.ColumnMapping;
import io.github.rectrack.sheets.MappedSpreadsheet;
import io.github.rectrack.sheets.MappingException;
import io.github.rectrack.sheets.SheetImporter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code xlsx} importer's {@code mapping} option: a force's own spreadsheet through a column mapping, read
 * by the {@code sheet} importer of tracker-import-sheets.
 */
class XlsxImporterMappingTest {

    private static final Path EXAMPLE = Path.of("..", "docs", "examples", "force-spreadsheet");

    private final XlsxImporter importer = new XlsxImporter();

    @Test
    void readsTheForcesWorkbookThroughTheMappingAsTheMappedReaderDoes() throws IOException {
        Path mapping = EXAMPLE.resolve("mapping.json");

        ImportResult viaImporter = read(EXAMPLE.resolve("force-tracker.xlsx"), Options.of(Map.of("mapping", mapping.toString())));
        ImportResult direct;
        try (InputStream in = Files.newInputStream(EXAMPLE.resolve("force-tracker.xlsx"))) {
            direct = MappedSpreadsheet.read(in, "force-tracker.xlsx", ColumnMapping.read(mapping));
        }

        assertThat(viaImporter.hasErrors()).as("%s", viaImporter.findings()).isFalse();
        assertThat(viaImporter.register().orElseThrow().recommendationCount()).isEqualTo(11);
        assertThat(viaImporter).isEqualTo(direct);
    }

    @Test
    void readsTheForcesCsvThroughTheMapping() throws IOException {
        ImportResult result = read(EXAMPLE.resolve("force-tracker.csv"),
                Options.of(Map.of("mapping", EXAMPLE.resolve("mapping.yaml").toString())));

        assertThat(result.hasErrors()).as("%s", result.findings()).isFalse();
        assertThat(result.register().orElseThrow().sources()).hasSize(9);
    }

    @Test
    void theMappingAndAsOfOptionsReadTheSheetAsTheSheetImporterDoes() throws IOException {
        Options options = Options.of(Map.of("mapping", EXAMPLE.resolve("action-sheet.mapping.yaml").toString(), "as-of", "2020-10-20"));

        ImportResult viaXlsx = read(EXAMPLE.resolve("action-sheet.csv"), options);
        ImportResult viaSheet;
        try (InputStream in = Files.newInputStream(EXAMPLE.resolve("action-sheet.csv"))) {
            viaSheet = new SheetImporter().read(in, "action-sheet.csv", options);
        }

        assertThat(viaXlsx.hasErrors()).as("%s", viaXlsx.findings()).isFalse();
        assertThat(viaXlsx.register().orElseThrow().asOf()).contains(LocalDate.of(2020, 10, 20));
        assertThat(viaXlsx.register().orElseThrow().recommendationCount()).isEqualTo(6);
        assertThat(viaXlsx).isEqualTo(viaSheet);
    }

    @Test
    void aMissingMappingFileIsAnOptionErrorNamingTheFile(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-mapping.json");

        assertThatThrownBy(() -> read(EXAMPLE.resolve("force-tracker.xlsx"), Options.of(Map.of("mapping", missing.toString()))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("column mapping " + missing + ": no such file");
    }

    @Test
    void aWrongMappingIsReportedWithItsJsonPath(@TempDir Path dir) throws IOException {
        Path mapping = Files.writeString(dir.resolve("mapping.json"), "{\"columns\": {\"colour\": \"Colour\"}}");

        assertThatThrownBy(() -> read(EXAMPLE.resolve("force-tracker.xlsx"), Options.of(Map.of("mapping", mapping.toString()))))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("columns.colour");
    }

    @Test
    void theRowCapOfAMappedSheetCanBeGivenAsAnOption() throws IOException {
        Options options = Options.of(Map.of("mapping", EXAMPLE.resolve("mapping.json").toString(), "max-rows", "8"));

        ImportResult result = read(EXAMPLE.resolve("force-tracker.xlsx"), options);

        assertThat(result.findings()).filteredOn(f -> f.isError()).singleElement().satisfies(f -> assertThat(f.toString())
                .startsWith("ERROR force-tracker.xlsx: sheet 'Tracker', row 9: the sheet has more than 8 rows"));
        assertThat(result.register().orElseThrow().recommendationCount()).isEqualTo(3);
        assertThatThrownBy(() -> read(EXAMPLE.resolve("force-tracker.xlsx"), Options.of(Map.of("max-rows", "8"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("option 'max-rows' applies to a force's own spreadsheet read with the option 'mapping'; a tracker "
                        + "workbook is read whole");
    }

    @Test
    void anUnknownOptionIsRefusedNamingTheOptionsThereAre() {
        assertThatThrownBy(() -> read(EXAMPLE.resolve("force-tracker.xlsx"), Options.of(Map.of("sheet", "Tracker"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sheet")
                .hasMessageContaining("mapping");
    }

    private ImportResult read(Path file, Options options) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return importer.read(in, file.getFileName().toString(), options);
        }
    }
}
