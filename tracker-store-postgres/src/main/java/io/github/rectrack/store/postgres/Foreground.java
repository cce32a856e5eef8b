package io.github.rectrack.store.postgres;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;

/**
 * The work a store's callers wait for (appends), and background work (snapshots) that gives way to it. Background
 * work calls {@link #giveWay()} between small steps: while foreground work is under way it waits, up to a bound
 * per step, so a snapshot takes the processor only between appends, and still moves on, slowly, under appends that
 * never pause. A snapshot of a large register costs most of a second of one core's time; on a machine of two cores
 * that time, taken beside the appends, is what made the appends just after a snapshot several times slower.
 */
final class Foreground {

    private final Object lock = new Object();
    private final long longestWaitNanos;
    private volatile int underWay;

    /**
     * @param longestWait how long one step of background work waits at most for foreground work to end
     * @param unit the unit of {@code longestWait}
     */
    Foreground(long longestWait, TimeUnit unit) {
        this.longestWaitNanos = unit.toNanos(longestWait);
    }

    /** Foreground work begins; pair with {@link #end()} in a {@code finally}. */
    void begin() {
        synchronized (lock) {
            underWay++;
        }
    }

    /** Foreground work has ended; when none is left, background work waiting in {@link #giveWay()} goes on. */
    void end() {
        synchronized (lock) {
            if (--underWay == 0) {
                lock.notifyAll();
            }
        }
    }

    /** @return how many pieces of foreground work are under way */
    int underWay() {
        return underWay;
    }

    /**
     * Waits while foreground work is under way, at most the bound given at construction.
     *
     * @throws InterruptedException if interrupted while waiting
     */
    void giveWay() throws InterruptedException {
        if (underWay == 0) {
            return;
        }
        long deadline = System.nanoTime() + longestWaitNanos;
        synchronized (lock) {
            long left;
            while (underWay > 0 && (left = deadline - System.nanoTime()) > 0) {
                TimeUnit.NANOSECONDS.timedWait(lock, left);
            }
        }
    }

    /**
     * A stream that gives way to foreground work before each write it passes on; with a writer that writes through
     * a buffer (as Jackson's generator does, some kilobytes at a time) that is a step of well under a millisecond.
     *
     * @param out where the bytes go
     * @return the stream
     */
    OutputStream givingWay(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                pause();
                out.write(b, off, len);
            }

            @Override
            public void write(int b) throws IOException {
                out.write(b);
            }

            private void pause() throws InterruptedIOException {
                try {
                    giveWay();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("interrupted while giving way to appends");
                }
            }
        };
    }
}
