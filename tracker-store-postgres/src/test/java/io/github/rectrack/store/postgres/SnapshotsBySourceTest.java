package io.github.rectrack.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectrack.engine.change.Change;
import io.github.rectrack.engine.change.Changes;
import io.github.rectrack.engine.change.Stamp;
import io.github.rectrack.engine.json.ChangeJson;
import io.github.rectrack.engine.json.RegisterJson;
import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.engine.spi.Options;
import io.github.rectrack.engine.store.Stored;
import io.github.rectrack.engine.validation.RegisterValidator;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.Person;
import io.github.rectrack.model.ProgressUpdate;
import io.github.rectrack.model.Register;
import io.github.rectrack.model.Source;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayInputStream;
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
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Snapshots kept by source, on a real PostgreSQL: a snapshot writes the sources changed since the one before it, and
 * a register put together from such snapshots is the register replayed from its baseline, as recorded now and on a
 * day; a source added, and one no longer listed; a whole snapshot of the schema before still read; a snapshot that
 * fails part way leaves no row, and the next one writes what it left out.
 */
class SnapshotsBySourceTest {

    static final Instant FIRST = Instant.parse("2020-10-08T09:00:00Z");
    /** In source {@code code-of-governance-2018}. */
    static final String GOVERNANCE = "code-of-governance-2018-4.1";
    static final String GOVERNANCE_SOURCE = "code-of-governance-2018";
    static final String FLEET = "fleet-management";
    static final String PAYROLL = "payroll";

    static EmbeddedPostgres postgres;
    static RegisterValidator validator;
    static int databases;

    final Register baseline = ReferenceRegister.LEICESTERSHIRE_2020.load();
    final String id = baseline.id();
    final List<PostgresRegisterStore> opened = new ArrayList<>();
    final List<Change> changes = new ArrayList<>();
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
        String database = "by_source_" + ++databases;
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        }
        uri = postgres.getJdbcUrl("postgres", database);
    }

    @AfterEach
    void closeStores() {
        opened.forEach(PostgresRegisterStore::close);
    }

    PostgresRegisterStore open(int snapshotEvery) {
        PostgresRegisterStore store = PostgresRegisterStore.open(uri, Options.of(Map.of("snapshot-every", String.valueOf(snapshotEvery))),
                name -> null);
        opened.add(store);
        return store;
    }

    Stamp stamp() {
        long version = changes.size();
        return new Stamp("c" + version, FIRST.plusSeconds(60 * version), "aco-finance", version);
    }

    /** Appends one change made against the register's version and waits for the snapshot it asks for, if any. */
    Stored append(PostgresRegisterStore store, Change change) throws InterruptedException {
        changes.add(change);
        Stored stored = store.append(id, List.of(change), validator);
        store.awaitSnapshots();
        assertThat(stored.findings()).noneMatch(f -> f.isError());
        return stored;
    }

    Change update(String text) {
        return new Change.AddUpdate(stamp(), GOVERNANCE, ProgressUpdate.of(PartialDate.of(2020, 10, 8), text));
    }

    Change retitle(String source, String title) {
        return new Change.CorrectField(stamp(), source, "title", Optional.of(title), "the title as printed");
    }

    Change person(String personId) {
        return new Change.AddPerson(stamp(), new Person(personId, "Head of " + personId, Optional.empty(), Optional.empty()));
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(uri);
    }

    static byte[] compact(Register register) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        new RegisterJson().writeCompact(register, out);
        return out.toByteArray();
    }

    static byte[] gunzip(byte[] gzip) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return in.readAllBytes();
        }
    }

    List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    /** The sources written at a version, by id. */
    List<String> written(long version) throws SQLException {
        return strings("SELECT source_id FROM snapshot_sources WHERE version = " + version + " ORDER BY source_id");
    }

    List<String> ids(Register register) {
        return register.sources().stream().map(Source::id).toList();
    }

    /** Loads through a store that holds nothing in memory, so that it reads the database. */
    Register loaded(PostgresRegisterStore store, Optional<Instant> recordedUpTo) {
        store.forget();
        return store.load(id, recordedUpTo).register();
    }

    @Test
    void aSnapshotWritesTheSourcesChangedSinceTheOneBeforeAndLoadsAsTheRegisterReplayed() throws Exception {
        PostgresRegisterStore store = open(2);
        store.create(baseline);
        assertThat(strings("SELECT count(*) FROM snapshot_sources WHERE version = 0")).containsExactly(String.valueOf(baseline.sources().size()));
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rows = s.executeQuery("SELECT baseline_gzip FROM registers")) {
            rows.next();
            assertThat(gunzip(rows.getBytes(1))).as("the whole baseline, made of its parts").isEqualTo(compact(baseline));
        }

        append(store, update("one"));
        append(store, retitle(FLEET, "Fleet management (2020)"));
        assertThat(strings("SELECT version FROM snapshots")).containsExactly("2");
        assertThat(written(2)).containsExactlyInAnyOrder(FLEET, GOVERNANCE_SOURCE);
        append(store, retitle(PAYROLL, "Payroll (2020)"));
        append(store, update("two"));
        assertThat(written(4)).containsExactlyInAnyOrder(GOVERNANCE_SOURCE, PAYROLL);
        append(store, person("head-of-fleet"));
        append(store, person("head-of-payroll"));
        assertThat(written(6)).as("people are the register's own part").isEmpty();
        append(store, retitle(FLEET, "Fleet management"));
        append(store, retitle(FLEET, "Fleet management and transport"));
        assertThat(written(8)).containsExactlyInAnyOrder(FLEET);
        assertThat(strings("SELECT array_to_string(sources, ',') FROM snapshots WHERE version = 8"))
                .containsExactly(String.join(",", ids(baseline)));
        append(store, update("three"));

        PostgresRegisterStore other = open(2);
        assertThat(compact(loaded(other, Optional.empty()))).isEqualTo(compact(Changes.replay(baseline, changes)));
        assertThat(other.lastLoad()).isEqualTo(new PostgresRegisterStore.LoadTrace(id, 9, 8, 1, false));
        for (int v = 0; v <= changes.size(); v++) {
            Register asRecorded = loaded(other, Optional.of(FIRST.plusSeconds(60L * v - 1)));
            assertThat(compact(asRecorded)).as("as recorded at version " + v).isEqualTo(compact(Changes.replay(baseline, changes.subList(0, v))));
            assertThat(other.lastLoad().snapshot()).isEqualTo(v / 2 * 2);
        }

        // a store that read the register from a snapshot kept by source writes only what changed after it (versions 9 and 10)
        other.forget();
        other.load(id, Optional.empty());
        append(other, retitle(PAYROLL, "Payroll"));
        assertThat(written(10)).containsExactlyInAnyOrder(GOVERNANCE_SOURCE, PAYROLL);
        assertThat(compact(loaded(open(2), Optional.empty()))).isEqualTo(compact(Changes.replay(baseline, changes)));
    }

    @Test
    void aSourceAddedIsWrittenAndASourceNoLongerListedIsLeftOut() throws Exception {
        PostgresRegisterStore store = open(2);
        store.create(baseline);
        Source pensions = new Source("pensions-2021", Source.Kind.INTERNAL_AUDIT, "Pensions administration", Optional.of("Mazars"),
                Optional.of(PartialDate.of(2021, 3, 31)), Optional.empty(), Optional.empty(), Optional.empty(), List.of());
        append(store, new Change.AddSource(stamp(), pensions));
        append(store, update("one"));
        assertThat(written(2)).containsExactlyInAnyOrder(GOVERNANCE_SOURCE, "pensions-2021");
        Register two = Changes.replay(baseline, changes);
        assertThat(ids(two)).endsWith("pensions-2021");
        assertThat(compact(loaded(open(2), Optional.empty()))).isEqualTo(compact(two));

        // the register as a change that took sources out and moved one would leave it: the snapshot lists the others in order
        Register three = append(store, update("two")).register();
        assertThat(compact(three)).isEqualTo(compact(Changes.replay(baseline, changes)));
        List<Source> kept = new ArrayList<>(three.sources());
        kept.removeIf(source -> source.id().equals(FLEET) || source.id().equals("pensions-2021"));
        java.util.Collections.swap(kept, 0, 1);
        Register without = new Register(three.id(), three.organisation(), three.asOf(), three.scheme(), three.people(), kept);
        store.writeSnapshot(id, 3, without);
        assertThat(written(3)).containsExactlyInAnyOrder(GOVERNANCE_SOURCE);
        PostgresRegisterStore other = open(2);
        Register read = loaded(other, Optional.empty());
        assertThat(other.lastLoad()).isEqualTo(new PostgresRegisterStore.LoadTrace(id, 3, 3, 0, false));
        assertThat(ids(read)).doesNotContain(FLEET, "pensions-2021").hasSize(baseline.sources().size() - 1);
        assertThat(compact(read)).isEqualTo(compact(without));

        // listed again, they are written again
        store.writeSnapshot(id, 4, append(store, update("three")).register());
        assertThat(written(4)).containsExactlyInAnyOrder(FLEET, GOVERNANCE_SOURCE, "pensions-2021");
        assertThat(compact(loaded(other, Optional.empty()))).isEqualTo(compact(Changes.replay(baseline, changes)));
        assertThat(other.lastLoad()).isEqualTo(new PostgresRegisterStore.LoadTrace(id, 4, 4, 0, false));
    }

    @Test
    void aWholeSnapshotWrittenBeforeTheThirdMigrationStillLoadsAndTheNextIsKeptBySource() throws Exception {
        org.flywaydb.core.Flyway.configure().dataSource(uri, null, null).locations(PostgresRegisterStore.MIGRATIONS)
                .table(PostgresRegisterStore.HISTORY_TABLE).target("2").load().migrate();
        changes.add(update("one"));
        changes.add(retitle(FLEET, "Fleet management (2020)"));
        changes.add(update("two"));
        try (Connection c = connect()) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO registers (id, baseline_gzip, version) VALUES (?, ?, 3)")) {
                s.setString(1, id);
                s.setBytes(2, RegisterParts.gzip(compact(baseline)));
                s.executeUpdate();
            }
            for (int v = 1; v <= changes.size(); v++) {
                Change change = changes.get(v - 1);
                try (PreparedStatement s = c.prepareStatement("INSERT INTO changes (register_id, version, change_id, recorded_at,"
                        + " recorded_by, type, subject, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb)")) {
                    s.setString(1, id);
                    s.setLong(2, v);
                    s.setString(3, change.stamp().id());
                    s.setTimestamp(4, Timestamp.from(change.stamp().recordedAt()));
                    s.setString(5, change.stamp().recordedBy());
                    s.setString(6, change.type());
                    s.setString(7, change.subject().orElse(null));
                    s.setString(8, new ChangeJson().write(change));
                    s.executeUpdate();
                }
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO snapshots (register_id, version, register_gzip) VALUES (?, 2, ?)")) {
                s.setString(1, id);
                s.setBytes(2, RegisterParts.gzip(compact(Changes.replay(baseline, changes.subList(0, 2)))));
                s.executeUpdate();
            }
        }

        PostgresRegisterStore store = open(2);
        assertThat(store.schema()).contains("version 3 (migrated now from version 2: 1 migration applied)");
        assertThat(compact(store.load(id, Optional.empty()).register())).isEqualTo(compact(Changes.replay(baseline, changes)));
        assertThat(store.lastLoad()).isEqualTo(new PostgresRegisterStore.LoadTrace(id, 3, 2, 1, false));

        // nothing of it is kept by source yet, so the first snapshot kept by source writes every source
        append(store, retitle(PAYROLL, "Payroll (2020)"));
        assertThat(written(4)).hasSize(baseline.sources().size());
        append(store, update("three"));
        append(store, update("four"));
        assertThat(written(6)).containsExactlyInAnyOrder(GOVERNANCE_SOURCE);
        PostgresRegisterStore other = open(2);
        assertThat(compact(loaded(other, Optional.empty()))).isEqualTo(compact(Changes.replay(baseline, changes)));
        assertThat(other.lastLoad()).isEqualTo(new PostgresRegisterStore.LoadTrace(id, 6, 6, 0, false));
        assertThat(compact(loaded(other, Optional.of(FIRST.plusSeconds(60 * 3 - 1)))))
                .isEqualTo(compact(Changes.replay(baseline, changes.subList(0, 3))));
        assertThat(other.lastLoad()).isEqualTo(new PostgresRegisterStore.LoadTrace(id, 3, 2, 1, false));
    }

    @Test
    void aSnapshotThatFailsPartWayLeavesNoRowAndTheNextWritesWhatItLeftOut() throws Exception {
        PostgresRegisterStore store = open(2);
        store.create(baseline);
        // the sources of version 2 go in, then the snapshot's own row is refused: the transaction takes all back
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE snapshots ADD CONSTRAINT not_version_2 CHECK (version <> 2)");
        }
        append(store, retitle(FLEET, "Fleet management (2020)"));
        append(store, update("one"));
        assertThat(strings("SELECT count(*) FROM snapshots")).containsExactly("0");
        assertThat(written(2)).isEmpty();
        PostgresRegisterStore other = open(2);
        assertThat(compact(loaded(other, Optional.empty()))).isEqualTo(compact(Changes.replay(baseline, changes)));
        assertThat(other.lastLoad()).isEqualTo(new PostgresRegisterStore.LoadTrace(id, 2, 0, 2, false));

        Stored three = append(store, retitle(PAYROLL, "Payroll (2020)"));
        assertThat(three.findings()).singleElement().satisfies(f -> assertThat(f.message())
                .startsWith("the snapshot of the register at this version could not be written (SQL state 23514:"));
        assertThat(strings("SELECT version FROM snapshots")).containsExactly("3");
        assertThat(written(3)).as("the sources changed since the baseline, the latest kept by source")
                .containsExactlyInAnyOrder(FLEET, GOVERNANCE_SOURCE, PAYROLL);
        assertThat(compact(loaded(other, Optional.empty()))).isEqualTo(compact(Changes.replay(baseline, changes)));
        assertThat(other.lastLoad()).isEqualTo(new PostgresRegisterStore.LoadTrace(id, 3, 3, 0, false));
    }

    @Test
    void aRegisterTwoOfWhoseSourcesShareAnIdIsSnapshotWhole() throws Exception {
        Source first = baseline.sources().get(0);
        List<Source> sources = new ArrayList<>(baseline.sources());
        sources.add(new Source(first.id(), first.kind(), first.title() + " (again)", first.issuedBy(), first.date(), first.assurance(),
                first.followUpOf(), first.marking(), List.of()));
        Register doubled = new Register(baseline.id(), baseline.organisation(), baseline.asOf(), baseline.scheme(), baseline.people(), sources);
        assertThat(RegisterParts.separable(doubled)).isFalse();
        PostgresRegisterStore store = open(1);
        store.create(doubled);
        assertThat(strings("SELECT count(*) FROM snapshot_sources")).containsExactly("0");
        changes.add(person("head-of-fleet"));
        store.append(id, changes, validator);
        store.awaitSnapshots();
        assertThat(strings("SELECT count(*) FROM snapshots WHERE version = 1 AND sources IS NULL")).containsExactly("1");
        assertThat(compact(loaded(open(1), Optional.empty()))).isEqualTo(compact(Changes.replay(doubled, changes)));
    }

    @Test
    void partsPutTogetherAreTheRegistersCompactJson() throws IOException {
        for (ReferenceRegister reference : ReferenceRegister.values()) {
            Register register = reference.load();
            RegisterParts parts = new RegisterParts(register);
            List<byte[]> sources = register.sources().stream().map(parts::source).toList();
            byte[] head = parts.head(register);
            assertThat(gunzip(RegisterParts.whole(head, sources))).as(reference.name()).isEqualTo(compact(register));
            try (var in = RegisterParts.joined(RegisterParts.gzip(head), sources, reference.name())) {
                assertThat(in.readAllBytes()).as(reference.name()).isEqualTo(compact(register));
            }
            Register none = new Register(register.id(), register.organisation(), register.asOf(), register.scheme(), register.people(), List.of());
            assertThat(head).isEqualTo(compact(none));
            assertThat(gunzip(RegisterParts.whole(head, List.of()))).isEqualTo(compact(none));
            try (var in = RegisterParts.joined(RegisterParts.gzip(head), List.of(), reference.name())) {
                assertThat(in.readAllBytes()).isEqualTo(compact(none));
            }
        }
    }
}
