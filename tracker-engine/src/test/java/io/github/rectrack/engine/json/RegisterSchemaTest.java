package io.github.rectrack.engine.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.rectrack.engine.Fixtures;
import io.github.rectrack.engine.RegisterArbitraries;
import io.github.rectrack.model.Action;
import io.github.rectrack.model.Evidence;
import io.github.rectrack.model.Forum;
import io.github.rectrack.model.GovernanceDecision;
import io.github.rectrack.model.Link;
import io.github.rectrack.model.ManagementResponse;
import io.github.rectrack.model.Ownership;
import io.github.rectrack.model.Person;
import io.github.rectrack.model.ProgressUpdate;
import io.github.rectrack.model.Recommendation;
import io.github.rectrack.model.Register;
import io.github.rectrack.model.ReportingRule;
import io.github.rectrack.model.Scheme;
import io.github.rectrack.model.Source;
import io.github.rectrack.model.TargetDate;
import io.github.rectrack.model.TargetRevision;
import io.github.rectrack.model.UpdateRequest;
import io.github.rectrack.model.UpdateSections;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The shipped JSON Schema accepts what the library writes, rejects what it refuses, and matches the model. */
class RegisterSchemaTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNode SCHEMA_NODE = readSchema();
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(SCHEMA_NODE, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
    private final RegisterJson json = new RegisterJson();

    @Test
    void isAValidDraft202012Schema() {
        JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(com.networknt.schema.SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertThat(meta.validate(SCHEMA_NODE)).isEmpty();
    }

    @Test
    void acceptsWhatTheLibraryWrites() {
        assertThat(validate(json.writeToString(Fixtures.register()))).isEmpty();
    }

    @Test
    void acceptsAnInspectionRegisterWithItsKindsParentsAddresseesAndFurtherReport() {
        assertThat(validate(json.writeToString(io.github.rectrack.engine.InspectionFixtures.register()))).isEmpty();
        assertThat(validate(json.writeToString(io.github.rectrack.engine.InspectionFixtures.register()).replace("\"AREA_FOR_IMPROVEMENT\"", "\"AFI\"")))
                .isNotEmpty();
    }

    @Provide
    net.jqwik.api.Arbitrary<Register> registers() {
        return RegisterArbitraries.register();
    }

    @Property(tries = 30)
    void acceptsEveryGeneratedRegister(@ForAll("registers") Register register) {
        assertThat(validate(json.writeToString(register))).isEmpty();
    }

    @Test
    void rejectsWhatTheReaderRejects() {
        String good = json.writeToString(Fixtures.register());
        assertThat(validate(good.replace("\"title\": \"Missing Firearm\"", "\"title\": \"Missing Firearm\", \"owner\": \"x\"")))
                .anySatisfy(m -> assertThat(m.getMessage()).contains("owner"));
        assertThat(validate(good.replace("\"date\": \"2018-03\"", "\"date\": \"2018-13\""))).isNotEmpty();
        assertThat(validate(good.replace("\"kind\": \"INTERNAL_AUDIT\"", "\"kind\": \"AUDIT\""))).isNotEmpty();
        assertThat(validate(good.replace("\"schemaVersion\": \"1.0\"", "\"schemaVersion\": \"2.0\""))).isNotEmpty();
        assertThat(json.read(good.replace("\"date\": \"2018-03\"", "\"date\": \"2018-13\""), "f").findings()).isNotEmpty();
    }

    @Test
    void acceptsAPersonsOtherSpellingsAndRejectsABlankOne() {
        Register base = Fixtures.register();
        List<Person> people = new ArrayList<>(base.people());
        Person manager = people.get(0);
        people.set(0, new Person(manager.id(), manager.name(), manager.initials(), manager.role(), List.of("Property Mgr", "P.Manager")));
        String written = json.writeToString(new Register(base.id(), base.organisation(), base.asOf(), base.scheme(), people, base.sources()));
        assertThat(written).contains("\"aliases\": [");
        assertThat(validate(written)).isEmpty();
        assertThat(json.read(written, "aliases.json").register().orElseThrow().people().get(0).aliases())
                .containsExactly("Property Mgr", "P.Manager");
        assertThat(validate(written.replace("\"P.Manager\"", "\" \""))).isNotEmpty();
        assertThat(validate(written.replace("\"P.Manager\"", "7"))).isNotEmpty();
    }

    static Stream<Arguments> definitions() {
        return Stream.of(
                Arguments.of("scheme", Scheme.class), Arguments.of("forum", Forum.class), Arguments.of("reportingRule", ReportingRule.class),
                Arguments.of("person", Person.class), Arguments.of("ownership", Ownership.class),
                Arguments.of("managementResponse", ManagementResponse.class), Arguments.of("targetRevision", TargetRevision.class),
                Arguments.of("extensionRequest", io.github.rectrack.model.ExtensionRequest.class),
                Arguments.of("extensionRequest/properties/decision", io.github.rectrack.model.ExtensionRequest.Decision.class),
                Arguments.of("updateSections", UpdateSections.class), Arguments.of("progressUpdate", ProgressUpdate.class),
                Arguments.of("updateRequest", UpdateRequest.class), Arguments.of("action", Action.class), Arguments.of("link", Link.class),
                Arguments.of("decision", GovernanceDecision.class), Arguments.of("evidence", Evidence.class),
                Arguments.of("recommendation", Recommendation.class), Arguments.of("source", Source.class),
                Arguments.of("reportDue", io.github.rectrack.model.ReportDue.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("definitions")
    void namesEveryFieldOfTheModelInOrder(String definition, Class<? extends Record> type) {
        List<String> components = Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).toList();
        assertThat(fieldNames(SCHEMA_NODE.at("/$defs/" + definition).path("properties"))).containsExactlyElementsOf(components);
    }

    @Test
    void theTopLevelIsTheVersionThenTheRegistersFields() {
        List<String> expected = new ArrayList<>(List.of("schemaVersion"));
        Arrays.stream(Register.class.getRecordComponents()).map(c -> c.getName()).forEach(expected::add);
        assertThat(fieldNames(SCHEMA_NODE.path("properties"))).containsExactlyElementsOf(expected);
    }

    @Test
    void listsEveryEnumValueOfTheModel() {
        Map<String, Class<? extends Enum<?>>> enums = Map.of(
                "/$defs/source/properties/kind", Source.Kind.class,
                "/$defs/forum/properties/role", Forum.Role.class,
                "/$defs/managementResponse/properties/acceptance", ManagementResponse.Acceptance.class,
                "/$defs/action/properties/state", Action.State.class,
                "/$defs/link/properties/kind", Link.Kind.class,
                "/$defs/decision/properties/kind", GovernanceDecision.Kind.class,
                "/$defs/progressUpdate/properties/degreeMet", io.github.rectrack.model.DegreeMet.class,
                "/$defs/extensionRequest/properties/decision/properties/outcome", io.github.rectrack.model.ExtensionRequest.Outcome.class,
                "/$defs/targetDate/oneOf/1/properties/kind", TargetDate.Kind.class,
                "/$defs/recommendation/properties/kind", Recommendation.Kind.class);
        enums.forEach((pointer, type) -> {
            List<String> listed = new ArrayList<>();
            SCHEMA_NODE.at(pointer).path("enum").forEach(n -> listed.add(n.asText()));
            assertThat(listed).as(pointer).containsExactlyElementsOf(Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
        });
    }

    private static List<String> fieldNames(JsonNode properties) {
        List<String> names = new ArrayList<>();
        properties.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<ValidationMessage> validate(String document) {
        return SCHEMA.validate(document, InputFormat.JSON);
    }

    private static JsonNode readSchema() {
        try (InputStream in = RegisterJson.schema()) {
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
