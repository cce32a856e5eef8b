import io.github.rectrack.engine.csv.CsvExporter;
import io.github.rectrack.engine.csv.CsvImporter;
import io.github.rectrack.engine.json.JsonExporter;
import io.github.rectrack.engine.json.JsonImporter;
import io.github.rectrack.engine.rag.PriorityRagPolicy;
import io.github.rectrack.engine.rag.ReferenceRagPolicy;
import io.github.rectrack.engine.spi.Exporter;
import io.github.rectrack.engine.spi.Importer;
import io.github.rectrack.engine.spi.Notifier;
import io.github.rectrack.engine.spi.rag.RagPolicy;
import io.github.rectrack.engine.store.FileRegisterStoreProvider;
import io.github.rectrack.engine.store.RegisterStoreProvider;

/**
 * The status engine of the recommendation tracker: evaluation as of a day, RAG policies, report views,
 * changes and stores, the JSON and CSV formats, and the plug-in SPI.
 *
 * <p>Extension points, found with {@link java.util.ServiceLoader} on the module path ({@code provides} in a
 * plug-in's module declaration) and on the class path ({@code META-INF/services}):
 * {@link io.github.rectrack.engine.spi.Exporter}, {@link io.github.rectrack.engine.spi.Importer},
 * {@link io.github.rectrack.engine.spi.Notifier}, {@link io.github.rectrack.engine.spi.rag.RagPolicy} and
 * {@link io.github.rectrack.engine.store.RegisterStoreProvider}. The built-in JSON and CSV formats, the two
 * RAG policies and the file store are provided the same way.
 *
 * <p>Every package is exported except {@code io.github.rectrack.engine.discovery}, the engine's own
 * robust use of the service loader behind the registries ({@code Formats}, {@code Notifiers},
 * {@code RagPolicies}, {@code RegisterStores}), which only the command line ({@code io.github.rectrack.cli})
 * may read. The JSON format's and the changes' packages are open to
 * Jackson only, which reads and writes their records.
 */
// Hibernate Validator is an automatic module with a stable name (Automatic-Module-Name: org.hibernate.validator);
// the command line, which alone reads the internal package, runs from the class path and is not a module yet.
@SuppressWarnings({"requires-automatic", "module"})
module io.github.rectrack.engine {
    requires transitive io.github.rectrack.model;
    requires static transitive org.apiguardian.api;
    requires com.fasterxml.jackson.annotation;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jdk8;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires com.fasterxml.jackson.dataformat.csv;
    requires com.google.common;
    requires org.hibernate.validator;
    // Hibernate Validator needs ClassMate; as an automatic module it cannot say so, and ClassMate is a named module
    // that nothing else requires, so without this it would be left out of a module graph (NoClassDefFoundError).
    requires com.fasterxml.classmate;

    exports io.github.rectrack.engine.change;
    exports io.github.rectrack.engine.csv;
    exports io.github.rectrack.engine.evaluation;
    exports io.github.rectrack.engine.generate;
    exports io.github.rectrack.engine.journal;
    exports io.github.rectrack.engine.json;
    exports io.github.rectrack.engine.plugin;
    exports io.github.rectrack.engine.publication;
    exports io.github.rectrack.engine.rag;
    exports io.github.rectrack.engine.reference;
    exports io.github.rectrack.engine.round;
    exports io.github.rectrack.engine.spi;
    exports io.github.rectrack.engine.spi.rag;
    exports io.github.rectrack.engine.status;
    exports io.github.rectrack.engine.store;
    exports io.github.rectrack.engine.validation;
    exports io.github.rectrack.engine.view;
    exports io.github.rectrack.engine.discovery to io.github.rectrack.cli;

    opens io.github.rectrack.engine.json to com.fasterxml.jackson.databind;
    opens io.github.rectrack.engine.change to com.fasterxml.jackson.databind;

    uses Exporter;
    uses Importer;
    uses Notifier;
    uses RagPolicy;
    uses RegisterStoreProvider;

    provides Exporter with JsonExporter, CsvExporter;
    provides Importer with JsonImporter, CsvImporter;
    provides RagPolicy with ReferenceRagPolicy, PriorityRagPolicy;
    provides RegisterStoreProvider with FileRegisterStoreProvider;
}
