import io.github.rectrack.engine.spi.Exporter;
import io.github.rectrack.examples.dashboard.HtmlDashboardExporter;

/**
 * An example exporter plug-in as a named module: {@link
 * io.github.rectrack.examples.dashboard.HtmlDashboardExporter}, id {@code html-dashboard}, provided to the
 * engine's {@link io.github.rectrack.engine.spi.Exporter} extension point. The module exports nothing: the
 * engine finds the exporter with {@link java.util.ServiceLoader} and no other module names it. On the class
 * path its {@code META-INF/services} entry does the same.
 */
module io.github.rectrack.examples.dashboard {
    requires io.github.rectrack.engine;

    provides Exporter with HtmlDashboardExporter;
}
