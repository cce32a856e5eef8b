package io.github.rectrack.export.xlsx;

import io.github.rectrack.engine.spi.WorkProgress;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How many data rows each list sheet of a workbook is written with, and how many have been written so far, by any
 * thread: the count is reported to a {@link WorkProgress} only from the thread that made this object (the export's
 * caller, as {@link WorkProgress} asks), each time that thread writes a row or calls {@link #report()}. Made for one
 * export.
 */
final class RowsWritten {

    /** What is counted. */
    static final String ROWS = "rows";

    private final WorkProgress progress;
    private final Map<String, Long> expected;
    private final long total;
    private final Thread caller = Thread.currentThread();
    private final AtomicLong count = new AtomicLong();

    /**
     * @param progress where to report
     * @param expected the data rows of each list sheet, by sheet name ({@link XlsxExporter#rowCounts})
     */
    RowsWritten(WorkProgress progress, Map<String, Long> expected) {
        this.progress = Objects.requireNonNull(progress, "progress");
        this.expected = Map.copyOf(expected);
        this.total = expected.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * @param sheet a list sheet's name
     * @return the data rows it is written with
     * @throws IllegalArgumentException if the sheet is not one of the list sheets counted
     */
    long expected(String sheet) {
        Long rows = expected.get(sheet);
        if (rows == null) {
            throw new IllegalArgumentException("no row count for the sheet '" + sheet + "'");
        }
        return rows;
    }

    /** Counts a data row written, on any thread, and reports the count if this is the caller's thread. */
    void row() {
        long now = count.incrementAndGet();
        if (Thread.currentThread() == caller) {
            progress.counted(now, total, ROWS);
        }
    }

    /** Reports the count so far; called from the caller's thread while it waits for rows written on another. */
    void report() {
        progress.counted(count.get(), total, ROWS);
    }

    /** @return the data rows counted so far */
    long count() {
        return count.get();
    }
}
