package io.github.rectrack.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.engine.spi.Finding;
import io.github.rectrack.engine.spi.ImportResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbook whose Updates sheet has every row an Excel sheet can hold (1,048,576: the header and
 * 1,048,575 rows of nonsense) is read to the end without running out of memory, and its errors are listed
 * up to the limit and counted beyond it.
 */
class XlsxImporterFullSheetTest {

    private static final int EXCEL_ROWS = 1_048_576;

    @Test
    void aFullSheetOfBadRowsIsReadAndItsErrorsListedUpToTheLimit(@TempDir Path dir) throws IOException {
        Path exported = Files.write(dir.resolve("tracker.xlsx"),
                XlsxRoundTripTest.export(ReferenceRegister.LEICESTERSHIRE_2020.load(), LocalDate.of(2020, 10, 16)));
        byte[] full = withFullUpdatesSheet(exported);

        ImportResult result = XlsxRoundTripTest.read(full);

        assertThat(result.hasErrors()).isTrue();
        assertThat(result.findings()).hasSize(WorkbookImport.MAX_FINDINGS + 1);
        assertThat(result.findings().get(0).toString())
                .isEqualTo("ERROR tracker.xlsx: sheet 'Updates', row 2, column D (Date): expected a date such as 2020-05-07 or May 2020, "
                        + "found 'soon'");
        Finding last = result.findings().get(WorkbookImport.MAX_FINDINGS);
        // per row: the bad date, the row not read, and the notice of a row added; all but the first 1,000 counted
        assertThat(last.toString()).isEqualTo("ERROR tracker.xlsx: 3,144,727 more finding(s), 2,096,483 of them error(s), are not "
                + "listed: only the first 1,000 are; correct those above and import again");
    }

    /** The exported workbook with its Updates sheet (sheet3.xml) replaced by a full sheet of bad rows. */
    private static byte[] withFullUpdatesSheet(Path workbook) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipFile zip = new ZipFile(workbook.toFile()); ZipOutputStream out = new ZipOutputStream(bytes)) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream in = zip.getInputStream(entry)) {
                    if (entry.getName().equals("xl/worksheets/sheet3.xml")) {
                        String sheet = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                        assertThat(sheet).contains("Left to complete");
                        writeFullSheet(sheet, out);
                    } else {
                        in.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static void writeFullSheet(String original, OutputStream out) throws IOException {
        int headerStart = original.indexOf("<row r=\"1\"");
        int headerEnd = original.indexOf("</row>", headerStart) + "</row>".length();
        int sheetDataEnd = original.indexOf("</sheetData>");
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(original, 0, headerEnd);
        for (int r = 2; r <= EXCEL_ROWS; r++) {
            writer.write("<row r=\"");
            writer.write(Integer.toString(r));
            writer.write("\"><c r=\"D");
            writer.write(Integer.toString(r));
            writer.write("\" t=\"inlineStr\"><is><t>soon</t></is></c></row>");
        }
        writer.write(original, sheetDataEnd, original.length() - sheetDataEnd);
        writer.flush();
    }
}
