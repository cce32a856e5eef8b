package io.github.rectrack.cli;

import io.github.rectrack.engine.evaluation.StatusEngine;
import io.github.rectrack.engine.plugin.Formats;
import io.github.rectrack.engine.publication.Profile;
import io.github.rectrack.engine.spi.Exporter;
import io.github.rectrack.engine.spi.Finding;
import io.github.rectrack.engine.spi.ImportResult;
import io.github.rectrack.engine.spi.Options;
import io.github.rectrack.engine.spi.Report;
import io.github.rectrack.engine.spi.WorkProgress;
import io.github.rectrack.engine.validation.ValidationReport;
import io.github.rectrack.model.Register;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What {@code tracker report} and {@code tracker convert} share: read a register, validate it, evaluate
 * it as of a day for a forum, and write it with an exporter, atomically.
 *
 * <p>The exporter is chosen before anything is read ({@code --format}, else by the output file's
 * extension), so an unknown id fails at once and lists the exporters there are. Any error, from the
 * importer or from validation, is printed with its location and nothing is written (exit code 1).
 * Findings and messages go to standard error, so that {@code -o -} can write the report to standard
 * output: every error, and the first {@value #WARNINGS_SHOWN} warnings (the rest are counted).
 */
abstract class ExportCommand implements Callable<Integer> {

    /** How many warnings are printed before the rest are only counted. */
    static final int WARNINGS_SHOWN = 10;

    @Option(names = "--format", paramLabel = "ID",
            description = "The exporter to write with (default: by the extension of the output file). 'tracker formats' lists them.")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true,
            description = "Where to write; '-' for standard output (then --format is needed). An existing file is replaced only once the new one is complete.")
    String output;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "The day the report is as of (default: the paper's date for --example, else the register's own as-of "
                    + "day, as an imported sheet gives it, otherwise today).")
    LocalDate asOf;

    @Option(names = "--forum", paramLabel = "ID",
            description = "The forum the report is for (default: the scheme's panel, else its default forum).")
    String forum;

    @Option(names = "--since", paramLabel = "YYYY-MM-DD",
            description = "The day of the previous meeting, to show the movement since then.")
    LocalDate since;

    @Option(names = "--template", paramLabel = "FILE",
            description = "A template for the exporter to write into, such as the force's own .docx or .dotx; "
                    + "the same as --option template=FILE.")
    java.nio.file.Path template;

    @Option(names = "--option", paramLabel = "KEY=VALUE",
            description = "An option for the exporter; repeat for more. 'tracker formats --verbose' lists each exporter's options.")
    Map<String, String> options = new LinkedHashMap<>();

    @ParentCommand
    TrackerCommand tracker;

    @Spec
    CommandSpec spec;

    /**
     * Reads the register.
     *
     * @param formats the importers available
     * @return the register and the findings
     * @throws IOException if the input cannot be read
     */
    abstract ImportResult read(Formats formats) throws IOException;

    /**
     * What to call the input in messages.
     *
     * @return the name
     */
    abstract String inputName();

    /**
     * The file the register is read from, which the output must not replace.
     *
     * @return the file, or empty when the register is not read from a file
     */
    abstract Optional<Path> inputFile();

    /**
     * The day to use when {@code --as-of} is not given: the bundled paper's date, or none.
     *
     * @return the day, or empty for today
     */
    abstract Optional<LocalDate> defaultDay();

    /**
     * Which recording of the register was read, when it has a journal: "as recorded now (version 12)".
     *
     * @return the words, or empty for a register without a journal
     */
    Optional<String> recordedAs() {
        return Optional.empty();
    }

    /**
     * The same, in the paper's words: "as recorded up to 21 October 2020 (version 12)".
     *
     * @return the words, or empty for a register without a journal
     */
    Optional<String> recordedForPaper() {
        return Optional.empty();
    }

    /**
     * Who the output is for, which decides what it shows. Everything by default: a conversion must not
     * lose what was stored.
     *
     * @return the profile
     * @throws IllegalArgumentException if the profile asked for does not exist
     */
    Profile profile() {
        return Profile.INTERNAL;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        List<String> messages = new ArrayList<>();
        try (Plugins plugins = tracker.openPlugins()) {
            int exit;
            try (Progress progress = tracker.progress(spec.name(), "read", "validate", "evaluate", "write")) {
                exit = run(plugins, progress, messages);
            } finally {
                messages.forEach(err::println);
            }
            return exit;
        }
    }

    private int run(Plugins plugins, Progress progress, List<String> messages) throws IOException {
        Formats formats = plugins.formats();
        messages.addAll(plugins.failureWarnings());
        Exporter exporter = chooseExporter(formats);
        Profile profile = profile();
        Map<String, String> chosen = new LinkedHashMap<>(options);
        if (template != null) {
            String earlier = chosen.putIfAbsent("template", template.toString());
            if (earlier != null && !earlier.equals(template.toString())) {
                throw new IllegalArgumentException("--template " + template + " and --option template=" + earlier + " disagree: give one");
            }
        }
        Options exporterOptions = Options.of(chosen);
        if (!output.equals("-")) {
            Path target = Path.of(output);
            AtomicFiles.checkTarget(target);
            AtomicFiles.requireExtension(target, exporter.fileExtensions(), "exporter '" + exporter.id() + "'");
            AtomicFiles.refuseSameFile(target, inputFile().orElse(null), "the input");
            if (chosen.containsKey("template")) {
                AtomicFiles.refuseSameFile(target, Path.of(chosen.get("template")), "the template");
            }
        }

        progress.phase("read");
        ImportResult read = read(formats);
        if (read.register().isEmpty() || read.hasErrors()) {
            read.findings().forEach(f -> messages.add(f.toString()));
            messages.add("tracker: " + inputName() + " could not be read without errors ("
                    + count(read.findings()) + "); nothing was written");
            return TrackerCommand.EXIT_INVALID;
        }
        Register register = read.register().get();

        progress.phase("validate");
        ValidationReport validation = plugins.check(read);
        List<Finding> findings = validation.findings();
        findings.stream().filter(Finding::isError).forEach(f -> messages.add(f.toString()));
        List<Finding> warnings = findings.stream().filter(f -> !f.isError()).toList();
        warnings.stream().limit(WARNINGS_SHOWN).forEach(f -> messages.add(f.toString()));
        if (warnings.size() > WARNINGS_SHOWN) {
            messages.add("... and " + (warnings.size() - WARNINGS_SHOWN) + " more warning(s); 'tracker validate' lists them all");
        }
        if (!validation.isValid()) {
            messages.add("tracker: " + inputName() + " is not a valid register (" + count(findings)
                    + "); nothing was written. 'tracker validate' lists the same problems.");
            return TrackerCommand.EXIT_INVALID;
        }

        progress.phase("evaluate");
        Report.Builder builder = Report.builder(register).engine(new StatusEngine(plugins.ragPolicies()))
                .asOf(asOf != null ? asOf : defaultDay().or(register::asOf).orElseGet(LocalDate::now)).profile(profile);
        if (forum != null) {
            builder.forum(forum);
        }
        if (since != null) {
            builder.previousMeeting(since);
        }
        recordedForPaper().ifPresent(builder::recorded);
        Report report = builder.build();

        progress.phase("write");
        List<Finding> written = new ArrayList<>();
        if (output.equals("-")) {
            PrintStream stdout = System.out;
            written.addAll(export(exporter, report, exporterOptions, stdout, progress.work(), "standard output"));
            stdout.flush();
        } else {
            Path target = Path.of(output);
            AtomicFiles.write(target, out -> written.addAll(export(exporter, report, exporterOptions, progress.writing(out), progress.work(),
                    output)));
            messages.add(String.format("Wrote %s as of %s%s for %s with '%s' to %s", register.id(), report.asOf(),
                    recordedAs().map(r -> ", " + r + ",").orElse(""), report.forum(), exporter.id(), output));
        }
        written.forEach(f -> messages.add(f.toString()));
        report.withheld().statement().ifPresent(statement -> messages.add("Profile '" + profile.id() + "': " + statement));
        return TrackerCommand.EXIT_OK;
    }

    /**
     * Runs the exporter, naming it in any failure; {@link IllegalArgumentException}s (bad options) pass
     * through as they are. Returns what the exporter said about how it wrote the report. An exporter that
     * writes nothing fails, unless it declares {@link Exporter#mayWriteNothing()}: an empty file never
     * replaces a good one.
     */
    private static List<Finding> export(Exporter exporter, Report report, Options options, java.io.OutputStream out, WorkProgress progress,
            String where) throws IOException {
        CountingOutputStream counted = new CountingOutputStream(out);
        List<Finding> findings;
        try {
            findings = exporter.exportWithFindings(report, options, counted, progress);
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (IOException | UncheckedIOException e) {
            throw new IOException("exporter '" + exporter.id() + "' could not write " + where + ": " + e.getMessage()
                    + (where.equals("standard output") ? "" : "; " + where + " was left as it was"), e);
        } catch (RuntimeException e) {
            throw new IllegalStateException("exporter '" + exporter.id() + "' (" + exporter.getClass().getName() + ") failed: " + e
                    + (where.equals("standard output") ? "" : "; " + where + " was left as it was"), e);
        }
        if (counted.count == 0 && !exporter.mayWriteNothing()) {
            throw new IOException("exporter '" + exporter.id() + "' (" + exporter.getClass().getName() + ") wrote nothing"
                    + (where.equals("standard output") ? "" : "; " + where + " was left as it was")
                    + " (an exporter whose output may be empty says so with Exporter.mayWriteNothing())");
        }
        return findings;
    }

    /**
     * The exporter: the one named with {@code --format}, else the one for the output file's extension.
     *
     * @param formats the exporters available
     * @return the exporter
     * @throws IllegalArgumentException listing the exporters, if none fits
     */
    Exporter chooseExporter(Formats formats) {
        if (format != null) {
            return formats.exporter(format);
        }
        TreeSet<String> ids = new TreeSet<>(formats.exporters().keySet());
        if (output.equals("-")) {
            throw new IllegalArgumentException("writing to standard output needs --format; the exporters are " + ids);
        }
        // a name ending in .gz is the exporter's file compressed: choose the exporter by the name without it
        return formats.exporterForFile(Path.of(AtomicFiles.uncompressedName(Path.of(output)))).orElseThrow(() -> new IllegalArgumentException(
                "no exporter writes files named like '" + Path.of(output).getFileName() + "'; choose one with --format: the exporters are "
                        + ids));
    }

    /** Counts the bytes written through it; closing it leaves the stream underneath open. */
    private static final class CountingOutputStream extends java.io.FilterOutputStream {
        long count;

        CountingOutputStream(java.io.OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }

    private static String count(List<Finding> findings) {
        long errors = findings.stream().filter(Finding::isError).count();
        long notices = findings.stream().filter(f -> f.severity() == Finding.Severity.NOTICE).count();
        return errors + " error(s), " + (findings.size() - errors - notices) + " warning(s)"
                + (notices > 0 ? ", " + notices + " notice(s)" : "");
    }
}
