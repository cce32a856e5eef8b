package io.github.rectrack.export.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.engine.spi.Options;
import io.github.rectrack.engine.spi.Report;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** The paper written into a force's own template. */
class DocxTemplateTest {

    private static final String DOCUMENT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static final String TEMPLATE_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml";
    private static final String FORCE_STYLE = "ForceBody";
    private static final String FORCE_TEXT = "The Chief Constable's narrative, written by the force.";
    private static final String FORCE_CLOSING = "Contact: the force's inspection liaison officer.";

    private static Report report;

    @TempDir
    static Path dir;

    @BeforeAll
    static void report() {
        report = Report.builder(ReferenceRegister.LEICESTERSHIRE_2020.load()).asOf(LocalDate.of(2020, 10, 16)).forum("JARAP").build();
    }

    /** A force's template: a marked header, its own style, a title with inline placeholders, two sections placed. */
    private static XWPFDocument forceTemplate(String... extraBody) {
        XWPFDocument t = new XWPFDocument();
        XWPFStyles styles = t.createStyles();
        CTStyle style = CTStyle.Factory.newInstance();
        style.setType(STStyleType.PARAGRAPH);
        style.setStyleId(FORCE_STYLE);
        style.addNewName().setVal("Force Body");
        style.addNewRPr().addNewI();
        styles.addStyle(new XWPFStyle(style, styles));
        XWPFHeader header = t.createHeader(HeaderFooterType.DEFAULT);
        header.createParagraph().createRun().setText("PAPER MARKED C");
        XWPFParagraph title = t.createParagraph();
        // Word often splits a placeholder across runs: "{{organ" + "isation}} – {{" + "forum}}".
        title.createRun().setText("{{organ");
        title.getRuns().get(0).setBold(true);
        title.createRun().setText("isation}} – {{");
        title.createRun().setText("forum}}");
        t.createParagraph().createRun().setText("{{summary}}");
        XWPFParagraph force = t.createParagraph();
        force.setStyle(FORCE_STYLE);
        force.createRun().setText(FORCE_TEXT);
        t.createParagraph().createRun().setText("{{appendix}}");
        t.createParagraph().createRun().setText(FORCE_CLOSING);
        for (String extra : extraBody) {
            t.createParagraph().createRun().setText(extra);
        }
        return t;
    }

    private static Path save(XWPFDocument t, String name, boolean dotx) throws IOException {
        if (dotx) {
            t.getPackage().replaceContentType(DOCUMENT_MAIN, TEMPLATE_MAIN);
        }
        Path path = dir.resolve(name);
        try (t; OutputStream out = Files.newOutputStream(path)) {
            t.write(out);
        }
        return path;
    }

    private static byte[] export(Path template) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxExporter().export(report, Options.of(Map.of("template", template.toString())), out);
        return out.toByteArray();
    }

    private static int index(List<IBodyElement> elements, Predicate<IBodyElement> which) {
        for (int i = 0; i < elements.size(); i++) {
            if (which.test(elements.get(i))) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }

    private static Predicate<IBodyElement> paragraph(Predicate<String> text) {
        return e -> e instanceof XWPFParagraph p && text.test(p.getText());
    }

    private static List<List<String>> rows(XWPFTable table) {
        List<List<String>> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            rows.add(row.getTableCells().stream().map(c -> c.getText().strip()).toList());
        }
        return rows;
    }

    private static String allXml(byte[] docx) throws IOException {
        StringBuilder all = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                all.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }

    @Test
    void thePaperIsWrittenIntoTheForcesTemplate() throws IOException {
        byte[] bytes = export(save(forceTemplate(), "force.docx", false));
        try (XWPFDocument paper = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            assertThat(paper.getHeaderList()).extracting(XWPFHeader::getText).anyMatch(h -> h.contains("PAPER MARKED C"));
            assertThat(paper.getStyles().styleExist(FORCE_STYLE)).isTrue();
            assertThat(paper.getStyles().styleExist(PaperStyles.HEADING_1)).isTrue();

            List<IBodyElement> body = paper.getBodyElements();
            XWPFParagraph title = (XWPFParagraph) body.get(0);
            assertThat(title.getText()).isEqualTo(report.register().organisation() + " – Joint Audit, Risk and Assurance Panel");
            assertThat(title.getRuns()).hasSize(1);
            assertThat(title.getRuns().get(0).isBold()).isTrue();

            int summaryHeading = index(body, paragraph(FrontMatter.SUMMARY::equals));
            int summaryTable = index(body, e -> e instanceof XWPFTable t && t.getRow(0).getCell(0).getText().strip().equals("Priority"));
            int force = index(body, paragraph(FORCE_TEXT::equals));
            int appendix = index(body, paragraph(t -> t.startsWith(AppendixSection.HEADING)));
            int closing = index(body, paragraph(FORCE_CLOSING::equals));
            int purpose = index(body, paragraph(FrontMatter.PURPOSE::equals));
            int ragKey = index(body, paragraph(FrontMatter.RAG_KEY::equals));
            assertThat(summaryHeading).isEqualTo(1);
            assertThat(rows((XWPFTable) body.get(summaryTable)).get(1)).containsExactly("Fundamental", "0", "2", "0", "0", "2");
            assertThat(summaryTable).isLessThan(force);
            assertThat(((XWPFParagraph) body.get(force)).getStyle()).isEqualTo(FORCE_STYLE);
            assertThat(appendix).isGreaterThan(force).isLessThan(closing);
            // sections without a placeholder follow the template's own text, in the standard order
            assertThat(purpose).isGreaterThan(closing).isLessThan(ragKey);
            assertThat(paper.getParagraphs()).noneMatch(p -> p.getText().contains("{{"));
        }
        assertThat(allXml(bytes)).doesNotContain("{{");
    }

    @Test
    void twoExportsAreByteIdentical() throws IOException {
        Path template = save(forceTemplate(), "same.docx", false);
        assertThat(export(template)).isEqualTo(export(template));
    }

    @Test
    void aDotxIsAcceptedAndGivesADocument() throws IOException {
        byte[] bytes = export(save(forceTemplate(), "force.dotx", true));
        try (XWPFDocument paper = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            assertThat(paper.getPackagePart().getContentType()).isEqualTo(DOCUMENT_MAIN);
            assertThat(paper.getHeaderList()).extracting(XWPFHeader::getText).anyMatch(h -> h.contains("PAPER MARKED C"));
            assertThat(paper.getParagraphs()).anyMatch(p -> p.getText().equals(FORCE_TEXT));
        }
    }

    @Test
    void anUnknownPlaceholderIsNamedWithTheKnownOnes() throws IOException {
        Path template = save(forceTemplate("Budget: {{budget}}"), "budget.docx", false);
        assertThatThrownBy(() -> export(template)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("{{budget}}").hasMessageContaining("{{summary}}").hasMessageContaining("{{organisation}}")
                .hasMessageContaining("{{monitoredElsewhere}}");
    }

    @Test
    void aSectionPlaceholderMustBeAParagraphOfItsOwn() throws IOException {
        Path template = save(forceTemplate("See {{slippage}} below"), "inline-section.docx", false);
        assertThatThrownBy(() -> export(template)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("{{slippage}}");
    }

    @Test
    void aMissingTemplateIsNamed() {
        Path missing = dir.resolve("no-such-template.dotx");
        assertThatThrownBy(() -> export(missing)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(missing.toString());
    }

    @Test
    void anUnreadableTemplateIsNamed() throws IOException {
        Path junk = Files.writeString(dir.resolve("junk.docx"), "not a zip");
        assertThatThrownBy(() -> export(junk)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(junk.toString());
    }

    @Test
    void theCallersStreamStaysOpen() throws IOException {
        Path template = save(forceTemplate(), "open.docx", false);
        boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        new DocxExporter().export(report, Options.of(Map.of("template", template.toString())), out);
        assertThat(closed[0]).isFalse();
        assertThat(out.size()).isPositive();
    }

    @Test
    void theShippedDefaultTemplateHoldsEverySectionsPlaceholder() throws IOException {
        try (InputStream in = DocxExporter.class.getResourceAsStream(DocxExporter.DEFAULT_TEMPLATE_RESOURCE)) {
            assertThat(in).as("the shipped default template").isNotNull();
            try (XWPFDocument shipped = new XWPFDocument(in); XWPFDocument built = DefaultTemplate.build()) {
                assertThat(shipped.getParagraphs()).extracting(XWPFParagraph::getText)
                        .isEqualTo(built.getParagraphs().stream().map(XWPFParagraph::getText).toList())
                        .containsAll(java.util.Arrays.stream(Section.values()).map(Section::placeholder).toList());
                assertThat(shipped.getHeaderList()).extracting(XWPFHeader::getText).containsExactly(DefaultTemplate.HEADER + "\n");
            }
        }
    }

    @Test
    void theDefaultTemplateGivesTheWholePaperInOrder() throws IOException {
        Path template = dir.resolve("default.docx");
        try (InputStream in = DocxExporter.class.getResourceAsStream(DocxExporter.DEFAULT_TEMPLATE_RESOURCE)) {
            Files.copy(in, template);
        }
        byte[] bytes = export(template);
        assertThat(allXml(bytes)).doesNotContain("{{");
        try (XWPFDocument paper = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            // The panel's paper settings mark the paper first, then the organisation.
            assertThat(paper.getParagraphs().get(0).getText()).isEqualTo("PAPER MARKED C");
            assertThat(paper.getParagraphs().get(1).getText()).isEqualTo(report.register().organisation());
            assertThat(paper.getHeaderList()).extracting(XWPFHeader::getText)
                    .anyMatch(h -> h.startsWith(report.register().organisation() + " – Joint Audit, Risk and Assurance Panel – 16 October 2020"));
        }
    }
}
