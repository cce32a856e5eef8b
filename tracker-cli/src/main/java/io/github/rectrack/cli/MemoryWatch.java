package io.github.rectrack.cli;

import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Ends a run that has all but run out of memory: one whose heap stays full after every collection while the
 * collections take nearly all of its time. The serial collector the launcher chooses has no limit of this kind
 * of its own (the parallel collector's "GC overhead limit"), so a register a little too large for the heap would
 * have a command collect garbage for many minutes instead of failing; with the watch it fails as running out of
 * memory does, with the same one line of advice ({@link TrackerCommand#outOfMemory(String, String, long)}) and
 * exit code {@link TrackerCommand#EXIT_USAGE}. Files are written atomically ({@link AtomicFiles}), so nothing is
 * left half-written, and the shutdown hooks (POI's temporary directory) run.
 *
 * <p>The rule, over the last {@link #WINDOW}: the collectors' time is at least {@link #BUSY} of the time that
 * passed, and the old generation (the heap pool collected least often) was at least {@link #FULL} full after its
 * latest collection. The watch's thread first sleeps for {@link #DELAY}, so a short command never loads the
 * management classes at all.
 */
final class MemoryWatch {

    /** How long the collectors must have been busy, with the heap full, before the run is ended. */
    static final Duration WINDOW = Duration.ofSeconds(20);

    /** How long after the start the watch begins to look: no command that ends sooner pays for it. */
    static final Duration DELAY = Duration.ofSeconds(5);

    /**
     * The share of the time that passed which the collectors took over the window. Half, not the parallel
     * collector's 98%: on a machine whose cores other work shares, a collector that never stops still shows only
     * 60-90% of the time that passed (measured), and no run with its heap this full after a collection has more
     * than a little work left before it runs out.
     */
    static final double BUSY = 0.5;

    /** The share of the old generation still in use after its latest collection. */
    static final double FULL = 0.95;

    /** The bytes set aside for saying that the heap is full and for exiting: {@value}. */
    private static final int RESERVE = 2 * 1024 * 1024;

    /** Set aside when the watch begins to look, let go when it ends the run. */
    @SuppressWarnings("unused")
    private static volatile byte[] reserve;

    /** How often the watch looks. */
    private static final Duration EVERY = Duration.ofMillis(500);

    /**
     * What the watch saw at one moment.
     *
     * @param nanos when, from {@link System#nanoTime()}
     * @param collectingMillis the collectors' time so far, in milliseconds
     * @param usedAfterCollection the old generation's bytes in use after its latest collection
     * @param max the old generation's most bytes; 0 or less if not known
     */
    record Sample(long nanos, long collectingMillis, long usedAfterCollection, long max) {}

    private final Duration window;
    private final ArrayDeque<Sample> samples = new ArrayDeque<>();

    /**
     * A watch that judges over a window.
     *
     * @param window how long the collectors must have been busy with the heap full
     */
    MemoryWatch(Duration window) {
        this.window = window;
    }

    /**
     * Takes in what the watch saw, and says whether the run has all but run out of memory.
     *
     * @param sample the latest sample; samples come in time order
     * @return what the run did over the window, if it has all but run out; empty otherwise
     */
    Optional<Verdict> add(Sample sample) {
        samples.addLast(sample);
        // keep the newest sample at or before the window's start, and those after it
        while (samples.size() > 2 && sample.nanos() - secondOldest().nanos() >= window.toNanos()) {
            samples.removeFirst();
        }
        Sample first = samples.peekFirst();
        long elapsed = sample.nanos() - first.nanos();
        if (elapsed < window.toNanos() || sample.max() <= 0) {
            return Optional.empty();
        }
        double busy = (sample.collectingMillis() - first.collectingMillis()) * 1e6 / elapsed;
        double full = (double) sample.usedAfterCollection() / sample.max();
        if (busy < BUSY || full < FULL) {
            return Optional.empty();
        }
        return Optional.of(new Verdict(Math.round(elapsed / 1e9), Math.min(100, Math.round(busy * 100)),
                Math.min(100, Math.round(full * 100))));
    }

    /**
     * What a run that has all but run out of memory did over the window.
     *
     * @param seconds the window
     * @param busyPercent the share of it the collectors took
     * @param fullPercent how full the old generation was after its latest collection
     */
    record Verdict(long seconds, long busyPercent, long fullPercent) {

        /** @return the words for the error line (made only once the watch's reserve is let go: they need memory) */
        String describe() {
            return "for the last " + seconds + " s the JVM spent " + busyPercent + "% of its time collecting garbage, and the heap stayed "
                    + fullPercent + "% full";
        }
    }

    private Sample secondOldest() {
        var iterator = samples.iterator();
        iterator.next();
        return iterator.next();
    }

    /**
     * Starts watching this JVM on a daemon thread: once the rule holds, the error line goes to standard error and
     * the JVM exits with {@link TrackerCommand#EXIT_USAGE}. For the program's own run only; never for an embedding
     * program's JVM.
     *
     * @param command the subcommand running, for the error line
     */
    static void start(String command) {
        start(command, DELAY, WINDOW, System.err);
    }

    /**
     * Starts watching with other timings (for tests).
     *
     * @param command the subcommand running
     * @param delay how long to sleep before looking
     * @param window how long the rule must hold
     * @param err where the error line goes
     */
    static void start(String command, Duration delay, Duration window, PrintStream err) {
        Thread thread = new Thread(() -> watch(command, delay, window, err), "tracker-memory-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private static void watch(String command, Duration delay, Duration window, PrintStream err) {
        try {
            Thread.sleep(delay.toMillis());
            List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
            Optional<MemoryPoolMXBean> old = oldGeneration(ManagementFactory.getMemoryPoolMXBeans());
            if (old.isEmpty()) {
                return; // no heap pool says what a collection left: nothing to judge by
            }
            MemoryWatch watch = new MemoryWatch(window);
            try {
                reserve = new byte[RESERVE];
                // the classes and call sites the end of a run needs, loaded and linked while there is room for them
                TrackerCommand.outOfMemory(command, new Verdict(0, 0, 0).describe(), Runtime.getRuntime().maxMemory());
            } catch (OutOfMemoryError e) {
                // already full: the watch goes on without its reserve
            }
            while (true) {
                try {
                    look(watch, collectors, old.get(), command, err);
                } catch (OutOfMemoryError e) {
                    // the heap this watch is for had no room for its few bytes either: it looks again next time
                }
                Thread.sleep(EVERY.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | LinkageError e) {
            // no management beans in this runtime: the run goes on unwatched
        }
    }

    /** Takes one sample, and ends the run if the rule holds. */
    private static void look(MemoryWatch watch, List<GarbageCollectorMXBean> collectors, MemoryPoolMXBean old, String command,
            PrintStream err) {
        long collecting = 0;
        for (GarbageCollectorMXBean collector : collectors) {
            collecting += Math.max(0, collector.getCollectionTime());
        }
        MemoryUsage after = old.getCollectionUsage();
        Optional<Verdict> verdict = watch.add(new Sample(System.nanoTime(), collecting,
                after == null ? 0 : after.getUsed(), after == null ? 0 : after.getMax()));
        if (verdict.isPresent()) {
            reserve = null; // room for the line and for the exit, in a heap that has none
            err.println(TrackerCommand.outOfMemory(command, verdict.get().describe(), Runtime.getRuntime().maxMemory()));
            err.flush();
            System.exit(TrackerCommand.EXIT_USAGE);
        }
    }

    /**
     * The old generation: of the heap pools that report their use after a collection, the largest (the serial
     * collector's "Tenured Gen", G1's "G1 Old Gen", the parallel collector's "PS Old Gen").
     *
     * @param pools the JVM's memory pools
     * @return the pool, if there is one
     */
    static Optional<MemoryPoolMXBean> oldGeneration(List<MemoryPoolMXBean> pools) {
        return pools.stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported())
                .max(Comparator.comparingLong(pool -> pool.getUsage().getMax()));
    }
}
