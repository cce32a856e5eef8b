package io.github.rectrack.engine.json;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.engine.spi.Exporter;
import io.github.rectrack.engine.spi.Options;
import io.github.rectrack.engine.spi.Report;
import java.io.OutputStream;
import org.apiguardian.api.API;

/**
 * The built-in exporter {@code json}: writes the report's register in the canonical JSON format, so that
 * it can be read back whole. The day and forum of the report do not change the output.
 *
 * <p>The register written is the report's, as its publication profile shows it ({@link Report#register()}):
 * with the {@code public} profile, marked parts are left out and names replaced. JSON carries no statement
 * of what was withheld ({@link Report#withheld()}); a caller that publishes it says so alongside. Use the
 * {@code internal} profile to write the whole register.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class JsonExporter implements Exporter, JsonFormat {

    private final RegisterJson json = new RegisterJson();

    @Override
    public void export(Report report, Options options, OutputStream out) {
        options.requireOnly(id(), optionNames());
        json.write(report.register(), out);
    }
}
