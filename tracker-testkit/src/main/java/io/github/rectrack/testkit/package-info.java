/**
 * The plug-in test kit: contract tests that an {@link io.github.rectrack.engine.spi.Exporter} or {@link
 * io.github.rectrack.engine.spi.Importer} runs against itself by extending {@link
 * io.github.rectrack.testkit.ExporterContract} or {@link io.github.rectrack.testkit.ImporterContract}, and the
 * registers they use, {@link io.github.rectrack.testkit.ContractRegisters} and {@link
 * io.github.rectrack.testkit.RestrictedRegister}; {@link io.github.rectrack.testkit.LeakCheck} searches an
 * export for text that must not be published.
 */
package io.github.rectrack.testkit;
