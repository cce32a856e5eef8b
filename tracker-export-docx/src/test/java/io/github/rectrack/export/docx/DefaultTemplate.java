package io.github.rectrack.export.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * Builds the default template shipped as {@link DocxExporter#DEFAULT_TEMPLATE_RESOURCE}. To regenerate
 * it after a change here, run {@link #main} from the module's directory; {@code DocxTemplateTest} checks
 * the shipped file still holds what this builds.
 */
final class DefaultTemplate {

    /** The body paragraphs of the default template, in order. */
    static final List<String> BODY = List.of(
            "{{title}}",
            "{{purpose}}",
            "{{recommendation}}",
            "{{summary}}",
            "{{ragKey}}",
            "{{proposedClosure}}",
            "{{reportingCriteria}}",
            "{{slippage}}",
            "{{extensionRequests}}",
            "{{discrepancies}}",
            "{{movement}}",
            "{{appendix}}",
            "{{monitoredElsewhere}}",
            "{{implications}}",
            "{{backgroundPapers}}",
            "{{contacts}}");

    /** The header's text: where a force puts its paper marking. */
    static final String HEADER = "{{organisation}} – {{forum}} – {{asOf}} – OFFICIAL";

    private DefaultTemplate() {}

    static XWPFDocument build() {
        XWPFDocument document = new XWPFDocument();
        PaperStyles.install(document);
        document.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText(HEADER);
        for (int i = 0; i < BODY.size(); i++) {
            XWPFParagraph p = document.createParagraph();
            p.setStyle(PaperStyles.NORMAL);
            p.createRun().setText(BODY.get(i));
        }
        return document;
    }

    /**
     * Writes the default template into the module's resources.
     *
     * @param args unused
     * @throws IOException if writing fails
     */
    public static void main(String[] args) throws IOException {
        Path target = Path.of("src/main/resources" + DocxExporter.DEFAULT_TEMPLATE_RESOURCE);
        try (XWPFDocument document = build(); OutputStream out = Files.newOutputStream(target)) {
            document.write(out);
        }
    }
}
