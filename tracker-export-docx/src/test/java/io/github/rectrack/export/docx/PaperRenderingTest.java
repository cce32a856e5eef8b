package io.github.rectrack.export.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.engine.spi.Options;
import io.github.rectrack.engine.spi.Report;
import io.github.rectrack.engine.view.ProposedClosure;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 2020 paper as LibreOffice lays it out (see {@link Rendering}): every page numbered in its footer,
 * and the closure list's page column giving the page each item's appendix entry is on, both computed
 * from the document's fields. {@code -Drectrack.paper.pdf=FILE} keeps the rendered PDF.
 */
class PaperRenderingTest {

    @TempDir
    static Path work;

    private static List<String> pages;
    private static Report report;

    @BeforeAll
    static void render() throws Exception {
        report = Report.builder(ReferenceRegister.LEICESTERSHIRE_2020.load()).asOf(LocalDate.of(2020, 10, 16)).forum("JARAP")
                .previousMeeting(LocalDate.of(2020, 6, 30)).build();
        Path docx = work.resolve("paper.docx");
        try (OutputStream out = Files.newOutputStream(docx)) {
            new DocxExporter().export(report, Options.none(), out);
        }
        pages = Rendering.pages(docx, work);
        // -Drectrack.paper.pdf=FILE keeps the rendered paper for a person to look at.
        String keep = System.getProperty("rectrack.paper.pdf");
        if (keep != null) {
            Files.copy(work.resolve("paper.pdf"), Path.of(keep), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void everyPageShowsItsNumberInTheFooter() {
        assertThat(pages).hasSizeGreaterThan(10);
        for (int i = 0; i < pages.size(); i++) {
            assertThat(lastLine(pages.get(i))).as("the last line of page %d", i + 1).isEqualTo("Page " + (i + 1) + " of " + pages.size());
        }
    }

    @Test
    void theClosureListGivesThePageEachItemIsOnInTheAppendix() {
        List<ProposedClosure.Item> items = report.views().proposedClosure().items();
        assertThat(items).hasSize(7);
        int list = pageWith(0, Lists.PROPOSED_CLOSURE);
        // The heading may wrap before the forum.
        int appendix = pageWith(list, AppendixSection.HEADING.strip());
        for (ProposedClosure.Item item : items) {
            String title = item.priority() + " – " + item.reference() + " " + item.title();
            int itemPage = pageWith(appendix, title) + 1;
            String start = item.reference() + " " + item.title().split(" ")[0];
            Pattern row = Pattern.compile(Pattern.quote(start) + "\\b.*\\s(\\d+)\\s*$");
            Integer listed = null;
            for (int p = list; p < appendix && listed == null; p++) {
                for (String line : pages.get(p).split("\n")) {
                    Matcher m = row.matcher(line);
                    if (m.find()) {
                        listed = Integer.valueOf(m.group(1));
                        break;
                    }
                }
            }
            assertThat(listed).as("the page listed for %s", title).isNotNull().isEqualTo(itemPage);
        }
    }

    /** The index of the first page from {@code from} holding the text, its spaces as LibreOffice set them. */
    private static int pageWith(int from, String text) {
        String wanted = text.replaceAll("\\s+", " ");
        for (int p = from; p < pages.size(); p++) {
            for (String line : pages.get(p).split("\n")) {
                if (line.strip().replaceAll("\\s+", " ").contains(wanted)) {
                    return p;
                }
            }
        }
        throw new AssertionError("no page from " + (from + 1) + " shows '" + text + "'");
    }

    private static String lastLine(String page) {
        List<String> lines = page.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }
}
