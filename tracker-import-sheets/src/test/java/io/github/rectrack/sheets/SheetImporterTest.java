package io.github.rectrack.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rectrack.engine.csv.CsvImporter;
import io.github.rectrack.engine.plugin.Formats;
import io.github.rectrack.engine.spi.Finding;
import io.github.rectrack.engine.spi.ImportResult;
import io.github.rectrack.engine.spi.Importer;
import io.github.rectrack.engine.spi.Options;
import io.github.rectrack.model.Register;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The importer {@code sheet}: a force's own spreadsheet through the column mapping its options name. */
class SheetImporterTest {

    private static final Path DIR = ForceSpreadsheet.directory();

    private final SheetImporter importer = new SheetImporter();

    private ImportResult read(String file, Map<String, String> options) throws IOException {
        try (InputStream in = Files.newInputStream(DIR.resolve(file))) {
            return importer.read(in, file, Options.of(options));
        }
    }

    @Test
    void readsTheForcesWorkbookAsTheMappedReaderDoes() throws IOException {
        ImportResult viaImporter = read("force-tracker.xlsx", Map.of("mapping", DIR.resolve("mapping.json").toString()));
        ImportResult direct;
        try (InputStream in = Files.newInputStream(DIR.resolve("force-tracker.xlsx"))) {
            direct = MappedSpreadsheet.read(in, "force-tracker.xlsx", ColumnMapping.read(DIR.resolve("mapping.json")));
        }

        assertThat(viaImporter.findings()).isEmpty();
        Register register = viaImporter.register().orElseThrow();
        assertThat(register.id()).isEqualTo("example-force-tracker-2020-10");
        assertThat(register.recommendationCount()).isEqualTo(11);
        assertThat(register.sources()).hasSize(9);
        assertThat(viaImporter).isEqualTo(direct);
    }

    @Test
    void readsTheSameSheetAsCsvWithTheYamlMappingToTheSameRegister() throws IOException {
        ImportResult fromXlsx = read("force-tracker.xlsx", Map.of("mapping", DIR.resolve("mapping.json").toString()));
        ImportResult fromCsv = read("force-tracker.csv", Map.of("mapping", DIR.resolve("mapping.yaml").toString()));

        assertThat(fromCsv.hasErrors()).as("%s", fromCsv.findings()).isFalse();
        assertThat(fromCsv.register()).isEqualTo(fromXlsx.register());
    }

    @Test
    void withoutAsOfTheRollingActionSheetIsAsOfItsLatestDateSaidInANotice() throws IOException {
        ImportResult result = read("action-sheet.csv", Map.of("mapping", DIR.resolve("action-sheet.mapping.yaml").toString()));

        assertThat(result.hasErrors()).as("%s", result.findings()).isFalse();
        assertThat(result.register().orElseThrow().asOf()).contains(LocalDate.of(2020, 10, 16));
        assertThat(result.register().orElseThrow().recommendationCount()).isEqualTo(6);
        assertThat(result.findings()).filteredOn(f -> f.severity() == Finding.Severity.NOTICE).extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).contains("the sheet's as-of day is taken to be 2020-10-16, the latest date found in it"));
    }

    @Test
    void theAsOfOptionTakesThePlaceOfTheMappingsAndTheLatestDate() throws IOException {
        ImportResult result = read("action-sheet.csv",
                Map.of("mapping", DIR.resolve("action-sheet.mapping.yaml").toString(), "as-of", "2020-10-20"));

        assertThat(result.hasErrors()).as("%s", result.findings()).isFalse();
        assertThat(result.register().orElseThrow().asOf()).contains(LocalDate.of(2020, 10, 20));
        assertThat(result.findings()).extracting(Finding::message).noneMatch(m -> m.contains("the latest date found in it"));
    }

    @Test
    void withoutTheMappingOptionItIsRefusedNamingTheOption() {
        assertThatThrownBy(() -> read("force-tracker.xlsx", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("importer 'sheet' needs the option 'mapping': the path of a column mapping file (JSON or YAML)");
    }

    @Test
    void aMissingMappingFileIsAnOptionErrorNamingTheFile(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-mapping.json");

        assertThatThrownBy(() -> read("force-tracker.xlsx", Map.of("mapping", missing.toString())))
                .isInstanceOf(MappingException.class)
                .hasMessage("column mapping " + missing + ": no such file");
    }

    @Test
    void aWrongMappingIsReportedWithItsJsonPath(@TempDir Path dir) throws IOException {
        Path mapping = Files.writeString(dir.resolve("mapping.json"), "{\"columns\": {\"colour\": \"Colour\"}}");

        assertThatThrownBy(() -> read("force-tracker.xlsx", Map.of("mapping", mapping.toString())))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("columns.colour");
    }

    @Test
    void anAsOfThatIsNotADayIsRefusedNamingTheOptionAndTheForm() {
        assertThatThrownBy(() -> read("action-sheet.csv",
                Map.of("mapping", DIR.resolve("action-sheet.mapping.yaml").toString(), "as-of", "20/10/2020")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("option 'as-of' must be a date written yyyy-MM-dd, not '20/10/2020'");
    }

    @Test
    void anUnknownOptionIsRefusedNamingTheOptionsThereAre() {
        assertThatThrownBy(() -> read("force-tracker.xlsx", Map.of("sheet", "Tracker")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'sheet' has no option [sheet]; its options are [as-of, mapping, max-rows]");
    }

    @Test
    void isFoundByItsIdAndClaimsNoFileExtension() {
        Formats formats = Formats.discover();

        Importer found = formats.importer("sheet");
        assertThat(found).isInstanceOf(SheetImporter.class);
        assertThat(found.fileExtensions()).isEmpty();
        assertThat(found.optionNames()).containsExactlyInAnyOrder("mapping", "as-of", "max-rows");
        assertThat(formats.importerForFile(Path.of("force-tracker.csv"))).containsInstanceOf(CsvImporter.class);
        assertThat(formats.importerForFile(Path.of("force-tracker.xlsx"))).isEmpty();
    }
}
