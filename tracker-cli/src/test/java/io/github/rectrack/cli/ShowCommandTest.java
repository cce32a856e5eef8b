package io.github.rectrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.rectrack.engine.json.RegisterJson;
import io.github.rectrack.model.Register;
import io.github.rectrack.testkit.ContractRegisters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tracker show} on the bundled Leicestershire JARAP register of 16 October 2020, and on small
 * registers holding extension requests and stated values.
 */
class ShowCommandTest extends CommandLineTest {

    private static final String LEICESTERSHIRE = "leicestershire-jarap-2020-10";

    private List<String> lines() {
        return out.toString().lines().toList();
    }

    private JsonNode json(String... args) throws IOException {
        out.getBuffer().setLength(0);
        assertThat(run(args)).as(err.toString()).isZero();
        return new ObjectMapper().readTree(out.toString());
    }

    private static Path write(Path dir, Register register) throws IOException {
        Path file = dir.resolve(register.id() + ".json");
        Files.writeString(file, new RegisterJson().writeToString(register));
        return file;
    }

    @Test
    void proposedListsTheSevenRecommendationsThePaperProposedForClosure() {
        assertThat(run("show", "--example", LEICESTERSHIRE, "proposed")).as(err.toString()).isZero();

        List<String> lines = lines();
        assertThat(lines.get(0)).isEqualTo("Proposed for closure, JARAP, as of 16 October 2020 (the bundled paper's date)");
        // Paragraph 4 of the paper: the seven items proposed for closure, in register order.
        assertThat(lines.stream().filter(l -> l.matches("4\\.\\d .*"))).containsExactly(
                "4.3 Communication with Victims", "4.4 Providing Information to Victims", "4.5 Needs Assessment",
                "4.1 Retention of recruitment documentation", "4.2 Wellbeing Groups Terms of Reference",
                "4.2 Performance Development Reviews", "4.3 Evaluation Analysis");
        // VCOP 4.4 was agreed closed at February 2020 SORB; its closure criteria are met.
        assertThat(out.toString()).containsSubsequence("4.4 Providing Information to Victims",
                "  Source: Victims Code of Practice (Significant)", "  Status: Closure agreed – SORB, February 2020",
                "  Closure criteria: met");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("7 recommendations proposed for closure.");
        // The three warnings of the register go to standard error as one line, never into the view.
        assertThat(err.toString()).contains("has 3 warning(s)");
    }

    @Test
    void slippageShowsTheOriginalAndCurrentTargetOfTheCodeOfGovernance() throws IOException {
        assertThat(run("show", "--example", LEICESTERSHIRE, "slippage")).as(err.toString()).isZero();

        // Code of Governance 4.1: first agreed for 31 December 2018 (655 days before 16 October 2020), revised six
        // times to "end of October 2020".
        assertThat(out.toString()).containsSubsequence("4.1 Approval of the Corporate Governance Framework",
                "  Original target: 31 December 2018 – passed 655 days ago",
                "  Current target: revised target date end of October 2020",
                "  Times revised: 6");
        assertThat(lines().get(lines().size() - 1)).isEqualTo("13 recommendations past the target first agreed.");

        JsonNode shown = json("show", "--example", LEICESTERSHIRE, "slippage", "--format", "json");
        JsonNode governance = null;
        for (JsonNode item : shown.path("items")) {
            if (item.path("recommendation").asText().equals("code-of-governance-2018-4.1")) {
                governance = item;
            }
        }
        assertThat(governance).isNotNull();
        assertThat(governance.path("originalTarget").path("text").asText()).isEqualTo("31 December 2018");
        assertThat(governance.path("originalTarget").path("deadline").asText()).isEqualTo("2018-12-31");
        assertThat(governance.path("currentTarget").path("deadline").asText()).isEqualTo("2020-10-31");
        assertThat(governance.path("revisions").asInt()).isEqualTo(6);
        assertThat(governance.path("revisionHistory")).hasSize(6);
        assertThat(governance.path("daysPastOriginal").asLong()).isEqualTo(655);
        assertThat(governance.path("daysPastCurrent").isNull()).isTrue();
    }

    @Test
    void overdueListsTheThreeItemsDueInOctober2020AMonthLater() throws IOException {
        assertThat(run("show", "--example", LEICESTERSHIRE, "overdue", "--as-of", "2020-11-15")).as(err.toString()).isZero();

        assertThat(lines().get(0)).isEqualTo("Open recommendations past their target, every forum, as of 15 November 2020");
        assertThat(lines().get(1)).isEqualTo("    (--as-of)");
        assertThat(out.toString()).containsSubsequence("4.1 Approval of the Corporate Governance Framework",
                "  Source: Code of Governance (Significant), reported to JARAP",
                "  Target: revised target date end of October 2020 – due 31 October 2020, 15 days",
                "      overdue",
                "  Status: In progress, RED",
                "  Owner: ACO Finance",
                "  Last update: October 2020",
                "4.1 Closure Report", "4.1 Spend Review",
                "3 open recommendations are past the target in force.");

        JsonNode shown = json("show", "--example", LEICESTERSHIRE, "overdue", "--as-of", "2020-11-15", "--format", "json");
        assertThat(shown.path("forum").isNull()).isTrue();
        assertThat(shown.path("asOf").asText()).isEqualTo("2020-11-15");
        assertThat(shown.path("asOfFrom").asText()).isEqualTo("option");
        assertThat(shown.path("items")).extracting(i -> i.path("recommendation").asText()).containsExactly(
                "code-of-governance-2018-4.1", "benefits-realisation-2020-4.1", "procurement-follow-up-2020-4.1");
        assertThat(shown.path("items").get(0).path("daysOverdue").asInt()).isEqualTo(15);
        assertThat(shown.path("items").get(0).path("owners").get(0).path("id").asText()).isEqualTo("aco-finance");
        assertThat(shown.path("items").get(0).path("lastUpdate").asText()).isEqualTo("2020-10");
        assertThat(shown.path("items").get(0).path("target").path("deadline").asText()).isEqualTo("2020-10-31");
    }

    @Test
    void nothingIsOverdueOnTheDayOfThePaper() {
        assertThat(run("show", "--example", LEICESTERSHIRE, "overdue")).isZero();

        assertThat(lines().get(lines().size() - 1)).isEqualTo("No open recommendation is past its target.");
    }

    @Test
    void chaseListsTheSevenBoardItemsWithNoOwnerOrUpdate() throws IOException {
        assertThat(run("show", "--example", LEICESTERSHIRE, "chase")).isZero();

        // The housekeeping items SORB tracks have no owner and no update in the paper; every owned item was updated in 2020.
        assertThat(out.toString()).containsSubsequence("No owner on the day",
                "  4.3 Performance Data (Custody Arrangements, SORB)", "    Open; no update",
                "7 items to chase: 0 owners, and 7 with no owner.");

        JsonNode jarap = json("show", "--example", LEICESTERSHIRE, "chase", "--forum", "JARAP", "--format", "json");
        assertThat(jarap.path("forum").asText()).isEqualTo("JARAP");
        assertThat(jarap.path("items")).isEmpty();
    }

    @Test
    void movementNeedsTheDayOfThePreviousMeeting() {
        assertThat(run("show", "--example", LEICESTERSHIRE, "movement")).isEqualTo(TrackerCommand.EXIT_USAGE);

        assertThat(err.toString()).contains("tracker: the movement view needs --since YYYY-MM-DD");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void movementSinceTheJulyMeetingShowsTheDeclinedClosures() throws IOException {
        assertThat(run("show", "--example", LEICESTERSHIRE, "movement", "--since", "2020-06-30")).as(err.toString()).isZero();

        assertThat(lines().get(0)).startsWith("Movement since 30 June 2020, JARAP, as of 16 October 2020");
        // July 2020 JARAP asked for more evidence on four of the items proposed for closure.
        assertThat(out.toString()).containsSubsequence("Closures declined", "  4.2 Performance Development Reviews",
                "    Decision: Further evidence requested, JARAP, July 2020: July JARAP asked for",
                "2 new, 0 newly closed, 0 newly red, 5 with a revised target, 4 closures");

        JsonNode shown = json("show", "--example", LEICESTERSHIRE, "movement", "--since", "2020-06-30", "--format", "json");
        assertThat(shown.path("since").asText()).isEqualTo("2020-06-30");
        assertThat(shown.path("counts").path("newItems").asInt()).isEqualTo(2);
        assertThat(shown.path("counts").path("targetsRevised").asInt()).isEqualTo(5);
        assertThat(shown.path("counts").path("closuresDeclined").asInt()).isEqualTo(4);
        assertThat(shown.path("items")).hasSize(11);
    }

    @Test
    void extensionsShowsTheApprovedRefusedAndPendingRequests(@TempDir Path dir) throws IOException {
        Path file = write(dir, ContractRegisters.everyStatusAndColour());

        assertThat(run("show", file.toString(), "extensions", "--as-of", ContractRegisters.DAY.toString())).as(err.toString()).isZero();

        assertThat(out.toString()).containsSubsequence("1.3 ", "  Target asked for: 30 September 2023", "  Reason: Supplier delay",
                "  Decision: Approved by SORB, April 2023: Agreed once; no further extension",
                "  Target asked for: March 2024", "  Decision: Refused by JARAP, 16 October 2023",
                "  Target asked for: Qtr 1 2025", "  Reason: no reason given", "  Decision: pending",
                "3 requests for a later target: 1 pending, 1 approved, 1 refused.");
    }

    @Test
    void discrepanciesShowsWhereTheSheetAndTheEngineDisagree(@TempDir Path dir) throws IOException {
        Path file = write(dir, SummaryDiscrepanciesTest.register());

        assertThat(run("show", file.toString(), "discrepancies")).as(err.toString()).isZero();

        // No --as-of: the register's own as-of day, 30 May 2025.
        assertThat(lines().get(0)).isEqualTo("Stated and computed disagree, JARAP, as of 30 May 2025 (the register's own as-of");
        assertThat(lines().get(1)).isEqualTo("    day)");
        assertThat(out.toString()).containsSubsequence("4.1 Approval of the Corporate Governance Framework",
                "  Stated RAG: Green; computed: RED",
                "Stated RAG not read as a colour, so not compared:",
                "  4.3 Retention of recruitment documentation (Recruitment): sheet says 'R1',",
                "2 stated values of 4 compared disagree with the computed one; 1 RAG not read; 1");

        JsonNode shown = json("show", file.toString(), "discrepancies", "--format", "json");
        assertThat(shown.path("asOfFrom").asText()).isEqualTo("register");
        assertThat(shown.path("items")).extracting(i -> i.path("field").asText()).containsExactly("RAG", "STATUS");
        assertThat(shown.path("unreadable").get(0).path("stated").asText()).isEqualTo("R1");
        assertThat(shown.path("notCompared").get(0).path("stated").asText()).isEqualTo("time extension requested");
    }

    @Test
    void everyViewFitsEightyColumnsAndItsJsonCarriesTheCountsOfItsText(@TempDir Path dir) throws IOException {
        String contract = write(dir, ContractRegisters.everyStatusAndColour()).toString();
        String stated = write(dir, SummaryDiscrepanciesTest.register()).toString();
        // The view, the arguments, and the pattern of its text's count line with the JSON count each group gives.
        Map<String, List<String>> countsOf = Map.of(
                "proposed", List.of("items"), "slippage", List.of("items"), "overdue", List.of("items"),
                "chase", List.of("items", "owners", "unowned"),
                "movement", List.of("newItems", "newlyClosed", "newlyRed", "targetsRevised", "closuresDeclined"),
                "extensions", List.of("items", "pending", "approved", "refused"),
                "discrepancies", List.of("items", "compared", "unreadable", "notCompared"));
        List<String[]> runs = List.of(
                new String[] {"--example", LEICESTERSHIRE, "proposed"},
                new String[] {"--example", LEICESTERSHIRE, "slippage"},
                new String[] {"--example", LEICESTERSHIRE, "overdue", "--as-of", "2020-11-15"},
                new String[] {"--example", LEICESTERSHIRE, "chase", "--as-of", "2021-03-01"},
                new String[] {"--example", LEICESTERSHIRE, "movement", "--since", "2020-06-30"},
                new String[] {contract, "extensions", "--as-of", "2024-03-31"},
                new String[] {stated, "discrepancies"});
        for (String[] arguments : runs) {
            String view = arguments[0].equals("--example") ? arguments[2] : arguments[1];
            List<String> args = new ArrayList<>(List.of("show"));
            args.addAll(List.of(arguments));
            out.getBuffer().setLength(0);
            assertThat(run(args.toArray(String[]::new))).as(view + ": " + err).isZero();
            String text = out.toString();
            assertThat(text.lines()).as(view).allSatisfy(line -> assertThat(line.length()).as(view + ": " + line).isLessThanOrEqualTo(80));
            assertThat(text.lines().count()).as(view).isGreaterThan(3);

            // The numbers of the text's count line (after the last blank line), in order.
            String countLine = text.substring(text.stripTrailing().lastIndexOf("\n\n") + 2).replace("\n", " ");
            List<Integer> numbers = new ArrayList<>();
            Matcher digits = Pattern.compile("\\d+").matcher(countLine);
            while (digits.find()) {
                numbers.add(Integer.parseInt(digits.group()));
            }
            args.addAll(List.of("--format", "json"));
            JsonNode shown = json(args.toArray(String[]::new));
            assertThat(shown.path("view").asText()).isEqualTo(view);
            List<Integer> counted = countsOf.get(view).stream().map(name -> shown.path("counts").path(name).asInt()).toList();
            assertThat(numbers).as(view + ": " + countLine).isEqualTo(counted);
            assertThat(shown.path("counts").path("items").asInt()).as(view).isEqualTo(shown.path("items").size());
            assertThat(counted).as(view).anySatisfy(n -> assertThat(n).isPositive());
        }
    }

    @Test
    void anUnknownViewListsTheViews() {
        assertThat(run("show", "--example", LEICESTERSHIRE, "closures")).isEqualTo(TrackerCommand.EXIT_USAGE);

        assertThat(err.toString()).contains(
                "tracker: no view is called 'closures'; the views are proposed, slippage, overdue, chase, movement, extensions, discrepancies, history");
    }

    @Test
    void aViewWithoutARegisterOrARegisterWithoutAViewIsAUsageError(@TempDir Path dir) {
        assertThat(run("show", "proposed")).isEqualTo(TrackerCommand.EXIT_USAGE);
        assertThat(err.toString()).contains("no register given: name a REGISTER file before proposed, or a bundled one with --example ID");

        assertThat(run("show", dir.resolve("register.json").toString(), "--example", LEICESTERSHIRE, "proposed"))
                .isEqualTo(TrackerCommand.EXIT_USAGE);
        assertThat(err.toString()).contains("or --example " + LEICESTERSHIRE + ", not both");

        assertThat(run("show", "--example", LEICESTERSHIRE)).isEqualTo(TrackerCommand.EXIT_USAGE);
        assertThat(err.toString()).contains("no view given");
    }

    @Test
    void anInvalidRegisterIsListedAndNoViewIsShown(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("register.json");
        Files.writeString(file, new RegisterJson().writeToString(SummaryDiscrepanciesTest.register())
                .replace("\"priority\": \"Significant\"", "\"priority\": \"Urgent\""));

        assertThat(run("show", file.toString(), "proposed")).isEqualTo(TrackerCommand.EXIT_INVALID);

        assertThat(err.toString()).contains("ERROR").contains("Urgent").contains("is not a valid register");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void anUnknownForumListsTheForums() {
        assertThat(run("show", "--example", LEICESTERSHIRE, "proposed", "--forum", "PCC")).isEqualTo(TrackerCommand.EXIT_USAGE);

        assertThat(err.toString()).contains("the register has no forum 'PCC'; its forums are [OWNER, SORB, JARAP]");
    }
}
