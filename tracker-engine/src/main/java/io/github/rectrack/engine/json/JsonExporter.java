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
