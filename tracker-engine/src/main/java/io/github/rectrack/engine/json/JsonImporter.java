package io.github.rectrack.engine.json;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.engine.spi.ImportResult;
import io.github.rectrack.engine.spi.Importer;
import io.github.rectrack.engine.spi.Options;
import java.io.InputStream;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The built-in importer {@code json}: reads a register in the canonical JSON format, in either layout, from
 * {@code .json} files and from {@code .json.gz} files (the same compressed with gzip, recognised by their first
 * bytes).
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class JsonImporter implements Importer, JsonFormat {

    /** Creates the importer; {@link java.util.ServiceLoader} calls this. */
    public JsonImporter() {}

    private final RegisterJson json = new RegisterJson();

    @Override
    public List<String> fileExtensions() {
        return List.of("json", "json.gz");
    }

    @Override
    public ImportResult read(InputStream in, String name, Options options) {
        options.requireOnly(id(), optionNames());
        return json.read(in, name);
    }
}
