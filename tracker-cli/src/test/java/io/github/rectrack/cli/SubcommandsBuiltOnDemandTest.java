package io.github.rectrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * A run that names a subcommand builds that subcommand alone; it must be the same command, with the same help, as
 * the one the whole command line holds, and anything else gets the whole command line.
 */
class SubcommandsBuiltOnDemandTest {

    private static final List<String> NAMES = List.of("summary", "show", "report", "import", "convert", "validate",
            "formats", "generate", "mapping", "record", "history", "chase", "collect", "store");

    @Test
    void theWholeCommandLineHasEverySubcommandInHelpsOrder() {
        assertThat(TrackerCommand.commandLine().getSubcommands().keySet()).containsExactlyElementsOf(
                concat(NAMES, "help"));
    }

    @Test
    void aRunNamingASubcommandBuildsThatOneAloneWithTheSameHelpAndOptions() {
        Map<String, CommandLine> whole = TrackerCommand.commandLine().getSubcommands();
        for (String name : NAMES) {
            CommandLine alone = TrackerCommand.commandLine(name, "--help");
            assertThat(alone.getSubcommands().keySet()).as(name).containsExactly(name);
            CommandLine built = alone.getSubcommands().get(name);
            CommandLine full = whole.get(name);
            assertThat(built.getUsageMessage()).as(name).isEqualTo(full.getUsageMessage());
            assertThat(built.getCommandSpec().qualifiedName()).isEqualTo("tracker " + name);
            assertThat(built.getCommandSpec().options().stream().flatMap(o -> List.of(o.names()).stream()).toList())
                    .as(name).containsExactlyElementsOf(full.getCommandSpec().options().stream()
                            .flatMap(o -> List.of(o.names()).stream()).toList())
                    .contains("--plugins", "--no-progress", "--version");
            assertThat(built.getSubcommands().keySet()).as(name).isEqualTo(full.getSubcommands().keySet());
        }
    }

    @Test
    void theTopLevelsOwnOptionsBeforeTheSubcommandAreSkipped() {
        assertThat(TrackerCommand.subcommandNamed("--plugins", "plugins", "summary", "r.json")).isEqualTo(SummaryCommand.class);
        assertThat(TrackerCommand.subcommandNamed("--plugins=plugins", "--no-progress", "validate")).isEqualTo(ValidateCommand.class);
        assertThat(TrackerCommand.subcommandNamed("store", "import", "r.json")).isEqualTo(StoreCommand.class);
        // the value of --plugins is never taken for the subcommand
        assertThat(TrackerCommand.subcommandNamed("--plugins", "summary")).isNull();
    }

    @Test
    void helpAMistypedNameAndNoSubcommandGetTheWholeCommandLine() {
        for (String[] args : List.of(new String[0], new String[] {"--version", "summary"}, new String[] {"-h"},
                new String[] {"help", "summary"}, new String[] {"sumary"}, new String[] {"--plugins", "d", "--verbose", "summary"})) {
            assertThat(TrackerCommand.commandLine(args).getSubcommands()).as(String.join(" ", args)).hasSize(NAMES.size() + 1);
        }
    }

    @Test
    void theVersionAloneBuildsNoSubcommandAndPrintsTheSameLines() {
        for (String[] args : List.of(new String[] {"--version"}, new String[] {"-V"}, new String[] {"--no-progress", "--plugins", "d", "-V"})) {
            CommandLine alone = TrackerCommand.commandLine(args);
            assertThat(alone.getSubcommands()).as(String.join(" ", args)).isEmpty();
            assertThat(printed(alone, args)).as(String.join(" ", args)).isEqualTo(printed(TrackerCommand.commandLine(), args))
                    .startsWith("tracker ");
        }
        assertThat(TrackerCommand.asksVersionAlone("--version", "summary")).isFalse();
        assertThat(TrackerCommand.asksVersionAlone("--no-progress")).isFalse();
    }

    private static String printed(CommandLine cli, String... args) {
        java.io.StringWriter out = new java.io.StringWriter();
        cli.setOut(new java.io.PrintWriter(out, true));
        cli.setErr(new java.io.PrintWriter(new java.io.StringWriter(), true));
        assertThat(cli.execute(args)).isEqualTo(TrackerCommand.EXIT_OK);
        return out.toString();
    }

    @Test
    void aMistypedSubcommandIsStillOfferedTheNearestNames() {
        java.io.StringWriter err = new java.io.StringWriter();
        CommandLine cli = TrackerCommand.commandLine("sumary");
        cli.setErr(new java.io.PrintWriter(err, true));
        cli.setOut(new java.io.PrintWriter(new java.io.StringWriter(), true));
        assertThat(cli.execute("sumary")).isEqualTo(TrackerCommand.EXIT_USAGE);
        assertThat(err.toString()).contains("Unmatched argument at index 0: 'sumary'").contains("Did you mean: tracker summary");
    }

    @Test
    void theProgramsEntryRunsWithAndWithoutASubcommand() {
        java.io.PrintStream out = System.out;
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            assertThat(TrackerCommand.run("--version")).isEqualTo(TrackerCommand.EXIT_OK);
            assertThat(TrackerCommand.run("--no-progress", "validate", "--example", "leicestershire-jarap-2020-10"))
                    .isEqualTo(TrackerCommand.EXIT_OK);
        } finally {
            System.setOut(out);
        }
        assertThat(printed.toString(java.nio.charset.StandardCharsets.UTF_8)).startsWith("tracker ").contains("leicestershire-jarap-2020-10: 0 error(s), 3 warning(s)");
    }

    private static List<String> concat(List<String> names, String last) {
        List<String> all = new java.util.ArrayList<>(names);
        all.add(last);
        return all;
    }
}
