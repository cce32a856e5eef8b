/**
 * The RAG extension point: {@link io.github.rectrack.engine.spi.rag.RagPolicy} and the types it works
 * with. Part of the public SPI (see {@link io.github.rectrack.engine.spi}).
 */
package io.github.rectrack.engine.spi.rag;
