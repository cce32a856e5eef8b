package io.github.rectrack.cli;

import io.github.rectrack.engine.spi.ImportResult;
import io.github.rectrack.engine.validation.ValidationReport;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code tracker validate}: reads a register and lists every problem with its location. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a register and list every problem with its location. Exit code 1 if there are errors.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no errors (there may be warnings)", "1:the register has errors", "2:usage error or unreadable input"})
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    RegisterInput input = new RegisterInput();

    @Spec
    CommandSpec spec;

    @ParentCommand
    TrackerCommand tracker;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Plugins plugins = tracker.openPlugins(); Progress progress = tracker.progress("validate", "read", "validate")) {
            plugins.failureWarnings().forEach(spec.commandLine().getErr()::println);
            progress.phase("read");
            ImportResult read = input.read(plugins.formats());
            if (read.register().isEmpty()) {
                read.findings().forEach(out::println);
                return TrackerCommand.EXIT_INVALID;
            }
            progress.phase("validate");
            ValidationReport report = plugins.check(read);
            progress.close();
            report.findings().forEach(out::println);
            out.printf("%s: %d error(s), %d warning(s)%s%n", input.name(), report.errors().size(), report.warnings().size(),
                    report.notices().isEmpty() ? "" : ", " + report.notices().size() + " notice(s)");
            return report.isValid() ? 0 : TrackerCommand.EXIT_INVALID;
        }
    }

}
