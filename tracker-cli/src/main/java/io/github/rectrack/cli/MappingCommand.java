package io.github.rectrack.cli;

import io.github.rectrack.sheets.MappingSuggester;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tracker mapping}: column mappings for a force's own spreadsheet. Its subcommand {@code suggest}
 * proposes one.
 */
@Command(name = "mapping", mixinStandardHelpOptions = true,
        description = "Column mappings for a force's own spreadsheet (.xlsx or CSV). 'tracker mapping suggest FILE -o mapping.yaml' proposes one.",
        subcommands = MappingCommand.Suggest.class)
final class MappingCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("tracker: 'tracker mapping' needs a subcommand: suggest");
        spec.commandLine().usage(err);
        return TrackerCommand.EXIT_USAGE;
    }

    /**
     * {@code tracker mapping suggest FILE [--sheet NAME] -o mapping.yaml}: proposes a column mapping for a
     * force's own spreadsheet, each guess with a comment saying what it saw, and prints a short summary to
     * standard error.
     */
    @Command(name = "suggest", mixinStandardHelpOptions = true,
            description = {"Propose a column mapping (YAML) for a force's own spreadsheet (.xlsx or CSV with a header row).",
                "Each guess carries a comment saying what it saw; a word it cannot place is \"?\", which",
                "'tracker import --mapping' refuses until a person decides. Write the organisation, decide every \"?\",",
                "then import with: tracker import FILE --mapping mapping.yaml -o register.json"},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:a mapping was proposed and written",
                "2:usage error, or a file that cannot be read: not .xlsx or UTF-8 CSV, an .xls workbook, a missing sheet, no header row"})
    static final class Suggest implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "FILE", description = "The force's spreadsheet: an .xlsx workbook or a CSV file; '-' for standard input.")
        Path in;

        @Option(names = "--sheet", paramLabel = "NAME",
                description = "The sheet to read (case ignored); default: the sheet whose header row reads best.")
        String sheet;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true,
                description = "Where to write the mapping: a .yaml or .yml file, for example mapping.yaml; '-' for standard output.")
        String output;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (!output.equals("-")) {
                AtomicFiles.checkTarget(Path.of(output));
                AtomicFiles.requireExtension(Path.of(output), List.of("yaml", "yml"), "a mapping in YAML");
                AtomicFiles.refuseSameFile(Path.of(output), in, "the spreadsheet");
            }
            MappingSuggester.Suggestion suggestion;
            try (InputStream stream = RegisterInput.open(in)) {
                suggestion = new MappingSuggester().suggest(stream, RegisterInput.nameOf(in), Optional.ofNullable(sheet));
            }
            byte[] yaml = suggestion.yaml().getBytes(StandardCharsets.UTF_8);
            if (output.equals("-")) {
                spec.commandLine().getOut().print(suggestion.yaml());
                spec.commandLine().getOut().flush();
            } else {
                AtomicFiles.write(Path.of(output), out -> out.write(yaml));
            }
            PrintWriter err = spec.commandLine().getErr();
            err.printf("Proposed a mapping for %s%s: header row %d, %d column(s) mapped, %d ignored, %d word(s) to decide%n",
                    RegisterInput.nameOf(in), suggestion.sheet().map(s -> ", sheet '" + s + "'").orElse(""), suggestion.headerRow(),
                    suggestion.mappedColumns(), suggestion.ignoredColumns(), suggestion.wordsToDecide());
            err.printf("Wrote %s: write register.organisation%s, check each guess, then: tracker import %s --mapping %s -o register.json%n",
                    output.equals("-") ? "it to standard output" : output,
                    suggestion.wordsToDecide() > 0 ? " and decide every \"?\"" : "", RegisterInput.nameOf(in), output.equals("-") ? "mapping.yaml" : output);
            return TrackerCommand.EXIT_OK;
        }
    }
}
