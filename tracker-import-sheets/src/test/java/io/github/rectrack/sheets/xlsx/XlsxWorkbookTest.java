package io.github.rectrack.sheets.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The lean reader reads what POI writes, and what Excel writes that POI's writer does not (inline rich text, phonetic runs). */
class XlsxWorkbookTest {

    /** Text of the Leicestershire JARAP paper's seized and found property audit, recommendation 4.1. */
    private static final String CASH = "The Property Management Team should ensure that all cash reaching the main store is counted";

    private static byte[] written(boolean date1904) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            (workbook.getCTWorkbook().isSetWorkbookPr() ? workbook.getCTWorkbook().getWorkbookPr()
                    : workbook.getCTWorkbook().addNewWorkbookPr()).setDate1904(date1904);
            assertThat(workbook.isDate1904()).isEqualTo(date1904);
            XSSFSheet first = workbook.createSheet("Tracker");
            workbook.createSheet("Notes");
            XSSFCellStyle month = workbook.createCellStyle();
            month.setDataFormat(workbook.createDataFormat().getFormat("mmm yyyy"));
            Row header = first.createRow(0);
            header.createCell(0).setCellValue("Ref");
            header.createCell(1).setCellValue("Recommendation");
            header.createCell(2).setCellValue("Target");
            Row row = first.createRow(2); // row 2 left out: rows with no element are not read
            row.createCell(0).setCellValue(4.1);
            row.createCell(1).setCellValue(CASH);
            row.createCell(2).setCellValue(date1904 ? 42_795 - 1462 : 42_795); // 1 March 2017
            row.getCell(2).setCellStyle(month);
            row.createCell(3).setCellValue(true);
            row.createCell(4).setCellFormula("1/0");
            row.createCell(6).setCellStyle(month); // blank, with a style
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static List<XlsxRow> rows(byte[] xlsx, String sheet) throws IOException {
        List<XlsxRow> rows = new ArrayList<>();
        try (XlsxWorkbook workbook = XlsxWorkbook.open(new ByteArrayInputStream(xlsx))) {
            workbook.rows(sheet, rows::add);
        }
        return rows;
    }

    @Test
    void readsSheetsSharedStringsNumbersDatesBooleansAndBlanks() throws IOException {
        byte[] xlsx = written(false);
        try (XlsxWorkbook workbook = XlsxWorkbook.open(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.sheetNames()).containsExactly("Tracker", "Notes");
            assertThat(workbook.date1904()).isFalse();
        }
        List<XlsxRow> rows = rows(xlsx, "Tracker");
        assertThat(rows).extracting(XlsxRow::number).containsExactly(1, 3);
        assertThat(rows.get(0).cells()).extracting(XlsxCell::text).containsExactly("Ref", "Recommendation", "Target");
        XlsxRow row = rows.get(1);
        assertThat(row.cell(0).type()).isEqualTo(CellType.NUMERIC);
        assertThat(row.cell(0).number()).isEqualTo(4.1);
        assertThat(row.cell(0).dateFormatted()).isFalse();
        assertThat(row.cell(1).text()).isEqualTo(CASH);
        assertThat(row.cell(2).formatString()).isEqualTo("mmm yyyy");
        assertThat(row.cell(2).dateFormatted()).isTrue();
        assertThat(DateUtil.getLocalDateTime(row.cell(2).number()).toLocalDate()).isEqualTo(LocalDate.of(2017, 3, 1));
        assertThat(row.cell(3).type()).isEqualTo(CellType.BOOLEAN);
        assertThat(row.cell(3).bool()).isTrue();
        assertThat(row.cell(4).formula()).isTrue();
        assertThat(row.cell(5)).isNull();
        assertThat(row.cell(6).type()).isEqualTo(CellType.BLANK);
        assertThat(row.cell(6).formatString()).isEqualTo("mmm yyyy");
        assertThat(rows(xlsx, "Notes")).isEmpty();
    }

    @Test
    void tellsThe1904DateSystem() throws IOException {
        try (XlsxWorkbook workbook = XlsxWorkbook.open(new ByteArrayInputStream(written(true)))) {
            assertThat(workbook.date1904()).isTrue();
        }
    }

    @Test
    void readsInlineRichTextWithoutPhoneticRunsAndCellsWithoutReferences() throws IOException {
        String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheetData><row><c t=\"inlineStr\"><is><r><t>Seized and </t></r><r><rPr><b/></rPr><t xml:space=\"preserve\">found property</t>"
                + "</r><rPh sb=\"0\" eb=\"1\"><t>PHONETIC</t></rPh></is></c><c t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>"
                + "<c t=\"str\"><f>A1</f><v>Limited assurance</v></c><c r=\"F1\" t=\"b\"><v>0</v></c></row>"
                + "<row r=\"4\"><c r=\"B4\"><v>2018</v></c></row></sheetData></worksheet>";
        List<XlsxRow> rows = rows(withSheet(written(false), sheet), "Tracker");
        assertThat(rows).extracting(XlsxRow::number).containsExactly(1, 4);
        XlsxRow row = rows.get(0);
        assertThat(row.cell(0).text()).isEqualTo("Seized and found property");
        assertThat(row.cell(1).type()).isEqualTo(CellType.ERROR);
        assertThat(row.cell(1).text()).isEqualTo("#DIV/0!");
        assertThat(row.cell(2).type()).isEqualTo(CellType.STRING);
        assertThat(row.cell(2).formula()).isTrue();
        assertThat(row.cell(2).text()).isEqualTo("Limited assurance");
        assertThat(row.cell(5).type()).isEqualTo(CellType.BOOLEAN);
        assertThat(row.cell(5).bool()).isFalse();
        assertThat(rows.get(1).cell(1).number()).isEqualTo(2018);
    }

    @Test
    void stopsWhenTheReaderSaysSo() throws IOException {
        List<Integer> read = new ArrayList<>();
        try (XlsxWorkbook workbook = XlsxWorkbook.open(new ByteArrayInputStream(written(false)))) {
            workbook.rows("Tracker", row -> {
                read.add(row.number());
                return false;
            });
            assertThatThrownBy(() -> workbook.rows("Actions", row -> true)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the workbook has no sheet 'Actions'; its sheets are [Tracker, Notes]");
        }
        assertThat(read).containsExactly(1);
    }

    @Test
    void refusesADoctypeInASheet() throws IOException {
        String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">"
                + "<c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>";
        byte[] xlsx = withSheet(written(false), sheet);
        assertThatThrownBy(() -> rows(xlsx, "Tracker")).isInstanceOf(IOException.class).hasMessageContaining("DOCTYPE")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("root:"));
    }

    @Test
    void saysOnceAndInWordsWhereASheetIsNotWellFormed() throws IOException {
        String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a\u0000b</t></is></c></row></sheetData></worksheet>";
        byte[] xlsx = withSheet(written(false), sheet);
        assertThatThrownBy(() -> rows(xlsx, "Tracker")).isInstanceOf(IOException.class)
                .hasMessageStartingWith("the sheet 'Tracker' is not well-formed XML: ")
                .hasMessageEndingWith(" (line 2, column 133)") // the place as the parser gives it: the NUL is the 132nd character
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("[row,col").doesNotContain("\n"))
                .satisfies(e -> assertThat(e.getSuppressed()).hasSize(1));
    }

    @Test
    void aParsersErrorReadsTheSameWhicheverParserFoundIt() {
        javax.xml.stream.Location place = new javax.xml.stream.Location() {
            @Override public int getLineNumber() { return 2; }
            @Override public int getColumnNumber() { return 5; }
            @Override public int getCharacterOffset() { return 60; }
            @Override public String getPublicId() { return null; }
            @Override public String getSystemId() { return null; }
        };
        // the JDK's parser puts the place first: "ParseError at [row,col]:[2,5]\nMessage: ..."
        assertThat(XlsxWorkbook.unreadable("the styles", new javax.xml.stream.XMLStreamException("a closing tag is missing", place)))
                .hasMessage("the styles is not well-formed XML: a closing tag is missing (line 2, column 5)");
        // a failure of the stream beneath is that failure, not bad XML
        assertThat(XlsxWorkbook.unreadable("the sheet 'Updates'", new javax.xml.stream.XMLStreamException(new IOException("Zip bomb detected!"))))
                .hasMessage("the sheet 'Updates' could not be read: Zip bomb detected!").hasCauseInstanceOf(IOException.class);
    }

    @Test
    void refusesAFileThatIsNotAWorkbook() {
        byte[] text = "Ref,Recommendation\n4.1,Count the cash\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> XlsxWorkbook.open(new ByteArrayInputStream(text))).isInstanceOf(Exception.class);
    }

    /** The workbook with its first sheet's XML replaced. */
    private static byte[] withSheet(byte[] xlsx, String sheet) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx)); ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(entry.getName().equals("xl/worksheets/sheet1.xml") ? sheet.getBytes(StandardCharsets.UTF_8) : in.readAllBytes());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void theLastRowOfADimensionIsReadFromARangeOnly() {
        assertThat(XlsxWorkbook.lastRow("A1:L1234")).isEqualTo(1234);
        assertThat(XlsxWorkbook.lastRow("B2:XFD1048576")).isEqualTo(1_048_576);
        assertThat(XlsxWorkbook.lastRow("A1")).as("a single cell, which writers leave when they do not count").isEqualTo(-1);
        assertThat(XlsxWorkbook.lastRow("A1:L")).isEqualTo(-1);
        assertThat(XlsxWorkbook.lastRow("A1:1234")).isEqualTo(-1);
        assertThat(XlsxWorkbook.lastRow("A1:L1048577")).isEqualTo(-1);
        assertThat(XlsxWorkbook.lastRow(null)).isEqualTo(-1);
    }
}
