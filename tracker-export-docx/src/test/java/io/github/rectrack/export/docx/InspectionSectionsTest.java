package io.github.rectrack.export.docx;

import static io.github.rectrack.export.docx.PaperReading.headings;
import static io.github.rectrack.export.docx.PaperReading.paragraphAfter;
import static io.github.rectrack.export.docx.PaperReading.tableAfter;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.engine.spi.Options;
import io.github.rectrack.engine.spi.Report;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

/**
 * The inspection sections of the paper on Lancashire's register of 7 January 2016 (HMIC "Building the
 * Picture"): the national recommendations watched apart, the s.55 clock and the further report promised.
 */
class InspectionSectionsTest {

    private static XWPFDocument paper(LocalDate day) throws IOException {
        Report report = Report.builder(ReferenceRegister.LANCASHIRE_HMIC_2016.load()).asOf(day).forum("SSM").build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxExporter().export(report, Options.none(), out);
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<List<String>> rows(XWPFTable table) {
        List<List<String>> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            rows.add(row.getTableCells().stream().map(c -> c.getText().strip()).toList());
        }
        return rows;
    }

    @Test
    void theWatchedRecommendationsAreListedApartFromTheSummary() throws IOException {
        try (XWPFDocument paper = paper(LocalDate.of(2016, 1, 7))) {
            assertThat(paragraphAfter(paper, InspectionSections.WATCHED)).isEqualTo("The following 3 items are addressed to other bodies. "
                    + "The organisation watches them but does not own them: they are not rated and not counted in the summary.");
            assertThat(rows(tableAfter(paper, InspectionSections.WATCHED))).containsExactly(
                    List.of("Source", "Recommendation", "Addressed to", "Status"),
                    List.of("Building the Picture: an inspection of police information management",
                            "3.2 (a) Recommendations for the Information Management Business Area Lead and the Home Secretary",
                            "Information Management Business Area Lead and Home Secretary", "In progress"),
                    List.of("Building the Picture: an inspection of police information management",
                            "3.2 (b) Recommendations for the College of Policing", "College of Policing", "In progress"),
                    List.of("National Information Management Action Plan",
                            "3.3 National Action Plan, including a national Information Management Strategy",
                            "Information Management Committee (national)", "In progress"));
        }
    }

    @Test
    void theS55ClockAndTheFurtherReportHaveTheirTables() throws IOException {
        try (XWPFDocument paper = paper(LocalDate.of(2016, 1, 7))) {
            assertThat(headings(paper, "Heading1")).containsSubsequence(InspectionSections.WATCHED, InspectionSections.PUBLISHED_RESPONSES,
                    InspectionSections.FORWARD_PLAN);
            assertThat(paragraphAfter(paper, InspectionSections.PUBLISHED_RESPONSES))
                    .isEqualTo("Reports that need a published response, as at 7 January 2016: 1 awaiting, 1 overdue.");
            assertThat(rows(tableAfter(paper, InspectionSections.PUBLISHED_RESPONSES))).containsExactly(
                    List.of("Report", "Published", "Response due", "Response"),
                    List.of("Building the Picture: an inspection of police information management", "2 July 2015 (HMIC)",
                            "27 August 2015 (56 days)", "Overdue by 133 days: no response recorded"));
            assertThat(rows(tableAfter(paper, InspectionSections.FORWARD_PLAN))).containsExactly(
                    List.of("Due", "Report on", "As asked"),
                    List.of("March 2016", "Building the Picture: an inspection of police information management",
                            "3.10: It is suggested that a further report be brought back to Strategic Scrutiny in March 2016."));
        }
    }

    @Test
    void aRegisterWithoutInspectionsHasNoneOfTheSections() throws IOException {
        Report report = Report.builder(ReferenceRegister.LEICESTERSHIRE_2020.load()).asOf(LocalDate.of(2020, 10, 16)).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxExporter().export(report, Options.none(), out);
        try (XWPFDocument paper = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(headings(paper, "Heading1")).doesNotContain(InspectionSections.WATCHED, InspectionSections.PUBLISHED_RESPONSES,
                    InspectionSections.FORWARD_PLAN);
        }
    }

    @Test
    void aForumThatAsksForKindsApartGetsTheTableByKindAfterTheSummary() throws IOException {
        io.github.rectrack.model.Register peel = ReferenceRegister.ILLUSTRATIVE_PEEL_2022.load();
        io.github.rectrack.model.Scheme s = peel.scheme();
        io.github.rectrack.model.Register separated = new io.github.rectrack.model.Register(peel.id(), peel.organisation(), peel.asOf(),
                new io.github.rectrack.model.Scheme(s.priorities(), s.assuranceLevels(), s.handlingMarkings(), s.forums(), s.ragPolicy(),
                        s.ragSettings(), s.reportingRules(), s.publishedResponseDays(), List.of("JAC")), peel.people(), peel.sources());
        for (boolean asked : List.of(true, false)) {
            Report report = Report.builder(asked ? separated : peel).asOf(ReferenceRegister.ILLUSTRATIVE_PEEL_2022.paperDate()).forum("JAC").build();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new DocxExporter().export(report, Options.none(), out);
            try (XWPFDocument paper = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
                boolean present = paper.getParagraphs().stream().anyMatch(p -> p.getText().equals(InspectionSections.BY_KIND));
                assertThat(present).as("table by kind when asked: %s", asked).isEqualTo(asked);
                if (asked) {
                    XWPFTable byKind = paper.getTables().get(1);
                    assertThat(rows(byKind)).containsExactly(List.of("Kind", "RED", "AMBER", "GREEN", "GREY", "Total"),
                            List.of("Recommendations", "0", "2", "0", "0", "2"),
                            List.of("Areas for improvement", "0", "2", "0", "0", "2"),
                            List.of("Causes of concern", "0", "1", "0", "0", "1"));
                }
            }
        }
    }
}
