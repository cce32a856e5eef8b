/**
 * Finding and choosing exporters and importers ({@link io.github.rectrack.engine.plugin.Formats}) and
 * notifiers ({@link io.github.rectrack.engine.plugin.Notifiers}).
 */
package io.github.rectrack.engine.plugin;
