package io.github.rectrack.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.sheets.ColumnMapping.ColumnRef;
import io.github.rectrack.sheets.ColumnMapping.Field;
import io.github.rectrack.sheets.ColumnMapping.StatusWord;
import io.github.rectrack.model.GovernanceDecision;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a column mapping, and every problem in one reported with its JSON path. */
class ColumnMappingTest {

    private static final String MINIMAL = """
            {"register": {"id": "r", "organisation": "Example Constabulary"},
             "columns": {"sourceTitle": "Audit", "reference": "Ref", "text": "Recommendation", "priority": "Grade"}}
            """;

    private static List<String> problems(String text, String name) {
        try {
            ColumnMapping.parse(text, name);
        } catch (MappingException e) {
            assertThat(e.file()).isEqualTo(name);
            return e.problems().stream().map(MappingException.Problem::toString).toList();
        }
        throw new AssertionError("expected problems in " + text);
    }

    @Test
    void aMinimalMappingTakesTheDefaults() {
        ColumnMapping mapping = ColumnMapping.parse(MINIMAL, "minimal.json");

        assertThat(mapping.registerId()).isEqualTo("r");
        assertThat(mapping.scheme()).isEqualTo(ColumnMapping.defaultScheme());
        assertThat(mapping.scheme().priorities()).containsExactly("Fundamental", "Significant", "Housekeeping");
        assertThat(mapping.sheet()).isEmpty();
        assertThat(mapping.headerRow()).isEmpty();
        assertThat(mapping.asOf()).isEmpty();
        assertThat(mapping.continuationRows()).isFalse();
        assertThat(mapping.columns()).containsOnlyKeys(Field.SOURCE_TITLE, Field.REFERENCE, Field.TEXT, Field.PRIORITY);
        assertThat(mapping.columns().get(Field.PRIORITY)).isEqualTo(ColumnRef.header("Grade"));
        assertThat(ColumnRef.letter("ab").index()).hasValue(27);
    }

    @Test
    void theSchemeCanBeABundledRegistersAndForumsFollowRoles() {
        ColumnMapping mapping = ColumnMapping.parse(MINIMAL.replace("\"columns\"",
                "\"scheme\": \"leicestershire-jarap-2020-10\", \"values\": {\"status\": {\"Agreed at board\": \"CLOSURE_AGREED\", "
                        + "\"Closed\": \"CLOSED\", \"Proposed\": \"PROPOSED_CLOSED\", \"Open\": null}}, \"columns\""), "m.json");

        assertThat(mapping.scheme()).isEqualTo(ReferenceRegister.LEICESTERSHIRE_2020.load().scheme());
        assertThat(mapping.statusWords()).containsExactly(
                Map.entry("Agreed at board", new StatusWord(Optional.of(GovernanceDecision.Kind.CLOSURE_AGREED), Optional.of("SORB"))),
                Map.entry("Closed", new StatusWord(Optional.of(GovernanceDecision.Kind.CLOSED), Optional.of("JARAP"))),
                Map.entry("Proposed", new StatusWord(Optional.of(GovernanceDecision.Kind.PROPOSED_CLOSED), Optional.of("OWNER"))),
                Map.entry("Open", new StatusWord(Optional.empty(), Optional.empty())));
    }

    @Test
    void everyProblemIsReportedWithItsJsonPath() {
        String text = """
                {"register": {"id": "r", "asOf": "16/10/2020"},
                 "headerRow": 0,
                 "colour": "RAG",
                 "columns": {"sourceTitle": "Audit", "reference": {"letter": "E5"}, "text": "Audit", "priority": 5, "rag": "RAG"},
                 "values": {"priority": {"Urgent": "Critical", "High": "Fundamental", "HIGH": "Significant"},
                            "status": {"Done": "FINISHED", "Closed": {"decision": "CLOSED", "forum": "JARAP"}}},
                 "ignore": "RAG"}
                """;

        assertThat(problems(text, "force.json")).containsExactly(
                "colour: unknown field 'colour'; expected one of register, scheme, sheet, headerRow, maxRows, sourceKind, issuedBy, "
                        + "continuationRows, columns, values, ignore",
                "register.organisation: required: the organisation whose register this is",
                "register.asOf: expected a date written yyyy-MM-dd, found '16/10/2020'",
                "headerRow: expected a row number from 1, found 0",
                "columns.reference.letter: expected a column letter such as \"E\" or \"AB\", found 'E5'",
                "columns.priority: expected a header text, {\"letter\": \"E\"} or {\"value\": \"...\"}, found 5",
                "values.priority.Urgent: expected one of [Fundamental, Significant, Housekeeping] (the scheme's), found 'Critical'",
                "values.priority.HIGH: the same word as 'High' (case and spaces are ignored)",
                "values.status.Done: expected \"none\" or one of [PROPOSED_CLOSED, CLOSURE_AGREED, CLOSED, FURTHER_EVIDENCE_REQUESTED, "
                        + "CLOSURE_DISPUTED, SUPERSEDED, NOT_ACCEPTED, HIBERNATED, RESUMED, REOPENED, MOVED_TO_BUSINESS_AS_USUAL, RISK_ACCEPTED, RESPONSE_PUBLISHED], "
                        + "found 'FINISHED'",
                "values.status.Closed.forum: no forum of the scheme has id 'JARAP'; its forums are [OWNER, BOARD, PANEL]",
                "ignore: expected a list of columns, found 'RAG'");
    }

    @Test
    void schemeProblemsKeepTheCanonicalFormatsPath() {
        String text = MINIMAL.replace("\"columns\"", "\"scheme\": {\"priorities\": [\"High\"], \"assuranceLevels\": [\"Full\"], "
                + "\"handlingMarkings\": [\"OFFICIAL\"], \"forums\": [{\"id\": \"P\", \"name\": \"Panel\", \"role\": \"CHAIR\"}], "
                + "\"ragPolicy\": \"reference\", \"reportingRules\": {\"defaultForum\": \"P\"}}, \"columns\"");

        assertThat(problems(text, "m.json")).singleElement().asString()
                .startsWith("scheme.forums[0].role: ").contains("CHAIR");
    }

    @Test
    void yamlProblemsNameTheLineAndWordsKeyPaths() {
        String yaml = """
                register: {id: r, organisation: Example Constabulary}
                columns: {sourceTitle: Audit, reference: Ref, text: Recommendation, priority: Grade, status: State}
                values:
                  status:
                    "Proposed Close": PROPOSED_CLOSED
                """;
        ColumnMapping mapping = ColumnMapping.parse(yaml, "m.yaml");
        assertThat(mapping.statusWords()).containsOnlyKeys("Proposed Close");

        assertThat(problems(yaml.replace("PROPOSED_CLOSED", "PROPOSED"), "m.yml")).containsExactly(
                "values.status['Proposed Close']: expected \"none\" or one of [PROPOSED_CLOSED, CLOSURE_AGREED, CLOSED, "
                        + "FURTHER_EVIDENCE_REQUESTED, CLOSURE_DISPUTED, SUPERSEDED, NOT_ACCEPTED, HIBERNATED, RESUMED, REOPENED, "
                        + "MOVED_TO_BUSINESS_AS_USUAL, RISK_ACCEPTED, RESPONSE_PUBLISHED], found 'PROPOSED'");
        assertThat(problems(yaml.replace("values:\n  status:", "values: {\n  status:"), "m.yaml")).singleElement().asString()
                .startsWith("line ").contains("not YAML");
        assertThat(problems(yaml.replace("values:", "#").replace("  status:", "#").replace("    \"Proposed", "#"), "m.yaml"))
                .containsExactly("values.status: required with columns.status: what each of the force's status words means, "
                        + "for example {\"Open\": \"none\", \"Complete\": \"CLOSED\"}");
        assertThat(problems("{\"register\": 1}", "m.json")).contains(
                "register: expected an object with 'id' and 'organisation', found 1",
                "columns: expected an object naming the column of each field, found nothing");
        assertThat(problems("{\"register\": ", "m.json")).singleElement().asString().startsWith("line 1, column ").contains("not JSON");
    }

    @Test
    void readingAFileNamesIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mapping.json");
        Files.writeString(file, MINIMAL.replace("\"Grade\"", "\"Grade\", \"target\": \"\""));

        assertThatThrownBy(() -> ColumnMapping.read(file)).isInstanceOf(MappingException.class)
                .hasMessage("column mapping " + file + ": columns.target: expected a header text, {\"letter\": \"E\"} or {\"value\": \"...\"}, found ''");
        assertThatThrownBy(() -> ColumnMapping.read(dir.resolve("none.json"))).isInstanceOf(MappingException.class)
                .hasMessage("column mapping " + dir.resolve("none.json") + ": no such file");
        Files.writeString(file, MINIMAL.replace("\"r\"", "\"r\", \"asOf\": \"2020-10-16\""));
        assertThat(ColumnMapping.read(file).asOf()).contains(LocalDate.of(2020, 10, 16));
    }
    @Test
    void aFieldGivenTwiceIsRefusedWithItsPath() {
        String yaml = """
                register: {id: r, organisation: Example Constabulary}
                columns:
                  text: Recommendation
                  priority: Grade
                  text: Finding
                """;
        assertThat(problems(yaml, "m.yaml")).containsExactly("columns.text: given twice (the second time at line 5): give each field once");
        assertThat(problems(MINIMAL.replace("\"Audit\",", "\"Audit\", \"sourceTitle\": \"Report\","), "m.json"))
                .containsExactly("columns.sourceTitle: given twice (the second time at line 2): give each field once");
        assertThat(problems("""
                register: {id: r, organisation: Example Constabulary}
                columns: {text: Recommendation, status: State}
                values:
                  status: {"Proposed Close": PROPOSED_CLOSED, "Proposed Close": CLOSED}
                """, "m.yml")).containsExactly("values.status['Proposed Close']: given twice (the second time at line 4): give each field once");
    }

    @Test
    void aFileOverOneMebibyteIsRefusedBeforeItIsParsed(@TempDir Path dir) throws Exception {
        String comment = "# " + "x".repeat(ColumnMapping.MAX_FILE_BYTES) + "\n";
        String yaml = comment + "register: {id: r, organisation: Example Constabulary}\ncolumns: {text: Recommendation}\n";

        assertThat(problems(yaml, "m.yaml")).containsExactly("the file is larger than the 1,048,576 bytes (1 MiB) a column mapping "
                + "may have (it has 1,048,665 characters): a mapping is a few kilobytes; is it the right file?");
        Path file = Files.writeString(dir.resolve("mapping.yaml"), yaml);
        assertThatThrownBy(() -> ColumnMapping.read(file)).isInstanceOf(MappingException.class)
                .hasMessage("column mapping " + file + ": the file is larger than the 1,048,576 bytes (1 MiB) a column mapping may have "
                        + "(it has 1,048,665 bytes): a mapping is a few kilobytes; is it the right file?");
        assertThatThrownBy(() -> ColumnMapping.read(Files.newInputStream(file), "mapping.yaml")).isInstanceOf(MappingException.class)
                .hasMessageContaining("mapping.yaml: the file is larger than the 1,048,576 bytes (1 MiB)");
        // just under the limit, the long comment is read quickly and ignored
        String under = "# " + "x".repeat(ColumnMapping.MAX_FILE_BYTES - 200) + "\n"
                + "register: {id: r, organisation: Example Constabulary}\ncolumns: {text: Recommendation}\n";
        assertThat(ColumnMapping.parse(under, "m.yaml").registerId()).isEqualTo("r");
    }
}
