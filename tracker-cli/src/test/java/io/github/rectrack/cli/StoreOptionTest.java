package io.github.rectrack.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rectrack.engine.change.Change;
import io.github.rectrack.engine.change.Stamp;
import io.github.rectrack.engine.journal.Journal;
import io.github.rectrack.engine.json.RegisterJson;
import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.engine.store.RegisterStore;
import io.github.rectrack.engine.store.RegisterStores;
import io.github.rectrack.engine.store.StoreConflictException;
import io.github.rectrack.engine.store.Stored;
import io.github.rectrack.engine.validation.RegisterValidator;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.ProgressUpdate;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --store} and {@code tracker store} against a real PostgreSQL (started once for the class from Maven
 * Central binaries; each test has a database of its own, owned by a user who logs in with a password).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoreOptionTest extends CommandLineTest {

    static final String GOVERNANCE = "code-of-governance-2018-4.1";
    static final String REGISTER = "leicestershire-jarap-2020-10";
    static final String PASSWORD = "Tr4cker-s3cret";
    static final String WRONG_PASSWORD = "Wr0ng-Pa55word";

    private EmbeddedPostgres postgres;
    private Path data;
    private int databases;
    private String uri;

    @TempDir
    Path dir;
    Path file;

    @BeforeAll
    void startPostgres() throws IOException, SQLException {
        data = Files.createTempDirectory("tracker-cli-postgres");
        postgres = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(true).start();
        // the user 'tracker' must give its password over TCP; the test's own superuser connections stay trusted
        Files.writeString(data.resolve("pg_hba.conf"), String.join("\n",
                "host all tracker 127.0.0.1/32 scram-sha-256",
                "host all tracker ::1/128 scram-sha-256",
                "host all all 127.0.0.1/32 trust",
                "host all all ::1/128 trust",
                "local all all trust", ""));
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("SET password_encryption = 'scram-sha-256'");
            s.execute("CREATE ROLE tracker LOGIN PASSWORD '" + PASSWORD + "'");
            s.execute("SELECT pg_reload_conf()");
        }
    }

    @AfterAll
    void stopPostgres() throws IOException {
        postgres.close();
    }

    @BeforeEach
    void newDatabaseAndRegisterFile() throws IOException, SQLException {
        String database = "cli_" + ++databases;
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database + " OWNER tracker");
        }
        uri = "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database + "?user=tracker&password=" + PASSWORD;
        file = dir.resolve("jarap.json");
        Files.writeString(file, new RegisterJson().writeToString(ReferenceRegister.LEICESTERSHIRE_2020.load()));
    }

    @AfterEach
    void clearClock() {
        System.clearProperty(RecordCommand.CLOCK_PROPERTY);
    }

    /** Records an extension, its approval and an update in the file's journal, as the README's loop does. */
    private void recordThreeChangesInTheFile() {
        System.setProperty(RecordCommand.CLOCK_PROPERTY, "2020-10-12T08:30:00Z");
        assertThat(run("record", "extension", file.toString(), GOVERNANCE, "--by", "aco-finance", "--to", "31 January 2021",
                "--reason", "The PCC's decision meeting is in January", "--date", "2020-10-12")).as(err.toString()).isZero();
        System.setProperty(RecordCommand.CLOCK_PROPERTY, "2020-10-21T15:05:00Z");
        assertThat(run("record", "decide", file.toString(), GOVERNANCE, "--by", "panel-secretary", "--approve", "--forum", "JARAP",
                "--date", "2020-10-21")).as(err.toString()).isZero();
        System.setProperty(RecordCommand.CLOCK_PROPERTY, "2020-10-22T10:00:00Z");
        assertThat(run("record", "update", file.toString(), GOVERNANCE, "--by", "aco-finance", "--date", "2020-10-22", "--percent", "90",
                "--text", "Consultation closed; the code goes to the PCC in December.")).as(err.toString()).isZero();
    }

    /** Runs the command and returns what it printed on standard output, failing if it did not succeed. */
    private String printed(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        assertThat(run(args)).as(String.join(" ", args) + "\n" + err).isZero();
        return out.toString();
    }

    @Test
    void aRegisterFileWithItsJournalImportedIntoTheStoreGivesTheSameHistoryAndSummary() {
        recordThreeChangesInTheFile();

        assertThat(printed("store", "import", file.toString(), "--store", uri)).isEqualTo("Imported register " + REGISTER + " from " + file
                + " into jdbc:postgresql://localhost:" + postgres.getPort() + "/cli_" + databases + ": its baseline and 3 changes, at"
                + " version 3.\n");

        String historyOfFile = printed("history", file.toString());
        assertThat(historyOfFile).startsWith("3 changes recorded for register " + REGISTER + " (the register is at version 3):")
                .contains("   3  2020-10-22 10:00 UTC  aco-finance    update     " + GOVERNANCE);
        assertThat(printed("history", REGISTER, "--store", uri)).isEqualTo(historyOfFile);
        assertThat(printed("history", REGISTER, GOVERNANCE, "--store", uri)).isEqualTo(printed("history", file.toString(), GOVERNANCE));

        String summaryOfFile = printed("summary", file.toString(), "--as-of", "2020-10-21");
        assertThat(summaryOfFile).contains("Fundamental", "Total");
        assertThat(printed("summary", REGISTER, "--store", uri, "--as-of", "2020-10-21")).isEqualTo(summaryOfFile);

        // as recorded on a day: the approval and the update came later
        String shownFromFile = printed("show", file.toString(), "history", "--as-of", "2020-10-21");
        assertThat(shownFromFile).contains("Version 1, 12 October 2020 08:30 UTC, by aco-finance: extension on\n    " + GOVERNANCE,
                "3 changes recorded by 2 people.");
        assertThat(printed("show", REGISTER, "history", "--store", uri, "--as-of", "2020-10-21")).isEqualTo(shownFromFile);
        assertThat(printed("summary", REGISTER, "--store", uri, "--recorded-on", "2020-10-12", "--as-of", "2020-10-21"))
                .isEqualTo(printed("summary", file.toString(), "--recorded-on", "2020-10-12", "--as-of", "2020-10-21"));
    }

    @Test
    void aRegisterIsImportedOnceAndTheSecondImportSaysSo() {
        assertThat(printed("store", "import", file.toString(), "--store", uri)).contains("its baseline and 0 changes, at version 0");

        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        assertThat(run("store", "import", file.toString(), "--store", uri)).isEqualTo(TrackerCommand.EXIT_INVALID);
        assertThat(err.toString()).contains("already holds register " + REGISTER + "; nothing imported");
    }

    @Test
    void aChangeRecordedThroughTheStoreIsInTheStoreAndNotInTheFile() {
        printed("store", "import", file.toString(), "--store", uri);
        System.setProperty(RecordCommand.CLOCK_PROPERTY, "2020-10-14T09:00:00Z");

        assertThat(printed("record", "update", REGISTER, GOVERNANCE, "--store", uri, "--by", "aco-finance", "--date", "2020-10-14",
                "--percent", "90", "--text", "Consultation closed."))
                .startsWith("Recorded version 1: update on " + GOVERNANCE + ", ").contains("(by aco-finance at 2020-10-14T09:00:00Z; change ");

        try (RegisterStore store = RegisterStores.open(uri)) {
            Stored now = store.load(REGISTER, Optional.empty());
            assertThat(now.version()).isEqualTo(1);
            assertThat(now.register().recommendations().filter(r -> r.id().equals(GOVERNANCE)).findFirst().orElseThrow().updates())
                    .anySatisfy(u -> {
                        assertThat(u.text()).isEqualTo("Consultation closed.");
                        assertThat(u.percentComplete()).contains(90);
                    });
        }
        assertThat(Journal.beside(file).exists()).isFalse();
        assertThat(printed("history", REGISTER, "--store", uri)).contains("1 change recorded for register " + REGISTER
                + " (the register is at version 1):", "   1  2020-10-14 09:00 UTC  aco-finance    update     " + GOVERNANCE);

        // a change the engine refuses records nothing and says where
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        assertThat(run("record", "decision", REGISTER, GOVERNANCE, "--store", uri, "--by", "panel-secretary", "--kind", "CLOSURE_AGREED",
                "--forum", "JARAP", "--date", "2020-10-21")).isEqualTo(TrackerCommand.EXIT_INVALID);
        assertThat(err.toString()).contains("tracker: refused, nothing recorded: decision on " + GOVERNANCE,
                "closure agreed by JARAP with no proposal to close");
        try (RegisterStore store = RegisterStores.open(uri)) {
            assertThat(store.load(REGISTER, Optional.empty()).version()).isEqualTo(1);
        }
    }

    @Test
    void theRegisterExportedFromTheStoreIsByteForByteWhatTheFileRouteGives() throws IOException {
        recordThreeChangesInTheFile();
        printed("store", "import", file.toString(), "--store", uri);

        Path exported = dir.resolve("exported.json");
        assertThat(printed("store", "export", REGISTER, "--store", uri, "-o", exported.toString()))
                .isEqualTo("Wrote register " + REGISTER + " as recorded now (version 3) from jdbc:postgresql://localhost:" + postgres.getPort()
                        + "/cli_" + databases + " to " + exported + ".\n");
        Path converted = dir.resolve("converted.json");
        printed("convert", file.toString(), "-o", converted.toString());

        byte[] bytes = Files.readAllBytes(exported);
        assertThat(bytes).isEqualTo(Files.readAllBytes(converted));
        Path convertedFromStore = dir.resolve("converted-from-store.json");
        printed("convert", REGISTER, "--store", uri, "-o", convertedFromStore.toString());
        assertThat(Files.readAllBytes(convertedFromStore)).isEqualTo(bytes);
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(new RegisterJson().writeToString(Journal.beside(file).load().register()))
                .contains("Consultation closed; the code goes to the PCC in December.");
    }

    @Test
    void migrateCreatesTheSchemaThenFindsItUpToDate() {
        assertThat(printed("store", "migrate", "--store", uri)).isEqualTo("Store jdbc:postgresql://localhost:" + postgres.getPort() + "/cli_"
                + databases + ": schema version 2 (created now: 2 migrations applied).\n");
        assertThat(printed("store", "migrate", "--store", uri)).endsWith(": schema version 2 (already up to date).\n");
    }

    @Test
    void aWrongPasswordIsReportedWithoutThePassword() {
        String wrong = uri.replace(PASSWORD, WRONG_PASSWORD);
        for (String[] args : List.of(new String[] {"summary", REGISTER, "--store", wrong},
                new String[] {"store", "migrate", "--store", wrong},
                new String[] {"record", "update", REGISTER, GOVERNANCE, "--store", wrong, "--by", "aco-finance", "--text", "x"},
                new String[] {"store", "import", file.toString(), "--store", wrong})) {
            out.getBuffer().setLength(0);
            err.getBuffer().setLength(0);
            assertThat(run(args)).as(String.join(" ", args)).isNotZero();
            assertThat(err.toString()).as(String.join(" ", args))
                    .contains("jdbc:postgresql://localhost:" + postgres.getPort() + "/cli_" + databases + ": could not connect to the database")
                    .contains("password authentication failed for user \"tracker\"")
                    .doesNotContain(WRONG_PASSWORD).doesNotContain(PASSWORD);
            assertThat(out.toString()).doesNotContain(WRONG_PASSWORD).doesNotContain(PASSWORD);
        }
    }

    @Test
    void anAppendThatLosesToAnotherWriterIsMadeAgainOnceAndThenRefused() throws Exception {
        printed("store", "import", file.toString(), "--store", uri);
        Instant at = Instant.parse("2020-10-14T09:00:00Z");
        AtomicInteger made = new AtomicInteger();
        try (RegisterStore other = RegisterStores.open(uri); RegisterValidator validator = new RegisterValidator();
                StoredRegister stored = StoredRegister.open(uri, REGISTER)) {
            StoredRegister.Loaded after = stored.record(now -> {
                if (made.incrementAndGet() == 1) {
                    other.append(REGISTER, List.of(update(now.version(), "other", "Recorded by another writer.")), validator);
                }
                return List.of(update(now.version(), "mine", "Made against version " + now.version() + "."));
            }, validator);
            assertThat(made.get()).isEqualTo(2);
            assertThat(after.version()).isEqualTo(2);
            assertThat(other.history(REGISTER, Optional.empty())).extracting(r -> r.change().stamp().recordedBy())
                    .containsExactly("other", "mine");

            made.set(0);
            assertThatThrownBy(() -> stored.record(now -> {
                made.incrementAndGet();
                other.append(REGISTER, List.of(update(now.version(), "other", "First again.")), validator);
                return List.of(update(now.version(), "mine", "Too late."));
            }, validator)).isInstanceOf(StoreConflictException.class).hasMessageContaining("recorded by other");
            assertThat(made.get()).isEqualTo(2);
            assertThat(other.load(REGISTER, Optional.empty()).version()).isEqualTo(4);
            assertThat(stored.nothingRecorded(new StoreConflictException("here", update(2, "mine", "x"), 4, Optional.empty())).get(0))
                    .isEqualTo("tracker: refused, nothing recorded: another writer recorded a change first, and again after the register was"
                            + " loaded again:");
        }
    }

    private static Change update(long version, String by, String text) {
        return new Change.AddUpdate(new Stamp(by + "-" + version, Instant.parse("2020-10-14T09:00:00Z"), by, version), GOVERNANCE,
                ProgressUpdate.of(PartialDate.of(2020, 10, 14), text));
    }
}
