package io.github.rectrack.export.docx;

import static io.github.rectrack.export.docx.PaperDocument.bold;
import static io.github.rectrack.export.docx.PaperDocument.paragraph;
import static io.github.rectrack.export.docx.PaperDocument.plain;

import io.github.rectrack.engine.view.Appendix;
import io.github.rectrack.engine.view.RequestCount;
import io.github.rectrack.model.Evidence;
import io.github.rectrack.model.GovernanceDecision;
import io.github.rectrack.model.Person;
import io.github.rectrack.model.ProgressUpdate;
import io.github.rectrack.model.UpdateSections;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The appendix: per source a heading ("SEIZED &amp; FOUND PROPERTY – LIMITED ASSURANCE") with its date
 * and counts per priority, then per recommendation a two-column table: the RAG cell, shaded in the
 * colour, down the left; the record on the right. The table's first row, "Fundamental – 4.1 Missing
 * Firearm", repeats at the top of every page the item runs onto, as the paper's "… Continued" lines did
 * by hand, and holds the bookmark the lists link to. A row is kept whole on one page unless it is longer
 * than {@value #KEPT_WHOLE} characters. The RAG cell is merged down the whole table; the
 * merged-away cells keep the one empty paragraph the file format requires of every cell, and are the
 * only empty paragraphs in the paper.
 */
final class AppendixSection {

    /** The start of the appendix heading. */
    static final String HEADING = "Appendix A – Recommendations reported to the ";

    private static final int[] WIDTHS = {2, 11};

    /**
     * The longest row, in characters, kept whole on one page: about a sixth of a page at the appendix's
     * width. A longer row (a long update) may run on to the next page rather than leave most of a page
     * empty, as the reference paper's long updates do.
     */
    static final int KEPT_WHOLE = 700;

    private AppendixSection() {}

    static void append(Paper paper) {
        Appendix appendix = paper.views().appendix();
        PaperDocument d = paper.document();
        d.heading(1, HEADING + paper.forum());
        if (appendix.sources().isEmpty()) {
            d.paragraph(PaperStyles.NORMAL, "No recommendation is reported to the " + paper.forum() + ".");
            return;
        }
        d.paragraph(PaperStyles.NORMAL, "Each recommendation as it stood on " + Words.day(appendix.asOf()) + ", source by source: its RAG "
                + "rating, text, owners, target history (superseded targets struck through), management response, updates in date "
                + "order and actions.");
        try (Spilling spilling = new Spilling(d)) {
            for (Appendix.Section section : appendix.sources()) {
                source(paper, section);
                for (Appendix.Entry entry : section.items()) {
                    item(paper, entry);
                    spilling.itemWritten();
                }
            }
        }
    }

    /**
     * The appendix written out of memory every {@value #SPILL_EVERY} items (see {@link PaperDocument#spilling()}),
     * so that a register of many thousand items never has its whole appendix held as objects.
     */
    private static final class Spilling implements AutoCloseable {
        private final Spilled part;
        private int items;

        Spilling(PaperDocument document) {
            try {
                this.part = document.spilling();
            } catch (IOException e) {
                throw new UncheckedIOException("could not make a temporary file for the paper's appendix", e);
            }
        }

        void itemWritten() {
            if (++items % SPILL_EVERY == 0) {
                close();
            }
        }

        @Override
        public void close() {
            try {
                part.spill();
            } catch (IOException e) {
                throw new UncheckedIOException("could not write the paper's appendix to its temporary file", e);
            }
        }
    }

    /** How many items of the appendix are held as objects at most before they are written out. */
    static final int SPILL_EVERY = 50;

    /** "SEIZED &amp; FOUND PROPERTY – LIMITED ASSURANCE", or the title alone if no assurance was given. */
    static String sourceHeading(Appendix.Section section) {
        String title = section.title().toUpperCase(Locale.UK);
        return section.assurance().map(a -> {
            String level = a.toUpperCase(Locale.UK);
            return title + " – " + (level.endsWith("ASSURANCE") ? level : level + " ASSURANCE");
        }).orElse(title);
    }

    private static void source(Paper paper, Appendix.Section section) {
        PaperDocument d = paper.document();
        d.heading(2, sourceHeading(section));
        XWPFParagraph about = d.paragraph(PaperStyles.NORMAL);
        List<String> facts = new ArrayList<>();
        section.date().map(Words::date).ifPresent(facts::add);
        facts.add(Words.label(section.kind()) + section.issuedBy().map(by -> " by " + by).orElse(""));
        plain(about, String.join(" · ", facts));
        XWPFParagraph counts = d.paragraph(PaperStyles.NORMAL);
        bold(counts, counts(section.sourceCountsByPriority()));
        int reported = section.items().size();
        if (reported < section.sourceTotal()) {
            Map<String, Integer> notReported = section.notReportedByPriority();
            d.paragraph(PaperStyles.NORMAL, reported + " of these " + section.sourceTotal() + " " + (reported == 1 ? "is" : "are")
                    + " reported to the " + paper.forum() + (notReported.isEmpty() ? "." : "; not reported to it: "
                    + String.join(", ", notReported.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).toList()) + "."));
        }
        if (section.wholeReport()) {
            d.paragraph(PaperStyles.NORMAL, "The whole report is submitted to the " + paper.forum() + ".");
        }
    }

    /** "FUNDAMENTAL: 1    HOUSEKEEPING: 2": the count line as the source prints it. */
    static String counts(Map<String, Integer> counts) {
        return String.join("    ", counts.entrySet().stream().map(c -> c.getKey().toUpperCase(Locale.UK) + ": " + c.getValue()).toList());
    }

    private static void item(Paper paper, Appendix.Entry entry) {
        PaperDocument d = paper.document();
        RagColour colour = RagColour.of(entry.rag());
        XWPFTable table = d.table(WIDTHS);
        XWPFTableRow header = table.getRow(0);
        PaperDocument.rag(header.getCell(0), colour, true);
        PaperDocument.mergeDown(header.getCell(0), true);
        XWPFParagraph title = paragraph(header.getCell(1));
        String heading = entry.priority() + " – " + Words.referenceAndTitle(entry.reference(), entry.title());
        Optional<String> bookmark = paper.bookmarks().of(entry.recommendationId());
        if (bookmark.isPresent()) {
            d.bookmark(title, bookmark.get(), () -> bold(title, heading));
        } else {
            bold(title, heading);
        }

        List<Consumer<XWPFTableCell>> rows = new ArrayList<>();
        rows.add(cell -> PaperDocument.text(cell, entry.text()));
        if (!entry.owners().isEmpty()) {
            rows.add(cell -> owners(cell, entry.owners()));
        }
        List<Appendix.Strand> strands = entry.strands();
        if (!strands.isEmpty()) {
            rows.add(cell -> strands(cell, strands));
        } else if (!entry.targets().isEmpty()) {
            rows.add(cell -> targets(cell, entry.targets()));
        }
        entry.response().ifPresent(response -> rows.add(cell -> labelled(cell,
                "Management response" + response.acceptance().map(a -> " (" + Words.label(a).toLowerCase(Locale.UK) + ")").orElse("")
                        + response.date().map(date -> ", " + Words.date(date)).orElse("") + ": ",
                response.text().isBlank() ? response.acceptance().map(a -> Words.label(a) + ".").orElse("") : response.text())));
        for (ProgressUpdate update : entry.updates()) {
            rows.add(cell -> update(paper, cell, update));
        }
        paper.report().evaluation().state(entry.recommendationId())
                .map(state -> RequestCount.of(state.recommendation().updateRequests(), paper.report().asOf()))
                .filter(count -> count.unanswered() > 0)
                .flatMap(RequestCount::inWords)
                .ifPresent(words -> rows.add(cell -> labelled(cell, "Chased: ", Character.toUpperCase(words.charAt(0)) + words.substring(1) + ".")));
        if (!entry.actions().isEmpty()) {
            rows.add(cell -> actions(cell, entry.actions()));
        }
        if (!entry.decisions().isEmpty()) {
            rows.add(cell -> decisions(paper, cell, entry.decisions()));
        }
        if (!entry.links().isEmpty()) {
            rows.add(cell -> links(cell, entry.links()));
        }
        if (!entry.evidence().isEmpty()) {
            rows.add(cell -> evidence(cell, entry.evidence()));
        }
        for (int i = 0; i < rows.size(); i++) {
            XWPFTableRow row = PaperDocument.row(table);
            XWPFTableCell rag = row.getCell(0);
            rag.setColor(colour.fill());
            PaperDocument.mergeDown(rag, false);
            rows.get(i).accept(row.getCell(1));
            row.setCantSplitRow(row.getCell(1).getText().length() <= KEPT_WHOLE);
        }

        XWPFParagraph note = d.paragraph(PaperStyles.ITEM_NOTE);
        plain(note, "Status on " + Words.day(paper.report().asOf()) + ": " + entry.status().label() + "; rated "
                + colour.word() + entry.degreeMet().map(m -> "; recommendation met " + m.name().toLowerCase(Locale.UK)).orElse("") + ".");
    }

    /** A bold label and then the text: its first line in the label's paragraph, the rest in their own. */
    private static void labelled(XWPFTableCell cell, String label, String text) {
        List<String> lines = PaperDocument.lines(text);
        XWPFParagraph first = paragraph(cell);
        bold(first, label);
        plain(first, lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            plain(paragraph(cell), line);
        }
    }

    private static void owners(XWPFTableCell cell, List<Appendix.Owner> owners) {
        XWPFParagraph p = paragraph(cell);
        bold(p, owners.size() == 1 ? "Person responsible: " : "People responsible: ");
        for (int i = 0; i < owners.size(); i++) {
            Appendix.Owner owner = owners.get(i);
            if (i > 0) {
                plain(p, "; ");
            }
            StringBuilder text = new StringBuilder(owner.name());
            owner.role().filter(role -> !role.startsWith(owner.name())).ifPresent(role -> text.append(", ").append(role));
            owner.strand().ifPresent(strand -> text.append(" (").append(strand).append(')'));
            XWPFRun run = plain(p, text.toString());
            run.setStrikeThrough(!owner.current());
        }
    }

    /** The target history on one line: superseded targets struck through, the current one plain. */
    static void targets(XWPFTableCell cell, List<Appendix.Target> targets) {
        XWPFParagraph p = paragraph(cell);
        bold(p, "Implementation target date: ");
        for (int i = 0; i < targets.size(); i++) {
            Appendix.Target target = targets.get(i);
            if (i > 0) {
                plain(p, " – ");
            }
            plain(p, Words.target(target.revision().target())).setStrikeThrough(target.superseded());
        }
    }

    /**
     * The target history strand by strand, each on its own line with its owners: "Training (EPAC Manager;
     * SP): March/Sept 2018 – Revised date June 2019 – Revised to October 2019", targets a later one replaced
     * for that strand struck through.
     */
    static void strands(XWPFTableCell cell, List<Appendix.Strand> strands) {
        bold(paragraph(cell), "Implementation target date, by strand:");
        for (Appendix.Strand strand : strands) {
            XWPFParagraph p = paragraph(cell);
            bold(p, strand.name());
            List<String> owners = strand.owners().stream().filter(Appendix.Owner::current).map(Appendix.Owner::name).toList();
            plain(p, (owners.isEmpty() ? "" : " (" + String.join("; ", owners) + ")") + ": ");
            if (strand.targets().isEmpty()) {
                plain(p, "no target set");
            }
            for (int i = 0; i < strand.targets().size(); i++) {
                Appendix.StrandTarget target = strand.targets().get(i);
                if (i > 0) {
                    plain(p, " – ");
                }
                plain(p, target.text()).setStrikeThrough(target.superseded());
            }
        }
    }

    private static void update(Paper paper, XWPFTableCell cell, ProgressUpdate update) {
        String author = update.author().map(id -> paper.report().register().person(id).map(Person::name).orElse(id))
                .map(name -> " (" + name + ")").orElse("");
        labelled(cell, "Update " + Words.date(update.date()) + author + ": ", update.text());
        update.sections().ifPresent(sections -> sections(cell, sections));
    }

    private static void sections(XWPFTableCell cell, UpdateSections sections) {
        sections.achieved().ifPresent(text -> labelled(cell, "Achieved: ", text));
        sections.leftToComplete().ifPresent(text -> labelled(cell, "Left to complete: ", text));
        sections.barriers().ifPresent(text -> labelled(cell, "Barriers to completion: ", text));
        if (sections.implemented() || sections.proposedClosed()) {
            bold(paragraph(cell), sections.proposedClosed() ? "Implemented and proposed closed." : "Implemented.");
        }
    }

    private static void actions(XWPFTableCell cell, List<Appendix.ActionEntry> actions) {
        bold(paragraph(cell), "Actions");
        for (Appendix.ActionEntry action : actions) {
            XWPFParagraph p = paragraph(cell);
            bold(p, action.number() + " ");
            plain(p, action.text().isBlank() ? "–" : action.text().strip().replaceAll("\\s+", " "));
            List<String> facts = new ArrayList<>();
            action.state().ifPresent(state -> facts.add(Words.label(state) + action.stateDate().map(d -> " (" + Words.date(d) + ")").orElse("")));
            if (!action.owners().isEmpty()) {
                facts.add(String.join(", ", action.owners().stream().filter(Appendix.Owner::current).map(Appendix.Owner::name).toList()));
            }
            if (!action.targets().isEmpty()) {
                facts.add("target " + Words.target(action.targets().get(action.targets().size() - 1).revision().target()));
            }
            facts.removeIf(String::isBlank);
            if (!facts.isEmpty()) {
                plain(p, " — " + String.join("; ", facts));
            }
        }
    }

    private static void decisions(Paper paper, XWPFTableCell cell, List<GovernanceDecision> decisions) {
        bold(paragraph(cell), "Decisions");
        for (GovernanceDecision decision : decisions) {
            XWPFParagraph p = paragraph(cell);
            bold(p, Words.label(decision.kind()).toUpperCase(Locale.UK));
            plain(p, " – " + paper.decidedBy(decision.forum()) + ", " + Words.date(decision.date())
                    + decision.minute().map(m -> " (" + m + ")").orElse("")
                    + decision.note().map(n -> ": " + n.strip().replaceAll("\\s+", " ")).orElse(""));
        }
    }

    private static void links(XWPFTableCell cell, List<Appendix.LinkEntry> links) {
        bold(paragraph(cell), "Links");
        for (Appendix.LinkEntry link : links) {
            String target = link.targetReference().map(ref -> ref + link.targetSourceTitle().map(t -> " (" + t + ")").orElse(""))
                    .orElse(link.link().target());
            plain(paragraph(cell), Words.label(link.link().kind()) + " " + target + link.link().note().map(n -> ": " + n).orElse(""));
        }
    }

    private static void evidence(XWPFTableCell cell, List<Evidence> evidence) {
        bold(paragraph(cell), "Evidence");
        for (Evidence e : evidence) {
            StringBuilder text = new StringBuilder(e.description().strip());
            e.date().ifPresent(date -> text.append(" (").append(Words.date(date)).append(')'));
            e.document().ifPresent(doc -> text.append(" – ").append(doc));
            plain(paragraph(cell), text.toString());
            for (String figure : e.figures()) {
                plain(paragraph(cell), "• " + figure);
            }
        }
    }
}
