/**
 * Finding and choosing exporters and importers: {@link io.github.rectrack.engine.plugin.Formats}.
 */
package io.github.rectrack.engine.plugin;
