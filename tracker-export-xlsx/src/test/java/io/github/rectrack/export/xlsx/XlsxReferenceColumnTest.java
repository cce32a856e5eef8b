package io.github.rectrack.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectrack.engine.reference.ReferenceRegister;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A person reads each row by the recommendation's readable reference, which stays in view with the header row. */
class XlsxReferenceColumnTest {

    private static byte[] bytes;

    @BeforeAll
    static void exportThe2020Register() throws IOException {
        bytes = XlsxRoundTripTest.export(ReferenceRegister.LEICESTERSHIRE_2020.load(), LocalDate.of(2020, 10, 16));
    }

    @Test
    void theReadableReferenceIsFrozenBesideTheHiddenId() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (String name : new String[] {"Recommendations", "Updates", "Target history", "Decisions", "Actions", "Owners", "Links",
                    "Evidence", "Update requests", "Extension requests"}) {
                XSSFSheet sheet = workbook.getSheet(name);
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).as(name).isEqualTo("Recommendation id");
                assertThat(sheet.isColumnHidden(0)).as("id hidden on %s", name).isTrue();
                assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).as(name).isEqualTo("Source, reference and title");
                assertThat(sheet.isColumnHidden(1)).isFalse();
                PaneInformation pane = sheet.getPaneInformation();
                assertThat(pane.isFreezePane()).as(name).isTrue();
                assertThat(pane.getHorizontalSplitPosition()).as("frozen rows of %s", name).isEqualTo((short) 1);
                assertThat(pane.getVerticalSplitPosition()).as("frozen columns of %s", name).isEqualTo((short) 2);
            }
            XSSFSheet recommendations = workbook.getSheet("Recommendations");
            assertThat(recommendations.getRow(1).getCell(0).getStringCellValue()).isEqualTo("seized-found-property-2018-4.1");
            assertThat(recommendations.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Seized & Found Property 4.1 \u2013 Missing Firearm");
            assertThat(recommendations.getRow(1).getCell(1).getCellStyle().getWrapText()).isTrue();
            // the longest reference is written whole, not cut
            assertThat(recommendations.getRow(5).getCell(1).getStringCellValue())
                    .isEqualTo("Code of Governance 4.1 \u2013 Approval of the Corporate Governance Framework");
            assertThat(workbook.getSheet("Updates").getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo("Seized & Found Property 4.1 \u2013 Missing Firearm");
        }
    }

    @Test
    void sourcesAndPeopleFreezeOnlyTheHeaderRow() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (String name : new String[] {"Sources", "People"}) {
                PaneInformation pane = workbook.getSheet(name).getPaneInformation();
                assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
                assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) 0);
                assertThat(workbook.getSheet(name).isColumnHidden(0)).isFalse();
            }
        }
    }
}
