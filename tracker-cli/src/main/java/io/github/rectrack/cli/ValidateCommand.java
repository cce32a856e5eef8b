package io.github.rectrack.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.rectrack.engine.spi.Finding;
import io.github.rectrack.engine.spi.ImportResult;
import io.github.rectrack.engine.validation.ValidationReport;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code tracker validate}: reads a register and lists every problem with its location, as lines or (with
 * {@code --format json}) as one JSON document: {@code {"register", "read", "valid", "errors", "warnings",
 * "notices", "findings": [{"severity", "location", "message"}]}}, where {@code location} is the finding's JSON
 * path in the register (or the file, sheet, row and column an importer names; empty for the register as a
 * whole) and {@code read} is false when no register could be read at all. The exit code is the same in
 * either form.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a register and list every problem with its location. Exit code 1 if there are errors.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no errors (there may be warnings)", "1:the register has errors", "2:usage error or unreadable input"})
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    RegisterInput input = new RegisterInput();

    @Mixin
    PrintedForm printed = new PrintedForm();

    @Spec
    CommandSpec spec;

    @ParentCommand
    TrackerCommand tracker;

    @Override
    public Integer call() throws Exception {
        try (Plugins plugins = tracker.openPlugins(); Progress progress = tracker.progress("validate", "read", "validate")) {
            plugins.failureWarnings().forEach(spec.commandLine().getErr()::println);
            progress.phase("read");
            ImportResult read = input.read(plugins.formats());
            if (read.register().isEmpty()) {
                progress.close();
                return printed.print(spec, out -> {
                    if (printed.form() == PrintedForm.Form.json) {
                        printJson(out, false, read.findings());
                    } else {
                        read.findings().forEach(out::println);
                    }
                    return TrackerCommand.EXIT_INVALID;
                });
            }
            progress.phase("validate");
            ValidationReport report = plugins.check(read);
            progress.close();
            return printed.print(spec, out -> {
                if (printed.form() == PrintedForm.Form.json) {
                    printJson(out, true, report.findings());
                } else {
                    report.findings().forEach(out::println);
                    out.printf("%s: %d error(s), %d warning(s)%s%n", input.name(), report.errors().size(), report.warnings().size(),
                            report.notices().isEmpty() ? "" : ", " + report.notices().size() + " notice(s)");
                }
                return report.isValid() ? TrackerCommand.EXIT_OK : TrackerCommand.EXIT_INVALID;
            });
        }
    }

    /** The findings as one JSON document, with their counts by severity. */
    private void printJson(PrintWriter out, boolean read, List<Finding> findings) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("register", input.name());
        root.put("read", read);
        long errors = findings.stream().filter(Finding::isError).count();
        root.put("valid", read && errors == 0);
        root.put("errors", errors);
        root.put("warnings", findings.stream().filter(f -> f.severity() == Finding.Severity.WARNING).count());
        root.put("notices", findings.stream().filter(f -> f.severity() == Finding.Severity.NOTICE).count());
        ArrayNode list = root.putArray("findings");
        for (Finding finding : findings) {
            list.addObject().put("severity", finding.severity().name()).put("location", finding.location()).put("message", finding.message());
        }
        out.println(mapper.writeValueAsString(root));
    }
}
