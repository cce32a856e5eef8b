package io.github.rectrack.cli;

import io.github.rectrack.engine.json.ReadResult;
import io.github.rectrack.engine.validation.RegisterValidator;
import io.github.rectrack.engine.validation.ValidationReport;
import io.github.rectrack.model.Recommendation;
import io.github.rectrack.model.Register;
import io.github.rectrack.model.Source;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tracker summary}: validates a register and prints its sources and counts per priority. */
@Command(name = "summary", mixinStandardHelpOptions = true,
        description = "Validate a register and print its sources with their recommendations per priority.")
final class SummaryCommand implements Callable<Integer> {

    @Mixin
    RegisterInput input = new RegisterInput();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        ReadResult read = input.read();
        if (read.register().isEmpty()) {
            read.findings().forEach(out::println);
            return TrackerCommand.EXIT_INVALID;
        }
        Register register = read.register().get();
        ValidationReport report;
        try (RegisterValidator validator = new RegisterValidator()) {
            report = validator.validate(register);
        }
        List<String> priorities = register.scheme().priorities();
        out.printf("Register %s (%s)%n", register.id(), register.organisation());
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
        out.printf("%-" + width + "s %-13s %-8s%s%n", "Total", "", "", columns(priorities, p -> totals.getOrDefault(p, 0L)));
        out.println();
        report.findings().forEach(out::println);
        out.printf("Validation: %d error(s), %d warning(s)%n", report.errors().size(), report.warnings().size());
        return report.isValid() ? 0 : TrackerCommand.EXIT_INVALID;
    }

    private static String columns(List<String> priorities) {
        return priorities.stream().map(p -> String.format(" %13s", p)).collect(Collectors.joining());
    }

    private static String columns(List<String> priorities, Function<String, Long> count) {
        return priorities.stream().map(p -> String.format(" %13d", count.apply(p))).collect(Collectors.joining());
    }
}
