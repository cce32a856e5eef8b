package io.github.rectrack.export.docx;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.engine.spi.Exporter;
import io.github.rectrack.engine.spi.Options;
import io.github.rectrack.engine.spi.Report;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The committee paper in Word ({@code docx}): the report to an oversight panel on audit and inspection
 * recommendations, in the structure of the reference paper (Leicestershire JARAP, 16 October 2020).
 *
 * <p>The paper holds, in order:
 *
 * <ol>
 *   <li>a title block: the organisation, the forum's name, the subject, the date of the report written
 *       out ("16 October 2020") and, if given, the author; then the purpose of the report;
 *   <li>the summary table: priority rows by RED, AMBER, GREEN and GREY columns with totals, the colour
 *       headers shaded in their colour, and how many recommendations are proposed for closure;
 *   <li>the RAG key;
 *   <li>the recommendations proposed for closure, each linked to its place in the appendix, with its
 *       status and whether it meets the closure criteria;
 *   <li>the targets that slipped: original against current target, revisions, the latest update;
 *   <li>the movement since the previous meeting, if the report has one: new items, newly closed, newly
 *       red, targets revised, closures declined;
 *   <li>the appendix: per source a heading with its assurance, date and counts per priority; per
 *       recommendation a table with the RAG cell shaded, its text, owners, target history with
 *       superseded targets struck through, management response, dated updates, actions, decisions;
 *   <li>the recommendations monitored by other forums, and where.
 * </ol>
 *
 * <p>Everything comes from the views the engine computed ({@link Report#views()}, {@link
 * Report#movement()}); nothing is recomputed. Section headings are Word headings (styles {@code Heading1}
 * and {@code Heading2}), so the navigation pane and a table of contents find them; every table's header
 * row repeats on each page; spacing comes from paragraph styles, not empty paragraphs.
 *
 * <p>Options:
 *
 * <ul>
 *   <li>{@code subject}: the subject line; "Audit and inspection recommendations and tracking" by
 *       default;
 *   <li>{@code author}: the author and role, for example "Inspection Liaison and Project Officer";
 *       left out by default.
 * </ul>
 *
 * <p>The same report gives the same bytes: the document's created and modified dates, and the dates of
 * the entries of the zip package, are the report's day at midnight (UTC for the document properties).
 * The stream is flushed, never closed. Stateless and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class DocxExporter implements Exporter {

    /** The exporter's id. */
    public static final String ID = "docx";

    /** The media type of a Word document. */
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** The option naming the subject line. */
    public static final String SUBJECT = "subject";

    /** The option naming the author and role. */
    public static final String AUTHOR = "author";

    /** The subject line when none is given. */
    public static final String DEFAULT_SUBJECT = "Audit and inspection recommendations and tracking";

    /** Creates the exporter; {@link java.util.ServiceLoader} calls this. */
    public DocxExporter() {}

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Committee paper (Word)";
    }

    @Override
    public String mediaType() {
        return MEDIA_TYPE;
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("docx");
    }

    @Override
    public Set<String> optionNames() {
        return Set.of(SUBJECT, AUTHOR);
    }

    /**
     * Writes the paper.
     *
     * @param report what to write, already evaluated
     * @param options {@code subject} and {@code author}, both optional
     * @param out where to write; flushed, not closed
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if an option is unknown or blank
     */
    @Override
    public void export(Report report, Options options, OutputStream out) throws IOException {
        options.requireOnly(ID, optionNames());
        String subject = text(options, SUBJECT).orElse(DEFAULT_SUBJECT);
        Optional<String> author = text(options, AUTHOR);
        try (PaperDocument document = new PaperDocument()) {
            Paper paper = new Paper(report, subject, author, new Bookmarks(report.views().appendix()), document);
            PaperLayout.append(paper, PaperLayout.STANDARD);
            document.write(report.asOf(), subject, author.orElse(report.register().organisation()), out);
        }
        out.flush();
    }

    private static Optional<String> text(Options options, String name) {
        return options.text(name).map(value -> {
            if (value.isBlank()) {
                throw new IllegalArgumentException("option '" + name + "' of '" + ID + "' is blank: give a value, or leave it out");
            }
            return value.strip();
        });
    }
}
