/**
 * The public extension points (SPI) of the engine: interfaces a plug-in implements and lists in {@code
 * META-INF/services}, found with {@link java.util.ServiceLoader}. {@link
 * io.github.rectrack.engine.spi.RagPolicy} decides colours.
 */
package io.github.rectrack.engine.spi;
