package io.github.rectrack.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectrack.engine.reference.ReferenceRegister;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Rows are as tall as their wrapped text, so that it reads in LibreOffice as in Excel. */
class RowHeightsTest {

    @Test
    void theOnePassLayoutCountsAsSplittingIntoParagraphsAndWordsDoes() {
        java.util.Random random = new java.util.Random(15);
        String[] pieces = {"a", "word", "Missing", "Firearm", "supercalifragilisticexpialidocious", " ", " ", "  ", "\n", "\r\n", "\r",
            "\n\n", "–", ""};
        for (int t = 0; t < 20_000; t++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(30); n > 0; n--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            int width = 1 + random.nextInt(40);
            assertThat(RowHeights.lines(text.toString(), width)).as("'%s' in %d", text, width).isEqualTo(bySplitting(text.toString(), width));
        }
    }

    /** The layout as first written, splitting the text into paragraphs and words. */
    private static int bySplitting(String text, int width) {
        int capacity = Math.max(1, width - 1);
        int lines = 0;
        for (String paragraph : text.split("\r?\n|\r", -1)) {
            lines++;
            int used = 0;
            for (String word : paragraph.split(" ", -1)) {
                int length = word.length();
                int needed = used == 0 ? length : used + 1 + length;
                if (needed <= capacity) {
                    used = needed;
                    continue;
                }
                if (used > 0) {
                    lines++;
                }
                lines += (length - 1) / capacity;
                used = length == 0 ? 0 : (length - 1) % capacity + 1;
            }
        }
        return Math.max(1, lines);
    }

    @Test
    void textIsLaidOutWordByWordOnLinesAsWideAsTheColumn() {
        assertThat(RowHeights.lines("", 10)).isEqualTo(1);
        assertThat(RowHeights.lines("Missing Firearm", 30)).isEqualTo(1);
        // 9 characters a line in a column 10 wide: "Missing" | "Firearm"
        assertThat(RowHeights.lines("Missing Firearm", 10)).isEqualTo(2);
        assertThat(RowHeights.lines("Actions completed:\n1, 2, 3", 40)).isEqualTo(2);
        assertThat(RowHeights.lines("a\n\nb", 40)).as("a blank line counts").isEqualTo(3);
        // a word of 25 characters in lines of 9 is broken over 3 lines
        assertThat(RowHeights.lines("x".repeat(25), 10)).isEqualTo(3);
        assertThat(RowHeights.lines("ab " + "x".repeat(25), 10)).isEqualTo(4);
    }

    @Test
    void aRowIsTallEnoughForItsLinesAndNoTallerThanExcelAllows() {
        assertThat(RowHeights.points(1)).isEqualTo(17f);
        assertThat(RowHeights.points(4)).isEqualTo(62f);
        assertThat(RowHeights.points(1000)).isEqualTo(409f);
    }

    @Test
    void the2020WorkbooksRowsFitTheirLongestText() throws IOException {
        byte[] bytes = XlsxRoundTripTest.export(ReferenceRegister.LEICESTERSHIRE_2020.load(), LocalDate.of(2020, 10, 16));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet sheet = workbook.getSheet("Recommendations");
            int text = column(sheet, "Recommendation");
            int update = column(sheet, "Last update");
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                int lines = Math.max(RowHeights.lines(row.getCell(text).getStringCellValue(), 60),
                        row.getCell(update) == null ? 1 : RowHeights.lines(row.getCell(update).getStringCellValue(), 80));
                assertThat(row.getHeightInPoints()).as("row %d", r + 1).isGreaterThanOrEqualTo(Math.min(409f, lines * 15f));
            }
            // Seized & Found Property 4.1: its last update runs to many lines of the 80-character column
            assertThat(sheet.getRow(1).getCell(update).getStringCellValue().length()).isGreaterThan(700);
            assertThat(sheet.getRow(1).getHeightInPoints()).isGreaterThan(150f);
            // the header row shows "Source, reference and title" whole
            assertThat(sheet.getRow(0).getHeightInPoints()).isGreaterThanOrEqualTo(30f);
        }
    }

    private static int column(XSSFSheet sheet, String header) {
        for (var cell : sheet.getRow(0)) {
            if (cell.getStringCellValue().equals(header)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + header);
    }
}
