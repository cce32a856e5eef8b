package io.github.rectrack.export.docx;

import static io.github.rectrack.export.docx.PaperDocument.paragraph;
import static io.github.rectrack.export.docx.PaperDocument.plain;

import io.github.rectrack.engine.view.ClosureReadiness;
import io.github.rectrack.engine.view.MonitoredElsewhere;
import io.github.rectrack.engine.view.ProposedClosure;
import io.github.rectrack.engine.view.Slippage;
import io.github.rectrack.model.GovernanceDecision;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/** The lists of the paper: proposed for closure, slipped targets, and items monitored elsewhere. */
final class Lists {

    /** The heading of the list proposed for closure. */
    static final String PROPOSED_CLOSURE = "Recommendations proposed for closure";
    /** The heading of the slippage table. */
    static final String SLIPPAGE = "Targets that have slipped";
    /** The heading of the list monitored elsewhere. */
    static final String MONITORED_ELSEWHERE = "Recommendations monitored elsewhere";

    private Lists() {}

    static void proposedClosure(Paper paper) {
        PaperDocument d = paper.document();
        List<ProposedClosure.Item> items = paper.views().proposedClosure().items();
        d.heading(1, PROPOSED_CLOSURE);
        if (items.isEmpty()) {
            d.paragraph(PaperStyles.NORMAL, "No recommendation is proposed for closure.");
            return;
        }
        d.paragraph(PaperStyles.NORMAL, "The following " + Words.count(items.size(), "recommendation") + (items.size() == 1 ? " is" : " are")
                + " proposed as completed and closed, for the " + paper.forum() + " to consider for closure. Each reference links to "
                + "the recommendation in the appendix, on the page given in the last column; the criteria column says whether the "
                + "closure criteria are met.");
        Map<String, ClosureReadiness.Item> readiness = new HashMap<>();
        for (ClosureReadiness.Item item : paper.views().closureReadiness().items()) {
            readiness.put(item.recommendationId(), item);
        }
        int[] twips = PaperDocument.scale(new int[] {1600, 1700, 2250, 1450, 1838, 800});
        d.spilled("the list proposed for closure", xml -> {
            xml.tableStart(twips, List.of("Source", "Priority", "Recommendation", "Status", "Closure criteria", "Page"), PaperStyles.TABLE_TEXT);
            for (ProposedClosure.Item item : items) {
                List<WordXml.Cell> row = cells(twips.length, PaperStyles.TABLE_TEXT);
                row.get(0).paragraph().plain(item.sourceTitle());
                row.get(1).paragraph().plain(item.priority());
                recommendation(paper, row.get(2), item.recommendationId(), item.reference(), item.title());
                row.get(3).paragraph().plain(item.status().label());
                if (!item.decisions().isEmpty()) {
                    GovernanceDecision last = item.decisions().get(item.decisions().size() - 1);
                    String when = paper.decidedBy(last.forum()) + ", " + Words.date(last.date());
                    row.get(3).paragraph().plain(Words.label(last.kind()).equals(item.status().label()) ? when
                            : "Latest decision: " + Words.label(last.kind()).toLowerCase(Locale.UK) + ", " + when);
                }
                WordXml.Para page = row.get(5).paragraph().centred();
                paper.bookmarks().of(item.recommendationId()).ifPresentOrElse(anchor -> page.field("PAGEREF " + anchor + " \\h", "–"),
                        () -> page.plain("–"));
                ClosureReadiness.Item checked = readiness.get(item.recommendationId());
                if (checked == null || checked.ready()) {
                    row.get(4).paragraph().plain(checked == null ? "Not checked" : "Met");
                } else {
                    for (ClosureReadiness.Failure failure : checked.failures()) {
                        row.get(4).paragraph().plain(unmet(paper, checked, failure.check()));
                    }
                }
                xml.row(twips, row);
            }
            xml.tableEnd();
        });
    }

    /** Empty cells for a row, in one paragraph style. */
    private static List<WordXml.Cell> cells(int columns, String style) {
        List<WordXml.Cell> cells = new ArrayList<>(columns);
        for (int i = 0; i < columns; i++) {
            cells.add(new WordXml.Cell(style));
        }
        return cells;
    }

    /**
     * A closure criterion an item does not meet, in the paper's words: dates written out, the board named.
     * "Not agreed by the Strategic Organisational Risk Board (SORB) since the proposal to close of October 2020".
     */
    static String unmet(Paper paper, ClosureReadiness.Item item, ClosureReadiness.Check check) {
        String asOf = Words.day(paper.report().asOf());
        return switch (check) {
            case IMPLEMENTATION_STATED -> paper.report().evaluation().state(item.recommendationId()).flatMap(s -> s.lastUpdate())
                    .map(u -> "No update as of " + asOf + " states that it is implemented (latest update " + Words.date(u.date()) + ")")
                    .orElse("No progress update as of " + asOf);
            case EVIDENCE_GIVEN -> "No evidence recorded as of " + asOf;
            case BOARD_AGREED -> "Not agreed by " + paper.boardName() + item.latestProposal()
                    .map(d -> " since the proposal to close of " + Words.date(d)).orElse(" (no proposal to close is recorded)");
            case NO_OPEN_EVIDENCE_REQUEST -> "Further evidence requested " + item.openEvidenceRequest().map(d -> "in " + Words.date(d) + " ")
                    .orElse("") + "and no later update or evidence";
        };
    }

    /**
     * Writes "4.3 Communication with Victims" into a cell, as a link to the item in the appendix if it
     * is there.
     */
    static void recommendation(Paper paper, XWPFTableCell cell, String recommendationId, String reference, String title) {
        String text = Words.referenceAndTitle(reference, title);
        XWPFParagraph p = paragraph(cell);
        paper.bookmarks().of(recommendationId).ifPresentOrElse(anchor -> PaperDocument.link(p, anchor, text), () -> plain(p, text));
    }

    /** Writes "4.3 Communication with Victims" into a cell, as a link to the item in the appendix if it is there. */
    static void recommendation(Paper paper, WordXml.Cell cell, String recommendationId, String reference, String title) {
        String text = Words.referenceAndTitle(reference, title);
        WordXml.Para p = cell.paragraph();
        paper.bookmarks().of(recommendationId).ifPresentOrElse(anchor -> p.link(anchor, text), () -> p.plain(text));
    }

    static void slippage(Paper paper) {
        PaperDocument d = paper.document();
        List<Slippage.Item> items = paper.views().slippage().items();
        d.heading(1, SLIPPAGE);
        if (items.isEmpty()) {
            d.paragraph(PaperStyles.NORMAL, "No recommendation is past its original target date.");
            return;
        }
        d.paragraph(PaperStyles.NORMAL, Words.count(items.size(), "recommendation") + (items.size() == 1 ? " is" : " are")
                + " past the target date first agreed. The current target is the one in force on " + Words.day(paper.report().asOf())
                + "; each revision says who approved the extension and why, or that it was not explained; the context is the latest update.");
        // Six columns across a portrait page: the table is set a point smaller, and the source goes under
        // the recommendation, so no word of a cell breaks in two.
        int[] twips = PaperDocument.scale(new int[] {2000, 1450, 1450, 1000, 1900, 1838});
        String style = PaperStyles.SMALL_TABLE_TEXT;
        d.spilled("the slipped targets", xml -> {
            xml.tableStart(twips, List.of("Recommendation", "Original target", "Current target", "Times revised", "Why it moved", "Context"),
                    style);
            for (Slippage.Item item : items) {
                List<WordXml.Cell> row = cells(twips.length, style);
                recommendation(paper, row.get(0), item.recommendationId(), item.reference(), item.title());
                row.get(0).paragraph().plain(item.sourceTitle()).italic();
                if (item.status().isClosurePending()) {
                    row.get(0).paragraph().plain(item.status().label()).italic();
                }
                row.get(1).paragraph().plain(Words.target(item.original()));
                row.get(2).paragraph().plain(Words.target(item.current()));
                row.get(3).paragraph().centred().plain(Integer.toString(item.revisions()));
                if (item.changedAfterPassing()) {
                    row.get(3).paragraph().plain("moved after it had passed");
                }
                WordXml.Cell why = row.get(4);
                if (item.revisionHistory().isEmpty()) {
                    why.paragraph().plain(item.revisions() == 0 ? "Not revised" : "–");
                }
                for (Slippage.Revision revision : item.revisionHistory()) {
                    WordXml.Para p = why.paragraph();
                    p.bold(Words.target(revision.target()) + ": ");
                    p.plain(revisionWords(paper, revision));
                }
                WordXml.Cell context = row.get(5);
                if (item.context().isEmpty()) {
                    context.paragraph().plain("No update");
                } else {
                    List<String> lines = PaperDocument.lines(item.context().get());
                    WordXml.Para first = context.paragraph();
                    item.contextDate().ifPresent(date -> first.bold(Words.date(date) + ": "));
                    first.plain(lines.get(0));
                    for (String line : lines.subList(1, lines.size())) {
                        context.paragraph().plain(line);
                    }
                }
                xml.row(twips, row);
            }
            xml.tableEnd();
        });
    }

    /**
     * "extension approved by JARAP, 12 May 2025: reliant on an external supplier", "not explained", or what
     * a partly explained revision records.
     */
    static String revisionWords(Paper paper, Slippage.Revision revision) {
        String by = revision.agreedBy().map(a -> paper.decidedBy(a).equals(a) ? revision.agreedByName().orElse(a) : paper.decidedBy(a))
                .orElse("") + revision.agreedOn().map(d -> ", " + Words.date(d)).orElse("");
        String reason = revision.reason().map(r -> ": " + r).orElse("");
        return switch (revision.explanation()) {
            case APPROVED_EXTENSION -> "extension approved by " + by + reason;
            case PARTLY_EXPLAINED -> revision.agreedBy().isPresent() ? "agreed by " + by + "; no reason recorded"
                    : "not recorded as agreed" + reason;
            case UNEXPLAINED -> "not explained";
        };
    }

    static void monitoredElsewhere(Paper paper) {
        PaperDocument d = paper.document();
        List<MonitoredElsewhere.Item> items = paper.views().monitoredElsewhere().items();
        d.heading(1, MONITORED_ELSEWHERE);
        if (items.isEmpty()) {
            d.paragraph(PaperStyles.NORMAL, "None: every recommendation is reported to the " + paper.forum() + ".");
            return;
        }
        d.paragraph(PaperStyles.NORMAL, "The following " + Words.count(items.size(), "recommendation") + (items.size() == 1 ? " is" : " are")
                + " not reported to the " + paper.forum() + " under the agreed reporting arrangements; progress is monitored through the "
                + "forum named against each.");
        int[] twips = PaperDocument.scale(new int[] {3, 3, 7, 3});
        d.spilled("the list monitored elsewhere", xml -> {
            xml.tableStart(twips, List.of("Source", "Priority", "Recommendation", "Progress monitored through"), PaperStyles.TABLE_TEXT);
            for (MonitoredElsewhere.Item item : items) {
                List<WordXml.Cell> row = cells(twips.length, PaperStyles.TABLE_TEXT);
                row.get(0).paragraph().plain(item.sourceTitle());
                row.get(1).paragraph().plain(item.priority());
                WordXml.Cell recommendation = row.get(2);
                recommendation.paragraph().bold(Words.referenceAndTitle(item.reference(), item.title()));
                if (!item.text().isBlank()) {
                    recommendation.lines(item.text());
                }
                WordXml.Cell where = row.get(3);
                where.paragraph().plain(item.monitoredByName().equals(item.monitoredBy()) ? item.monitoredBy()
                        : item.monitoredByName() + " (" + item.monitoredBy() + ")");
                where.paragraph().plain(item.status().label());
                xml.row(twips, row);
            }
            xml.tableEnd();
        });
    }
}
