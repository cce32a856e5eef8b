package io.github.rectrack.export.docx;

import static io.github.rectrack.export.docx.PaperDocument.bold;
import static io.github.rectrack.export.docx.PaperDocument.paragraph;
import static io.github.rectrack.export.docx.PaperDocument.plain;

import io.github.rectrack.engine.view.ForwardPlan;
import io.github.rectrack.engine.spi.rag.Rag;
import io.github.rectrack.engine.view.PublishedResponses;
import io.github.rectrack.engine.view.SummaryByKind;
import io.github.rectrack.model.Recommendation;
import io.github.rectrack.engine.view.Watched;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The paper's sections on inspections: the items counted by kind where the forum asks for it, the items the
 * forum watches that are addressed to other bodies, the
 * reports awaiting a published response (s.55), and the further reports promised to the forum. Each is
 * written only when its view holds something.
 */
final class InspectionSections {

    /** The line above the table of items by kind. */
    static final String BY_KIND = "By kind of item:";
    /** Each kind of item as the paper names it. */
    static final java.util.Map<Recommendation.Kind, String> KIND_WORDS = java.util.Map.of(
            Recommendation.Kind.RECOMMENDATION, "Recommendations", Recommendation.Kind.AREA_FOR_IMPROVEMENT, "Areas for improvement",
            Recommendation.Kind.CAUSE_OF_CONCERN, "Causes of concern", Recommendation.Kind.COMMITTEE_ACTION, "Committee actions");
    /** The heading of the watched items. */
    static final String WATCHED = "Recommendations addressed to other bodies (watched)";
    /** The heading of the s.55 clock. */
    static final String PUBLISHED_RESPONSES = "Published responses to inspection reports";
    /** The heading of the forward plan. */
    static final String FORWARD_PLAN = "Further reports promised";

    private InspectionSections() {}

    /**
     * Where the scheme asks it for this forum: the items counted by kind (recommendations, areas for
     * improvement, causes of concern, committee actions) and RAG, after the summary.
     */
    static void summaryByKind(Paper paper) {
        SummaryByKind byKind = paper.views().summaryByKind();
        if (!byKind.separated() || byKind.counts().isEmpty()) {
            return;
        }
        PaperDocument d = paper.document();
        d.paragraph(PaperStyles.NORMAL, BY_KIND);
        List<String> headers = new java.util.ArrayList<>();
        headers.add("Kind");
        for (Rag rag : Rag.values()) {
            headers.add(RagColour.of(rag).word());
        }
        headers.add("Total");
        XWPFTable table = d.table(new int[] {4, 2, 2, 2, 2, 2}, headers);
        for (Recommendation.Kind kind : byKind.counts().keySet()) {
            XWPFTableRow row = PaperDocument.row(table);
            plain(paragraph(row.getCell(0)), KIND_WORDS.get(kind));
            for (Rag rag : Rag.values()) {
                plain(paragraph(row.getCell(1 + rag.ordinal())), Integer.toString(byKind.count(kind, rag)));
            }
            plain(paragraph(row.getCell(headers.size() - 1)), Integer.toString(byKind.total(kind)));
        }
    }

    static void watched(Paper paper) {
        List<Watched.Item> items = paper.views().watched().items();
        if (items.isEmpty()) {
            return;
        }
        PaperDocument d = paper.document();
        d.heading(1, WATCHED);
        d.paragraph(PaperStyles.NORMAL, "The following " + Words.count(items.size(), "item") + (items.size() == 1 ? " is" : " are")
                + " addressed to other bodies. The organisation watches " + (items.size() == 1 ? "it" : "them")
                + " but does not own " + (items.size() == 1 ? "it" : "them") + ": "
                + (items.size() == 1 ? "it is" : "they are") + " not rated and not counted in the summary.");
        XWPFTable table = d.table(new int[] {4, 7, 4, 3}, List.of("Source", "Recommendation", "Addressed to", "Status"));
        for (Watched.Item item : items) {
            XWPFTableRow row = PaperDocument.row(table);
            plain(paragraph(row.getCell(0)), item.source());
            bold(paragraph(row.getCell(1)), Words.referenceAndTitle(item.reference(), item.title()));
            plain(paragraph(row.getCell(2)), item.addressee());
            plain(paragraph(row.getCell(3)), item.status().label());
        }
    }

    static void publishedResponses(Paper paper) {
        PublishedResponses view = paper.views().publishedResponses();
        if (view.reports().isEmpty()) {
            return;
        }
        PaperDocument d = paper.document();
        d.heading(1, PUBLISHED_RESPONSES);
        d.paragraph(PaperStyles.NORMAL, "Reports that need a published response, as at " + Words.day(paper.report().asOf()) + ": "
                + view.awaiting().size() + " awaiting, " + view.overdue().size() + " overdue.");
        XWPFTable table = d.table(new int[] {6, 3, 3, 5}, List.of("Report", "Published", "Response due", "Response"));
        for (PublishedResponses.Report report : view.reports()) {
            XWPFTableRow row = PaperDocument.row(table);
            plain(paragraph(row.getCell(0)), report.title());
            plain(paragraph(row.getCell(1)), Words.date(report.published()) + report.issuedBy().map(b -> " (" + b + ")").orElse(""));
            plain(paragraph(row.getCell(2)), Words.day(report.due()) + " (" + report.days() + " days)");
            bold(paragraph(row.getCell(3)), switch (report.state()) {
                case AWAITING -> "Awaiting: " + Words.count((int) report.daysLeft(), "day") + " left";
                case OVERDUE -> "Overdue by " + Words.count((int) -report.daysLeft(), "day") + ": no response recorded";
                case PUBLISHED -> "Published " + Words.date(report.respondedOn().orElseThrow());
                case PUBLISHED_LATE -> "Published late, " + Words.date(report.respondedOn().orElseThrow());
            });
        }
    }

    static void forwardPlan(Paper paper) {
        ForwardPlan plan = paper.views().forwardPlan();
        if (plan.entries().isEmpty()) {
            return;
        }
        PaperDocument d = paper.document();
        d.heading(1, FORWARD_PLAN);
        XWPFTable table = d.table(new int[] {3, 8, 6}, List.of("Due", "Report on", "As asked"));
        for (ForwardPlan.Entry entry : plan.entries()) {
            XWPFTableRow row = PaperDocument.row(table);
            plain(paragraph(row.getCell(0)), Words.date(entry.due()));
            plain(paragraph(row.getCell(1)), entry.sourceTitle());
            plain(paragraph(row.getCell(2)), entry.note().orElse(""));
        }
    }
}
