package io.github.rectrack.engine.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.InputStream;
import org.apiguardian.api.API;

/**
 * An extension point: reads a register from one format (canonical JSON, CSV, a tracker workbook, a
 * force's own spreadsheet).
 *
 * <p>A plug-in implements this interface, lists the class in {@code
 * META-INF/services/io.github.rectrack.engine.spi.Importer}, and is found with {@link
 * java.util.ServiceLoader}.
 *
 * <p>The contract, which the test kit checks: bad input never throws; every problem comes back as a
 * {@link Finding} with its location (file, sheet, row, column or JSON path); no row is dropped silently;
 * the stream is read but not closed; what the matching exporter wrote reads back equal. Implementations
 * must be thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public interface Importer extends Format {

    /**
     * Reads a register.
     *
     * @param in the input; read, not closed
     * @param name what to call the input in findings, for example its file name
     * @param options this importer's options
     * @return the register and every problem found, located
     * @throws IOException only if the stream itself fails; bad content is reported as findings
     * @throws IllegalArgumentException if an option is unknown or unusable, naming it
     */
    ImportResult read(InputStream in, String name, Options options) throws IOException;

    /**
     * Reads a register as {@link #read(InputStream, String, Options)} does, telling the caller how far the
     * reading has gone: for example, rows read from a workbook against how many its sheets hold. By default
     * this calls {@link #read(InputStream, String, Options)} and reports nothing, so an importer written
     * without it keeps working; an importer whose reading takes long overrides it (and has the
     * three-argument method call it with {@link WorkProgress#NONE}).
     *
     * @param in the input; read, not closed
     * @param name what to call the input in findings, for example its file name
     * @param options this importer's options
     * @param progress where to report how far the reading has gone; {@link WorkProgress#NONE} to report nowhere
     * @return the register and every problem found, located
     * @throws IOException only if the stream itself fails; bad content is reported as findings
     * @throws IllegalArgumentException if an option is unknown or unusable, naming it
     */
    default ImportResult read(InputStream in, String name, Options options, WorkProgress progress) throws IOException {
        return read(in, name, options);
    }
}
