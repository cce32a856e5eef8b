package io.github.rectrack.export.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectrack.engine.publication.Profile;
import io.github.rectrack.engine.spi.Finding;
import io.github.rectrack.engine.spi.Options;
import io.github.rectrack.engine.spi.Report;
import io.github.rectrack.testkit.ContractRegisters;
import io.github.rectrack.testkit.LeakCheck;
import io.github.rectrack.testkit.RestrictedRegister;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.officeDocument.x2006.extendedProperties.CTProperties;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPrChange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;

/**
 * The parts of a force's template that hold text or names beyond its paragraphs and properties: tracked
 * changes, footnotes and endnotes, text boxes, the extended properties, pictures' alternative text, and
 * the formatting within a paragraph that held a name. Each template is built here with one of the
 * register's people's names planted in the place tested; a paper for the panel keeps it, a public paper
 * holds none.
 */
class DocxPublicTemplatePartsTest {

    private static final String OWNER_A = RestrictedRegister.PERSONAL_NAMES.get(0);
    private static final String OWNER_B = RestrictedRegister.PERSONAL_NAMES.get(1);
    private static final String AUTHOR_C = RestrictedRegister.PERSONAL_NAMES.get(2);
    private static final String OWNER_B_ROLE = "Detective Chief Inspector, Public Protection";
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    @TempDir
    Path dir;

    private Path template(Consumer<XWPFDocument> plant) throws IOException {
        XWPFDocument t = new XWPFDocument();
        plant.accept(t);
        t.createParagraph().createRun().setText("{{summary}}");
        Path path = dir.resolve("template.docx");
        try (t; OutputStream out = Files.newOutputStream(path)) {
            t.write(out);
        }
        return path;
    }

    private static Report report(Profile profile) {
        return Report.builder(RestrictedRegister.register()).asOf(ContractRegisters.DAY).forum("JARAP").profile(profile).build();
    }

    private record Paper(byte[] bytes, List<Finding> warnings) {}

    private static Paper export(Path template, Profile profile) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Finding> warnings = new DocxExporter().exportWithFindings(report(profile),
                Options.of(Map.of(DocxExporter.TEMPLATE, template.toString())), out);
        return new Paper(out.toByteArray(), warnings);
    }

    private static String entry(byte[] docx, String name) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no entry " + name);
    }

    private static List<String> leakPlaces(byte[] bytes) {
        return LeakCheck.search(bytes, RestrictedRegister.PERSONAL_NAMES).stream().map(LeakCheck.Leak::where).distinct().toList();
    }

    private static void append(CTP p, String runXml) {
        try {
            p.addNewR().set(CTR.Factory.parse(runXml, new XmlOptions().setLoadReplaceDocumentElement(null)));
        } catch (XmlException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void trackedChanges(XWPFDocument t) {
        try {
            t.createParagraph().getCTP().set(CTP.Factory.parse("<w:p xmlns:w='" + W + "'><w:pPr><w:jc w:val='center'/>"
                    + "<w:pPrChange w:id='1' w:author='" + AUTHOR_C + "'><w:pPr/></w:pPrChange></w:pPr>"
                    + "<w:r><w:t>Centred</w:t></w:r></w:p>", new XmlOptions().setLoadReplaceDocumentElement(null)));
        } catch (XmlException e) {
            throw new IllegalStateException(e);
        }
        XWPFParagraph p = t.createParagraph();
        XWPFRun kept = p.createRun();
        kept.setText("Reviewed ");
        CTRPrChange runChange = kept.getCTR().addNewRPr().addNewRPrChange();
        runChange.setId(BigInteger.TWO);
        runChange.setAuthor(OWNER_A);
        runChange.addNewRPr();
        CTRunTrackChange inserted = p.getCTP().addNewIns();
        inserted.setId(BigInteger.valueOf(3));
        inserted.setAuthor(OWNER_B);
        inserted.addNewR().addNewT().setStringValue("quarterly");
        CTRunTrackChange deleted = p.getCTP().addNewDel();
        deleted.setId(BigInteger.valueOf(4));
        deleted.setAuthor(OWNER_A);
        deleted.addNewR().addNewDelText().setStringValue("monthly");
        CTRunTrackChange headerChange = t.createHeader(HeaderFooterType.DEFAULT).createParagraph().getCTP().addNewIns();
        headerChange.setId(BigInteger.valueOf(5));
        headerChange.setAuthor(AUTHOR_C);
        headerChange.addNewR().addNewT().setStringValue("PAPER MARKED C");
    }

    @Test
    void contentControlTitlesAndTagsAreRedactedAndBuildingBlocksRemoved() throws Exception {
        Path template = template(t -> {
            try {
                t.getDocument().getBody().addNewSdt().set(org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtBlock.Factory.parse(
                        "<w:sdt xmlns:w='" + W + "'><w:sdtPr><w:alias w:val='Signed off by " + OWNER_A + "'/><w:tag w:val='" + AUTHOR_C
                                + "'/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>Sign-off</w:t></w:r></w:p></w:sdtContent></w:sdt>",
                        new XmlOptions().setLoadReplaceDocumentElement(null)));
            } catch (XmlException e) {
                throw new IllegalStateException(e);
            }
        });
        // a glossary (building blocks) part, which POI does not load, holding a name
        try (org.apache.poi.openxml4j.opc.OPCPackage pkg = org.apache.poi.openxml4j.opc.OPCPackage.open(template.toFile(),
                org.apache.poi.openxml4j.opc.PackageAccess.READ_WRITE)) {
            var main = pkg.getPartsByRelationshipType(
                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument").get(0);
            var name = org.apache.poi.openxml4j.opc.PackagingURIHelper.createPartName("/word/glossary/document.xml");
            var glossary = pkg.createPart(name, "application/vnd.openxmlformats-officedocument.wordprocessingml.document.glossary+xml");
            try (OutputStream out = glossary.getOutputStream()) {
                out.write(("<w:glossaryDocument xmlns:w='" + W + "'><w:docParts><w:docPart><w:docPartBody><w:p><w:r><w:t>Prepared by "
                        + OWNER_B + "</w:t></w:r></w:p></w:docPartBody></w:docPart></w:docParts></w:glossaryDocument>")
                        .getBytes(StandardCharsets.UTF_8));
            }
            main.addRelationship(name, org.apache.poi.openxml4j.opc.TargetMode.INTERNAL,
                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/glossaryDocument");
        }
        assertThat(leakPlaces(export(template, Profile.PANEL).bytes())).contains("zip entry word/glossary/document.xml",
                "zip entry word/document.xml");

        Paper paper = export(template, Profile.PUBLIC);
        assertThat(LeakCheck.search(paper.bytes(), RestrictedRegister.forbiddenInPublic())).isEmpty();
        String body = entry(paper.bytes(), "word/document.xml");
        assertThat(body).contains("w:alias w:val=\"Signed off by MFH\"", "w:tag w:val=\"IC\"", ">Sign-off<");
        assertThat(paper.warnings()).anySatisfy(f -> {
            assertThat(f.location()).isEqualTo("template " + template + " > word/glossary/document.xml");
            assertThat(f.message()).startsWith("removed (building blocks (the glossary document))");
        });
    }

    @Test
    void trackedChangesNameNoOneInAPublicPaperAndAreReportedOnce() throws IOException {
        Path template = template(DocxPublicTemplatePartsTest::trackedChanges);
        byte[] panel = export(template, Profile.PANEL).bytes();
        assertThat(entry(panel, "word/document.xml")).contains("w:author=\"" + OWNER_A + "\"", "w:author=\"" + OWNER_B + "\"",
                "w:author=\"" + AUTHOR_C + "\"");
        assertThat(entry(panel, "word/header1.xml")).contains("w:author=\"" + AUTHOR_C + "\"");

        Paper paper = export(template, Profile.PUBLIC);
        assertThat(LeakCheck.search(paper.bytes(), RestrictedRegister.forbiddenInPublic())).isEmpty();
        String body = entry(paper.bytes(), "word/document.xml");
        assertThat(body).contains("w:author=\"Author\"").contains(">quarterly<").contains(">monthly<");
        assertThat(entry(paper.bytes(), "word/header1.xml")).contains("w:author=\"Author\"");
        List<Finding> authors = paper.warnings().stream().filter(f -> f.message().contains("tracked change")).toList();
        assertThat(authors).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
            assertThat(f.location()).isEqualTo("template " + template + " > word/document.xml, word/header1.xml");
            assertThat(f.message()).isEqualTo("the author of 5 tracked changes were replaced by 'Author': under the public profile a "
                    + "template's tracked changes name no one; accept or reject the changes in the template to leave them out");
        });
    }

    @Test
    void footnotesAndEndnotesAreRedactedLikeTheBody() throws IOException {
        Path template = template(t -> {
            XWPFParagraph p = t.createParagraph();
            p.createRun().setText("Figures agreed with the force");
            t.createFootnotes();
            XWPFFootnote footnote = t.createFootnote();
            footnote.createParagraph().createRun().setText("Source: interview with " + OWNER_B + ", March 2020");
            p.addFootnoteReference(footnote);
            t.createEndnotes();
            t.createEndnote().createParagraph().createRun().setText("Checked by " + AUTHOR_C);
        });
        assertThat(leakPlaces(export(template, Profile.PANEL).bytes())).contains("zip entry word/footnotes.xml", "zip entry word/endnotes.xml");

        Paper paper = export(template, Profile.PUBLIC);
        assertThat(LeakCheck.search(paper.bytes(), RestrictedRegister.forbiddenInPublic())).isEmpty();
        try (XWPFDocument read = new XWPFDocument(new ByteArrayInputStream(paper.bytes()))) {
            assertThat(read.getFootnotes()).flatMap(XWPFFootnote::getParagraphs).extracting(XWPFParagraph::getText)
                    .contains("Source: interview with " + OWNER_B_ROLE + ", March 2020");
            assertThat(read.getEndnotes()).flatMap(n -> n.getParagraphs()).extracting(XWPFParagraph::getText).contains("Checked by IC");
        }
    }

    private static String vmlTextBox(String text, String alt) {
        return "<w:r xmlns:w='" + W + "' xmlns:v='urn:schemas-microsoft-com:vml' xmlns:o='urn:schemas-microsoft-com:office:office'>"
                + "<w:pict><v:shape id='box1' style='width:200pt;height:40pt' alt='" + alt + "'>"
                + "<v:imagedata o:title='" + alt + "'/>"
                + "<v:textbox><w:txbxContent><w:p><w:r><w:t>" + text + "</w:t></w:r></w:p></w:txbxContent></v:textbox>"
                + "</v:shape></w:pict></w:r>";
    }

    private static String drawingTextBox(String text, String descr, String title) {
        return "<w:r xmlns:w='" + W + "' xmlns:wp='http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing'"
                + " xmlns:a='http://schemas.openxmlformats.org/drawingml/2006/main'"
                + " xmlns:wps='http://schemas.microsoft.com/office/word/2010/wordprocessingShape'>"
                + "<w:drawing><wp:inline distT='0' distB='0' distL='0' distR='0'><wp:extent cx='1828800' cy='457200'/>"
                + "<wp:docPr id='7' name='Text Box 7' descr='" + descr + "' title='" + title + "'/>"
                + "<a:graphic><a:graphicData uri='http://schemas.microsoft.com/office/word/2010/wordprocessingShape'>"
                + "<wps:wsp><wps:cNvSpPr txBox='1'/><wps:spPr/><wps:txbx><w:txbxContent><w:p><w:r><w:t>" + text
                + "</w:t></w:r></w:p></w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>"
                + "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>";
    }

    /** A text box as Word writes it: DrawingML for Word 2010 and later, with VML as the fallback for older readers. */
    private static String alternateTextBox(String text) {
        String choice = drawingTextBox(text, "Text box", "Text box").replaceFirst("^<w:r [^>]*>", "").replaceFirst("</w:r>$", "");
        String fallback = vmlTextBox(text, "Text box").replaceFirst("^<w:r [^>]*>", "").replaceFirst("</w:r>$", "");
        return "<w:r xmlns:w='" + W + "' xmlns:mc='http://schemas.openxmlformats.org/markup-compatibility/2006'"
                + " xmlns:wp='http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing'"
                + " xmlns:a='http://schemas.openxmlformats.org/drawingml/2006/main'"
                + " xmlns:wps='http://schemas.microsoft.com/office/word/2010/wordprocessingShape'"
                + " xmlns:v='urn:schemas-microsoft-com:vml' xmlns:o='urn:schemas-microsoft-com:office:office'>"
                + "<mc:AlternateContent><mc:Choice Requires='wps'>" + choice + "</mc:Choice><mc:Fallback>" + fallback
                + "</mc:Fallback></mc:AlternateContent></w:r>";
    }

    @Test
    void aTextBoxWithItsFallbackIsRedactedInBoth() throws IOException {
        Path template = template(t -> append(t.createParagraph().getCTP(), alternateTextBox("Chaired by " + OWNER_A)));
        assertThat(entry(export(template, Profile.PANEL).bytes(), "word/document.xml")).contains(">Chaired by " + OWNER_A + "<");

        Paper paper = export(template, Profile.PUBLIC);
        assertThat(LeakCheck.search(paper.bytes(), RestrictedRegister.forbiddenInPublic())).isEmpty();
        String body = entry(paper.bytes(), "word/document.xml");
        assertThat(body.split(">Chaired by MFH<", -1)).hasSize(3);
        assertThat(body).contains("mc:Fallback");
    }

    @Test
    void textBoxesAndAlternativeTextAreRedactedInBodyHeaderAndFooter() throws IOException {
        Path template = template(t -> {
            XWPFParagraph p = t.createParagraph();
            p.createRun().setText("Contacts: ");
            append(p.getCTP(), vmlTextBox("Ask " + OWNER_A, "Photograph of " + OWNER_B));
            append(t.createHeader(HeaderFooterType.DEFAULT).createParagraph().getCTP(), drawingTextBox("Prepared by " + AUTHOR_C,
                    "Signature of " + OWNER_A, OWNER_B));
            append(t.createFooter(HeaderFooterType.DEFAULT).createParagraph().getCTP(), vmlTextBox("Queries to " + OWNER_B, "Logo"));
        });
        byte[] panel = export(template, Profile.PANEL).bytes();
        assertThat(entry(panel, "word/document.xml")).contains(">Ask " + OWNER_A + "<", "alt=\"Photograph of " + OWNER_B + "\"");
        assertThat(leakPlaces(panel)).contains("zip entry word/header1.xml", "zip entry word/footer1.xml");

        Paper paper = export(template, Profile.PUBLIC);
        assertThat(LeakCheck.search(paper.bytes(), RestrictedRegister.forbiddenInPublic())).isEmpty();
        String body = entry(paper.bytes(), "word/document.xml");
        assertThat(body).contains(">Ask MFH<").contains("alt=\"Photograph of " + OWNER_B_ROLE + "\"")
                .contains("o:title=\"Photograph of " + OWNER_B_ROLE + "\"").contains(">Contacts: <");
        assertThat(entry(paper.bytes(), "word/header1.xml")).contains(">Prepared by IC<").contains("descr=\"Signature of MFH\"")
                .contains("title=\"" + OWNER_B_ROLE + "\"");
        assertThat(entry(paper.bytes(), "word/footer1.xml")).contains(">Queries to " + OWNER_B_ROLE + "<").contains("alt=\"Logo\"");
    }

    @Test
    void linksWhoseAddressNamesSomeoneLeadNowhere() throws IOException {
        String profile = "https://intranet.example/staff/" + OWNER_A.replace(" ", "%20");
        String mail = "mailto:" + OWNER_B.toLowerCase(Locale.ROOT).replace(' ', '.') + "@force.example.police.uk";
        String kept = "https://www.example.police.uk/jarap";
        Path template = template(t -> {
            XWPFParagraph p = t.createParagraph();
            p.createHyperlinkRun(profile).setText("profile");
            p.createRun().setText(", ");
            p.createHyperlinkRun(mail).setText("write to us");
            p.createRun().setText(", ");
            p.createHyperlinkRun(kept).setText("the panel's page");
        });
        assertThat(entry(export(template, Profile.PANEL).bytes(), "word/_rels/document.xml.rels")).contains(profile, mail, kept);

        Paper paper = export(template, Profile.PUBLIC);
        String links = entry(paper.bytes(), "word/_rels/document.xml.rels");
        assertThat(links).doesNotContain("Marjorie").doesNotContain("quennell").contains(kept);
        assertThat(links.split("Target=\"about:blank\"", -1)).hasSize(3);
        try (XWPFDocument read = new XWPFDocument(new ByteArrayInputStream(paper.bytes()))) {
            assertThat(paragraph(read, "profile").getText()).isEqualTo("profile, write to us, the panel's page");
        }
        assertThat(paper.warnings()).filteredOn(f -> f.location().equals("template " + template + " > word/_rels/document.xml.rels"))
                .extracting(Finding::message).containsExactly("the address of 2 external links named a person or held an e-mail address or "
                        + "telephone number and was replaced by 'about:blank': under the public profile a template's links name no one");
    }

    @Test
    void theExtendedPropertiesCompanyTemplateAndManagerNameNoOne() throws IOException {
        Path template = template(t -> {
            CTProperties app = t.getProperties().getExtendedProperties().getUnderlyingProperties();
            app.setCompany(OWNER_A);
            app.setTemplate(AUTHOR_C + " committee paper.dotx");
            app.setManager(OWNER_B);
        });
        assertThat(leakPlaces(export(template, Profile.PANEL).bytes())).contains("zip entry docProps/app.xml");

        Paper paper = export(template, Profile.PUBLIC);
        assertThat(LeakCheck.search(paper.bytes(), RestrictedRegister.forbiddenInPublic())).isEmpty();
        try (XWPFDocument read = new XWPFDocument(new ByteArrayInputStream(paper.bytes()))) {
            CTProperties app = read.getProperties().getExtendedProperties().getUnderlyingProperties();
            assertThat(app.isSetCompany()).isFalse();
            assertThat(app.isSetManager()).isFalse();
            assertThat(app.getTemplate()).isEqualTo("IC committee paper.dotx");
        }
        assertThat(paper.warnings()).filteredOn(f -> f.location().equals("template " + template + " > docProps/app.xml"))
                .extracting(Finding::message).containsExactly(
                        "the template's document property 'manager' was removed: under the public profile a template's properties that "
                                + "may name people are not published",
                        "the template's document property 'company' was removed: under the public profile a template's properties that "
                                + "may name people are not published",
                        "the template's document property 'template' named a person and was redacted: under the public profile a "
                                + "template's properties that may name people are not published");
    }

    @Test
    void aRedactedParagraphKeepsTheFormattingOfItsRuns() throws IOException {
        String[] surname = OWNER_A.split(" ", 2);
        Path template = template(t -> {
            XWPFParagraph p = t.createParagraph();
            p.createRun().setText("Prepared by ");
            XWPFRun first = p.createRun();
            first.setBold(true);
            first.setText(surname[0]);
            p.createRun().setText(" " + surname[1] + " for the ");
            XWPFRun panel = p.createRun();
            panel.setItalic(true);
            panel.setText("panel");
            XWPFParagraph within = t.createParagraph();
            XWPFRun bold = within.createRun();
            bold.setBold(true);
            bold.setText("Lead: ");
            XWPFRun italic = within.createRun();
            italic.setItalic(true);
            italic.setText("ask " + OWNER_B + " first");
            within.createRun().setText("; then the board");
        });

        Paper paper = export(template, Profile.PUBLIC);
        assertThat(LeakCheck.search(paper.bytes(), RestrictedRegister.forbiddenInPublic())).isEmpty();
        try (XWPFDocument read = new XWPFDocument(new ByteArrayInputStream(paper.bytes()))) {
            XWPFParagraph prepared = paragraph(read, "Prepared by");
            assertThat(prepared.getText()).isEqualTo("Prepared by MFH for the panel");
            assertThat(prepared.getRuns()).extracting(XWPFRun::text).containsExactly("Prepared by ", "MFH", " for the ", "panel");
            assertThat(prepared.getRuns()).extracting(XWPFRun::isBold).containsExactly(false, true, false, false);
            assertThat(prepared.getRuns()).extracting(XWPFRun::isItalic).containsExactly(false, false, false, true);
            XWPFParagraph lead = paragraph(read, "Lead:");
            assertThat(lead.getRuns()).extracting(XWPFRun::text).containsExactly("Lead: ", "ask " + OWNER_B_ROLE + " first", "; then the board");
            assertThat(lead.getRuns()).extracting(XWPFRun::isBold).containsExactly(true, false, false);
            assertThat(lead.getRuns()).extracting(XWPFRun::isItalic).containsExactly(false, true, false);
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument document, String start) {
        return document.getParagraphs().stream().filter(p -> p.getText().startsWith(start)).findFirst().orElseThrow();
    }
}
