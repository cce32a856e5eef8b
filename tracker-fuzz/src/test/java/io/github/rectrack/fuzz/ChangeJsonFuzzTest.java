package io.github.rectrack.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.rectrack.engine.change.Change;
import io.github.rectrack.engine.json.ChangeJson;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes the reading of one change (a journal line's object) with any text. Properties: reading gives a
 * change, which writes back and reads again equal, or throws {@link ChangeJson.InvalidChangeException}
 * naming where; nothing else is thrown.
 */
class ChangeJsonFuzzTest {

    private static final ChangeJson JSON = new ChangeJson();

    @FuzzTest
    void readsAnyTextWithoutThrowing(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        try {
            Change change = JSON.read(text, "fuzz line 2");
            String written = JSON.write(change);
            assertThat(JSON.read(written, "again")).isEqualTo(change);
            assertThat(JSON.write(JSON.read(written, "again"))).isEqualTo(written);
        } catch (ChangeJson.InvalidChangeException e) {
            assertThat(e.finding().location()).startsWith("fuzz line 2");
            assertThat(e.finding().message()).isNotBlank();
        }
    }
}
