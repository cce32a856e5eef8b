package io.github.rectrack.examples.dashboard;

import io.github.rectrack.engine.spi.Exporter;
import io.github.rectrack.engine.spi.Options;
import io.github.rectrack.engine.spi.Report;
import io.github.rectrack.engine.spi.rag.Rag;
import io.github.rectrack.engine.view.Movement;
import io.github.rectrack.engine.view.ProposedClosure;
import io.github.rectrack.engine.view.Slippage;
import io.github.rectrack.engine.view.SummaryMatrix;
import io.github.rectrack.model.Forum;
import io.github.rectrack.model.GovernanceDecision;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.TargetDate;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * An example exporter plug-in, {@code html-dashboard}: one self-contained HTML page for a {@link
 * Report}, to open in a browser or attach to an e-mail. No scripts, no external style sheets, fonts or
 * images.
 *
 * <p>The page holds, in order: a title block (title, organisation, forum, as-of date, RAG policy, and the
 * engine's statement of what the report's publication profile withheld, when it withheld something); the
 * summary matrix (priority rows by RED, AMBER, GREEN, GREY, with totals, cells coloured) and beside it, on
 * a wide window, the same matrix as an inline SVG stacked bar chart; the recommendations proposed for
 * closure, each with who last decided on it and when as the paper writes it ("Business owner, October
 * 2020"); when the report was given the previous meeting's day (the command line's {@code --since}), the
 * movement since then (new, newly closed, newly red, status changed, targets revised, closures declined);
 * and the targets that slipped. The page uses the window's full width without scrolling sideways (at
 * 1,280 pixels and wider): the chart scales to its column, and the lists are set a little smaller than the
 * text so that the eleven columns of the slipped targets fit; in a narrower window that table scrolls
 * sideways in a box of its own. The colours are the committee paper's RAG colours ({@link Rag#fill()},
 * {@link Rag#ink()}). Everything shown comes from the engine's views ({@link SummaryMatrix}, {@link
 * ProposedClosure}, {@link Movement}, {@link Slippage}); the exporter never recomputes status or RAG.
 *
 * <p>The markup is also well-formed XML (XHTML-compatible), all text is escaped, and the same report
 * gives the same bytes: no timestamps, and the order is the views' order.
 *
 * <p>Options:
 *
 * <ul>
 *   <li>{@code title}: the page title and heading; by default "Recommendations reported to" and the
 *       forum's name. Under the {@code public} profile the names of the register's people in it are
 *       replaced as in the register's own text ({@link Report#redact(String)}).
 * </ul>
 *
 * <p>The class is listed in {@code META-INF/services/io.github.rectrack.engine.spi.Exporter} of this
 * module's jar; putting that jar in the tracker command's plug-in directory is all it takes. Stateless
 * and thread-safe.
 */
public final class HtmlDashboardExporter implements Exporter {

    /** The exporter's id. */
    public static final String ID = "html-dashboard";

    /** The option naming the page title. */
    public static final String TITLE = "title";

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.UK);

    private static final String STYLE = """
            body{font-family:sans-serif;margin:1.5em 2em;color:#222}
            .overview{display:grid;grid-template-columns:repeat(auto-fit,minmax(28em,1fr));gap:0 3em;align-items:start}
            table.list{width:100%;font-size:0.875em}
            .wide{overflow-x:auto}
            svg.chart{display:block;width:100%;height:auto}
            h3{margin:1em 0 0.3em 0;font-size:1.05em}
            h1{margin-bottom:0.2em}
            dl.meta{display:grid;grid-template-columns:max-content auto;gap:0.2em 1em;margin:0 0 1.5em 0}
            dl.meta dt{font-weight:bold}
            dl.meta dd{margin:0}
            table{border-collapse:collapse;margin:0.5em 0 1em 0}
            th,td{border:1px solid #bbb;padding:0.3em 0.6em;vertical-align:top}
            thead th{background:#d9e2f3;text-align:left}
            table.matrix td{text-align:right;min-width:4em}
            table.matrix tfoot th,table.matrix tfoot td{font-weight:bold}
            td.total{background:#f7f7f7}
            .none{font-style:italic}
            .badge{padding:0.1em 0.5em;border-radius:0.3em}
            """;

    /** Creates the exporter; {@link java.util.ServiceLoader} calls this. */
    public HtmlDashboardExporter() {}

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "HTML dashboard (example plug-in)";
    }

    @Override
    public String mediaType() {
        return "text/html";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("html", "htm");
    }

    @Override
    public Set<String> optionNames() {
        return Set.of(TITLE);
    }

    /**
     * Writes the dashboard as UTF-8.
     *
     * @param report what to write, already evaluated
     * @param options {@code title}, optionally
     * @param out where to write; flushed, not closed
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if an option is unknown or the title is blank
     */
    @Override
    public void export(Report report, Options options, OutputStream out) throws IOException {
        options.requireOnly(id(), optionNames());
        String forum = forumLabel(report);
        String title = options.text(TITLE).map(t -> {
            if (t.isBlank()) {
                throw new IllegalArgumentException("option '" + TITLE + "' of '" + ID + "' is blank: give a title, or leave it out");
            }
            return report.redact(t);
        }).orElse("Recommendations reported to " + forum);

        SummaryMatrix summary = report.views().summary();
        ProposedClosure proposed = report.views().proposedClosure();
        Slippage slippage = report.views().slippage();

        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write("<!DOCTYPE html>\n");
        w.write("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\" xml:lang=\"en-GB\">\n");
        w.write("<head>\n<meta charset=\"UTF-8\"/>\n");
        w.write("<title>" + Html.escape(title) + "</title>\n");
        w.write("<style>\n" + STYLE + css() + "</style>\n</head>\n<body>\n");

        writeTitleBlock(report, title, forum, w);
        w.write("<div class=\"overview\">\n");
        writeMatrix(summary, w);
        w.write("<section id=\"chart\">\n<h2>By priority and RAG rating</h2>\n");
        MatrixChart.write(summary, w);
        w.write("</section>\n</div>\n");
        writeProposedClosure(report, proposed, w);
        Optional<Movement> movement = report.movement();
        if (movement.isPresent()) {
            writeMovement(report, movement.get(), w);
        }
        writeSlippage(slippage, w);
        w.write("</body>\n</html>\n");
        w.flush();
    }

    private static String forumLabel(Report report) {
        String name = report.forumName();
        return name.equals(report.forum()) || name.contains("(" + report.forum() + ")") ? name : name + " (" + report.forum() + ")";
    }

    private static String css() {
        StringBuilder css = new StringBuilder();
        for (Rag rag : Rag.values()) {
            Palette p = Palette.of(rag);
            css.append("th.").append(p.cssClass()).append(",td.").append(p.cssClass()).append(",.badge.").append(p.cssClass())
                    .append("{background:").append(p.fill()).append(";color:").append(p.ink()).append("}\n");
            css.append("td.").append(p.cssClass()).append(".zero{background:").append(p.tint()).append(";color:#777}\n");
        }
        return css.toString();
    }

    private static void writeTitleBlock(Report report, String title, String forum, Writer w) throws IOException {
        LocalDate asOf = report.asOf();
        w.write("<header>\n<h1>" + Html.escape(title) + "</h1>\n<dl class=\"meta\">\n");
        w.write("<dt>Organisation</dt><dd class=\"organisation\">" + Html.escape(report.register().organisation()) + "</dd>\n");
        w.write("<dt>Forum</dt><dd class=\"forum\">" + Html.escape(forum) + "</dd>\n");
        w.write("<dt>As of</dt><dd class=\"as-of\"><time datetime=\"" + asOf + "\">" + LONG_DATE.format(asOf) + "</time></dd>\n");
        w.write("<dt>RAG policy</dt><dd class=\"rag-policy\">" + Html.escape(report.evaluation().ragPolicy()) + "</dd>\n");
        w.write("</dl>\n");
        Optional<String> withheld = report.withheld().statement();
        if (withheld.isPresent()) {
            w.write("<p class=\"withheld\">" + Html.escape(withheld.get()) + "</p>\n");
        }
        w.write("</header>\n");
    }

    private static void writeMatrix(SummaryMatrix summary, Writer w) throws IOException {
        w.write("<section id=\"summary\">\n<h2>Summary</h2>\n<table id=\"summary-matrix\" class=\"matrix\">\n");
        w.write("<caption>Recommendations by priority and RAG rating</caption>\n<thead>\n<tr><th scope=\"col\">Priority</th>");
        for (Rag rag : Rag.values()) {
            Palette p = Palette.of(rag);
            w.write("<th scope=\"col\" class=\"" + p.cssClass() + "\">" + p.label() + "</th>");
        }
        w.write("<th scope=\"col\">Total</th></tr>\n</thead>\n<tbody>\n");
        for (String priority : summary.priorities()) {
            w.write("<tr data-priority=\"" + Html.escape(priority) + "\"><th scope=\"row\">" + Html.escape(priority) + "</th>");
            for (Rag rag : Rag.values()) {
                writeCell(rag, summary.count(priority, rag), w);
            }
            w.write("<td class=\"total\">" + summary.total(priority) + "</td></tr>\n");
        }
        w.write("</tbody>\n<tfoot>\n<tr><th scope=\"row\">Total</th>");
        for (Rag rag : Rag.values()) {
            writeCell(rag, summary.total(rag), w);
        }
        w.write("<td class=\"total\">" + summary.total() + "</td></tr>\n</tfoot>\n</table>\n");
        w.write("<p class=\"proposed-count\">Proposed for closure: " + summary.proposedClosed() + "</p>\n</section>\n");
    }

    private static void writeCell(Rag rag, int count, Writer w) throws IOException {
        Palette p = Palette.of(rag);
        w.write("<td class=\"" + p.cssClass() + (count == 0 ? " zero" : "") + "\" data-rag=\"" + rag + "\">" + count + "</td>");
    }

    private static void writeProposedClosure(Report report, ProposedClosure proposed, Writer w) throws IOException {
        w.write("<section id=\"proposed-closure\">\n<h2>Proposed for closure (" + proposed.items().size() + ")</h2>\n");
        if (proposed.items().isEmpty()) {
            w.write("<p class=\"none\">No recommendation is proposed for closure.</p>\n</section>\n");
            return;
        }
        w.write("<table class=\"list\">\n<thead>\n<tr><th scope=\"col\">Source</th><th scope=\"col\">Priority</th>"
                + "<th scope=\"col\">Ref.</th><th scope=\"col\">Recommendation</th><th scope=\"col\">Status</th>"
                + "<th scope=\"col\">Latest decision by</th></tr>\n</thead>\n<tbody>\n");
        for (ProposedClosure.Item item : proposed.items()) {
            w.write("<tr data-recommendation=\"" + Html.escape(item.recommendationId()) + "\">");
            cell(item.sourceTitle(), w);
            cell(item.priority(), w);
            w.write("<td class=\"reference\">" + Html.escape(item.reference()) + "</td>");
            cell(item.title(), w);
            cell(label(item.status()), w);
            cell(item.decisions().isEmpty() ? "" : decision(report, item.decisions().get(item.decisions().size() - 1)), w);
            w.write("</tr>\n");
        }
        w.write("</tbody>\n</table>\n</section>\n");
    }

    private static void writeSlippage(Slippage slippage, Writer w) throws IOException {
        w.write("<section id=\"slippage\">\n<h2>Targets that slipped (" + slippage.items().size() + ")</h2>\n");
        if (slippage.items().isEmpty()) {
            w.write("<p class=\"none\">No target has slipped.</p>\n</section>\n");
            return;
        }
        w.write("<div class=\"wide\">\n<table class=\"list\">\n<thead>\n<tr><th scope=\"col\">Source</th><th scope=\"col\">Priority</th>"
                + "<th scope=\"col\">Ref.</th><th scope=\"col\">Recommendation</th><th scope=\"col\">RAG</th>"
                + "<th scope=\"col\">Status</th><th scope=\"col\">Original target</th><th scope=\"col\">Current target</th>"
                + "<th scope=\"col\">Revisions</th><th scope=\"col\">Days past original</th><th scope=\"col\">Context</th></tr>\n"
                + "</thead>\n<tbody>\n");
        for (Slippage.Item item : slippage.items()) {
            Palette rag = Palette.of(item.rag());
            w.write("<tr data-recommendation=\"" + Html.escape(item.recommendationId()) + "\">");
            cell(item.sourceTitle(), w);
            cell(item.priority(), w);
            w.write("<td class=\"reference\">" + Html.escape(item.reference()) + "</td>");
            cell(item.title(), w);
            w.write("<td><span class=\"badge " + rag.cssClass() + "\">" + rag.label() + "</span></td>");
            cell(label(item.status()), w);
            String original = target(item.original());
            w.write("<td>" + (item.revisions() > 0 ? "<del>" + original + "</del>" : original) + "</td>");
            w.write("<td>" + target(item.current()) + "</td>");
            cell(item.revisions() + (item.changedAfterPassing() ? ", moved after passing" : ""), w);
            cell(item.daysPastOriginal() + (item.revisions() > 0 && item.daysPastCurrent().isPresent()
                    ? " (" + item.daysPastCurrent().getAsLong() + " past current)" : ""), w);
            cell(item.context().map(c -> item.contextDate().map(d -> date(d) + ": ").orElse("") + c).orElse(""), w);
            w.write("</tr>\n");
        }
        w.write("</tbody>\n</table>\n</div>\n</section>\n");
    }

    private static void cell(String text, Writer w) throws IOException {
        w.write("<td>" + Html.escape(text) + "</td>");
    }

    /** A target as written, with its deadline, if any, as a tooltip. */
    private static String target(TargetDate target) {
        String text = target.text().isEmpty() ? target.kind().toString() : target.text();
        return target.deadline().map(d -> "<span title=\"deadline " + d + "\">" + Html.escape(text) + "</span>")
                .orElse(Html.escape(text));
    }

    /** Who decided and when, as the paper writes it: "Business owner, October 2020". */
    private static String decision(Report report, GovernanceDecision decision) {
        String forum = report.register().scheme().forum(decision.forum()).map(Forum::name).orElse(decision.forum());
        return forum + ", " + date(decision.date());
    }

    /** A date as the paper writes it: "7 May 2020", "May 2020", "2020". */
    private static String date(PartialDate date) {
        return switch (date.precision()) {
            case DAY -> LONG_DATE.format(date.first());
            case MONTH -> MONTH.format(date.first());
            case YEAR -> Integer.toString(date.first().getYear());
        };
    }

    private static void writeMovement(Report report, Movement movement, Writer w) throws IOException {
        w.write("<section id=\"movement\">\n<h2>Movement since the previous meeting</h2>\n");
        w.write("<p>What changed for the " + Html.escape(report.forumName()) + " between the meeting on <time datetime=\""
                + movement.earlierAsOf() + "\">" + LONG_DATE.format(movement.earlierAsOf()) + "</time> and <time datetime=\""
                + movement.laterAsOf() + "\">" + LONG_DATE.format(movement.laterAsOf()) + "</time>.</p>\n");
        changes("new", "New recommendations", movement.newItems(), "Not yet raised", w);
        changes("closed", "Newly closed", movement.newlyClosed(), null, w);
        changes("red", "Newly red", movement.newlyRed(), null, w);
        changes("status", "Status changed", movement.statusChanges(), null, w);
        w.write("<h3>Target dates revised (" + movement.targetsRevised().size() + ")</h3>\n");
        if (movement.targetsRevised().isEmpty()) {
            w.write("<p class=\"none\">None.</p>\n");
        } else {
            w.write("<table class=\"list\" id=\"movement-targets\">\n<thead>\n<tr><th scope=\"col\">Source</th><th scope=\"col\">Ref.</th>"
                    + "<th scope=\"col\">Recommendation</th><th scope=\"col\">Target before</th><th scope=\"col\">Target now</th></tr>\n"
                    + "</thead>\n<tbody>\n");
            for (Movement.Change change : movement.targetsRevised()) {
                w.write("<tr data-recommendation=\"" + Html.escape(change.recommendationId()) + "\">");
                cell(change.sourceTitle(), w);
                w.write("<td class=\"reference\">" + Html.escape(change.reference()) + "</td>");
                cell(change.title(), w);
                w.write("<td>" + change.targetBefore().map(HtmlDashboardExporter::target).orElse("") + "</td>");
                w.write("<td>" + change.targetAfter().map(HtmlDashboardExporter::target).orElse("") + "</td>");
                w.write("</tr>\n");
            }
            w.write("</tbody>\n</table>\n");
        }
        w.write("<h3>Closures declined (" + movement.declinedClosures().size() + ")</h3>\n");
        if (movement.declinedClosures().isEmpty()) {
            w.write("<p class=\"none\">None.</p>\n");
        } else {
            w.write("<table class=\"list\" id=\"movement-declined\">\n<thead>\n<tr><th scope=\"col\">Source</th><th scope=\"col\">Ref.</th>"
                    + "<th scope=\"col\">Recommendation</th><th scope=\"col\">Decision</th><th scope=\"col\">By</th></tr>\n</thead>\n<tbody>\n");
            for (Movement.DeclinedClosure declined : movement.declinedClosures()) {
                Movement.Change change = declined.item();
                w.write("<tr data-recommendation=\"" + Html.escape(change.recommendationId()) + "\">");
                cell(change.sourceTitle(), w);
                w.write("<td class=\"reference\">" + Html.escape(change.reference()) + "</td>");
                cell(change.title(), w);
                cell(label(declined.decision().kind()), w);
                cell(decision(report, declined.decision()), w);
                w.write("</tr>\n");
            }
            w.write("</tbody>\n</table>\n");
        }
        w.write("</section>\n");
    }

    /** One list of the movement: each item's status and colour before and now. */
    private static void changes(String id, String heading, List<Movement.Change> changes, String notBefore, Writer w) throws IOException {
        w.write("<h3>" + heading + " (" + changes.size() + ")</h3>\n");
        if (changes.isEmpty()) {
            w.write("<p class=\"none\">None.</p>\n");
            return;
        }
        w.write("<table class=\"list\" id=\"movement-" + id + "\">\n<thead>\n<tr><th scope=\"col\">Source</th><th scope=\"col\">Priority</th>"
                + "<th scope=\"col\">Ref.</th><th scope=\"col\">Recommendation</th><th scope=\"col\">Before</th><th scope=\"col\">Now</th></tr>\n"
                + "</thead>\n<tbody>\n");
        for (Movement.Change change : changes) {
            w.write("<tr data-recommendation=\"" + Html.escape(change.recommendationId()) + "\">");
            cell(change.sourceTitle(), w);
            cell(change.priority(), w);
            w.write("<td class=\"reference\">" + Html.escape(change.reference()) + "</td>");
            cell(change.title(), w);
            w.write("<td>" + (change.statusBefore().isPresent() && change.ragBefore().isPresent()
                    ? state(change.statusBefore().get(), change.ragBefore().get()) : Html.escape(notBefore == null ? "" : notBefore)) + "</td>");
            w.write("<td>" + state(change.statusAfter(), change.ragAfter()) + "</td>");
            w.write("</tr>\n");
        }
        w.write("</tbody>\n</table>\n");
    }

    /** A status with its colour as a badge: "In progress" and an Amber badge. */
    private static String state(Enum<?> status, Rag rag) {
        Palette p = Palette.of(rag);
        return Html.escape(label(status)) + " <span class=\"badge " + p.cssClass() + "\">" + p.label() + "</span>";
    }

    /** An enum constant as words: {@code CLOSURE_AGREED} becomes "Closure agreed". */
    private static String label(Enum<?> constant) {
        String words = constant.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
