package io.github.rectrack.export.docx;

import static io.github.rectrack.export.docx.PaperDocument.bold;
import static io.github.rectrack.export.docx.PaperDocument.paragraph;
import static io.github.rectrack.export.docx.PaperDocument.plain;

import io.github.rectrack.engine.view.Discrepancies;
import io.github.rectrack.engine.view.ExtensionRequests;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The paper's sections on extension requests and on stated values that disagree with the computed ones.
 * Each is written only when its view holds something.
 */
final class ExtensionsAndDiscrepancies {

    /** The heading of the extension requests section. */
    static final String EXTENSION_REQUESTS = "Extension requests";
    /** The heading of the discrepancies section. */
    static final String DISCREPANCIES = "Stated and computed disagree";

    private ExtensionsAndDiscrepancies() {}

    static void extensionRequests(Paper paper) {
        ExtensionRequests view = paper.views().extensionRequests();
        List<ExtensionRequests.Item> items = view.items();
        if (items.isEmpty()) {
            return;
        }
        PaperDocument d = paper.document();
        d.heading(1, EXTENSION_REQUESTS);
        d.paragraph(PaperStyles.NORMAL, Words.count(items.size(), "request") + " for a later target, as at "
                + Words.day(paper.report().asOf()) + ": " + view.pending() + " pending, " + view.approved() + " approved, "
                + view.refused() + " refused.");
        XWPFTable table = d.table(new int[] {2200, 1450, 1400, 1400, 1788, 1400},
                List.of("Recommendation", "Requested", "Target in force", "Target asked for", "Reason", "Decision"));
        for (ExtensionRequests.Item item : items) {
            XWPFTableRow row = PaperDocument.row(table);
            plain(paragraph(row.getCell(0)), item.sourceTitle());
            Lists.recommendation(paper, row.getCell(0), item.recommendationId(), item.reference(), item.title());
            plain(paragraph(row.getCell(1)), Words.date(item.requestedOn()));
            item.requestedByName().ifPresent(name -> plain(paragraph(row.getCell(1)), "by " + name));
            plain(paragraph(row.getCell(2)), item.targetInForce().map(Words::target).orElse("None set"));
            plain(paragraph(row.getCell(3)), Words.target(item.targetAsked()));
            PaperDocument.text(row.getCell(4), item.reason().orElse("No reason given"));
            XWPFTableCell decision = row.getCell(5);
            if (item.state() == ExtensionRequests.State.PENDING) {
                bold(paragraph(decision), "Pending");
            } else {
                bold(paragraph(decision), Words.label(item.state()) + " by " + paper.decidedBy(item.decidedBy().orElseThrow()) + ", "
                        + Words.date(item.decidedOn().orElseThrow()));
                item.note().ifPresent(note -> PaperDocument.text(decision, note));
            }
        }
    }

    static void discrepancies(Paper paper) {
        Discrepancies view = paper.views().discrepancies();
        List<Discrepancies.Item> items = view.items();
        if (items.isEmpty()) {
            return;
        }
        PaperDocument d = paper.document();
        d.heading(1, DISCREPANCIES);
        String statedOn = view.statedAsOf().map(day -> " (stated as at " + Words.day(day) + ")").orElse("");
        d.paragraph(PaperStyles.NORMAL, "The RAG rating or status the force's own tracker states" + statedOn
                + " differs from the one worked out from the recorded targets and decisions as at " + Words.day(paper.report().asOf())
                + " for " + (items.size() == 1 ? "1 entry" : items.size() + " entries") + ".");
        XWPFTable table = d.table(new int[] {1700, 2250, 1400, 1400, 2888}, List.of("Source", "Recommendation", "Stated", "Computed", "Why they differ"));
        for (Discrepancies.Item item : items) {
            XWPFTableRow row = PaperDocument.row(table);
            plain(paragraph(row.getCell(0)), item.sourceTitle());
            Lists.recommendation(paper, row.getCell(1), item.recommendationId(), item.reference(), item.title());
            plain(paragraph(row.getCell(2)), (item.field() == Discrepancies.Field.RAG ? "RAG: " : "Status: ") + item.stated().strip());
            plain(paragraph(row.getCell(3)), item.computed());
            plain(paragraph(row.getCell(4)), Words.sentence(item.explanation()));
        }
        if (!view.unreadable().isEmpty()) {
            d.paragraph(PaperStyles.NORMAL, "Not read as a RAG colour, so not compared: " + view.unreadable().stream()
                    .map(i -> Words.referenceAndTitle(i.reference(), i.title()) + " ('" + i.stated().strip() + "')")
                    .collect(Collectors.joining("; ")) + ".");
        }
        if (!view.notCompared().isEmpty()) {
            d.paragraph(PaperStyles.NORMAL, "Status words not compared: " + view.notCompared().stream()
                    .map(i -> Words.referenceAndTitle(i.reference(), i.title()) + " ('" + i.stated().strip() + "')")
                    .collect(Collectors.joining("; ")) + ".");
        }
    }
}
