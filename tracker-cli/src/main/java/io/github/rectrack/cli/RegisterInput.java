package io.github.rectrack.cli;

import io.github.rectrack.engine.journal.Journal;
import io.github.rectrack.engine.json.RegisterJson;
import io.github.rectrack.engine.plugin.Formats;
import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.engine.spi.ImportResult;
import io.github.rectrack.engine.spi.Importer;
import io.github.rectrack.engine.spi.Options;
import io.github.rectrack.engine.spi.WorkProgress;
import io.github.rectrack.engine.store.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Where a command reads its register from: a file, read by any importer (chosen with {@code
 * --input-format}, else by the file's extension, else canonical JSON), standard input (a file named
 * {@code -}, read as canonical JSON, gzip-compressed or not, unless {@code --input-format} names another
 * importer), or one of the bundled reference registers.
 */
final class RegisterInput {

    @ArgGroup(exclusive = true, multiplicity = "1")
    Choice choice;

    @Option(names = "--input-format", paramLabel = "ID",
            description = "The importer to read REGISTER with (default: by its extension, else json).")
    String inputFormat;

    @Option(names = "--input-option", paramLabel = "KEY=VALUE",
            description = "An option for the importer; repeat for more.")
    Map<String, String> inputOptions = new LinkedHashMap<>();

    @Option(names = "--recorded-on", paramLabel = "YYYY-MM-DD",
            description = "Read the register as it was recorded at the end of that day (Europe/London): its file with the"
                    + " changes its journal holds up to then. Default: everything recorded.")
    LocalDate recordedOn;

    @Option(names = "--store", paramLabel = "URI", defaultValue = "${env:" + StoredRegister.STORE_VARIABLE + "}",
            description = StoredRegister.STORE_HELP)
    String store;

    /** What was read from the journal or the store, once {@link #read} has run: empty when the register has no journal. */
    private Optional<StoredRegister.Loaded> journal = Optional.empty();

    static final class Choice {
        @Parameters(paramLabel = "REGISTER", description = "A register file: canonical JSON, or any format an importer reads;"
                + " '-' for standard input; with --store, the register's id in the store.")
        Path file;

        @Option(names = "--example", paramLabel = "ID",
                description = "A bundled reference register: ${COMPLETION-CANDIDATES}.",
                completionCandidates = ExampleIds.class)
        String example;
    }

    /** The ids of the bundled reference registers, for help and completion. */
    static final class ExampleIds implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Arrays.stream(ReferenceRegister.values()).map(ReferenceRegister::id).iterator();
        }
    }

    /**
     * The input a command names with arguments of its own rather than through this mixin: a file, or a
     * bundled register.
     *
     * @param file the register file, or null when {@code example} is given
     * @param example the bundled register's id, or null when {@code file} is given
     * @param inputFormat the importer to read the file with, or null to choose by its extension
     * @param inputOptions the importer's options
     * @return the input
     * @throws IllegalArgumentException unless exactly one of {@code file} and {@code example} is given
     */
    static RegisterInput of(Path file, String example, String inputFormat, Map<String, String> inputOptions) {
        return of(file, example, inputFormat, inputOptions, null);
    }

    /**
     * The same, with a store.
     *
     * @param file the register file, or its id in the store, or null when {@code example} is given
     * @param example the bundled register's id, or null when {@code file} is given
     * @param inputFormat the importer to read the file with, or null to choose by its extension
     * @param inputOptions the importer's options
     * @param store the store's URI, or null to read a file
     * @return the input
     * @throws IllegalArgumentException unless exactly one of {@code file} and {@code example} is given
     */
    static RegisterInput of(Path file, String example, String inputFormat, Map<String, String> inputOptions, String store) {
        if ((file == null) == (example == null)) {
            throw new IllegalArgumentException(file == null ? "no register given: name a REGISTER file, or a bundled one with --example ID"
                    : "give either a REGISTER file (" + file + ") or --example " + example + ", not both");
        }
        RegisterInput input = new RegisterInput();
        input.choice = new Choice();
        input.choice.file = file;
        input.choice.example = example;
        input.inputFormat = inputFormat;
        input.inputOptions = new LinkedHashMap<>(inputOptions);
        input.store = store;
        return input;
    }

    /** The name to show in messages: the file, "standard input", or the bundled register's id. */
    String name() {
        return choice.file != null ? (inStore() ? choice.file.toString() : nameOf(choice.file)) : choice.example;
    }

    /** What a file named {@code -} stands for, and what messages call it. */
    static final String STANDARD_INPUT = "standard input";

    /**
     * Whether a file argument is {@code -}, standard input.
     *
     * @param file the file argument, or null
     * @return whether it names standard input
     */
    static boolean isStandardInput(Path file) {
        return file != null && file.toString().equals("-");
    }

    /**
     * The name of a file argument in messages: "standard input" for {@code -}, else the file.
     *
     * @param file the file argument
     * @return its name
     */
    static String nameOf(Path file) {
        return isStandardInput(file) ? STANDARD_INPUT : file.toString();
    }

    /**
     * Opens a file argument for reading: standard input for {@code -} (left open when the stream is
     * closed), else the file.
     *
     * @param file the file argument
     * @return the stream
     * @throws IOException if the file cannot be opened
     * @throws IllegalArgumentException if the file does not exist
     */
    static InputStream open(Path file) throws IOException {
        if (isStandardInput(file)) {
            return new java.io.FilterInputStream(System.in) {
                @Override
                public void close() {
                    // standard input belongs to the process, not to one read
                }
            };
        }
        try {
            InputStream in = Files.newInputStream(file);
            Optional<Progress> progress = Progress.current();
            return progress.isPresent() ? progress.get().reading(in, Files.size(file)) : in;
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("no such file: " + file, e);
        }
    }

    /** Whether REGISTER is a register's id in a store rather than a file. */
    boolean inStore() {
        return choice.file != null && store != null && !store.isBlank();
    }

    /** The register file read, when the register is read from a file (not from a store or standard input). */
    Optional<Path> file() {
        return inStore() || isStandardInput(choice.file) ? Optional.empty() : Optional.ofNullable(choice.file);
    }

    /** The date of the bundled paper, when the input is one of the bundled registers. */
    Optional<LocalDate> paperDate() {
        return choice.example == null ? Optional.empty() : ReferenceRegister.byId(choice.example).map(ReferenceRegister::paperDate);
    }

    /**
     * Reads the register: a bundled one, or the file with the chosen importer.
     *
     * @param formats the importers available
     * @return the register and the findings
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException if the file or example does not exist, or the importer id is unknown
     */
    ImportResult read(Formats formats) throws IOException {
        if (choice.example != null) {
            ReferenceRegister reference = ReferenceRegister.byId(choice.example).orElseThrow(() -> new IllegalArgumentException(
                    "no bundled register has id '" + choice.example + "'; the bundled registers are "
                            + Arrays.stream(ReferenceRegister.values()).map(ReferenceRegister::id).collect(Collectors.joining(", "))));
            try (InputStream in = reference.open()) {
                return new RegisterJson().read(in, reference.id());
            }
        }
        if (inStore()) {
            if (inputFormat != null || !inputOptions.isEmpty()) {
                throw new IllegalArgumentException("--input-format and --input-option are for reading a file; with --store, REGISTER ("
                        + choice.file + ") is a register's id in the store");
            }
            try (StoredRegister stored = StoredRegister.open(store, choice.file.toString())) {
                return loaded(stored);
            }
        }
        if (recordedOn != null && isStandardInput(choice.file)) {
            throw new IllegalArgumentException("--recorded-on needs a journal, and standard input has none: name the register's"
                    + " file instead of '-'");
        }
        if (recordedOn != null && !Journal.beside(choice.file).exists()) {
            throw new IllegalArgumentException("--recorded-on needs a journal, and " + choice.file + " has none ("
                    + Journal.pathFor(choice.file).getFileName() + " is absent): the file is the register as recorded");
        }
        if (!isStandardInput(choice.file) && Journal.beside(choice.file).exists()
                && "json".equals(importerFor(formats, choice.file, inputFormat).id())) {
            return loaded(StoredRegister.file(choice.file));
        }
        return readFile(formats, choice.file, inputFormat, Options.of(inputOptions));
    }

    /** Reads the register as recorded (now, or on {@code --recorded-on}) with the changes that made it. */
    private ImportResult loaded(StoredRegister stored) {
        try {
            StoredRegister.Loaded loaded = stored.load(recordedUpTo());
            loaded.entries();
            loaded.later();
            journal = Optional.of(loaded);
            return new ImportResult(Optional.of(loaded.register()), loaded.findings());
        } catch (StoreException e) {
            return ImportResult.failed(e.findings());
        }
    }

    /** The end of the {@code --recorded-on} day in Europe/London, if given. */
    Optional<Instant> recordedUpTo() {
        return Optional.ofNullable(recordedOn).map(day -> day.plusDays(1).atStartOfDay(RecordCommand.ZONE).toInstant().minusNanos(1));
    }

    /**
     * Which recording a paper was made from, in its words: "as recorded up to 21 October 2020 (version 12)"
     * (the day of the last change recorded) or "as recorded on 15 October 2020 (version 7; 5 changes
     * recorded later left out)"; empty for a register without a journal.
     */
    Optional<String> recordedForPaper() {
        java.time.format.DateTimeFormatter words = java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu", java.util.Locale.UK);
        return journal.map(loaded -> (recordedOn != null ? "as recorded on " + words.format(recordedOn)
                : loaded.entries().isEmpty() ? "as recorded in its file" : "as recorded up to " + words.format(loaded.entries()
                        .get(loaded.entries().size() - 1).change().stamp().recordedAt().atZone(RecordCommand.ZONE).toLocalDate()))
                + " (version " + loaded.version() + (loaded.later() == 0 ? "" : "; " + loaded.later() + " change"
                        + (loaded.later() == 1 ? "" : "s") + " recorded later left out") + ")");
    }

    /** The journal read with the register, if it had one. */
    Optional<StoredRegister.Loaded> journal() {
        return journal;
    }

    /**
     * Which register a command used, for its output: "as recorded now (version 12)" or "as recorded on
     * 2020-10-15 (version 7; 5 changes recorded later left out)"; empty for a register without a journal.
     */
    Optional<String> recordedAs() {
        return journal.map(loaded -> (recordedOn == null ? "as recorded now" : "as recorded on " + recordedOn)
                + " (version " + loaded.version() + (loaded.later() == 0 ? "" : "; " + loaded.later() + " change"
                        + (loaded.later() == 1 ? "" : "s") + " recorded later left out") + ")");
    }

    /**
     * Reads a register file as other commands do, replaying the journal beside a canonical JSON file;
     * {@code -} reads standard input.
     *
     * @param formats the importers available
     * @param file the file, or {@code -}
     * @param id the importer's id, or null to choose by extension
     * @param options the importer's options
     * @return the register and the findings
     * @throws IOException if the file cannot be read
     */
    static ImportResult readWithJournal(Formats formats, Path file, String id, Options options) throws IOException {
        if (!isStandardInput(file) && Journal.beside(file).exists() && "json".equals(importerFor(formats, file, id).id())) {
            try {
                StoredRegister.Loaded loaded = StoredRegister.file(file).load(Optional.empty());
                return new ImportResult(Optional.of(loaded.register()), loaded.findings());
            } catch (StoreException e) {
                return ImportResult.failed(e.findings());
            }
        }
        return readFile(formats, file, id, options);
    }

    /**
     * The importer for a file: the one named, else the one whose extensions match, else {@code json}
     * (standard input too is read as JSON unless an importer is named).
     *
     * @param formats the importers available
     * @param file the file
     * @param id the importer's id, or null to choose by extension
     * @return the importer
     * @throws IllegalArgumentException listing the importers, if none has the id
     */
    static Importer importerFor(Formats formats, Path file, String id) {
        if (id != null) {
            return formats.importer(id);
        }
        if (isStandardInput(file)) {
            return formats.importer("json");
        }
        return formats.importerForFile(file).orElseGet(() -> formats.importer("json"));
    }

    /**
     * Reads a register file with an importer.
     *
     * @param formats the importers available
     * @param file the file, or {@code -} for standard input
     * @param id the importer's id, or null to choose by extension
     * @param options the importer's options
     * @return the register and the findings
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException if the file does not exist, the importer id is unknown, or an option is not one it reads
     */
    static ImportResult readFile(Formats formats, Path file, String id, Options options) throws IOException {
        Importer importer = importerFor(formats, file, id);
        try (InputStream in = open(file)) {
            return importer.read(in, nameOf(file), options, Progress.current().map(Progress::work).orElse(WorkProgress.NONE));
        }
    }
}
