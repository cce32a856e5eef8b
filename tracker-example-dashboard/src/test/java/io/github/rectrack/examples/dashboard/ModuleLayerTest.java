package io.github.rectrack.examples.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.InaccessibleObjectException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dashboard plug-in as a named module: a module layer of its own holds the plug-in, the engine, the model
 * and their dependencies, each read through its module declaration, with nothing from the test's class path.
 * The exporter is found in the layer with {@link ServiceLoader#load(ModuleLayer, Class)} and renders the
 * Leicestershire panel paper of 16 October 2020.
 *
 * <p>The layer's classes are not the class path's, so the test reaches them by reflection, as a host program
 * that loads plug-ins into a layer does. The module locations come from the build ({@code module-layer.path},
 * written by the dependency plug-in, and the plug-in's own classes).
 */
class ModuleLayerTest {

    private static final String MODEL = "io.github.rectrack.model";
    private static final String ENGINE = "io.github.rectrack.engine";
    private static final String DASHBOARD = "io.github.rectrack.examples.dashboard";
    private static final String EXPORTER = "io.github.rectrack.engine.spi.Exporter";

    private static ModuleLayer layer;
    private static ClassLoader loader;

    @BeforeAll
    static void defineTheLayer() throws IOException {
        List<Path> locations = Stream.concat(
                        Stream.of(Path.of(System.getProperty("tracker.pluginClasses"))),
                        Stream.of(Files.readString(Path.of(System.getProperty("tracker.moduleLayerPath"))).strip()
                                .split(File.pathSeparator)).map(Path::of))
                .toList();
        ModuleLayer boot = ModuleLayer.boot();
        Configuration configuration = boot.configuration()
                .resolveAndBind(ModuleFinder.of(locations.toArray(Path[]::new)), ModuleFinder.of(), Set.of(DASHBOARD));
        // the platform class loader as parent: nothing is found on the test's class path
        layer = boot.defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
        loader = layer.findLoader(ENGINE);
    }

    @Test
    void theLayerHoldsThePluginTheEngineAndTheModelAsNamedModules() {
        assertThat(layer.findModule(DASHBOARD)).get().extracting(Module::isNamed).isEqualTo(true);
        assertThat(layer.findModule(ENGINE)).isPresent();
        assertThat(layer.findModule(MODEL)).isPresent();
        assertThat(descriptor(DASHBOARD).isAutomatic()).isFalse();
        assertThat(descriptor(ENGINE).isAutomatic()).isFalse();
        assertThat(descriptor(MODEL).isAutomatic()).isFalse();
        // Jackson and Hibernate Validator are in the layer, resolved through the engine's requires
        assertThat(layer.modules().stream().map(Module::getName))
                .contains("com.fasterxml.jackson.databind", "org.hibernate.validator", "jakarta.validation");
    }

    @Test
    void theEngineUsesTheExtensionPointsAndThePluginProvidesAnExporter() {
        assertThat(descriptor(ENGINE).uses()).containsExactlyInAnyOrder(EXPORTER,
                "io.github.rectrack.engine.spi.Importer", "io.github.rectrack.engine.spi.Notifier",
                "io.github.rectrack.engine.spi.rag.RagPolicy", "io.github.rectrack.engine.store.RegisterStoreProvider");
        assertThat(descriptor(DASHBOARD).provides()).singleElement().satisfies(provides -> {
            assertThat(provides.service()).isEqualTo(EXPORTER);
            assertThat(provides.providers()).containsExactly(HtmlDashboardExporter.class.getName());
        });
        assertThat(descriptor(DASHBOARD).requires().stream().map(ModuleDescriptor.Requires::name))
                .contains(ENGINE);
        // a plug-in exports nothing: only the service loader reaches it
        assertThat(descriptor(DASHBOARD).exports()).isEmpty();
    }

    @Test
    void theServiceLoaderFindsTheDashboardInTheLayerBesideTheBuiltInExporters() throws Exception {
        Class<?> exporterType = loader.loadClass(EXPORTER);
        Method id = exporterType.getMethod("id");
        List<Object> ids = new ArrayList<>();
        for (Object exporter : ServiceLoader.load(layer, exporterType)) {
            ids.add(id.invoke(exporter));
        }
        assertThat(ids).containsExactlyInAnyOrder("html-dashboard", "json", "csv");

        Object dashboard = dashboard();
        assertThat(dashboard.getClass().getModule()).isEqualTo(layer.findModule(DASHBOARD).orElseThrow());
        assertThat(dashboard.getClass().getClassLoader()).isNotSameAs(HtmlDashboardExporter.class.getClassLoader());
        assertThat(exporterType.getMethod("mediaType").invoke(dashboard)).isEqualTo("text/html");
    }

    @Test
    void theDashboardFromTheLayerRendersTheLeicestershirePaper() throws Exception {
        Class<?> registerType = loader.loadClass("io.github.rectrack.model.Register");
        Class<?> reference = loader.loadClass("io.github.rectrack.engine.reference.ReferenceRegister");
        Object register = reference.getMethod("load").invoke(reference.getField("LEICESTERSHIRE_2020").get(null));
        assertThat(register.getClass().getModule().getName()).isEqualTo(MODEL);

        // the model's constraints, checked by Hibernate Validator inside the layer (the model is open to it)
        Class<?> validatorType = loader.loadClass("io.github.rectrack.engine.validation.RegisterValidator");
        try (AutoCloseable validator = (AutoCloseable) validatorType.getConstructor().newInstance()) {
            Object validation = validatorType.getMethod("validate", registerType).invoke(validator, register);
            assertThat(validation.getClass().getMethod("errors").invoke(validation)).asList().isEmpty();
        }

        Class<?> reportType = loader.loadClass("io.github.rectrack.engine.spi.Report");
        Object builder = reportType.getMethod("builder", registerType).invoke(null, register);
        builder = builder.getClass().getMethod("asOf", LocalDate.class).invoke(builder, LocalDate.of(2020, 10, 16));
        builder = builder.getClass().getMethod("forum", String.class).invoke(builder, "JARAP");
        Object report = builder.getClass().getMethod("build").invoke(builder);
        Class<?> optionsType = loader.loadClass("io.github.rectrack.engine.spi.Options");
        Object options = optionsType.getMethod("none").invoke(null);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        loader.loadClass(EXPORTER).getMethod("export", reportType, optionsType, OutputStream.class)
                .invoke(dashboard(), report, options, out);
        String html = out.toString(StandardCharsets.UTF_8);

        assertThat(html).startsWith("<!DOCTYPE html>")
                .contains("<dd class=\"organisation\">" + registerType.getMethod("organisation").invoke(register) + "</dd>")
                .contains("<time datetime=\"2020-10-16\">16 October 2020</time>")
                .contains("<p class=\"proposed-count\">Proposed for closure: 7</p>")
                .contains("<td>Workforce Wellbeing &amp; Absence Management</td>");
        // the paper's summary table: Fundamental 2 amber; Significant 8 amber, 4 green; Housekeeping 3 green
        assertThat(matrixRow(html, "Fundamental")).contains("data-rag=\"RED\">0<", "data-rag=\"AMBER\">2<",
                "data-rag=\"GREEN\">0<", "data-rag=\"GREY\">0<");
        assertThat(matrixRow(html, "Significant")).contains("data-rag=\"RED\">0<", "data-rag=\"AMBER\">8<",
                "data-rag=\"GREEN\">4<", "data-rag=\"GREY\">0<", "<td class=\"total\">12</td>");
        assertThat(matrixRow(html, "Housekeeping")).contains("data-rag=\"RED\">0<", "data-rag=\"AMBER\">0<",
                "data-rag=\"GREEN\">3<", "data-rag=\"GREY\">0<");
    }

    @Test
    void jacksonReadsAndWritesTheRecordsOfTheOpenPackagesInTheLayer() throws Exception {
        // every bundled register: model records and the JSON format's own document record
        Class<?> registerType = loader.loadClass("io.github.rectrack.model.Register");
        Class<?> reference = loader.loadClass("io.github.rectrack.engine.reference.ReferenceRegister");
        Class<?> registerJson = loader.loadClass("io.github.rectrack.engine.json.RegisterJson");
        Object json = registerJson.getConstructor().newInstance();
        Object[] bundled = reference.getEnumConstants();
        assertThat(bundled).hasSizeGreaterThanOrEqualTo(5);
        for (Object each : bundled) {
            Object register = reference.getMethod("load").invoke(each);
            String text = (String) registerJson.getMethod("writeToString", registerType).invoke(json, register);
            assertThat(text).contains("\"organisation\": \"" + registerType.getMethod("organisation").invoke(register) + "\"");
            Object read = registerJson.getMethod("read", String.class, String.class).invoke(json, text, "round trip");
            assertThat(read.getClass().getMethod("orElseThrow").invoke(read)).isEqualTo(register);
        }

        // a change, as the journal holds it: the change records of io.github.rectrack.engine.change
        String line = "{\"type\":\"update\",\"stamp\":{\"id\":\"c4\",\"recordedAt\":\"2020-10-08T09:04:00Z\","
                + "\"recordedBy\":\"analyst\",\"version\":4},\"recommendation\":\"seized-found-property-2018-4.1\",\"update\":{"
                + "\"date\":\"2020-10-20\",\"author\":\"epac-manager\",\"text\":\"Store audited; 96% of items traced.\","
                + "\"sections\":{\"achieved\":\"Store audited\",\"leftToComplete\":\"Trace the last 4%\",\"implemented\":false,"
                + "\"proposedClosed\":false},\"percentComplete\":80}}";
        Class<?> changeJson = loader.loadClass("io.github.rectrack.engine.json.ChangeJson");
        Class<?> changeType = loader.loadClass("io.github.rectrack.engine.change.Change");
        Object changes = changeJson.getConstructor().newInstance();
        Object change = changeJson.getMethod("read", String.class, String.class).invoke(changes, line, "journal line 1");
        assertThat(change.getClass().getName()).isEqualTo("io.github.rectrack.engine.change.Change$AddUpdate");
        assertThat(changeJson.getMethod("write", changeType).invoke(changes, change)).isEqualTo(line);
    }

    @Test
    void theEnginesInternalPackageIsNotExportedSoReflectionIsRefused() throws Exception {
        Module engine = layer.findModule(ENGINE).orElseThrow();
        Module unnamed = ModuleLayerTest.class.getModule();
        assertThat(engine.isExported("io.github.rectrack.engine.spi", unnamed)).isTrue();
        assertThat(engine.isExported("io.github.rectrack.engine.discovery", unnamed)).isFalse();
        assertThat(descriptor(ENGINE).exports()).filteredOn(e -> e.source().equals("io.github.rectrack.engine.discovery"))
                .singleElement().satisfies(e -> assertThat(e.targets()).containsExactly("io.github.rectrack.cli"));

        Class<?> discovery = loader.loadClass("io.github.rectrack.engine.discovery.ServiceDiscovery");
        Method location = discovery.getMethod("location", Class.class);
        assertThatThrownBy(() -> location.invoke(null, Object.class))
                .isInstanceOf(IllegalAccessException.class)
                .hasMessageContaining("does not export io.github.rectrack.engine.discovery");
        assertThatThrownBy(() -> location.setAccessible(true))
                .isInstanceOf(InaccessibleObjectException.class)
                .hasMessageContaining("does not \"exports io.github.rectrack.engine.discovery\"");

        // the plug-in's own package is neither exported nor open: its class is reached only through the SPI
        Method ownId = dashboard().getClass().getMethod("id");
        assertThatThrownBy(() -> ownId.setAccessible(true))
                .isInstanceOf(InaccessibleObjectException.class)
                .hasMessageContaining("does not \"exports io.github.rectrack.examples.dashboard\"");
        assertThatThrownBy(() -> ownId.invoke(dashboard())).isInstanceOf(IllegalAccessException.class);
        assertThat(loader.loadClass(EXPORTER).getMethod("id").invoke(dashboard())).isEqualTo("html-dashboard");
    }

    @Test
    void theModelIsOpenToJacksonAndHibernateValidatorOnly() {
        assertThat(descriptor(MODEL).opens()).singleElement().satisfies(opens -> {
            assertThat(opens.source()).isEqualTo("io.github.rectrack.model");
            assertThat(opens.targets()).containsExactlyInAnyOrder("com.fasterxml.jackson.databind", "org.hibernate.validator");
        });
        assertThat(layer.findModule(MODEL).orElseThrow().isOpen("io.github.rectrack.model",
                ModuleLayerTest.class.getModule())).isFalse();
    }

    /** The summary matrix's row for a priority, from its opening to its closing tag. */
    private static String matrixRow(String html, String priority) {
        Matcher row = Pattern.compile("<tr data-priority=\"" + priority + "\">.*?</tr>", Pattern.DOTALL).matcher(html);
        assertThat(row.find()).as("a summary matrix row for %s", priority).isTrue();
        return row.group();
    }

    private static Object dashboard() throws ClassNotFoundException {
        return ServiceLoader.load(layer, loader.loadClass(EXPORTER)).stream()
                .filter(p -> p.type().getName().equals(HtmlDashboardExporter.class.getName()))
                .map(ServiceLoader.Provider::get).findFirst().orElseThrow();
    }

    private static ModuleDescriptor descriptor(String module) {
        return layer.findModule(module).orElseThrow().getDescriptor();
    }
}
