/**
 * The built-in RAG policies ({@link io.github.rectrack.engine.rag.ReferenceRagPolicy}, {@link
 * io.github.rectrack.engine.rag.PriorityRagPolicy}) and the registry that finds policies, {@link
 * io.github.rectrack.engine.rag.RagPolicies}.
 */
package io.github.rectrack.engine.rag;
