package io.github.rectrack.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.rectrack.engine.spi.Finding;
import io.github.rectrack.engine.spi.FindingList;
import io.github.rectrack.engine.spi.ImportResult;
import io.github.rectrack.sheets.ColumnMapping;
import io.github.rectrack.sheets.MappedSpreadsheet;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Fuzzes the mapped import with any bytes as a CSV file, read through the worked example's mapping
 * ({@code docs/examples/force-spreadsheet/mapping.json}) limited to 500 rows. Properties: reading never throws
 * (the stream is in memory, so not even an {@link IOException}); a result without a register carries an
 * error; every finding names the file and says something; at most 1,000 findings are listed, with one counting
 * the rest and one saying where reading stopped.
 */
class MappedSpreadsheetFuzzTest {

    private static final ColumnMapping MAPPING = ColumnMapping.read(
            Path.of("..", "docs", "examples", "force-spreadsheet", "mapping.json")).withMaxRows(500);

    @FuzzTest
    void readsAnyCsvWithoutThrowing(byte[] bytes) throws IOException {
        ImportResult result = MappedSpreadsheet.read(new ByteArrayInputStream(bytes), "fuzz.csv", MAPPING);

        if (result.register().isEmpty()) {
            assertThat(result.hasErrors()).as("a result without a register says why").isTrue();
        }
        assertThat(result.findings()).hasSizeLessThanOrEqualTo(FindingList.DEFAULT_MAX + 2);
        for (Finding finding : result.findings()) {
            assertThat(finding.location()).as("finding %s names the file", finding).startsWith("fuzz.csv");
            assertThat(finding.message()).as("finding %s says what is wrong", finding).isNotBlank();
        }
    }
}
