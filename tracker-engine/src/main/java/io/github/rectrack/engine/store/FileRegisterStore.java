package io.github.rectrack.engine.store;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.engine.change.Change;
import io.github.rectrack.engine.change.Changes;
import io.github.rectrack.engine.journal.Journal;
import io.github.rectrack.engine.journal.JournalException;
import io.github.rectrack.engine.json.RegisterJson;
import io.github.rectrack.engine.spi.Finding;
import io.github.rectrack.engine.validation.RegisterValidator;
import io.github.rectrack.model.Register;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.apiguardian.api.API;

/**
 * The file store: one register in a canonical JSON file, with the changes recorded to it in the {@link
 * Journal} beside it ({@code register.json} and {@code register.journal.jsonl}). Its URI is {@code
 * file:PATH.json}. The file itself is written once, by {@link #create}, and never rewritten; writers in
 * several threads or processes are kept apart by the journal's lock.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class FileRegisterStore implements RegisterStore {

    private final Path registerFile;
    private final Journal journal;

    private FileRegisterStore(Path registerFile) {
        this.registerFile = registerFile;
        this.journal = Journal.beside(registerFile);
    }

    /**
     * A store over a register file, which need not exist yet ({@link #create} writes it).
     *
     * @param registerFile the register's canonical JSON file, named {@code *.json}
     * @return the store
     * @throws IllegalArgumentException if the file's name does not end with {@code .json}
     */
    public static FileRegisterStore at(Path registerFile) {
        Objects.requireNonNull(registerFile, "registerFile");
        if (registerFile.getFileName() == null || !registerFile.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
            throw new IllegalArgumentException("a file store is a register file named *.json, not '" + registerFile + "'");
        }
        return new FileRegisterStore(registerFile);
    }

    /** @return the register file */
    public Path registerFile() {
        return registerFile;
    }

    /** @return the journal beside it */
    public Journal journal() {
        return journal;
    }

    @Override
    public List<String> registers() {
        if (!Files.exists(registerFile)) {
            return List.of();
        }
        return List.of(loadJournal(Optional.empty()).register().id());
    }

    @Override
    public void create(Register baseline) {
        Objects.requireNonNull(baseline, "baseline");
        if (Files.exists(registerFile)) {
            throw new StoreException(Finding.error(registerFile.toString(), "the file already exists, so register '" + baseline.id()
                    + "' was not created: a file store holds one register and never overwrites it; name a new file"));
        }
        if (journal.exists()) {
            throw new StoreException(Finding.error(journal.file().toString(), "a journal is already beside " + registerFile.getFileName()
                    + ", so register '" + baseline.id() + "' was not created; move the journal aside first"));
        }
        Path directory = registerFile.toAbsolutePath().getParent();
        Path temporary = directory.resolve("." + registerFile.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            if (registerFile.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gz")) {
                // a .json.gz register file is the .json one compressed
                try (OutputStream out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
                    new RegisterJson().write(baseline, out);
                }
            } else {
                try (OutputStream out = Files.newOutputStream(temporary)) {
                    new RegisterJson().write(baseline, out);
                }
            }
            Files.move(temporary, registerFile);
        } catch (FileAlreadyExistsException e) {
            throw new StoreException(Finding.error(registerFile.toString(), "the file was created by another writer while register '"
                    + baseline.id() + "' was being written; it was not overwritten"));
        } catch (IOException e) {
            throw new StoreException(Finding.error(registerFile.toString(), "could not write register '" + baseline.id() + "': "
                    + e.getMessage()), e);
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // the temporary file is named as such and removed by the next write into the folder
            }
        }
    }

    /**
     * Writes the register file and then its journal with the changes. The changes are checked against the
     * register before anything is written; if writing the journal fails, the register file just written is
     * removed again.
     */
    @Override
    public Stored create(Register baseline, List<? extends Change> changes, RegisterValidator validator) {
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(validator, "validator");
        List<Change> copy = List.copyOf(changes);
        if (!copy.isEmpty()) {
            Change first = copy.get(0);
            if (first.stamp().version() != 0) {
                throw new IllegalArgumentException("change " + first.stamp().id() + " was made against version "
                        + first.stamp().version() + ", but a new register is at version 0");
            }
            numbered(copy);
            Changes.applyAll(baseline, copy, validator);
        }
        create(baseline);
        if (copy.isEmpty()) {
            return new Stored(baseline, 0, List.of(), List.of());
        }
        try {
            return append(baseline.id(), copy, validator);
        } catch (RuntimeException e) {
            try {
                Files.deleteIfExists(journal.file());
                Files.deleteIfExists(registerFile);
            } catch (IOException again) {
                e.addSuppressed(again);
            }
            throw e;
        }
    }

    @Override
    public Stored load(String registerId, Optional<Instant> recordedUpTo) {
        Journal.Loaded loaded = loadJournal(Objects.requireNonNull(recordedUpTo, "recordedUpTo"));
        holds(registerId, loaded.register());
        return new Stored(loaded.register(), loaded.version(), List.of(), loaded.findings());
    }

    @Override
    public Stored append(String registerId, List<? extends Change> changes, RegisterValidator validator) {
        List<Change> copy = List.copyOf(changes);
        Objects.requireNonNull(validator, "validator");
        long[] before = new long[1];
        Journal.Loaded after;
        try {
            after = journal.record(now -> {
                holds(registerId, now.register());
                check(copy, now);
                before[0] = now.version();
                return copy;
            }, validator);
        } catch (JournalException e) {
            throw new StoreException(e.findings());
        }
        List<Recorded> recorded = after.entries().stream().filter(e -> e.version() > before[0])
                .map(e -> new Recorded(e.version(), e.change())).toList();
        return new Stored(after.register(), after.version(), recorded, after.findings());
    }

    @Override
    public List<Recorded> history(String registerId, Optional<String> subject) {
        Journal.Loaded loaded = loadJournal(Optional.empty());
        holds(registerId, loaded.register());
        List<Journal.Entry> entries = subject.map(loaded::about).orElse(loaded.entries());
        return entries.stream().map(e -> new Recorded(e.version(), e.change())).toList();
    }

    @Override
    public void close() {
        // nothing is held open between calls
    }

    @Override
    public String toString() {
        return "file:" + registerFile;
    }

    private void check(List<Change> changes, Journal.Loaded now) {
        if (changes.isEmpty()) {
            return;
        }
        Change first = changes.get(0);
        if (first.stamp().version() != now.version()) {
            Optional<Recorded> winner = now.entries().stream().filter(e -> e.version() == first.stamp().version() + 1).findFirst()
                    .map(e -> new Recorded(e.version(), e.change()));
            throw new StoreConflictException(registerFile + " version " + now.version(), first, now.version(), winner);
        }
        numbered(changes);
    }

    private static void numbered(List<Change> changes) {
        Change first = changes.get(0);
        for (int i = 1; i < changes.size(); i++) {
            Change change = changes.get(i);
            if (change.stamp().version() != first.stamp().version() + i) {
                throw new IllegalArgumentException("change " + change.stamp().id() + " (the " + (i + 1) + ". of the append) was made"
                        + " against version " + change.stamp().version() + ", but follows a change that makes version "
                        + (first.stamp().version() + i) + "; number the changes of one append one after another");
            }
        }
    }

    private void holds(String registerId, Register register) {
        Objects.requireNonNull(registerId, "registerId");
        if (!register.id().equals(registerId)) {
            throw new StoreException(Finding.error(registerFile.toString(), "the file holds register '" + register.id()
                    + "', not '" + registerId + "'"));
        }
    }

    private Journal.Loaded loadJournal(Optional<Instant> recordedUpTo) {
        try {
            return journal.load(recordedUpTo);
        } catch (JournalException e) {
            throw new StoreException(e.findings());
        }
    }
}
