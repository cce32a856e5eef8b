package io.github.rectrack.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rectrack.engine.spi.Finding;
import io.github.rectrack.engine.spi.ImportResult;
import io.github.rectrack.engine.spi.Options;
import io.github.rectrack.model.Recommendation;
import io.github.rectrack.model.Register;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mapped import lists at most 1,000 findings, counting the rest, and reads at most a set number of rows. */
class MappedImportLimitsTest {

    private static final String MAPPING = """
            {"register": {"id": "limits", "organisation": "Example Constabulary", "asOf": "2020-10-16"},
             "columns": {"sourceTitle": {"value": "Seized & Found Property"}, "reference": "Ref", "text": "Recommendation",
                         "priority": "Priority"}}
            """;

    private static final String TEXT = "The force should ensure that all seized property is recorded on the property system";

    /** A CSV file: the header, then one row per reference with the given priority. */
    private static byte[] csv(int rows, String priority) {
        StringBuilder b = new StringBuilder("Ref,Recommendation,Priority\n");
        for (int i = 1; i <= rows; i++) {
            b.append("4.").append(i).append(',').append(TEXT).append(',').append(priority).append('\n');
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static ImportResult read(byte[] bytes, ColumnMapping mapping) throws IOException {
        return MappedSpreadsheet.read(new ByteArrayInputStream(bytes), "force.csv", mapping);
    }

    @Test
    void aThousandFindingsAreListedAndTheRestCounted() throws IOException {
        byte[] bad = csv(1_100, "Urgent");
        byte[] good = "4.9999,The force should review its property store,Significant\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bad.length + good.length];
        System.arraycopy(bad, 0, bytes, 0, bad.length);
        System.arraycopy(good, 0, bytes, bad.length, good.length);

        ImportResult result = read(bytes, ColumnMapping.parse(MAPPING, "mapping.json"));

        assertThat(result.findings()).hasSize(1_001);
        assertThat(result.findings().get(0).toString()).isEqualTo("ERROR force.csv: row 2, column C (Priority): expected one of "
                + "Fundamental, Significant, Housekeeping (the scheme's), found 'Urgent': say what it means under the mapping's "
                + "values.priority");
        assertThat(result.findings().get(999).location()).isEqualTo("force.csv: row 1001, column C (Priority)");
        assertThat(result.findings().get(1_000).toString()).isEqualTo("ERROR force.csv: 100 more finding(s), 100 of them error(s), "
                + "are not listed: only the first 1,000 are; correct those above and import again");
        // rows past the listed findings are still judged one by one: the bad ones left out, the good one kept
        Register register = result.register().orElseThrow();
        assertThat(register.recommendations().map(Recommendation::reference)).containsExactly("4.9999");
    }

    @Test
    void aRowLimitInTheMappingStopsAtTheRowPastItAndSaysWhatWasKept() throws IOException {
        ColumnMapping mapping = ColumnMapping.parse(MAPPING.replace("\"columns\"", "\"maxRows\": 5, \"columns\""), "mapping.json");
        assertThat(mapping.maxRows()).isEqualTo(5);

        ImportResult result = read(csv(10, "Significant"), mapping);

        assertThat(result.findings()).extracting(Finding::toString).containsExactly("ERROR force.csv: row 6: the sheet has more "
                + "than 5 rows (the mapping's maxRows, or the option max-rows; 1,048,576, Excel's, by default): reading stopped here; "
                + "the register holds the 4 recommendations of rows 1 to 5 and nothing below; split the sheet or raise the limit");
        assertThat(result.register().orElseThrow().recommendations().map(Recommendation::reference))
                .containsExactly("4.1", "4.2", "4.3", "4.4");
    }

    @Test
    void theRowLimitIsExcelsByDefault() {
        assertThat(ColumnMapping.parse(MAPPING, "mapping.json").maxRows()).isEqualTo(1_048_576);
        assertThat(ColumnMapping.DEFAULT_MAX_ROWS).isEqualTo(1_048_576);
    }

    @Test
    void theImportersOptionSetsTheRowLimit(@TempDir Path dir) throws IOException {
        Path mapping = Files.writeString(dir.resolve("mapping.json"), MAPPING);
        SheetImporter importer = new SheetImporter();

        ImportResult result = importer.read(new ByteArrayInputStream(csv(3, "Fundamental")), "force.csv",
                Options.of(Map.of(SheetImporter.MAPPING, mapping.toString(), SheetImporter.MAX_ROWS, "3")));

        assertThat(result.findings()).extracting(Finding::toString).containsExactly("ERROR force.csv: row 4: the sheet has more "
                + "than 3 rows (the mapping's maxRows, or the option max-rows; 1,048,576, Excel's, by default): reading stopped here; "
                + "the register holds the 2 recommendations of rows 1 to 3 and nothing below; split the sheet or raise the limit");
        assertThat(importer.read(new ByteArrayInputStream(csv(2, "Fundamental")), "force.csv",
                Options.of(Map.of(SheetImporter.MAPPING, mapping.toString(), SheetImporter.MAX_ROWS, "3"))).findings()).isEmpty();
    }
    @Test
    void aWorkbookStopsAtTheRowPastTheLimitToo() throws IOException {
        Path dir = ForceSpreadsheet.directory();
        ColumnMapping mapping = ColumnMapping.read(dir.resolve("mapping.json")).withMaxRows(8);

        ImportResult result;
        try (var in = Files.newInputStream(dir.resolve("force-tracker.xlsx"))) {
            result = MappedSpreadsheet.read(in, "force-tracker.xlsx", mapping);
        }

        assertThat(result.findings()).extracting(Finding::toString).containsExactly("ERROR force-tracker.xlsx: sheet 'Tracker', "
                + "row 9: the sheet has more than 8 rows (the mapping's maxRows, or the option max-rows; 1,048,576, Excel's, by default): "
                + "reading stopped here; the register holds the 3 recommendations of rows 1 to 8 and nothing below; split the sheet or "
                + "raise the limit");
        Register register = result.register().orElseThrow();
        assertThat(register.recommendationCount()).isEqualTo(3);
        assertThat(register.sources().get(0).title()).isEqualTo("Seized & Found Property");
    }

    @Test
    void aRowLimitThatIsNotAWholeNumberFromOneIsRefused(@TempDir Path dir) throws IOException {
        Path mapping = Files.writeString(dir.resolve("mapping.json"), MAPPING);

        assertThatThrownBy(() -> new SheetImporter().read(new ByteArrayInputStream(csv(1, "Fundamental")), "force.csv",
                Options.of(Map.of(SheetImporter.MAPPING, mapping.toString(), SheetImporter.MAX_ROWS, "0"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("option 'max-rows': expected the most rows to read, a whole number from 1 such as 1048576, found '0'");
        assertThatThrownBy(() -> ColumnMapping.parse(MAPPING.replace("\"columns\"", "\"maxRows\": \"many\", \"columns\""), "m.json"))
                .isInstanceOf(MappingException.class)
                .hasMessage("column mapping m.json: maxRows: expected the most rows to read, a whole number from 1 (1048576 by default), "
                        + "found 'many'");
    }
}
