package io.github.rectrack.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rectrack.engine.generate.RegisterGenerator;
import io.github.rectrack.engine.spi.Options;
import io.github.rectrack.engine.spi.Report;
import io.github.rectrack.engine.spi.WorkProgress;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The tracker workbook writes what POI's own streaming workbook writes: the same escaping, and the same text in
 * every zip entry, its sheets compressed on the pool instead of twice on one thread.
 */
class TrackerWorkbookTest {

    /** A generated register large enough that its big sheets span several compressed parts. */
    private static Report report;

    @BeforeAll
    static void generate() {
        report = Report.builder(RegisterGenerator.generate(RegisterGenerator.Options.of(1500, 7).withUpdatesPerRecommendation(3)))
                .asOf(RegisterGenerator.DEFAULT_HORIZON).build();
    }

    /** POI's writer, to a string, with its protected escaping made callable. */
    private static final class PoiEscaping extends SheetDataWriter {
        private final StringWriter text;

        PoiEscaping(StringWriter text) throws IOException {
            super(text);
            this.text = text;
        }

        String escape(String s) throws IOException {
            text.getBuffer().setLength(0);
            outputEscapedString(s);
            _out.flush();
            return text.toString();
        }
    }

    @Test
    void escapesExactlyAsPoiDoes() throws IOException {
        StringBuilder everyLowChar = new StringBuilder();
        for (char c = 0; c < 0x200; c++) {
            everyLowChar.append(c);
        }
        List<String> samples = List.of("", "plain text", "<a href=\"x\">Tom & Jerry's</a>", "line one\nline two\r\n\tindented",
                "no\u00A0break", "bell\u0007 and nul\u0000 and esc\u001B", "not a character \uFFFE \uFFFF \uFFFD",
                "emoji \uD83D\uDE00 and a lone high \uD800 and low \uDC00 surrogate", "Zoë, café, Łódź, 東京",
                "=HYPERLINK(\"http://example.org\",\"x\")", everyLowChar.toString(), "&amp; already escaped &lt;");
        PoiEscaping poi = new PoiEscaping(new StringWriter());
        for (String sample : samples) {
            StringWriter fast = new StringWriter();
            TrackerWorkbook.FastSheetDataWriter.writeEscaped(sample, fast);
            assertThat(fast.toString()).as("escaping of %s", sample).isEqualTo(poi.escape(sample));
        }
    }

    @Test
    void escapesWhileCompressingExactlyAsPoiDoes() throws IOException {
        StringBuilder everyLowChar = new StringBuilder();
        for (char c = 0; c < 0x200; c++) {
            everyLowChar.append(c);
        }
        List<String> samples = List.of("", "plain text", "<a href=\"x\">Tom & Jerry's</a>", "line one\nline two\r\n\tindented",
                "no\u00A0break", "bell\u0007 and nul\u0000 and esc\u001B", "not a character \uFFFE \uFFFF \uFFFD",
                "emoji \uD83D\uDE00 and a lone high \uD800 and low \uDC00 surrogate", "a high before an escape \uD83D<",
                "Zoë, café, Łódź, 東京", "=HYPERLINK(\"http://example.org\",\"x\")", everyLowChar.toString(), "&amp; already escaped &lt;");
        PoiEscaping poi = new PoiEscaping(new StringWriter());
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        try (java.io.Writer utf8 = new java.io.OutputStreamWriter(expected, StandardCharsets.UTF_8)) {
            for (String sample : samples) {
                utf8.write(poi.escape(sample));
                utf8.write("|");
            }
        }
        TrackerWorkbook.FastSheetDataWriter writer = new TrackerWorkbook.FastSheetDataWriter();
        try {
            for (String sample : samples) {
                writer.outputEscapedString(sample);
                writer.data().write("|");
            }
            writer.close();
            try (java.io.InputStream in = writer.getWorksheetXMLInputStream()) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                        .isEqualTo(expected.toString(StandardCharsets.UTF_8));
            }
        } finally {
            assertThat(writer.file().delete()).isTrue();
        }
    }

    /** Each entry's name, in order, with its uncompressed bytes; read through the central directory. */
    private static Map<String, byte[]> entries(byte[] workbook) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = ZipFile.builder().setByteArray(workbook).get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntriesInPhysicalOrder())) {
                byte[] bytes = zip.getInputStream(entry).readAllBytes();
                java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                crc.update(bytes);
                assertThat(entry.getCrc()).as("CRC-32 of %s", entry.getName()).isEqualTo(crc.getValue());
                assertThat(entry.getSize()).as("size of %s", entry.getName()).isEqualTo(bytes.length);
                entries.put(entry.getName(), bytes);
            }
        }
        return entries;
    }

    private static byte[] export(Report report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxExporter().export(report, Options.none(), out);
        return out.toByteArray();
    }

    @Test
    void everyEntryHoldsWhatPoisOwnWorkbookWrites() throws IOException {
        ByteArrayOutputStream poi = new ByteArrayOutputStream();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, XlsxExporter.ROW_WINDOW, true, false)) {
            XlsxExporter.write(workbook, report, poi, new RowsWritten(WorkProgress.NONE, XlsxExporter.rowCounts(report.register())));
        }
        byte[] tracker = export(report);

        Map<String, byte[]> expected = entries(poi.toByteArray());
        Map<String, byte[]> actual = entries(tracker);
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        expected.forEach((name, bytes) -> assertThat(actual.get(name)).as("entry %s", name).isEqualTo(bytes));
        byte[] updates = expected.entrySet().stream().filter(e -> e.getKey().startsWith("xl/worksheets/"))
                .map(Map.Entry::getValue).max(java.util.Comparator.comparingInt(b -> b.length)).orElseThrow();
        assertThat(updates.length).as("the largest sheet spans several parts").isGreaterThan(2 * DeflatedSheetData.PART);
        assertThat(tracker.length).as("compressed as much as POI's").isLessThan(poi.size() * 11 / 10);
    }

    @Test
    void theSameReportGivesTheSameBytes() throws IOException {
        assertThat(export(report)).isEqualTo(export(report));
    }

    @Test
    void temporaryFilesAreDeletedAndNoThreadIsLeft() throws IOException {
        export(report); // whatever starts once per JVM has started
        Set<String> before = threads();
        List<File> files = new ArrayList<>();
        try (TrackerWorkbook workbook = new TrackerWorkbook(XlsxExporter.ROW_WINDOW)) {
            XlsxExporter.write(workbook, report, new ByteArrayOutputStream(), new RowsWritten(WorkProgress.NONE, XlsxExporter.rowCounts(report.register())));
            files.addAll(workbook.temporaryFiles());
            assertThat(files).hasSizeGreaterThan(10).allMatch(File::exists);
        }
        assertThat(files).noneMatch(File::exists);
        assertThat(threads()).as("threads other than the common pool's").isSubsetOf(before);
    }

    private static Set<String> threads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(name -> !name.startsWith("ForkJoinPool.commonPool-worker")).collect(Collectors.toSet());
    }

    @Test
    void rowsAddedAfterTheWorkbookIsWrittenAreRefusedNamingTheSheet() throws IOException {
        try (TrackerWorkbook workbook = new TrackerWorkbook(1)) {
            SXSSFSheet sheet = workbook.createSheet("Actions");
            sheet.createRow(0).createCell(0).setCellValue("Action");
            workbook.write(new ByteArrayOutputStream());
            assertThatThrownBy(() -> {
                sheet.createRow(1).createCell(0).setCellValue("one");
                sheet.createRow(2).createCell(0).setCellValue("two");
            }).hasStackTraceContaining("the rows of the sheet 'Actions' are already written");
        }
    }

    @Test
    void aSheetsRowsReadBackAsPoiReadsThem() throws IOException {
        try (TrackerWorkbook workbook = new TrackerWorkbook(2)) {
            SXSSFSheet sheet = workbook.createSheet("Links");
            for (int r = 0; r < 5; r++) {
                sheet.createRow(r).createCell(0).setCellValue("link é " + r);
            }
            String xml;
            try (java.io.InputStream in = sheet.getWorksheetXMLInputStream()) {
                xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            assertThat(xml).startsWith("<row r=\"1\">").endsWith("</row>\n").contains("link é 4</t>")
                    .doesNotContain("<row r=\"6\"");
        }
    }

    @Test
    void aSheetWithoutRowsIsWrittenWithEmptySheetData() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TrackerWorkbook workbook = new TrackerWorkbook(XlsxExporter.ROW_WINDOW)) {
            workbook.createSheet("Empty");
            workbook.write(out);
        }
        String sheet = new String(entries(out.toByteArray()).get("xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8);
        assertThat(sheet).contains("<sheetData>\n</sheetData>").doesNotContain("<sheetData/>");
    }

    @Test
    void splitsATemplateAtItsRowsAsPoiDoes() throws IOException {
        assertThat(split("<worksheet><dimension ref=\"A1\"/><sheetData/><pageMargins/></worksheet>")).containsExactly(
                "<worksheet><dimension ref=\"A1\"/><sheetData>\n", "</sheetData><pageMargins/></worksheet>");
        assertThat(split("<worksheet><sheetData></sheetData><cols/></worksheet>")).containsExactly(
                "<worksheet><sheetData>", "</sheetData><cols/></worksheet>");
        assertThat(split("<worksheet><sheetData>\n<row r=\"1\"/></sheetData>é</worksheet>")).containsExactly(
                "<worksheet><sheetData>\n<row r=\"1\"/>", "</sheetData>é</worksheet>");
        assertThat(split("<worksheet><sheetDataX/><sheetData/></worksheet>")).containsExactly(
                "<worksheet><sheetData/X/><sheetData>\n", "</sheetData></worksheet>");
        assertThat(split("<worksheet/>")).containsExactly("<worksheet/><sheetData>\n", "</sheetData>");
    }

    private static List<String> split(String template) throws IOException {
        return TrackerWorkbook.splitAtRows(template).stream().map(b -> new String(b, StandardCharsets.UTF_8)).toList();
    }
}
