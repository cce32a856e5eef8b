package io.github.rectrack.engine.store;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.engine.spi.Options;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The built-in provider of the {@link FileRegisterStore}: {@code file:register.json} (a path relative to
 * the working folder), {@code file:/srv/registers/jarap.json} or {@code file:///srv/registers/jarap.json}.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class FileRegisterStoreProvider implements RegisterStoreProvider {

    /** The URI scheme it accepts. */
    public static final String SCHEME = "file:";

    /** Made by {@link java.util.ServiceLoader}. */
    public FileRegisterStoreProvider() {}

    @Override
    public String id() {
        return "file";
    }

    @Override
    public String uriForm() {
        return "file:PATH.json";
    }

    @Override
    public boolean accepts(String uri) {
        return uri.regionMatches(true, 0, SCHEME, 0, SCHEME.length());
    }

    @Override
    public RegisterStore open(String uri, Options options) {
        if (!accepts(uri)) {
            throw new IllegalArgumentException("the file store's URI is file:PATH.json, not '" + uri + "'");
        }
        if (!options.values().isEmpty()) {
            throw new IllegalArgumentException("the file store takes no options, but was given " + options.values().keySet());
        }
        String rest = uri.substring(SCHEME.length());
        Path path;
        try {
            path = rest.startsWith("//") ? Path.of(URI.create(uri)) : Path.of(rest);
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            throw new IllegalArgumentException("'" + uri + "' is not a file path: " + e.getMessage()
                    + "; the file store's URI is file:PATH.json", e);
        }
        if (rest.isEmpty() || !path.toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            throw new IllegalArgumentException("the file store's URI names a register file ending in .json (file:PATH.json), not '"
                    + uri + "'");
        }
        return FileRegisterStore.at(path);
    }
}
