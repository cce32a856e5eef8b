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
import java.util.Map;
import java.util.Optional;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A force's template, and the paper's options, under the public profile: every place a template or an
 * option can carry the name of one of the register's people is planted with one, and the public paper must
 * hold none of them.
 */
class DocxPublicTemplateTest {

    private static final String OWNER_A = RestrictedRegister.PERSONAL_NAMES.get(0);
    private static final String OWNER_B = RestrictedRegister.PERSONAL_NAMES.get(1);
    private static final String AUTHOR_C = RestrictedRegister.PERSONAL_NAMES.get(2);

    @TempDir
    Path dir;

    /** A template naming the register's people in its comments, custom XML, properties, header and body. */
    private Path plantedTemplate() throws IOException, InvalidFormatException {
        XWPFDocument t = new XWPFDocument();
        POIXMLProperties.CoreProperties core = t.getProperties().getCoreProperties();
        core.setCreator(OWNER_A);
        core.getUnderlyingProperties().setLastModifiedByProperty(OWNER_B);
        core.setDescription("Drafted by " + AUTHOR_C);
        core.setKeywords("audit; " + OWNER_B);
        t.getProperties().getExtendedProperties().getUnderlyingProperties().setManager(AUTHOR_C);
        t.getProperties().getCustomProperties().addProperty("Reviewer", OWNER_A);
        t.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("PAPER MARKED C – prepared by " + OWNER_B);
        XWPFParagraph body = t.createParagraph();
        body.getCTP().addNewCommentRangeStart().setId(BigInteger.ZERO);
        XWPFRun first = body.createRun();
        first.setBold(true);
        first.setText("Contact: ");
        body.createRun().setText(AUTHOR_C + ", inspection liaison");
        body.getCTP().addNewCommentRangeEnd().setId(BigInteger.ZERO);
        body.createRun().getCTR().addNewCommentReference().setId(BigInteger.ZERO);
        XWPFComments comments = t.createComments();
        XWPFComment comment = comments.createComment(BigInteger.ZERO);
        comment.setAuthor(OWNER_A);
        comment.setInitials("MFH");
        comment.createParagraph().createRun().setText("Check this with " + OWNER_B);
        t.createParagraph().createRun().setText("{{summary}}");
        PackagePartName item = PackagingURIHelper.createPartName("/customXml/item1.xml");
        PackagePart part = t.getPackage().createPart(item, "application/xml");
        try (OutputStream out = part.getOutputStream()) {
            out.write(("<document-owner>" + OWNER_A + "</document-owner>").getBytes(StandardCharsets.UTF_8));
        }
        t.getPackagePart().addRelationship(item, TargetMode.INTERNAL,
                "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml");
        Path path = dir.resolve("planted.docx");
        try (t; OutputStream out = Files.newOutputStream(path)) {
            t.write(out);
        }
        return path;
    }

    private static Report report(Profile profile) {
        return Report.builder(RestrictedRegister.register()).asOf(ContractRegisters.DAY).forum("JARAP").profile(profile).build();
    }

    private Options options() throws IOException, InvalidFormatException {
        return Options.of(Map.of(DocxExporter.TEMPLATE, plantedTemplate().toString(),
                DocxExporter.AUTHOR, OWNER_A + ", Head of Estates",
                DocxExporter.SUBJECT, "Recommendations for " + OWNER_B + "'s review"));
    }

    @Test
    void thePlantedTemplateAndOptionsNameThePeopleInAPanelPaper() throws IOException, InvalidFormatException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Finding> warnings = new DocxExporter().exportWithFindings(report(Profile.PANEL), options(), out);
        assertThat(warnings).isEmpty();
        assertThat(LeakCheck.search(out.toByteArray(), RestrictedRegister.PERSONAL_NAMES))
                .extracting(LeakCheck.Leak::where)
                .contains("zip entry word/comments.xml", "zip entry customXml/item1.xml", "zip entry docProps/core.xml",
                        "zip entry docProps/app.xml", "zip entry docProps/custom.xml", "zip entry word/header1.xml",
                        "zip entry word/document.xml");
    }

    @Test
    void aPublicPaperHoldsNoNameFromTheTemplateOrTheOptions() throws IOException, InvalidFormatException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxExporter().export(report(Profile.PUBLIC), options(), out);
        byte[] bytes = out.toByteArray();
        assertThat(LeakCheck.search(bytes, RestrictedRegister.forbiddenInPublic())).isEmpty();
        try (XWPFDocument paper = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            assertThat(paper.getHeaderList().get(0).getText().strip())
                    .isEqualTo("PAPER MARKED C – prepared by Detective Chief Inspector, Public Protection");
            assertThat(paper.getParagraphs()).extracting(XWPFParagraph::getText).contains("Contact: IC, inspection liaison");
            XWPFParagraph contact = paper.getParagraphs().stream().filter(p -> p.getText().startsWith("Contact:")).findFirst().orElseThrow();
            assertThat(contact.getRuns().get(0).isBold()).isTrue();
            assertThat(paper.getDocComments()).isNull();
            assertThat(paper.getDocument().xmlText()).doesNotContain("commentRangeStart").doesNotContain("commentReference");
            POIXMLProperties.CoreProperties core = paper.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo("Recommendations for Detective Chief Inspector, Public Protection's review");
            assertThat(core.getCreator()).isEqualTo("MFH, Head of Estates");
            assertThat(core.getUnderlyingProperties().getLastModifiedByProperty()).isEqualTo(Optional.empty());
            assertThat(core.getDescription()).isNull();
            assertThat(core.getKeywords()).isNull();
            assertThat(paper.getProperties().getExtendedProperties().getUnderlyingProperties().isSetManager()).isFalse();
            assertThat(paper.getProperties().getCustomProperties().getUnderlyingProperties().sizeOfPropertyArray()).isZero();
        }
    }

    @Test
    void aPublicPaperWarnsOfEachPartAndPropertyRemoved() throws IOException, InvalidFormatException {
        Options options = options();
        String template = options.text(DocxExporter.TEMPLATE).orElseThrow();
        List<Finding> warnings = new DocxExporter().exportWithFindings(report(Profile.PUBLIC), options, new ByteArrayOutputStream());
        assertThat(warnings).allMatch(f -> f.severity() == Finding.Severity.WARNING).extracting(Finding::location).containsExactly(
                "template " + template + " > word/comments.xml",
                "template " + template + " > customXml/item1.xml",
                "template " + template + " > docProps/custom.xml",
                "template " + template + " > docProps/core.xml",
                "template " + template + " > docProps/core.xml",
                "template " + template + " > docProps/core.xml",
                "template " + template + " > docProps/core.xml",
                "template " + template + " > docProps/app.xml");
        assertThat(warnings.get(0).message()).isEqualTo("removed (comments): under the public profile a template's comments, custom XML, "
                + "building blocks and custom properties are not published");
        assertThat(warnings.get(1).message()).startsWith("removed (custom XML)");
        assertThat(warnings.subList(3, 8)).extracting(Finding::message).containsExactly(
                "the template's document property 'creator' was removed: under the public profile a template's properties that may "
                        + "name people are not published",
                "the template's document property 'lastModifiedBy' was removed: under the public profile a template's properties "
                        + "that may name people are not published",
                "the template's document property 'description' was removed: under the public profile a template's properties "
                        + "that may name people are not published",
                "the template's document property 'keywords' was removed: under the public profile a template's properties that "
                        + "may name people are not published",
                "the template's document property 'manager' was removed: under the public profile a template's properties that "
                        + "may name people are not published");
    }
}
