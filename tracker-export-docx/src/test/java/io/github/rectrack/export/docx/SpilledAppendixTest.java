package io.github.rectrack.export.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectrack.engine.generate.RegisterGenerator;
import io.github.rectrack.engine.spi.Options;
import io.github.rectrack.engine.spi.Report;
import io.github.rectrack.engine.view.Appendix;
import io.github.rectrack.model.Register;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;

/**
 * The appendix is written as XML out of memory and put back in its place when the package is written: the paper of
 * a generated register of many items holds every item, once, in the views' order, with its bookmark; in a force's
 * template it stays at its placeholder, before what follows it; no marker or temporary file is left.
 */
class SpilledAppendixTest {

    static Report report;
    static byte[] bytes;
    static List<Appendix.Entry> entries;

    @BeforeAll
    static void writeThePaper() throws IOException {
        Register register = RegisterGenerator.generate(RegisterGenerator.Options.of(160, 7).withUpdatesPerRecommendation(2));
        report = Report.builder(register).asOf(RegisterGenerator.DEFAULT_HORIZON).build();
        entries = report.views().appendix().sources().stream().flatMap(s -> s.items().stream()).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxExporter().export(report, Options.none(), out);
        bytes = out.toByteArray();
    }

    @Test
    void theAppendixHoldsManyItems() {
        assertThat(entries).hasSizeGreaterThan(100);
    }

    @Test
    void everyItemIsInThePaperOnceInTheViewsOrderWithItsBookmark() throws IOException {
        try (XWPFDocument paper = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> headings = new ArrayList<>();
            List<String> bookmarks = new ArrayList<>();
            for (XWPFTable table : paper.getTables()) {
                if (isItem(table)) {
                    XWPFParagraph title = table.getRow(0).getCell(1).getParagraphs().get(0);
                    headings.add(title.getText());
                    for (CTBookmark b : title.getCTP().getBookmarkStartList()) {
                        bookmarks.add(b.getName());
                    }
                }
            }
            assertThat(headings).containsExactlyElementsOf(entries.stream()
                    .map(e -> e.priority() + " – " + Words.referenceAndTitle(e.reference(), e.title())).toList());
            assertThat(bookmarks).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(entries.size() / 2);
        }
    }

    @Test
    void inAForcesTemplateTheAppendixStaysAtItsPlaceholderBeforeWhatFollowsIt(@TempDir Path dir) throws IOException {
        Path template = dir.resolve("force.docx");
        try (XWPFDocument t = new XWPFDocument(); java.io.OutputStream out = Files.newOutputStream(template)) {
            t.createParagraph().createRun().setText("{{summary}}");
            t.createParagraph().createRun().setText("{{appendix}}");
            t.createParagraph().createRun().setText(CLOSING);
            t.createParagraph().createRun().setText("{{proposedClosure}}");
            t.write(out);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxExporter().export(report, Options.of(java.util.Map.of("template", template.toString())), out);
        try (XWPFDocument paper = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            List<IBodyElement> body = paper.getBodyElements();
            int appendix = indexOf(body, AppendixSection.HEADING);
            int closing = indexOf(body, CLOSING);
            int proposed = indexOf(body, "Recommendations proposed for closure");
            List<Integer> itemTables = new ArrayList<>();
            for (int i = 0; i < body.size(); i++) {
                if (body.get(i) instanceof XWPFTable table && isItem(table)) {
                    itemTables.add(i);
                }
            }
            assertThat(appendix).isPositive();
            assertThat(itemTables).hasSize(entries.size()).allSatisfy(i -> assertThat(i).isBetween(appendix, closing));
            assertThat(((XWPFParagraph) body.get(closing - 1)).getText()).startsWith("Status on ");
            assertThat(proposed).isGreaterThan(closing);
        }
    }

    static final String CLOSING = "The force's closing words, after the appendix.";

    @Test
    void noMarkerIsLeftAndNoTemporaryFileIsKept() throws IOException {
        String document = entry(bytes, FixedTimeZip.DOCUMENT);
        assertThat(document).doesNotContain("rectrack-spilled-").startsWith("<?xml");
        assertThat(document.indexOf("<w:document")).isPositive();
        Path poiFiles = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
        if (Files.isDirectory(poiFiles)) {
            try (Stream<Path> files = Files.list(poiFiles)) {
                assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith("rectrack-paper-"));
            }
        }
    }

    @Test
    void theSamePaperTwiceIsTheSameBytes() throws IOException {
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        new DocxExporter().export(report, Options.none(), again);
        assertThat(again.toByteArray()).isEqualTo(bytes);
    }

    /** An appendix item: two columns, the first row's first cell the RAG colour's word. */
    private static boolean isItem(XWPFTable table) {
        return table.getRows().size() > 1 && table.getRow(0).getTableCells().size() == 2
                && Stream.of(RagColour.values()).map(RagColour::word).anyMatch(table.getRow(0).getCell(0).getText().strip()::equals);
    }

    private static int indexOf(List<IBodyElement> body, String start) {
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i) instanceof XWPFParagraph p && p.getText().startsWith(start)) {
                return i;
            }
        }
        return -1;
    }

    private static String entry(byte[] docx, String name) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(name + " is not in the package");
    }
}
