package io.github.rectrack.engine.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apiguardian.api.API;

/**
 * An extension point: writes a {@link Report} in one format (a committee paper in Word, a tracker
 * workbook, CSV, canonical JSON, a force's own layout).
 *
 * <p>A plug-in implements this interface, lists the class in {@code
 * META-INF/services/io.github.rectrack.engine.spi.Exporter} (and {@code provides} it in {@code
 * module-info.java} where modules are used), and is found with {@link java.util.ServiceLoader}.
 *
 * <p>The contract, which the test kit checks: an exporter renders what the engine computed and never
 * recomputes status, RAG or routing; the same report gives the same bytes; it writes to the stream it is
 * given and never closes it; it handles an empty register; it renders only the report's register, to
 * which the engine has already applied the report's publication profile, so that with the {@code public}
 * profile no restricted text or personal name reaches the output. A paper prints {@link
 * Report#withheld()}'s statement where there is one. Implementations must be thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public interface Exporter extends Format {

    /**
     * Writes the report.
     *
     * @param report what to write, already evaluated
     * @param options this exporter's options
     * @param out where to write; not closed
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if an option is unknown or unusable
     */
    void export(Report report, Options options, OutputStream out) throws IOException;

    /**
     * Whether this exporter may write nothing at all for a report. Most formats always write something (a
     * header, an empty document), so an exporter that wrote no byte has failed: the command line then
     * reports an error and keeps the file that was there. An exporter whose empty output is a correct
     * result (a list of changes with none to list, say) overrides this to return {@code true}.
     *
     * <p>An exporter never ends the program ({@code System.exit}, {@code Runtime.halt}): it throws an
     * exception, which the caller reports.
     *
     * @return {@code true} if an empty output is a correct result; {@code false} by default
     */
    default boolean mayWriteNothing() {
        return false;
    }

    /**
     * Writes the report, and says what its caller should know about how it was written: for example,
     * under the {@code public} profile, each part of a template that was left out. The command line
     * prints these after the report is written. By default this calls {@link #export(Report, Options,
     * OutputStream)} and has nothing to say; an exporter with something to say overrides both.
     *
     * @param report what to write, already evaluated
     * @param options this exporter's options
     * @param out where to write; not closed
     * @return warnings and notices, each naming where it applies; empty by default
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if an option is unknown or unusable
     */
    default List<Finding> exportWithFindings(Report report, Options options, OutputStream out) throws IOException {
        export(report, options, out);
        return List.of();
    }

    /**
     * Writes the report as {@link #exportWithFindings(Report, Options, OutputStream)} does, telling the
     * caller how far the writing has gone: for example, rows or recommendations written against how many
     * there are. By default this calls {@link #exportWithFindings(Report, Options, OutputStream)} and reports
     * nothing, so an exporter written without it keeps working; an exporter whose writing takes long
     * overrides it (and has the three-argument methods call it with {@link WorkProgress#NONE}).
     *
     * @param report what to write, already evaluated
     * @param options this exporter's options
     * @param out where to write; not closed
     * @param progress where to report how far the writing has gone; {@link WorkProgress#NONE} to report nowhere
     * @return warnings and notices, each naming where it applies; empty by default
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if an option is unknown or unusable
     */
    default List<Finding> exportWithFindings(Report report, Options options, OutputStream out, WorkProgress progress)
            throws IOException {
        return exportWithFindings(report, options, out);
    }
}
