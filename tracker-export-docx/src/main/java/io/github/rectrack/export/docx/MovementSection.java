package io.github.rectrack.export.docx;

import static io.github.rectrack.export.docx.PaperDocument.paragraph;
import static io.github.rectrack.export.docx.PaperDocument.plain;

import io.github.rectrack.engine.spi.rag.Rag;
import io.github.rectrack.engine.status.Status;
import io.github.rectrack.engine.view.Movement;
import io.github.rectrack.model.GovernanceDecision;
import io.github.rectrack.model.TargetDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** What changed since the previous meeting, when the report has one. */
final class MovementSection {

    /** The heading of the section. */
    static final String HEADING = "Movement since the previous meeting";

    private MovementSection() {}

    static void append(Paper paper) {
        Optional<Movement> found = paper.report().movement();
        if (found.isEmpty()) {
            return;
        }
        Movement movement = found.get();
        PaperDocument d = paper.document();
        d.heading(1, HEADING);
        d.paragraph(PaperStyles.NORMAL, "What changed for the recommendations reported to the " + paper.forum() + " between the previous "
                + "meeting on " + Words.day(movement.earlierAsOf()) + " and " + Words.day(movement.laterAsOf()) + ".");
        changes(paper, "New recommendations", movement.newItems(), "Before", c -> "Not yet raised", "Now", MovementSection::state);
        changes(paper, "Newly closed", movement.newlyClosed(), "Before", MovementSection::stateBefore, "Now", MovementSection::state);
        changes(paper, "Newly red", movement.newlyRed(), "Before", MovementSection::stateBefore, "Now", MovementSection::state);
        changes(paper, "Target dates revised", movement.targetsRevised(), "Target before", c -> target(c.targetBefore()),
                "Target now", c -> target(c.targetAfter()));
        declined(paper, movement.declinedClosures());
    }

    private static void changes(Paper paper, String heading, List<Movement.Change> changes, String beforeHeader,
            Function<Movement.Change, String> before, String afterHeader, Function<Movement.Change, String> after) {
        PaperDocument d = paper.document();
        d.heading(2, heading);
        if (changes.isEmpty()) {
            d.paragraph(PaperStyles.NORMAL, "None.");
            return;
        }
        XWPFTable table = d.table(new int[] {3, 4, 3, 3}, List.of("Source", "Recommendation", beforeHeader, afterHeader));
        for (Movement.Change change : changes) {
            XWPFTableRow row = PaperDocument.row(table);
            plain(paragraph(row.getCell(0)), change.sourceTitle());
            Lists.recommendation(paper, row.getCell(1), change.recommendationId(), change.reference(), change.title());
            plain(paragraph(row.getCell(2)), before.apply(change));
            plain(paragraph(row.getCell(3)), after.apply(change));
        }
    }

    private static void declined(Paper paper, List<Movement.DeclinedClosure> declined) {
        PaperDocument d = paper.document();
        d.heading(2, "Closures declined");
        if (declined.isEmpty()) {
            d.paragraph(PaperStyles.NORMAL, "None.");
            return;
        }
        XWPFTable table = d.table(new int[] {3, 4, 3, 5}, List.of("Source", "Recommendation", "Decision", "Note"));
        for (Movement.DeclinedClosure closure : declined) {
            Movement.Change change = closure.item();
            GovernanceDecision decision = closure.decision();
            XWPFTableRow row = PaperDocument.row(table);
            plain(paragraph(row.getCell(0)), change.sourceTitle());
            Lists.recommendation(paper, row.getCell(1), change.recommendationId(), change.reference(), change.title());
            plain(paragraph(row.getCell(2)), Words.label(decision.kind()));
            plain(paragraph(row.getCell(2)), paper.decidedBy(decision.forum()) + ", " + Words.date(decision.date())
                    + (decision.minute().map(m -> " (" + m + ")").orElse("")));
            PaperDocument.text(row.getCell(3), decision.note().orElse("–"));
        }
    }

    private static String state(Movement.Change change) {
        return state(change.ragAfter(), change.statusAfter());
    }

    private static String stateBefore(Movement.Change change) {
        if (change.statusBefore().isEmpty() || change.ragBefore().isEmpty()) {
            return "Not yet raised";
        }
        return state(change.ragBefore().get(), change.statusBefore().get());
    }

    private static String state(Rag rag, Status status) {
        return RagColour.of(rag).word() + " – " + status.label();
    }

    private static String target(Optional<TargetDate> target) {
        return target.map(Words::target).orElse("None set");
    }
}
