package io.github.rectrack.export.xlsx;

import io.github.rectrack.engine.spi.WorkProgress;
import java.util.Objects;

/**
 * Counts the data rows written to a workbook's list sheets and reports each to a {@link WorkProgress},
 * against how many there are in all. Made for one export.
 */
final class RowsWritten {

    /** What is counted. */
    static final String ROWS = "rows";

    private final WorkProgress progress;
    private final long total;
    private long count;

    /**
     * @param progress where to report
     * @param total the data rows of every list sheet together
     */
    RowsWritten(WorkProgress progress, long total) {
        this.progress = Objects.requireNonNull(progress, "progress");
        this.total = total;
    }

    /** Counts a data row written, and reports the count. */
    void row() {
        count++;
        progress.counted(count, total, ROWS);
    }

    /** @return the data rows counted so far */
    long count() {
        return count;
    }
}
