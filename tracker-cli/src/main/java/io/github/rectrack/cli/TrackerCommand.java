package io.github.rectrack.cli;

import io.github.rectrack.engine.json.RegisterJson;
import io.github.rectrack.engine.validation.RegisterValidator;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine;

/**
 * The {@code tracker} command: works on registers of audit and inspection recommendations.
 *
 * <p>Subcommands: {@code summary}, {@code show}, {@code report}, {@code import}, {@code convert}, {@code validate},
 * {@code formats}, {@code generate}, {@code mapping suggest}, {@code record}, {@code history}, {@code chase}, {@code
 * collect}, {@code store}. Every one takes {@code --help}; the top level
 * takes {@code --version}.
 *
 * <p>Global options, inherited by every subcommand: {@code --plugins DIR} (or the environment variable
 * {@code TRACKER_PLUGINS}) adds every {@code *.jar} in a directory to the plug-ins found on the class
 * path; {@code --no-progress} switches off the progress bar, which is only ever shown when standard
 * error is a terminal.
 *
 * <p>Run as a program ({@link #main}), Apache POI's temporary files go to a private directory of the
 * run, removed when it ends ({@code PoiTemporaryDirectory}).
 *
 * <p>Exit codes: {@value #EXIT_OK} success; {@value #EXIT_INVALID} the register or the imported input
 * has errors; {@value #EXIT_USAGE} the command line could not be used, an input could not be read, or
 * an output could not be written. Data goes to standard output only when asked for with {@code -o -};
 * messages go to standard error, each starting {@code tracker: }.
 */
@Command(
        name = "tracker",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Tracks audit and inspection recommendations from report to closure.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            TrackerCommand.EXIT_OK + ":success",
            TrackerCommand.EXIT_INVALID + ":the register is invalid, or the imported input has errors",
            TrackerCommand.EXIT_USAGE + ":usage error, unreadable input, unknown format id, or a failure to write"},
        footerHeading = "%nPlug-ins:%n",
        footer = {
            "Exporters, importers and RAG policies are found with ServiceLoader on the",
            "class path and in every *.jar of the --plugins directory (default: the",
            "TRACKER_PLUGINS environment variable). 'tracker formats' lists them."})
public class TrackerCommand {

    /**
     * The {@code tracker} command with all its subcommands, as {@link #commandLine()} builds it and as the manual
     * pages and the shell completion script describe it. {@link TrackerCommand} itself names no subcommand: a run
     * that names one has only that one built ({@link #commandLine(String...)}), since building the others' models
     * (picocli reads every option's annotations) was most of the time a short command took to start.
     */
    @Command(subcommands = {
            SummaryCommand.class, ShowCommand.class, ReportCommand.class, ImportCommand.class, ConvertCommand.class,
            ValidateCommand.class, FormatsCommand.class, GenerateCommand.class, MappingCommand.class, RecordCommand.class,
            HistoryCommand.class, ChaseCommand.class, CollectCommand.class, StoreCommand.class, CommandLine.HelpCommand.class})
    public static final class Full extends TrackerCommand {

        /** Creates the command; picocli fills in its options. */
        public Full() {
            // fields are set by picocli
        }
    }

    /** Creates the command; picocli fills in its options. */
    public TrackerCommand() {
        // fields are set by picocli
    }

    /** Keeps libraries' start-up notices (Hibernate Validator's version line) off the terminal. */
    private static final java.util.logging.Logger QUIET_VALIDATOR = quiet("org.hibernate.validator", java.util.logging.Level.WARNING);

    /**
     * Plug-in load failures are reported by the commands themselves ({@code tracker formats} lists them),
     * so the engine's log line about them is kept off the terminal.
     */
    private static final java.util.logging.Logger QUIET_DISCOVERY = quiet("io.github.rectrack.engine.discovery.ServiceDiscovery",
            java.util.logging.Level.SEVERE);

    /** Exit code on success. */
    public static final int EXIT_OK = 0;

    /** Exit code when the register has errors, or an import found errors. */
    public static final int EXIT_INVALID = 1;

    /** Exit code when the command line or the input could not be used, or an output could not be written. */
    public static final int EXIT_USAGE = 2;

    @Option(names = "--plugins", paramLabel = "DIR", scope = ScopeType.INHERIT, defaultValue = "${env:TRACKER_PLUGINS}",
            description = "A directory of plug-in jars to use as well as the class path (default: $TRACKER_PLUGINS).")
    Path pluginDirectory;

    @Option(names = "--no-progress", scope = ScopeType.INHERIT,
            description = "Never show a progress bar (it is only shown when standard error is a terminal).")
    boolean noProgress;

    /**
     * Runs the command.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        chooseLibraryLogging();
        Class<?> named = subcommandNamed(args);
        MemoryWatch.start(named == null ? "tracker" : named.getAnnotation(Command.class).name());
        int code;
        PoiTemporaryDirectory poi = PoiTemporaryDirectory.install();
        try {
            code = run(args);
        } finally {
            try {
                poi.close();
            } catch (RuntimeException e) {
                System.err.println("tracker: warning: " + e.getMessage());
            }
        }
        System.exit(code);
    }

    /**
     * Sets how the libraries the command uses log, where the JVM's system properties do not say already: Apache POI
     * (Word and Excel plug-ins) logs through the Log4j API; with no Log4j provider on the class path it would print an
     * error at start-up, so it gets Log4j's simple logger, switched off (POI logs what it refuses, a DOCTYPE or a part
     * without a content type, with a stack trace before it throws; the command says what was wrong in one line of its
     * own). Hibernate Validator logs through JBoss Logging, which would otherwise choose Log4j too, because the Log4j
     * API is on the class path, and set up Log4j for its first line (a hundred classes, and a few tens of milliseconds
     * of every validating command's start); it is sent to {@code java.util.logging}, where its start-up notices are
     * kept off the terminal ({@link #QUIET_VALIDATOR}).
     */
    static void chooseLibraryLogging() {
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        if (System.getProperty("org.apache.logging.log4j.simplelog.level") == null) {
            System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
        }
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "jdk");
        }
    }

    /**
     * Runs the command without exiting, for embedding and tests.
     *
     * @param args the arguments
     * @return the exit code
     */
    public static int run(String... args) {
        Class<?> named = subcommandNamed(args);
        if (named != null && VALIDATING.contains(named)) {
            prepareValidation();
        }
        return commandLine(args).execute(args);
    }

    /**
     * The subcommands that read and validate a register: for them, the JSON format's Jackson set-up and Bean
     * Validation are made ready while the command line is read and the plug-ins are found.
     */
    private static final java.util.Set<Class<?>> VALIDATING = java.util.Set.of(SummaryCommand.class, ShowCommand.class,
            ReportCommand.class, ImportCommand.class, ConvertCommand.class, ValidateCommand.class, RecordCommand.class,
            ChaseCommand.class, CollectCommand.class, StoreCommand.class);

    /**
     * Builds the register validator's Bean Validation factory ({@link RegisterValidator#prepare()}) and then the JSON
     * format's Jackson set-up ({@link RegisterJson#prepare()}) on a thread of its own, so that they are ready, or
     * nearly, when the command reads and then validates its register: on a small register they take most of a
     * command's time, and the machine has a second core. The validator comes first: the command's own thread builds
     * the Jackson set-up when it reads, if this thread has not yet, so the two are built side by side. A failure here
     * is left to the command, which meets it again when it reads or validates and reports it then.
     */
    private static void prepareValidation() {
        Thread preparing = new Thread(() -> {
            try {
                RegisterValidator.prepare();
                RegisterJson.prepare();
            } catch (Throwable e) {
                // the command meets the same failure when it reads or validates, and reports it
            }
        }, "tracker-start");
        preparing.setDaemon(true);
        preparing.start();
    }

    private static java.util.logging.Logger quiet(String name, java.util.logging.Level level) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(level);
        return logger;
    }

    /**
     * The picocli command line, with the project's exit codes: an exception while running a command is
     * printed as one line {@code tracker: <message>} and gives {@link #EXIT_USAGE}; so does running out of
     * memory, whose line says how much heap the JVM had and how to give it more or ask for less (no stack
     * trace is printed).
     *
     * @return a new command line
     */
    public static CommandLine commandLine() {
        return configured(new CommandLine(new Full()));
    }

    /**
     * The picocli command line for these arguments: where they name a subcommand, the command line has that
     * subcommand alone (the others are not built); otherwise (no subcommand, {@code help}, a name that is not a
     * subcommand's, the top level's {@code --help}) it is {@link #commandLine()}, so that help lists every subcommand
     * and a mistyped name gets its suggestions; {@code --version} alone has no subcommand built. Either way the
     * arguments run the same.
     *
     * @param args the arguments that will be run
     * @return a new command line
     */
    public static CommandLine commandLine(String... args) {
        Class<?> named = subcommandNamed(args);
        if (named == null) {
            return asksVersionAlone(args) ? configured(new CommandLine(new TrackerCommand())) : commandLine();
        }
        CommandLine cli = new CommandLine(new TrackerCommand());
        cli.addSubcommand(new CommandLine(named, CommandLine.defaultFactory()));
        return configured(cli);
    }

    /** The subcommands by name, in the order help lists them; {@code help} is left out (it needs all the others). */
    private static final java.util.Map<String, Class<?>> SUBCOMMANDS = subcommands();

    private static java.util.Map<String, Class<?>> subcommands() {
        java.util.Map<String, Class<?>> byName = new java.util.LinkedHashMap<>();
        for (Class<?> subcommand : Full.class.getAnnotation(Command.class).subcommands()) {
            if (subcommand != CommandLine.HelpCommand.class) {
                Command command = subcommand.getAnnotation(Command.class);
                byName.put(command.name(), subcommand);
                for (String alias : command.aliases()) {
                    byName.put(alias, subcommand);
                }
            }
        }
        return java.util.Collections.unmodifiableMap(byName);
    }

    /**
     * The subcommand the arguments name: the first argument that is not one of the top level's own options
     * ({@code --plugins DIR}, {@code --plugins=DIR}, {@code --no-progress}), if it is a subcommand's name.
     *
     * @return the subcommand's class, or null
     */
    static Class<?> subcommandNamed(String... args) {
        for (int i = 0; i < args.length; i++) {
            int taken = topLevelOption(args, i);
            if (taken > 0) {
                i += taken - 1;
                continue;
            }
            return SUBCOMMANDS.get(args[i]);
        }
        return null;
    }

    /**
     * How many arguments the top level's own option at {@code i} takes: {@code --plugins DIR} two, {@code
     * --plugins=DIR} and {@code --no-progress} one; 0 if the argument is not one of them.
     */
    private static int topLevelOption(String[] args, int i) {
        String arg = args[i];
        if (arg.equals("--plugins")) {
            return 2;
        }
        return arg.equals("--no-progress") || arg.startsWith("--plugins=") ? 1 : 0;
    }

    /**
     * Whether the arguments ask for the version and nothing else: {@code --version} or {@code -V}, with none but the
     * top level's own options beside it. The version needs no subcommand built.
     *
     * @return whether they do
     */
    static boolean asksVersionAlone(String... args) {
        boolean version = false;
        for (int i = 0; i < args.length; i++) {
            int taken = topLevelOption(args, i);
            if (taken > 0) {
                i += taken - 1;
            } else if (args[i].equals("--version") || args[i].equals("-V")) {
                version = true;
            } else {
                return false;
            }
        }
        return version;
    }

    /** The project's exit codes, error lines and version provider on a command line. */
    private static CommandLine configured(CommandLine cli) {
        VersionProvider version = new VersionProvider();
        cli.getSubcommands().values().forEach(sub -> sub.getCommandSpec().versionProvider(version)); // -V works everywhere
        cli.setExitCodeExceptionMapper(e -> EXIT_USAGE);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            String message = e.getMessage();
            commandLine.getErr().println("tracker: " + (message == null || message.isBlank() ? e.toString() : message));
            return EXIT_USAGE;
        });
        CommandLine.IExecutionStrategy run = new CommandLine.RunLast();
        cli.setExecutionStrategy(parseResult -> {
            Path before = RUNNING_WITH_PLUGINS.get();
            RUNNING_WITH_PLUGINS.set(((TrackerCommand) parseResult.commandSpec().userObject()).pluginDirectory);
            try {
                return run.execute(parseResult);
            } catch (OutOfMemoryError e) {
                CommandLine ran = parseResult.subcommands().isEmpty() ? cli : parseResult.subcommands().get(
                        parseResult.subcommands().size() - 1).commandSpec().commandLine();
                ran.getErr().println(outOfMemory(ran.getCommandName(), e, Runtime.getRuntime().maxMemory()));
                return EXIT_USAGE;
            } finally {
                RUNNING_WITH_PLUGINS.set(before);
            }
        });
        return cli;
    }

    /**
     * The one line printed when a command runs out of memory: what ran out, how much heap the JVM had, and
     * what to do.
     *
     * @param command the command's name
     * @param error the error
     * @param maxHeap the JVM's maximum heap in bytes ({@link Runtime#maxMemory()})
     * @return the line, starting {@code tracker: }
     */
    static String outOfMemory(String command, OutOfMemoryError error, long maxHeap) {
        return outOfMemory(command, error.getMessage(), maxHeap);
    }

    /**
     * The one line printed when a command runs out of memory, or all but does ({@link MemoryWatch}).
     *
     * @param command the command's name
     * @param detail what ran out or what the run did, in brackets after "ran out of memory"; null or blank for nothing
     * @param maxHeap the JVM's maximum heap in bytes ({@link Runtime#maxMemory()})
     * @return the line, starting {@code tracker: }
     */
    static String outOfMemory(String command, String detail, long maxHeap) {
        String what = detail == null || detail.isBlank() ? "" : " (" + detail + ")";
        String heap = maxHeap == Long.MAX_VALUE ? "" : ", with a maximum heap of " + (maxHeap / (1024 * 1024)) + " MiB";
        return "tracker: '" + command + "' ran out of memory" + what + heap + ". Start Java with a larger heap"
                + " (for example java -Xmx4g -jar tracker.jar ...), or ask for less: one forum (--forum), a smaller register,"
                + " or fewer recommendations";
    }

    /** The {@code --plugins} directory of the command running on this thread, for what opens plug-ins outside a command. */
    private static final ThreadLocal<Path> RUNNING_WITH_PLUGINS = new ThreadLocal<>();

    /**
     * The {@code --plugins} directory of the command running on this thread.
     *
     * @return the directory, or null for the class path alone
     */
    static Path runningPluginDirectory() {
        return RUNNING_WITH_PLUGINS.get();
    }

    /**
     * Opens the plug-ins for one run: the class path and the {@code --plugins} directory.
     *
     * @return the plug-ins; close them when the run ends
     * @throws java.io.IOException if the directory cannot be listed
     * @throws IllegalArgumentException if the directory does not exist
     */
    Plugins openPlugins() throws java.io.IOException {
        return Plugins.open(pluginDirectory);
    }

    /**
     * A progress display for one run, shown only on a terminal and unless {@code --no-progress}.
     *
     * @param task what to call the work
     * @param phases the phases in order
     * @return the progress display
     */
    Progress progress(String task, String... phases) {
        return Progress.start(task, !noProgress && Progress.onTerminal(), phases);
    }
}
