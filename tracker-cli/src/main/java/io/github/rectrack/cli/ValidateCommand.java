package io.github.rectrack.cli;

import io.github.rectrack.engine.spi.ImportResult;
import io.github.rectrack.engine.validation.RegisterValidator;
import io.github.rectrack.engine.validation.ValidationReport;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tracker validate}: reads a register and lists every problem with its location. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a register and list every problem with its location. Exit code 1 if there are errors.")
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    RegisterInput input = new RegisterInput();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        ImportResult read = input.read();
        if (read.register().isEmpty()) {
            read.findings().forEach(f -> out.println(f));
            return TrackerCommand.EXIT_INVALID;
        }
        try (RegisterValidator validator = new RegisterValidator()) {
            ValidationReport report = validator.validate(read.register().get());
            report.findings().forEach(out::println);
            out.printf("%s: %d error(s), %d warning(s)%n", input.name(), report.errors().size(), report.warnings().size());
            return report.isValid() ? 0 : TrackerCommand.EXIT_INVALID;
        }
    }

}
