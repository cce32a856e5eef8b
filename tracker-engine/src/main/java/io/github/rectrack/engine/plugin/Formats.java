package io.github.rectrack.engine.plugin;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.engine.discovery.ServiceDiscovery;
import io.github.rectrack.engine.spi.Exporter;
import io.github.rectrack.engine.spi.Format;
import io.github.rectrack.engine.spi.Importer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * The exporters and importers available: those found with {@link java.util.ServiceLoader} on a class
 * path (the built-in {@code json} and {@code csv} among them, and any plug-in jar), and any added by hand.
 *
 * <pre>{@code
 * Formats formats = Formats.discover();
 * Exporter docx = formats.exporter("docx");
 * Formats mine = Formats.builder().discover(false).add(new MyExporter()).build();  // embedding
 * }</pre>
 *
 * <p>Diagnostics: each plug-in found is logged at debug level with its jar and version; a plug-in that
 * fails to load, or gives no id, is listed in {@link #failures()} with its class, jar and cause while the
 * others keep working;
 * two plug-ins of one kind claiming one id is an error naming both classes and jars; asking for an
 * unknown id lists the ids there are. Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class Formats {

    private final Map<String, Exporter> exporters;
    private final Map<String, Importer> importers;
    private final List<String> failures;

    private Formats(Map<String, Exporter> exporters, Map<String, Importer> importers, List<String> failures) {
        this.exporters = Collections.unmodifiableMap(exporters);
        this.importers = Collections.unmodifiableMap(importers);
        this.failures = List.copyOf(failures);
    }

    /**
     * The formats found on the class path of this library.
     *
     * @return the formats
     * @throws IllegalStateException if two plug-ins claim one id
     */
    public static Formats discover() {
        return builder().build();
    }

    /**
     * A builder, to add plug-ins by hand, look in another class loader, or switch discovery off.
     *
     * @return a builder with discovery on
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The exporter with the given id.
     *
     * @param id the id
     * @return the exporter
     * @throws IllegalArgumentException listing the exporters there are, if none has this id
     */
    public Exporter exporter(String id) {
        return find(exporters, id, "exporter");
    }

    /**
     * The importer with the given id.
     *
     * @param id the id
     * @return the importer
     * @throws IllegalArgumentException listing the importers there are, if none has this id
     */
    public Importer importer(String id) {
        return find(importers, id, "importer");
    }

    /**
     * The exporter for a file, by its extension.
     *
     * @param file the file to write
     * @return the exporter whose extensions include the file's, or empty
     * @throws IllegalArgumentException if several exporters claim the extension, naming them
     */
    public Optional<Exporter> exporterForFile(Path file) {
        return byExtension(exporters, file, Exporter::fileExtensions, "exporters");
    }

    /**
     * The importer for a file, by its extension.
     *
     * @param file the file to read
     * @return the importer whose extensions include the file's, or empty
     * @throws IllegalArgumentException if several importers claim the extension, naming them
     */
    public Optional<Importer> importerForFile(Path file) {
        return byExtension(importers, file, Importer::fileExtensions, "importers");
    }

    /**
     * Every exporter, by id, in the order found.
     *
     * @return the exporters
     */
    public Map<String, Exporter> exporters() {
        return exporters;
    }

    /**
     * Every importer, by id, in the order found.
     *
     * @return the importers
     */
    public Map<String, Importer> importers() {
        return importers;
    }

    /**
     * The plug-ins that could not be loaded, each with its class and cause.
     *
     * @return descriptions of the failures
     */
    public List<String> failures() {
        return failures;
    }

    /**
     * A line for each plug-in: kind, id, name, media type, extensions, version and jar.
     *
     * @return descriptions, exporters first, each kind sorted by id
     */
    public List<PluginInfo> describe() {
        List<PluginInfo> out = new ArrayList<>();
        exporters.values().stream().sorted(java.util.Comparator.comparing(Exporter::id)).forEach(e -> out.add(new PluginInfo(
                PluginInfo.Kind.EXPORTER, e.id(), e.displayName(), e.mediaType(), e.fileExtensions(), e.getClass().getName(),
                e.version(), ServiceDiscovery.location(e.getClass()))));
        importers.values().stream().sorted(java.util.Comparator.comparing(Importer::id)).forEach(i -> out.add(new PluginInfo(
                PluginInfo.Kind.IMPORTER, i.id(), i.displayName(), i.mediaType(), i.fileExtensions(), i.getClass().getName(),
                i.version(), ServiceDiscovery.location(i.getClass()))));
        return out;
    }

    private <T> T find(Map<String, T> plugins, String id, String kind) {
        T plugin = plugins.get(id);
        if (plugin == null) {
            throw new IllegalArgumentException(ServiceDiscovery.unknownId(kind, kind + "s", id, plugins.keySet(), failures));
        }
        return plugin;
    }

    private static <T extends Format> Optional<T> byExtension(Map<String, T> plugins, Path file, Function<T, List<String>> extensions,
            String kind) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        List<T> matching = plugins.values().stream()
                .filter(p -> extensions.apply(p).stream().anyMatch(ext -> name.endsWith("." + ext.toLowerCase(Locale.ROOT))))
                .toList();
        if (matching.size() > 1) {
            throw new IllegalArgumentException("several " + kind + " handle files named like '" + file.getFileName() + "': "
                    + matching.stream().map(Format::id).sorted().toList() + "; choose one by its id");
        }
        return matching.stream().findFirst();
    }

    /** Builds {@link Formats}. */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public static final class Builder {
        private boolean discover = true;
        private ClassLoader classLoader = Formats.class.getClassLoader();
        private final List<Exporter> exporters = new ArrayList<>();
        private final List<Importer> importers = new ArrayList<>();

        private Builder() {}

        /**
         * Whether to look for plug-ins with {@link java.util.ServiceLoader}.
         *
         * @param discover true to look (the default)
         * @return this builder
         */
        public Builder discover(boolean discover) {
            this.discover = discover;
            return this;
        }

        /**
         * The class loader to look in, for example one over a directory of plug-in jars.
         *
         * @param classLoader the class loader
         * @return this builder
         */
        public Builder classLoader(ClassLoader classLoader) {
            this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
            return this;
        }

        /**
         * Adds an exporter by hand.
         *
         * @param exporter the exporter
         * @return this builder
         */
        public Builder add(Exporter exporter) {
            exporters.add(Objects.requireNonNull(exporter, "exporter"));
            return this;
        }

        /**
         * Adds an importer by hand.
         *
         * @param importer the importer
         * @return this builder
         */
        public Builder add(Importer importer) {
            importers.add(Objects.requireNonNull(importer, "importer"));
            return this;
        }

        /**
         * Finds and checks the plug-ins.
         *
         * @return the formats
         * @throws IllegalStateException if two plug-ins of one kind claim one id, naming both classes and
         *     their jars
         */
        public Formats build() {
            ServiceDiscovery.Found<Exporter> e = ServiceDiscovery.withIds(
                    ServiceDiscovery.load(Exporter.class, discover, classLoader, exporters), Exporter::id, "exporter");
            ServiceDiscovery.Found<Importer> i = ServiceDiscovery.withIds(
                    ServiceDiscovery.load(Importer.class, discover, classLoader, importers), Importer::id, "importer");
            List<String> failures = new ArrayList<>(e.failures());
            failures.addAll(i.failures());
            return new Formats(ServiceDiscovery.byId(e.services(), Exporter::id, "exporters"),
                    ServiceDiscovery.byId(i.services(), Importer::id, "importers"), failures);
        }
    }
}
