package io.github.rectrack.export.docx;

import static io.github.rectrack.export.docx.PaperReading.headings;
import static io.github.rectrack.export.docx.PaperReading.paragraphAfter;
import static io.github.rectrack.export.docx.PaperReading.tableAfter;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.engine.spi.Options;
import io.github.rectrack.engine.spi.Report;
import io.github.rectrack.model.ExtensionRequest;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.Recommendation;
import io.github.rectrack.model.Register;
import io.github.rectrack.model.Source;
import io.github.rectrack.model.TargetDate;
import io.github.rectrack.model.UpdateRequest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

/**
 * The extension requests and "Stated and computed disagree" sections, and the slippage table's account of
 * each revision, on the Leicestershire register of 16 October 2020 with the requests and stated values a
 * force's own tracker would add.
 */
class ExtensionsAndDiscrepanciesTest {

    private static final LocalDate PANEL = LocalDate.of(2020, 10, 16);

    private static Register changed(Map<String, UnaryOperator<Recommendation>> changes) {
        Register register = ReferenceRegister.LEICESTERSHIRE_2020.load();
        List<Source> sources = register.sources().stream().map(s -> new Source(s.id(), s.kind(), s.title(), s.issuedBy(), s.date(),
                s.assurance(), s.followUpOf(), s.marking(), s.recommendations().stream()
                .map(r -> changes.getOrDefault(r.id(), UnaryOperator.identity()).apply(r)).toList())).toList();
        return new Register(register.id(), register.organisation(), Optional.of(LocalDate.of(2020, 10, 1)), register.scheme(),
                register.people(), sources);
    }

    static final Register REGISTER = changed(Map.of(
            "fleet-management-4.2", r -> r.toBuilder().statedRag(Optional.of("Green")).extensionRequests(List.of(new ExtensionRequest(
                    PartialDate.ofMonth(2020, 9), Optional.of("head-of-transport"), TargetDate.parse("April 2021"),
                    Optional.of("reliant on external supplier – Civica"), Optional.of(new ExtensionRequest.Decision(
                            ExtensionRequest.Outcome.APPROVED, "JARAP", PartialDate.of(2020, 10, 16), Optional.empty())),
                    Optional.empty()))).build(),
            "fleet-management-4.4", r -> r.toBuilder().extensionRequests(List.of(new ExtensionRequest(PartialDate.of(2020, 10, 5),
                    Optional.of("head-of-transport"), TargetDate.parse("July 2021"), Optional.empty(), Optional.empty(), Optional.empty())))
                    .build(),
            "gdpr-2019-4.1", r -> r.toBuilder().statedStatus(Optional.of("Complete")).statedRag(Optional.of("Purple")).build()));

    private static XWPFDocument paper(Register register) throws IOException {
        Report report = Report.builder(register).asOf(PANEL).forum("JARAP").build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxExporter().export(report, Options.none(), out);
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void theExtensionRequestsSectionListsPendingAndDecidedRequests() throws IOException {
        try (XWPFDocument paper = paper(REGISTER)) {
            assertThat(paragraphAfter(paper, ExtensionsAndDiscrepancies.EXTENSION_REQUESTS))
                    .isEqualTo("2 requests for a later target, as at 16 October 2020: 1 pending, 1 approved, 0 refused.");
            List<List<String>> rows = rows(tableAfter(paper, ExtensionsAndDiscrepancies.EXTENSION_REQUESTS));
            assertThat(rows).containsExactly(
                    List.of("Recommendation", "Requested", "Target in force", "Target asked for", "Reason", "Decision"),
                    List.of("Fleet Management4.2 Sample Check of Service Details", "September 2020by Head of Transport",
                            "revised target date to April 2021", "April 2021", "reliant on external supplier – Civica",
                            "Approved by JARAP, 16 October 2020"),
                    List.of("Fleet Management4.4 Performance Indicators", "5 October 2020by Head of Transport", "revised target date - April 2021",
                            "July 2021", "No reason given", "Pending"));
        }
    }

    @Test
    void theDiscrepanciesSectionSaysWhyStatedAndComputedDiffer() throws IOException {
        try (XWPFDocument paper = paper(REGISTER)) {
            assertThat(paragraphAfter(paper, ExtensionsAndDiscrepancies.DISCREPANCIES)).isEqualTo("The RAG rating or status the force's own "
                    + "tracker states (stated as at 1 October 2020) differs from the one worked out from the recorded targets and decisions "
                    + "as at 16 October 2020 for 2 entries.");
            List<List<String>> rows = rows(tableAfter(paper, ExtensionsAndDiscrepancies.DISCREPANCIES));
            assertThat(rows).containsExactly(
                    List.of("Source", "Recommendation", "Stated", "Computed", "Why they differ"),
                    List.of("Fleet Management", "4.2 Sample Check of Service Details", "RAG: Green", "AMBER",
                            "Sheet says GREEN; policy says AMBER: In progress, within its target of 30 Apr 2021"),
                    List.of("General Data Protection Regulation (GDPR)", "4.1 Implementation of Action Plan", "Status: Complete", "In progress",
                            "Sheet says 'Complete'; status is In progress: no closure decision recorded"));
            List<String> texts = paper.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(texts).contains("Not read as a RAG colour, so not compared: 4.1 Implementation of Action Plan ('Purple').");
            assertThat(headings(paper, "Heading1")).containsSubsequence("Targets that have slipped", "Extension requests", "Stated and computed disagree",
                    "Appendix A – Recommendations reported to the JARAP");
        }
    }

    @Test
    void theSlippageTableSaysWhoApprovedEachExtensionOrThatItWasNotExplained() throws IOException {
        try (XWPFDocument paper = paper(REGISTER)) {
            List<List<String>> rows = rows(tableAfter(paper, Lists.SLIPPAGE));
            assertThat(rows.get(0)).containsExactly("Recommendation", "Original target", "Current target", "Times revised",
                    "Why it moved", "Context");
            XWPFTableRow fleet = tableAfter(paper, Lists.SLIPPAGE).getRows().stream()
                    .filter(r -> r.getCell(0).getText().startsWith("4.2 Sample Check")).findFirst().orElseThrow();
            assertThat(fleet.getCell(4).getParagraphs()).extracting(XWPFParagraph::getText).containsExactly(
                    "June 2020: not explained",
                    "revised target date to April 2021: extension approved by JARAP, 16 October 2020: reliant on external supplier – Civica");
        }
    }

    @Test
    void anEntryWhoseOwnerWasAskedAndHasNotAnsweredSaysHowOften() throws IOException {
        Register chased = changed(Map.of("fleet-management-4.4", r -> r.toBuilder().updateRequests(List.of(
                new UpdateRequest(LocalDate.of(2020, 8, 3), Optional.of("head-of-transport"), Optional.empty(), Optional.of(LocalDate.of(2020, 8, 20))),
                new UpdateRequest(LocalDate.of(2020, 9, 7), Optional.of("head-of-transport"), Optional.empty(), Optional.empty()),
                new UpdateRequest(LocalDate.of(2020, 10, 8), Optional.of("head-of-transport"), Optional.empty(), Optional.empty()),
                new UpdateRequest(LocalDate.of(2020, 10, 30), Optional.of("head-of-transport"), Optional.empty(), Optional.empty()))).build()));
        try (XWPFDocument paper = paper(chased)) {
            List<String> texts = paper.getTables().stream().flatMap(t -> t.getRows().stream()).flatMap(r -> r.getTableCells().stream())
                    .map(XWPFTableCell::getText).filter(t -> t.startsWith("Chased: ")).toList();
            // the request of 30 October is after the paper's day, so not counted
            assertThat(texts).containsExactly("Chased: Update requested 3 times – last on 8 October 2020, 2 unanswered.");
        }
        try (XWPFDocument paper = paper(REGISTER)) {
            assertThat(paper.getTables().stream().flatMap(t -> t.getRows().stream()).flatMap(r -> r.getTableCells().stream())
                    .map(XWPFTableCell::getText)).noneMatch(t -> t.startsWith("Chased: "));
        }
    }

    @Test
    void aRegisterWithNeitherHasNeitherSection() throws IOException {
        try (XWPFDocument paper = paper(ReferenceRegister.LEICESTERSHIRE_2020.load())) {
            assertThat(headings(paper, "Heading1")).doesNotContain(ExtensionsAndDiscrepancies.EXTENSION_REQUESTS, ExtensionsAndDiscrepancies.DISCREPANCIES);
            XWPFTableRow fleet = tableAfter(paper, Lists.SLIPPAGE).getRows().stream()
                    .filter(r -> r.getCell(0).getText().startsWith("4.2 Sample Check")).findFirst().orElseThrow();
            assertThat(fleet.getCell(4).getParagraphs()).extracting(XWPFParagraph::getText).containsExactly(
                    "June 2020: not explained",
                    "revised target date to April 2021: not recorded as agreed: reliant on external supplier – Civica / Head of Transport – "
                            + "new project manager appointed by Civica following current one leaving");
        }
    }

    private static List<List<String>> rows(XWPFTable table) {
        List<List<String>> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            rows.add(row.getTableCells().stream().map(c -> c.getText().strip()).toList());
        }
        return rows;
    }
}
