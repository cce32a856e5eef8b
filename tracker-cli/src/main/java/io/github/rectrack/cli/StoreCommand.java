package io.github.rectrack.cli;

import io.github.rectrack.engine.change.Change;
import io.github.rectrack.engine.change.RefusedChangeException;
import io.github.rectrack.engine.json.RegisterJson;
import io.github.rectrack.engine.spi.Finding;
import io.github.rectrack.engine.spi.ImportResult;
import io.github.rectrack.engine.store.RegisterStore;
import io.github.rectrack.engine.store.StoreException;
import io.github.rectrack.engine.store.Stored;
import io.github.rectrack.engine.validation.RegisterValidator;
import io.github.rectrack.model.Register;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code tracker store}: looks after a register store. {@code migrate} creates or migrates a database
 * store's tables; {@code import} copies a register file and its journal into a store, change by change;
 * {@code export} writes a register as recorded in a store to a file in canonical JSON.
 */
@Command(name = "store", mixinStandardHelpOptions = true,
        description = {"Look after a register store (--store URI, default $" + StoredRegister.STORE_VARIABLE + "):"
                + " 'migrate' creates or migrates its tables, 'import FILE' copies a register file and its journal into it,"
                + " 'export ID -o FILE.json' writes a register from it in canonical JSON."},
        subcommands = {StoreCommand.Migrate.class, StoreCommand.Import.class, StoreCommand.Export.class})
final class StoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    TrackerCommand tracker;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("tracker: 'tracker store' needs a subcommand: migrate, import or export");
        spec.commandLine().usage(err);
        return TrackerCommand.EXIT_USAGE;
    }

    /** The store option every subcommand takes. */
    abstract static class StoreSubcommand implements Callable<Integer> {
        @Option(names = "--store", paramLabel = "URI", defaultValue = "${env:" + StoredRegister.STORE_VARIABLE + "}",
                description = "The store, by URI: jdbc:postgresql://HOST:PORT/DATABASE?user=USER (password in TRACKER_STORE_PASSWORD),"
                        + " or file:PATH.json (default: $" + StoredRegister.STORE_VARIABLE + ").")
        String store;

        @Spec
        CommandSpec spec;

        @ParentCommand
        StoreCommand parent;

        /** Opens the store named, or says how to name one. */
        RegisterStore open() {
            if (store == null || store.isBlank()) {
                throw new IllegalArgumentException("no store given: name one with --store URI (or the environment variable "
                        + StoredRegister.STORE_VARIABLE + "), e.g. --store jdbc:postgresql://localhost:5432/registers?user=tracker");
            }
            return Stores.open(store.strip());
        }
    }

    /** {@code tracker store migrate}: creates or migrates the store's tables and says to which version. */
    @Command(name = "migrate", mixinStandardHelpOptions = true,
            description = "Create or migrate the store's tables (opening a store does this too) and say to which version.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:the schema is at the latest version", "2:usage error, or the store cannot be reached or migrated"})
    static final class Migrate extends StoreSubcommand {
        @Override
        public Integer call() {
            try (RegisterStore opened = open()) {
                PrintWriter out = spec.commandLine().getOut();
                out.println(opened.schema().map(schema -> "Store " + opened + ": schema " + schema + ".")
                        .orElse("Store " + opened + " has no schema to migrate."));
                return TrackerCommand.EXIT_OK;
            }
        }
    }

    /**
     * {@code tracker store import FILE}: a register file and its journal into the store: the file as the
     * baseline, then every change of the journal with its own stamp, so that the history is kept.
     */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Copy a register file (canonical JSON) and the journal beside it into the store: the file as the register's"
                    + " baseline, then every change the journal holds, with who recorded it and when, so that the history is kept.",
                "Refused if the store already holds a register with the same id."},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:imported", "1:the file or its journal cannot be read, a change is refused, or the id is taken; nothing is"
                    + " imported", "2:usage error, or the store cannot be reached"})
    static final class Import extends StoreSubcommand {
        @Parameters(index = "0", paramLabel = "FILE", description = "The register file, in canonical JSON (its journal beside it, if any).")
        Path file;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("no such file: " + file);
            }
            String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!lower.endsWith(".json") && !lower.endsWith(".json.gz")) {
                throw new IllegalArgumentException(file + " is not a register in canonical JSON (.json or .json.gz): convert it first (tracker convert "
                        + file + " -o register.json)");
            }
            ImportResult baseline;
            try (InputStream in = Files.newInputStream(file)) {
                baseline = new RegisterJson().read(in, file.toString());
            }
            if (baseline.register().isEmpty() || baseline.hasErrors()) {
                baseline.findings().forEach(f -> err.println("tracker: " + f));
                err.println("tracker: " + file + " cannot be read without errors; nothing imported");
                return TrackerCommand.EXIT_INVALID;
            }
            Register register = baseline.register().get();
            StoredRegister.Loaded journal;
            try {
                journal = StoredRegister.file(file).load(Optional.empty());
            } catch (StoreException e) {
                err.println("tracker: " + file + " cannot be read with its journal; nothing imported:");
                e.findings().forEach(f -> err.println("  " + f));
                return TrackerCommand.EXIT_INVALID;
            }
            journal.findings().forEach(f -> err.println("tracker: " + f));
            List<Change> changes = journal.entries().stream().map(StoredRegister.Entry::change).toList();
            try (RegisterStore opened = open(); Plugins plugins = parent.tracker.openPlugins();
                    RegisterValidator validator = new RegisterValidator(plugins.ragPolicies())) {
                plugins.failureWarnings().forEach(err::println);
                if (opened.registers().contains(register.id())) {
                    err.println("tracker: " + opened + " already holds register " + register.id() + "; nothing imported (export it with"
                            + " 'tracker store export " + register.id() + "' to see it; a register is imported once)");
                    return TrackerCommand.EXIT_INVALID;
                }
                Stored after;
                try {
                    // one step: the store holds the register with all its changes, or nothing of it
                    after = opened.create(register, changes, validator);
                } catch (RefusedChangeException e) {
                    err.println("tracker: refused, nothing imported: change " + e.change().stamp().id() + " (" + e.change().type()
                            + e.change().subject().map(s -> " on " + s).orElse("") + ") of the journal:");
                    e.findings().forEach(f -> err.println("  " + f));
                    return TrackerCommand.EXIT_INVALID;
                }
                after.findings().stream().map(Finding::toString).forEach(f -> err.println("tracker: " + f));
                out.println("Imported register " + register.id() + " from " + file + " into " + opened + ": its baseline and "
                        + changes.size() + " change" + (changes.size() == 1 ? "" : "s") + ", at version " + after.version() + ".");
                return TrackerCommand.EXIT_OK;
            } catch (StoreException e) {
                err.println("tracker: nothing imported into the store:");
                e.findings().forEach(f -> err.println("  " + f));
                return TrackerCommand.EXIT_INVALID;
            }
        }
    }

    /** {@code tracker store export ID -o FILE.json}: the register as recorded now, in canonical JSON. */
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write the register with the id ID, as recorded now in the store, to a file in canonical JSON: the same bytes"
                    + " as the register file with the same changes recorded in its journal gives.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:written", "1:the store holds no such register, or cannot read it; nothing written",
                "2:usage error, the store cannot be reached, or the file cannot be written"})
    static final class Export extends StoreSubcommand {
        @Parameters(index = "0", paramLabel = "ID", description = "The register's id in the store.")
        String id;

        @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.json", description = "The file to write.")
        Path output;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            AtomicFiles.checkTarget(output);
            AtomicFiles.requireExtension(output, List.of("json"), "the register in canonical JSON");
            try (RegisterStore opened = open()) {
                Stored stored;
                try {
                    stored = opened.load(id, Optional.empty());
                } catch (StoreException e) {
                    err.println("tracker: nothing written:");
                    e.findings().forEach(f -> err.println("  " + f));
                    return TrackerCommand.EXIT_INVALID;
                }
                stored.findings().forEach(f -> err.println("tracker: " + f));
                RegisterJson json = new RegisterJson();
                AtomicFiles.write(output, stream -> json.write(stored.register(), stream));
                out.println("Wrote register " + id + " as recorded now (version " + stored.version() + ") from " + opened + " to " + output + ".");
                return TrackerCommand.EXIT_OK;
            }
        }
    }
}
