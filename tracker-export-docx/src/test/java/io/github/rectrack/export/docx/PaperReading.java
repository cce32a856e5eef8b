package io.github.rectrack.export.docx;

import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** Finds the parts of a written paper by their headings, for tests. */
final class PaperReading {

    private PaperReading() {}

    /** The text of each paragraph in the given style, in order. */
    static List<String> headings(XWPFDocument document, String style) {
        return document.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText).toList();
    }

    /** The position among the body's elements of the paragraph with exactly this text. */
    static int indexOfParagraph(XWPFDocument document, String text) {
        List<IBodyElement> elements = document.getBodyElements();
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i) instanceof XWPFParagraph p && p.getText().equals(text)) {
                return i;
            }
        }
        throw new AssertionError("no paragraph '" + text + "' in the paper");
    }

    /** The text of the first paragraph after the heading. */
    static String paragraphAfter(XWPFDocument document, String heading) {
        List<IBodyElement> elements = document.getBodyElements();
        for (int i = indexOfParagraph(document, heading) + 1; i < elements.size(); i++) {
            if (elements.get(i) instanceof XWPFParagraph p) {
                return p.getText();
            }
        }
        throw new AssertionError("no paragraph after '" + heading + "'");
    }

    /** The first table after the heading. */
    static XWPFTable tableAfter(XWPFDocument document, String heading) {
        List<IBodyElement> elements = document.getBodyElements();
        for (int i = indexOfParagraph(document, heading) + 1; i < elements.size(); i++) {
            if (elements.get(i) instanceof XWPFTable t) {
                return t;
            }
        }
        throw new AssertionError("no table after '" + heading + "'");
    }
}
