package io.github.rectrack.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rectrack.engine.change.Change;
import io.github.rectrack.engine.change.Changes;
import io.github.rectrack.engine.change.Stamp;
import io.github.rectrack.engine.json.ChangeJson;
import io.github.rectrack.engine.json.RegisterJson;
import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.engine.spi.Options;
import io.github.rectrack.engine.store.Recorded;
import io.github.rectrack.engine.store.RegisterStores;
import io.github.rectrack.engine.store.StoreException;
import io.github.rectrack.engine.store.Stored;
import io.github.rectrack.engine.validation.RegisterValidator;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.ProgressUpdate;
import io.github.rectrack.model.Register;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the PostgreSQL store adds to the contract, on a real PostgreSQL: snapshots, a writer stopped before its
 * commit, a connection lost mid-append, and messages that never show the password.
 */
class PostgresRegisterStoreTest {

    static final String GOVERNANCE = "code-of-governance-2018-4.1";
    static final Instant FIRST = Instant.parse("2020-10-08T09:00:00Z");
    static final String PASSWORD = "s3cret-Pa55word";

    static EmbeddedPostgres postgres;
    static RegisterValidator validator;
    static int databases;

    final Register baseline = ReferenceRegister.LEICESTERSHIRE_2020.load();
    final String id = baseline.id();
    final List<PostgresRegisterStore> opened = new ArrayList<>();
    String uri;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.start();
        validator = new RegisterValidator();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        validator.close();
        postgres.close();
    }

    @BeforeEach
    void freshDatabase() throws SQLException {
        String database = "store_" + ++databases;
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        }
        uri = postgres.getJdbcUrl("postgres", database);
    }

    @AfterEach
    void closeStores() {
        opened.forEach(PostgresRegisterStore::close);
    }

    PostgresRegisterStore open() {
        PostgresRegisterStore store = PostgresRegisterStore.open(uri, Options.none(), name -> null);
        opened.add(store);
        return store;
    }

    static Change update(long version, String text) {
        return new Change.AddUpdate(new Stamp("u" + version, FIRST.plusSeconds(60 * version), "aco-finance", version), GOVERNANCE,
                ProgressUpdate.of(PartialDate.of(2020, 10, 8), text));
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(uri);
    }

    static byte[] compact(Register register) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        new RegisterJson().writeCompact(register, out);
        return out.toByteArray();
    }

    byte[] snapshot(long version) throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT register_gzip FROM snapshots WHERE version = " + version)) {
            rows.next();
            try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(rows.getBytes(1)))) {
                return in.readAllBytes();
            }
        }
    }

    List<Long> longs(String sql) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getLong(1));
            }
        }
        return values;
    }

    @Test
    void aSnapshotIsKeptEveryHundredChangesAndLoadingStartsFromTheLatest() throws Exception {
        PostgresRegisterStore store = open();
        store.create(baseline);
        List<Change> changes = new ArrayList<>();
        for (int v = 0; v < 250; v++) {
            changes.add(update(v, "update " + v));
        }
        for (int from = 0; from < 250; from += 25) {
            store.append(id, changes.subList(from, from + 25), validator);
            store.awaitSnapshots();
        }
        assertThat(longs("SELECT version FROM snapshots ORDER BY version")).containsExactly(100L, 200L);
        assertThat(longs("SELECT version FROM registers")).containsExactly(250L);
        assertThat(snapshot(200)).isEqualTo(compact(Changes.replay(baseline, changes.subList(0, 200))));
        assertThat(longs("SELECT count(*) FROM snapshots WHERE register IS NULL AND length(register_gzip) * 2 < "
                + compact(baseline).length)).containsExactly(2L);

        PostgresRegisterStore other = open();
        Stored loaded = other.load(id, Optional.empty());
        assertThat(other.lastLoad()).isEqualTo(new PostgresRegisterStore.LoadTrace(id, 250, 200, 50, false));
        assertThat(loaded.version()).isEqualTo(250);
        assertThat(new RegisterJson().writeToString(loaded.register()))
                .isEqualTo(new RegisterJson().writeToString(Changes.replay(baseline, changes)));

        store.append(id, List.of(update(250, "update 250"), update(251, "update 251")), validator);
        assertThat(other.load(id, Optional.empty()).version()).isEqualTo(252);
        assertThat(other.lastLoad()).isEqualTo(new PostgresRegisterStore.LoadTrace(id, 252, 250, 2, true));

        other.forget();
        Stored asRecorded = other.load(id, Optional.of(FIRST.plusSeconds(60 * 149)));
        assertThat(asRecorded.version()).isEqualTo(150);
        assertThat(other.lastLoad()).isEqualTo(new PostgresRegisterStore.LoadTrace(id, 150, 100, 50, false));
        other.forget();
        assertThat(other.load(id, Optional.of(FIRST.minusSeconds(1))).version()).isZero();
        assertThat(other.lastLoad()).isEqualTo(new PostgresRegisterStore.LoadTrace(id, 0, 0, 0, false));
    }

    @Test
    void theSnapshotIntervalIsAnOptionAndASnapshotIsTakenOfTheRegisterAsAnAppendLeavesIt() throws Exception {
        PostgresRegisterStore store = PostgresRegisterStore.open(uri, Options.of(Map.of("snapshot-every", "2")), name -> null);
        opened.add(store);
        store.create(baseline);
        store.append(id, List.of(update(0, "one"), update(1, "two"), update(2, "three")), validator);
        store.awaitSnapshots();
        store.append(id, List.of(update(3, "four")), validator);
        store.awaitSnapshots();
        store.append(id, List.of(update(4, "five")), validator);
        store.awaitSnapshots();
        assertThat(longs("SELECT version FROM snapshots ORDER BY version")).containsExactly(3L, 5L);
        assertThatThrownBy(() -> store.load("essex-ico-action-plan-2020", Optional.empty())).isInstanceOf(StoreException.class)
                .hasMessage("ERROR " + uri.substring(0, uri.indexOf('?')) + ": the store holds no register 'essex-ico-action-plan-2020';"
                        + " it holds [" + id + "]");

        assertThatThrownBy(() -> PostgresRegisterStore.open(uri, Options.of(Map.of("snapshot-every", "0")), name -> null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("option 'snapshot-every' is a whole number, 1 or more, not '0'");
        assertThatThrownBy(() -> PostgresRegisterStore.open(uri, Options.of(Map.of("snapshots", "10")), name -> null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the PostgreSQL store has no option 'snapshots'; its options are [pool-size, snapshot-every]");
    }

    @Test
    void aSnapshotThatCannotBeWrittenIsReportedByTheNextAppendAndLoadingReplaysInstead() throws Exception {
        PostgresRegisterStore store = PostgresRegisterStore.open(uri, Options.of(Map.of("snapshot-every", "2")), name -> null);
        opened.add(store);
        store.create(baseline);
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE snapshots ADD CONSTRAINT no_snapshots_yet CHECK (version < 0)");
        }

        Stored two = store.append(id, List.of(update(0, "one"), update(1, "two")), validator);
        store.awaitSnapshots();
        Stored three = store.append(id, List.of(update(2, "three")), validator);

        assertThat(two.findings()).isEmpty();
        assertThat(three.findings()).singleElement().satisfies(f -> {
            assertThat(f.isError()).isFalse();
            assertThat(f.location()).isEqualTo(uri.substring(0, uri.indexOf('?')) + " register " + id + " version 2");
            assertThat(f.message()).startsWith("the snapshot of the register at this version could not be written (SQL state 23514:")
                    .endsWith("nothing recorded is lost, but loading replays the changes since the snapshot before it until a later"
                            + " one is written");
        });
        assertThat(longs("SELECT count(*) FROM snapshots")).containsExactly(0L);
        PostgresRegisterStore other = open();
        assertThat(other.load(id, Optional.empty()).version()).isEqualTo(3);
        assertThat(other.lastLoad()).isEqualTo(new PostgresRegisterStore.LoadTrace(id, 3, 0, 3, false));
    }

    @Test
    void registersAndSnapshotsWrittenAsTextBeforeTheSecondMigrationStillLoadAfterIt() throws Exception {
        org.flywaydb.core.Flyway.configure().dataSource(uri, null, null).locations(PostgresRegisterStore.MIGRATIONS)
                .table(PostgresRegisterStore.HISTORY_TABLE).target("1").load().migrate();
        List<Change> changes = List.of(update(0, "one"), update(1, "two"), update(2, "three"));
        try (Connection c = connect()) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO registers (id, baseline, version) VALUES (?, ?, 3)")) {
                s.setString(1, id);
                s.setString(2, new RegisterJson().writeToString(baseline));
                s.executeUpdate();
            }
            long version = 0;
            for (Change change : changes) {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO changes (register_id, version, change_id, recorded_at,"
                        + " recorded_by, type, subject, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb)")) {
                    s.setString(1, id);
                    s.setLong(2, ++version);
                    s.setString(3, change.stamp().id());
                    s.setTimestamp(4, Timestamp.from(change.stamp().recordedAt()));
                    s.setString(5, change.stamp().recordedBy());
                    s.setString(6, change.type());
                    s.setString(7, GOVERNANCE);
                    s.setString(8, new ChangeJson().write(change));
                    s.executeUpdate();
                }
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO snapshots (register_id, version, register) VALUES (?, 2, ?)")) {
                s.setString(1, id);
                s.setString(2, new RegisterJson().writeToString(Changes.replay(baseline, changes.subList(0, 2))));
                s.executeUpdate();
            }
        }

        PostgresRegisterStore store = open();
        assertThat(store.schema()).contains("version 2 (migrated now from version 1: 1 migration applied)");
        Stored now = store.load(id, Optional.empty());
        assertThat(store.lastLoad()).isEqualTo(new PostgresRegisterStore.LoadTrace(id, 3, 2, 1, false));
        assertThat(compact(now.register())).isEqualTo(compact(Changes.replay(baseline, changes)));
        store.forget();
        assertThat(compact(store.load(id, Optional.of(FIRST.minusSeconds(1))).register())).isEqualTo(compact(baseline));
        assertThat(store.lastLoad()).isEqualTo(new PostgresRegisterStore.LoadTrace(id, 0, 0, 0, false));
    }

    @Test
    void aWriterStoppedBetweenItsInsertAndItsCommitLeavesTheRegisterAtTheLastCommittedVersion() throws SQLException {
        PostgresRegisterStore store = open();
        store.create(baseline);
        store.append(id, List.of(update(0, "one"), update(1, "two"), update(2, "three")), validator);

        // a second writer does what an append does, then its process dies before the commit: its socket closes unannounced
        Change lost = update(3, "never committed");
        Connection writer = connect();
        writer.setAutoCommit(false);
        try (PreparedStatement lock = writer.prepareStatement("SELECT version FROM registers WHERE id = ? FOR UPDATE")) {
            lock.setString(1, id);
            lock.executeQuery().close();
        }
        try (PreparedStatement insert = writer.prepareStatement("INSERT INTO changes (register_id, version, change_id, recorded_at,"
                + " recorded_by, type, subject, payload) VALUES (?, 4, ?, ?, 'aco-finance', 'update', ?, ?::jsonb)")) {
            insert.setString(1, id);
            insert.setString(2, lost.stamp().id());
            insert.setTimestamp(3, Timestamp.from(lost.stamp().recordedAt()));
            insert.setString(4, GOVERNANCE);
            insert.setString(5, new ChangeJson().write(lost));
            insert.executeUpdate();
        }
        try (PreparedStatement move = writer.prepareStatement("UPDATE registers SET version = 4 WHERE id = ?")) {
            move.setString(1, id);
            move.executeUpdate();
        }
        writer.abort(Runnable::run);

        PostgresRegisterStore other = open();
        Stored now = other.load(id, Optional.empty());
        assertThat(now.version()).isEqualTo(3);
        assertThat(other.history(id, Optional.empty())).extracting(Recorded::version).containsExactly(1L, 2L, 3L);
        assertThat(longs("SELECT count(*) FROM changes WHERE change_id = 'u3'")).containsExactly(0L);
        // the lock went with the writer: the next append goes through
        assertThat(store.append(id, List.of(update(3, "four")), validator).version()).isEqualTo(4);
        assertThat(other.history(id, Optional.empty())).extracting(r -> r.change().stamp().id()).containsExactly("u0", "u1", "u2", "u3");
        assertThat(new RegisterJson().writeToString(other.load(id, Optional.empty()).register())).contains("four")
                .doesNotContain("never committed");
    }

    @Test
    void aConnectionLostMidAppendIsReportedAndNothingIsHalfWritten() throws SQLException {
        uri = uri + "&password=" + PASSWORD;
        PostgresRegisterStore store = open();
        store.create(baseline);
        store.append(id, List.of(update(0, "one")), validator);
        store.beforeCommit(c -> {
            long pid;
            try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery("SELECT pg_backend_pid()")) {
                rows.next();
                pid = rows.getLong(1);
            }
            try (Connection admin = postgres.getPostgresDatabase().getConnection(); Statement s = admin.createStatement()) {
                s.execute("SELECT pg_terminate_backend(" + pid + ")");
                for (int i = 0; i < 100; i++) {
                    try (ResultSet rows = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE pid = " + pid)) {
                        rows.next();
                        if (rows.getLong(1) == 0) {
                            return;
                        }
                    }
                    Thread.sleep(50);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        assertThatThrownBy(() -> store.append(id, List.of(update(1, "two"), update(2, "three")), validator))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("ERROR " + uri.substring(0, uri.indexOf('?')) + " register " + id + ": the connection to the database"
                        + " was lost while committing the append (SQL state ")
                .hasMessageEndingWith("nothing of this append was recorded (checked after reconnecting); load the register again and retry")
                .hasMessageNotContaining(PASSWORD);

        store.beforeCommit(c -> { });
        assertThat(longs("SELECT version FROM changes ORDER BY version")).containsExactly(1L);
        assertThat(longs("SELECT version FROM registers")).containsExactly(1L);
        assertThat(open().load(id, Optional.empty()).version()).isEqualTo(1);
        assertThat(store.append(id, List.of(update(1, "two"), update(2, "three")), validator).version()).isEqualTo(3);
    }

    @Test
    void aStoreThatCannotBeReachedSaysSoWithoutThePassword() throws IOException {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String unreachable = "jdbc:postgresql://localhost:" + port + "/registers?user=tracker&password=" + PASSWORD;
        assertThatThrownBy(() -> PostgresRegisterStore.open(unreachable, Options.none(), name -> null))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("ERROR jdbc:postgresql://localhost:" + port + "/registers: could not connect to the database: ")
                .hasMessageContaining("the password in TRACKER_STORE_PASSWORD")
                .hasMessageNotContaining(PASSWORD);
        String fromEnvironment = "jdbc:postgresql://localhost:" + port + "/registers?user=tracker";
        assertThatThrownBy(() -> PostgresRegisterStore.open(fromEnvironment, Options.none(),
                name -> name.equals(PostgresRegisterStore.PASSWORD_VARIABLE) ? PASSWORD : null))
                .isInstanceOf(StoreException.class).hasMessageNotContaining(PASSWORD);
    }

    @Test
    void theStoreIsFoundByItsUriAndAnUnknownSchemeListsTheStores() {
        var store = RegisterStores.open(uri);
        try {
            assertThat(store).isInstanceOf(PostgresRegisterStore.class);
            assertThat(store.registers()).isEmpty();
        } finally {
            store.close();
        }
        assertThatThrownBy(() -> RegisterStores.open("mongodb://tracker:" + PASSWORD + "@db.example/registers"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no register store accepts 'mongodb:…'; the stores are ")
                .hasMessageContaining("file (file:PATH.json)")
                .hasMessageContaining("postgresql (jdbc:postgresql://HOST:PORT/DATABASE?user=USER, password in TRACKER_STORE_PASSWORD)")
                .hasMessageNotContaining(PASSWORD);
    }
}
