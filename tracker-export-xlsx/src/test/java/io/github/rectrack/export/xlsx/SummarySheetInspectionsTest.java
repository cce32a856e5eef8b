package io.github.rectrack.export.xlsx;

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
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The Summary sheet's inspection rows on Lancashire's register (HMIC "Building the Picture"): the watched
 * national items, the s.55 clock and the further report promised to Strategic Scrutiny.
 */
class SummarySheetInspectionsTest {

    private static List<List<String>> rows(LocalDate day, ReferenceRegister reference, String forum) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxExporter().export(Report.builder(reference.load()).asOf(day).forum(forum).build(), Options.none(), out);
        List<List<String>> rows = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        format.setUseCachedValuesForFormulaCells(true);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = workbook.getSheet("Summary");
            // every count is a formula whose value, worked out afresh, is the engine's cached count
            org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA) {
                        assertThat(evaluator.evaluate(cell).getNumberValue()).as("%s %s", cell.getAddress(), cell.getCellFormula())
                                .isEqualTo(cell.getNumericCellValue());
                    }
                }
            }
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (Cell cell : row) {
                    cells.add(format.formatCellValue(cell));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    @Test
    void theSummaryCountsFourOwnItemsAndListsTheWatchedTheClockAndTheFurtherReport() throws IOException {
        List<List<String>> rows = rows(LocalDate.of(2016, 1, 7), ReferenceRegister.LANCASHIRE_HMIC_2016, "SSM");
        assertThat(rows).contains(List.of("Ungraded", "0", "4", "0", "0", "4"));
        assertThat(rows).filteredOn(r -> r.get(0).equals(SummarySheet.WATCHED)).singleElement()
                .satisfies(r -> assertThat(r.get(1)).isEqualTo("3"));
        assertThat(rows).filteredOn(r -> r.get(0).equals(SummarySheet.RESPONSE_DUE)).singleElement().satisfies(r -> {
            assertThat(r.get(1)).isEqualTo("Building the Picture: an inspection of police information management");
            assertThat(r.get(2)).contains("2015").containsAnyOf("27", "Aug");
            assertThat(r.get(3)).isEqualTo("Overdue by 133 day(s), no response recorded");
        });
        assertThat(rows).filteredOn(r -> r.get(0).equals(SummarySheet.FURTHER_REPORT)).singleElement()
                .isEqualTo(List.of(SummarySheet.FURTHER_REPORT, "Building the Picture: an inspection of police information management", "2016-03"));
    }

    @Test
    void aForumThatAsksForKindsApartGetsKindByRagRows() throws IOException {
        io.github.rectrack.model.Register peel = ReferenceRegister.ILLUSTRATIVE_PEEL_2022.load();
        io.github.rectrack.model.Scheme s = peel.scheme();
        io.github.rectrack.model.Register separated = new io.github.rectrack.model.Register(peel.id(), peel.organisation(), peel.asOf(),
                new io.github.rectrack.model.Scheme(s.priorities(), s.assuranceLevels(), s.handlingMarkings(), s.forums(), s.ragPolicy(),
                        s.ragSettings(), s.reportingRules(), s.publishedResponseDays(), List.of("JAC")), peel.people(), peel.sources());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxExporter().export(Report.builder(separated).asOf(ReferenceRegister.ILLUSTRATIVE_PEEL_2022.paperDate()).forum("JAC").build(),
                Options.none(), out);
        List<List<String>> rows = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        format.setUseCachedValuesForFormulaCells(true);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            for (Row row : workbook.getSheet("Summary")) {
                List<String> cells = new ArrayList<>();
                for (Cell cell : row) {
                    cells.add(format.formatCellValue(cell));
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA) {
                        assertThat(evaluator.evaluate(cell).getNumberValue()).as("%s %s", cell.getAddress(), cell.getCellFormula())
                                .isEqualTo(cell.getNumericCellValue());
                    }
                }
                rows.add(cells);
            }
        }
        assertThat(rows).containsSubsequence(List.of(SummarySheet.KIND, "Red", "Amber", "Green", "Grey"),
                List.of("Recommendation", "0", "2", "0", "0", "2"), List.of("Area for improvement", "0", "2", "0", "0", "2"),
                List.of("Cause of concern", "0", "1", "0", "0", "1"));
        assertThat(rows(ReferenceRegister.ILLUSTRATIVE_PEEL_2022.paperDate(), ReferenceRegister.ILLUSTRATIVE_PEEL_2022, "JAC"))
                .extracting(r -> r.get(0)).doesNotContain(SummarySheet.KIND).contains(SummarySheet.WATCHED, SummarySheet.RESPONSE_DUE);
    }

    @Test
    void aRegisterWithoutInspectionsHasNoInspectionRows() throws IOException {
        List<List<String>> rows = rows(LocalDate.of(2020, 10, 16), ReferenceRegister.LEICESTERSHIRE_2020, "JARAP");
        assertThat(rows).extracting(r -> r.get(0)).doesNotContain(SummarySheet.WATCHED, SummarySheet.RESPONSE_DUE, SummarySheet.FURTHER_REPORT);
    }
}
