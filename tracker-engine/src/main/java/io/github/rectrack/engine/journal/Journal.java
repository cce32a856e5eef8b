package io.github.rectrack.engine.journal;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.rectrack.engine.change.Change;
import io.github.rectrack.engine.change.Changes;
import io.github.rectrack.engine.change.RefusedChangeException;
import io.github.rectrack.engine.json.ChangeJson;
import io.github.rectrack.engine.json.RegisterJson;
import io.github.rectrack.engine.spi.Finding;
import io.github.rectrack.engine.spi.ImportResult;
import io.github.rectrack.engine.validation.RegisterValidator;
import io.github.rectrack.model.Register;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * The journal beside a register file: every change recorded since the file was written, one JSON line each,
 * appended and never rewritten.
 *
 * <p>The journal of {@code register.json} is {@code register.journal.jsonl} in the same folder. Its first
 * line names the register and holds the SHA-256 of the register file it started from (the baseline); each
 * later line holds one {@link Change}. Every line is {@code {"sha256":"…","change":{…}}} (or {@code
 * "journal"} for the first), where the hash is of the bytes of the object after it, so a line edited by hand
 * fails its check and is named by its number. A last line without its line break is a write that was
 * stopped part way: it is reported and ignored, and the register loads as recorded before it; the next
 * write removes it.
 *
 * <p>Writers take a lock on the journal file (and, within one process, on its path), read the journal to
 * its end, check and apply their changes to the register as recorded now, and append them; a writer
 * waits for another to finish, and a change made against an older version is refused with the change that
 * got there first. Readers take no lock.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class Journal {

    /** What a journal's file name ends with. */
    public static final String SUFFIX = ".journal.jsonl";

    /** The version of the journal's format, written in its first line. */
    public static final int FORMAT = 1;

    /** Largest journal read; a change is a few hundred bytes, so this is millions of changes. */
    public static final long MAX_JOURNAL_BYTES = 1L << 30;

    private static final ConcurrentHashMap<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();
    private static final String PREFIX = "{\"sha256\":\"";
    private static final int HASH_LENGTH = 64;
    private static final ObjectMapper HEADER_MAPPER = new ObjectMapper();

    private final Path registerFile;
    private final Path file;
    private final ChangeJson changeJson = new ChangeJson();
    private volatile Read lastRead;

    /**
     * The register file's identity and the complete journal lines as last read, and what they parsed to: a later
     * read that finds the same register file and a journal beginning with these lines parses only the lines added
     * since. The register file is not kept: it is as large as the register it holds.
     */
    private record Read(HashingRead.Identity register, byte[] journal, Parsed parsed) {}

    private Journal(Path registerFile) {
        this.registerFile = registerFile;
        this.file = pathFor(registerFile);
    }

    /**
     * The journal beside a register file (which need not have one yet).
     *
     * @param registerFile the register's canonical JSON file
     * @return its journal
     */
    public static Journal beside(Path registerFile) {
        return new Journal(Objects.requireNonNull(registerFile, "registerFile"));
    }

    /**
     * Where a register file's journal is: {@code NAME.journal.jsonl} beside {@code NAME.json} or {@code NAME.json.gz}.
     *
     * @param registerFile the register file
     * @return the journal's path
     */
    public static Path pathFor(Path registerFile) {
        String name = registerFile.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        String stem = lower.endsWith(".json") ? name.substring(0, name.length() - 5)
                : lower.endsWith(".json.gz") ? name.substring(0, name.length() - 8) : name;
        return registerFile.resolveSibling(stem + SUFFIX);
    }

    /** @return the register file */
    public Path registerFile() {
        return registerFile;
    }

    /** @return the journal file */
    public Path file() {
        return file;
    }

    /** @return whether the journal holds anything (a file that exists and is not empty) */
    public boolean exists() {
        try {
            return Files.isRegularFile(file) && Files.size(file) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * One recorded change, where it is in the journal.
     *
     * @param line the journal line it is on, counting from 1 (line 1 is the journal's heading)
     * @param version the register version it made: one more than the version it was made against
     * @param change what was recorded: who recorded it, when, against which version, and what it adds or changes
     */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    public record Entry(int line, long version, Change change) {
        /**
         * Checks for nulls.
         *
         * @param line the journal line it is on, counting from 1 (line 1 is the journal's heading)
         * @param version the register version it made: one more than the version it was made against
         * @param change what was recorded: who recorded it, when, against which version, and what it adds or changes
         */
        public Entry {
            Objects.requireNonNull(change, "change");
        }
    }

    /**
     * A register as recorded: its baseline file with the journal's changes applied.
     *
     * @param register the register as it stands after those changes
     * @param version its version: the number of changes applied to the baseline
     * @param entries the changes applied, in order
     * @param later how many changes the journal holds that were recorded after {@code recordedUpTo} and so
     *     were not applied
     * @param recordedUpTo the instant the register is as recorded at, or empty for everything recorded
     * @param findings what loading found that did not stop it (a torn last line)
     */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    public record Loaded(Register register, long version, List<Entry> entries, int later, Optional<Instant> recordedUpTo,
            List<Finding> findings) {
        /**
         * Checks for nulls and copies the lists.
         *
         * @param register the register as it stands after those changes
         * @param version its version: the number of changes applied to the baseline
         * @param entries the changes applied, in order
         * @param later how many changes the journal holds that were recorded after {@code recordedUpTo} and
         *     so were not applied
         * @param recordedUpTo the instant the register is as recorded at, or empty for everything recorded
         * @param findings what loading found that did not stop it (a torn last line)
         */
        public Loaded {
            Objects.requireNonNull(register, "register");
            entries = List.copyOf(entries);
            Objects.requireNonNull(recordedUpTo, "recordedUpTo");
            findings = List.copyOf(findings);
        }

        /**
         * @param id the id of a recommendation or source
         * @return the entries whose change is about it, in the order recorded
         */
        public List<Entry> about(String id) {
            return entries.stream().filter(e -> e.change().subject().filter(id::equals).isPresent()).toList();
        }
    }

    /**
     * Loads the register as recorded now: the baseline with every change in the journal.
     *
     * @return the register and its history
     * @throws JournalException if the register or the journal cannot be read, naming the line
     */
    public Loaded load() {
        return load(Optional.empty());
    }

    /**
     * Loads the register as recorded at an instant: the baseline with the journal's changes up to the first
     * one recorded after it.
     *
     * @param recordedUpTo the instant, or empty for everything recorded
     * @return the register and its history
     * @throws JournalException if the register or the journal cannot be read, naming the line
     */
    public Loaded load(Optional<Instant> recordedUpTo) {
        Objects.requireNonNull(recordedUpTo, "recordedUpTo");
        byte[] journal;
        try {
            journal = Files.isRegularFile(file) ? readBounded(file) : new byte[0];
        } catch (IOException e) {
            throw new JournalException(Finding.error(file.toString(), "could not read the journal: " + e.getMessage()));
        }
        return parse(journal, recordedUpTo).loaded;
    }

    /**
     * Appends changes made against the register as recorded now. Under the journal's lock, the journal is
     * read to its end; the first change must have been made against that version and each next against
     * the one after; each is checked and applied in turn, and the register after the last is validated
     * once ({@link Changes#applyAll}); then all are appended and forced to disk. If any is refused, none is written.
     *
     * @param changes the changes, in order
     * @param validator checks the register after each change
     * @return the register as recorded after them, with the warnings the changes raised
     * @throws JournalException if a change was made against an older version, or the journal cannot be read
     * @throws RefusedChangeException if a change is refused
     */
    public Loaded append(List<? extends Change> changes, RegisterValidator validator) {
        List<Change> copy = List.copyOf(changes);
        return record(current -> copy, validator);
    }

    /**
     * Makes changes against the register as recorded now and appends them, holding the journal's lock from
     * reading to writing so that no other writer comes between.
     *
     * @param make given the register as recorded now, the changes to record; their versions must follow on
     *     from its version
     * @param validator checks the register after each change
     * @return the register as recorded after them, with the warnings the changes raised
     * @throws JournalException if a change was made against another version, or the journal cannot be read
     * @throws RefusedChangeException if a change is refused
     */
    public Loaded record(Function<Loaded, List<? extends Change>> make, RegisterValidator validator) {
        Objects.requireNonNull(make, "make");
        Objects.requireNonNull(validator, "validator");
        ReentrantLock local = LOCKS.computeIfAbsent(file.toAbsolutePath().normalize(), p -> new ReentrantLock());
        local.lock();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
                FileLock lock = channel.lock()) {
            byte[] journal = readAll(channel);
            Parsed parsed = parse(journal, Optional.empty());
            List<Finding> findings = new ArrayList<>(parsed.loaded.findings());
            List<Change> changes = List.copyOf(make.apply(parsed.loaded));
            long version = parsed.loaded.version();
            Register register = parsed.loaded.register();
            List<Entry> entries = new ArrayList<>(parsed.loaded.entries());
            StringBuilder out = new StringBuilder();
            if (parsed.completeBytes == 0) {
                out.append(line("journal", header(parsed.baselineSha256, register.id()))).append('\n');
            }
            int lineNumber = parsed.lines;
            Register before = register;
            Changes.Replayer replayer = new Changes.Replayer(register);
            for (Change change : changes) {
                if (change.stamp().version() != version) {
                    throw conflict(change, version, parsed.loaded.entries());
                }
                register = replayer.apply(change);
                version++;
                lineNumber = lineNumber == 0 ? 2 : lineNumber + 1;
                entries.add(new Entry(lineNumber, version, change));
                out.append(line("change", changeJson.write(change))).append('\n');
            }
            findings.addAll(Changes.check(before, register, changes, validator));
            if (!changes.isEmpty()) {
                if (parsed.completeBytes < journal.length) {
                    channel.truncate(parsed.completeBytes);
                }
                ByteBuffer bytes = ByteBuffer.wrap(out.toString().getBytes(StandardCharsets.UTF_8));
                long position = parsed.completeBytes;
                while (bytes.hasRemaining()) {
                    position += channel.write(bytes, position);
                }
                channel.force(true);
                byte[] written = out.toString().getBytes(StandardCharsets.UTF_8);
                byte[] now = Arrays.copyOf(journal, (int) parsed.completeBytes + written.length);
                System.arraycopy(written, 0, now, (int) parsed.completeBytes, written.length);
                Loaded after = new Loaded(register, version, entries, 0, Optional.empty(), List.of());
                lastRead = new Read(parsed.registerIdentity, now, new Parsed(after, parsed.baselineSha256, now.length,
                        parsed.lines == 0 ? 1 + changes.size() : parsed.lines + changes.size(), parsed.registerIdentity));
            }
            return new Loaded(register, version, entries, 0, Optional.empty(), findings);
        } catch (IOException e) {
            throw new JournalException(Finding.error(file.toString(), "could not write the journal: " + e.getMessage()
                    + "; nothing was recorded"));
        } finally {
            local.unlock();
        }
    }

    private JournalException conflict(Change change, long version, List<Entry> entries) {
        String message = "change " + change.stamp().id() + " (" + change.type() + ") was made against version "
                + change.stamp().version() + ", but the register is at version " + version;
        if (change.stamp().version() < version && !entries.isEmpty()) {
            Entry first = entries.stream().filter(e -> e.version() == change.stamp().version() + 1).findFirst()
                    .orElse(entries.get(entries.size() - 1));
            Change there = first.change();
            message += ": change " + there.stamp().id() + " (" + there.type() + there.subject().map(s -> " on " + s).orElse("")
                    + ", recorded by " + there.stamp().recordedBy() + " at " + there.stamp().recordedAt()
                    + ") got there first; load the register again and make the change against it";
        }
        return new JournalException(Finding.error(file + " version " + version, message));
    }

    // --- reading

    private record Parsed(Loaded loaded, String baselineSha256, long completeBytes, int lines,
            HashingRead.Identity registerIdentity) {}

    /** The register file parsed, with its SHA-256 and identity. */
    private record Baseline(Register register, String sha256, HashingRead.Identity identity) {}

    /**
     * Parses the register file, reading it once: its SHA-256 and identity are worked out on a thread of their own
     * from the same bytes as the parser reads.
     */
    private Baseline readRegister() {
        try {
            if (Files.size(registerFile) > RegisterJson.DEFAULT_MAX_DOCUMENT_BYTES) {
                throw new JournalException(Finding.error(registerFile.toString(), "the register file is larger than "
                        + RegisterJson.DEFAULT_MAX_DOCUMENT_BYTES + " bytes"));
            }
            try (HashingRead in = new HashingRead(Files.newInputStream(registerFile))) {
                ImportResult read = new RegisterJson().read(in, registerFile.toString());
                if (read.register().isEmpty()) {
                    throw new JournalException(read.findings());
                }
                HashingRead.Hashes hashes = in.finish();
                return new Baseline(read.register().get(), hashes.sha256(), hashes.identity());
            }
        } catch (NoSuchFileException e) {
            throw new JournalException(Finding.error(registerFile.toString(), "no such file: " + registerFile));
        } catch (IOException e) {
            throw new JournalException(Finding.error(registerFile.toString(), "could not read the register: " + e.getMessage()));
        }
    }

    /** The register file's identity now, to compare with the one last read. */
    private HashingRead.Identity registerIdentity() {
        try {
            return HashingRead.Identity.of(registerFile);
        } catch (NoSuchFileException e) {
            throw new JournalException(Finding.error(registerFile.toString(), "no such file: " + registerFile));
        } catch (IOException e) {
            throw new JournalException(Finding.error(registerFile.toString(), "could not read the register: " + e.getMessage()));
        }
    }

    private Parsed parse(byte[] journal, Optional<Instant> upTo) {
        int complete = lastLineBreak(journal) + 1;
        Read known = lastRead;
        boolean resume = upTo.isEmpty() && known != null && known.journal.length <= complete
                && Arrays.equals(journal, 0, known.journal.length, known.journal, 0, known.journal.length)
                && known.register.equals(registerIdentity());
        String baseline;
        Register register;
        HashingRead.Identity identity;
        List<Entry> entries = new ArrayList<>();
        long version = 0;
        int skip = 0;
        int from = 0;
        if (resume) {
            baseline = known.parsed.baselineSha256;
            register = known.parsed.loaded.register();
            identity = known.register;
            entries.addAll(known.parsed.loaded.entries());
            version = known.parsed.loaded.version();
            skip = known.parsed.lines;
            from = known.journal.length;
        } else {
            Baseline read = readRegister();
            register = read.register();
            baseline = read.sha256();
            identity = read.identity();
        }
        List<Finding> findings = new ArrayList<>();
        String text = new String(journal, from, complete - from, StandardCharsets.UTF_8);
        List<String> tail = text.isEmpty() ? List.of() : List.of(text.substring(0, text.length() - 1).split("\n", -1));
        int total = skip + tail.size();
        if (complete < journal.length) {
            findings.add(Finding.warning(file + " line " + (total + 1), "the last line is incomplete: the program writing it"
                    + " was stopped part way; it was ignored, and the register is as recorded before it"));
        }
        int later = 0;
        Changes.Replayer replayer = tail.isEmpty() ? null : new Changes.Replayer(register);
        for (int t = 0; t < tail.size(); t++) {
            int i = skip + t;
            int number = i + 1;
            String at = file + " line " + number;
            String line = tail.get(t);
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            if (number == 1) {
                checkHeader(line, at, baseline, register);
                continue;
            }
            Change change;
            try {
                change = changeJson.read(payload(line, at, "change"), at);
            } catch (ChangeJson.InvalidChangeException e) {
                throw new JournalException(e.finding());
            }
            if (change.stamp().version() != version + later) {
                throw new JournalException(Finding.error(at, "the change was made against version " + change.stamp().version()
                        + ", but the line before it leaves the register at version " + (version + later)
                        + ": lines were removed, repeated or reordered"));
            }
            if (later > 0 || upTo.filter(u -> change.stamp().recordedAt().isAfter(u)).isPresent()) {
                later++;
                continue;
            }
            try {
                register = replayer.apply(change);
            } catch (RefusedChangeException e) {
                throw new JournalException(Stream.concat(Stream.of(Finding.error(at, "the change cannot be applied to the register"
                        + " as recorded before it")), e.findings().stream()).toList());
            }
            version++;
            entries.add(new Entry(number, version, change));
        }
        Parsed parsed = new Parsed(new Loaded(register, version, entries, later, upTo, findings), baseline, complete, total,
                identity);
        if (upTo.isEmpty()) {
            lastRead = new Read(identity, Arrays.copyOf(journal, complete), parsed);
        }
        return parsed;
    }

    private void checkHeader(String line, String at, String baseline, Register register) {
        JsonNode header;
        try {
            header = HEADER_MAPPER.readTree(payload(line, at, "journal"));
        } catch (JsonProcessingException e) {
            throw new JournalException(Finding.error(at, "the journal's heading is not JSON: " + e.getOriginalMessage()));
        }
        if (header.path("format").asInt(-1) != FORMAT) {
            throw new JournalException(Finding.error(at, "the journal is in format " + header.path("format")
                    + "; this version reads format " + FORMAT));
        }
        String recorded = header.path("baseline").asText("");
        if (!recorded.equals(baseline)) {
            throw new JournalException(Finding.error(at, registerFile + " was changed after its journal began: the journal's"
                    + " changes were recorded against a file with SHA-256 " + recorded + ", and the file now has " + baseline
                    + ". Put back the file the journal began from, or move the journal aside to start a new one from this file"));
        }
        String id = header.path("register").asText("");
        if (!id.equals(register.id())) {
            throw new JournalException(Finding.error(at, "the journal is for register '" + id + "', not '" + register.id() + "'"));
        }
    }

    /** The object after the checksum, once the checksum is found to match it. */
    private static String payload(String line, String at, String key) {
        String middle = "\",\"" + key + "\":";
        int start = PREFIX.length() + HASH_LENGTH + middle.length();
        if (!line.startsWith(PREFIX) || line.length() < start + 1 || !line.startsWith(middle, PREFIX.length() + HASH_LENGTH)
                || !line.endsWith("}")) {
            throw new JournalException(Finding.error(at, line.isBlank() ? "the line is empty"
                    : "the line is not a journal line: expected {\"sha256\":\"<64 hex digits>\",\"" + key + "\":{…}}"));
        }
        String hash = line.substring(PREFIX.length(), PREFIX.length() + HASH_LENGTH);
        String payload = line.substring(start, line.length() - 1);
        String actual = sha256(payload.getBytes(StandardCharsets.UTF_8));
        if (!actual.equals(hash)) {
            throw new JournalException(Finding.error(at, "the line fails its checksum (it holds " + hash + ", its content hashes"
                    + " to " + actual + "): it was changed after it was written. Journals are appended to, never edited; put the"
                    + " line back as it was, and record a correction as a change of its own"));
        }
        return payload;
    }

    private static String line(String key, String payload) {
        return PREFIX + sha256(payload.getBytes(StandardCharsets.UTF_8)) + "\",\"" + key + "\":" + payload + "}";
    }

    private static String header(String baseline, String registerId) {
        ObjectNode node = HEADER_MAPPER.createObjectNode();
        node.put("format", FORMAT);
        node.put("register", registerId);
        node.put("baseline", baseline);
        return node.toString();
    }

    private static int lastLineBreak(byte[] bytes) {
        for (int i = bytes.length - 1; i >= 0; i--) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private byte[] readBounded(Path path) throws IOException {
        if (Files.size(path) > MAX_JOURNAL_BYTES) {
            throw new JournalException(Finding.error(path.toString(), "the journal is larger than " + MAX_JOURNAL_BYTES + " bytes"));
        }
        return Files.readAllBytes(path);
    }

    private byte[] readAll(FileChannel channel) throws IOException {
        long size = channel.size();
        if (size > MAX_JOURNAL_BYTES) {
            throw new JournalException(Finding.error(file.toString(), "the journal is larger than " + MAX_JOURNAL_BYTES + " bytes"));
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) size);
        long position = 0;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, position);
            if (n < 0) {
                break;
            }
            position += n;
        }
        return buffer.array();
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(HashingRead.sha256().digest(bytes));
    }
}
