package io.github.rectrack.export.docx;

import static io.github.rectrack.export.docx.PaperDocument.bold;
import static io.github.rectrack.export.docx.PaperDocument.plain;

import io.github.rectrack.engine.view.ClosureReadiness;
import io.github.rectrack.model.Forum;
import io.github.rectrack.model.ReportingRule;
import io.github.rectrack.model.ReportingRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * The committee furniture around the figures: the decision the forum is asked for, the reporting criteria
 * (printed from the scheme's reporting rules and the closure checks, never typed), and the
 * implications, background papers and contacts of the forum's paper settings. A part with nothing set is
 * left out.
 */
final class Furniture {

    /** The heading of the decision asked for. */
    static final String RECOMMENDATION = "Recommendation";
    /** The heading of the reporting criteria. */
    static final String REPORTING_CRITERIA = "Reporting criteria";
    /** The heading of the implications. */
    static final String IMPLICATIONS = "Implications";
    /** The heading of the background papers. */
    static final String BACKGROUND_PAPERS = "Background papers";
    /** The heading of the contacts. */
    static final String CONTACTS = "Person to contact";

    private Furniture() {}

    /**
     * "The Joint Audit, Risk and Assurance Panel is asked to note the progress reported on the 17
     * recommendations and agree the closure of the 7 recommendations listed under …", counted from the views.
     */
    static void recommendation(Paper paper) {
        PaperDocument d = paper.document();
        int reported = paper.views().summary().total();
        int proposed = paper.views().proposedClosure().items().size();
        d.heading(1, RECOMMENDATION);
        d.paragraph(PaperStyles.NORMAL, "The " + paper.forumName() + " is asked to note the progress reported on the "
                + Words.count(reported, "recommendation") + " reported to it"
                + (proposed == 0 ? "; none is proposed for closure." : " and agree the closure of the " + Words.count(proposed, "recommendation")
                        + " listed under \u201c" + Lists.PROPOSED_CLOSURE + "\u201d."));
    }

    /**
     * The scheme's reporting rules in words, in the order they are tried, then the default forum, then
     * what a closure needs (the closure checks the paper's criteria column applies).
     */
    static void reportingCriteria(Paper paper) {
        PaperDocument d = paper.document();
        ReportingRules rules = paper.report().register().scheme().reportingRules();
        d.heading(1, REPORTING_CRITERIA);
        d.paragraph(PaperStyles.NORMAL, "Which forum sees a recommendation follows from its source's assurance and its priority; the "
                + "first of these rules that fits decides, unless the register sends the recommendation to a named forum:");
        char letter = 'a';
        for (ReportingRule rule : rules.rules()) {
            XWPFParagraph p = d.paragraph(PaperStyles.NORMAL);
            bold(p, "(" + letter++ + ") ");
            plain(p, Words.sentence(band(rule)) + ": " + priorities(rule) + " reported to " + forum(paper, rule.forum())
                    + (rule.wholeReport() ? ", with the whole report" : "") + ".");
        }
        XWPFParagraph otherwise = d.paragraph(PaperStyles.NORMAL);
        bold(otherwise, "(" + letter + ") ");
        plain(otherwise, (rules.rules().isEmpty() ? "Every recommendation is" : "Any other recommendation is") + " reported to "
                + forum(paper, rules.defaultForum()) + ".");
        List<String> needs = new ArrayList<>();
        for (ClosureReadiness.Check check : ClosureReadiness.Check.values()) {
            needs.add(switch (check) {
                case IMPLEMENTATION_STATED -> "an update stating that it has been implemented";
                case EVIDENCE_GIVEN -> "evidence that it is working (facts and figures, dip-sampling results, documents)";
                case BOARD_AGREED -> "the agreement of " + paper.boardName() + " since the latest proposal to close";
                case NO_OPEN_EVIDENCE_REQUEST -> "no request for further evidence left unanswered";
            });
        }
        d.paragraph(PaperStyles.NORMAL, "To close a recommendation proposed closed the " + paper.forum() + " looks for " + String.join("; ", needs)
                + ". The criteria column of the list above says which of these each item lacks.");
    }

    /** "Satisfactory assurance or above", "Limited assurance or below", "Any assurance". */
    static String band(ReportingRule rule) {
        if (rule.assuranceAtLeast().isPresent() && rule.assuranceAtMost().isPresent()) {
            return rule.assuranceAtMost().get() + " to " + rule.assuranceAtLeast().get() + " assurance";
        }
        return rule.assuranceAtLeast().map(a -> a + " assurance or above")
                .or(() -> rule.assuranceAtMost().map(a -> a + " assurance or below")).orElse("any assurance");
    }

    private static String priorities(ReportingRule rule) {
        List<String> p = rule.priorities();
        if (p.isEmpty()) {
            return "all recommendations are";
        }
        String names = p.size() == 1 ? p.get(0) : String.join(", ", p.subList(0, p.size() - 1)) + " and " + p.get(p.size() - 1);
        return names + " recommendations are";
    }

    private static String forum(Paper paper, String id) {
        return paper.report().register().scheme().forum(id)
                .map(f -> f.role() == Forum.Role.OWNER || f.name().equals(f.id()) ? "the " + f.name() : "the " + f.name() + " (" + f.id() + ")")
                .orElse("the " + id);
    }

    static void implications(Paper paper) {
        Map<String, String> implications = paper.furniture().implications();
        if (implications.isEmpty()) {
            return;
        }
        PaperDocument d = paper.document();
        d.heading(1, IMPLICATIONS);
        implications.forEach((heading, text) -> {
            XWPFParagraph p = d.paragraph(PaperStyles.NORMAL);
            bold(p, heading + ": ");
            plain(p, text);
        });
    }

    static void backgroundPapers(Paper paper) {
        list(paper, BACKGROUND_PAPERS, paper.furniture().backgroundPapers());
    }

    static void contacts(Paper paper) {
        list(paper, CONTACTS, paper.furniture().contacts());
    }

    private static void list(Paper paper, String heading, List<String> entries) {
        if (entries.isEmpty()) {
            return;
        }
        PaperDocument d = paper.document();
        d.heading(1, heading);
        for (String entry : entries) {
            d.paragraph(PaperStyles.NORMAL, entry);
        }
    }

    /** The marking as printed: upper case, as papers mark themselves. */
    static String marking(String marking) {
        return marking.toUpperCase(Locale.UK);
    }
}
