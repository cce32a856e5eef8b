package io.github.rectrack.engine.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectrack.engine.InspectionFixtures;
import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.engine.spi.Finding;
import io.github.rectrack.engine.spi.ImportResult;
import io.github.rectrack.model.Recommendation;
import io.github.rectrack.model.Register;
import io.github.rectrack.model.Scheme;
import io.github.rectrack.model.Source;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Item kinds, parents, addressees, further reports and response days in the canonical JSON format. */
class RegisterJsonInspectionTest {

    private final RegisterJson json = new RegisterJson();

    @Test
    void anInspectionRegisterIsWrittenAndReadBackEqual() {
        Register register = InspectionFixtures.register();
        String written = json.writeToString(register);
        Register read = json.read(written, "inspection.json").orElseThrow();
        assertThat(read).isEqualTo(register);
        assertThat(json.writeToString(read)).isEqualTo(written);
        Recommendation child = read.sources().get(0).recommendations().get(1);
        assertThat(child.parent()).contains("insp-coc1");
        assertThat(read.sources().get(0).recommendations().get(3).addressee()).contains("College of Policing");
        assertThat(read.sources().get(0).nextReportDue().orElseThrow().due().toString()).isEqualTo("2016-03");
    }

    @Test
    void theDefaultKindAndAddresseeAreLeftOutAndTheOthersWritten() {
        String written = json.writeToString(InspectionFixtures.register());
        assertThat(written).contains("\"kind\": \"CAUSE_OF_CONCERN\"", "\"kind\": \"AREA_FOR_IMPROVEMENT\"", "\"kind\": \"COMMITTEE_ACTION\"",
                "\"parent\": \"insp-coc1\"", "\"addressee\": \"College of Policing\"", "\"kind\": \"ANSWERED_BY\"",
                "\"kind\": \"RISK_REGISTER_ENTRY\"", "\"kind\": \"RESPONSE_PUBLISHED\"",
                "\"nextReportDue\": {\n        \"forum\": \"SSM\",\n        \"due\": \"2016-03\",\n        \"note\": \"a further report\"\n      }");
        assertThat(written).doesNotContain("RECOMMENDATION\"", "publishedResponseDays");
    }

    @ParameterizedTest
    @EnumSource(ReferenceRegister.class)
    void aReferenceRegisterIsWrittenByteForByteAsBundled(ReferenceRegister reference) throws IOException {
        String bundled;
        try (InputStream in = reference.open()) {
            bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(json.writeToString(reference.load())).isEqualTo(bundled);
    }

    @Test
    void responseDaysSetByTheSchemeAreKeptAndTheDefaultIsInspectionsIn56Days() {
        Register register = InspectionFixtures.register();
        assertThat(register.scheme().publishedResponseDays(Source.Kind.INSPECTION)).hasValue(56);
        assertThat(register.scheme().publishedResponseDays(Source.Kind.INTERNAL_AUDIT)).isEmpty();
        Scheme set = new Scheme(register.scheme().priorities(), register.scheme().assuranceLevels(), register.scheme().handlingMarkings(),
                register.scheme().forums(), "reference", Map.of(), register.scheme().reportingRules(),
                Map.of(Source.Kind.INSPECTION, 0, Source.Kind.REGULATOR_AUDIT, 28));
        Register changed = new Register(register.id(), register.organisation(), set, register.people(), register.sources());
        String written = json.writeToString(changed);
        assertThat(written).contains("\"publishedResponseDays\": {\n      \"INSPECTION\": 0,\n      \"REGULATOR_AUDIT\": 28\n    }");
        Scheme read = json.read(written, "set.json").orElseThrow().scheme();
        assertThat(read).isEqualTo(set);
        assertThat(read.publishedResponseDays(Source.Kind.INSPECTION)).isEmpty();
        assertThat(read.publishedResponseDays(Source.Kind.REGULATOR_AUDIT)).hasValue(28);
    }

    @Test
    void anUnknownKindOfItemIsAnErrorAtItsPathNamingTheKinds() {
        String written = json.writeToString(InspectionFixtures.register()).replace("\"AREA_FOR_IMPROVEMENT\"", "\"AFI\"");
        ImportResult result = json.read(written, "bad.json");
        assertThat(result.register()).isEmpty();
        Finding finding = result.findings().get(0);
        assertThat(finding.location()).startsWith("sources[0].recommendations[2].kind");
        assertThat(finding.message()).contains("'AFI' is not a kind of item", "AREA_FOR_IMPROVEMENT", "CAUSE_OF_CONCERN");
    }

    @Test
    void aNullKindOfItemIsAnErrorNotTheDefault() {
        String written = json.writeToString(InspectionFixtures.register()).replace("\"AREA_FOR_IMPROVEMENT\"", "null");
        ImportResult result = json.read(written, "bad.json");
        assertThat(result.register()).isEmpty();
        assertThat(result.findings().get(0).location()).startsWith("sources[0].recommendations[2].kind");
        assertThat(result.findings().get(0).message()).contains("cannot be null", "leave it out");
    }
}
