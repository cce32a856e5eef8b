package io.github.rectrack.engine.json;

import io.github.rectrack.engine.Fixtures;
import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.engine.spi.Finding;
import io.github.rectrack.engine.spi.ImportResult;
import io.github.rectrack.model.Recommendation;
import io.github.rectrack.model.Register;
import io.github.rectrack.model.TargetDate;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

class RegisterJsonTest {

    private final RegisterJson json = new RegisterJson();

    @Test
    void writesThenReadsAnEqualRegister() {
        Register register = Fixtures.register();
        ImportResult back = json.read(json.writeToString(register), "fixture");
        assertThat(back.findings()).isEmpty();
        assertThat(back.register()).contains(register);
    }

    @Test
    void writesFieldsInAFixedOrderWithSchemaVersionFirst() {
        String out = json.writeToString(Fixtures.register());
        assertThat(out).startsWith("{\n  \"schemaVersion\": \"1.0\",\n  \"id\": \"leicestershire-test\",\n  \"organisation\": ");
        assertThat(out.indexOf("\"scheme\"")).isLessThan(out.indexOf("\"people\""));
        assertThat(out.indexOf("\"people\"")).isLessThan(out.indexOf("\"sources\""));
        assertThat(out).contains("\"reference\": \"4.1\",\n          \"title\": \"Missing Firearm\"");
        assertThat(out).endsWith("}\n");
    }

    @Test
    void writesDatesAsIsoAtTheirPrecisionAndTargetsWithTheirDeadline() {
        String out = json.writeToString(Fixtures.register());
        assertThat(out).contains("\"date\": \"2018-03\"");
        assertThat(out).contains("""
                "target": {
                                "text": "End March 2018",
                                "kind": "MONTH",
                                "from": "2018-03-01",
                                "deadline": "2018-03-31"
                              }""");
        assertThat(out).contains("\"text\": \"Expected date of completion within 1st quarter of 2020\",\n"
                + "                \"kind\": \"QUARTER\",\n                \"from\": \"2020-01-01\",\n                \"deadline\": \"2020-03-31\"");
    }

    @Test
    void leavesOutEmptyListsAndAbsentValues() {
        String out = json.writeToString(Fixtures.register());
        assertThat(out).doesNotContain("\"tags\"").doesNotContain("\"updateRequests\"").doesNotContain("null");
        assertThat(out).doesNotContain("\"current\"");
    }

    @Test
    void sameRegisterGivesTheSameBytes() {
        assertThat(json.writeToString(Fixtures.register())).isEqualTo(json.writeToString(Fixtures.register()));
    }

    @Test
    void theCompactFormIsOneLineWithTheSameFieldsAndReadsBackToTheSameRegister() {
        for (ReferenceRegister reference : ReferenceRegister.values()) {
            Register register = reference.load();
            ByteArrayOutputStream compact = new ByteArrayOutputStream();
            json.writeCompact(register, compact);
            String text = compact.toString(StandardCharsets.UTF_8);
            String indented = json.writeToString(register);

            assertThat(text).startsWith("{\"schemaVersion\":\"1.0\",\"id\":\"" + register.id() + "\",\"organisation\":")
                    .endsWith("}\n").containsOnlyOnce("\n");
            assertThat(text.length()).isLessThan(indented.length() * 9 / 10);
            Register back = json.read(text, "compact").register().orElseThrow();
            assertThat(back).isEqualTo(register);
            assertThat(json.writeToString(back)).isEqualTo(indented);
            ByteArrayOutputStream again = new ByteArrayOutputStream();
            json.writeCompact(back, again);
            assertThat(again.toByteArray()).isEqualTo(compact.toByteArray());
        }
    }

    @Test
    void readsARegisterCompressedWithGzip() throws IOException {
        Register register = Fixtures.register();
        ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream zip = new java.util.zip.GZIPOutputStream(gzipped)) {
            json.writeCompact(register, zip);
        }

        ImportResult back = json.read(new ByteArrayInputStream(gzipped.toByteArray()), "register.json.gz");

        assertThat(back.findings()).isEmpty();
        assertThat(back.register()).contains(register);
    }

    @Test
    void equalShortValuesReadAreOneObjectAndLongTextsAreLeftAlone() {
        String longText = "The owner reports that the new process has been written, agreed by the board and put into use "
                + "across every team, with training given to all staff concerned.";
        String recommendation = """
                {"id": "%s", "reference": "%s", "title": "", "text": "%s", "priority": "Significant",
                 "targetHistory": [{"target": {"text": "31 March 2021", "kind": "DAY", "from": "2021-03-31",
                                               "deadline": "2021-03-31"}}],
                 "updates": [{"date": "2021-03", "author": "Head of Finance", "text": "%s"}]}""";
        String file = minimal(recommendation.formatted("r1", "1", longText, longText) + ","
                + recommendation.formatted("r2", "2", longText, longText));
        Register register = json.read(file, "f").orElseThrow();
        Recommendation first = register.sources().get(0).recommendations().get(0);
        Recommendation second = register.sources().get(0).recommendations().get(1);

        assertThat(second.updates().get(0).author().orElseThrow())
                .isEqualTo("Head of Finance").isSameAs(first.updates().get(0).author().orElseThrow());
        assertThat(second.updates().get(0).author()).isSameAs(first.updates().get(0).author());
        assertThat(second.updates().get(0).date()).isSameAs(first.updates().get(0).date());
        assertThat(second.targetHistory().get(0).target()).isSameAs(first.targetHistory().get(0).target());
        assertThat(second.priority()).isSameAs(first.priority());
        // longer than SharedText.MAX_LENGTH: equal, but each read as its own string
        assertThat(longText.length()).isGreaterThan(SharedText.MAX_LENGTH);
        assertThat(second.updates().get(0).text()).isEqualTo(longText).isNotSameAs(first.updates().get(0).text());
        assertThat(second.text()).isEqualTo(longText).isNotSameAs(first.text());
        // a second read shares nothing with the first
        Register again = json.read(file, "f").orElseThrow();
        assertThat(again).isEqualTo(register);
        assertThat(again.sources().get(0).recommendations().get(0).updates().get(0).author().orElseThrow())
                .isNotSameAs(first.updates().get(0).author().orElseThrow());
    }

    @Test
    void readsATargetWrittenAsPlainText() {
        String file = minimal("""
                {"id": "r", "reference": "1", "title": "", "text": "t", "priority": "Significant",
                 "targetHistory": [{"target": "Qtr 3 / 4 2024"}, {"target": {"text": "TBC"}}]}""");
        Recommendation rec = json.read(file, "f").orElseThrow().recommendations().findFirst().orElseThrow();
        assertThat(rec.targetHistory().get(0).target())
                .isEqualTo(new TargetDate("Qtr 3 / 4 2024", TargetDate.Kind.QUARTER_SPAN,
                        Optional.of(LocalDate.of(2024, 7, 1)), Optional.of(LocalDate.of(2024, 12, 31))));
        assertThat(rec.targetHistory().get(1).target()).isEqualTo(TargetDate.tbc());
    }

    @Test
    void keepsAStoredTargetKindAndDeadlineAsWritten() {
        String file = minimal("""
                {"id": "r", "reference": "1", "title": "", "text": "t", "priority": "Significant",
                 "targetHistory": [{"target": {"text": "soon", "kind": "DAY", "from": "2021-04-30", "deadline": "2021-04-30"}}]}""");
        TargetDate target = json.read(file, "f").orElseThrow().recommendations().findFirst().orElseThrow()
                .targetHistory().get(0).target();
        assertThat(target.kind()).isEqualTo(TargetDate.Kind.DAY);
        assertThat(target.deadline()).contains(LocalDate.of(2021, 4, 30));
        assertThat(target.text()).isEqualTo("soon");
    }

    @Test
    void reportsAnUnknownFieldWithItsPathAndTheKnownFields() {
        Finding finding = onlyFinding(minimal("""
                {"id": "r", "reference": "1", "title": "", "text": "t", "priority": "Significant", "owner": "x"}"""));
        assertThat(finding.location()).isEqualTo("sources[0].recommendations[0].owner");
        assertThat(finding.message()).startsWith("unknown field 'owner'; expected one of actions, addressee, decisions, evidence, extensionRequests, id, kind, links, marking, notes, owners, parent,");
        assertThat(finding.message()).contains("(f line 11, column ");
    }

    @Test
    void reportsAMissingRequiredFieldAtItsPath() {
        Finding finding = onlyFinding(minimal("""
                {"id": "r", "reference": "1", "title": "", "priority": "Significant"}"""));
        assertThat(finding.location()).isEqualTo("sources[0].recommendations[0].text");
        assertThat(finding.message()).startsWith("required field 'text' is missing");
    }

    @Test
    void reportsAnImpossibleDateAtItsPath() {
        Finding finding = onlyFinding(minimal("""
                {"id": "r", "reference": "1", "title": "", "text": "t", "priority": "Significant",
                 "updates": [{"date": "2020-02-30", "text": "u"}]}"""));
        assertThat(finding.location()).isEqualTo("sources[0].recommendations[0].updates[0].date");
        assertThat(finding.message()).contains("\"2020-02-30\"").contains("expected a date written yyyy, yyyy-MM or yyyy-MM-dd");
    }

    @Test
    void reportsAnInconsistentStoredTarget() {
        Finding finding = onlyFinding(minimal("""
                {"id": "r", "reference": "1", "title": "", "text": "t", "priority": "Significant",
                 "targetHistory": [{"target": {"text": "TBC", "kind": "TBC", "deadline": "2020-01-01"}}]}"""));
        assertThat(finding.location()).isEqualTo("sources[0].recommendations[0].targetHistory[0].target");
        assertThat(finding.message()).contains("a TBC target has no deadline: 'TBC'");
    }

    @Test
    void reportsAnUnknownEnumValueWithTheAllowedOnes() {
        Finding finding = onlyFinding("""
                {"schemaVersion": "1.0", "id": "x", "organisation": "o", "scheme": %s,
                 "sources": [{"id": "s", "kind": "AUDIT", "title": "t"}]}""".formatted(SCHEME));
        assertThat(finding.location()).isEqualTo("sources[0].kind");
        assertThat(finding.message()).contains("\"AUDIT\"").contains("INTERNAL_AUDIT");
    }

    @Test
    void refusesAMissingOrNewerSchemaVersion() {
        String body = "\"id\": \"x\", \"organisation\": \"o\", \"scheme\": " + SCHEME;
        Finding missing = onlyFinding("{" + body + "}");
        assertThat(missing.location()).isEqualTo("schemaVersion");
        assertThat(missing.message()).isEqualTo("f has no schemaVersion: add \"schemaVersion\": \"1.0\" as the first field");
        Finding newer = onlyFinding("{\"schemaVersion\": \"2.0\", " + body + "}");
        assertThat(newer.message()).isEqualTo("f is schemaVersion 2.0, which this library cannot read: it reads 1.0 and earlier 1.x versions");
        assertThat(json.read("{\"schemaVersion\": \"1.3\", " + body + "}", "f").findings()).isEmpty();
    }

    @Test
    void reportsAMissingTopLevelField() {
        Finding finding = onlyFinding("{\"schemaVersion\": \"1.0\", \"organisation\": \"o\", \"scheme\": " + SCHEME + "}");
        assertThat(finding.location()).isEqualTo("id");
        assertThat(finding.message()).isEqualTo("required field 'id' is missing from f");
        assertThat(onlyFinding("{\"schemaVersion\": \"1.0\"}").message()).startsWith("required field '");
    }

    @Test
    void reportsEmptyTruncatedAndNonObjectInput() {
        assertThat(onlyFinding("").message()).isEqualTo("f is empty: expected a JSON object");
        Finding truncated = onlyFinding(minimal("{\"id\": \"r\"}").substring(0, 120));
        assertThat(truncated.message()).contains("end-of-input");
        assertThat(onlyFinding("[1, 2]").message()).contains("f is not a register: expected a JSON object");
        assertThat(onlyFinding(json.writeToString(Fixtures.register()) + " trailing").message()).contains("Unrecognized token 'trailing'");
    }

    @Test
    void refusesDeeplyNestedInputWithoutOverflowingTheStack() {
        String deep = minimal("{\"id\": \"r\", \"reference\": \"1\", \"title\": \"\", \"text\": \"t\", \"priority\": \"Significant\","
                + " \"targetHistory\": [{\"target\": {\"text\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}}]}");
        Finding finding = onlyFinding(deep);
        assertThat(finding.message()).contains("nesting depth").contains("64");
    }

    @Test
    void neverClosesTheCallersStreams() throws IOException {
        var in = new TrackingInputStream(json.writeToString(Fixtures.register()).getBytes(StandardCharsets.UTF_8));
        assertThat(json.read(in, "stream").register()).isPresent();
        assertThat(in.closed).isFalse();
        var out = new TrackingOutputStream();
        json.write(Fixtures.register(), out);
        assertThat(out.closed).isFalse();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(json.writeToString(Fixtures.register()));
    }

    @Test
    void shipsItsJsonSchema() throws IOException {
        try (InputStream schema = RegisterJson.schema()) {
            String text = new String(schema.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text).contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
        }
    }

    private Finding onlyFinding(String file) {
        ImportResult result = json.read(file, "f");
        assertThat(result.register()).isEmpty();
        assertThat(result.findings()).hasSize(1);
        assertThat(result.findings().get(0).isError()).isTrue();
        return result.findings().get(0);
    }

    private static final String SCHEME = """
            {"priorities": ["Significant"], "assuranceLevels": ["Satisfactory"], "handlingMarkings": ["OFFICIAL"],
             "ragPolicy": "reference", "reportingRules": {"defaultForum": "JARAP"},
             "forums": [{"id": "JARAP", "name": "Panel", "role": "PANEL"}]}""";

    private static String minimal(String recommendation) {
        return """
                {
                  "schemaVersion": "1.0",
                  "id": "x",
                  "organisation": "o",
                  "scheme": %s,
                  "sources": [
                    {"id": "s", "kind": "INTERNAL_AUDIT", "title": "t",
                     "recommendations": [
                %s
                     ]}
                  ]
                }""".formatted(SCHEME, recommendation);
    }

    private static final class TrackingInputStream extends ByteArrayInputStream {
        boolean closed;

        TrackingInputStream(byte[] bytes) {
            super(bytes);
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private static final class TrackingOutputStream extends ByteArrayOutputStream {
        boolean closed;

        @Override
        public void close() {
            closed = true;
        }
    }

}
