package io.github.rectrack.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code tracker} command: works on registers of audit and inspection recommendations.
 *
 * <p>Exit codes: 0 success; 1 the register has errors; 2 the command line or input could not be used.
 */
@Command(
        name = "tracker",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Tracks audit and inspection recommendations from report to closure.",
        subcommands = {SummaryCommand.class, ValidateCommand.class, GenerateCommand.class, CommandLine.HelpCommand.class})
public final class TrackerCommand {

    /** Keeps libraries' start-up notices (Hibernate Validator's version line) off the terminal. */
    private static final java.util.logging.Logger QUIET_VALIDATOR = quiet("org.hibernate.validator");

    /** Exit code when the register has errors. */
    public static final int EXIT_INVALID = 1;

    /** Exit code when the command line or the input could not be used. */
    public static final int EXIT_USAGE = 2;

    /**
     * Runs the command.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * Runs the command without exiting, for embedding and tests.
     *
     * @param args the arguments
     * @return the exit code
     */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.WARNING);
        return logger;
    }

    /**
     * The picocli command line, with the project's exit codes.
     *
     * @return a new command line
     */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new TrackerCommand());
        cli.setExitCodeExceptionMapper(e -> EXIT_USAGE);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("tracker: " + e.getMessage());
            return EXIT_USAGE;
        });
        return cli;
    }
}
