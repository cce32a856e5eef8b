package io.github.rectrack.engine.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Where an {@link Importer} or {@link Exporter} tells its caller how far a long read or write has gone: rows
 * read from a workbook, rows or recommendations written. The command line draws it as its progress bar
 * within the current phase ("read 12,345 rows"); an embedding program may log it or ignore it. (This is the
 * progress of the work of reading or writing, not a recommendation's progress, which is a {@code
 * ProgressUpdate}.)
 *
 * <p>A plug-in reports from the thread that called it, as often as it likes (up to once a row), with counts
 * that never go down; the last report of a read or write that succeeds gives the whole count. So an
 * implementation must be cheap to call and may leave out what it cannot show in time. A plug-in that reports
 * nothing is correct too: the caller then shows the phase alone.
 *
 * <p>Plug-ins receive one through {@link Importer#read(java.io.InputStream, String, Options, WorkProgress)}
 * and {@link Exporter#exportWithFindings(Report, Options, java.io.OutputStream, WorkProgress)}, whose
 * defaults call the methods without it; a plug-in written before it existed keeps working and reports
 * nothing.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
@FunctionalInterface
public interface WorkProgress {

    /** Takes every report and does nothing: for callers that show no progress. */
    WorkProgress NONE = (count, unit, done, total) -> { };

    /**
     * Reports how far the work has gone.
     *
     * <p>{@code count} is what a person is told ("12,345 rows"); {@code done} out of {@code total} is how
     * far along the work is, which may be measured in another unit when the count's own total is not known
     * cheaply: an importer that cannot tell how many rows a sheet holds without reading it may measure the
     * share of the sheets' bytes read while it counts rows.
     *
     * @param count how many {@code unit}s are read or written so far; never less than in an earlier report
     * @param unit what is counted, in the plural and lower case, for example {@code "rows"} or {@code
     *     "recommendations"}
     * @param done how much of the work is done, from 0 up to {@code total}
     * @param total the whole work, in the unit of {@code done}; 0 when it is not known, when only the count
     *     can be shown
     */
    void report(long count, String unit, long done, long total);

    /**
     * Reports a count whose total is known, measured in the count's own unit: {@code report(count, unit,
     * count, total)}.
     *
     * @param count how many {@code unit}s are read or written so far
     * @param total how many there are in all; 0 when not known
     * @param unit what is counted, in the plural and lower case
     */
    default void counted(long count, long total, String unit) {
        report(count, unit, count, total);
    }
}
