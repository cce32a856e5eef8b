/**
 * The public extension points (SPI) of the engine: small interfaces a plug-in implements and lists in
 * {@code META-INF/services}, found with {@link java.util.ServiceLoader}.
 *
 * <ul>
 *   <li>{@link io.github.rectrack.engine.spi.Exporter} writes a {@link io.github.rectrack.engine.spi.Report}
 *       in a format;
 *   <li>{@link io.github.rectrack.engine.spi.Importer} reads a register, returning an {@link
 *       io.github.rectrack.engine.spi.ImportResult} with located {@link
 *       io.github.rectrack.engine.spi.Finding}s;
 *   <li>{@link io.github.rectrack.engine.spi.WorkProgress} is where an importer or exporter tells its caller
 *       how far a long read or write has gone;
 *   <li>{@link io.github.rectrack.engine.spi.Notifier} tells an owner that an update is requested, handing
 *       over a {@link io.github.rectrack.engine.spi.Notice} with the owner's form;
 *   <li>{@link io.github.rectrack.engine.spi.rag.RagPolicy}, in the sub-package {@code spi.rag}, decides
 *       colours. It sits apart because the engine calls it while evaluating, whereas exporters consume
 *       what evaluation produced.
 * </ul>
 */
package io.github.rectrack.engine.spi;
