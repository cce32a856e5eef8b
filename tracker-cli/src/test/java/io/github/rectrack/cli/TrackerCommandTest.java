package io.github.rectrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrackerCommandTest extends CommandLineTest {

    @Test
    void summarisesABundledRegister() {
        assertThat(run("summary", "--example", "mps-district-audit-2001-02")).isZero();
        assertThat(out.toString())
                .contains("Register mps-district-audit-2001-02 (Metropolitan Police Authority and Metropolitan Police Service)")
                .contains("1 sources, 13 recommendations, 6 people")
                .containsPattern("District Audit report on the Policing and Performance Plan 2001/2 +- +2002 +13")
                .contains("Validation: 0 error(s), 2 warning(s)");
    }

    @Test
    void printsTheSummaryTableOfThe2020PanelPaper() {
        assertThat(run("summary", "--example", "leicestershire-jarap-2020-10")).isZero();
        assertThat(out.toString())
                .contains("Reported to Joint Audit, Risk and Assurance Panel (JARAP) as of 2020-10-16, RAG policy 'reference'")
                .containsPattern("Fundamental +0 +2 +0 +0 +2\\R")
                .containsPattern("Significant +0 +8 +4 +0 +12\\R")
                .containsPattern("Housekeeping +0 +0 +3 +0 +3\\R")
                .containsPattern("Total +0 +10 +7 +0 +17\\R")
                .contains("Proposed for closure: 7");
    }

    @Test
    void printsTheSummaryAsJsonForAnotherDayAndForum() throws IOException {
        assertThat(run("summary", "--example", "leicestershire-jarap-2020-10", "--as-of", "2020-10-16", "--forum", "SORB",
                "--format", "json")).isZero();
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString());
        assertThat(json.path("forum").asText()).isEqualTo("SORB");
        assertThat(json.path("asOf").asText()).isEqualTo("2020-10-16");
        assertThat(json.path("matrix").path("Housekeeping").path("AMBER").asInt()).isEqualTo(7);
        assertThat(json.path("matrix").path("Housekeeping").path("GREEN").asInt()).isEqualTo(3);
        assertThat(json.path("totals").path("total").asInt()).isEqualTo(10);
        assertThat(json.path("matrix").path("Fundamental").path("total").asInt()).isZero();
    }

    @Test
    void refusesAForumTheRegisterDoesNotHaveAndADayThatIsNotADate() {
        assertThat(run("summary", "--example", "leicestershire-jarap-2020-10", "--forum", "ORB")).isEqualTo(TrackerCommand.EXIT_USAGE);
        assertThat(err.toString()).contains("the register has no forum 'ORB'; its forums are [OWNER, SORB, JARAP]");
        assertThat(run("summary", "--example", "leicestershire-jarap-2020-10", "--as-of", "16/10/2020")).isEqualTo(TrackerCommand.EXIT_USAGE);
        assertThat(err.toString()).contains("--as-of");
    }

    @Test
    void validatesAFileAndNamesWhereEachProblemIs(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("register.json");
        String json;
        try (var in = io.github.rectrack.engine.reference.ReferenceRegister.MPS_DISTRICT_AUDIT_2002.open()) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\"priority\": \"Ungraded\"", "\"priority\": \"High\"");
        }
        Files.writeString(file, json);
        assertThat(run("validate", file.toString())).isEqualTo(TrackerCommand.EXIT_INVALID);
        assertThat(out.toString())
                .contains("ERROR sources[0].recommendations[0].priority: priority 'High' is not in the scheme; expected one of [Ungraded]")
                .contains(file + ": 13 error(s), 2 warning(s)");
    }

    @Test
    void reportsAFileThatCannotBeReadWithItsLocation(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"schemaVersion\": \"1.0\", \"id\": \"x\", \"organisation\": 7.5e}");
        assertThat(run("validate", file.toString())).isEqualTo(TrackerCommand.EXIT_INVALID);
        assertThat(out.toString()).startsWith("ERROR ").contains("broken.json line 1");
    }

    @Test
    void refusesAMissingFileAndAnUnknownExample() {
        assertThat(run("validate", "/no/such/register.json")).isEqualTo(TrackerCommand.EXIT_USAGE);
        assertThat(err.toString()).contains("tracker: no such file: /no/such/register.json");
        assertThat(run("summary", "--example", "nope")).isEqualTo(TrackerCommand.EXIT_USAGE);
        assertThat(err.toString()).contains("no bundled register has id 'nope'; the bundled registers are leicestershire-jarap-2020-10, "
                + "essex-ico-action-plan-2020, mps-district-audit-2001-02");
    }

    @Test
    void refusesBothAFileAndAnExample() {
        assertThat(run("summary", "file.json", "--example", "mps-district-audit-2001-02")).isEqualTo(TrackerCommand.EXIT_USAGE);
        assertThat(err.toString()).contains("mutually exclusive");
    }

    @Test
    void printsItsVersion() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("tracker 0.1.0");
        out.getBuffer().setLength(0);
        assertThat(run("report", "--version")).isZero();
        assertThat(out.toString()).startsWith("tracker 0.1.0");
    }
}
