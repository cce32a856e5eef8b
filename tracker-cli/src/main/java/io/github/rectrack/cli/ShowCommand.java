package io.github.rectrack.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.rectrack.engine.evaluation.RegisterEvaluation;
import io.github.rectrack.engine.evaluation.StatusEngine;
import io.github.rectrack.engine.spi.Finding;
import io.github.rectrack.engine.spi.ImportResult;
import io.github.rectrack.engine.spi.Report;
import io.github.rectrack.engine.validation.ValidationReport;
import io.github.rectrack.engine.view.ChaseList;
import io.github.rectrack.engine.view.ClosureReadiness;
import io.github.rectrack.engine.view.Discrepancies;
import io.github.rectrack.engine.view.ForwardPlan;
import io.github.rectrack.engine.view.PublishedResponses;
import io.github.rectrack.engine.view.Watched;
import io.github.rectrack.engine.view.ExtensionRequests;
import io.github.rectrack.engine.view.Movement;
import io.github.rectrack.engine.view.Overdue;
import io.github.rectrack.engine.view.ProposedClosure;
import io.github.rectrack.engine.view.RequestCount;
import io.github.rectrack.engine.view.Slippage;
import io.github.rectrack.model.Forum;
import io.github.rectrack.model.GovernanceDecision;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.Register;
import io.github.rectrack.model.TargetDate;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code tracker show}: prints one view of a register on the terminal, as the committee paper shows it,
 * in {@value TerminalText#WIDTH} columns, or the same data as one JSON object for scripts.
 *
 * <p>The views are those of {@link View}. The first line names the view, the forum, the day and where
 * the day came from ({@code --as-of}, the bundled paper's date, the register's own as-of day, or today);
 * the last line gives the counts. The JSON object has {@code view}, {@code register}, {@code asOf},
 * {@code asOfFrom}, {@code forum} (null when the view covers every forum), {@code since} (movement
 * only), {@code items} and {@code counts}; dates are ISO-8601, absent values null.
 *
 * <pre>
 * tracker show --example leicestershire-jarap-2020-10 proposed
 * tracker show register.json slippage --as-of 2020-10-16 --format json
 * tracker show register.json movement --since 2020-07-16
 * </pre>
 */
@Command(name = "show", mixinStandardHelpOptions = true, sortOptions = false,
        customSynopsis = {"tracker show (REGISTER | --example=ID) VIEW [--as-of=YYYY-MM-DD]",
            "             [--forum=ID] [--since=YYYY-MM-DD] [--format=text|json]",
            "             [--input-format=ID] [--input-option=KEY=VALUE]... [--store=URI]"},
        description = {"Print one view of a register as the committee paper shows it, readable in 80 columns, or as JSON.",
            "Views: proposed (recommendations proposed for closure), slippage (targets that have slipped), overdue (open "
                    + "recommendations past their target), chase (owners to chase for an update), movement (changes since "
                    + "--since), extensions (requests for a later target), discrepancies (stated and computed RAG or status "
                    + "disagree), watched (items addressed to other bodies), responses (the s.55 clock: reports awaiting a "
                    + "published response), forward (further reports promised to forums, by month).",
            "Forum: proposed, slippage, movement, extensions and discrepancies are for one forum, by default the scheme's "
                    + "panel (else its default forum), as in 'tracker report'; overdue and chase cover every forum unless "
                    + "--forum names one."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the view was printed",
            "1:the register could not be read or is invalid; the problems are listed and no view is printed",
            "2:usage error (such as an unknown view, which lists the views, or movement without --since), or unreadable input"},
        footerHeading = "%nJSON (--format json):%n",
        footer = {"One object: view, register, asOf, asOfFrom (option, paper, register or today),",
            "forum (null for every forum), since (movement only), items (an array) and",
            "counts (items, and the view's own counts). Dates are ISO-8601; status, rag and",
            "other kinds are constant names (PROPOSED_CLOSED, RED); absent values are null.",
            "Each item has recommendation (the id), reference, title and source, and:",
            "  proposed: priority, status, latestDecision {kind, forum, date, minute, note},",
            "    closureCriteriaMet, closureCriteriaFailures",
            "  slippage: priority, status, rag, originalTarget and currentTarget {text,",
            "    deadline}, revisions, daysPastOriginal, daysPastCurrent,",
            "    changedAfterPassing, revisionHistory [{replaced, target, date,",
            "    explanation, reason, agreedBy, agreedOn}], context, contextDate",
            "  overdue: priority, forum, status, rag, target, daysOverdue,",
            "    owners [{id, name}], lastUpdate",
            "  chase: owner {id, name, role} (null when no one owns it), forum, status,",
            "    reasons, lastUpdate, daysSinceLastUpdate, requests, unansweredRequests,",
            "    lastRequest",
            "  movement: change (NEW, CLOSED, RED, TARGET_REVISED, CLOSURE_DECLINED),",
            "    priority, statusBefore, statusAfter, ragBefore, ragAfter, targetBefore,",
            "    targetAfter, decision (declined closures only)",
            "  extensions: requestedOn, requestedBy, targetInForce, targetAsked, reason,",
            "    state, decidedBy, decidedOn, note",
            "  discrepancies: field (RAG or STATUS), stated, computed, explanation; the",
            "    arrays unreadable and notCompared hold items of the same shape",
            "  watched: kind, addressee, status, lastUpdate",
            "  responses (each item a report): source, title, kind, issuedBy, published,",
            "    days, due, state, daysLeft, respondedOn, answered, itemsToAnswer",
            "  forward (each item a promised report): forum, due, state, source, title, note",
            "  history (each item a change, not a recommendation): version, id,",
            "    recordedAt, recordedBy, type, recommendation (or source; null for a",
            "    change to the register), summary"})
final class ShowCommand implements Callable<Integer> {

    /** The views this command shows. */
    enum View {
        /** The recommendations proposed for closure ({@link ProposedClosure}, with {@link ClosureReadiness}). */
        PROPOSED("proposed", "Proposed for closure", true),
        /** The targets that slipped ({@link Slippage}). */
        SLIPPAGE("slippage", "Targets that have slipped", true),
        /** Open recommendations past their target ({@link Overdue}). */
        OVERDUE("overdue", "Open recommendations past their target", false),
        /** The owners to chase for an update ({@link ChaseList}). */
        CHASE("chase", "Owners to chase for an update", false),
        /** What changed since the previous meeting ({@link Movement}). */
        MOVEMENT("movement", "Movement", true),
        /** Requests for a later target ({@link ExtensionRequests}). */
        EXTENSIONS("extensions", "Extension requests", true),
        /** Stated values that disagree with the computed ones ({@link Discrepancies}). */
        DISCREPANCIES("discrepancies", "Stated and computed disagree", true),
        /** The changes recorded in the register's journal, oldest first. */
        HISTORY("history", "Changes recorded", false),
        /** Items addressed to other bodies that the forum watches ({@link Watched}). */
        WATCHED("watched", "Watched, addressed to other bodies", true),
        /** The s.55 clock: reports awaiting a published response ({@link PublishedResponses}). */
        RESPONSES("responses", "Published responses (s.55)", false),
        /** Further reports promised to forums, by month ({@link ForwardPlan}). */
        FORWARD("forward", "Forward plan: reports promised", false);

        final String id;
        final String heading;
        final boolean oneForum;

        View(String id, String heading, boolean oneForum) {
            this.id = id;
            this.heading = heading;
            this.oneForum = oneForum;
        }

        /** The view with the id, or an error listing the views. */
        static View byId(String id) {
            return Arrays.stream(values()).filter(v -> v.id.equals(id.toLowerCase(Locale.ROOT))).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no view is called '" + id + "'; the views are " + ids()));
        }

        static String ids() {
            return Arrays.stream(values()).map(v -> v.id).collect(Collectors.joining(", "));
        }
    }

    enum Format { text, json }

    @Parameters(arity = "0..2", paramLabel = "ARG", hideParamSyntax = true,
            description = {"REGISTER VIEW, or VIEW alone with --example. REGISTER: a register file, canonical JSON or any format "
                    + "an importer reads, or with --store the register's id in the store. VIEW: proposed, slippage, overdue, chase, movement, extensions, discrepancies, watched, responses or forward."})
    List<String> arguments = new ArrayList<>();

    @Option(names = "--example", paramLabel = "ID", completionCandidates = RegisterInput.ExampleIds.class,
            description = "A bundled reference register instead of a file: ${COMPLETION-CANDIDATES}.")
    String example;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "The day to show the view as of (default: the paper's date for --example, else the register's own as-of "
                    + "day, otherwise today; the first line says which).")
    LocalDate asOf;

    @Option(names = "--forum", paramLabel = "ID",
            description = "The forum to show (default: the scheme's panel, else its default forum; overdue and chase: every forum).")
    String forum;

    @Option(names = "--since", paramLabel = "YYYY-MM-DD",
            description = "The day of the previous meeting: needed by movement, which shows what changed between it and --as-of.")
    LocalDate since;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--input-format", paramLabel = "ID",
            description = "The importer to read REGISTER with (default: by its extension, else json).")
    String inputFormat;

    @Option(names = "--store", paramLabel = "URI", defaultValue = "${env:" + StoredRegister.STORE_VARIABLE + "}",
            description = StoredRegister.STORE_HELP)
    String store;

    @Option(names = "--input-option", paramLabel = "KEY=VALUE",
            description = "An option for the importer; repeat for more.")
    Map<String, String> inputOptions = new LinkedHashMap<>();

    @Spec
    CommandSpec spec;

    @ParentCommand
    TrackerCommand tracker;

    @Override
    public Integer call() throws Exception {
        View view = view();
        RegisterInput input = RegisterInput.of(arguments.size() == 2 ? Path.of(arguments.get(0)) : null, example, inputFormat,
                inputOptions, store);
        if (view == View.MOVEMENT && since == null) {
            throw new IllegalArgumentException("the movement view needs --since YYYY-MM-DD, the day of the previous meeting, "
                    + "to show what changed between it and the as-of day");
        }
        try (Plugins plugins = tracker.openPlugins()) {
            return show(plugins, input, view);
        }
    }

    /** The view named on the command line; with --example the only argument, else the second. */
    private View view() {
        if (arguments.isEmpty()) {
            throw new IllegalArgumentException("no view given: name a REGISTER file (or --example ID) and then one of the views: "
                    + View.ids());
        }
        if (example != null && arguments.size() == 2) {
            throw new IllegalArgumentException("give either a REGISTER file (" + arguments.get(0) + ") or --example " + example
                    + ", not both; then the VIEW");
        }
        if (example == null && arguments.size() == 1) {
            String only = arguments.get(0);
            if (Arrays.stream(View.values()).anyMatch(v -> v.id.equalsIgnoreCase(only))) {
                throw new IllegalArgumentException("no register given: name a REGISTER file before " + only + ", or a bundled one with "
                        + "--example ID");
            }
            throw new IllegalArgumentException("no view given after " + only + ": the views are " + View.ids());
        }
        return View.byId(arguments.get(arguments.size() - 1));
    }

    private int show(Plugins plugins, RegisterInput input, View view) throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        plugins.failureWarnings().forEach(err::println);
        ImportResult read = input.read(plugins.formats());
        if (read.register().isEmpty() || read.hasErrors()) {
            read.findings().forEach(err::println);
            err.println("tracker: " + input.name() + " could not be read without errors; no view is shown");
            return TrackerCommand.EXIT_INVALID;
        }
        Register register = read.register().get();
        ValidationReport validation = plugins.check(read);
        if (!validation.isValid()) {
            validation.findings().stream().filter(Finding::isError).forEach(err::println);
            err.println("tracker: " + input.name() + " is not a valid register (" + validation.errors().size()
                    + " error(s)); no view is shown. 'tracker validate' lists the same problems.");
            return TrackerCommand.EXIT_INVALID;
        }
        if (!validation.warnings().isEmpty()) {
            err.println("tracker: " + input.name() + " has " + validation.warnings().size() + " warning(s); 'tracker validate' lists them");
        }
        if (forum != null && register.scheme().forum(forum).isEmpty()) {
            throw new IllegalArgumentException("the register has no forum '" + forum + "'; its forums are "
                    + register.scheme().forums().stream().map(Forum::id).toList());
        }
        Optional<String> forumId = forum != null ? Optional.of(forum)
                : view.oneForum ? Optional.of(Report.Builder.defaultForum(register)) : Optional.empty();

        String asOfFrom;
        LocalDate day;
        if (asOf != null) {
            day = asOf;
            asOfFrom = "option";
        } else if (input.paperDate().isPresent()) {
            day = input.paperDate().get();
            asOfFrom = "paper";
        } else if (register.asOf().isPresent()) {
            day = register.asOf().get();
            asOfFrom = "register";
        } else {
            day = LocalDate.now();
            asOfFrom = "today";
        }
        if (view == View.MOVEMENT && !since.isBefore(day)) {
            throw new IllegalArgumentException("--since " + since + " must be before the as-of day, " + day
                    + ": movement shows what changed from the previous meeting to the as-of day");
        }
        StatusEngine engine = new StatusEngine(plugins.ragPolicies());
        RegisterEvaluation evaluation = engine.evaluate(register, day);

        Shown shown = new Shown(register, forumId);
        String forumWords = forumId.orElse("every forum");
        String heading = view == View.MOVEMENT ? "Movement since " + TerminalText.day(since) : view.heading;
        shown.text.line(heading + ", " + forumWords + ", as of " + TerminalText.day(day) + " (" + switch (asOfFrom) {
            case "option" -> "--as-of";
            case "paper" -> "the bundled paper's date";
            case "register" -> "the register's own as-of day";
            default -> "today";
        } + ")");
        shown.text.line("Register " + register.id() + ": " + register.organisation() + input.recordedAs().map(r -> ", " + r).orElse(""));
        shown.text.blank();
        switch (view) {
            case PROPOSED -> proposed(shown, evaluation, forumId.orElseThrow());
            case SLIPPAGE -> slippage(shown, Slippage.of(evaluation, forumId.orElseThrow()));
            case OVERDUE -> overdue(shown, forumId.isPresent() ? Overdue.of(evaluation, forumId.get()) : Overdue.of(evaluation));
            case CHASE -> chase(shown, ChaseList.of(evaluation), forumId);
            case MOVEMENT -> movement(shown, Movement.between(engine.evaluate(register, since), evaluation, forumId.orElseThrow()));
            case EXTENSIONS -> extensions(shown, ExtensionRequests.of(evaluation, forumId.orElseThrow()));
            case DISCREPANCIES -> discrepancies(shown, Discrepancies.of(evaluation, forumId.orElseThrow()));
            case HISTORY -> history(shown, input.journal(), evaluation, forumId);
            case WATCHED -> watched(shown, Watched.of(evaluation, forumId.orElseThrow()));
            case RESPONSES -> responses(shown, PublishedResponses.of(evaluation));
            case FORWARD -> forward(shown, forumId.isPresent() ? ForwardPlan.of(evaluation, forumId.get()) : ForwardPlan.of(evaluation));
            default -> throw new IllegalStateException("no printer for the view " + view.id);
        }
        if (format == Format.json) {
            ObjectNode root = JSON.createObjectNode();
            root.put("view", view.id);
            root.put("register", register.id());
            root.put("asOf", day.toString());
            root.put("asOfFrom", asOfFrom);
            root.put("recorded", input.recordedAs().orElse(null));
            root.put("forum", forumId.orElse(null));
            if (view == View.MOVEMENT) {
                root.put("since", since.toString());
            }
            root.set("items", shown.items);
            root.setAll(shown.extra);
            root.set("counts", shown.counts);
            out.println(JSON.writeValueAsString(root));
        } else {
            shown.text.lines().forEach(out::println);
        }
        return TrackerCommand.EXIT_OK;
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** What a view prints: its text and its JSON, built together so that they say the same. */
    private static final class Shown {
        final Register register;
        final Optional<String> forum;
        final TerminalText text = new TerminalText();
        final ArrayNode items = JSON.createArrayNode();
        final ObjectNode extra = JSON.createObjectNode();
        final ObjectNode counts = JSON.createObjectNode();

        Shown(Register register, Optional<String> forum) {
            this.register = register;
            this.forum = forum;
        }

        /** Starts an item: its heading line, and its JSON object with the fields every item has. */
        ObjectNode item(ArrayNode into, String recommendationId, String reference, String title, String sourceTitle) {
            if (into == items) {
                text.add("", TerminalText.referenceAndTitle(reference, title), "    ");
            }
            ObjectNode node = into.addObject();
            node.put("recommendation", recommendationId);
            node.put("reference", reference);
            node.put("title", title);
            node.put("source", sourceTitle);
            return node;
        }

        /** A field of the current item: "  Label: value", wrapped with a hanging indent. */
        void field(String label, String value) {
            text.add("  " + label + ": ", value, "      ");
        }

        /** A field of an item listed under a heading: "    Label: value", wrapped with a hanging indent. */
        void subField(String label, String value) {
            text.add("    " + label + ": ", value, "        ");
        }

        /** "  None." under a heading. */
        void none() {
            text.add("  ", "None.", "    ");
        }

        /** The forum that decided, as the paper names it: an owner forum by its name, any other by its id. */
        String decidedBy(String forumId) {
            return register.scheme().forum(forumId).filter(f -> f.role() == Forum.Role.OWNER).map(Forum::name).orElse(forumId);
        }
    }

    private static void proposed(Shown shown, RegisterEvaluation evaluation, String forum) {
        List<ProposedClosure.Item> items = ProposedClosure.of(evaluation, forum).items();
        Map<String, ClosureReadiness.Item> readiness = new HashMap<>();
        ClosureReadiness.of(evaluation, forum).items().forEach(i -> readiness.put(i.recommendationId(), i));
        for (ProposedClosure.Item item : items) {
            ObjectNode node = shown.item(shown.items, item.recommendationId(), item.reference(), item.title(), item.sourceTitle());
            node.put("priority", item.priority());
            node.put("status", item.status().name());
            shown.field("Source", item.sourceTitle() + " (" + item.priority() + ")");
            String status = item.status().label();
            if (item.decisions().isEmpty()) {
                node.putNull("latestDecision");
            } else {
                GovernanceDecision last = item.decisions().get(item.decisions().size() - 1);
                String when = shown.decidedBy(last.forum()) + ", " + TerminalText.date(last.date());
                status += TerminalText.label(last.kind()).equals(item.status().label()) ? " – " + when
                        : "; latest decision: " + TerminalText.label(last.kind()).toLowerCase(Locale.UK) + ", " + when;
                node.set("latestDecision", decision(last));
            }
            shown.field("Status", status);
            ClosureReadiness.Item checked = readiness.get(item.recommendationId());
            ArrayNode failures = node.putArray("closureCriteriaFailures");
            if (checked == null) {
                node.putNull("closureCriteriaMet");
                shown.field("Closure criteria", "not checked");
            } else {
                node.put("closureCriteriaMet", checked.ready());
                if (checked.ready()) {
                    shown.field("Closure criteria", "met");
                }
                for (ClosureReadiness.Failure failure : checked.failures()) {
                    failures.add(failure.reason());
                    shown.field("Closure criteria", "not met: " + failure.reason());
                }
            }
            shown.text.blank();
        }
        shown.counts.put("items", items.size());
        shown.text.line(items.isEmpty() ? "No recommendation is proposed for closure."
                : TerminalText.count(items.size(), "recommendation") + " proposed for closure.");
    }

    private static void slippage(Shown shown, Slippage slippage) {
        for (Slippage.Item item : slippage.items()) {
            ObjectNode node = shown.item(shown.items, item.recommendationId(), item.reference(), item.title(), item.sourceTitle());
            node.put("priority", item.priority());
            node.put("status", item.status().name());
            node.put("rag", item.rag().name());
            node.set("originalTarget", target(item.original()));
            node.set("currentTarget", target(item.current()));
            node.put("revisions", item.revisions());
            node.put("daysPastOriginal", item.daysPastOriginal());
            putDays(node, "daysPastCurrent", item.daysPastCurrent());
            node.put("changedAfterPassing", item.changedAfterPassing());
            shown.field("Source", item.sourceTitle() + " (" + item.priority() + ")");
            shown.field("Status", item.status().label() + ", " + item.rag().name());
            shown.field("Original target", TerminalText.target(item.original()) + " – passed "
                    + TerminalText.count(item.daysPastOriginal(), "day") + " ago");
            shown.field("Current target", TerminalText.target(item.current())
                    + (item.daysPastCurrent().isPresent() ? " – passed " + TerminalText.count(item.daysPastCurrent().getAsLong(), "day")
                            + " ago" : ""));
            shown.field("Times revised", item.revisions() + (item.changedAfterPassing() ? " (moved after it had passed)" : ""));
            ArrayNode history = node.putArray("revisionHistory");
            for (Slippage.Revision revision : item.revisionHistory()) {
                ObjectNode r = history.addObject();
                r.set("replaced", target(revision.replaced()));
                r.set("target", target(revision.target()));
                r.put("date", revision.date().map(PartialDate::toString).orElse(null));
                r.put("explanation", revision.explanation().name());
                r.put("reason", revision.reason().orElse(null));
                r.put("agreedBy", revision.agreedBy().orElse(null));
                r.put("agreedOn", revision.agreedOn().map(PartialDate::toString).orElse(null));
                shown.text.add("    - ", TerminalText.target(revision.target()) + ": " + revisionWords(shown, revision), "      ");
            }
            node.put("context", item.context().orElse(null));
            node.put("contextDate", item.contextDate().map(PartialDate::toString).orElse(null));
            shown.field("Context" + item.contextDate().map(d -> " (" + TerminalText.date(d) + ")").orElse(""),
                    item.context().orElse("No update"));
            shown.text.blank();
        }
        shown.counts.put("items", slippage.items().size());
        shown.text.line(slippage.items().isEmpty() ? "No recommendation is past its original target date."
                : TerminalText.count(slippage.items().size(), "recommendation") + " past the target first agreed.");
    }

    /** "extension approved by JARAP, May 2020: reliant on an external supplier", "not explained", or what a partial record says. */
    private static String revisionWords(Shown shown, Slippage.Revision revision) {
        String by = revision.agreedBy().map(a -> shown.decidedBy(a).equals(a) ? revision.agreedByName().orElse(a) : shown.decidedBy(a))
                .orElse("") + revision.agreedOn().map(d -> ", " + TerminalText.date(d)).orElse("");
        String reason = revision.reason().map(r -> ": " + r).orElse("");
        return switch (revision.explanation()) {
            case APPROVED_EXTENSION -> "extension approved by " + by + reason;
            case PARTLY_EXPLAINED -> revision.agreedBy().isPresent() ? "agreed by " + by + "; no reason recorded"
                    : "not recorded as agreed" + reason;
            case UNEXPLAINED -> "not explained";
        };
    }

    private static void watched(Shown shown, Watched watched) {
        for (Watched.Item item : watched.items()) {
            ObjectNode node = shown.item(shown.items, item.recommendationId(), item.reference(), item.title(), item.source());
            node.put("kind", item.kind().name());
            node.put("addressee", item.addressee());
            node.put("status", item.status().name());
            node.put("lastUpdate", item.lastUpdateDate().map(PartialDate::toString).orElse(null));
            shown.field("Source", item.source());
            shown.field("Addressed to", item.addressee());
            shown.field("Status", item.status().label() + " (watched: no RAG for this organisation)");
            shown.field("Last update", item.lastUpdateDate().map(TerminalText::date).orElse("none")
                    + item.lastUpdate().map(u -> ": " + u).orElse(""));
            shown.text.blank();
        }
        shown.counts.put("items", watched.items().size());
        shown.text.line(watched.items().isEmpty() ? "No item addressed to another body is watched."
                : TerminalText.count(watched.items().size(), "item") + " addressed to other bodies, watched and not counted in the "
                        + "forum's RAG totals.");
    }

    private static void responses(Shown shown, PublishedResponses responses) {
        for (PublishedResponses.Report report : responses.reports()) {
            shown.text.add("", report.title(), "    ");
            ObjectNode node = shown.items.addObject();
            node.put("source", report.sourceId());
            node.put("title", report.title());
            node.put("kind", report.kind().name());
            node.put("issuedBy", report.issuedBy().orElse(null));
            node.put("published", report.published().toString());
            node.put("days", report.days());
            node.put("due", report.due().toString());
            node.put("state", report.state().name());
            node.put("daysLeft", report.daysLeft());
            node.put("respondedOn", report.respondedOn().map(PartialDate::toString).orElse(null));
            node.put("answered", report.answered());
            node.put("itemsToAnswer", report.items());
            shown.field("Published", TerminalText.date(report.published()) + report.issuedBy().map(b -> " by " + b).orElse(""));
            shown.field("Response due", TerminalText.day(report.due()) + " (" + report.days() + " days)");
            shown.field("State", switch (report.state()) {
                case AWAITING -> "awaiting, " + TerminalText.count(report.daysLeft(), "day") + " left";
                case OVERDUE -> "overdue by " + TerminalText.count(-report.daysLeft(), "day") + ": no response recorded";
                case PUBLISHED -> "published " + TerminalText.date(report.respondedOn().orElseThrow());
                case PUBLISHED_LATE -> "published late, " + TerminalText.date(report.respondedOn().orElseThrow());
            });
            shown.field("Answered", report.answered() + " of " + TerminalText.count(report.items(), "item"));
            shown.text.blank();
        }
        shown.counts.put("items", responses.reports().size());
        shown.counts.put("awaiting", responses.awaiting().size());
        shown.counts.put("overdue", responses.overdue().size());
        shown.text.line(responses.reports().isEmpty() ? "No report needs a published response."
                : responses.awaiting().size() + " awaiting a published response, " + responses.overdue().size() + " of them overdue.");
    }

    private static void forward(Shown shown, ForwardPlan plan) {
        for (java.util.Map.Entry<String, List<ForwardPlan.Entry>> forum : plan.byForum().entrySet()) {
            shown.text.add("", forum.getValue().get(0).forumName() + " (" + forum.getKey() + ")", "    ");
            for (ForwardPlan.Entry entry : forum.getValue()) {
                ObjectNode node = shown.items.addObject();
                node.put("forum", entry.forum());
                node.put("due", entry.due().toString());
                node.put("state", entry.state().name());
                node.put("source", entry.sourceId());
                node.put("title", entry.sourceTitle());
                node.put("note", entry.note().orElse(null));
                shown.subField(TerminalText.date(entry.due()), entry.sourceTitle() + switch (entry.state()) {
                    case UPCOMING -> "";
                    case DUE -> " (due now)";
                    case PAST -> " (month passed)";
                });
            }
            shown.text.blank();
        }
        shown.counts.put("items", plan.entries().size());
        shown.text.line(plan.entries().isEmpty() ? "No further report is promised."
                : TerminalText.count(plan.entries().size(), "further report") + " promised.");
    }

    private static void overdue(Shown shown, Overdue overdue) {
        for (Overdue.Item item : overdue.items()) {
            ObjectNode node = shown.item(shown.items, item.recommendationId(), item.reference(), item.title(), item.sourceTitle());
            node.put("priority", item.priority());
            node.put("forum", item.forum());
            node.put("status", item.status().name());
            node.put("rag", item.rag().name());
            node.set("target", target(item.target()));
            node.put("daysOverdue", item.daysOverdue());
            ArrayNode owners = node.putArray("owners");
            item.owners().forEach(o -> owners.addObject().put("id", o.personId()).put("name", o.name()));
            node.put("lastUpdate", item.lastUpdate().map(PartialDate::toString).orElse(null));
            shown.field("Source", item.sourceTitle() + " (" + item.priority() + "), reported to " + item.forum());
            shown.field("Target", TerminalText.target(item.target()) + " – due " + TerminalText.day(item.deadline()) + ", "
                    + TerminalText.count(item.daysOverdue(), "day") + " overdue");
            shown.field("Status", item.status().label() + ", " + item.rag().name());
            shown.field(item.owners().size() > 1 ? "Owners" : "Owner", item.owners().isEmpty() ? "no one on the day"
                    : item.owners().stream().map(Overdue.Owner::name).collect(Collectors.joining("; ")));
            shown.field("Last update", item.lastUpdate().map(TerminalText::date).orElse("none"));
            shown.text.blank();
        }
        shown.counts.put("items", overdue.items().size());
        shown.text.line(overdue.items().isEmpty() ? "No open recommendation is past its target."
                : TerminalText.count(overdue.items().size(), "open recommendation") + (overdue.items().size() == 1 ? " is" : " are")
                        + " past the target in force.");
    }

    private static void chase(Shown shown, ChaseList chase, Optional<String> forum) {
        int rows = 0;
        int owners = 0;
        for (ChaseList.OwnerToChase owner : chase.owners()) {
            List<ChaseList.Item> items = owner.items().stream().filter(i -> forum.map(i.forum()::equals).orElse(true)).toList();
            if (items.isEmpty()) {
                continue;
            }
            owners++;
            shown.text.add("", "Owner: " + owner.name() + owner.role().filter(r -> !r.equals(owner.name())).map(r -> " (" + r + ")")
                    .orElse(""), "    ");
            for (ChaseList.Item item : items) {
                ObjectNode node = chaseItem(shown, item);
                node.putObject("owner").put("id", owner.personId()).put("name", owner.name()).put("role", owner.role().orElse(null));
                rows++;
            }
            shown.text.blank();
        }
        List<ChaseList.Item> unowned = chase.unowned().stream().filter(i -> forum.map(i.forum()::equals).orElse(true)).toList();
        if (!unowned.isEmpty()) {
            shown.text.line("No owner on the day");
            for (ChaseList.Item item : unowned) {
                chaseItem(shown, item).putNull("owner");
                rows++;
            }
            shown.text.blank();
        }
        shown.counts.put("items", rows);
        shown.counts.put("owners", owners);
        shown.counts.put("unowned", unowned.size());
        shown.text.line(rows == 0 ? "No one to chase: every open recommendation has a recent update."
                : TerminalText.count(rows, "item") + " to chase: " + TerminalText.count(owners, "owner") + ", and "
                        + unowned.size() + " with no owner.");
    }

    private static ObjectNode chaseItem(Shown shown, ChaseList.Item item) {
        ObjectNode node = shown.items.addObject();
        node.put("recommendation", item.recommendationId());
        node.put("reference", item.reference());
        node.put("title", item.title());
        node.put("source", item.sourceTitle());
        node.put("forum", item.forum());
        node.put("status", item.status().name());
        ArrayNode reasons = node.putArray("reasons");
        item.reasons().forEach(r -> reasons.add(r.name()));
        node.put("lastUpdate", item.lastUpdate().map(PartialDate::toString).orElse(null));
        putDays(node, "daysSinceLastUpdate", item.daysSinceLastUpdate());
        node.put("requests", item.requests());
        node.put("unansweredRequests", item.unansweredRequests());
        node.put("lastRequest", item.lastRequest().map(LocalDate::toString).orElse(null));
        shown.text.add("  ", TerminalText.referenceAndTitle(item.reference(), item.title()) + " (" + item.sourceTitle() + ", "
                + item.forum() + ")", "      ");
        List<String> why = new ArrayList<>();
        if (item.lastUpdate().isEmpty()) {
            why.add("no update");
        } else {
            why.add("last update " + TerminalText.date(item.lastUpdate().get()) + ", "
                    + TerminalText.count(item.daysSinceLastUpdate().orElse(0), "day") + " ago");
        }
        new RequestCount(item.requests(), item.unansweredRequests(), item.lastRequest()).inWords().ifPresent(why::add);
        shown.text.add("    ", item.status().label() + "; " + String.join("; ", why), "      ");
        return node;
    }

    private static void history(Shown shown, Optional<StoredRegister.Loaded> journal,
            RegisterEvaluation evaluation, Optional<String> forum) {
        List<StoredRegister.Entry> entries = journal.map(j -> j.entries()).orElse(List.of()).stream()
                .filter(e -> forum.isEmpty() || e.change().subject().flatMap(evaluation::state)
                        .map(state -> state.route().forum().equals(forum.get())).orElse(false))
                .toList();
        java.util.Set<String> people = new java.util.TreeSet<>();
        for (StoredRegister.Entry entry : entries) {
            var change = entry.change();
            people.add(change.stamp().recordedBy());
            ObjectNode node = shown.items.addObject();
            node.put("version", entry.version());
            node.put("id", change.stamp().id());
            node.put("recordedAt", change.stamp().recordedAt().toString());
            node.put("recordedBy", change.stamp().recordedBy());
            node.put("type", change.type());
            node.put("recommendation", change.subject().orElse(null));
            node.put("summary", change.summary());
            shown.text.add("", "Version " + entry.version() + ", " + java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu HH:mm 'UTC'",
                    java.util.Locale.UK).withZone(java.time.ZoneOffset.UTC).format(change.stamp().recordedAt()) + ", by "
                    + change.stamp().recordedBy() + ": " + change.type() + change.subject().map(x -> " on " + x).orElse(""), "    ");
            shown.text.add("    ", change.summary(), "      ");
        }
        shown.counts.put("items", entries.size());
        shown.counts.put("recorders", people.size());
        shown.text.blank();
        shown.text.line(journal.isEmpty() ? "Nothing recorded: the register has no journal."
                : TerminalText.count(entries.size(), "change") + " recorded by " + (people.size() == 1 ? "1 person" : people.size() + " people")
                        + ".");
    }

    private static void movement(Shown shown, Movement movement) {
        section(shown, "New recommendations", "NEW", movement.newItems(), c -> "not yet raised", ShowCommand::state);
        section(shown, "Newly closed", "CLOSED", movement.newlyClosed(), ShowCommand::stateBefore, ShowCommand::state);
        section(shown, "Newly red", "RED", movement.newlyRed(), ShowCommand::stateBefore, ShowCommand::state);
        section(shown, "Target dates revised", "TARGET_REVISED", movement.targetsRevised(), c -> targetWords(c.targetBefore()),
                c -> targetWords(c.targetAfter()));
        shown.text.line("Closures declined");
        if (movement.declinedClosures().isEmpty()) {
            shown.none();
        }
        for (Movement.DeclinedClosure declined : movement.declinedClosures()) {
            Movement.Change c = declined.item();
            ObjectNode node = change(shown, "CLOSURE_DECLINED", c);
            node.set("decision", decision(declined.decision()));
            GovernanceDecision d = declined.decision();
            shown.subField("Decision", TerminalText.label(d.kind()) + ", " + shown.decidedBy(d.forum()) + ", " + TerminalText.date(d.date())
                    + d.minute().map(m -> " (" + m + ")").orElse("") + d.note().map(n -> ": " + n).orElse(""));
        }
        shown.text.blank();
        int total = movement.newItems().size() + movement.newlyClosed().size() + movement.newlyRed().size()
                + movement.targetsRevised().size() + movement.declinedClosures().size();
        shown.counts.put("items", total);
        shown.counts.put("newItems", movement.newItems().size());
        shown.counts.put("newlyClosed", movement.newlyClosed().size());
        shown.counts.put("newlyRed", movement.newlyRed().size());
        shown.counts.put("targetsRevised", movement.targetsRevised().size());
        shown.counts.put("closuresDeclined", movement.declinedClosures().size());
        shown.text.line(movement.newItems().size() + " new, " + movement.newlyClosed().size() + " newly closed, "
                + movement.newlyRed().size() + " newly red, " + movement.targetsRevised().size() + " with a revised target, "
                + TerminalText.count(movement.declinedClosures().size(), "closure") + " declined.");
    }

    private static void section(Shown shown, String heading, String kind, List<Movement.Change> changes,
            java.util.function.Function<Movement.Change, String> before, java.util.function.Function<Movement.Change, String> after) {
        shown.text.line(heading);
        if (changes.isEmpty()) {
            shown.none();
        }
        for (Movement.Change c : changes) {
            change(shown, kind, c);
            shown.subField("Before", before.apply(c));
            shown.subField("Now", after.apply(c));
        }
        shown.text.blank();
    }

    private static ObjectNode change(Shown shown, String kind, Movement.Change c) {
        shown.text.add("  ", TerminalText.referenceAndTitle(c.reference(), c.title()) + " (" + c.sourceTitle() + ")", "      ");
        ObjectNode node = shown.items.addObject();
        node.put("change", kind);
        node.put("recommendation", c.recommendationId());
        node.put("reference", c.reference());
        node.put("title", c.title());
        node.put("source", c.sourceTitle());
        node.put("priority", c.priority());
        node.put("statusBefore", c.statusBefore().map(Enum::name).orElse(null));
        node.put("statusAfter", c.statusAfter().name());
        node.put("ragBefore", c.ragBefore().map(Enum::name).orElse(null));
        node.put("ragAfter", c.ragAfter().name());
        node.set("targetBefore", c.targetBefore().map(ShowCommand::target).orElse(null));
        node.set("targetAfter", c.targetAfter().map(ShowCommand::target).orElse(null));
        return node;
    }

    private static String state(Movement.Change c) {
        return c.ragAfter().name() + " – " + c.statusAfter().label();
    }

    private static String stateBefore(Movement.Change c) {
        if (c.statusBefore().isEmpty() || c.ragBefore().isEmpty()) {
            return "not yet raised";
        }
        return c.ragBefore().get().name() + " – " + c.statusBefore().get().label();
    }

    private static String targetWords(Optional<TargetDate> target) {
        return target.map(TerminalText::target).orElse("none set");
    }

    private static void extensions(Shown shown, ExtensionRequests view) {
        for (ExtensionRequests.Item item : view.items()) {
            ObjectNode node = shown.item(shown.items, item.recommendationId(), item.reference(), item.title(), item.sourceTitle());
            node.put("requestedOn", item.requestedOn().toString());
            node.put("requestedBy", item.requestedBy().orElse(null));
            node.set("targetInForce", item.targetInForce().map(ShowCommand::target).orElse(null));
            node.set("targetAsked", target(item.targetAsked()));
            node.put("reason", item.reason().orElse(null));
            node.put("state", item.state().name());
            node.put("decidedBy", item.decidedBy().orElse(null));
            node.put("decidedOn", item.decidedOn().map(PartialDate::toString).orElse(null));
            node.put("note", item.note().orElse(null));
            shown.field("Source", item.sourceTitle());
            shown.field("Requested", TerminalText.date(item.requestedOn()) + item.requestedByName().map(n -> " by " + n).orElse(""));
            shown.field("Target in force", item.targetInForce().map(TerminalText::target).orElse("none set"));
            shown.field("Target asked for", TerminalText.target(item.targetAsked()));
            shown.field("Reason", item.reason().orElse("no reason given"));
            shown.field("Decision", item.state() == ExtensionRequests.State.PENDING ? "pending"
                    : TerminalText.label(item.state()) + " by " + shown.decidedBy(item.decidedBy().orElseThrow()) + ", "
                            + TerminalText.date(item.decidedOn().orElseThrow()) + item.note().map(n -> ": " + n).orElse(""));
            shown.text.blank();
        }
        shown.counts.put("items", view.items().size());
        shown.counts.put("pending", view.pending());
        shown.counts.put("approved", view.approved());
        shown.counts.put("refused", view.refused());
        shown.text.line(view.items().isEmpty() ? "No request for a later target."
                : TerminalText.count(view.items().size(), "request") + " for a later target: " + view.pending() + " pending, "
                        + view.approved() + " approved, " + view.refused() + " refused.");
    }

    private static void discrepancies(Shown shown, Discrepancies view) {
        ArrayNode unreadable = shown.extra.putArray("unreadable");
        ArrayNode notCompared = shown.extra.putArray("notCompared");
        shown.counts.put("items", view.items().size());
        shown.counts.put("compared", view.compared());
        shown.counts.put("unreadable", view.unreadable().size());
        shown.counts.put("notCompared", view.notCompared().size());
        if (!view.hasStatedValues()) {
            shown.text.line("The register states no RAG or status of its own for these recommendations: nothing to compare.");
            return;
        }
        view.statedAsOf().ifPresent(day -> shown.text.line("Stated as of " + TerminalText.day(day) + ".").blank());
        for (Discrepancies.Item item : view.items()) {
            stated(shown, shown.items, item);
            shown.field("Why they differ", item.explanation());
            shown.text.blank();
        }
        if (!view.unreadable().isEmpty()) {
            shown.text.line("Stated RAG not read as a colour, so not compared:");
            view.unreadable().forEach(item -> stated(shown, unreadable, item));
            shown.text.blank();
        }
        if (!view.notCompared().isEmpty()) {
            shown.text.line("Stated status words not compared:");
            view.notCompared().forEach(item -> stated(shown, notCompared, item));
            shown.text.blank();
        }
        shown.text.line(TerminalText.count(view.items().size(), "stated value") + " of " + view.compared() + " compared "
                + (view.items().size() == 1 ? "disagrees" : "disagree") + " with the computed one; " + view.unreadable().size()
                + " RAG not read; " + view.notCompared().size() + " status not compared.");
    }

    private static void stated(Shown shown, ArrayNode into, Discrepancies.Item item) {
        ObjectNode node = shown.item(into, item.recommendationId(), item.reference(), item.title(), item.sourceTitle());
        node.put("field", item.field().name());
        node.put("stated", item.stated());
        node.put("computed", item.computed());
        node.put("explanation", item.explanation());
        if (into != shown.items) {
            shown.text.add("  ", TerminalText.referenceAndTitle(item.reference(), item.title()) + " (" + item.sourceTitle() + "): "
                    + item.explanation(), "      ");
            return;
        }
        shown.field("Source", item.sourceTitle());
        shown.field(item.field() == Discrepancies.Field.RAG ? "Stated RAG" : "Stated status", item.stated().strip()
                + "; computed: " + item.computed());
    }

    private static ObjectNode target(TargetDate target) {
        ObjectNode node = JSON.createObjectNode();
        node.put("text", target.text());
        node.put("deadline", target.deadline().map(LocalDate::toString).orElse(null));
        return node;
    }

    private static ObjectNode decision(GovernanceDecision decision) {
        ObjectNode node = JSON.createObjectNode();
        node.put("kind", decision.kind().name());
        node.put("forum", decision.forum());
        node.put("date", decision.date().toString());
        node.put("minute", decision.minute().orElse(null));
        node.put("note", decision.note().orElse(null));
        return node;
    }

    private static void putDays(ObjectNode node, String name, OptionalLong days) {
        if (days.isPresent()) {
            node.put(name, days.getAsLong());
        } else {
            node.putNull(name);
        }
    }
}
