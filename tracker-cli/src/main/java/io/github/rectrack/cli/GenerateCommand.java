package io.github.rectrack.cli;

import io.github.rectrack.engine.generate.RegisterGenerator;
import io.github.rectrack.engine.json.RegisterJson;
import io.github.rectrack.model.Register;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code tracker generate}: writes a seeded synthetic register in canonical JSON, for benchmarks and
 * demonstrations.
 *
 * <p>A file is written to a temporary file beside it and then moved into place in one step, so a run
 * that fails never leaves a half-written register behind.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a synthetic register of the given size: realistic, valid, and the same for the same seed.")
final class GenerateCommand implements Callable<Integer> {

    /**
     * The most recommendations a generated register may hold: it is held in memory whole before it is
     * written, about 7 KiB a recommendation with the default updates, so a million needs a heap of several
     * GiB ({@code -Xmx8g}).
     */
    static final int MAX_RECOMMENDATIONS = 1_000_000;

    @Option(names = {"-n", "--recommendations"}, paramLabel = "N", required = true,
            description = "How many recommendations the register holds, 0 to " + MAX_RECOMMENDATIONS
                    + " (a large register needs a large heap: java -Xmx...).")
    int recommendations;

    @Option(names = {"-s", "--seed"}, paramLabel = "SEED", defaultValue = "1",
            description = "The seed; the same seed gives the same register (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--updates", paramLabel = "U", defaultValue = "" + RegisterGenerator.DEFAULT_UPDATES_PER_RECOMMENDATION,
            description = "Average progress updates per recommendation (default: ${DEFAULT-VALUE}).")
    int updates;

    @Option(names = "--horizon", paramLabel = "DATE", defaultValue = "2024-03-31",
            description = "The last day anything happens on, yyyy-MM-dd (default: ${DEFAULT-VALUE}).")
    LocalDate horizon;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true,
            description = "Where to write the register: a .json file, or '-' for standard output.")
    String output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (recommendations < 0) {
            throw new ParameterException(spec.commandLine(),
                    "--recommendations must be 0 or more, not " + recommendations);
        }
        if (recommendations > MAX_RECOMMENDATIONS) {
            throw new ParameterException(spec.commandLine(), String.format(java.util.Locale.ROOT,
                    "--recommendations must be at most %,d (a register is built in memory before it is written), not %,d",
                    MAX_RECOMMENDATIONS, recommendations));
        }
        RegisterGenerator.Options options;
        try {
            options = RegisterGenerator.Options.of(recommendations, seed).withUpdatesPerRecommendation(updates).withHorizon(horizon);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        if (!output.equals("-")) {
            AtomicFiles.checkTarget(Path.of(output));
            AtomicFiles.requireExtension(Path.of(output), List.of("json"), "the register in canonical JSON");
        }
        Register register = RegisterGenerator.generate(options);
        RegisterJson json = new RegisterJson();
        if (output.equals("-")) {
            PrintStream stdout = System.out;
            json.write(register, stdout);
            return 0;
        }
        Path target = Path.of(output).toAbsolutePath();
        AtomicFiles.write(target, out -> json.write(register, out));
        spec.commandLine().getErr().printf("Wrote %d recommendations in %d sources to %s%n",
                register.recommendationCount(), register.sources().size(), output);
        return 0;
    }
}
