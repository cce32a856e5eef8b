package io.github.rectrack.engine.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rectrack.engine.json.ChangeJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every kind of change survives being written as one JSON line and read back. */
class ChangeJsonTest {

    private final ChangeJson json = new ChangeJson();

    @Test
    void everyKindOfChangeRoundTripsOnOneLine() {
        List<Change> changes = ChangeFixtures.oneOfEach();
        assertThat(changes).extracting(Change::type).containsExactlyInAnyOrderElementsOf(ChangeJson.TYPES);
        for (Change change : changes) {
            String line = json.write(change);
            assertThat(line).doesNotContain("\n").startsWith("{\"type\":\"" + change.type() + "\",\"stamp\":{\"id\":\"c");
            assertThat(json.read(line, "test")).isEqualTo(change);
        }
    }

    @Test
    void anUpdateIsWrittenWithTheRegistersOwnSpellings() {
        Change update = ChangeFixtures.oneOfEach().get(4);
        assertThat(json.write(update)).isEqualTo("{\"type\":\"update\",\"stamp\":{\"id\":\"c4\",\"recordedAt\":\"2020-10-08T09:04:00Z\","
                + "\"recordedBy\":\"analyst\",\"version\":4},\"recommendation\":\"seized-found-property-2018-4.1\",\"update\":{"
                + "\"date\":\"2020-10-20\",\"author\":\"epac-manager\",\"text\":\"Store audited; 96% of items traced.\","
                + "\"sections\":{\"achieved\":\"Store audited\",\"leftToComplete\":\"Trace the last 4%\",\"implemented\":false,\"proposedClosed\":false},\"percentComplete\":80}}");
    }

    @Test
    void anUnknownTypeOrAMissingFieldIsNamed() {
        assertThatThrownBy(() -> json.read("{\"type\":\"promote\",\"stamp\":{}}", "journal line 3"))
                .isInstanceOfSatisfying(ChangeJson.InvalidChangeException.class, e -> assertThat(e.finding().toString())
                        .isEqualTo("ERROR journal line 3: type: unknown change type 'promote'; the types are " + String.join(", ", ChangeJson.TYPES)));
        assertThatThrownBy(() -> json.read("{\"type\":\"update\",\"stamp\":{\"id\":\"x\",\"recordedAt\":\"2020-10-08T09:04:00Z\","
                + "\"recordedBy\":\"a\",\"version\":0},\"update\":{\"date\":\"2020-10-20\",\"text\":\"t\"}}", "journal line 3"))
                .isInstanceOfSatisfying(ChangeJson.InvalidChangeException.class, e -> assertThat(e.finding().message())
                        .contains("recommendation"));
    }
}
