package io.github.rectrack.export.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;

/** Names replaced where they lie in a paragraph's runs, each run keeping its formatting for what remains of its text. */
class ParagraphRedactionTest {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /** Replaces two of the restricted register's people as the public profile does: initials for one, a role for the other. */
    private static final UnaryOperator<String> REDACT = text -> text.replace("Marjorie Fenwick-Holt", "MFH")
            .replace("Tobias Quennell", "Detective Chief Inspector, Public Protection");

    /** A paragraph of runs: each given as "b:text" (bold), "i:text" (italic), "tab" or plain text. */
    private static CTP paragraph(String... runs) throws XmlException {
        StringBuilder xml = new StringBuilder("<w:p xmlns:w='" + W + "'>");
        for (String run : runs) {
            if (run.equals("tab")) {
                xml.append("<w:r><w:tab/></w:r>");
            } else if (run.startsWith("b:")) {
                xml.append("<w:r><w:rPr><w:b/></w:rPr><w:t xml:space='preserve'>").append(run.substring(2)).append("</w:t></w:r>");
            } else if (run.startsWith("i:")) {
                xml.append("<w:r><w:rPr><w:i/></w:rPr><w:t xml:space='preserve'>").append(run.substring(2)).append("</w:t></w:r>");
            } else {
                xml.append("<w:r><w:t xml:space='preserve'>").append(run).append("</w:t></w:r>");
            }
        }
        CTP p = CTP.Factory.newInstance();
        p.set(CTP.Factory.parse(xml.append("</w:p>").toString(), new XmlOptions().setLoadReplaceDocumentElement(null)));
        return p;
    }

    /** Each run's text, marked as {@link #paragraph} takes it. */
    private static List<String> runs(CTP p) {
        return Arrays.stream(p.getRArray()).map(ParagraphRedactionTest::run).toList();
    }

    private static String run(CTR r) {
        String mark = r.isSetRPr() && r.getRPr().sizeOfBArray() > 0 ? "b:" : r.isSetRPr() && r.getRPr().sizeOfIArray() > 0 ? "i:" : "";
        if (r.sizeOfTabArray() > 0) {
            return "tab";
        }
        return mark + Arrays.stream(r.getTArray()).map(t -> t.getStringValue()).reduce("", String::concat);
    }

    @Test
    void aParagraphWithoutNamesIsLeftAlone() throws XmlException {
        CTP p = paragraph("Prepared for the ", "i:panel");
        String before = p.xmlText();
        assertThat(ParagraphRedaction.redact(p, REDACT)).isFalse();
        assertThat(p.xmlText()).isEqualTo(before);
    }

    @Test
    void aNameWithinOneRunIsReplacedInThatRun() throws XmlException {
        CTP p = paragraph("b:Lead: ", "i:ask Tobias Quennell first", "; then the board");
        assertThat(ParagraphRedaction.redact(p, REDACT)).isTrue();
        assertThat(runs(p)).containsExactly("b:Lead: ", "i:ask Detective Chief Inspector, Public Protection first", "; then the board");
    }

    @Test
    void aNameOverRunsTakesTheFirstRunsFormattingAndTheOthersKeepTheirs() throws XmlException {
        CTP p = paragraph("Prepared by ", "b:Marjorie", " Fenwick-Holt for the ", "i:panel");
        ParagraphRedaction.redact(p, REDACT);
        assertThat(runs(p)).containsExactly("Prepared by ", "b:MFH", " for the ", "i:panel");
    }

    @Test
    void twoNamesOverRunsLeaveTheTextBetweenThemInItsOwnRun() throws XmlException {
        CTP p = paragraph("b:Tobias", " Quennell and ", "i:Marjorie Fenwick", "-Holt agreed");
        ParagraphRedaction.redact(p, REDACT);
        assertThat(runs(p)).containsExactly("b:Detective Chief Inspector, Public Protection", " and ", "i:MFH", " agreed");
    }

    @Test
    void aNameOverThreeRunsEmptiesTheMiddleOneAndTabsElsewhereStay() throws XmlException {
        CTP p = paragraph("Owner:", "tab", "i:Marj", "b:orie Fenwick-", "Holt", "tab", "due June");
        ParagraphRedaction.redact(p, REDACT);
        assertThat(runs(p)).containsExactly("Owner:", "tab", "i:MFH", "b:", "", "tab", "due June");
    }
}
