package io.github.rectrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectrack.engine.json.RegisterJson;
import io.github.rectrack.model.Forum;
import io.github.rectrack.model.GovernanceDecision;
import io.github.rectrack.model.Ownership;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.Person;
import io.github.rectrack.model.ProgressUpdate;
import io.github.rectrack.model.Recommendation;
import io.github.rectrack.model.Register;
import io.github.rectrack.model.ReportingRules;
import io.github.rectrack.model.Scheme;
import io.github.rectrack.model.Source;
import io.github.rectrack.model.TargetDate;
import io.github.rectrack.model.TargetRevision;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tracker summary} on a small register whose rows carry the RAG and status a force's own sheet stated. */
class SummaryDiscrepanciesTest extends CommandLineTest {

    private static Source source(String id, String title, Recommendation recommendation) {
        return new Source(id, Source.Kind.INTERNAL_AUDIT, title, Optional.of("Mazars"), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(recommendation));
    }

    /** Three rows of a 2025 tracker in the shape of the Leicestershire panel's, as of 30 May 2025. */
    static Register register() {
        Scheme scheme = new Scheme(List.of("Fundamental", "Significant", "Housekeeping"),
                List.of("Substantial", "Satisfactory", "Limited", "No assurance"), List.of("OFFICIAL", "OFFICIAL-SENSITIVE"),
                List.of(new Forum("OWNER", "Business owner", Forum.Role.OWNER),
                        new Forum("SORB", "Strategic Organisational Risk Board", Forum.Role.BOARD),
                        new Forum("JARAP", "Joint Audit, Risk and Assurance Panel", Forum.Role.PANEL)),
                "reference", Map.of(), new ReportingRules(List.of(), "JARAP"));
        Recommendation governance = Recommendation.builder("cog-4.1", "4.1", "The Corporate Governance Framework should be reviewed and approved.",
                        "Significant").title("Approval of the Corporate Governance Framework").owners(List.of(Ownership.of("aco-finance")))
                .targetHistory(List.of(TargetRevision.of(TargetDate.parse("31 December 2024"))))
                .updates(List.of(ProgressUpdate.of(PartialDate.ofMonth(2025, 2), "Circulated to the EMPLS and PCC for consideration.")))
                .statedRag(Optional.of("Green")).statedStatus(Optional.of("On track")).build();
        Recommendation fleet = Recommendation.builder("fleet-4.2", "4.2", "Regular sample checks should be undertaken on the services carried out.",
                        "Significant").title("Sample Check of Service Details").owners(List.of(Ownership.of("head-of-transport")))
                .targetHistory(List.of(TargetRevision.of(TargetDate.parse("April 2026"))))
                .decisions(List.of(new GovernanceDecision(PartialDate.ofMonth(2025, 5), "OWNER", GovernanceDecision.Kind.PROPOSED_CLOSED,
                        Optional.empty(), Optional.empty(), Optional.empty())))
                .statedRag(Optional.of("Amber")).statedStatus(Optional.of("Complete")).build();
        Recommendation recruitment = Recommendation.builder("rec-4.3", "4.3", "Recruitment documentation should be retained for the agreed period.",
                        "Significant").title("Retention of recruitment documentation").owners(List.of(Ownership.of("head-of-hrsc")))
                .targetHistory(List.of(TargetRevision.of(TargetDate.parse("1st December 2025"))))
                .statedRag(Optional.of("R1")).statedStatus(Optional.of("time extension requested")).build();
        return new Register("leicestershire-2025", "Leicestershire Police", Optional.of(LocalDate.of(2025, 5, 30)), scheme,
                List.of(new Person("aco-finance", "ACO Finance", Optional.of("PD"), Optional.of("ACO Finance")),
                        new Person("head-of-transport", "Head of Transport", Optional.of("NC"), Optional.of("Head of Transport")),
                        new Person("head-of-hrsc", "Head of HRSC", Optional.of("MA"), Optional.of("Head of HRSC"))),
                List.of(source("cog", "Code of Governance", governance), source("fleet", "Fleet Management", fleet),
                        source("recruitment", "Recruitment", recruitment)));
    }

    @Test
    void printsWhereTheStatedValuesDisagreeAfterTheTable(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("register.json");
        Files.writeString(file, new RegisterJson().writeToString(register()));

        assertThat(run("summary", file.toString(), "--as-of", "2025-06-01")).as(out.toString()).isZero();

        String printed = out.toString();
        assertThat(printed).containsPattern("Significant +1 +2 +0 +0 +3\\R");
        assertThat(printed.substring(printed.indexOf("Proposed for closure: 1"))).containsSubsequence(
                "Stated and computed disagree: 2 (stated as of 2025-05-30)" + System.lineSeparator(),
                "  Code of Governance 4.1 (cog-4.1): sheet says GREEN; policy says RED: past its target of 31 Dec 2024 with no closure decision"
                        + System.lineSeparator(),
                "  Fleet Management 4.2 (fleet-4.2): sheet says 'Complete'; status is Proposed closed: latest decision: proposed closed by "
                        + "OWNER, May 2025; not yet closed" + System.lineSeparator(),
                "Stated RAG not read: 1" + System.lineSeparator(),
                "  Recruitment 4.3 (rec-4.3): sheet says 'R1', which is not a RAG colour this reads",
                "Stated status not compared: 1" + System.lineSeparator(),
                "  Recruitment 4.3 (rec-4.3): sheet says 'time extension requested', which is not a status this reads; status is Open",
                "Validation: 0 error(s)");
    }

    @Test
    void theJsonSummaryCarriesTheDisagreements(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("register.json");
        Files.writeString(file, new RegisterJson().writeToString(register()));

        assertThat(run("summary", file.toString(), "--as-of", "2025-06-01", "--format", "json")).isZero();

        var stated = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString()).path("statedAndComputed");
        assertThat(stated.path("compared").asInt()).isEqualTo(4);
        assertThat(stated.path("disagree")).hasSize(2);
        assertThat(stated.path("disagree").get(0).path("field").asText()).isEqualTo("RAG");
        assertThat(stated.path("disagree").get(1).path("computed").asText()).isEqualTo("Proposed closed");
        assertThat(stated.path("unreadable").asInt()).isEqualTo(1);
        assertThat(stated.path("notCompared").asInt()).isEqualTo(1);
    }

    @Test
    void aRegisterWithoutStatedValuesPrintsNoSuchLine() {
        assertThat(run("summary", "--example", "leicestershire-jarap-2020-10")).isZero();
        assertThat(out.toString()).doesNotContain("Stated and computed disagree");
    }
}
