package io.github.rectrack.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.rectrack.engine.json.RegisterJson;
import io.github.rectrack.engine.spi.ImportResult;
import io.github.rectrack.model.Register;
import java.io.ByteArrayInputStream;

/**
 * Fuzzes the canonical JSON reader with any bytes. Properties: reading never throws; a result without a
 * register carries an error; a register read without errors writes back and reads again equal, and its
 * canonical form is stable.
 */
class JsonImporterFuzzTest {

    private static final RegisterJson JSON = new RegisterJson();

    @FuzzTest
    void readsAnyBytesWithoutThrowing(byte[] bytes) {
        ImportResult result = JSON.read(new ByteArrayInputStream(bytes), "fuzz.json");

        if (result.register().isEmpty()) {
            assertThat(result.hasErrors()).as("a result without a register says why").isTrue();
            return;
        }
        if (result.hasErrors()) {
            return;
        }
        Register register = result.register().get();
        String written = JSON.writeToString(register);
        ImportResult again = JSON.read(written, "rewritten.json");
        assertThat(again.findings()).as("what the writer wrote reads without findings").isEmpty();
        assertThat(again.register()).as("the register reads back equal").contains(register);
        assertThat(JSON.writeToString(again.register().get())).as("the canonical form is stable").isEqualTo(written);
    }
}
