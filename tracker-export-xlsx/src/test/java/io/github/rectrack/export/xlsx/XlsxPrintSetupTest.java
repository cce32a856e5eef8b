package io.github.rectrack.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectrack.engine.reference.ReferenceRegister;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFPrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The workbook prints on A4 landscape, one page wide, the list sheets with their header row on every page. */
class XlsxPrintSetupTest {

    private static byte[] bytes;

    @BeforeAll
    static void exportThe2020Register() throws IOException {
        bytes = XlsxRoundTripTest.export(ReferenceRegister.LEICESTERSHIRE_2020.load(), LocalDate.of(2020, 10, 16));
    }

    @Test
    void listSheetsPrintOnePageWideWithTheHeaderRowOnEveryPage() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (SheetLayout<?> layout : TrackerLayout.LIST_SHEETS) {
                XSSFSheet sheet = workbook.getSheet(layout.name());
                XSSFPrintSetup print = sheet.getPrintSetup();
                assertThat(print.getPaperSize()).as("paper of %s", layout.name()).isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(print.getLandscape()).as("landscape %s", layout.name()).isTrue();
                assertThat(sheet.getFitToPage()).as("fit to page %s", layout.name()).isTrue();
                assertThat(print.getFitWidth()).as("pages wide of %s", layout.name()).isEqualTo((short) 1);
                assertThat(print.getFitHeight()).as("pages tall of %s (0: any)", layout.name()).isEqualTo((short) 0);
                assertThat(sheet.getRepeatingRows()).as("print titles of %s", layout.name())
                        .isEqualTo(CellRangeAddress.valueOf("1:1"));
                assertThat(sheet.getRepeatingColumns()).as("no repeated columns on %s", layout.name()).isNull();
            }
            // the print titles are the defined name Excel and LibreOffice read
            assertThat(workbook.getNames("_xlnm.Print_Titles")).hasSize(TrackerLayout.LIST_SHEETS.size())
                    .anySatisfy(n -> assertThat(n.getRefersToFormula()).isEqualTo("Recommendations!$1:$1"));
        }
    }

    @Test
    void theSummaryPrintsOnOnePage() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet summary = workbook.getSheet(TrackerLayout.SUMMARY);
            assertThat(summary.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(summary.getPrintSetup().getLandscape()).isTrue();
            assertThat(summary.getFitToPage()).isTrue();
            assertThat(summary.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(summary.getPrintSetup().getFitHeight()).isEqualTo((short) 1);
            assertThat(summary.getRepeatingRows()).isNull();
        }
    }
}
