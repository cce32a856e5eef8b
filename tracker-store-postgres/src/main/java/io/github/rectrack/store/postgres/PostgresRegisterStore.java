package io.github.rectrack.store.postgres;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.rectrack.engine.change.Change;
import io.github.rectrack.engine.change.Changes;
import io.github.rectrack.engine.change.RefusedChangeException;
import io.github.rectrack.engine.json.ChangeJson;
import io.github.rectrack.engine.json.RegisterJson;
import io.github.rectrack.engine.spi.Finding;
import io.github.rectrack.engine.spi.ImportResult;
import io.github.rectrack.engine.spi.Options;
import io.github.rectrack.engine.store.Recorded;
import io.github.rectrack.engine.store.RegisterStore;
import io.github.rectrack.engine.store.StoreConflictException;
import io.github.rectrack.engine.store.StoreException;
import io.github.rectrack.engine.store.Stored;
import io.github.rectrack.engine.validation.RegisterValidator;
import io.github.rectrack.model.Register;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;
import org.apiguardian.api.API;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The register store on PostgreSQL. Each register is a row holding its baseline and its version; each change a
 * row of its own (who recorded it, when, its type and subject, the change as JSONB), numbered by the version it
 * makes, with a unique (register, version) constraint. When an append leaves a register {@code snapshot-every}
 * changes or more (default {@value #DEFAULT_SNAPSHOT_EVERY}) past its latest snapshot, the register as that
 * append left it is kept as a new snapshot, so loading reads the latest snapshot and replays fewer changes than
 * that. Baselines and snapshots are the register's compact canonical JSON ({@link RegisterJson#writeCompact})
 * compressed with gzip, in {@code BYTEA} columns PostgreSQL neither compresses again nor sends as text.
 *
 * <p>An append is one transaction: it locks the register's row ({@code SELECT … FOR UPDATE}), checks that the
 * first change was made against the register's version, checks and applies each change, inserts them, moves
 * the version on and commits. A change made against an older version is refused with a {@link
 * StoreConflictException} naming the change that got there first; a change refused, a lost connection or a
 * writer stopped before its commit leaves nothing. A snapshot is written after the commit, by a thread of the
 * store's own, so that no append waits for one; a snapshot that is never written (the program stopped, the
 * database refused it) costs only a longer replay, and the next append through the store reports the
 * failure as a warning. {@link #close()} waits for the snapshots under way. The schema is created and
 * migrated by Flyway when the store is opened (history table {@value #HISTORY_TABLE}).
 *
 * <p>The URI is {@code jdbc:postgresql://HOST:PORT/DATABASE?user=USER}, with any other pgJDBC parameters; the
 * password is the URI's {@code password} parameter or else the environment variable {@value
 * #PASSWORD_VARIABLE}. Messages name the store by its URI without the parameters, so never show a password.
 * Options: {@code snapshot-every} (a whole number, 1 or more) and {@code pool-size} (connections, default
 * {@value #DEFAULT_POOL_SIZE}).
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class PostgresRegisterStore implements RegisterStore {

    /** The scheme of the URIs it opens. */
    public static final String SCHEME = "jdbc:postgresql:";

    /** The environment variable the password is read from when the URI does not give one. */
    public static final String PASSWORD_VARIABLE = "TRACKER_STORE_PASSWORD";

    /** How many changes between snapshots, unless the option {@code snapshot-every} says otherwise. */
    public static final int DEFAULT_SNAPSHOT_EVERY = 100;

    /** Connections in the pool, unless the option {@code pool-size} says otherwise. */
    public static final int DEFAULT_POOL_SIZE = 8;

    /** Where the schema's migrations are on the class path. */
    public static final String MIGRATIONS = "classpath:db/migration/tracker-store";

    /** Flyway's history table for the store's schema, apart from any history table of the force's own. */
    public static final String HISTORY_TABLE = "tracker_store_schema_history";

    private static final Set<String> OPTIONS = Set.of("snapshot-every", "pool-size");

    private final HikariDataSource pool;
    private final String name;
    private final int snapshotEvery;
    private final String schema;
    private final ChangeJson changeJson = new ChangeJson();
    private final ConcurrentHashMap<String, Current> latest = new ConcurrentHashMap<>();
    private volatile LoadTrace lastLoad;
    private volatile BeforeCommit beforeCommit = connection -> { };
    private final Set<String> snapshotting = ConcurrentHashMap.newKeySet();
    private final ConcurrentHashMap<String, Finding> snapshotFailures = new ConcurrentHashMap<>();
    /** Appends (and creations) under way, to which snapshots give way. */
    private final Foreground foreground = new Foreground(5, java.util.concurrent.TimeUnit.MILLISECONDS);
    /** Never has work under way: for writing a register the caller waits for. */
    private static final Foreground UNHINDERED = new Foreground(0, java.util.concurrent.TimeUnit.NANOSECONDS);
    private final java.util.concurrent.ExecutorService snapshots = java.util.concurrent.Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "tracker-store-snapshots");
        thread.setDaemon(true);
        return thread;
    });

    /** A register at a version, as last seen by this store; a register at a version never changes. */
    private record Current(long version, Register register) {}

    /**
     * How the last load from the database went.
     *
     * @param registerId the register
     * @param version the version loaded
     * @param snapshot the version it started from: a snapshot's, 0 for the baseline, or that of the register held in memory
     * @param replayed how many changes it replayed
     * @param fromMemory whether it started from the register held in memory rather than a snapshot or the baseline
     */
    record LoadTrace(String registerId, long version, long snapshot, int replayed, boolean fromMemory) {}

    /** Called with the append's connection just before its commit; for tests of faults. */
    interface BeforeCommit {
        void run(Connection connection) throws SQLException;
    }

    private PostgresRegisterStore(HikariDataSource pool, String name, int snapshotEvery, String schema) {
        this.pool = pool;
        this.schema = schema;
        this.name = name;
        this.snapshotEvery = snapshotEvery;
    }

    /**
     * Opens the store, creating or migrating its schema.
     *
     * @param uri {@code jdbc:postgresql://HOST:PORT/DATABASE?user=USER}
     * @param options {@code snapshot-every}, {@code pool-size}
     * @param environment reads environment variables (the password)
     * @return the store
     * @throws IllegalArgumentException if the URI or an option cannot be used
     * @throws StoreException if the database cannot be reached or its schema migrated
     */
    public static PostgresRegisterStore open(String uri, Options options, Function<String, String> environment) {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(options, "options");
        if (!uri.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            throw new IllegalArgumentException("the PostgreSQL store's URI is jdbc:postgresql://HOST:PORT/DATABASE?user=USER");
        }
        for (String option : options.values().keySet()) {
            if (!OPTIONS.contains(option)) {
                throw new IllegalArgumentException("the PostgreSQL store has no option '" + option + "'; its options are "
                        + new java.util.TreeSet<>(OPTIONS));
            }
        }
        int snapshotEvery = whole(options, "snapshot-every", DEFAULT_SNAPSHOT_EVERY);
        int poolSize = whole(options, "pool-size", DEFAULT_POOL_SIZE);
        int query = uri.indexOf('?');
        String base = query < 0 ? uri : uri.substring(0, query);
        String name = base.replaceFirst("//[^/@]*@", "//");
        List<String> kept = new ArrayList<>();
        String password = null;
        if (query >= 0) {
            for (String parameter : uri.substring(query + 1).split("&")) {
                if (parameter.isEmpty()) {
                    continue;
                }
                int equals = parameter.indexOf('=');
                String key = equals < 0 ? parameter : parameter.substring(0, equals);
                if (key.equalsIgnoreCase("password")) {
                    password = equals < 0 ? "" : URLDecoder.decode(parameter.substring(equals + 1), StandardCharsets.UTF_8);
                } else {
                    kept.add(parameter);
                }
            }
        }
        if (password == null) {
            password = environment.apply(PASSWORD_VARIABLE);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(base + (kept.isEmpty() ? "" : "?" + String.join("&", kept)));
        if (password != null) {
            config.setPassword(password);
        }
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("tracker-store");
        config.setConnectionTimeout(10_000);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreException(Finding.error(name, "could not connect to the database: " + rootMessage(e)
                    + "; check the host, port, database and user in the URI, and the password in " + PASSWORD_VARIABLE), e);
        }
        String schema;
        try {
            Flyway flyway = Flyway.configure().dataSource(pool).locations(MIGRATIONS).table(HISTORY_TABLE).baselineOnMigrate(true)
                    .baselineVersion("0").load();
            MigrateResult result = flyway.migrate();
            MigrationInfo current = flyway.info().current();
            String version = current == null || current.getVersion() == null ? "none" : current.getVersion().getVersion();
            String before = result.initialSchemaVersion == null || "0".equals(result.initialSchemaVersion) ? null : result.initialSchemaVersion;
            schema = "version " + version + (result.migrationsExecuted == 0 ? " (already up to date)"
                    : before == null ? " (created now: " + migrations(result.migrationsExecuted) + " applied)"
                    : " (migrated now from version " + before + ": " + migrations(result.migrationsExecuted) + " applied)");
        } catch (FlywayException e) {
            pool.close();
            throw new StoreException(Finding.error(name, "could not create or migrate the store's tables: " + rootMessage(e)), e);
        }
        return new PostgresRegisterStore(pool, name, snapshotEvery, schema);
    }

    private static String migrations(int count) {
        return count + " migration" + (count == 1 ? "" : "s");
    }

    @Override
    public Optional<String> schema() {
        return Optional.of(schema);
    }

    /** @return how many changes between snapshots */
    public int snapshotEvery() {
        return snapshotEvery;
    }

    @Override
    public List<String> registers() {
        try (Connection c = pool.getConnection()) {
            return registers(c);
        } catch (SQLException e) {
            throw failure("could not list the registers", e);
        }
    }

    private static List<String> registers(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM registers ORDER BY id"); ResultSet rows = s.executeQuery()) {
            List<String> ids = new ArrayList<>();
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
            return ids;
        }
    }

    @Override
    public void create(Register baseline) {
        Objects.requireNonNull(baseline, "baseline");
        byte[] gzip = gzip(baseline);
        try (Connection c = pool.getConnection()) {
            insertRegister(c, baseline.id(), gzip, 0);
        } catch (SQLException e) {
            throw failure("could not create register '" + baseline.id() + "'", e);
        }
    }

    /**
     * Stores a new register with changes already recorded to it, in one transaction: the register, its changes and
     * its version are all there after the commit, or nothing is.
     */
    @Override
    public Stored create(Register baseline, List<? extends Change> changes, RegisterValidator validator) {
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(validator, "validator");
        List<Change> copy = List.copyOf(changes);
        if (!copy.isEmpty() && copy.get(0).stamp().version() != 0) {
            throw new IllegalArgumentException("change " + copy.get(0).stamp().id() + " was made against version "
                    + copy.get(0).stamp().version() + ", but a new register is at version 0");
        }
        consecutive(copy);
        byte[] gzip = gzip(baseline);
        String registerId = baseline.id();
        return inTransaction(registerId, copy, "could not create register '" + registerId + "'", c -> {
            insertRegister(c, registerId, gzip, 0);
            return insertChanges(c, registerId, 0, baseline, copy, validator);
        });
    }

    /** The work of one transaction that records changes: it returns what it did, for after the commit. */
    private interface Recording {
        Appended run(Connection c) throws SQLException;
    }

    /**
     * Runs the work in one transaction and commits it, then remembers the register and has a snapshot written if
     * one is due; on a failure rolls back and says what happened to the changes.
     */
    private Stored inTransaction(String registerId, List<Change> changes, String what, Recording work) {
        boolean committing = false;
        foreground.begin();
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                Appended done = work.run(c);
                beforeCommit.run(c);
                committing = true;
                c.commit();
                committed(registerId, done);
                return done.stored();
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c);
                throw e;
            }
        } catch (SQLException e) {
            throw changes.isEmpty() ? failure(what, e) : appendFailure(registerId, changes.get(0), committing, e);
        } finally {
            foreground.end();
        }
    }

    private void insertRegister(Connection c, String registerId, byte[] gzip, long version) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO registers (id, baseline_gzip, version) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING")) {
            s.setString(1, registerId);
            s.setBytes(2, gzip);
            s.setLong(3, version);
            if (s.executeUpdate() == 0) {
                throw new StoreException(Finding.error(name + " register " + registerId, "the store already holds register '"
                        + registerId + "', so it was not created again; record changes to it, or give the new register another id"));
            }
        }
    }

    @Override
    public Stored load(String registerId, Optional<Instant> recordedUpTo) {
        Objects.requireNonNull(registerId, "registerId");
        Objects.requireNonNull(recordedUpTo, "recordedUpTo");
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                long current = version(c, registerId, false);
                long upTo = current;
                if (recordedUpTo.isPresent()) {
                    try (PreparedStatement s = c.prepareStatement(
                            "SELECT min(version) FROM changes WHERE register_id = ? AND recorded_at > ?")) {
                        s.setString(1, registerId);
                        s.setTimestamp(2, Timestamp.from(recordedUpTo.get()));
                        try (ResultSet rows = s.executeQuery()) {
                            rows.next();
                            long first = rows.getLong(1);
                            if (!rows.wasNull()) {
                                upTo = first - 1;
                            }
                        }
                    }
                }
                Register register = registerAt(c, registerId, upTo);
                c.commit();
                return new Stored(register, upTo, List.of(), List.of());
            } finally {
                rollbackQuietly(c);
            }
        } catch (SQLException e) {
            throw failure("could not load register '" + registerId + "'", e);
        }
    }

    @Override
    public Stored append(String registerId, List<? extends Change> changes, RegisterValidator validator) {
        Objects.requireNonNull(registerId, "registerId");
        Objects.requireNonNull(validator, "validator");
        List<Change> copy = List.copyOf(changes);
        if (copy.isEmpty()) {
            return load(registerId, Optional.empty());
        }
        Change first = copy.get(0);
        consecutive(copy);
        return inTransaction(registerId, copy, "could not append to register '" + registerId + "'", c -> {
            long version = version(c, registerId, true);
            if (first.stamp().version() != version) {
                Optional<Recorded> winner = recorded(c, registerId, first.stamp().version() + 1);
                throw new StoreConflictException(name + " register " + registerId + " version " + version, first, version, winner);
            }
            return insertChanges(c, registerId, version, registerAt(c, registerId, version), copy, validator);
        });
    }

    /** What an append's transaction did, for after its commit. */
    private record Appended(Stored stored, long latestSnapshot) {}

    private static void consecutive(List<Change> changes) {
        for (int i = 1; i < changes.size(); i++) {
            Change change = changes.get(i);
            long expected = changes.get(0).stamp().version() + i;
            if (change.stamp().version() != expected) {
                throw new IllegalArgumentException("change " + change.stamp().id() + " (the " + (i + 1) + ". of the append) was made"
                        + " against version " + change.stamp().version() + ", but follows a change that makes version "
                        + expected + "; number the changes of one append one after another");
            }
        }
    }

    /**
     * Checks and applies the changes to the register at a version, inserts them and moves the register's version on,
     * in the caller's transaction; the register's row is locked (or new).
     */
    private Appended insertChanges(Connection c, String registerId, long version, Register register, List<Change> changes,
            RegisterValidator validator) throws SQLException {
        List<Finding> warnings = new ArrayList<>();
        List<Recorded> recorded = new ArrayList<>();
        Register before = register;
        long at = version;
        if (!changes.isEmpty()) {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO changes (register_id, version, change_id, recorded_at,"
                    + " recorded_by, type, subject, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb)")) {
                for (Change change : changes) {
                    register = Changes.applyUnvalidated(register, change);
                    at++;
                    recorded.add(new Recorded(at, change));
                    insert.setString(1, registerId);
                    insert.setLong(2, at);
                    insert.setString(3, change.stamp().id());
                    insert.setTimestamp(4, Timestamp.from(change.stamp().recordedAt()));
                    insert.setString(5, change.stamp().recordedBy());
                    insert.setString(6, change.type());
                    insert.setString(7, change.subject().orElse(null));
                    insert.setString(8, changeJson.write(change));
                    insert.addBatch();
                }
                warnings.addAll(Changes.check(before, register, changes, validator));
                insert.executeBatch();
            }
            try (PreparedStatement move = c.prepareStatement("UPDATE registers SET version = ? WHERE id = ?")) {
                move.setLong(1, at);
                move.setString(2, registerId);
                move.executeUpdate();
            }
        }
        long latestSnapshot = 0;
        try (PreparedStatement s = c.prepareStatement("SELECT max(version) FROM snapshots WHERE register_id = ?")) {
            s.setString(1, registerId);
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                latestSnapshot = rows.getLong(1);
            }
        }
        snapshotFailures.forEach((failedAt, failure) -> {
            if (failedAt.startsWith(registerId + "@")) {
                warnings.add(failure);
                snapshotFailures.remove(failedAt, failure);
            }
        });
        return new Appended(new Stored(register, at, recorded, warnings), latestSnapshot);
    }

    /** After an append's commit: remembers the register, and has a snapshot written if the latest is far enough behind. */
    private void committed(String registerId, Appended done) {
        long version = done.stored().version();
        Register register = done.stored().register();
        remember(registerId, version, register);
        if (version - done.latestSnapshot() >= snapshotEvery && snapshotting.add(registerId)) {
            try {
                snapshots.execute(() -> {
                    try {
                        writeSnapshot(registerId, version, register);
                    } finally {
                        snapshotting.remove(registerId);
                    }
                });
            } catch (java.util.concurrent.RejectedExecutionException closed) {
                snapshotting.remove(registerId);
            }
        }
    }

    /** Writes a snapshot of the register at a version, on the snapshot thread; a failure is reported by the next append. */
    private void writeSnapshot(String registerId, long version, Register register) {
        try {
            byte[] gzip = gzip(register, foreground);
            foreground.giveWay();
            try (Connection c = pool.getConnection(); PreparedStatement s = c.prepareStatement("INSERT INTO snapshots"
                    + " (register_id, version, register_gzip) VALUES (?, ?, ?) ON CONFLICT (register_id, version) DO NOTHING")) {
                s.setString(1, registerId);
                s.setLong(2, version);
                s.setBytes(3, gzip);
                s.executeUpdate();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SQLException | RuntimeException e) {
            snapshotFailures.put(registerId + "@" + version, Finding.warning(name + " register " + registerId + " version " + version,
                    "the snapshot of the register at this version could not be written (" + (e instanceof SQLException sql ? describe(sql)
                    : String.valueOf(e.getMessage())) + "); nothing recorded is lost, but loading replays the changes since the"
                    + " snapshot before it until a later one is written"));
        }
    }

    /** The register's compact canonical JSON, compressed with gzip at its fastest setting, written at once. */
    private static byte[] gzip(Register register) {
        return gzip(register, UNHINDERED);
    }

    /**
     * The register's compact canonical JSON, compressed with gzip at its fastest setting, written in steps that give
     * way to appends under way.
     */
    static byte[] gzip(Register register, Foreground foreground) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(1 << 16);
        try (GZIPOutputStream zip = new FastGzip(bytes)) {
            new RegisterJson().writeCompact(register, foreground.givingWay(zip));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** gzip at level 1: a tenth of the JSON's bytes at several times the speed of the default level. */
    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(java.io.OutputStream out) throws java.io.IOException {
            super(out, 1 << 16);
            def.setLevel(java.util.zip.Deflater.BEST_SPEED);
        }
    }

    /**
     * Waits until the snapshots asked for so far are written (or have failed).
     *
     * @throws InterruptedException if interrupted while waiting
     */
    void awaitSnapshots() throws InterruptedException {
        try {
            snapshots.submit(() -> { }).get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<Recorded> history(String registerId, Optional<String> subject) {
        Objects.requireNonNull(registerId, "registerId");
        Objects.requireNonNull(subject, "subject");
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                version(c, registerId, false);
                List<Recorded> recorded = new ArrayList<>();
                try (PreparedStatement s = c.prepareStatement("SELECT version, payload::text FROM changes WHERE register_id = ?"
                        + (subject.isPresent() ? " AND subject = ?" : "") + " ORDER BY version")) {
                    s.setString(1, registerId);
                    if (subject.isPresent()) {
                        s.setString(2, subject.get());
                    }
                    try (ResultSet rows = s.executeQuery()) {
                        while (rows.next()) {
                            recorded.add(new Recorded(rows.getLong(1), change(registerId, rows.getLong(1), rows.getString(2))));
                        }
                    }
                }
                c.commit();
                return recorded;
            } finally {
                rollbackQuietly(c);
            }
        } catch (SQLException e) {
            throw failure("could not read the history of register '" + registerId + "'", e);
        }
    }

    /**
     * Closes the store: waits up to a minute for snapshots still being written (a snapshot not written is not a
     * loss: loading replays from the one before), then closes the connections.
     */
    @Override
    public void close() {
        snapshots.shutdown();
        try {
            if (!snapshots.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES)) {
                snapshots.shutdownNow();
            }
        } catch (InterruptedException e) {
            snapshots.shutdownNow();
            Thread.currentThread().interrupt();
        } finally {
            pool.close();
        }
    }

    @Override
    public String toString() {
        return name;
    }

    /** @return how the last load that read changes from the database went, or null before any */
    LoadTrace lastLoad() {
        return lastLoad;
    }

    /** @param hook called with an append's connection just before its commit */
    void beforeCommit(BeforeCommit hook) {
        this.beforeCommit = Objects.requireNonNull(hook, "hook");
    }

    /** Forgets the registers held in memory, so that the next load reads the database. */
    void forget() {
        latest.clear();
    }

    // --- reading

    private long version(Connection c, String registerId, boolean lock) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT version FROM registers WHERE id = ?" + (lock ? " FOR UPDATE" : ""))) {
            s.setString(1, registerId);
            try (ResultSet rows = s.executeQuery()) {
                if (!rows.next()) {
                    throw new StoreException(Finding.error(name, "the store holds no register '" + registerId + "'; it holds "
                            + registers(c)));
                }
                return rows.getLong(1);
            }
        }
    }

    private Register registerAt(Connection c, String registerId, long version) throws SQLException {
        Current known = latest.get(registerId);
        if (known != null && known.version() == version) {
            return known.register();
        }
        if (known != null && known.version() < version && version - known.version() < snapshotEvery) {
            return replay(c, registerId, known.version(), known.register(), version, true);
        }
        long from = 0;
        byte[] json = null;
        try (PreparedStatement s = binary(c.prepareStatement("SELECT version, register, register_gzip FROM snapshots"
                + " WHERE register_id = ? AND version <= ? ORDER BY version DESC LIMIT 1"))) {
            s.setString(1, registerId);
            s.setLong(2, version);
            try (ResultSet rows = s.executeQuery()) {
                if (rows.next()) {
                    from = rows.getLong(1);
                    json = firstOf(rows.getBytes(2), rows.getBytes(3));
                }
            }
        }
        if (json == null) {
            try (PreparedStatement s = binary(c.prepareStatement("SELECT baseline, baseline_gzip FROM registers WHERE id = ?"))) {
                s.setString(1, registerId);
                try (ResultSet rows = s.executeQuery()) {
                    rows.next();
                    json = firstOf(rows.getBytes(1), rows.getBytes(2));
                }
            }
        }
        String where = name + " register " + registerId + (from == 0 ? " baseline" : " snapshot " + from);
        // RegisterJson reads the compressed form (a gzip stream) and the plain TEXT of rows written before it alike
        ImportResult read = new RegisterJson().read(new java.io.ByteArrayInputStream(json), where);
        if (read.register().isEmpty()) {
            throw new StoreException(read.findings());
        }
        return replay(c, registerId, from, read.register().get(), version, false);
    }

    private static byte[] firstOf(byte[] text, byte[] gzip) {
        return text != null ? text : gzip;
    }

    /**
     * Has the statement's results sent in PostgreSQL's binary form, so that a register's bytes arrive as they are
     * rather than as hexadecimal text twice their size.
     */
    private static PreparedStatement binary(PreparedStatement statement) throws SQLException {
        statement.unwrap(org.postgresql.PGStatement.class).setPrepareThreshold(-1);
        return statement;
    }

    private Register replay(Connection c, String registerId, long from, Register start, long version, boolean fromMemory)
            throws SQLException {
        Register register = start;
        int replayed = 0;
        try (PreparedStatement s = c.prepareStatement(
                "SELECT version, payload::text FROM changes WHERE register_id = ? AND version > ? AND version <= ? ORDER BY version")) {
            s.setString(1, registerId);
            s.setLong(2, from);
            s.setLong(3, version);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    long at = rows.getLong(1);
                    Change change = change(registerId, at, rows.getString(2));
                    try {
                        register = Changes.applyUnvalidated(register, change);
                    } catch (RefusedChangeException e) {
                        throw new StoreException(Finding.error(name + " register " + registerId + " version " + at,
                                "the recorded change cannot be applied to the register as recorded before it: " + e.getMessage()));
                    }
                    replayed++;
                }
            }
        }
        if (from + replayed != version) {
            throw new StoreException(Finding.error(name + " register " + registerId, "the store should hold versions " + (from + 1)
                    + " to " + version + " but holds " + replayed + " of them"));
        }
        lastLoad = new LoadTrace(registerId, version, from, replayed, fromMemory);
        remember(registerId, version, register);
        return register;
    }

    private void remember(String registerId, long version, Register register) {
        latest.merge(registerId, new Current(version, register), (old, now) -> now.version() >= old.version() ? now : old);
    }

    private Optional<Recorded> recorded(Connection c, String registerId, long version) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT payload::text FROM changes WHERE register_id = ? AND version = ?")) {
            s.setString(1, registerId);
            s.setLong(2, version);
            try (ResultSet rows = s.executeQuery()) {
                return rows.next() ? Optional.of(new Recorded(version, change(registerId, version, rows.getString(1)))) : Optional.empty();
            }
        }
    }

    private Change change(String registerId, long version, String json) {
        try {
            return changeJson.read(json, name + " register " + registerId + " version " + version);
        } catch (ChangeJson.InvalidChangeException e) {
            throw new StoreException(e.finding());
        }
    }

    // --- failures

    private StoreException appendFailure(String registerId, Change first, boolean committing, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String where = name + " register " + registerId;
        if ("23505".equals(state) && String.valueOf(e.getMessage()).contains("changes_register_change_id")) {
            return new StoreException(Finding.error(where, "a change with id " + first.stamp().id() + " or another of the append's ids"
                    + " is already recorded; nothing of this append was recorded"), e);
        }
        if ("23505".equals(state)) {
            try (Connection c = pool.getConnection()) {
                long version = version(c, registerId, false);
                return new StoreConflictException(where + " version " + version, first, version,
                        recorded(c, registerId, first.stamp().version() + 1));
            } catch (SQLException again) {
                return failure("another writer recorded a change at version " + (first.stamp().version() + 1)
                        + " first; nothing of this append was recorded", e);
            }
        }
        if (lostConnection(state)) {
            if (!committing) {
                return new StoreException(Finding.error(where, "the connection to the database was lost while appending "
                        + "(" + describe(e) + "); the database keeps nothing of a transaction that was not committed, so nothing of"
                        + " this append was recorded; load the register again and retry"), e);
            }
            try (Connection c = pool.getConnection(); PreparedStatement s = c.prepareStatement(
                    "SELECT version FROM changes WHERE register_id = ? AND change_id = ?")) {
                s.setString(1, registerId);
                s.setString(2, first.stamp().id());
                try (ResultSet rows = s.executeQuery()) {
                    String outcome = rows.next() ? "it was recorded (checked after reconnecting: change " + first.stamp().id()
                            + " is at version " + rows.getLong(1) + ")" : "nothing of this append was recorded (checked after"
                            + " reconnecting); load the register again and retry";
                    return new StoreException(Finding.error(where, "the connection to the database was lost while committing the"
                            + " append (" + describe(e) + "): " + outcome), e);
                }
            } catch (SQLException again) {
                return new StoreException(Finding.error(where, "the connection to the database was lost while committing the append ("
                        + describe(e) + ") and the database could not be reached again to see whether it was recorded; load the"
                        + " register when it can be reached: change " + first.stamp().id() + " is in its history or not at all"), e);
            }
        }
        return failure("could not append to register '" + registerId + "'; nothing was recorded", e);
    }

    private static boolean lostConnection(String state) {
        return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03");
    }

    private StoreException failure(String what, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String hint = lostConnection(state) ? "; the database could not be reached or the connection was lost" : "";
        return new StoreException(Finding.error(name, what + ": " + describe(e) + hint), e);
    }

    private static String describe(SQLException e) {
        return (e.getSQLState() == null ? "" : "SQL state " + e.getSQLState() + ": ") + e.getMessage();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + root.getMessage() + ")";
    }

    private static void rollbackQuietly(Connection c) {
        try {
            if (!c.isClosed() && !c.getAutoCommit()) {
                c.rollback();
            }
        } catch (SQLException e) {
            // the connection is broken; the database rolls the transaction back when it goes
        }
    }

    private static int whole(Options options, String option, int otherwise) {
        Optional<String> text = options.text(option);
        if (text.isEmpty()) {
            return otherwise;
        }
        try {
            int value = Integer.parseInt(text.get().strip());
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException("option '" + option + "' is a whole number, 1 or more, not '" + text.get() + "'");
    }
}
