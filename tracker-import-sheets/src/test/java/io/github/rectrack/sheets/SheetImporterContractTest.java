package io.github.rectrack.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectrack.engine.spi.Exporter;
import io.github.rectrack.engine.spi.Importer;
import io.github.rectrack.engine.spi.Options;
import io.github.rectrack.testkit.ImporterContract;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The test kit's importer contract, run against the {@code sheet} importer with the worked example's
 * mapping: bad input (empty, random bytes, bytes that are not UTF-8) comes back as located findings, the
 * caller's stream stays open, two threads get the same result, an unknown option is refused by name. No
 * exporter writes a force's own sheet, so the round trips are skipped.
 */
class SheetImporterContractTest extends ImporterContract {

    @Override
    protected Importer importer() {
        return new SheetImporter();
    }

    @Override
    protected Optional<Exporter> matchingExporter() {
        return Optional.empty();
    }

    @Override
    protected Options importOptions() {
        return Options.of(Map.of(SheetImporter.MAPPING, ForceSpreadsheet.directory().resolve("mapping.json").toString()));
    }

    /** Chosen by its id, or by {@code tracker import --mapping}: the xlsx and csv importers own those extensions. */
    @Override
    protected boolean claimsFileExtensions() {
        return false;
    }

    @Test
    void namesItsMediaTypeAndOptions() {
        Importer importer = importer();
        assertThat(importer.id()).isEqualTo("sheet");
        assertThat(importer.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(importer.optionNames()).containsExactlyInAnyOrder("mapping", "as-of", "max-rows");
    }
}
