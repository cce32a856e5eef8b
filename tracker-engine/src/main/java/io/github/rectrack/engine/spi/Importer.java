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
}
