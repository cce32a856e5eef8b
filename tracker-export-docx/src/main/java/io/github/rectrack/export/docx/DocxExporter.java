package io.github.rectrack.export.docx;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.engine.publication.Profile;
import io.github.rectrack.engine.spi.Exporter;
import io.github.rectrack.engine.spi.Finding;
import io.github.rectrack.engine.spi.Options;
import io.github.rectrack.engine.spi.Report;
import io.github.rectrack.engine.spi.WorkProgress;
import io.github.rectrack.model.Forum;
import io.github.rectrack.model.PaperSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 *   <li>a title block: the paper's marking, the organisation, the forum's name, who the report is from,
 *       the subject, the date of the report written out ("16 October 2020") with the meeting's time, and
 *       the author, each that is set; then the purpose of the report, followed by the engine's statement
 *       of what the report's profile withheld ({@link Report#withheld()}), when it withheld something;
 *   <li>the decision the forum is asked for: to note the progress on the recommendations reported to it
 *       and agree the closure of those proposed, with the counts from the views;
 *   <li>the summary table: priority rows by RED, AMBER, GREEN and GREY columns with totals, the colour
 *       headers shaded in their colour, and how many recommendations are proposed for closure;
 *   <li>the RAG key;
 *   <li>the recommendations proposed for closure, each linked to its place in the appendix, with its
 *       status, whether it meets the closure criteria, and the page its appendix entry is on (a {@code
 *       PAGEREF} field to the entry's bookmark, which Word and LibreOffice compute when they lay the paper
 *       out);
 *   <li>the reporting criteria: the scheme's reporting rules in words, in order, and what a closure
 *       needs (the closure checks);
 *   <li>the targets that slipped: original against current target, revisions, for each revision who
 *       approved the extension and why or that it was not explained, the latest update;
 *   <li>the extension requests, pending and decided, with the target in force and the one asked for,
 *       the reason, who asked and the decision; only when there are any;
 *   <li>where the force's own stated RAG or status disagrees with the computed one ("Stated and computed
 *       disagree"), with why; only when there are any;
 *   <li>the movement since the previous meeting, if the report has one: new items, newly closed, newly
 *       red, targets revised, closures declined;
 *   <li>the appendix: per source a heading with its assurance, date and counts per priority; per
 *       recommendation a table with the RAG cell shaded, its text, owners, target history with
 *       superseded targets struck through, management response, dated updates, actions, decisions;
 *   <li>the recommendations monitored by other forums, and where;
 *   <li>the implications, background papers and persons to contact of the forum's paper settings
 *       ({@code scheme.forums[].paper}), each only when set.
 * </ol>
 *
 * <p>Under the {@code public} profile every text of the paper settings and options has the register's
 * people's names replaced ({@link Report#redact(String)}).
 *
 * <p>Everything comes from the views the engine computed ({@link Report#views()}, {@link
 * Report#movement()}); nothing is recomputed. Section headings are Word headings (styles {@code Heading1}
 * and {@code Heading2}), so the navigation pane and a table of contents find them; every table's header
 * row repeats on each page; spacing comes from paragraph styles, not empty paragraphs. Every page has a
 * footer "Page 3 of 12" ({@code PAGE} and {@code NUMPAGES} fields) unless a force's template brings a
 * footer of its own, and the document asks Word to update its fields when it is opened, so the page
 * numbers are right before it is printed.
 *
 * <p>Memory: the appendix and the long lists (proposed for closure, slipped targets, monitored elsewhere) are
 * written as XML to temporary files while the paper is made, and copied into the package when it is written,
 * so a register of 10,000 recommendations is written in a heap of 512 MB. The files are made in POI's
 * temporary directory ({@code org.apache.poi.util.TempFile}, under {@code java.io.tmpdir} unless the
 * application sets another) and deleted when the export ends, whether or not it succeeds.
 *
 * <p>Options:
 *
 * <ul>
 *   <li>{@code subject}: the subject line; "Audit and inspection recommendations and tracking" by
 *       default;
 *   <li>{@code author}: the author and role, for example "Inspection Liaison and Project Officer";
 *       by default the forum's paper settings' author ({@code scheme.forums[].paper.author}), else left out;
 *   <li>{@code marking}: the paper's marking at its top, "PAPER MARKED C"; {@code reportOf}: who the
 *       report is from; {@code meetingTime}: the time of the meeting, 24-hour HH:MM, printed after the
 *       date. Each defaults to the forum's paper settings ({@code marking}, {@code reportOf}, {@code
 *       meetingTime}), else is left out;
 *   <li>{@code template}: the path of a force's own template, a {@code .docx} or {@code .dotx}. The
 *       paper is written into it: its styles, page setup, header and footer (letterhead, a paper marking
 *       such as "PAPER MARKED C") and text are kept; the paper's styles it lacks are added. A body
 *       paragraph whose whole text is a section's placeholder is replaced by that section:
 *       {@code {{title}}}, {@code {{purpose}}}, {@code {{recommendation}}}, {@code {{summary}}},
 *       {@code {{ragKey}}}, {@code {{proposedClosure}}}, {@code {{reportingCriteria}}}, {@code {{slippage}}},
 *       {@code {{extensionRequests}}}, {@code {{discrepancies}}}, {@code {{movement}}}, {@code {{appendix}}},
 *       {@code {{monitoredElsewhere}}} (followed, where the register has them, by the items addressed to
 *       other bodies, the reports awaiting a published response and the further reports promised),
 *       {@code {{implications}}}, {@code {{backgroundPapers}}},
 *       {@code {{contacts}}}; sections without a placeholder are appended at the end, in the
 *       order above. {@code {{asOf}}} (the day written out), {@code {{forum}}} (the forum's name) and
 *       {@code {{organisation}}} are replaced within any paragraph, headers and footers included, even
 *       when Word split them across runs; the paragraph's text is written back into its first run,
 *       keeping that run's formatting. A .dotx gives a document (.docx), not a template. An unknown
 *       placeholder ({@code {{budget}}}), a section placeholder that is not a body paragraph of its own
 *       or is given twice, and a missing or unreadable template are errors
 *       ({@link IllegalArgumentException} naming the placeholder and the known ones, or the path).
 *       Without a template the paper is written from scratch in the built-in layout. A default template
 *       ships with the plug-in as the resource {@value #DEFAULT_TEMPLATE_RESOURCE}, a starting point
 *       for a force's own.
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

    /** The option giving the paper's marking, printed at its top ("PAPER MARKED C"). */
    public static final String MARKING = "marking";

    /** The option naming who the report is from ("Chief Constable and Chief Finance Officer (OPCC)"). */
    public static final String REPORT_OF = "reportOf";

    /** The option giving the time the forum meets, 24-hour HH:MM ("10:00"). */
    public static final String MEETING_TIME = "meetingTime";

    /** The option naming a force's own template, a .docx or .dotx. */
    public static final String TEMPLATE = "template";

    /** The class-path resource of the template shipped as a starting point for a force's own. */
    public static final String DEFAULT_TEMPLATE_RESOURCE = "/io/github/rectrack/export/docx/default-template.docx";

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
        return Set.of(SUBJECT, AUTHOR, MARKING, REPORT_OF, MEETING_TIME, TEMPLATE);
    }

    /**
     * Writes the paper.
     *
     * @param report what to write, already evaluated
     * @param options {@code subject}, {@code author} and {@code template}, all optional
     * @param out where to write; flushed, not closed
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if an option is unknown or blank, the template is missing or
     *     unreadable, or it holds an unknown or misplaced placeholder
     */
    @Override
    public void export(Report report, Options options, OutputStream out) throws IOException {
        exportWithFindings(report, options, out, WorkProgress.NONE);
    }

    /**
     * Writes the paper, and reports, under the {@code public} profile, each part and property of the
     * template that was left out or changed. Under that profile the {@code subject} and {@code author} options
     * have the register's people's names replaced as the register's own text has ({@link
     * Report#redact(String)}), as have the template's text in its body, tables, headers, footers, footnotes,
     * endnotes and text boxes, and the alternative text of its pictures; the template's comments, custom XML,
     * custom properties and the core and extended properties that may name people (creator, last modified by,
     * description, keywords, subject, category, content status, manager, company) are removed, and the
     * authors of its tracked changes become "Author"; an external link whose address names someone or holds
     * an e-mail address or telephone number leads to {@code about:blank}. A name is replaced where it lies: the rest of its
     * paragraph keeps its formatting, and a name spread over runs is replaced in the first run's formatting.
     *
     * @param report what to write, already evaluated
     * @param options {@code subject}, {@code author} and {@code template}, all optional
     * @param out where to write; flushed, not closed
     * @return a warning for each part or property of the template removed or redacted, and one for the
     *     authors of its tracked changes; empty for other profiles
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if an option is unknown or blank, the template is missing or
     *     unreadable, or it holds an unknown or misplaced placeholder
     */
    @Override
    public List<Finding> exportWithFindings(Report report, Options options, OutputStream out) throws IOException {
        return exportWithFindings(report, options, out, WorkProgress.NONE);
    }

    /**
     * Writes the paper as {@link #exportWithFindings(Report, Options, OutputStream)} does, reporting the
     * recommendations of the appendix as each is written, against how many the appendix holds. The appendix
     * is the long part of a paper; the last report comes before the document's bytes are written.
     *
     * @param report what to write, already evaluated
     * @param options {@code subject}, {@code author} and {@code template}, all optional
     * @param out where to write; flushed, not closed
     * @param progress where to report the appendix's recommendations written
     * @return as for {@link #exportWithFindings(Report, Options, OutputStream)}
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if an option is unknown or blank, the template is missing or
     *     unreadable, or it holds an unknown or misplaced placeholder
     */
    @Override
    public List<Finding> exportWithFindings(Report report, Options options, OutputStream out, WorkProgress progress) throws IOException {
        Objects.requireNonNull(progress, "progress");
        options.requireOnly(ID, optionNames());
        String subject = report.redact(text(options, SUBJECT).orElse(DEFAULT_SUBJECT));
        PaperSettings settings = report.register().scheme().forum(report.forum()).flatMap(Forum::paper).orElse(PaperSettings.none());
        Optional<String> author = text(options, AUTHOR).or(settings::author).map(report::redact);
        Optional<String> meetingTime = text(options, MEETING_TIME).map(time -> {
            if (!time.matches("([01][0-9]|2[0-3]):[0-5][0-9]")) {
                throw new IllegalArgumentException("option '" + MEETING_TIME + "' of '" + ID + "' is '" + time
                        + "': write the time as 24-hour HH:MM, for example 10:00 or 14:30");
            }
            return time;
        }).or(settings::meetingTime);
        Map<String, String> implications = new LinkedHashMap<>();
        settings.implications().forEach((heading, text) -> implications.put(report.redact(heading), report.redact(text)));
        PaperSettings furniture = new PaperSettings(text(options, MARKING).or(settings::marking).map(report::redact),
                text(options, REPORT_OF).or(settings::reportOf).map(report::redact), author, meetingTime, implications,
                settings.backgroundPapers().stream().map(report::redact).toList(), settings.contacts().stream().map(report::redact).toList());
        Optional<Path> template = text(options, TEMPLATE).flatMap(v -> options.path(TEMPLATE));
        List<Finding> warnings = new ArrayList<>();
        Optional<List<Finding>> publicWarnings = report.profile() == Profile.PUBLIC ? Optional.of(warnings) : Optional.empty();
        try (PaperDocument document = template.map(t -> new PaperDocument(TemplateLayout.open(t, report::redact, publicWarnings)))
                .orElseGet(PaperDocument::new)) {
            Paper paper = new Paper(report, subject, author, furniture, new Bookmarks(report.views().appendix()), document,
                    progress);
            if (template.isPresent()) {
                TemplateLayout.write(paper, PaperLayout.STANDARD);
            } else {
                PaperLayout.append(paper, PaperLayout.STANDARD);
            }
            document.pageNumbers();
            document.write(report.asOf(), subject, author.orElse(report.register().organisation()), out);
        }
        out.flush();
        return List.copyOf(warnings);
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
