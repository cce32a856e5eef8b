package io.github.rectrack.export.docx;

import static io.github.rectrack.export.docx.PaperDocument.bold;
import static io.github.rectrack.export.docx.PaperDocument.paragraph;
import static io.github.rectrack.export.docx.PaperDocument.plain;

import io.github.rectrack.engine.spi.rag.Rag;
import io.github.rectrack.engine.view.SummaryMatrix;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The front of the paper: title block, purpose, summary table and RAG key (each colour's meaning as the
 * policy that coloured the register describes it, {@code RagPolicy#colourMeanings}). The purpose ends with the
 * engine's statement of what the report's profile withheld, when it withheld something.
 */
final class FrontMatter {

    /** The heading of the purpose. */
    static final String PURPOSE = "Purpose of the report";
    /** The heading of the summary. */
    static final String SUMMARY = "Summary";
    /** The heading of the RAG key. */
    static final String RAG_KEY = "RAG rating";

    /** The id of the RAG policy whose meanings the key spells out. */
    private static final String REFERENCE_POLICY = "reference";

    private FrontMatter() {}

    static void titleBlock(Paper paper) {
        PaperDocument d = paper.document();
        paper.furniture().marking().ifPresent(marking -> {
            XWPFParagraph p = d.paragraph(PaperStyles.NORMAL);
            p.setAlignment(ParagraphAlignment.RIGHT);
            bold(p, Furniture.marking(marking));
        });
        d.paragraph(PaperStyles.TITLE, paper.report().register().organisation());
        d.paragraph(PaperStyles.SUBTITLE, paper.forumName());
        paper.furniture().reportOf().ifPresent(from -> labelled(d, "Report of: ", from.toUpperCase(Locale.UK)));
        labelled(d, "Subject: ", paper.subject().toUpperCase(Locale.UK));
        labelled(d, "Date: ", Words.day(paper.report().asOf()) + paper.furniture().meetingTime().map(t -> " – " + t).orElse(""));
        paper.report().recorded().ifPresent(recorded -> labelled(d, "Register: ", recorded));
        paper.author().ifPresent(author -> labelled(d, "Author: ", author));
    }

    private static void labelled(PaperDocument d, String label, String value) {
        XWPFParagraph p = d.paragraph(PaperStyles.NORMAL);
        plain(p, label);
        bold(p, value);
    }

    static void purpose(Paper paper) {
        SummaryMatrix summary = paper.views().summary();
        PaperDocument d = paper.document();
        d.heading(1, PURPOSE);
        d.paragraph(PaperStyles.NORMAL, "This report gives the " + paper.forumName() + " the progress that business owners report on the "
                + "audit and inspection recommendations reported to it, as they stood on " + Words.day(paper.report().asOf()) + ": "
                + Words.count(summary.total(), "recommendation") + ", of which " + summary.proposedClosed()
                + (summary.proposedClosed() == 1 ? " is" : " are") + " proposed for closure and need"
                + (summary.proposedClosed() == 1 ? "s" : "") + " the " + paper.forum() + "'s agreement to close.");
        paper.report().withheld().statement().ifPresent(statement -> d.paragraph(PaperStyles.NORMAL, statement));
    }

    static void summary(Paper paper) {
        SummaryMatrix summary = paper.views().summary();
        PaperDocument d = paper.document();
        d.heading(1, SUMMARY);
        d.paragraph(PaperStyles.NORMAL, "The recommendations reported to the " + paper.forum() + " by priority and RAG rating:");
        List<String> headers = new ArrayList<>();
        headers.add("Priority");
        for (Rag rag : Rag.values()) {
            headers.add(RagColour.of(rag).word());
        }
        headers.add("Total");
        XWPFTable table = d.table(new int[] {4, 2, 2, 2, 2, 2}, headers);
        XWPFTableRow header = table.getRow(0);
        for (Rag rag : Rag.values()) {
            XWPFTableCell cell = header.getCell(1 + rag.ordinal());
            RagColour colour = RagColour.of(rag);
            cell.setColor(colour.fill());
            XWPFParagraph p = cell.getParagraphs().get(0);
            p.setAlignment(ParagraphAlignment.CENTER);
            p.getRuns().get(0).setColor(colour.ink());
        }
        header.getCell(headers.size() - 1).getParagraphs().get(0).setAlignment(ParagraphAlignment.CENTER);
        for (String priority : summary.priorities()) {
            XWPFTableRow row = PaperDocument.row(table);
            plain(paragraph(row.getCell(0)), priority);
            for (Rag rag : Rag.values()) {
                number(row.getCell(1 + rag.ordinal()), summary.count(priority, rag), false);
            }
            number(row.getCell(headers.size() - 1), summary.total(priority), false);
        }
        XWPFTableRow total = PaperDocument.row(table);
        bold(paragraph(total.getCell(0)), "Total");
        for (Rag rag : Rag.values()) {
            number(total.getCell(1 + rag.ordinal()), summary.total(rag), true);
        }
        number(total.getCell(headers.size() - 1), summary.total(), true);
        XWPFParagraph proposed = d.paragraph(PaperStyles.NORMAL);
        proposed.setSpacingBefore(120);
        plain(proposed, "Proposed for closure: ");
        bold(proposed, Integer.toString(summary.proposedClosed()));
    }

    private static void number(XWPFTableCell cell, int n, boolean bold) {
        XWPFParagraph p = paragraph(cell);
        p.setAlignment(ParagraphAlignment.CENTER);
        if (bold) {
            bold(p, Integer.toString(n));
        } else {
            plain(p, Integer.toString(n));
        }
    }

    static void ragKey(Paper paper) {
        PaperDocument d = paper.document();
        String policy = paper.report().evaluation().ragPolicy();
        d.heading(1, RAG_KEY);
        d.paragraph(PaperStyles.NORMAL, "Each recommendation in the appendix is rated in the left-hand column of its table"
                + (REFERENCE_POLICY.equals(policy) ? ":" : ", by the '" + policy + "' RAG policy:"));
        XWPFTable table = d.table(new int[] {1, 4}, List.of("Rating", "Meaning"));
        for (Rag rag : Rag.values()) {
            XWPFTableRow row = PaperDocument.row(table);
            PaperDocument.rag(row.getCell(0), RagColour.of(rag), true);
            plain(paragraph(row.getCell(1)), paper.report().evaluation().colourMeanings().get(rag));
        }
    }
}
