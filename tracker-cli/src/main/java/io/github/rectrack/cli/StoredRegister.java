package io.github.rectrack.cli;

import io.github.rectrack.engine.change.Change;
import io.github.rectrack.engine.journal.Journal;
import io.github.rectrack.engine.journal.JournalException;
import io.github.rectrack.engine.spi.Finding;
import io.github.rectrack.engine.store.Recorded;
import io.github.rectrack.engine.store.RegisterStore;
import io.github.rectrack.engine.store.StoreConflictException;
import io.github.rectrack.engine.store.StoreException;
import io.github.rectrack.engine.store.Stored;
import io.github.rectrack.engine.validation.RegisterValidator;
import io.github.rectrack.model.Register;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Where a command reads a register as recorded and records changes to it: a register file with the journal
 * beside it (the default), or a register in a store named by URI ({@code --store}, default {@code
 * $TRACKER_STORE}), where REGISTER is the register's id. Reading a file is as it always was; recording in a
 * store appends against the version loaded and, when another writer got there first, loads again, makes
 * the change again and tries once more before refusing with the conflict.
 */
abstract class StoredRegister implements AutoCloseable {

    /** The environment variable that gives {@code --store} its default. */
    static final String STORE_VARIABLE = "TRACKER_STORE";

    /** The help of {@code --store}, the same on every command. */
    static final String STORE_HELP = "A register store to read and record in, by URI: file:PATH.json, or"
            + " jdbc:postgresql://HOST:PORT/DATABASE?user=USER (password in TRACKER_STORE_PASSWORD). With a store, REGISTER is the"
            + " register's id in it instead of a file (default: $" + STORE_VARIABLE + "; none: REGISTER is a file).";

    /**
     * One change as recorded.
     *
     * @param version the register version it made
     * @param change the change
     * @param line the journal line it is on, for a register file with a journal; empty in a store
     */
    record Entry(long version, Change change, OptionalInt line) {}

    /** A register as recorded, with its version, the changes that made it (read when asked for) and what loading found. */
    static final class Loaded {
        private final Register register;
        private final long version;
        private final List<Finding> findings;
        private final Supplier<List<Entry>> entries;
        private final Supplier<Integer> later;
        private List<Entry> read;
        private Integer counted;

        Loaded(Register register, long version, List<Finding> findings, Supplier<List<Entry>> entries, Supplier<Integer> later) {
            this.register = Objects.requireNonNull(register, "register");
            this.version = version;
            this.findings = List.copyOf(findings);
            this.entries = entries;
            this.later = later;
        }

        /** @return the register */
        Register register() {
            return register;
        }

        /** @return its version: the number of changes recorded up to it */
        long version() {
            return version;
        }

        /** @return what loading or recording found that did not stop it */
        List<Finding> findings() {
            return findings;
        }

        /** @return the changes that made this version, oldest first (read from a store when first asked for, and kept) */
        synchronized List<Entry> entries() {
            if (read == null) {
                read = List.copyOf(entries.get());
            }
            return read;
        }

        /** @return the changes about one recommendation or source */
        List<Entry> about(String id) {
            return entries().stream().filter(e -> e.change().subject().filter(id::equals).isPresent()).toList();
        }

        /**
         * @return how many changes were recorded after the instant this register was loaded as recorded at (read
         *     from a store when first asked for, and kept)
         */
        synchronized int later() {
            if (counted == null) {
                counted = later.get();
            }
            return counted;
        }
    }

    /**
     * The register a command names: the file REGISTER, or the register with the id REGISTER in the store.
     *
     * @param storeUri the store's URI, or null or blank for a file
     * @param register the file, or the register's id in the store
     * @return the register's place; close it when done
     * @throws IllegalArgumentException if no store accepts the URI
     * @throws StoreException if the store cannot be opened
     */
    static StoredRegister open(String storeUri, String register) {
        Objects.requireNonNull(register, "register");
        if (storeUri == null || storeUri.isBlank()) {
            return file(Path.of(register));
        }
        return new InStore(Stores.open(storeUri.strip()), register);
    }

    /**
     * A register file, to record in: it must exist and be canonical JSON.
     *
     * @param storeUri the store's URI, or null or blank for a file
     * @param register the file, or the register's id in the store
     * @param what what is recorded, for the message about a file that is not JSON ("changes are recorded")
     * @return the register's place
     * @throws IllegalArgumentException if the file does not exist or is not {@code .json}
     */
    static StoredRegister forRecording(String storeUri, String register, String what) {
        StoredRegister stored = open(storeUri, register);
        if (stored instanceof JournalFile file) {
            Path path = file.journal.registerFile();
            if (!Files.isRegularFile(path)) {
                throw new IllegalArgumentException("no such file: " + path);
            }
            String lower = path.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!lower.endsWith(".json") && !lower.endsWith(".json.gz")) {
                throw new IllegalArgumentException(what + " in a journal beside a register in canonical JSON, and " + path
                        + " is not a .json or .json.gz file: convert it first (tracker convert " + path + " -o register.json)");
            }
        }
        return stored;
    }

    /**
     * A register file with the journal beside it.
     *
     * @param file the register file
     * @return its place
     */
    static StoredRegister file(Path file) {
        return new JournalFile(Journal.beside(file));
    }

    /** @return the register's name for messages: the file, or the id and the store (without its password) */
    abstract String name();

    /** @return whether changes were ever recorded for it: a journal beside the file; always in a store */
    abstract boolean hasJournal();

    /** @return the register file, when it is one */
    abstract Optional<Path> file();

    /** @return what to say when it cannot be read: "the register cannot be read with its journal" */
    abstract String unreadable();

    /**
     * Loads the register as recorded now or at an instant.
     *
     * @param recordedUpTo the instant, or empty for everything recorded
     * @return the register
     * @throws StoreException if it cannot be read, with where and why
     */
    abstract Loaded load(Optional<Instant> recordedUpTo);

    /**
     * Makes changes against the register as recorded now and records them, all or nothing.
     *
     * @param make given the register as recorded now, the changes; their versions follow on from its version
     * @param validator checks the register after the changes
     * @return the register after them
     * @throws StoreConflictException if another writer recorded first twice running; nothing is recorded
     * @throws io.github.rectrack.engine.change.RefusedChangeException if a change is refused; nothing is recorded
     * @throws StoreException if it cannot be read or written
     */
    abstract Loaded record(Function<Loaded, List<? extends Change>> make, RegisterValidator validator);

    /**
     * What to print when recording failed in the store or the journal: a first line saying why nothing was
     * recorded, then each finding indented.
     *
     * @param e the failure: a conflict that came back after a second try, or a register that cannot be read or written
     * @return the lines
     */
    List<String> nothingRecorded(StoreException e) {
        List<String> lines = new ArrayList<>();
        lines.add(e instanceof StoreConflictException
                ? "tracker: refused, nothing recorded: another writer recorded a change first, and again after the register was loaded again:"
                : "tracker: " + unreadable() + "; nothing recorded:");
        e.findings().forEach(f -> lines.add("  " + f));
        return lines;
    }

    @Override
    public void close() {
        // a register file holds nothing open
    }

    /** The register file and its journal, read and written as the journal does, under its lock. */
    private static final class JournalFile extends StoredRegister {
        private final Journal journal;

        JournalFile(Journal journal) {
            this.journal = journal;
        }

        @Override
        String name() {
            return journal.registerFile().toString();
        }

        @Override
        boolean hasJournal() {
            return journal.exists();
        }

        @Override
        Optional<Path> file() {
            return Optional.of(journal.registerFile());
        }

        @Override
        String unreadable() {
            return "the register cannot be read with its journal";
        }

        @Override
        Loaded load(Optional<Instant> recordedUpTo) {
            try {
                return loaded(journal.load(recordedUpTo));
            } catch (JournalException e) {
                throw new StoreException(e.findings());
            }
        }

        @Override
        Loaded record(Function<Loaded, List<? extends Change>> make, RegisterValidator validator) {
            try {
                return loaded(journal.record(now -> make.apply(loaded(now)), validator));
            } catch (JournalException e) {
                throw new StoreException(e.findings());
            }
        }

        private static Loaded loaded(Journal.Loaded loaded) {
            List<Entry> entries = loaded.entries().stream().map(e -> new Entry(e.version(), e.change(), OptionalInt.of(e.line()))).toList();
            return new Loaded(loaded.register(), loaded.version(), loaded.findings(), () -> entries, loaded::later);
        }
    }

    /** A register in a store, by its id. */
    private static final class InStore extends StoredRegister {
        private final RegisterStore store;
        private final String id;

        InStore(RegisterStore store, String id) {
            this.store = store;
            this.id = id;
        }

        @Override
        String name() {
            return "register " + id + " in " + store;
        }

        @Override
        boolean hasJournal() {
            return true;
        }

        @Override
        Optional<Path> file() {
            return Optional.empty();
        }

        @Override
        String unreadable() {
            return "register " + id + " cannot be read from " + store;
        }

        @Override
        Loaded load(Optional<Instant> recordedUpTo) {
            Stored stored = store.load(id, recordedUpTo);
            return loaded(stored, List.of(), recordedUpTo.isPresent());
        }

        @Override
        Loaded record(Function<Loaded, List<? extends Change>> make, RegisterValidator validator) {
            for (int attempt = 1; ; attempt++) {
                Loaded now = load(Optional.empty());
                List<? extends Change> changes = make.apply(now);
                if (changes.isEmpty()) {
                    return now;
                }
                try {
                    return loaded(store.append(id, changes, validator), now.findings(), false);
                } catch (StoreConflictException e) {
                    if (attempt == 2) {
                        throw e;
                    }
                }
            }
        }

        private Loaded loaded(Stored stored, List<Finding> more, boolean countLater) {
            List<Finding> findings = new ArrayList<>(stored.findings());
            findings.addAll(more);
            long version = stored.version();
            return new Loaded(stored.register(), version, findings,
                    () -> store.history(id, Optional.empty()).stream().filter(r -> r.version() <= version).map(InStore::entry).toList(),
                    () -> countLater ? (int) store.history(id, Optional.empty()).stream().filter(r -> r.version() > version).count() : 0);
        }

        private static Entry entry(Recorded recorded) {
            return new Entry(recorded.version(), recorded.change(), OptionalInt.empty());
        }

        @Override
        public void close() {
            store.close();
        }
    }
}
