package io.github.rectrack.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectrack.engine.publication.Profile;
import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.engine.spi.Options;
import io.github.rectrack.engine.spi.Report;
import io.github.rectrack.testkit.ContractRegisters;
import io.github.rectrack.testkit.RestrictedRegister;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The Summary sheet states what the report's profile withheld, and says nothing when nothing was. */
class SummarySheetWithheldTest {

    private static XSSFWorkbook export(Report report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxExporter().export(report, Options.none(), out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void aPublicTrackerStatesWhatWasWithheldUnderTheCounts() throws IOException {
        Report report = Report.builder(RestrictedRegister.register()).asOf(ContractRegisters.DAY).forum("JARAP").profile(Profile.PUBLIC).build();
        try (XSSFWorkbook workbook = export(report)) {
            XSSFSheet summary = workbook.getSheet(TrackerLayout.SUMMARY);
            // three priorities: matrix header 6, rows 7-9, total 10, proposed 12, in the tracker 13, of which reported to
            // the panel 14, withheld 16
            assertThat(summary.getRow(13).getCell(0).getStringCellValue()).isEqualTo("Recommendations in the tracker");
            assertThat(summary.getRow(13).getCell(1).getNumericCellValue()).isEqualTo(2.0);
            assertThat(summary.getRow(14).getCell(0).getStringCellValue()).isEqualTo("Reported to the Joint Audit, Risk and Assurance Panel");
            assertThat(summary.getRow(14).getCell(1).getNumericCellValue()).isEqualTo(2.0);
            assertThat((Object) summary.getRow(15)).isNull();
            Row withheld = summary.getRow(16);
            assertThat(withheld.getCell(0).getStringCellValue()).isEqualTo(SummarySheet.WITHHELD);
            assertThat(withheld.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(withheld.getCell(1).getStringCellValue()).isEqualTo("This paper omits 1 source, 2 recommendations, "
                    + "1 management response, 1 update, 1 extension request, 1 action, 1 decision note and 1 evidence item marked OFFICIAL-SENSITIVE; "
                    + "names are shown as initials or roles.");
            assertThat(summary.getLastRowNum()).isEqualTo(16);
        }
    }

    @Test
    void aTrackerWithNothingWithheldHasNoStatement() throws IOException {
        ReferenceRegister reference = ReferenceRegister.LEICESTERSHIRE_2020;
        Report report = Report.builder(reference.load()).asOf(reference.paperDate()).forum("JARAP").build();
        try (XSSFWorkbook workbook = export(report)) {
            XSSFSheet summary = workbook.getSheet(TrackerLayout.SUMMARY);
            Row last = summary.getRow(summary.getLastRowNum());
            // the tracker's 27: 17 reported to the panel, 10 monitored by the board
            assertThat(last.getCell(0).getStringCellValue()).isEqualTo("Monitored by the Strategic Organisational Risk Board");
            assertThat(summary.getRow(summary.getLastRowNum() - 2).getCell(0).getStringCellValue()).isEqualTo("Recommendations in the tracker");
        }
    }
}
