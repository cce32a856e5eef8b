package io.github.rectrack.export.docx;

import io.github.rectrack.engine.spi.Report;
import io.github.rectrack.engine.spi.WorkProgress;
import io.github.rectrack.engine.view.ReportViews;
import io.github.rectrack.model.Forum;
import io.github.rectrack.model.PaperSettings;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One paper being written: the report, what the caller chose for the title block, the bookmarks of the
 * appendix items, and the document. Made for one export and dropped after it.
 *
 * @param report the report
 * @param subject the subject line
 * @param author the author and role, if given
 * @param furniture the paper's marking, "Report of", meeting time, implications, background papers and
 *     contacts: the forum's paper settings, with the exporter's options in their place where given
 * @param bookmarks the bookmark of each appendix item
 * @param document the document being written
 * @param progress where the appendix's recommendations written are reported
 */
record Paper(Report report, String subject, Optional<String> author, PaperSettings furniture, Bookmarks bookmarks,
        PaperDocument document, WorkProgress progress) {

    Paper {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(furniture, "furniture");
        Objects.requireNonNull(bookmarks, "bookmarks");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(progress, "progress");
    }

    /** The views the engine computed. */
    ReportViews views() {
        return report.views();
    }

    /** The forum's short id, as papers refer to it: "JARAP". */
    String forum() {
        return report.forum();
    }

    /**
     * How the paper names a forum in a decision: by its short id ("SORB", "JARAP"), except the owner,
     * whose id is no name ("Business owner").
     */
    String decidedBy(String forumId) {
        return report.register().scheme().forum(forumId)
                .filter(f -> f.role() == Forum.Role.OWNER).map(Forum::name).orElse(forumId);
    }

    /**
     * The board that agrees closures before the forum, as prose names it: "the Strategic Organisational
     * Risk Board (SORB)"; "the board" if the scheme has no board forum, or more than one.
     */
    String boardName() {
        List<Forum> boards = report.register().scheme().forums().stream().filter(f -> f.role() == Forum.Role.BOARD).toList();
        if (boards.size() != 1) {
            return "the board";
        }
        Forum board = boards.get(0);
        return "the " + (board.name().equals(board.id()) ? board.id() : board.name() + " (" + board.id() + ")");
    }

    /** The forum's name: "Joint Audit, Risk and Assurance Panel". */
    String forumName() {
        return report.forumName();
    }
}
