package io.github.rectrack.export.docx;

import io.github.rectrack.engine.view.Appendix;
import io.github.rectrack.engine.view.RequestCount;
import io.github.rectrack.model.Evidence;
import io.github.rectrack.model.GovernanceDecision;
import io.github.rectrack.model.Person;
import io.github.rectrack.model.ProgressUpdate;
import io.github.rectrack.model.UpdateSections;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

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

    /** The two columns' widths, RAG cell and record, in twentieths of a point. */
    private static final int[] TWIPS = PaperDocument.scale(new int[] {2, 11});

    /**
     * The longest row, in characters, kept whole on one page: about a sixth of a page at the appendix's
     * width. A longer row (a long update) may run on to the next page rather than leave most of a page
     * empty, as the reference paper's long updates do.
     */
    static final int KEPT_WHOLE = 700;

    /** What the appendix's progress counts. */
    static final String RECOMMENDATIONS = "recommendations";

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
        long total = appendix.sources().stream().mapToLong(s -> s.items().size()).sum();
        d.spilled("the paper's appendix", xml -> {
            long written = 0;
            for (Appendix.Section section : appendix.sources()) {
                source(paper, xml, section);
                for (Appendix.Entry entry : section.items()) {
                    item(paper, xml, entry);
                    paper.progress().counted(++written, total, RECOMMENDATIONS);
                }
            }
        });
    }

    /** "SEIZED &amp; FOUND PROPERTY – LIMITED ASSURANCE", or the title alone if no assurance was given. */
    static String sourceHeading(Appendix.Section section) {
        String title = section.title().toUpperCase(Locale.UK);
        return section.assurance().map(a -> {
            String level = a.toUpperCase(Locale.UK);
            return title + " – " + (level.endsWith("ASSURANCE") ? level : level + " ASSURANCE");
        }).orElse(title);
    }

    private static void source(Paper paper, WordXml xml, Appendix.Section section) throws IOException {
        xml.paragraph(paragraph(PaperStyles.HEADING_2, sourceHeading(section)));
        List<String> facts = new ArrayList<>();
        section.date().map(Words::date).ifPresent(facts::add);
        facts.add(Words.label(section.kind()) + section.issuedBy().map(by -> " by " + by).orElse(""));
        xml.paragraph(paragraph(PaperStyles.NORMAL, String.join(" · ", facts)));
        WordXml.Para counts = new WordXml.Para(PaperStyles.NORMAL);
        counts.bold(counts(section.sourceCountsByPriority()));
        xml.paragraph(counts);
        int reported = section.items().size();
        if (reported < section.sourceTotal()) {
            Map<String, Integer> notReported = section.notReportedByPriority();
            xml.paragraph(paragraph(PaperStyles.NORMAL, reported + " of these " + section.sourceTotal() + " " + (reported == 1 ? "is" : "are")
                    + " reported to the " + paper.forum() + (notReported.isEmpty() ? "." : "; not reported to it: "
                    + String.join(", ", notReported.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).toList()) + ".")));
        }
        if (section.wholeReport()) {
            xml.paragraph(paragraph(PaperStyles.NORMAL, "The whole report is submitted to the " + paper.forum() + "."));
        }
    }

    /** A paragraph of one style holding one plain run. */
    private static WordXml.Para paragraph(String style, String text) {
        WordXml.Para p = new WordXml.Para(style);
        p.plain(text);
        return p;
    }

    /** "FUNDAMENTAL: 1    HOUSEKEEPING: 2": the count line as the source prints it. */
    static String counts(Map<String, Integer> counts) {
        return String.join("    ", counts.entrySet().stream().map(c -> c.getKey().toUpperCase(Locale.UK) + ": " + c.getValue()).toList());
    }

    private static void item(Paper paper, WordXml xml, Appendix.Entry entry) throws IOException {
        RagColour colour = RagColour.of(entry.rag());
        Optional<String> fill = Optional.of(colour.fill());
        xml.tableStart(TWIPS);
        xml.rowStart(true, true);
        WordXml.Cell rag = new WordXml.Cell();
        rag.paragraph().bold(colour.word()).colour(colour.ink());
        xml.cell(TWIPS[0], Optional.of("restart"), fill, rag);
        WordXml.Cell titleCell = new WordXml.Cell();
        WordXml.Para title = titleCell.paragraph();
        title.bold(entry.priority() + " – " + Words.referenceAndTitle(entry.reference(), entry.title()));
        paper.bookmarks().of(entry.recommendationId()).ifPresent(name -> title.bookmark(name, paper.document().nextBookmarkId()));
        xml.cell(TWIPS[1], Optional.empty(), Optional.empty(), titleCell);
        xml.rowEnd();

        List<Consumer<WordXml.Cell>> rows = new ArrayList<>();
        rows.add(cell -> cell.lines(entry.text()));
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
        WordXml.Cell merged = new WordXml.Cell();
        for (Consumer<WordXml.Cell> row : rows) {
            WordXml.Cell cell = new WordXml.Cell();
            row.accept(cell);
            xml.rowStart(false, cell.length() <= KEPT_WHOLE);
            xml.cell(TWIPS[0], Optional.of("continue"), fill, merged);
            xml.cell(TWIPS[1], Optional.empty(), Optional.empty(), cell);
            xml.rowEnd();
        }
        xml.tableEnd();

        xml.paragraph(paragraph(PaperStyles.ITEM_NOTE, "Status on " + Words.day(paper.report().asOf()) + ": " + entry.status().label()
                + "; rated " + colour.word() + entry.degreeMet().map(m -> "; recommendation met " + m.name().toLowerCase(Locale.UK)).orElse("")
                + "."));
    }

    /** A bold label and then the text: its first line in the label's paragraph, the rest in their own. */
    private static void labelled(WordXml.Cell cell, String label, String text) {
        List<String> lines = PaperDocument.lines(text);
        WordXml.Para first = cell.paragraph();
        first.bold(label);
        first.plain(lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            cell.paragraph().plain(line);
        }
    }

    private static void owners(WordXml.Cell cell, List<Appendix.Owner> owners) {
        WordXml.Para p = cell.paragraph();
        p.bold(owners.size() == 1 ? "Person responsible: " : "People responsible: ");
        for (int i = 0; i < owners.size(); i++) {
            Appendix.Owner owner = owners.get(i);
            if (i > 0) {
                p.plain("; ");
            }
            StringBuilder text = new StringBuilder(owner.name());
            owner.role().filter(role -> !role.startsWith(owner.name())).ifPresent(role -> text.append(", ").append(role));
            owner.strand().ifPresent(strand -> text.append(" (").append(strand).append(')'));
            p.plain(text.toString()).strike(!owner.current());
        }
    }

    /** The target history on one line: superseded targets struck through, the current one plain. */
    static void targets(WordXml.Cell cell, List<Appendix.Target> targets) {
        WordXml.Para p = cell.paragraph();
        p.bold("Implementation target date: ");
        for (int i = 0; i < targets.size(); i++) {
            Appendix.Target target = targets.get(i);
            if (i > 0) {
                p.plain(" – ");
            }
            p.plain(Words.target(target.revision().target())).strike(target.superseded());
        }
    }

    /**
     * The target history strand by strand, each on its own line with its owners: "Training (EPAC Manager;
     * SP): March/Sept 2018 – Revised date June 2019 – Revised to October 2019", targets a later one replaced
     * for that strand struck through.
     */
    static void strands(WordXml.Cell cell, List<Appendix.Strand> strands) {
        cell.paragraph().bold("Implementation target date, by strand:");
        for (Appendix.Strand strand : strands) {
            WordXml.Para p = cell.paragraph();
            p.bold(strand.name());
            List<String> owners = strand.owners().stream().filter(Appendix.Owner::current).map(Appendix.Owner::name).toList();
            p.plain((owners.isEmpty() ? "" : " (" + String.join("; ", owners) + ")") + ": ");
            if (strand.targets().isEmpty()) {
                p.plain("no target set");
            }
            for (int i = 0; i < strand.targets().size(); i++) {
                Appendix.StrandTarget target = strand.targets().get(i);
                if (i > 0) {
                    p.plain(" – ");
                }
                p.plain(target.text()).strike(target.superseded());
            }
        }
    }

    private static void update(Paper paper, WordXml.Cell cell, ProgressUpdate update) {
        String author = update.author().map(id -> paper.report().register().person(id).map(Person::name).orElse(id))
                .map(name -> " (" + name + ")").orElse("");
        labelled(cell, "Update " + Words.date(update.date()) + author + ": ", update.text());
        update.sections().ifPresent(sections -> sections(cell, sections));
    }

    private static void sections(WordXml.Cell cell, UpdateSections sections) {
        sections.achieved().ifPresent(text -> labelled(cell, "Achieved: ", text));
        sections.leftToComplete().ifPresent(text -> labelled(cell, "Left to complete: ", text));
        sections.barriers().ifPresent(text -> labelled(cell, "Barriers to completion: ", text));
        if (sections.implemented() || sections.proposedClosed()) {
            cell.paragraph().bold(sections.proposedClosed() ? "Implemented and proposed closed." : "Implemented.");
        }
    }

    private static void actions(WordXml.Cell cell, List<Appendix.ActionEntry> actions) {
        cell.paragraph().bold("Actions");
        for (Appendix.ActionEntry action : actions) {
            WordXml.Para p = cell.paragraph();
            p.bold(action.number() + " ");
            p.plain(action.text().isBlank() ? "–" : action.text().strip().replaceAll("\\s+", " "));
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
                p.plain(" — " + String.join("; ", facts));
            }
        }
    }

    private static void decisions(Paper paper, WordXml.Cell cell, List<GovernanceDecision> decisions) {
        cell.paragraph().bold("Decisions");
        for (GovernanceDecision decision : decisions) {
            WordXml.Para p = cell.paragraph();
            p.bold(Words.label(decision.kind()).toUpperCase(Locale.UK));
            p.plain(" – " + paper.decidedBy(decision.forum()) + ", " + Words.date(decision.date())
                    + decision.minute().map(m -> " (" + m + ")").orElse("")
                    + decision.note().map(n -> ": " + n.strip().replaceAll("\\s+", " ")).orElse(""));
        }
    }

    private static void links(WordXml.Cell cell, List<Appendix.LinkEntry> links) {
        cell.paragraph().bold("Links");
        for (Appendix.LinkEntry link : links) {
            String target = link.targetReference().map(ref -> ref + link.targetSourceTitle().map(t -> " (" + t + ")").orElse(""))
                    .orElse(link.link().target());
            cell.paragraph().plain(Words.label(link.link().kind()) + " " + target + link.link().note().map(n -> ": " + n).orElse(""));
        }
    }

    private static void evidence(WordXml.Cell cell, List<Evidence> evidence) {
        cell.paragraph().bold("Evidence");
        for (Evidence e : evidence) {
            StringBuilder text = new StringBuilder(e.description().strip());
            e.date().ifPresent(date -> text.append(" (").append(Words.date(date)).append(')'));
            e.document().ifPresent(doc -> text.append(" – ").append(doc));
            cell.paragraph().plain(text.toString());
            for (String figure : e.figures()) {
                cell.paragraph().plain("• " + figure);
            }
        }
    }
}
