/**
 * Finding plug-ins with {@link java.util.ServiceLoader}, robust to plug-ins that fail to load: the engine's
 * own machinery behind its registries ({@code Formats}, {@code Notifiers}, {@code RagPolicies},
 * {@code RegisterStores}). Internal: the engine's module does not export this package; use the registries.
 */
package io.github.rectrack.engine.discovery;
