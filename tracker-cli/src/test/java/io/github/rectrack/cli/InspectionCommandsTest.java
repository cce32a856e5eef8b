package io.github.rectrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * {@code tracker summary} and {@code tracker show} on the bundled Lancashire register (HMIC "Building the
 * Picture", Strategic Scrutiny Meeting of 7 January 2016): the watched national recommendations, the s.55
 * clock and the forward plan.
 */
class InspectionCommandsTest extends CommandLineTest {

    private static final String LANCASHIRE = "lancashire-hmic-information-management-2016-01";
    private static final String NL = System.lineSeparator();

    @Test
    void theSummaryCountsTheForcesOwnItemsAndListsTheWatchedOnesTheClockAndThePromisedReport() {
        assertThat(run("summary", "--example", LANCASHIRE)).as(out.toString()).isZero();
        String printed = out.toString();
        assertThat(printed).contains("Reported to Strategic Scrutiny Meeting (SSM) as of 2016-01-07");
        assertThat(printed).containsPattern("Ungraded +0 +4 +0 +0 +4\\R");
        assertThat(printed.substring(printed.indexOf("Proposed for closure: 0"))).containsSubsequence(
                "Watched, addressed to other bodies (not counted above): 3" + NL,
                "  Building the Picture: an inspection of police information management 3.2 (a): Information Management Business Area Lead "
                        + "and Home Secretary, in progress" + NL,
                "  Building the Picture: an inspection of police information management 3.2 (b): College of Policing, in progress" + NL,
                "  National Information Management Action Plan 3.3: Information Management Committee (national), in progress" + NL,
                "Published responses (s.55): 1 awaiting, 1 overdue" + NL,
                "  Building the Picture: an inspection of police information management: published 2015-07-02, response due 2015-08-27, "
                        + "overdue by 133 day(s), no response recorded" + NL,
                "Further reports promised to SSM: 1" + NL,
                "  2016-03: Building the Picture: an inspection of police information management" + NL,
                "Validation: 0 error(s), 0 warning(s)");
    }

    @Test
    void theJsonSummaryCarriesTheWatchedItemsTheClockAndThePlan() throws Exception {
        assertThat(run("summary", "--example", LANCASHIRE, "--as-of", "2016-03-31", "--format", "json")).isZero();
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertThat(root.path("totals").path("total").asInt()).isEqualTo(4);
        assertThat(root.path("watched")).hasSize(3);
        assertThat(root.path("watched").get(1).path("addressee").asText()).isEqualTo("College of Policing");
        assertThat(root.path("publishedResponses").get(0).path("state").asText()).isEqualTo("OVERDUE");
        assertThat(root.path("publishedResponses").get(0).path("daysLeft").asInt()).isEqualTo(-217);
        assertThat(root.path("forwardPlan").get(0).path("due").asText()).isEqualTo("2016-03");
        assertThat(root.path("forwardPlan").get(0).path("state").asText()).isEqualTo("DUE");
    }

    @Test
    void showResponsesPrintsTheS55Clock() {
        assertThat(run("show", "--example", LANCASHIRE, "responses")).as(err.toString()).isZero();
        assertThat(out.toString()).containsSubsequence(
                "Published responses (s.55), every forum, as of 7 January 2016",
                "Building the Picture: an inspection of police information management" + NL,
                "  Published: 2 July 2015 by HMIC" + NL,
                "  Response due: 27 August 2015 (56 days)" + NL,
                "  State: overdue by 133 days: no response recorded" + NL,
                "  Answered: 0 of 1 item" + NL,
                "1 awaiting a published response, 1 of them overdue.");
    }

    @Test
    void showForwardPrintsTheReportsPromisedByForumAndMonth() throws Exception {
        assertThat(run("show", "--example", LANCASHIRE, "forward", "--as-of", "2016-03-31")).as(err.toString()).isZero();
        assertThat(out.toString()).containsSubsequence("Strategic Scrutiny Meeting (SSM)" + NL,
                "    March 2016: Building the Picture: an inspection of police information", "(due now)", "1 further report promised.");
        out.getBuffer().setLength(0);
        assertThat(run("show", "--example", LANCASHIRE, "forward", "--format", "json")).isZero();
        JsonNode item = new ObjectMapper().readTree(out.toString()).path("items").get(0);
        assertThat(item.path("forum").asText()).isEqualTo("SSM");
        assertThat(item.path("state").asText()).isEqualTo("UPCOMING");
        assertThat(item.path("source").asText()).isEqualTo("hmic-building-the-picture-2015");
    }

    @Test
    void showWatchedListsTheNationalRecommendationsWithoutAColour() throws Exception {
        assertThat(run("show", "--example", LANCASHIRE, "watched", "--format", "json")).as(err.toString()).isZero();
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertThat(root.path("items")).hasSize(3);
        assertThat(root.path("items").get(0).path("reference").asText()).isEqualTo("3.2 (a)");
        assertThat(root.path("items").get(0).has("rag")).isFalse();
        assertThat(root.path("counts").path("items").asInt()).isEqualTo(3);
    }

    @Test
    void aForumThatAsksForKindsApartGetsAKindByRagTable(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        io.github.rectrack.model.Register peel = io.github.rectrack.engine.reference.ReferenceRegister.ILLUSTRATIVE_PEEL_2022.load();
        io.github.rectrack.model.Scheme s = peel.scheme();
        io.github.rectrack.model.Register separated = new io.github.rectrack.model.Register(peel.id(), peel.organisation(), peel.asOf(),
                new io.github.rectrack.model.Scheme(s.priorities(), s.assuranceLevels(), s.handlingMarkings(), s.forums(), s.ragPolicy(),
                        s.ragSettings(), s.reportingRules(), s.publishedResponseDays(), java.util.List.of("JAC")), peel.people(), peel.sources());
        java.nio.file.Path file = dir.resolve("peel.json");
        java.nio.file.Files.writeString(file, new io.github.rectrack.engine.json.RegisterJson().writeToString(separated));
        assertThat(run("summary", file.toString(), "--as-of", "2023-03-15")).as(err.toString()).isZero();
        assertThat(out.toString()).containsPattern("Kind +RED +AMBER +GREEN +GREY +Total\\R"
                + "Recommendation +0 +2 +0 +0 +2\\RArea for improvement +0 +2 +0 +0 +2\\RCause of concern +0 +1 +0 +0 +1\\R");
        out.getBuffer().setLength(0);
        assertThat(run("summary", "--example", "illustrative-peel-inspection-2022")).isZero();
        assertThat(out.toString()).doesNotContain("Area for improvement").contains("Published responses (s.55): 0 awaiting, 0 overdue");
    }
}
