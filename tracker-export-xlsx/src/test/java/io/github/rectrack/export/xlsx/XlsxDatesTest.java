package io.github.rectrack.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.engine.spi.ImportResult;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.Register;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Every date the workbook holds is a real Excel date, at the precision the register knows it, and reads back so. */
class XlsxDatesTest {

    private static final LocalDate PANEL = LocalDate.of(2020, 10, 16);

    @Test
    void everyCellOfEveryDateColumnIsARealDate() throws IOException {
        Register register = XlsxRoundTripTest.withEveryNewFact();
        int dates = 0;
        int months = 0;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(XlsxRoundTripTest.export(register, PANEL)))) {
            for (SheetLayout<?> layout : TrackerLayout.LIST_SHEETS) {
                XSSFSheet sheet = workbook.getSheet(layout.name());
                List<String> headers = headers(sheet);
                for (Column<?> column : layout.columns()) {
                    if (column.kind() != CellKind.DATE && column.kind() != CellKind.PARTIAL_DATE) {
                        continue;
                    }
                    int at = headers.indexOf(column.header());
                    int precisionAt = headers.indexOf(TrackerLayout.precisionHeader(column.header()));
                    assertThat(precisionAt >= 0).as("%s has a precision column for %s", layout.name(), column.header())
                            .isEqualTo(column.kind() == CellKind.PARTIAL_DATE);
                    if (precisionAt >= 0) {
                        assertThat(sheet.isColumnHidden(precisionAt)).as("%s precision column hidden", column.header()).isTrue();
                    }
                    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                        Cell cell = sheet.getRow(r).getCell(at);
                        if (cell == null) {
                            continue;
                        }
                        String where = layout.name() + " row " + (r + 1) + " column " + column.header();
                        assertThat(cell.getCellType()).as(where).isEqualTo(CellType.NUMERIC);
                        assertThat(DateUtil.isCellDateFormatted(cell)).as(where).isTrue();
                        dates++;
                        String precision = precisionAt < 0 ? "Day" : sheet.getRow(r).getCell(precisionAt).getStringCellValue();
                        if (precision.equals("Month")) {
                            assertThat(cell.getCellStyle().getDataFormatString()).as(where).isEqualTo("mmm yyyy");
                            assertThat(cell.getLocalDateTimeCellValue().getDayOfMonth()).as(where).isEqualTo(1);
                            months++;
                        } else if (precision.equals("Year")) {
                            assertThat(cell.getCellStyle().getDataFormatString()).as(where).isEqualTo("yyyy");
                            assertThat(cell.getLocalDateTimeCellValue().getDayOfYear()).as(where).isEqualTo(1);
                        } else {
                            assertThat(precision).as(where).isEqualTo("Day");
                            assertThat(cell.getCellStyle().getDataFormatString()).as(where).isEqualTo("d mmm yyyy");
                        }
                    }
                }
            }
        }
        assertThat(dates).isGreaterThan(100);
        assertThat(months).as("the paper dates its updates by the month").isGreaterThan(50);
    }

    @Test
    void aMonthIsTheFirstOfItsMonthShownAsTheMonth() throws IOException {
        Register register = ReferenceRegister.LEICESTERSHIRE_2020.load();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(XlsxRoundTripTest.export(register, PANEL)))) {
            XSSFSheet updates = workbook.getSheet("Updates");
            List<String> headers = headers(updates);
            Row last = null;
            for (Row row : updates) {
                if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals("seized-found-property-2018-4.1")) {
                    last = row;
                }
            }
            assertThat(last).isNotNull();
            Cell date = last.getCell(headers.indexOf("Date"));
            assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2020, 10, 1));
            assertThat(date.getCellStyle().getDataFormatString()).isEqualTo("mmm yyyy");
            assertThat(last.getCell(headers.indexOf("Date (precision)")).getStringCellValue()).isEqualTo("Month");
        }
    }

    @Test
    void monthsComeBackAsMonthsAndDaysAsDays() throws IOException {
        Register register = XlsxRoundTripTest.withEveryNewFact();
        ImportResult result = XlsxRoundTripTest.read(XlsxRoundTripTest.export(register, PANEL));
        assertThat(result.findings()).isEmpty();
        Register back = result.register().orElseThrow();
        assertThat(back).isEqualTo(register);
        assertThat(back.recommendations().filter(r -> r.id().equals("seized-found-property-2018-4.1")).findFirst().orElseThrow()
                .updates()).last().satisfies(u -> assertThat(u.date()).isEqualTo(PartialDate.ofMonth(2020, 10)));
    }

    /**
     * An update an analyst adds by copying a row's date cell (formatted "mmm yyyy") but not its hidden precision
     * cell reads, through the streaming importer, as the month the cell shows.
     */
    @Test
    void anAddedRowsMonthCellReadsAsAMonth() throws IOException {
        Register register = ReferenceRegister.LEICESTERSHIRE_2020.load();
        byte[] edited = XlsxImporterHostileTest.edit(XlsxRoundTripTest.export(register, PANEL), w -> {
            XSSFSheet updates = w.getSheet("Updates");
            List<String> headers = headers(updates);
            Row first = updates.getRow(1);
            Row added = updates.createRow(updates.getLastRowNum() + 1);
            added.createCell(headers.indexOf("Recommendation id")).setCellValue("seized-found-property-2018-4.1");
            Cell date = added.createCell(headers.indexOf("Date"));
            date.setCellValue(LocalDate.of(2020, 11, 1));
            date.setCellStyle(first.getCell(headers.indexOf("Date")).getCellStyle());
            added.createCell(headers.indexOf("Update")).setCellValue("Disposal contract signed");
        });
        ImportResult result = XlsxRoundTripTest.read(edited);
        assertThat(result.hasErrors()).as("%s", result.findings()).isFalse();
        var updates = result.register().orElseThrow().recommendations()
                .filter(r -> r.id().equals("seized-found-property-2018-4.1")).findFirst().orElseThrow().updates();
        assertThat(updates).last().satisfies(u -> {
            assertThat(u.text()).isEqualTo("Disposal contract signed");
            assertThat(u.date()).isEqualTo(PartialDate.ofMonth(2020, 11));
        });
    }

    /**
     * A workbook saved again in the 1904 date system (Excel for the Mac's old default) holds every date as a
     * number 1,462 days smaller; it reads back as the same register, every row unedited.
     */
    @Test
    void aWorkbookInThe1904DateSystemReadsBackTheSameDates() throws IOException {
        Register register = XlsxRoundTripTest.withEveryNewFact();
        byte[] mac;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(XlsxRoundTripTest.export(register, PANEL)));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var book = workbook.getCTWorkbook();
            (book.isSetWorkbookPr() ? book.getWorkbookPr() : book.addNewWorkbookPr()).setDate1904(true);
            int shifted = 0;
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                            cell.setCellValue(cell.getNumericCellValue() - 1462);
                            shifted++;
                        }
                    }
                }
            }
            assertThat(workbook.isDate1904()).isTrue();
            assertThat(shifted).isGreaterThan(100);
            workbook.write(out);
            mac = out.toByteArray();
        }
        ImportResult result = XlsxRoundTripTest.read(mac);
        assertThat(result.findings()).isEmpty();
        assertThat(result.register().orElseThrow()).isEqualTo(register);
        assertThat(result.register().orElseThrow().recommendations().filter(r -> r.id().equals("seized-found-property-2018-4.1"))
                .findFirst().orElseThrow().updates()).last().satisfies(u -> assertThat(u.date()).isEqualTo(PartialDate.ofMonth(2020, 10)));
    }

    /** A row an analyst adds has no precision cell: a date typed into a cell formatted "mmm yyyy" is a month. */
    @Test
    void withoutItsPrecisionCellADateReadsAtItsFormatsPrecision() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet();
            Row row = sheet.createRow(0);
            Cell month = dated(workbook, row, 0, LocalDate.of(2020, 10, 1), "mmm yyyy");
            Cell year = dated(workbook, row, 1, LocalDate.of(2021, 1, 1), "yyyy");
            Cell day = dated(workbook, row, 2, LocalDate.of(2020, 10, 1), "d mmm yyyy");
            Cell typedDay = dated(workbook, row, 3, LocalDate.of(2020, 10, 15), "mmm yyyy");
            assertThat(SheetRows.precise(PartialDate.of(LocalDate.of(2020, 10, 1)), month, null)).isEqualTo(PartialDate.ofMonth(2020, 10));
            assertThat(SheetRows.precise(PartialDate.of(LocalDate.of(2021, 1, 1)), year, null)).isEqualTo(PartialDate.ofYear(2021));
            assertThat(SheetRows.precise(PartialDate.of(LocalDate.of(2020, 10, 1)), day, null)).isEqualTo(PartialDate.of(2020, 10, 1));
            assertThat(SheetRows.precise(PartialDate.of(LocalDate.of(2020, 10, 15)), typedDay, null))
                    .as("a day typed into a month cell stays the day typed").isEqualTo(PartialDate.of(2020, 10, 15));
            Cell precision = row.createCell(4);
            precision.setCellValue("Day");
            assertThat(SheetRows.precise(PartialDate.of(LocalDate.of(2020, 10, 1)), month, precision))
                    .as("the precision cell decides over the format").isEqualTo(PartialDate.of(2020, 10, 1));
        }
    }

    private static Cell dated(XSSFWorkbook workbook, Row row, int c, LocalDate value, String format) {
        Cell cell = row.createCell(c);
        cell.setCellValue(value);
        var style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        cell.setCellStyle(style);
        return cell;
    }

    private static List<String> headers(XSSFSheet sheet) {
        List<String> headers = new ArrayList<>();
        for (Cell cell : sheet.getRow(0)) {
            headers.add(cell.getStringCellValue());
        }
        return headers;
    }
}
