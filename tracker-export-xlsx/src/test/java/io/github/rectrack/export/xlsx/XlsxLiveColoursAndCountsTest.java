package io.github.rectrack.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.engine.spi.Options;
import io.github.rectrack.engine.spi.Report;
import io.github.rectrack.engine.spi.rag.Rag;
import io.github.rectrack.engine.view.SummaryMatrix;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.formula.ConditionalFormattingEvaluator;
import org.apache.poi.ss.formula.EvaluationConditionalFormatRule;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ConditionalFormatting;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The RAG column takes its colour from the word it holds (conditional formatting), and the Summary's counts
 * are formulas over the Recommendations sheet, cached with the engine's counts.
 */
class XlsxLiveColoursAndCountsTest {

    private static Report report;
    private static byte[] bytes;

    @BeforeAll
    static void exportThe2020Paper() throws IOException {
        report = Report.builder(ReferenceRegister.LEICESTERSHIRE_2020.load()).asOf(LocalDate.of(2020, 10, 16)).forum("JARAP").build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxExporter().export(report, Options.none(), out);
        bytes = out.toByteArray();
    }

    @Test
    void theRagColumnHasOneRulePerColourInThePapersColours() throws IOException {
        try (XSSFWorkbook workbook = open()) {
            XSSFSheet sheet = workbook.getSheet("Recommendations");
            String letter = CellReference.convertNumToColString(TrackerLayout.RECOMMENDATIONS.index(TrackerLayout.RAG_COLOUR));
            assertThat(letter).isEqualTo("Q");
            XSSFSheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
            assertThat(formatting.getNumConditionalFormattings()).isEqualTo(4);
            Map<String, String[]> rules = new LinkedHashMap<>();
            for (int i = 0; i < formatting.getNumConditionalFormattings(); i++) {
                ConditionalFormatting format = formatting.getConditionalFormattingAt(i);
                assertThat(format.getFormattingRanges()).extracting(r -> r.formatAsString()).containsExactly("Q2:Q1048576");
                XSSFConditionalFormattingRule rule = (XSSFConditionalFormattingRule) format.getRule(0);
                rules.put(rule.getFormula1(), new String[] {
                        ((XSSFColor) rule.getPatternFormatting().getFillBackgroundColorColor()).getARGBHex().substring(2),
                        ((XSSFColor) rule.getFontFormatting().getFontColor()).getARGBHex().substring(2)});
            }
            assertThat(rules).containsOnlyKeys("TRIM($Q2)=\"Red\"", "TRIM($Q2)=\"Amber\"", "TRIM($Q2)=\"Green\"", "TRIM($Q2)=\"Grey\"");
            assertThat(rules.get("TRIM($Q2)=\"Red\"")).containsExactly("FF0000", "FFFFFF");
            assertThat(rules.get("TRIM($Q2)=\"Amber\"")).containsExactly("FFC000", "000000");
            assertThat(rules.get("TRIM($Q2)=\"Green\"")).containsExactly("00B050", "FFFFFF");
            assertThat(rules.get("TRIM($Q2)=\"Grey\"")).containsExactly("A6A6A6", "000000");
            // the cell itself has no fill that an edit would leave behind
            assertThat(sheet.getRow(1).getCell(16).getCellStyle().getFillPattern()).isEqualTo(FillPatternType.NO_FILL);
        }
    }

    @Test
    void editingTheWordRecoloursTheCell() throws IOException {
        try (XSSFWorkbook workbook = open()) {
            XSSFSheet sheet = workbook.getSheet("Recommendations");
            Cell rag = sheet.getRow(1).getCell(16);
            String before = rag.getStringCellValue();
            assertThat(fillOf(workbook, rag)).isEqualTo(Rag.valueOf(before.toUpperCase(java.util.Locale.ROOT)).fill());
            String after = before.equals("Green") ? "Red" : "Green";
            rag = type(rag, after);
            assertThat(fillOf(workbook, rag)).isEqualTo(after.equals("Red") ? "FF0000" : "00B050");
            rag = type(rag, " amber ");
            assertThat(fillOf(workbook, rag)).as("trimmed, in any case").isEqualTo("FFC000");
            rag = type(rag, "Unknown");
            assertThat(fillOf(workbook, rag)).isNull();
        }
    }

    /** Types a word into a cell, as an analyst does: a new string cell in its place, with its style. */
    private static Cell type(Cell cell, String word) {
        Row row = cell.getRow();
        var style = cell.getCellStyle();
        int c = cell.getColumnIndex();
        row.removeCell(cell);
        Cell typed = row.createCell(c);
        typed.setCellValue(word);
        typed.setCellStyle(style);
        return typed;
    }

    private static String fillOf(XSSFWorkbook workbook, Cell cell) {
        ConditionalFormattingEvaluator evaluator = new ConditionalFormattingEvaluator(workbook,
                workbook.getCreationHelper().createFormulaEvaluator());
        List<EvaluationConditionalFormatRule> rules = evaluator.getConditionalFormattingForCell(cell);
        return rules.isEmpty() ? null
                : ((XSSFColor) rules.get(0).getRule().getPatternFormatting().getFillBackgroundColorColor()).getARGBHex().substring(2);
    }

    @Test
    void theSummaryCountsAreFormulasCachedWithTheEnginesCounts() throws IOException {
        SummaryMatrix matrix = report.views().summary();
        try (XSSFWorkbook workbook = open()) {
            XSSFSheet summary = workbook.getSheet(TrackerLayout.SUMMARY);
            XSSFFormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            int formulas = 0;
            for (Row row : summary) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA) {
                        double cached = cell.getNumericCellValue();
                        assertThat(evaluator.evaluate(cell).getNumberValue()).as("%s %s", cell.getAddress(), cell.getCellFormula())
                                .isEqualTo(cached);
                        formulas++;
                    }
                }
            }
            assertThat(formulas).as("3 priorities and total by 4 colours and total, proposed, tracker, 2 forums").isEqualTo(4 * 5 + 4);
            Map<String, Row> rows = new LinkedHashMap<>();
            for (Row row : summary) {
                if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING) {
                    rows.put(row.getCell(0).getStringCellValue(), row);
                }
            }
            for (String priority : matrix.priorities()) {
                for (Rag rag : Rag.values()) {
                    assertThat(rows.get(priority).getCell(1 + rag.ordinal()).getNumericCellValue()).as("%s %s", priority, rag)
                            .isEqualTo(matrix.count(priority, rag));
                }
            }
            assertThat(rows.get("Total").getCell(5).getNumericCellValue()).isEqualTo(17);
            assertThat(rows.get("Total").getCell(5).getCellFormula()).isEqualTo("SUM(F8:F10)");
            assertThat(rows.get("Fundamental").getCell(1).getCellFormula()).isEqualTo(
                    "COUNTIFS('Recommendations'!$T:$T,\"=JARAP\",'Recommendations'!$AH:$AH,\"=\",'Recommendations'!$I:$I,\"=Fundamental\","
                            + "'Recommendations'!$Q:$Q,\"=Red\")");
            assertThat(rows.get("Proposed for closure").getCell(1).getNumericCellValue()).isEqualTo(matrix.proposedClosed()).isEqualTo(7);
            assertThat(rows.get("Recommendations in the tracker").getCell(1).getNumericCellValue()).isEqualTo(27);
            assertThat(rows.get("Reported to the Joint Audit, Risk and Assurance Panel").getCell(1).getNumericCellValue()).isEqualTo(17);
            assertThat(rows.get("Monitored by the Strategic Organisational Risk Board").getCell(1).getNumericCellValue()).isEqualTo(10);
        }
    }

    @Test
    void theSummaryCountsFollowAnEditedRag() throws IOException {
        try (XSSFWorkbook workbook = open()) {
            XSSFSheet sheet = workbook.getSheet("Recommendations");
            Row first = sheet.getRow(1);
            assertThat(first.getCell(TrackerLayout.RECOMMENDATIONS.index(TrackerLayout.ROUTED_TO)).getStringCellValue()).isEqualTo("JARAP");
            String priority = first.getCell(TrackerLayout.RECOMMENDATIONS.index(TrackerLayout.PRIORITY)).getStringCellValue();
            Cell rag = first.getCell(TrackerLayout.RECOMMENDATIONS.index(TrackerLayout.RAG_COLOUR));
            Rag was = Rag.valueOf(rag.getStringCellValue().toUpperCase(java.util.Locale.ROOT));
            Rag now = was == Rag.GREY ? Rag.RED : Rag.GREY;
            type(rag, now.label());
            XSSFFormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            SummaryMatrix matrix = report.views().summary();
            XSSFSheet summary = workbook.getSheet(TrackerLayout.SUMMARY);
            Row row = null;
            for (Row r : summary) {
                if (r.getCell(0) != null && r.getCell(0).getCellType() == CellType.STRING && r.getCell(0).getStringCellValue().equals(priority)) {
                    row = r;
                }
            }
            assertThat(row).isNotNull();
            assertThat(evaluator.evaluate(row.getCell(1 + was.ordinal())).getNumberValue()).isEqualTo(matrix.count(priority, was) - 1);
            assertThat(evaluator.evaluate(row.getCell(1 + now.ordinal())).getNumberValue()).isEqualTo(matrix.count(priority, now) + 1);
        }
    }

    private static XSSFWorkbook open() throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }
}
