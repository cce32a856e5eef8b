package io.github.rectrack.engine.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rectrack.engine.change.Change;
import io.github.rectrack.engine.change.Changes;
import io.github.rectrack.engine.change.RefusedChangeException;
import io.github.rectrack.engine.change.Stamp;
import io.github.rectrack.engine.json.RegisterJson;
import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.engine.spi.Finding;
import io.github.rectrack.engine.validation.RegisterValidator;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.ProgressUpdate;
import io.github.rectrack.model.Register;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal beside the 2020 JARAP register: replayed on load, checked line by line, safe to write from several places. */
class JournalTest {

    static final String GOVERNANCE = "code-of-governance-2018-4.1";
    static final RegisterValidator VALIDATOR = new RegisterValidator();

    @TempDir
    Path dir;
    Path registerFile;
    Journal journal;

    @BeforeEach
    void writeRegister() throws IOException {
        registerFile = dir.resolve("jarap.json");
        try (OutputStream out = Files.newOutputStream(registerFile)) {
            new RegisterJson().write(ReferenceRegister.LEICESTERSHIRE_2020.load(), out);
        }
        journal = Journal.beside(registerFile);
    }

    @AfterAll
    static void close() {
        VALIDATOR.close();
    }

    static Change update(long version, String text) {
        return new Change.AddUpdate(new Stamp("u" + version, Instant.parse("2020-10-08T09:00:00Z").plusSeconds(3600 * version),
                "aco-finance", version), GOVERNANCE, ProgressUpdate.of(PartialDate.of(2020, 10, 8), text));
    }

    List<String> lines() throws IOException {
        return Files.readAllLines(journal.file(), StandardCharsets.UTF_8);
    }

    @Test
    void theJournalSitsBesideTheRegisterAndLoadingReplaysIt() throws IOException {
        assertThat(journal.file()).isEqualTo(dir.resolve("jarap.journal.jsonl"));
        assertThat(journal.exists()).isFalse();
        assertThat(journal.load().version()).isZero();

        Journal.Loaded recorded = journal.append(List.of(update(0, "first"), update(1, "second"), update(2, "third")), VALIDATOR);
        assertThat(recorded.version()).isEqualTo(3);
        Journal.Loaded loaded = journal.load();
        assertThat(loaded.version()).isEqualTo(3);
        assertThat(loaded.findings()).isEmpty();
        assertThat(loaded.entries()).extracting(Journal.Entry::line).containsExactly(2, 3, 4);
        assertThat(loaded.entries()).extracting(Journal.Entry::version).containsExactly(1L, 2L, 3L);
        Register expected = Changes.replay(ReferenceRegister.LEICESTERSHIRE_2020.load(), List.of(update(0, "first"), update(1, "second"),
                update(2, "third")));
        assertThat(new RegisterJson().writeToString(loaded.register())).isEqualTo(new RegisterJson().writeToString(expected));
        assertThat(new RegisterJson().writeToString(recorded.register())).isEqualTo(new RegisterJson().writeToString(expected));

        List<String> lines = lines();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).matches("\\{\"sha256\":\"[0-9a-f]{64}\",\"journal\":\\{\"format\":1,"
                + "\"register\":\"leicestershire-jarap-2020-10\",\"baseline\":\"[0-9a-f]{64}\"}}");
        assertThat(lines.get(1)).matches("\\{\"sha256\":\"[0-9a-f]{64}\",\"change\":\\{\"type\":\"update\",.*\"text\":\"first\"}}}");
        assertThat(loaded.about(GOVERNANCE)).hasSize(3);
        assertThat(loaded.about("victims-code-of-practice-2017-4.3")).isEmpty();
    }

    /**
     * The heading keeps the SHA-256 of the register file as the journal began (worked out beside the parsing); a
     * register file changed since then is refused by name, with both hashes, whether or not it still parses.
     */
    @Test
    void aRegisterFileChangedAfterItsJournalBeganIsRefusedWithBothHashes() throws IOException {
        byte[] before = Files.readAllBytes(registerFile);
        journal.append(List.of(update(0, "first")), VALIDATOR);
        String heading = lines().get(0);
        assertThat(heading).contains("\"baseline\":\"" + Journal.sha256(before) + "\"");
        // the same register with one letter of its organisation's name changed: it still parses
        String text = new String(before, StandardCharsets.UTF_8);
        String organisation = ReferenceRegister.LEICESTERSHIRE_2020.load().organisation();
        Files.writeString(registerFile, text.replace("\"" + organisation + "\"", "\"" + organisation.replace('e', 'E') + "\""));
        byte[] after = Files.readAllBytes(registerFile);
        assertThat(after).isNotEqualTo(before);
        assertThat(after).hasSameSizeAs(before);
        // a journal read afresh, and the one that wrote the heading, which keeps the file's identity and not its bytes
        for (Journal reader : List.of(Journal.beside(registerFile), journal)) {
            assertThatThrownBy(reader::load).isInstanceOf(JournalException.class)
                    .satisfies(e -> assertThat(((JournalException) e).findings()).singleElement().satisfies(finding -> {
                        assertThat(finding.location()).isEqualTo(reader.file() + " line 1");
                        assertThat(finding.message()).startsWith(registerFile + " was changed after its journal began: the journal's"
                                + " changes were recorded against a file with SHA-256 " + Journal.sha256(before) + ", and the file now has "
                                + Journal.sha256(after));
                    }));
        }
    }

    @Test
    void aTornLastLineIsReportedAndIgnoredAndTheNextWriteRemovesIt() throws IOException {
        journal.append(List.of(update(0, "first"), update(1, "second")), VALIDATOR);
        List<String> lines = lines();
        String last = lines.get(2);
        // the second change's line cut in half, as a writer stopped mid-write leaves it
        Files.writeString(journal.file(), lines.get(0) + "\n" + lines.get(1) + "\n" + last.substring(0, last.length() / 2));

        Journal.Loaded loaded = journal.load();
        assertThat(loaded.version()).isEqualTo(1);
        assertThat(loaded.findings()).containsExactly(Finding.warning(journal.file() + " line 3", "the last line is incomplete: the"
                + " program writing it was stopped part way; it was ignored, and the register is as recorded before it"));

        Journal.Loaded after = journal.append(List.of(update(1, "second, again")), VALIDATOR);
        assertThat(after.version()).isEqualTo(2);
        assertThat(lines()).hasSize(3).last().asString().contains("second, again");
        assertThat(journal.load().findings()).isEmpty();
    }

    @Test
    void aJournalReadBeforeReadsTheLinesAddedSinceAndStillSeesAnEarlierLineEdited() throws IOException {
        journal.append(List.of(update(0, "first"), update(1, "second")), VALIDATOR);
        assertThat(journal.load().version()).isEqualTo(2);

        Journal elsewhere = Journal.beside(registerFile);
        elsewhere.append(List.of(update(2, "third"), update(3, "fourth")), VALIDATOR);
        Journal.Loaded loaded = journal.load();
        assertThat(loaded.version()).isEqualTo(4);
        assertThat(loaded.entries()).extracting(Journal.Entry::line).containsExactly(2, 3, 4, 5);
        assertThat(new RegisterJson().writeToString(loaded.register()))
                .isEqualTo(new RegisterJson().writeToString(Journal.beside(registerFile).load().register()))
                .contains("fourth");
        assertThat(journal.append(List.of(update(4, "fifth")), VALIDATOR).version()).isEqualTo(5);

        String text = Files.readString(journal.file());
        Files.writeString(journal.file(), text.replace("\"text\":\"second\"", "\"text\":\"secnod\""));
        assertThatThrownBy(journal::load).isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.findings())
                .singleElement().satisfies(f -> assertThat(f.location()).isEqualTo(journal.file() + " line 3")));
    }

    @Test
    void aLineEditedByHandFailsItsChecksumWithItsLineNumber() throws IOException {
        journal.append(List.of(update(0, "first"), update(1, "second")), VALIDATOR);
        String text = Files.readString(journal.file());
        Files.writeString(journal.file(), text.replace("\"text\":\"first\"", "\"text\":\"fist\""));
        assertThatThrownBy(journal::load).isInstanceOfSatisfying(JournalException.class, e -> {
            assertThat(e.findings()).singleElement().satisfies(f -> {
                assertThat(f.location()).isEqualTo(journal.file() + " line 2");
                assertThat(f.message()).startsWith("the line fails its checksum").contains("it was changed after it was written");
            });
        });
    }

    @Test
    void aRegisterFileChangedUnderItsJournalIsRefusedNotReplayedOntoTheWrongBaseline() throws IOException {
        journal.append(List.of(update(0, "first")), VALIDATOR);
        Files.writeString(registerFile, Files.readString(registerFile).replace("Seized & Found Property", "Seized and Found Property"));
        assertThatThrownBy(journal::load).isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.getMessage())
                .contains(journal.file() + " line 1").contains(registerFile + " was changed after its journal began"));
        assertThatThrownBy(() -> journal.append(List.of(update(1, "second")), VALIDATOR)).isInstanceOf(JournalException.class);
        assertThat(lines()).hasSize(2);
    }

    @Test
    void aChangeMadeAgainstAnOlderVersionIsRefusedNamingTheOneThatGotThereFirst() throws IOException {
        journal.append(List.of(update(0, "first")), VALIDATOR);
        assertThatThrownBy(() -> journal.append(List.of(update(0, "late")), VALIDATOR))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.findings().get(0).message())
                        .isEqualTo("change u0 (update) was made against version 0, but the register is at version 1: change u0"
                                + " (update on code-of-governance-2018-4.1, recorded by aco-finance at 2020-10-08T09:00:00Z) got there"
                                + " first; load the register again and make the change against it"));
        assertThat(lines()).hasSize(2);
    }

    @Test
    void aRefusedChangeWritesNothingEvenInTheMiddleOfSeveral() throws IOException {
        Change bad = new Change.AddUpdate(new Stamp("bad", Instant.parse("2020-10-09T09:00:00Z"), "aco-finance", 1), "no-such-rec",
                ProgressUpdate.of(PartialDate.of(2020, 10, 8), "lost"));
        assertThatThrownBy(() -> journal.append(List.of(update(0, "first"), bad), VALIDATOR)).isInstanceOf(RefusedChangeException.class);
        assertThat(journal.exists()).isFalse();
        assertThat(journal.load().version()).isZero();
    }

    @Test
    void asRecordedAtAnInstantReplaysOnlyWhatWasRecordedByThen() {
        journal.append(List.of(update(0, "first"), update(1, "second"), update(2, "third")), VALIDATOR);
        Journal.Loaded then = journal.load(Optional.of(Instant.parse("2020-10-08T10:30:00Z")));
        assertThat(then.version()).isEqualTo(2);
        assertThat(then.later()).isEqualTo(1);
        assertThat(then.entries()).extracting(e -> e.change().stamp().id()).containsExactly("u0", "u1");
    }

    @Test
    void eightThreadsRecordingAtOnceLoseNoChange() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                for (int i = 0; i < 10; i++) {
                    int n = i;
                    journal.record(now -> List.of(new Change.AddUpdate(new Stamp("t" + thread + "-" + n,
                            Instant.parse("2020-10-08T09:00:00Z"), "aco-finance", now.version()), GOVERNANCE,
                            ProgressUpdate.of(PartialDate.of(2020, 10, 8), "thread " + thread + " update " + n))), VALIDATOR);
                }
            }));
        }
        for (Future<?> future : futures) {
            future.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();
        Journal.Loaded loaded = journal.load();
        assertThat(loaded.version()).isEqualTo(80);
        Set<String> ids = new HashSet<>();
        loaded.entries().forEach(e -> ids.add(e.change().stamp().id()));
        assertThat(ids).hasSize(80);
    }

    @Test
    void twoProcessesRecordingIntoOneRegisterAtOnceLoseNoChange() throws Exception {
        Process a = child("writer-a", 25);
        Process b = child("writer-b", 25);
        assertThat(a.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(b.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(new String(a.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).contains("done");
        assertThat(new String(b.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).contains("done");
        Journal.Loaded loaded = journal.load();
        assertThat(loaded.version()).isEqualTo(50);
        assertThat(loaded.entries()).filteredOn(e -> e.change().stamp().recordedBy().equals("writer-a")).hasSize(25);
        assertThat(loaded.entries()).filteredOn(e -> e.change().stamp().recordedBy().equals("writer-b")).hasSize(25);
    }

    @Test
    void killingAWriterLosesNoEarlierChangeAndTheRegisterLoads() throws Exception {
        Process writer = child("writer-k", 100_000);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while ((!Files.exists(journal.file()) || Files.readAllLines(journal.file()).size() < 20) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        writer.destroyForcibly();
        assertThat(writer.waitFor(1, TimeUnit.MINUTES)).isTrue();
        List<String> complete = lines();
        assertThat(complete.size()).isGreaterThanOrEqualTo(20);
        Journal.Loaded loaded = journal.load();
        long wholeLines = Files.readString(journal.file()).chars().filter(c -> c == '\n').count();
        assertThat(loaded.version()).isEqualTo(wholeLines - 1);
        assertThat(loaded.entries()).extracting(e -> e.change().stamp().id())
                .startsWith("writer-k-0", "writer-k-1", "writer-k-2");
        assertThat(loaded.findings()).allSatisfy(f -> assertThat(f.message()).startsWith("the last line is incomplete"));
        // and the register takes new changes after the kill
        assertThat(journal.append(List.of(update(loaded.version(), "after the kill")), VALIDATOR).version()).isEqualTo(loaded.version() + 1);
    }

    private Process child(String writer, int count) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), JournalWriterMain.class.getName(),
                registerFile.toString(), writer, String.valueOf(count), GOVERNANCE)
                .redirectErrorStream(true)
                .start();
    }
}
