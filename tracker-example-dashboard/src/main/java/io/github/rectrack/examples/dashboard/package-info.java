/**
 * An example exporter plug-in shipped as its own jar: {@link
 * io.github.rectrack.examples.dashboard.HtmlDashboardExporter}, id {@code html-dashboard}, writes a report
 * as one self-contained HTML page with the summary matrix, a bar chart of it, the items proposed for
 * closure and the targets that slipped.
 *
 * <p>It depends on {@code tracker-engine} only, with scope {@code provided}, and is found by {@link
 * java.util.ServiceLoader} through its {@code META-INF/services} entry: no other module names it.
 */
package io.github.rectrack.examples.dashboard;
