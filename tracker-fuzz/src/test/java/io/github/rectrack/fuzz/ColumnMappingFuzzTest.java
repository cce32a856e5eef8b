package io.github.rectrack.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.rectrack.sheets.ColumnMapping;
import io.github.rectrack.sheets.MappingException;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes the column mapping parser with any text, as JSON when it starts with <code>{</code> and as YAML
 * otherwise. Properties: parsing either gives a mapping or throws a {@link MappingException} naming the file,
 * with at least one problem that says something; nothing else is thrown; a mapping read reads at least one row.
 */
class ColumnMappingFuzzTest {

    @FuzzTest
    void parsesAnyTextWithoutThrowing(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        String name = text.startsWith("{") ? "fuzz.json" : "fuzz.yaml";

        try {
            ColumnMapping mapping = ColumnMapping.parse(text, name);
            assertThat(mapping.columns()).as("a mapping read maps the text column").isNotEmpty();
            assertThat(mapping.maxRows()).isPositive();
        } catch (MappingException e) {
            assertThat(e.file()).isEqualTo(name);
            assertThat(e.problems()).as("problems of %s", e.getMessage()).isNotEmpty();
            for (MappingException.Problem problem : e.problems()) {
                assertThat(problem.message()).as("problem %s says what is wrong", problem).isNotBlank();
            }
        }
    }
}
