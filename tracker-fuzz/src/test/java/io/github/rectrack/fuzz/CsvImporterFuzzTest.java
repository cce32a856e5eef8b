package io.github.rectrack.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.rectrack.engine.csv.CsvImporter;
import io.github.rectrack.engine.spi.Finding;
import io.github.rectrack.engine.spi.ImportResult;
import io.github.rectrack.engine.spi.Options;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Fuzzes the CSV importer with any bytes. Properties: reading never throws (the stream is in memory, so
 * not even an {@link IOException}); a result without a register carries an error; every finding is
 * located in the file.
 */
class CsvImporterFuzzTest {

    private static final CsvImporter CSV = new CsvImporter();

    @FuzzTest
    void readsAnyBytesWithoutThrowing(byte[] bytes) throws IOException {
        ImportResult result = CSV.read(new ByteArrayInputStream(bytes), "fuzz.csv", Options.none());

        if (result.register().isEmpty()) {
            assertThat(result.hasErrors()).as("a result without a register says why").isTrue();
        }
        for (Finding finding : result.findings()) {
            assertThat(finding.location()).as("finding %s names the file", finding).startsWith("fuzz.csv");
            assertThat(finding.message()).as("finding %s says what is wrong", finding).isNotBlank();
        }
    }
}
