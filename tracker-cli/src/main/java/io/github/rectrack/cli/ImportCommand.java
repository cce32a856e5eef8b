package io.github.rectrack.cli;

import io.github.rectrack.engine.change.RefusedChangeException;
import io.github.rectrack.engine.change.RegisterDiff;
import io.github.rectrack.engine.store.StoreConflictException;
import io.github.rectrack.engine.store.StoreException;
import io.github.rectrack.engine.json.RegisterJson;
import io.github.rectrack.engine.spi.Finding;
import io.github.rectrack.engine.spi.ImportResult;
import io.github.rectrack.engine.spi.Importer;
import io.github.rectrack.engine.spi.Options;
import io.github.rectrack.engine.validation.RegisterValidator;
import io.github.rectrack.model.Register;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code tracker import}: reads a register with any importer (a force's spreadsheet, CSV, JSON) and
 * writes it as canonical JSON, atomically.
 *
 * <p>Every finding of the importer and of validating what it read is printed to standard error with its
 * location. If any is an error, nothing is written and the exit code is 1; with {@code --keep-valid}
 * the register the importer could build from the parts it could read is written all the same, and the
 * exit code is still 1 so that scripts notice. An importer that could build no register at all never
 * writes anything.
 *
 * <p>A force's own spreadsheet is read through a column mapping: {@code tracker import force.xlsx --mapping
 * mapping.json -o register.json}. {@code --mapping} passes the importer the option {@code mapping} (the
 * file's absolute path) and, without {@code --input-format}, chooses the {@code sheet} importer (module
 * tracker-import-sheets), for .xlsx and .csv files alike.
 */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Read a register with any importer and write it as canonical JSON.",
            "Every problem is listed with its location; if there are errors nothing is written, unless --keep-valid."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:imported without errors (there may be warnings)",
            "1:errors were found; nothing was written, or with --keep-valid the readable part was",
            "2:usage error (such as an unknown --input-format, which lists the importers), unreadable input, or a failure to write"})
final class ImportCommand implements Callable<Integer> {

    /** The importer option that names a column mapping file, by its absolute path. */
    static final String MAPPING_OPTION = "mapping";

    /** The importer option that gives the day the input is stated as of. */
    static final String AS_OF_OPTION = "as-of";

    /** The importer that reads a spreadsheet through a column mapping, whatever the file's extension. */
    static final String MAPPED_IMPORTER = "sheet";

    @Parameters(paramLabel = "IN", description = "The file to read; '-' for standard input (give --input-format unless it is JSON).")
    Path in;

    @Option(names = "--input-format", paramLabel = "ID",
            description = "The importer to read IN with (default: sheet with --mapping, else by its extension, else json). 'tracker formats' lists them.")
    String format;

    /** The importer's option before it was named {@code --input-format}: accepted with a warning for one release. */
    @Option(names = "--format", paramLabel = "ID", hidden = true,
            description = "Deprecated: the same as --input-format.")
    String deprecatedFormat;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Where to write the register in canonical JSON: a .json file (not IN), or '-' for standard output.")
    String output;

    @Option(names = "--option", paramLabel = "KEY=VALUE", description = "An option for the importer; repeat for more.")
    Map<String, String> options = new LinkedHashMap<>();

    @Option(names = "--mapping", paramLabel = "FILE",
            description = {"A column mapping (JSON or YAML) for a force's own spreadsheet (.xlsx or CSV with a header row): "
                    + "which column holds what and what the force's words mean.",
                "The same as --option mapping=FILE; without --input-format, IN is read with the sheet importer."})
    Path mapping;

    @Option(names = "--as-of", paramLabel = "DAY",
            description = {"The day the input is stated as of (yyyy-MM-dd): it dates whatever the input leaves undated. "
                + "The same as --option as-of=DAY. With --mapping, without it the mapping's register.asOf is used, "
                + "else the latest date found in the sheet."})
    LocalDate asOf;

    @Option(names = "--keep-valid",
            description = "When there are errors, write the register built from the parts that could be read anyway (exit code still 1).")
    boolean keepValid;

    @Option(names = "--into", paramLabel = "REGISTER",
            description = {"Record what IN changes in this register (canonical JSON) as changes in its journal, instead of writing"
                    + " a file: added people, sources, recommendations and entries, corrected fields, decisions, hand-overs. Needs --by."
                    + " With --store, REGISTER is the register's id in the store.",
                "What cannot be said as a change (an entry removed or rewritten) is listed, and nothing is recorded unless"
                        + " --skip-unrecordable."})
    String into;

    @Option(names = "--store", paramLabel = "URI", defaultValue = "${env:" + StoredRegister.STORE_VARIABLE + "}",
            description = "With --into: " + StoredRegister.STORE_HELP)
    String store;

    @Option(names = "--by", paramLabel = "ID", description = "With --into: who records the changes.")
    String by;

    @Option(names = "--skip-unrecordable",
            description = "With --into: record what can be recorded even when some differences cannot be (they are listed).")
    boolean skipUnrecordable;

    @ParentCommand
    TrackerCommand tracker;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        List<String> messages = new ArrayList<>();
        try (Plugins plugins = tracker.openPlugins()) {
            try (Progress progress = tracker.progress("import", "read", "validate", "write")) {
                return run(plugins, progress, messages);
            } finally {
                messages.forEach(err::println);
            }
        }
    }

    private int run(Plugins plugins, Progress progress, List<String> messages) throws Exception {
        if (deprecatedFormat != null) {
            spec.commandLine().getErr().println("tracker: warning: 'import --format " + deprecatedFormat + "' is deprecated and will be"
                    + " refused in the next release: use --input-format " + deprecatedFormat);
            if (format != null && !format.equals(deprecatedFormat)) {
                throw new IllegalArgumentException("--input-format " + format + " and --format " + deprecatedFormat + " disagree: give one");
            }
            format = deprecatedFormat;
        }
        messages.addAll(plugins.failureWarnings());
        Map<String, String> chosen = new LinkedHashMap<>(options);
        String id = format;
        if (mapping != null) {
            if (!Files.isRegularFile(mapping)) {
                throw new IllegalArgumentException("no such mapping file: " + mapping);
            }
            String file = mapping.toAbsolutePath().toString();
            String earlier = chosen.putIfAbsent(MAPPING_OPTION, file);
            if (earlier != null && !Path.of(earlier).toAbsolutePath().toString().equals(file)) {
                throw new IllegalArgumentException("--mapping " + mapping + " and --option mapping=" + earlier + " disagree: give one");
            }
            chosen.put(MAPPING_OPTION, file);
            if (id == null) {
                id = MAPPED_IMPORTER;
            }
        }
        if (asOf != null) {
            String earlier = chosen.putIfAbsent(AS_OF_OPTION, asOf.toString());
            if (earlier != null && !earlier.equals(asOf.toString())) {
                throw new IllegalArgumentException("--as-of " + asOf + " and --option as-of=" + earlier + " disagree: give one");
            }
        }
        Importer importer = RegisterInput.importerFor(plugins.formats(), in, id);
        if ((output == null) == (into == null)) {
            throw new IllegalArgumentException("say where the register goes: -o FILE to write it, or --into REGISTER --by ID to record it"
                    + " as changes in a register's journal (one of the two)");
        }
        if (into != null) {
            if (by == null || by.isBlank()) {
                throw new IllegalArgumentException("--into records changes, and a change says who recorded it: give --by ID");
            }
            if (store == null || store.isBlank()) {
                Path file = Path.of(into);
                if (!Files.isRegularFile(file) || !file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
                    throw new IllegalArgumentException("--into needs a register file in canonical JSON (.json): " + into);
                }
                AtomicFiles.refuseSameFile(file, in, "the input");
            }
        } else if (!output.equals("-")) {
            Path target = Path.of(output);
            AtomicFiles.checkTarget(target);
            AtomicFiles.requireExtension(target, List.of("json"), "the register in canonical JSON");
            AtomicFiles.refuseSameFile(target, in, "the input");
            if (mapping != null) {
                AtomicFiles.refuseSameFile(target, mapping, "the mapping");
            }
        }
        progress.phase("read");
        ImportResult read;
        try (InputStream stream = RegisterInput.open(in)) {
            read = importer.read(stream, RegisterInput.nameOf(in), Options.of(chosen), progress.work());
        }
        progress.phase("validate");
        List<Finding> findings = plugins.check(read).findings();
        findings.forEach(f -> messages.add(f.toString()));
        long errors = findings.stream().filter(Finding::isError).count();
        long notices = findings.stream().filter(f -> f.severity() == Finding.Severity.NOTICE).count();
        String counts = String.format("%s: %d error(s), %d warning(s)", RegisterInput.nameOf(in), errors, findings.size() - errors - notices)
                + (notices > 0 ? ", " + notices + " notice(s)" : "");
        if (read.register().isEmpty()) {
            messages.add(counts);
            messages.add("tracker: no register could be read from " + RegisterInput.nameOf(in) + " with '" + importer.id() + "'; nothing was written");
            return TrackerCommand.EXIT_INVALID;
        }
        if (errors > 0 && !keepValid) {
            messages.add(counts);
            messages.add("tracker: nothing was written; correct the errors above, or use --keep-valid to write what could be read");
            return TrackerCommand.EXIT_INVALID;
        }
        progress.phase("write");
        Register register = read.register().get();
        if (into != null) {
            if (errors > 0) {
                messages.add(counts);
                messages.add("tracker: nothing was recorded; correct the errors above");
                return TrackerCommand.EXIT_INVALID;
            }
            return record(plugins, register, messages, counts);
        }
        RegisterJson json = new RegisterJson();
        if (output.equals("-")) {
            PrintStream stdout = System.out;
            json.write(register, stdout);
        } else {
            AtomicFiles.write(Path.of(output), out -> json.write(register, progress.writing(out)));
        }
        messages.add(counts);
        String where = output.equals("-") ? "standard output" : output;
        if (errors > 0) {
            messages.add(String.format("tracker: wrote the part of %s that could be read (%d recommendations in %d sources) to %s, "
                    + "despite the errors above", RegisterInput.nameOf(in), register.recommendationCount(), register.sources().size(), where));
            return TrackerCommand.EXIT_INVALID;
        }
        if (!output.equals("-")) {
            messages.add(String.format("Imported %d recommendations in %d sources from %s with '%s' to %s",
                    register.recommendationCount(), register.sources().size(), RegisterInput.nameOf(in), importer.id(), where));
        }
        return TrackerCommand.EXIT_OK;
    }

    /** What differs but cannot be recorded as a change; thrown to record nothing. */
    private static final class Unrecordable extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<Finding> findings;

        Unrecordable(List<Finding> findings) {
            super("some differences cannot be recorded as changes");
            this.findings = findings;
        }
    }

    private int record(Plugins plugins, Register imported, List<String> messages, String counts) {
        messages.add(counts);
        java.time.Clock clock = RecordCommand.clock();
        try (StoredRegister stored = StoredRegister.open(store, into)) {
            return record(plugins, imported, messages, clock, stored);
        }
    }

    private int record(Plugins plugins, Register imported, List<String> messages, java.time.Clock clock, StoredRegister stored) {
        List<RegisterDiff.Result> found = new ArrayList<>();
        try (RegisterValidator validator = new RegisterValidator(plugins.ragPolicies())) {
            StoredRegister.Loaded after = stored.record(now -> {
                found.clear();
                RegisterDiff.Result diff = RegisterDiff.between(now.register(), imported, "as imported from " + in.getFileName(),
                        clock.instant(), by, "import/" + java.util.UUID.randomUUID(), now.version());
                found.add(diff);
                if (!diff.unrecordable().isEmpty() && !skipUnrecordable) {
                    throw new Unrecordable(diff.unrecordable());
                }
                return diff.changes();
            }, validator);
            RegisterDiff.Result diff = found.get(found.size() - 1);
            diff.unrecordable().forEach(f -> messages.add(f + " (not recorded)"));
            int n = diff.changes().size();
            messages.add(n == 0 ? "Nothing to record: " + RegisterInput.nameOf(in) + " holds nothing " + into + " does not already have"
                    : String.format("Recorded %d change%s from %s into %s as versions %d–%d, by %s", n, n == 1 ? "" : "s", RegisterInput.nameOf(in), into,
                            after.version() - n + 1, after.version(), by));
            after.findings().forEach(f -> messages.add("tracker: " + f));
            return diff.unrecordable().isEmpty() ? TrackerCommand.EXIT_OK : TrackerCommand.EXIT_INVALID;
        } catch (Unrecordable e) {
            e.findings.forEach(f -> messages.add(f.toString()));
            messages.add("tracker: nothing was recorded: " + e.findings.size() + " difference" + (e.findings.size() == 1 ? "" : "s")
                    + " between " + RegisterInput.nameOf(in) + " and " + into + " cannot be said as changes (above); use --skip-unrecordable to record the rest");
            return TrackerCommand.EXIT_INVALID;
        } catch (RefusedChangeException e) {
            messages.add("tracker: refused, nothing recorded: " + e.change().type() + e.change().subject().map(x -> " on " + x).orElse(""));
            e.findings().forEach(f -> messages.add("  " + f));
            return TrackerCommand.EXIT_INVALID;
        } catch (StoreException e) {
            messages.addAll(stored.file().isPresent() && !(e instanceof StoreConflictException)
                    ? prefixed("tracker: " + into + " cannot be read with its journal; nothing recorded:", e) : stored.nothingRecorded(e));
            return TrackerCommand.EXIT_INVALID;
        }
    }

    private static List<String> prefixed(String first, StoreException e) {
        List<String> lines = new ArrayList<>();
        lines.add(first);
        e.findings().forEach(f -> lines.add("  " + f));
        return lines;
    }
}
