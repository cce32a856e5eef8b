package io.github.rectrack.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.rectrack.engine.plugin.Formats;
import io.github.rectrack.engine.spi.Importer;
import io.github.rectrack.engine.spi.ImportResult;
import io.github.rectrack.engine.spi.Options;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * Fuzzes the Excel importer, found by its id {@code xlsx} through discovery, with any bytes; skipped when
 * no importer has that id. Properties: reading never throws (the stream is in memory, so not even an
 * {@link IOException}); a result without a register carries an error.
 */
@EnabledIf("io.github.rectrack.fuzz.XlsxImporterFuzzTest#hasXlsxImporter")
class XlsxImporterFuzzTest {

    private static final Optional<Importer> XLSX = Optional.ofNullable(Formats.discover().importers().get("xlsx"));

    static boolean hasXlsxImporter() {
        return XLSX.isPresent();
    }

    @FuzzTest
    void readsAnyBytesWithoutThrowing(byte[] bytes) throws IOException {
        ImportResult result = XLSX.orElseThrow().read(new ByteArrayInputStream(bytes), "fuzz.xlsx", Options.none());

        if (result.register().isEmpty()) {
            assertThat(result.hasErrors()).as("a result without a register says why").isTrue();
        }
    }
}
