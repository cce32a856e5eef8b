package io.github.rectrack.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectrack.engine.spi.WorkProgress;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A force's workbook read row by row: dates in either of Excel's date systems, numbers with their shown text. */
class WorkbookRowsTest {

    /** A workbook in the given date system: a reference, a target date shown as "d mmm yyyy", a percentage. */
    private static byte[] workbook(boolean date1904) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            (workbook.getCTWorkbook().isSetWorkbookPr() ? workbook.getCTWorkbook().getWorkbookPr()
                    : workbook.getCTWorkbook().addNewWorkbookPr()).setDate1904(date1904);
            assertThat(workbook.isDate1904()).isEqualTo(date1904);
            XSSFSheet sheet = workbook.createSheet("Recommendations");
            XSSFCellStyle day = workbook.createCellStyle();
            day.setDataFormat(workbook.createDataFormat().getFormat("d mmm yyyy"));
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Ref");
            header.createCell(1).setCellValue("Target");
            header.createCell(2).setCellValue("Complete");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("4.1");
            Cell target = row.createCell(1);
            target.setCellValue(LocalDate.of(2020, 9, 30)); // POI writes the number in the workbook's date system
            target.setCellStyle(day);
            XSSFCellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));
            row.createCell(2).setCellValue(0.75);
            row.getCell(2).setCellStyle(percent);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static List<List<SheetCell>> rows(byte[] xlsx) {
        return rows(xlsx, WorkProgress.NONE);
    }

    private static List<List<SheetCell>> rows(byte[] xlsx, WorkProgress progress) {
        List<List<SheetCell>> rows = new ArrayList<>();
        Optional<?> failure = WorkbookRows.read(new ByteArrayInputStream(xlsx), "force.xlsx", Optional.empty(), s -> { }, (n, cells) -> {
            rows.add(cells);
            return true;
        }, progress);
        assertThat(failure).isEmpty();
        return rows;
    }

    @Test
    void reportsEachRowReadAgainstTheRowsTheSheetSpans() throws IOException {
        List<String> reports = new ArrayList<>();
        List<List<SheetCell>> rows = rows(workbook(false), (count, unit, done, total) -> reports.add(count + " " + unit + ", " + done
                + " of " + total));
        assertThat(rows).hasSize(2);
        assertThat(reports).containsExactly("0 rows, 0 of 0", "0 rows, 0 of 2", "1 rows, 1 of 2", "2 rows, 2 of 2");
    }

    @Test
    void readsADateInThe1900DateSystem() throws IOException {
        SheetCell target = rows(workbook(false)).get(1).get(1);
        assertThat(target.date()).contains(LocalDate.of(2020, 9, 30));
        assertThat(target.text()).isEqualTo("30 Sept 2020");
    }

    @Test
    void readsADateInThe1904DateSystemAsTheSameDay() throws IOException {
        SheetCell target = rows(workbook(true)).get(1).get(1);
        assertThat(target.date()).contains(LocalDate.of(2020, 9, 30));
        assertThat(target.text()).isEqualTo("30 Sept 2020");
    }

    @Test
    void readsANumberWithTheTextItsFormatShows() throws IOException {
        List<List<SheetCell>> rows = rows(workbook(false));
        assertThat(rows.get(0)).extracting(SheetCell::text).containsExactly("Ref", "Target", "Complete");
        SheetCell complete = rows.get(1).get(2);
        assertThat(complete.number()).contains(0.75);
        assertThat(complete.text()).isEqualTo("75%");
        assertThat(complete.date()).isEmpty();
    }
}
