package io.github.rectrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.rectrack.engine.journal.Journal;
import io.github.rectrack.model.ExtensionRequest;
import io.github.rectrack.model.GovernanceDecision;
import io.github.rectrack.model.Recommendation;
import io.github.rectrack.model.Register;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code tracker record} and {@code tracker history} on the bundled 2020 JARAP register. */
class RecordCommandTest extends RegisterFileTest {

    static final String GOVERNANCE = "code-of-governance-2018-4.1";

    @BeforeEach
    void standTheClockStill() {
        clock("2020-10-12T08:30:00Z");
    }

    Register recorded() {
        return Journal.beside(file).load().register();
    }

    Recommendation rec(String id) {
        return recorded().recommendations().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void anExtensionAskedForAndApprovedByThePanelRevisesTheTargetAndHistorySaysWhoAndWhen() {
        assertThat(run("record", "extension", file.toString(), GOVERNANCE, "--by", "aco-finance", "--to", "31 January 2021",
                "--reason", "The code is rewritten with the new CIPFA guidance", "--requested-by", "aco-finance", "--date", "2020-10-12"))
                .as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("Recorded version 1: extension on " + GOVERNANCE
                + ", extension to '31 January 2021' requested by aco-finance (by aco-finance at 2020-10-12T08:30:00Z; change ");

        clock("2020-10-21T15:05:00Z");
        assertThat(run("record", "decide", file.toString(), GOVERNANCE, "--by", "panel-secretary", "--approve", "--forum", "JARAP",
                "--date", "2020-10-21")).as(err.toString()).isZero();
        assertThat(err.toString()).contains("'panel-secretary' is not a person of the register; it is recorded as written");

        Recommendation after = rec(GOVERNANCE);
        assertThat(after.extensionRequests()).singleElement().satisfies(r -> assertThat(r.decision().orElseThrow().outcome())
                .isEqualTo(ExtensionRequest.Outcome.APPROVED));
        assertThat(after.latestTarget().orElseThrow().target().text()).isEqualTo("31 January 2021");
        assertThat(after.latestTarget().orElseThrow().agreedBy()).contains("JARAP");

        out.getBuffer().setLength(0);
        assertThat(run("show", file.toString(), "history", "--as-of", "2020-10-21")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Register leicestershire-jarap-2020-10: Leicestershire",
                "Version 1, 12 October 2020 08:30 UTC, by aco-finance: extension on", "Version 2, 21 October 2020 15:05 UTC, by",
                "2 changes recorded by 2 people.");
        assertThat(out.toString().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));

        out.getBuffer().setLength(0);
        assertThat(run("history", file.toString(), GOVERNANCE)).isZero();
        assertThat(out.toString()).isEqualTo(String.join(System.lineSeparator(),
                "2 changes recorded for " + GOVERNANCE + " (the register is at version 2):",
                "   1  2020-10-12 08:30 UTC  aco-finance    extension  ",
                "      extension to '31 January 2021' requested by aco-finance",
                "   2  2020-10-21 15:05 UTC  panel-secretary decide     ",
                "      extension request 1 approved by JARAP on 2020-10-21", ""));
    }

    @Test
    void aRefusedChangeExitsOneWithTheLocatedReasonAndRecordsNothing() {
        assertThat(run("record", "decision", file.toString(), GOVERNANCE, "--by", "panel-secretary", "--kind", "CLOSURE_AGREED",
                "--forum", "JARAP", "--date", "2020-10-21")).isEqualTo(TrackerCommand.EXIT_INVALID);
        assertThat(err.toString()).contains("tracker: refused, nothing recorded: decision on " + GOVERNANCE)
                .contains("ERROR sources[2].recommendations[0].decisions[0]: closure agreed by JARAP with no proposal to close");
        assertThat(Journal.beside(file).exists()).isFalse();

        assertThat(run("record", "update", file.toString(), "no-such-rec", "--by", "aco-finance", "--text", "x"))
                .isEqualTo(TrackerCommand.EXIT_INVALID);
        assertThat(err.toString()).contains("ERROR recommendation: the register has no recommendation with id 'no-such-rec'");
    }

    @Test
    void aClosureProposedByTheOwnerAndAgreedByThePanelShowsInTheSummaryAndTheCsv() throws IOException {
        Path before = dir.resolve("before.csv");
        assertThat(run("report", file.toString(), "--as-of", "2020-10-21", "-o", before.toString())).as(err.toString()).isZero();

        assertThat(run("record", "update", file.toString(), GOVERNANCE, "--by", "aco-finance", "--author", "aco-finance",
                "--date", "2020-10-14", "--percent", "100", "--text", "The revised Code of Corporate Governance was approved on 13 October."))
                .as(err.toString()).isZero();
        assertThat(run("record", "evidence", file.toString(), GOVERNANCE, "--by", "aco-finance", "--date", "2020-10-14",
                "--description", "Approved Code of Corporate Governance", "--document", "cog-2020.pdf")).isZero();
        assertThat(run("record", "decision", file.toString(), GOVERNANCE, "--by", "aco-finance", "--kind", "PROPOSED_CLOSED",
                "--forum", "OWNER", "--date", "2020-10-14")).isZero();
        assertThat(run("record", "decision", file.toString(), GOVERNANCE, "--by", "panel-secretary", "--kind", "CLOSURE_AGREED",
                "--forum", "JARAP", "--date", "2020-10-21", "--minute", "JARAP/20/41")).as(err.toString()).isZero();

        Recommendation after = rec(GOVERNANCE);
        assertThat(after.decisions()).extracting(GovernanceDecision::kind)
                .containsExactly(GovernanceDecision.Kind.PROPOSED_CLOSED, GovernanceDecision.Kind.CLOSURE_AGREED);
        assertThat(after.evidence()).singleElement().satisfies(e -> assertThat(e.document()).contains("cog-2020.pdf"));
        assertThat(after.updates()).last().satisfies(u -> assertThat(u.percentComplete()).contains(100));

        Path later = dir.resolve("after.csv");
        assertThat(run("report", file.toString(), "--as-of", "2020-10-21", "-o", later.toString())).as(err.toString()).isZero();
        List<List<String>> beforeRows = rows(before);
        List<List<String>> afterRows = rows(later);
        assertThat(afterRows).hasSameSizeAs(beforeRows);
        List<List<String>> changed = new ArrayList<>();
        for (int i = 0; i < afterRows.size(); i++) {
            if (!afterRows.get(i).equals(beforeRows.get(i))) {
                changed.add(afterRows.get(i));
            }
        }
        assertThat(changed).singleElement().satisfies(row -> {
            assertThat(row).startsWith("code-of-governance-2018", "Code of Governance").contains(GOVERNANCE);
            assertThat(row).contains("CLOSURE_AGREED", "The revised Code of Corporate Governance was approved on 13 October.", "100");
        });

        out.getBuffer().setLength(0);
        assertThat(run("summary", file.toString(), "--as-of", "2020-10-21")).isZero();
        assertThat(out.toString()).contains("as recorded now (version 4)");
        out.getBuffer().setLength(0);
        assertThat(run("summary", file.toString(), "--as-of", "2020-10-21", "--recorded-on", "2020-10-11")).isZero();
        assertThat(out.toString()).contains("as recorded on 2020-10-11 (version 0; 4 changes recorded later left out)");

        Path paper = dir.resolve("paper.docx");
        assertThat(run("report", file.toString(), "--as-of", "2020-10-21", "-o", paper.toString())).as(err.toString()).isZero();
        assertThat(err.toString()).contains("Wrote leicestershire-jarap-2020-10 as of 2020-10-21, as recorded now (version 4), for JARAP");
        Path earlier = dir.resolve("earlier.docx");
        assertThat(run("report", file.toString(), "--as-of", "2020-10-21", "--recorded-on", "2020-10-11", "-o", earlier.toString()))
                .isZero();
        try (XWPFDocument now = new XWPFDocument(Files.newInputStream(paper));
                XWPFDocument then = new XWPFDocument(Files.newInputStream(earlier))) {
            assertThat(now.getParagraphs()).extracting(XWPFParagraph::getText).contains("Register: as recorded up to 12 October 2020 (version 4)");
            assertThat(then.getParagraphs()).extracting(XWPFParagraph::getText)
                    .contains("Register: as recorded on 11 October 2020 (version 0; 4 changes recorded later left out)");
        }
    }

    static List<List<String>> rows(Path csv) throws IOException {
        try (MappingIterator<List<String>> it = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .readerForListOf(String.class).readValues(csv.toFile())) {
            return it.readAll();
        }
    }

    @Test
    void historyAsJsonCarriesEachChangeWholeAndAnImportOverAJournalledRegisterIsRefused() throws Exception {
        assertThat(run("record", "request", file.toString(), GOVERNANCE, "--by", "system:chase", "--date", "2020-10-08",
                "--reply-by", "2020-10-22")).isZero();
        out.getBuffer().setLength(0);
        assertThat(run("history", file.toString(), "--format", "json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("version").asInt()).isEqualTo(1);
        JsonNode change = json.get("changes").get(0);
        assertThat(change.get("recordedBy").asText()).isEqualTo("system:chase");
        assertThat(change.get("recordedAt").asText()).isEqualTo("2020-10-12T08:30:00Z");
        assertThat(change.get("change").get("request").get("requestedOf").asText()).isEqualTo("aco-finance");
        assertThat(change.get("change").get("request").get("respondBy").asText()).isEqualTo("2020-10-22");

        assertThat(run("convert", file.toString(), "-o", file.toString())).isEqualTo(TrackerCommand.EXIT_USAGE);
        assertThat(run("generate", "-n", "5", "-o", file.toString())).isEqualTo(TrackerCommand.EXIT_USAGE);
        assertThat(err.toString()).contains("has a journal beside it");
        assertThat(Journal.beside(file).load().version()).isEqualTo(1);
    }

    @Test
    void recordingIntoAnythingButACanonicalJsonRegisterIsRefused() throws IOException {
        Path csv = dir.resolve("register.csv");
        Files.writeString(csv, "id\n");
        assertThat(run("record", "update", csv.toString(), GOVERNANCE, "--by", "x", "--text", "t")).isEqualTo(TrackerCommand.EXIT_USAGE);
        assertThat(err.toString()).contains("is not a .json or .json.gz file: convert it first");
    }
}
