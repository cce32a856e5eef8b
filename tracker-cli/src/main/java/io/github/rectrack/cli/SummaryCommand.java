package io.github.rectrack.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.rectrack.engine.evaluation.RegisterEvaluation;
import io.github.rectrack.engine.evaluation.StatusEngine;
import io.github.rectrack.engine.spi.ImportResult;
import io.github.rectrack.engine.spi.Report;
import io.github.rectrack.engine.spi.rag.Rag;
import io.github.rectrack.engine.validation.ValidationReport;
import io.github.rectrack.engine.view.Discrepancies;
import io.github.rectrack.engine.view.ForwardPlan;
import io.github.rectrack.engine.view.PublishedResponses;
import io.github.rectrack.engine.view.SummaryByKind;
import io.github.rectrack.engine.view.Watched;
import io.github.rectrack.engine.view.SummaryMatrix;
import io.github.rectrack.model.Forum;
import io.github.rectrack.model.Recommendation;
import io.github.rectrack.model.Register;
import io.github.rectrack.model.Source;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code tracker summary}: validates a register and prints the summary table a committee paper opens
 * with: priority rows by RAG columns, as of a day, for one forum; then, when the register states RAG or
 * status values of its own, where those disagree with the computed ones.
 */
@Command(name = "summary", mixinStandardHelpOptions = true, exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the register is valid", "1:the register has errors (the summary is still printed)", "2:usage error or unreadable input"},
        description = "Validate a register and print its priority-by-RAG summary for a forum as of a day.")
final class SummaryCommand implements Callable<Integer> {

    @Mixin
    RegisterInput input = new RegisterInput();

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "The day to evaluate the register on (default: the paper's date for --example, else the register's own "
                    + "as-of day, as an imported sheet gives it, otherwise today).")
    LocalDate asOf;

    @Option(names = "--forum", paramLabel = "ID",
            description = "The forum whose summary to print (default: the scheme's panel, else its default forum).")
    String forum;

    @Mixin
    PrintedForm printed = new PrintedForm();

    @Spec
    CommandSpec spec;

    @ParentCommand
    TrackerCommand tracker;

    @Override
    public Integer call() throws Exception {
        printed.acceptDeprecatedOutputForm(spec);
        try (Plugins plugins = tracker.openPlugins()) {
            return printed.print(spec, out -> summarise(plugins, out));
        }
    }

    private int summarise(Plugins plugins, PrintWriter out) throws Exception {
        plugins.failureWarnings().forEach(spec.commandLine().getErr()::println);
        ImportResult read = input.read(plugins.formats());
        if (read.register().isEmpty()) {
            read.findings().forEach(out::println);
            return TrackerCommand.EXIT_INVALID;
        }
        Register register = read.register().get();
        ValidationReport report = plugins.check(read);
        String forumId = forum != null ? forum : Report.Builder.defaultForum(register);
        if (register.scheme().forum(forumId).isEmpty()) {
            throw new IllegalArgumentException("the register has no forum '" + forumId + "'; its forums are "
                    + register.scheme().forums().stream().map(Forum::id).toList());
        }
        LocalDate day = asOf != null ? asOf : input.paperDate().or(register::asOf).orElseGet(LocalDate::now);
        RegisterEvaluation evaluation = new StatusEngine(plugins.ragPolicies()).evaluate(register, day);
        SummaryMatrix matrix = SummaryMatrix.of(evaluation, forumId);
        if (printed.form() == PrintedForm.Form.json) {
            printJson(out, register, evaluation, matrix, report, input.recordedAs());
        } else {
            printText(out, register, evaluation, matrix, report, input.recordedAs());
        }
        return report.isValid() ? 0 : TrackerCommand.EXIT_INVALID;
    }

    private static void printText(PrintWriter out, Register register, RegisterEvaluation evaluation, SummaryMatrix matrix,
            ValidationReport report, java.util.Optional<String> recordedAs) {
        List<String> priorities = register.scheme().priorities();
        out.printf("Register %s (%s)%s%n", register.id(), register.organisation(), recordedAs.map(r -> ", " + r).orElse(""));
        out.printf("%d sources, %d recommendations, %d people%n%n",
                register.sources().size(), register.recommendationCount(), register.people().size());
        int width = Math.max(40, register.sources().stream().mapToInt(s -> s.title().length()).max().orElse(0) + 2);
        out.printf("%-" + width + "s %-13s %-8s%s%n", "Source", "Assurance", "Date", columns(priorities));
        for (Source source : register.sources()) {
            Map<String, Long> counts = source.recommendations().stream()
                    .collect(Collectors.groupingBy(Recommendation::priority, Collectors.counting()));
            out.printf("%-" + width + "s %-13s %-8s%s%n", source.title(), source.assurance().orElse("-"),
                    source.date().map(Object::toString).orElse("-"), columns(priorities, p -> counts.getOrDefault(p, 0L)));
        }
        Map<String, Long> totals = register.recommendations()
                .collect(Collectors.groupingBy(Recommendation::priority, Collectors.counting()));
        out.printf("%-" + width + "s %-13s %-8s%s%n%n", "Total", "", "", columns(priorities, p -> totals.getOrDefault(p, 0L)));

        String forumName = register.scheme().forum(matrix.forum()).map(Forum::name).orElse(matrix.forum());
        out.printf("Reported to %s (%s) as of %s, RAG policy '%s'%n", forumName, matrix.forum(), evaluation.asOf(), evaluation.ragPolicy());
        int label = Math.max(24, matrix.priorities().stream().mapToInt(String::length).max().orElse(0) + 2);
        out.printf("%-" + label + "s %6s %6s %6s %6s %6s%n", "Priority", "RED", "AMBER", "GREEN", "GREY", "Total");
        for (String priority : matrix.priorities()) {
            out.printf("%-" + label + "s %6d %6d %6d %6d %6d%n", priority, matrix.count(priority, Rag.RED), matrix.count(priority, Rag.AMBER),
                    matrix.count(priority, Rag.GREEN), matrix.count(priority, Rag.GREY), matrix.total(priority));
        }
        out.printf("%-" + label + "s %6d %6d %6d %6d %6d%n", "Total", matrix.total(Rag.RED), matrix.total(Rag.AMBER),
                matrix.total(Rag.GREEN), matrix.total(Rag.GREY), matrix.total());
        out.printf("Proposed for closure: %d%n%n", matrix.proposedClosed());
        SummaryByKind byKind = SummaryByKind.of(evaluation, matrix.forum());
        if (byKind.separated() && !byKind.counts().isEmpty()) {
            out.printf("%-" + label + "s %6s %6s %6s %6s %6s%n", "Kind", "RED", "AMBER", "GREEN", "GREY", "Total");
            for (Recommendation.Kind kind : byKind.counts().keySet()) {
                out.printf("%-" + label + "s %6d %6d %6d %6d %6d%n", kindWords(kind), byKind.count(kind, Rag.RED),
                        byKind.count(kind, Rag.AMBER), byKind.count(kind, Rag.GREEN), byKind.count(kind, Rag.GREY), byKind.total(kind));
            }
            out.println();
        }
        printInspections(out, evaluation, matrix.forum());
        printDiscrepancies(out, Discrepancies.of(evaluation, matrix.forum()));
        report.findings().forEach(out::println);
        out.printf("Validation: %d error(s), %d warning(s)%n", report.errors().size(), report.warnings().size());
    }

    /** "Area for improvement" for {@code AREA_FOR_IMPROVEMENT}. */
    private static String kindWords(Recommendation.Kind kind) {
        String words = kind.name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /**
     * Where the register has them: the items the forum watches (addressed to other bodies, not in the table
     * above), the reports awaiting a published response (s.55), and the further reports promised to the forum.
     */
    private static void printInspections(PrintWriter out, RegisterEvaluation evaluation, String forum) {
        Watched watched = Watched.of(evaluation, forum);
        if (!watched.items().isEmpty()) {
            out.printf("Watched, addressed to other bodies (not counted above): %d%n", watched.items().size());
            watched.items().forEach(item -> out.printf("  %s %s: %s, %s%n", item.source(), item.reference(), item.addressee(),
                    item.status().label().toLowerCase(java.util.Locale.ROOT)));
            out.println();
        }
        PublishedResponses responses = PublishedResponses.of(evaluation);
        if (!responses.reports().isEmpty()) {
            out.printf("Published responses (s.55): %d awaiting, %d overdue%n", responses.awaiting().size(), responses.overdue().size());
            for (PublishedResponses.Report report : responses.reports()) {
                out.printf("  %s: published %s, response due %s, %s%n", report.title(), report.published(), report.due(), switch (report.state()) {
                    case AWAITING -> report.daysLeft() + " day(s) left";
                    case OVERDUE -> "overdue by " + (-report.daysLeft()) + " day(s), no response recorded";
                    case PUBLISHED -> "published " + report.respondedOn().orElseThrow();
                    case PUBLISHED_LATE -> "published late, " + report.respondedOn().orElseThrow();
                });
            }
            out.println();
        }
        ForwardPlan plan = ForwardPlan.of(evaluation, forum);
        if (!plan.entries().isEmpty()) {
            out.printf("Further reports promised to %s: %d%n", forum, plan.entries().size());
            plan.entries().forEach(entry -> out.printf("  %s: %s%s%n", entry.due(), entry.sourceTitle(), switch (entry.state()) {
                case UPCOMING -> "";
                case DUE -> " (due now)";
                case PAST -> " (month passed)";
            }));
            out.println();
        }
    }

    /**
     * When the register states any RAG or status for the forum's items: how many stated values disagree
     * with the computed ones, one line each, then those that could not be read or placed.
     */
    private static void printDiscrepancies(PrintWriter out, Discrepancies discrepancies) {
        if (!discrepancies.hasStatedValues()) {
            return;
        }
        out.printf("Stated and computed disagree: %d%s%n", discrepancies.items().size(),
                discrepancies.statedAsOf().map(day -> " (stated as of " + day + ")").orElse(""));
        for (Discrepancies.Item item : discrepancies.items()) {
            out.printf("  %s: %s%n", where(item), item.explanation());
        }
        if (!discrepancies.unreadable().isEmpty()) {
            out.printf("Stated RAG not read: %d%n", discrepancies.unreadable().size());
            discrepancies.unreadable().forEach(item -> out.printf("  %s: %s%n", where(item), item.explanation()));
        }
        if (!discrepancies.notCompared().isEmpty()) {
            out.printf("Stated status not compared: %d%n", discrepancies.notCompared().size());
            discrepancies.notCompared().forEach(item -> out.printf("  %s: %s%n", where(item), item.explanation()));
        }
        out.println();
    }

    /** "Code of Governance 4.1 (code-of-governance-2018-4.1)". */
    private static String where(Discrepancies.Item item) {
        return item.sourceTitle() + " " + item.reference() + " (" + item.recommendationId() + ")";
    }

    private static void printJson(PrintWriter out, Register register, RegisterEvaluation evaluation, SummaryMatrix matrix,
            ValidationReport report, java.util.Optional<String> recordedAs) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("register", register.id());
        root.put("asOf", evaluation.asOf().toString());
        recordedAs.ifPresentOrElse(r -> root.put("recorded", r), () -> root.putNull("recorded"));
        root.put("forum", matrix.forum());
        root.put("ragPolicy", evaluation.ragPolicy());
        ObjectNode rows = root.putObject("matrix");
        for (String priority : matrix.priorities()) {
            ObjectNode row = rows.putObject(priority);
            for (Rag rag : Rag.values()) {
                row.put(rag.name(), matrix.count(priority, rag));
            }
            row.put("total", matrix.total(priority));
        }
        ObjectNode totals = root.putObject("totals");
        for (Rag rag : Rag.values()) {
            totals.put(rag.name(), matrix.total(rag));
        }
        totals.put("total", matrix.total());
        root.put("proposedClosed", matrix.proposedClosed());
        Watched watched = Watched.of(evaluation, matrix.forum());
        if (!watched.items().isEmpty()) {
            var list = root.putArray("watched");
            watched.items().forEach(item -> list.addObject().put("recommendation", item.recommendationId()).put("reference", item.reference())
                    .put("addressee", item.addressee()).put("status", item.status().name()));
        }
        PublishedResponses responses = PublishedResponses.of(evaluation);
        if (!responses.reports().isEmpty()) {
            var list = root.putArray("publishedResponses");
            responses.reports().forEach(r -> list.addObject().put("source", r.sourceId()).put("published", r.published().toString())
                    .put("due", r.due().toString()).put("state", r.state().name()).put("daysLeft", r.daysLeft())
                    .put("respondedOn", r.respondedOn().map(Object::toString).orElse(null)));
        }
        ForwardPlan plan = ForwardPlan.of(evaluation, matrix.forum());
        if (!plan.entries().isEmpty()) {
            var list = root.putArray("forwardPlan");
            plan.entries().forEach(e -> list.addObject().put("forum", e.forum()).put("due", e.due().toString()).put("state", e.state().name())
                    .put("source", e.sourceId()));
        }
        Discrepancies discrepancies = Discrepancies.of(evaluation, matrix.forum());
        if (discrepancies.hasStatedValues()) {
            ObjectNode stated = root.putObject("statedAndComputed");
            stated.put("compared", discrepancies.compared());
            var disagree = stated.putArray("disagree");
            discrepancies.items().forEach(item -> disagree.addObject().put("recommendation", item.recommendationId())
                    .put("field", item.field().name()).put("stated", item.stated()).put("computed", item.computed())
                    .put("explanation", item.explanation()));
            stated.put("unreadable", discrepancies.unreadable().size());
            stated.put("notCompared", discrepancies.notCompared().size());
        }
        ObjectNode validation = root.putObject("validation");
        validation.put("errors", report.errors().size());
        validation.put("warnings", report.warnings().size());
        out.println(mapper.writeValueAsString(root));
    }

    private static String columns(List<String> priorities) {
        return priorities.stream().map(p -> String.format(" %13s", p)).collect(Collectors.joining());
    }

    private static String columns(List<String> priorities, Function<String, Long> count) {
        return priorities.stream().map(p -> String.format(" %13d", count.apply(p))).collect(Collectors.joining());
    }
}
