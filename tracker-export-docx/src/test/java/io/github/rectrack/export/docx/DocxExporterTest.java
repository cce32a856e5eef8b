package io.github.rectrack.export.docx;

import static io.github.rectrack.export.docx.PaperReading.headings;
import static io.github.rectrack.export.docx.PaperReading.indexOfParagraph;
import static io.github.rectrack.export.docx.PaperReading.paragraphAfter;
import static io.github.rectrack.export.docx.PaperReading.tableAfter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.rectrack.engine.plugin.Formats;
import io.github.rectrack.engine.publication.Profile;
import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.engine.spi.Exporter;
import io.github.rectrack.engine.spi.Options;
import io.github.rectrack.engine.spi.Report;
import io.github.rectrack.model.Forum;
import io.github.rectrack.model.Register;
import io.github.rectrack.model.Scheme;
import io.github.rectrack.testkit.ContractRegisters;
import io.github.rectrack.testkit.RestrictedRegister;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * The paper for the Leicestershire panel of 16 October 2020 (previous meeting 30 June 2020), read back
 * with POI.
 *
 * <p>The plug-in contract from the test kit is run by {@code DocxExporterContractTest}; this class checks
 * what is particular to the Word paper.
 */
class DocxExporterTest {

    private static final LocalDate PANEL = LocalDate.of(2020, 10, 16);
    private static final LocalDate PREVIOUS = LocalDate.of(2020, 6, 30);

    private static Report report;
    private static byte[] bytes;
    private static XWPFDocument paper;

    @BeforeAll
    static void writeThePaper() throws IOException {
        report = Report.builder(ReferenceRegister.LEICESTERSHIRE_2020.load()).asOf(PANEL).forum("JARAP").previousMeeting(PREVIOUS).build();
        bytes = export(report, Options.none());
        paper = new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    @AfterAll
    static void close() throws IOException {
        paper.close();
    }

    private static byte[] export(Report report, Options options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxExporter().export(report, options, out);
        return out.toByteArray();
    }

    // --- the title block and headings

    @Test
    void theTitleBlockNamesTheOrganisationForumSubjectAndDay() {
        // The marking, "Report of", meeting time and author come from the panel's paper settings in the scheme.
        List<String> first = paper.getParagraphs().stream().limit(7).map(XWPFParagraph::getText).toList();
        assertThat(first).containsExactly("PAPER MARKED C", report.register().organisation(), "Joint Audit, Risk and Assurance Panel",
                "Report of: CHIEF CONSTABLE AND CHIEF FINANCE OFFICER (OPCC)", "Subject: AUDIT AND INSPECTION RECOMMENDATIONS AND TRACKING",
                "Date: 16 October 2020 – 10:00", "Author: Inspection Liaison and Project Officer");
        assertThat(paper.getParagraphs().get(1).getStyle()).isEqualTo("Title");
        assertThat(paper.getParagraphs().get(5).getRuns().get(1).isBold()).isTrue();
        assertThat(paragraphAfter(paper, FrontMatter.PURPOSE)).contains("17 recommendations").contains("7 are proposed for closure");
    }

    @Test
    void withoutPaperSettingsTheTitleBlockHasNoMarkingTimeOrAuthor() throws IOException {
        Register register = ReferenceRegister.LEICESTERSHIRE_2020.load();
        Scheme s = register.scheme();
        Scheme bare = new Scheme(s.priorities(), s.assuranceLevels(), s.handlingMarkings(),
                s.forums().stream().map(f -> new Forum(f.id(), f.name(), f.role())).toList(), s.ragPolicy(), s.ragSettings(), s.reportingRules());
        Report plain = Report.builder(new Register(register.id(), register.organisation(), register.asOf(), bare, register.people(),
                register.sources())).asOf(PANEL).forum("JARAP").build();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(export(plain, Options.none())))) {
            assertThat(document.getParagraphs().stream().limit(4).map(XWPFParagraph::getText)).containsExactly(
                    register.organisation(), "Joint Audit, Risk and Assurance Panel", "Subject: AUDIT AND INSPECTION RECOMMENDATIONS AND TRACKING",
                    "Date: 16 October 2020");
            assertThat(paragraphTexts(document)).noneMatch(text -> text.startsWith("Author:") || text.startsWith("Report of:"));
            assertThat(headings(document, "Heading1")).doesNotContain(Furniture.IMPLICATIONS, Furniture.CONTACTS, Furniture.BACKGROUND_PAPERS)
                    .contains(Furniture.RECOMMENDATION, Furniture.REPORTING_CRITERIA);
        }
    }

    @Test
    void theOptionsTakeThePlaceOfThePaperSettings() throws IOException {
        byte[] written = export(report, Options.of(Map.of(DocxExporter.MARKING, "Paper marked D", DocxExporter.REPORT_OF, "Chief Constable",
                DocxExporter.MEETING_TIME, "14:30")));
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(written))) {
            assertThat(paragraphTexts(document)).contains("PAPER MARKED D", "Report of: CHIEF CONSTABLE", "Date: 16 October 2020 – 14:30",
                    "Author: Inspection Liaison and Project Officer");
        }
        assertThatThrownBy(() -> export(report, Options.of(Map.of(DocxExporter.MEETING_TIME, "10am"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("option 'meetingTime' of 'docx' is '10am': write the time as 24-hour HH:MM, for example 10:00 or 14:30");
    }

    @Test
    void theDecisionAskedForIsCountedFromTheViews() {
        assertThat(paragraphAfter(paper, Furniture.RECOMMENDATION)).isEqualTo("The Joint Audit, Risk and Assurance Panel is asked to note the "
                + "progress reported on the 17 recommendations reported to it and agree the closure of the 7 recommendations listed under "
                + "\u201cRecommendations proposed for closure\u201d.");
    }

    @Test
    void theReportingCriteriaArePrintedFromTheSchemesRules() {
        List<String> texts = paragraphTexts(paper);
        int at = texts.indexOf(Furniture.REPORTING_CRITERIA);
        assertThat(texts.subList(at + 2, at + 7)).containsExactly(
                "(a) Satisfactory assurance or above: Fundamental and Significant recommendations are reported to the Joint Audit, Risk and "
                        + "Assurance Panel (JARAP).",
                "(b) Satisfactory assurance or above: Housekeeping recommendations are reported to the Strategic Organisational Risk Board (SORB).",
                "(c) Limited assurance or below: all recommendations are reported to the Joint Audit, Risk and Assurance Panel (JARAP), with "
                        + "the whole report.",
                "(d) Any other recommendation is reported to the Joint Audit, Risk and Assurance Panel (JARAP).",
                "To close a recommendation proposed closed the JARAP looks for an update stating that it has been implemented; evidence that it "
                        + "is working (facts and figures, dip-sampling results, documents); the agreement of the Strategic Organisational Risk "
                        + "Board (SORB) since the latest proposal to close; no request for further evidence left unanswered. The criteria column "
                        + "of the list above says which of these each item lacks.");
    }

    @Test
    void theImplicationsAndContactsComeFromThePaperSettings() {
        List<String> texts = paragraphTexts(paper);
        int implications = texts.indexOf(Furniture.IMPLICATIONS);
        assertThat(texts.subList(implications + 1, implications + 6)).extracting(t -> t.substring(0, t.indexOf(':'))).containsExactly(
                "Financial", "Legal", "Equality Impact Assessment", "Risks and Impact", "Link to Police and Crime Plan");
        assertThat(texts.get(implications + 3)).isEqualTo("Equality Impact Assessment: No implications identified.");
        int contacts = texts.indexOf(Furniture.CONTACTS);
        assertThat(texts.subList(contacts + 1, texts.size())).containsExactly("Inspection Liaison and Project Officer",
                "Head of Specialist Support Directorate (Chief Superintendent)", "Deputy Chief Constable");
        assertThat(texts).doesNotContain(Furniture.BACKGROUND_PAPERS);
    }

    @Test
    void theSubjectAndAuthorAreOptions() throws IOException {
        byte[] written = export(report, Options.of(Map.of(DocxExporter.SUBJECT, "Internal audit recommendations and tracking",
                DocxExporter.AUTHOR, "Inspection Liaison and Project Officer")));
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(written))) {
            assertThat(paragraphTexts(document)).contains("Subject: INTERNAL AUDIT RECOMMENDATIONS AND TRACKING",
                    "Author: Inspection Liaison and Project Officer");
            assertThat(document.getProperties().getCoreProperties().getCreator()).isEqualTo("Inspection Liaison and Project Officer");
            assertThat(document.getProperties().getCoreProperties().getTitle()).isEqualTo("Internal audit recommendations and tracking");
        }
        assertThatThrownBy(() -> export(report, Options.of(Map.of(DocxExporter.AUTHOR, " "))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'author'").hasMessageContaining("blank");
    }

    @Test
    void aPublicPaperSaysWhatWasWithheldAfterItsPurpose() throws IOException {
        Report published = Report.builder(RestrictedRegister.register()).asOf(ContractRegisters.DAY).forum("JARAP")
                .profile(Profile.PUBLIC).build();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(export(published, Options.none())))) {
            List<String> texts = paragraphTexts(document);
            int purpose = texts.indexOf(FrontMatter.PURPOSE);
            assertThat(texts.get(purpose + 1)).startsWith("This report gives the Joint Audit, Risk and Assurance Panel")
                    .contains("2 recommendations, of which 1 is proposed for closure");
            assertThat(texts.get(purpose + 2)).isEqualTo("This paper omits 1 source, 2 recommendations, 1 management response, 1 update, "
                    + "1 extension request, 1 action, 1 decision note and 1 evidence item marked OFFICIAL-SENSITIVE; names are shown as initials or roles.");
        }
        assertThat(paragraphTexts(paper)).noneMatch(text -> text.startsWith("This paper omits"));
    }

    @Test
    void sectionsAreWordHeadingsInThePapersOrder() {
        assertThat(headings(paper, "Heading1")).containsExactly(
                "Purpose of the report", "Recommendation", "Summary", "RAG rating", "Recommendations proposed for closure", "Reporting criteria",
                "Targets that have slipped", "Movement since the previous meeting", "Appendix A – Recommendations reported to the JARAP",
                "Recommendations monitored elsewhere", "Implications", "Person to contact");
        assertThat(headings(paper, "Heading2")).startsWith("New recommendations", "Newly closed", "Newly red", "Target dates revised",
                "Closures declined", "SEIZED & FOUND PROPERTY – LIMITED ASSURANCE", "VICTIMS CODE OF PRACTICE – SATISFACTORY ASSURANCE",
                "CODE OF GOVERNANCE – SATISFACTORY ASSURANCE");
        assertThat(headings(paper, "Heading2")).contains("FLEET MANAGEMENT", "BENEFITS REALISATION – SATISFACTORY ASSURANCE");
    }

    @Test
    void theHeadingStylesAreDefinedSoTheNavigationPaneFindsThem() {
        assertThat(paper.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
        assertThat(paper.getStyles().getStyle("Heading2").getName()).isEqualTo("heading 2");
        assertThat(paper.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal()).hasToString("0");
        assertThat(paper.getStyles().getStyle("Heading2").getCTStyle().getPPr().getOutlineLvl().getVal()).hasToString("1");
    }

    // --- the summary and key

    @Test
    void theSummaryTableIsThePapersTable() {
        XWPFTable summary = tableAfter(paper, FrontMatter.SUMMARY);
        assertThat(rows(summary)).containsExactly(
                List.of("Priority", "RED", "AMBER", "GREEN", "GREY", "Total"),
                List.of("Fundamental", "0", "2", "0", "0", "2"),
                List.of("Significant", "0", "8", "4", "0", "12"),
                List.of("Housekeeping", "0", "0", "3", "0", "3"),
                List.of("Total", "0", "10", "7", "0", "17"));
        assertThat(summary.getRow(0).getTableCells()).extracting(XWPFTableCell::getColor)
                .containsExactly(PaperDocument.HEADER_FILL, "FF0000", "FFC000", "00B050", "A6A6A6", PaperDocument.HEADER_FILL);
        assertThat(paragraphTexts(paper)).contains("Proposed for closure: 7");
    }

    @Test
    void theKeySaysWhatEachColourMeans() {
        assertThat(rows(tableAfter(paper, FrontMatter.RAG_KEY))).containsExactly(
                List.of("Rating", "Meaning"),
                List.of("RED", "Outstanding and past its target date"),
                List.of("AMBER", "In progress and within its target date; also those outstanding with no deadline (TBC, ongoing)"
                        + " and those hibernated"),
                // The 2020 scheme counts an item proposed for closure green (proposedClosed GREEN), as the paper's table does.
                List.of("GREEN", "Completed and closed; also those proposed for closure and awaiting the panel's decision"
                        + " and those moved to business as usual"),
                List.of("GREY", "Superseded / not adopted"));
        assertThat(tableAfter(paper, FrontMatter.RAG_KEY).getRow(1).getCell(0).getColor()).isEqualTo(RagColour.RED.fill());
        assertThat(paragraphAfter(paper, FrontMatter.RAG_KEY)).endsWith("in the left-hand column of its table:");
    }

    @Test
    void underThePriorityPolicyTheKeyNamesThePrioritiesOfEachColour() throws IOException {
        Register register = ReferenceRegister.LEICESTERSHIRE_2020.load();
        Scheme s = register.scheme();
        Register byPriority = new Register(register.id(), register.organisation(), register.asOf(), new Scheme(s.priorities(),
                s.assuranceLevels(), s.handlingMarkings(), s.forums(), "priority", Map.of(), s.reportingRules()),
                register.people(), register.sources());
        Report prioritised = Report.builder(byPriority).asOf(PANEL).forum("JARAP").build();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(export(prioritised, Options.none())))) {
            assertThat(rows(tableAfter(document, FrontMatter.RAG_KEY))).containsExactly(
                    List.of("Rating", "Meaning"),
                    List.of("RED", "Fundamental priority"),
                    List.of("AMBER", "Significant priority"),
                    List.of("GREEN", "Housekeeping priority"),
                    List.of("GREY", "Superseded or not accepted, whatever the priority"));
            assertThat(paragraphAfter(document, FrontMatter.RAG_KEY)).endsWith("by the 'priority' RAG policy:");
        }
    }

    // --- the lists

    @Test
    void theSevenProposedForClosureLinkToTheirBookmarksInTheAppendix() {
        XWPFTable proposed = tableAfter(paper, Lists.PROPOSED_CLOSURE);
        List<XWPFTableRow> items = proposed.getRows().subList(1, proposed.getRows().size());
        assertThat(items).extracting(r -> r.getCell(0).getText(), r -> r.getCell(2).getText()).containsExactly(
                tuple("Victims Code of Practice", "4.3 Communication with Victims"),
                tuple("Victims Code of Practice", "4.4 Providing Information to Victims"),
                tuple("Victims Code of Practice", "4.5 Needs Assessment"),
                tuple("Recruitment", "4.1 Retention of recruitment documentation"),
                tuple("Workforce Wellbeing & Absence Management", "4.2 Wellbeing Groups Terms of Reference"),
                tuple("Leadership and Management Development", "4.2 Performance Development Reviews"),
                tuple("Leadership and Management Development", "4.3 Evaluation Analysis"));
        Set<String> appendixBookmarks = bookmarksAfter(paper, AppendixSection.HEADING + "JARAP");
        for (XWPFTableRow item : items) {
            List<XWPFHyperlinkRun> links = item.getCell(2).getParagraphs().get(0).getRuns().stream()
                    .filter(XWPFHyperlinkRun.class::isInstance).map(XWPFHyperlinkRun.class::cast).toList();
            assertThat(links).as("the link of %s", item.getCell(2).getText()).hasSize(1);
            assertThat(links.get(0).getAnchor()).as("the anchor of %s", item.getCell(2).getText()).isIn(appendixBookmarks)
                    .hasSizeLessThanOrEqualTo(Bookmarks.MAX_LENGTH);
        }
    }

    @Test
    void theClosureListsPageColumnIsAPageReferenceToEachItemsBookmark() {
        XWPFTable proposed = tableAfter(paper, Lists.PROPOSED_CLOSURE);
        assertThat(rows(proposed).get(0)).containsExactly("Source", "Priority", "Recommendation", "Status", "Closure criteria", "Page");
        for (XWPFTableRow item : proposed.getRows().subList(1, proposed.getRows().size())) {
            String anchor = ((XWPFHyperlinkRun) item.getCell(2).getParagraphs().get(0).getRuns().get(0)).getAnchor();
            String xml = item.getCell(5).getParagraphs().get(0).getCTP().xmlText();
            assertThat(xml).as("the page cell of %s", item.getCell(2).getText())
                    .contains("fldCharType=\"begin\"", "fldCharType=\"separate\"", "fldCharType=\"end\"")
                    .contains(" PAGEREF " + anchor + " \\h ");
        }
    }

    @Test
    void everyPageHasAFooterWithItsNumberAndWordComputesTheFieldsOnOpening() {
        assertThat(paper.getFooterList()).hasSize(1);
        String footer = paper.getFooterList().get(0).getParagraphs().get(0).getCTP().xmlText();
        assertThat(footer).contains(">Page <", " PAGE ", ">1<", " of ", " NUMPAGES ");
        assertThat(paper.isEnforcedUpdateFields()).isTrue();
    }

    @Test
    void theClosureCriteriaNameTheBoardAndWriteTheirDatesOut() {
        XWPFTable proposed = tableAfter(paper, Lists.PROPOSED_CLOSURE);
        // Victims Code of Practice 4.3: proposed again in October 2020, not agreed by SORB since.
        assertThat(proposed.getRow(1).getCell(4).getText())
                .isEqualTo("Not agreed by the Strategic Organisational Risk Board (SORB) since the proposal to close of October 2020");
        assertThat(proposed.getRow(2).getCell(4).getText()).isEqualTo("Met");
        assertThat(rows(proposed)).flatMap(row -> row).noneMatch(text -> text.matches("(?s).*\\(\\d{4}-\\d{2}.*"))
                .noneMatch(text -> text.contains("the board"));
    }

    @Test
    void theBookmarkMarksTheItemsTitleInTheAppendix() {
        XWPFTable proposed = tableAfter(paper, Lists.PROPOSED_CLOSURE);
        String anchor = ((XWPFHyperlinkRun) proposed.getRow(4).getCell(2).getParagraphs().get(0).getRuns().get(0)).getAnchor();
        XWPFTable item = appendixItem(paper, "Significant – 4.1 Retention of recruitment documentation");
        assertThat(item.getRow(0).getCell(1).getParagraphs().get(0).getCTP().getBookmarkStartList())
                .extracting(CTBookmark::getName).containsExactly(anchor);
    }

    @Test
    void theSlippageTableComparesOriginalAndCurrentTargets() {
        XWPFTable slippage = tableAfter(paper, Lists.SLIPPAGE);
        assertThat(rows(slippage).get(0)).containsExactly("Recommendation", "Original target", "Current target", "Times revised",
                "Why it moved", "Context");
        List<String> governance = rows(slippage).stream().filter(r -> r.get(0).endsWith("Code of Governance")).findFirst().orElseThrow();
        assertThat(governance.subList(0, 3)).containsExactly("4.1 Approval of the Corporate Governance FrameworkCode of Governance",
                "31 December 2018", "revised target date end of October 2020");
        assertThat(governance.get(3)).as("revisions, then whether one was made after the target had passed")
                .isEqualTo("6moved after it had passed");
        assertThat(report.views().slippage().items()).hasSize(slippage.getRows().size() - 1);
    }

    @Test
    void theItemsMonitoredElsewhereSayWhere() {
        XWPFTable monitored = tableAfter(paper, Lists.MONITORED_ELSEWHERE);
        List<List<String>> rows = rows(monitored);
        assertThat(rows).hasSize(11);
        assertThat(rows.get(0)).containsExactly("Source", "Priority", "Recommendation", "Progress monitored through");
        assertThat(rows.subList(1, 11)).allSatisfy(row -> {
            assertThat(row.get(1)).isEqualTo("Housekeeping");
            assertThat(row.get(3)).startsWith("Strategic Organisational Risk Board (SORB)");
        });
        assertThat(rows.get(1).get(0)).isEqualTo("Estates Management");
        assertThat(rows.get(1).get(2)).startsWith("4.2 Standing Orders Update").contains("The Standing Orders should be updated");
    }

    // --- movement

    @Test
    void theMovementSinceThePreviousMeetingIsShownWhenThereIsOne() throws IOException {
        assertThat(paragraphAfter(paper, MovementSection.HEADING)).contains("30 June 2020").contains("16 October 2020");
        var movement = report.movement().orElseThrow();
        assertThat(rows(tableAfter(paper, "Target dates revised"))).hasSize(movement.targetsRevised().size() + 1);

        Report without = Report.builder(ReferenceRegister.LEICESTERSHIRE_2020.load()).asOf(PANEL).forum("JARAP").build();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(export(without, Options.none())))) {
            assertThat(headings(document, "Heading1")).doesNotContain(MovementSection.HEADING).contains(FrontMatter.SUMMARY);
            assertThat(headings(document, "Heading2")).doesNotContain("Newly closed");
        }
    }

    // --- the appendix

    @Test
    void eachSourceGivesItsDateAndCountsPerPriority() {
        assertThat(paragraphAfter(paper, "SEIZED & FOUND PROPERTY – LIMITED ASSURANCE")).startsWith("March 2018");
        List<String> texts = paragraphTexts(paper);
        int heading = texts.indexOf("SEIZED & FOUND PROPERTY – LIMITED ASSURANCE");
        // The source's own count line, as the paper prints it, then how many of them the panel sees.
        assertThat(texts.get(heading + 2)).isEqualTo("FUNDAMENTAL: 1    HOUSEKEEPING: 2");
        assertThat(texts.get(heading + 3)).isEqualTo("1 of these 3 is reported to the JARAP; not reported to it: 2 Housekeeping.");
        assertThat(texts.get(heading + 4)).isEqualTo("The whole report is submitted to the JARAP.");
        int vcop = texts.indexOf("VICTIMS CODE OF PRACTICE – SATISFACTORY ASSURANCE");
        assertThat(texts.get(vcop + 2)).isEqualTo("FUNDAMENTAL: 0    SIGNIFICANT: 2    HOUSEKEEPING: 1");
        assertThat(texts.get(vcop + 3)).as("every recommendation of the source is reported: no line says otherwise")
                .startsWith("Status on 16 October 2020");
    }

    @Test
    void eachStrandOfTheMissingFirearmKeepsItsOwnLineAndHistory() {
        XWPFTable item = appendixItem(paper, "Fundamental – 4.1 Missing Firearm");
        List<XWPFParagraph> paragraphs = item.getRows().stream().flatMap(r -> r.getCell(1).getParagraphs().stream()).toList();
        int at = paragraphs.stream().map(XWPFParagraph::getText).toList().indexOf("Implementation target date, by strand:");
        assertThat(at).as("the strands' heading").isNotNegative();
        List<XWPFParagraph> strands = paragraphs.subList(at + 1, at + 4);
        assertThat(strands).extracting(XWPFParagraph::getText).containsExactly(
                "Security (Evidential Property & Archive Programme Implementation Change Manager): End March 2018 excluding CCTV end June 2018"
                        + " – Revised target date June 2019",
                "Training (EPAC Manager; SP): March/Sept 2018 – Revised date June 2019 – Revised to October 2019",
                "Enforcement (EPAC Manager): March to Sept 2018 – New Target Date: 30th June 2020 – December 2020"
                        + " – Revised 30th April 2021");
        // Each strand's own current target is plain; only what a later target of the same strand replaced is struck.
        assertThat(struck(strands.get(0))).containsExactly("End March 2018 excluding CCTV end June 2018");
        assertThat(struck(strands.get(1))).containsExactly("March/Sept 2018", "Revised date June 2019");
        assertThat(struck(strands.get(2))).containsExactly("March to Sept 2018", "New Target Date: 30th June 2020", "December 2020");
        assertThat(paragraphs).noneMatch(p -> p.getText().startsWith("Implementation target date: "));
    }

    private static List<String> struck(XWPFParagraph p) {
        return p.getRuns().stream().filter(XWPFRun::isStrikeThrough).map(XWPFRun::text).toList();
    }

    @Test
    void eachItemHasItsRagCellShadedAndItsTitleInTheRepeatedHeaderRow() {
        XWPFTable item = appendixItem(paper, "Fundamental – 4.1 Missing Firearm");
        XWPFTableCell rag = item.getRow(0).getCell(0);
        assertThat(rag.getText()).isEqualTo("AMBER");
        assertThat(rag.getColor()).isEqualTo(RagColour.AMBER.fill());
        assertThat(item.getRow(0).isRepeatHeader()).isTrue();
        assertThat(item.getRows().subList(1, item.getRows().size())).allSatisfy(row -> {
            assertThat(row.getCell(0).getColor()).isEqualTo(RagColour.AMBER.fill());
            assertThat(row.getCell(0).getCTTc().getTcPr().getVMerge().getVal()).isEqualTo(STMerge.CONTINUE);
        });
        assertThat(item.getRow(1).getCell(1).getText()).startsWith("Where missing firearms are identified");
        XWPFTable green = appendixItem(paper, "Housekeeping – 4.2 Performance Development Reviews");
        assertThat(green.getRow(0).getCell(0).getColor()).isEqualTo(RagColour.GREEN.fill());
    }

    @Test
    void supersededTargetsAreStruckThroughAndTheCurrentOneIsNot() {
        XWPFTable item = appendixItem(paper, "Significant – 4.1 Approval of the Corporate Governance Framework");
        XWPFParagraph targets = item.getRows().stream().flatMap(r -> r.getCell(1).getParagraphs().stream())
                .filter(p -> p.getText().startsWith("Implementation target date: ")).findFirst().orElseThrow();
        List<XWPFRun> struck = targets.getRuns().stream().filter(XWPFRun::isStrikeThrough).toList();
        assertThat(struck).extracting(XWPFRun::text).containsExactly("31 December 2018", "31st March 2019", "30th September 2019",
                "31/03/2020", "31st December 2019", "revised date to 31st May 2020");
        XWPFRun current = targets.getRuns().get(targets.getRuns().size() - 1);
        assertThat(current.text()).isEqualTo("revised target date end of October 2020");
        assertThat(current.isStrikeThrough()).isFalse();
    }

    @Test
    void updatesAreInDateOrderWithTheirDatesInBold() {
        XWPFTable item = appendixItem(paper, "Significant – 4.1 Approval of the Corporate Governance Framework");
        List<XWPFParagraph> updates = item.getRows().stream().flatMap(r -> r.getCell(1).getParagraphs().stream())
                .filter(p -> p.getText().startsWith("Update ")).toList();
        assertThat(updates).isNotEmpty();
        assertThat(updates.get(0).getRuns().get(0).text()).isEqualTo("Update November 2018: ");
        assertThat(updates.get(0).getRuns().get(0).isBold()).isTrue();
        assertThat(updates.get(0).getRuns().get(1).isBold()).isFalse();
        assertThat(updates.get(updates.size() - 1).getText()).startsWith("Update October 2020");
    }

    @Test
    void ownersWhoHandedOverAreStruckThrough() {
        XWPFTable item = appendixItem(paper, "Significant – 4.1 Approval of the Corporate Governance Framework");
        XWPFParagraph owners = item.getRows().stream().flatMap(r -> r.getCell(1).getParagraphs().stream())
                .filter(p -> p.getText().startsWith("People responsible: ")).findFirst().orElseThrow();
        assertThat(owners.getRuns()).extracting(XWPFRun::isStrikeThrough).containsExactly(false, true, false, false);
    }

    // --- form

    @Test
    void everyTablesFirstRowRepeatsOnEachPage() {
        assertThat(paper.getTables()).hasSizeGreaterThan(20)
                .allSatisfy(table -> assertThat(table.getRow(0).isRepeatHeader()).as("first row of table %s", table.getText()).isTrue());
    }

    @Test
    void noParagraphIsEmpty() {
        assertThat(paper.getParagraphs()).allSatisfy(p -> assertThat(p.getText()).as("a paragraph in the body").isNotBlank());
        for (XWPFTable table : paper.getTables()) {
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    if (mergedAway(cell)) {
                        // The format requires a paragraph in every cell; a merged-away cell shows nothing.
                        continue;
                    }
                    assertThat(cell.getParagraphs()).allSatisfy(p -> assertThat(p.getText())
                            .as("a paragraph in a cell of the table beginning %s", table.getRow(0).getCell(0).getText()).isNotBlank());
                }
            }
        }
    }

    @Test
    void theSameReportGivesTheSameBytesWithFixedDates() throws IOException {
        assertThat(export(report, Options.none())).isEqualTo(bytes);
        assertThat(paper.getProperties().getCoreProperties().getCreated()).isEqualTo("2020-10-16T00:00:00Z");
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                assertThat(entry.getTimeLocal()).as(entry.getName()).isEqualTo(PANEL.atStartOfDay());
            }
        }
    }

    @Test
    void anEmptyRegisterGivesAPaperThatSaysSo() throws IOException {
        Register full = ReferenceRegister.LEICESTERSHIRE_2020.load();
        Register empty = new Register(full.id(), full.organisation(), full.scheme(), List.of(), List.of());
        Report nothing = Report.builder(empty).asOf(PANEL).forum("JARAP").build();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(export(nothing, Options.none())))) {
            assertThat(paragraphTexts(document)).contains("No recommendation is proposed for closure.",
                    "No recommendation is past its original target date.", "No recommendation is reported to the JARAP.",
                    "None: every recommendation is reported to the JARAP.");
            assertThat(rows(tableAfter(document, FrontMatter.SUMMARY)).get(4)).containsExactly("Total", "0", "0", "0", "0", "0");
        }
    }

    @Test
    void isFoundByDiscovery() {
        Exporter found = Formats.discover().exporter("docx");
        assertThat(found).isInstanceOf(DocxExporter.class);
        assertThat(found.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(found.fileExtensions()).containsExactly("docx");
    }

    // --- reading the paper back

    private static boolean mergedAway(XWPFTableCell cell) {
        var pr = cell.getCTTc().getTcPr();
        return pr != null && pr.isSetVMerge() && pr.getVMerge().getVal() == STMerge.CONTINUE;
    }

    private static List<String> paragraphTexts(XWPFDocument document) {
        return document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    private static XWPFTable appendixItem(XWPFDocument document, String title) {
        return document.getTables().stream().filter(t -> t.getRow(0).getTableCells().size() == 2
                && t.getRow(0).getCell(1).getText().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no appendix item '" + title + "'"));
    }

    private static Set<String> bookmarksAfter(XWPFDocument document, String heading) {
        Set<String> names = new HashSet<>();
        List<IBodyElement> elements = document.getBodyElements();
        for (int i = indexOfParagraph(document, heading) + 1; i < elements.size(); i++) {
            if (elements.get(i) instanceof XWPFTable table) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        for (XWPFParagraph p : cell.getParagraphs()) {
                            p.getCTP().getBookmarkStartList().forEach(b -> names.add(b.getName()));
                        }
                    }
                }
            }
        }
        return names;
    }

    private static List<List<String>> rows(XWPFTable table) {
        List<List<String>> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            rows.add(row.getTableCells().stream().map(c -> c.getText().strip()).toList());
        }
        return rows;
    }
}
