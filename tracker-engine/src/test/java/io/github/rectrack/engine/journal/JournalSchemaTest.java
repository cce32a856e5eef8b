package io.github.rectrack.engine.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.rectrack.engine.change.ChangeFixtures;
import io.github.rectrack.engine.json.RegisterJson;
import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.engine.validation.RegisterValidator;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal line's JSON Schema accepts every line the journal writes, of every kind, and refuses a broken one. */
class JournalSchemaTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void everyLineOfAJournalHoldingEveryKindOfChangeIsValid(@TempDir Path dir) throws Exception {
        Path registerFile = dir.resolve("jarap.json");
        try (OutputStream out = Files.newOutputStream(registerFile)) {
            new RegisterJson().write(ReferenceRegister.LEICESTERSHIRE_2020.load(), out);
        }
        Journal journal = Journal.beside(registerFile);
        try (RegisterValidator validator = new RegisterValidator()) {
            journal.append(ChangeFixtures.oneOfEach(), validator);
        }
        JsonSchema schema = schema();
        List<String> lines = Files.readAllLines(journal.file(), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(1 + ChangeFixtures.oneOfEach().size());
        for (String line : lines) {
            assertThat(schema.validate(MAPPER.readTree(line))).as(line).isEmpty();
        }

        JsonNode broken = MAPPER.readTree(lines.get(4).replace("\"recommendation\":", "\"recommendations\":"));
        Set<ValidationMessage> errors = schema.validate(broken);
        assertThat(errors).isNotEmpty();
        assertThat(schema.validate(MAPPER.readTree(lines.get(1).replace("\"sha256\":\"", "\"sha256\":\"x")))).isNotEmpty();
    }

    private static JsonSchema schema() throws Exception {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, builder -> builder
                .schemaMappers(mappers -> mappers.mappings(Map.of(
                        "https://rectrack.github.io/schema/register-1.json", "classpath:io/github/rectrack/engine/json/register.schema.json"))));
        try (InputStream in = JournalSchemaTest.class.getResourceAsStream("/io/github/rectrack/engine/json/journal-line.schema.json")) {
            return factory.getSchema(MAPPER.readTree(in), SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        }
    }
}
