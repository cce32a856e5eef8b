package io.github.rectrack.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.pjfanning.xlsx.StreamingReader;
import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.engine.spi.Finding;
import io.github.rectrack.engine.spi.ImportResult;
import io.github.rectrack.engine.spi.Options;
import io.github.rectrack.engine.spi.Report;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.ProgressUpdate;
import io.github.rectrack.model.Recommendation;
import io.github.rectrack.model.Register;
import io.github.rectrack.model.Source;
import io.github.rectrack.testkit.ContractRegisters;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Hostile and broken workbooks come back as specific, located errors, never as exceptions. */
class XlsxImporterHostileTest {

    static final LocalDate PANEL = LocalDate.of(2020, 10, 16);
    static byte[] exported;

    @BeforeAll
    static void export() throws IOException {
        exported = XlsxRoundTripTest.export(ReferenceRegister.LEICESTERSHIRE_2020.load(), PANEL);
    }

    static ImportResult read(byte[] bytes) throws IOException {
        return XlsxRoundTripTest.read(bytes);
    }

    /** The one error a refused workbook gives, with the input's name as location. */
    static Finding onlyError(ImportResult result) {
        assertThat(result.register()).isEmpty();
        assertThat(result.findings()).hasSize(1);
        Finding error = result.findings().get(0);
        assertThat(error.severity()).isEqualTo(Finding.Severity.ERROR);
        assertThat(error.location()).isEqualTo("tracker.xlsx");
        return error;
    }

    /** The exported workbook with one zip entry's bytes replaced, written entry by entry. */
    static byte[] replaceEntry(byte[] zip, String name, Consumer<ZipOutputStream> content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // read through the central directory: POI's Zip64 writer puts sizes in data descriptors
        try (ZipFile in = ZipFile.builder().setByteArray(zip).get(); ZipOutputStream copy = new ZipOutputStream(out)) {
            for (ZipArchiveEntry entry : java.util.Collections.list(in.getEntriesInPhysicalOrder())) {
                copy.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(name)) {
                    content.accept(copy);
                } else {
                    try (InputStream data = in.getInputStream(entry)) {
                        data.transferTo(copy);
                    }
                }
                copy.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static void write(ZipOutputStream out, String text) {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void refusesAZipBomb() throws IOException {
        // sheet2.xml (Recommendations) expands to 60 MB of spaces from about 60 KB: a ratio POI's guard refuses
        byte[] bomb = replaceEntry(exported, "xl/worksheets/sheet2.xml", out -> {
            write(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<sheetData>");
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 60; i++) {
                try {
                    out.write(spaces);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            write(out, "</sheetData></worksheet>");
        });
        assertThat(bomb.length).isLessThan(1_000_000);
        Finding error = onlyError(read(bomb));
        assertThat(error.message()).startsWith("tracker.xlsx was refused: a part of it expands far more than its compressed size (a zip bomb)");
    }

    @Test
    void refusesAnXxeDoctypeInASheet() throws IOException {
        byte[] xxe = replaceEntry(exported, "xl/worksheets/sheet2.xml", out -> write(out,
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                        + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                        + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>"));
        ImportResult result = read(xxe);
        Finding error = onlyError(result);
        assertThat(error.message()).startsWith("tracker.xlsx was refused: its XML declares a DOCTYPE or entities");
        assertThat(error.message()).doesNotContain("root:");
    }

    /** Sheet XML that is not well-formed reads as a damaged workbook, with the parser's finding and its place given once. */
    @Test
    void aSheetThatIsNotWellFormedIsADamagedWorkbook() throws IOException {
        byte[] damaged = replaceEntry(exported, "xl/worksheets/sheet2.xml", out -> write(out,
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                        + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a\u0000b</t></is></c></row></sheetData></worksheet>"));
        Finding error = onlyError(read(damaged));
        assertThat(error.message()).startsWith("tracker.xlsx could not be read: the workbook is truncated or damaged (the sheet "
                + "'Recommendations' is not well-formed XML: ").endsWith(" (line 2, column 133)); save it again from Excel, or use the "
                + "file as it was exported");
        assertThat(error.message()).doesNotContain("[row,col").doesNotContain("\n");
    }

    @Test
    void refusesAPdfRenamedToXlsx() throws IOException {
        Finding error = onlyError(read("%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(error.message()).isEqualTo("tracker.xlsx is not an Excel workbook (.xlsx): an .xlsx file is a zip archive and starts "
                + "with 'PK', this one starts with '%PDF-1.7' (a PDF document renamed to .xlsx?)");
    }

    @Test
    void refusesTextRenamedToXlsx() throws IOException {
        Finding error = onlyError(read("reference,text\r\n4.1,Review\r\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(error.message()).isEqualTo("tracker.xlsx is not an Excel workbook (.xlsx): an .xlsx file is a zip archive and starts "
                + "with 'PK', this one starts with 'referenc' (a text or other file renamed to .xlsx?)");
    }

    @Test
    void refusesATruncatedWorkbook() throws IOException {
        Finding error = onlyError(read(Arrays.copyOf(exported, exported.length / 2)));
        assertThat(error.message()).startsWith("tracker.xlsx could not be read: the workbook is truncated or damaged (");
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        assertThat(onlyError(read(new byte[0])).message()).isEqualTo("tracker.xlsx is empty: expected an Excel workbook (.xlsx)");
    }

    @Test
    void reportsAnExtensionDecisionWithoutItsForumOrOutcomeAndAPercentOutOfRange() throws IOException {
        byte[] written = XlsxRoundTripTest.export(XlsxRoundTripTest.withEveryNewFact(), PANEL);
        int[] updateRow = new int[1];
        byte[] edited = edit(written, w -> {
            XSSFSheet extensions = w.getSheet("Extension requests");
            set(extensions.getRow(1), column(extensions, "Forum"), "");
            set(extensions.getRow(2), column(extensions, "Decision"), "");
            XSSFSheet updates = w.getSheet("Updates");
            org.apache.poi.ss.usermodel.Row first = XlsxEditsTest.rows(updates, "seized-found-property-2018-4.1").get(0);
            first.getCell(column(updates, "% complete")).setCellValue(150);
            updateRow[0] = first.getRowNum() + 1;
        });
        ImportResult result = read(edited);
        assertThat(result.findings()).filteredOn(Finding::isError).extracting(Finding::toString).containsExactly(
                "ERROR tracker.xlsx: sheet 'Updates', row " + updateRow[0] + ": the row was not read: column '% complete' is 150: it must be a "
                        + "whole number from 0 to 100, or blank",
                "ERROR tracker.xlsx: sheet 'Extension requests', row 2: the row was not read: column 'Forum' must not be blank when the "
                        + "decision is Approved: give the id of the forum that decided",
                "ERROR tracker.xlsx: sheet 'Extension requests', row 3: the row was not read: column 'Decision' is blank (pending) but a "
                        + "forum, date or note of a decision is given: write 'Approved', 'Refused', or clear the decision's cells");
        assertThat(XlsxEditsTest.recommendation(result.register().orElseThrow(), "seized-found-property-2018-4.1").extensionRequests())
                .singleElement().satisfies(e -> assertThat(e.marking()).contains("OFFICIAL-SENSITIVE"));
    }

    /** The exported workbook edited with POI's usermodel. */
    static byte[] edit(byte[] bytes, Consumer<XSSFWorkbook> edit) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            edit.accept(workbook);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /**
     * Sets a cell's text as Excel would: a new cell. (POI's setCellValue on a cell holding an inline string
     * adds to its text instead of replacing it.)
     */
    static void set(Row row, int column, String text) {
        Cell old = row.getCell(column);
        if (old != null) {
            row.removeCell(old);
        }
        row.createCell(column).setCellValue(text);
    }

    static int column(XSSFSheet sheet, String header) {
        for (Cell cell : sheet.getRow(0)) {
            if (cell.getStringCellValue().equals(header)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + header + " on " + sheet.getSheetName());
    }

    @Test
    void reportsAMissingSheet() throws IOException {
        byte[] edited = edit(exported, w -> w.removeSheetAt(w.getSheetIndex("Updates")));
        ImportResult result = read(edited);
        assertThat(result.findings()).filteredOn(Finding::isError).extracting(Finding::toString).containsExactly(
                "ERROR tracker.xlsx: sheet 'Updates': the workbook has no sheet 'Updates'; the tracker workbook holds the sheets "
                        + "['Recommendations', 'Updates', 'Target history', 'Decisions', 'Actions', 'Sources', 'People', 'Owners', "
                        + "'Links', 'Evidence', 'Update requests', 'Extension requests'], and what a deleted sheet held cannot be read");
    }

    @Test
    void reportsAMissingHiddenRegisterSheet() throws IOException {
        byte[] edited = edit(exported, w -> w.removeSheetAt(w.getSheetIndex("Register")));
        assertThat(onlyError(read(edited)).message()).startsWith("the workbook has no sheet 'Register'");
    }

    @Test
    void reportsAMissingColumn() throws IOException {
        byte[] edited = edit(exported, w -> {
            XSSFSheet updates = w.getSheet("Updates");
            set(updates.getRow(0), column(updates, "Date"), "When");
        });
        ImportResult result = read(edited);
        assertThat(result.findings()).filteredOn(Finding::isError).extracting(Finding::toString).containsExactly(
                "ERROR tracker.xlsx: sheet 'Updates', row 1: the sheet has no column 'Date'; row 1 must hold the headers "
                        + "'Recommendation id', 'Date', 'Update', 'Achieved', 'Left to complete', 'Barriers', 'Implemented', "
                        + "'Proposed closed', 'Degree met', 'Author id', 'Marking', and may hold '% complete' (other columns are ignored)");
    }

    /**
     * Every typed stored column of every sheet, given a word where a date, a Yes/No or a kind belongs,
     * gives an error at that cell saying what was expected and what was found.
     */
    @Test
    void reportsAWrongValueInEveryTypedColumn() throws IOException {
        Register generated = io.github.rectrack.engine.generate.RegisterGenerator.generate(60, 5);
        // the generator records no extension requests: give the first recommendation one
        List<io.github.rectrack.model.Source> sources = new ArrayList<>(generated.sources());
        io.github.rectrack.model.Source first = sources.get(0);
        List<io.github.rectrack.model.Recommendation> recs = new ArrayList<>(first.recommendations());
        recs.set(0, recs.get(0).toBuilder().extensionRequests(List.of(io.github.rectrack.model.ExtensionRequest.of(
                io.github.rectrack.model.PartialDate.ofMonth(2020, 1), io.github.rectrack.model.TargetDate.parse("June 2021")))).build());
        sources.set(0, new io.github.rectrack.model.Source(first.id(), first.kind(), first.title(), first.issuedBy(), first.date(),
                first.assurance(), first.followUpOf(), first.marking(), recs));
        Register register = new Register(generated.id(), generated.organisation(), generated.scheme(), generated.people(), sources);
        byte[] written = XlsxRoundTripTest.export(register, PANEL);
        List<String> expected = new ArrayList<>();
        byte[] edited = edit(written, w -> {
            for (SheetLayout<?> layout : TrackerLayout.LIST_SHEETS) {
                XSSFSheet sheet = w.getSheet(layout.name());
                assertThat(sheet.getLastRowNum()).as("data rows on %s", layout.name()).isPositive();
                for (Column<?> c : layout.columns()) {
                    String message = switch (c.kind()) {
                        case DATE -> "expected a date such as 2020-05-07, found 'soon'";
                        case PARTIAL_DATE -> "expected a date such as 2020-05-07 or May 2020, found 'soon'";
                        case YES_NO -> "expected Yes or No, found 'soon'";
                        default -> null;
                    };
                    if (c.derived() || message == null) {
                        continue;
                    }
                    int index = column(sheet, c.header());
                    set(sheet.getRow(1), index, "soon");
                    expected.add("ERROR tracker.xlsx: sheet '" + layout.name() + "', row 2, column " + CellReference.convertNumToColString(index)
                            + " (" + c.header() + "): " + message);
                }
            }
        });
        assertThat(expected).hasSizeGreaterThan(15);
        ImportResult result = read(edited);
        assertThat(result.findings()).extracting(Finding::toString).containsAll(expected);
        assertThat(result.findings()).extracting(Finding::toString)
                .contains("ERROR tracker.xlsx: sheet 'Updates', row 2: the row was not read because of the error(s) in its cells above");
    }

    @Test
    void reportsAnUnknownKindListingTheAcceptedWords() throws IOException {
        byte[] edited = edit(exported, w -> {
            XSSFSheet decisions = w.getSheet("Decisions");
            set(decisions.getRow(1), column(decisions, "Decision"), "Binned");
        });
        assertThat(read(edited).findings()).extracting(Finding::toString).contains("ERROR tracker.xlsx: sheet 'Decisions', row 2: the row "
                + "was not read: column F (Decision): expected one of 'Proposed closed', 'Closure agreed', 'Closed', 'Further evidence "
                + "requested', 'Closure disputed', 'Superseded', 'Not accepted', 'Hibernated', 'Resumed', 'Reopened', 'Moved to business as "
                + "usual', 'Risk accepted', 'Response published', found 'Binned'");
    }

    @Test
    void refusesMoreRowsThanTheLimit() throws IOException {
        ImportResult result = new XlsxImporter(10).read(new ByteArrayInputStream(exported), "tracker.xlsx", Options.none());
        assertThat(result.findings()).filteredOn(Finding::isError).extracting(Finding::toString).contains(
                "ERROR tracker.xlsx: sheet 'Recommendations', row 12: the sheet has more than 10 data rows, the most this importer reads; "
                        + "split the register or raise the limit");
        assertThatThrownBy(() -> new XlsxImporter(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesTextLongerThanTheCellLimit() throws IOException {
        List<Finding> findings = new ArrayList<>();
        try (InputStream in = new ByteArrayInputStream(exported); Workbook workbook = StreamingReader.builder().open(in)) {
            ImportResult result = new WorkbookImport("tracker.xlsx", 1000, 40).read(workbook);
            findings.addAll(result.findings());
        }
        assertThat(findings).extracting(Finding::toString).anySatisfy(f -> assertThat(f).matches(
                "ERROR tracker\\.xlsx: sheet 'Recommendations', row \\d+, column H \\(Recommendation\\): the cell holds \\d+ characters, "
                        + "more than the 40 a cell may hold"));
    }

    /**
     * The Updates sheet's rows are written on a thread of their own beside the other sheets'; a failure is still the
     * one of the first sheet, in the workbook's order, that cannot be written.
     */
    @Test
    void exportNamesTheFirstSheetThatCannotBeWrittenWhicheverThreadWritesIt() {
        String tooLong = "x".repeat(40_000);
        Recommendation fine = Recommendation.builder("r1", "4.1", "Review the policy", "Significant")
                .updates(List.of(ProgressUpdate.of(PartialDate.of(2020, 9, 1), "Started"))).build();
        Recommendation longUpdate = Recommendation.builder("r1", "4.1", "Review the policy", "Significant")
                .updates(List.of(ProgressUpdate.of(PartialDate.of(2020, 9, 1), tooLong))).build();
        Recommendation longBoth = Recommendation.builder("r1", "4.1", tooLong, "Significant")
                .updates(List.of(ProgressUpdate.of(PartialDate.of(2020, 9, 1), tooLong))).build();

        // the Recommendations sheet (this thread, before Updates) and the Updates sheet (the other thread) both fail
        assertThat(exportFailure(longBoth, "Audit")).startsWith("sheet 'Recommendations', row 2 (recommendation id 'r1'), column 'Recommendation': "
                + "the text has 40000 characters");
        // the Updates sheet (the other thread) and the Sources sheet (this thread, after Updates) both fail
        assertThat(exportFailure(longUpdate, tooLong)).startsWith("sheet 'Updates', row 2 (recommendation id 'r1'), column 'Update': "
                + "the text has 40000 characters");
        // the Sources sheet alone fails, while the Updates sheet is written whole
        assertThat(exportFailure(fine, tooLong)).startsWith("sheet 'Sources', row 2 (source id 's1'), column 'Title': the text has 40000 characters");
    }

    private static String exportFailure(Recommendation recommendation, String sourceTitle) {
        Source source = new Source("s1", Source.Kind.INTERNAL_AUDIT, sourceTitle, Optional.empty(), Optional.of(PartialDate.ofMonth(2020, 3)),
                Optional.of("Limited"), Optional.empty(), Optional.empty(), List.of(recommendation));
        Register register = new Register("long", "Test force", ContractRegisters.scheme(), List.of(), List.of(source));
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> new XlsxExporter().export(
                Report.builder(register).asOf(PANEL).forum("JARAP").build(), Options.none(), new ByteArrayOutputStream()));
        assertThat(thrown).isInstanceOf(IllegalArgumentException.class);
        return thrown.getMessage();
    }

    @Test
    void exportRefusesTextLongerThanACellNamingTheRecommendationAndField() {
        Recommendation rec = Recommendation.builder("r1", "4.1", "Review the policy", "Significant")
                .updates(List.of(ProgressUpdate.of(PartialDate.of(2020, 9, 1), "x".repeat(40_000)))).build();
        Source source = new Source("s1", Source.Kind.INTERNAL_AUDIT, "Audit", Optional.empty(), Optional.of(PartialDate.ofMonth(2020, 3)),
                Optional.of("Limited"), Optional.empty(), Optional.empty(), List.of(rec));
        Register register = new Register("long", "Test force", ContractRegisters.scheme(), List.of(), List.of(source));
        assertThatThrownBy(() -> new XlsxExporter().export(Report.builder(register).asOf(PANEL).forum("JARAP").build(), Options.none(),
                new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sheet 'Updates', row 2 (recommendation id 'r1'), column 'Update': the text has 40000 characters, more than the "
                        + "32767 an Excel cell holds; shorten it or move the detail into evidence documents");
    }
}
