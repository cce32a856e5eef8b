package io.github.rectrack.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectrack.engine.publication.Profile;
import io.github.rectrack.engine.spi.Options;
import io.github.rectrack.engine.spi.Report;
import io.github.rectrack.model.Action;
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
import io.github.rectrack.model.UpdateSections;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Text a spreadsheet would run as a formula (starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab
 * or a carriage return), in every text column of every sheet and in the Summary's fields, is read back
 * by POI as a string cell holding exactly that text, with the quote-prefix style that keeps it text when
 * the cell is edited; no cell of the workbook is a formula.
 */
class FormulaInjectionTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 31);
    private static final String FORUM = "=PANEL";
    private static XSSFWorkbook workbook;

    @BeforeAll
    static void exportTheRegister() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Report report = Report.builder(register()).asOf(DAY).forum(FORUM).profile(Profile.INTERNAL).build();
        new XlsxExporter().export(report, Options.none(), out);
        workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    static Register register() {
        Scheme scheme = new Scheme(List.of("=High", "+Medium", "-Low"), List.of("@Substantial", "Limited"), List.of("OFFICIAL"),
                List.of(new Forum("@OWNER", "Owner", Forum.Role.OWNER), new Forum(FORUM, "Panel", Forum.Role.PANEL)), "reference",
                Map.of(), ReportingRules.everythingTo(FORUM));
        Recommendation r = Recommendation.builder("+rec", "=1.1", "@Text =SUM(A1:A2)", "=High")
                .title("-Title")
                .owners(List.of(Ownership.of("p1")))
                .targetHistory(List.of(
                        new TargetRevision(new TargetDate("=TBC", TargetDate.Kind.TBC, Optional.empty(), Optional.empty()),
                                Optional.of(PartialDate.ofMonth(2023, 1)), Optional.empty(), Optional.empty()),
                        new TargetRevision(new TargetDate("+Ongoing", TargetDate.Kind.ONGOING, Optional.empty(), Optional.empty()),
                                Optional.of(PartialDate.ofMonth(2023, 2)), Optional.of("\rReason"), Optional.of("@board"))))
                .updates(List.of(new ProgressUpdate(PartialDate.ofMonth(2023, 6), Optional.of("p3"), "=1+1",
                        Optional.of(new UpdateSections(Optional.of("+achieved"), Optional.of("-left"), Optional.of("@barriers"), false, false)),
                        Optional.empty(), Optional.empty())))
                .decisions(List.of(new GovernanceDecision(PartialDate.ofMonth(2023, 7), FORUM, GovernanceDecision.Kind.FURTHER_EVIDENCE_REQUESTED,
                        Optional.of("-12/23"), Optional.of("\tNote"), Optional.empty())))
                .actions(List.of(new Action("=1", "+Action text", List.of(Ownership.of("p2")),
                        List.of(TargetRevision.of(new TargetDate("\tQ3 or so", TargetDate.Kind.UNRECOGNISED, Optional.empty(), Optional.empty()))),
                        Action.State.IN_PROGRESS, Optional.empty(), Optional.empty())))
                .build();
        return new Register("injection", "=Force", scheme,
                List.of(new Person("p1", "=cmd|' /C calc'!A0", Optional.empty(), Optional.empty()),
                        new Person("p2", "\tTabbed Owner", Optional.empty(), Optional.empty()),
                        new Person("p3", "-Author", Optional.empty(), Optional.empty())),
                List.of(new Source("s", Source.Kind.INTERNAL_AUDIT, "@Source title", Optional.of("+Issuer"), Optional.of(PartialDate.ofMonth(2023, 1)),
                        Optional.of("@Substantial"), Optional.empty(), Optional.empty(), List.of(r))));
    }

    /** The first data row of a sheet, by header. */
    private static Map<String, Cell> firstRow(String sheetName) {
        XSSFSheet sheet = workbook.getSheet(sheetName);
        Row header = sheet.getRow(0);
        Row row = sheet.getRow(1);
        Map<String, Cell> cells = new LinkedHashMap<>();
        for (Cell h : header) {
            cells.put(h.getStringCellValue(), row.getCell(h.getColumnIndex()));
        }
        return cells;
    }

    private static void assertText(Cell cell, String expected) {
        assertThat(cell).as("cell for %s", expected).isNotNull();
        String where = cell.getSheet().getSheetName() + "!" + cell.getAddress();
        assertThat(cell.getCellType()).as(where).isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).as(where).isEqualTo(expected);
        assertThat(cell.getCellStyle().getQuotePrefixed()).as("quote prefix of %s", where).isTrue();
    }

    @Test
    void recommendationsSheetKeepsFormulaLikeTextAsText() {
        Map<String, Cell> row = firstRow("Recommendations");
        assertText(row.get("Recommendation id"), "+rec");
        assertText(row.get("Source"), "@Source title");
        assertText(row.get("Assurance"), "@Substantial");
        assertText(row.get("Reference"), "=1.1");
        assertText(row.get("Title"), "-Title");
        assertText(row.get("Recommendation"), "@Text =SUM(A1:A2)");
        assertText(row.get("Priority"), "=High");
        assertText(row.get("Owners"), "=cmd|' /C calc'!A0");
        assertText(row.get("Original target"), "=TBC");
        assertText(row.get("Current target"), "+Ongoing");
        assertText(row.get("Routed to"), FORUM);
        assertText(row.get("Last update"), "=1+1");
    }

    @Test
    void updatesSheetKeepsFormulaLikeTextAsText() {
        Map<String, Cell> row = firstRow("Updates");
        assertText(row.get("Recommendation id"), "+rec");
        assertText(row.get("Source, reference and title"), "@Source title =1.1 \u2013 -Title");
        assertText(row.get("Author"), "-Author");
        assertText(row.get("Update"), "=1+1");
        assertText(row.get("Achieved"), "+achieved");
        assertText(row.get("Left to complete"), "-left");
        assertText(row.get("Barriers"), "@barriers");
    }

    @Test
    void targetHistorySheetKeepsFormulaLikeTextAsText() {
        XSSFSheet sheet = workbook.getSheet("Target history");
        Map<String, Cell> first = firstRow("Target history");
        assertText(first.get("Target"), "=TBC");
        Row second = sheet.getRow(2);
        assertText(second.getCell(3), "+Ongoing");
        assertText(second.getCell(7), "\rReason");
        assertText(second.getCell(8), "@board");
    }

    @Test
    void decisionsSheetKeepsFormulaLikeTextAsText() {
        Map<String, Cell> row = firstRow("Decisions");
        assertText(row.get("Forum"), FORUM);
        assertText(row.get("Minute"), "-12/23");
        assertText(row.get("Note"), "\tNote");
    }

    @Test
    void actionsSheetKeepsFormulaLikeTextAsText() {
        Map<String, Cell> row = firstRow("Actions");
        assertText(row.get("Action"), "=1");
        assertText(row.get("Text"), "+Action text");
        assertText(row.get("Owners"), "\tTabbed Owner");
        assertText(row.get("Current target"), "\tQ3 or so");
    }

    @Test
    void summaryFieldsKeepFormulaLikeTextAsText() {
        XSSFSheet summary = workbook.getSheet(TrackerLayout.SUMMARY);
        assertText(summary.getRow(1).getCell(1), "=Force");
        assertText(summary.getRow(7).getCell(0), "=High");
        assertText(summary.getRow(8).getCell(0), "+Medium");
        assertText(summary.getRow(9).getCell(0), "-Low");
    }

    /**
     * The register's text never becomes a formula: only the Summary's counts are formulas, each a COUNTIFS over
     * the Recommendations sheet with its criteria as quoted literals ("=High" becomes the criterion {@code "==High"})
     * or a SUM of the counts beside it, and each evaluates to its cached count.
     */
    @Test
    void onlyTheSummarysCountsAreFormulas() {
        int cells = 0;
        int formulas = 0;
        var evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
            for (Row row : workbook.getSheetAt(s)) {
                for (Cell cell : row) {
                    cells++;
                    String where = workbook.getSheetName(s) + "!" + cell.getAddress();
                    if (!workbook.getSheetName(s).equals(TrackerLayout.SUMMARY)) {
                        assertThat(cell.getCellType()).as(where).isNotEqualTo(CellType.FORMULA);
                    } else if (cell.getCellType() == CellType.FORMULA) {
                        formulas++;
                        assertThat(cell.getCellFormula()).as(where).matches(
                                "COUNTIFS\\('Recommendations'!\\$[A-Z]+:\\$[A-Z]+,\"=[^\"]*\"(,'Recommendations'!\\$[A-Z]+:\\$[A-Z]+,\"=[^\"]*\")*\\)"
                                        + "(\\+COUNTIFS\\(.*\\))*|SUM\\([A-Z]+[0-9]+:[A-Z]+[0-9]+\\)");
                        assertThat(evaluator.evaluate(cell).getNumberValue()).as(where).isEqualTo(cell.getNumericCellValue());
                    }
                }
            }
        }
        assertThat(cells).isGreaterThan(100);
        assertThat(formulas).isGreaterThan(20);
        assertThat(workbook.getSheet(TrackerLayout.SUMMARY).getRow(7).getCell(1).getCellFormula()).contains(",\"==High\",");
    }
}
