package io.github.rectrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectrack.cli.MemoryWatch.Sample;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The memory watch: its rule on samples, and a child JVM whose heap is full and whose collector never stops,
 * which the watch ends with the out-of-memory line and exit code 2.
 */
class MemoryWatchTest {

    private static final long SECOND = 1_000_000_000L;
    private static final long MB = 1024 * 1024;

    /** Samples every half second for {@code seconds}, the collectors busy {@code busy} of the time, the old generation {@code full}. */
    private static Optional<MemoryWatch.Verdict> feed(MemoryWatch watch, int seconds, double busy, double full) {
        Optional<MemoryWatch.Verdict> verdict = Optional.empty();
        for (int i = 0; i <= seconds * 2; i++) {
            long nanos = i * SECOND / 2;
            verdict = watch.add(new Sample(nanos, Math.round(nanos * busy / 1e6), Math.round(1000 * MB * full), 1000 * MB));
            if (verdict.isPresent()) {
                return verdict;
            }
        }
        return verdict;
    }

    @Test
    void aFullHeapThatTheCollectorsNeverLeaveEndsTheRunOnceTheWindowHasPassed() {
        MemoryWatch watch = new MemoryWatch(Duration.ofSeconds(20));
        assertThat(feed(watch, 19, 0.99, 0.99)).as("not before the window has passed").isEmpty();
        assertThat(watch.add(new Sample(20 * SECOND + SECOND / 2, Math.round(20.5 * 990), 990 * MB, 1000 * MB)).map(MemoryWatch.Verdict::describe))
                .hasValue("for the last 20 s the JVM spent 99% of its time collecting garbage, and the heap stayed 99% full");
    }

    @Test
    void busyCollectorsWithRoomInTheHeapOrAFullHeapWithoutThemGoOn() {
        assertThat(feed(new MemoryWatch(Duration.ofSeconds(20)), 60, 0.99, 0.80)).as("room left after each collection").isEmpty();
        assertThat(feed(new MemoryWatch(Duration.ofSeconds(20)), 60, 0.45, 0.99)).as("the program still gets 55%").isEmpty();
        assertThat(feed(new MemoryWatch(Duration.ofSeconds(20)), 60, 0.55, 0.96)).isPresent();
    }

    @Test
    void theRuleLooksOnlyAtTheLastWindow() {
        MemoryWatch watch = new MemoryWatch(Duration.ofSeconds(10));
        // ten seconds of nothing but collecting, then ten of work: the window after them is fine
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i <= 20; i++) {
            samples.add(new Sample(i * SECOND, Math.min(i, 10) * 1000L, 990 * MB, 1000 * MB));
        }
        Optional<String> first = Optional.empty();
        for (Sample sample : samples) {
            Optional<MemoryWatch.Verdict> verdict = watch.add(sample);
            if (verdict.isPresent() && first.isEmpty()) {
                first = Optional.of(sample.nanos() / SECOND + ": " + verdict.get().describe());
            }
        }
        assertThat(first).hasValue("10: for the last 10 s the JVM spent 100% of its time collecting garbage, and the heap stayed 99% full");
        assertThat(watch.add(new Sample(21 * SECOND, 10_000, 990 * MB, 1000 * MB))).as("the last 10 s were work").isEmpty();
    }

    @Test
    void anUnknownMaximumIsNeverJudged() {
        MemoryWatch watch = new MemoryWatch(Duration.ofSeconds(1));
        assertThat(watch.add(new Sample(0, 0, 990 * MB, -1))).isEmpty();
        assertThat(watch.add(new Sample(5 * SECOND, 5000, 990 * MB, -1))).isEmpty();
    }

    @Test
    void theOldGenerationIsTheLargestHeapPoolThatReportsWhatACollectionLeft() {
        var pool = MemoryWatch.oldGeneration(ManagementFactory.getMemoryPoolMXBeans()).orElseThrow();
        assertThat(pool.getType()).isEqualTo(MemoryType.HEAP);
        assertThat(pool.getName()).containsAnyOf("Old", "Tenured");
    }

    @Test
    void aChildJvmThatDoesNothingButCollectIsEndedWithTheOutOfMemoryLine() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path out = Files.createTempFile("thrashing", ".out");
        Path err = Files.createTempFile("thrashing", ".err");
        Process process = new ProcessBuilder(java, "-Xmx48m", "-XX:+UseSerialGC", "-Xshare:auto", "-cp",
                System.getProperty("java.class.path"), Thrashing.class.getName())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        boolean ended = process.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly().waitFor();
        }
        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        Files.delete(out);
        Files.delete(err);
        assertThat(ended).as("the child JVM ended: " + stderr).isTrue();
        assertThat(process.exitValue()).as(stderr).isEqualTo(TrackerCommand.EXIT_USAGE);
        assertThat(stdout).isEqualTo("full\n");
        assertThat(stderr.lines()).singleElement().asString()
                .matches("tracker: 'summary' ran out of memory \\(for the last [34] s the JVM spent ([5-9][0-9]|100)% of its time collecting"
                        + " garbage, and the heap stayed (9[5-9]|100)% full\\), with a maximum heap of \\d+ MiB\\. Start Java with a larger"
                        + " heap .*");
    }

    /** Fills its heap with live data, then allocates garbage for ever: every collection frees almost nothing. */
    static final class Thrashing {

        public static void main(String[] args) throws InterruptedException {
            MemoryWatch.start("summary", Duration.ZERO, Duration.ofSeconds(3), System.err);
            Thread.sleep(500); // the watch sets its reserve aside before the heap fills, as it does at the start of a command
            TrackerCommand.subcommandNamed("summary"); // the program's class, which runs every command, is loaded
            List<long[]> live = LIVE;
            try {
                while (true) {
                    live.add(new long[128]);
                }
            } catch (OutOfMemoryError e) {
                for (int i = 0; i < 200 && !live.isEmpty(); i++) {
                    live.remove(live.size() - 1); // about 200 KB to collect, again and again
                }
            }
            System.out.println("full");
            System.out.flush();
            while (true) {
                try {
                    sink = new long[64]; // escapes, so it is allocated and the previous one is garbage
                } catch (OutOfMemoryError e) {
                    // the watch's own few bytes took the room: go on
                }
            }
        }

        /** The live data, in a field so that it stays reachable while the garbage is made. */
        static final List<long[]> LIVE = new ArrayList<>();

        /** Where the garbage goes: a field, so that the compiler cannot leave the allocation out. */
        static volatile Object sink;
    }
}
