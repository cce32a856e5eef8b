/**
 * The plug-in test kit: contract tests that an exporter, importer or register store runs against itself
 * ({@link io.github.rectrack.testkit.ExporterContract}, {@link io.github.rectrack.testkit.ImporterContract},
 * {@link io.github.rectrack.testkit.StoreContract}) and the registers they use.
 *
 * <p>The package is open to the JUnit platform, which runs the contracts' test methods by reflection.
 */
module io.github.rectrack.testkit {
    requires transitive io.github.rectrack.engine;
    requires transitive org.junit.jupiter.api;
    requires transitive org.junit.jupiter.params;
    requires transitive org.assertj.core;
    requires static transitive org.apiguardian.api;

    exports io.github.rectrack.testkit;

    opens io.github.rectrack.testkit to org.junit.platform.commons;
}
