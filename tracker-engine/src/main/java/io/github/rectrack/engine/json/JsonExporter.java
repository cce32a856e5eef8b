package io.github.rectrack.engine.json;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.engine.spi.Exporter;
import io.github.rectrack.engine.spi.Options;
import io.github.rectrack.engine.spi.Report;
import java.io.OutputStream;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The built-in exporter {@code json}: writes the report's register in the canonical JSON format, so that
 * it can be read back whole. The day and forum of the report do not change the output.
 *
 * <p>The register written is the report's, as its publication profile shows it ({@link Report#register()}):
 * with the {@code public} profile, marked parts are left out and names replaced. JSON carries no statement
 * of what was withheld ({@link Report#withheld()}); a caller that publishes it says so alongside. Use the
 * {@code internal} profile to write the whole register.
 *
 * <p>Option {@value #LAYOUT}: {@code indented} (the default, for people and for version control) or {@code
 * compact} (the same fields on one line, about four-fifths the size, for large registers kept by machines);
 * both are canonical: the same register always gives the same bytes.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class JsonExporter implements Exporter, JsonFormat {

    /** Creates the exporter; {@link java.util.ServiceLoader} calls this. */
    public JsonExporter() {}

    /** The option choosing the layout: {@code indented} or {@code compact}. */
    public static final String LAYOUT = "layout";

    private final RegisterJson json = new RegisterJson();

    @Override
    public Set<String> optionNames() {
        return Set.of(LAYOUT);
    }

    @Override
    public void export(Report report, Options options, OutputStream out) {
        options.requireOnly(id(), optionNames());
        String layout = options.text(LAYOUT).map(String::strip).orElse("indented");
        switch (layout) {
            case "indented" -> json.write(report.register(), out);
            case "compact" -> json.writeCompact(report.register(), out);
            default -> throw new IllegalArgumentException("option '" + LAYOUT + "' of exporter '" + id() + "' is 'indented' or 'compact',"
                    + " not '" + layout + "'");
        }
    }
}
