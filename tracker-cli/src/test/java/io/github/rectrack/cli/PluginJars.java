package io.github.rectrack.cli;

import io.github.rectrack.engine.spi.Exporter;
import io.github.rectrack.model.Register;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Builds real plug-in jars at test time: compiles Java sources with the system compiler against the
 * engine on the test class path, and packages the classes with their {@code META-INF/services} files
 * and a manifest that gives the version.
 */
final class PluginJars {

    private PluginJars() {}

    /**
     * Compiles sources into a directory of classes.
     *
     * @param sources class name to source text
     * @param classes where to put the classes
     */
    static void compile(Map<String, String> sources, Path classes) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("these tests need a JDK: there is no system Java compiler");
        }
        Path src = Files.createTempDirectory(classes.getParent(), "src");
        List<String> args = new ArrayList<>(List.of("--release", "17", "-proc:none", "-nowarn", "-d", classes.toString(),
                "-classpath", classPath()));
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = src.resolve(source.getKey().replace('.', '/') + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            args.add(file.toString());
        }
        Files.createDirectories(classes);
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int result = compiler.run(null, diagnostics, diagnostics, args.toArray(String[]::new));
        if (result != 0) {
            throw new IllegalStateException("test plug-in did not compile:\n" + diagnostics.toString(StandardCharsets.UTF_8));
        }
    }

    /**
     * Packages compiled classes into a plug-in jar.
     *
     * @param jar the jar to write
     * @param classes the compiled classes
     * @param classNames the classes to put in the jar (with their nested classes)
     * @param services service interface name to the provider class names
     * @param version the Implementation-Version of the manifest
     * @return the jar
     */
    static Path jar(Path jar, Path classes, List<String> classNames, Map<String, List<String>> services, String version)
            throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.IMPLEMENTATION_TITLE, jar.getFileName().toString());
        manifest.getMainAttributes().put(Attributes.Name.IMPLEMENTATION_VERSION, version);
        Files.createDirectories(jar.getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            for (String className : classNames) {
                Path dir = classes.resolve(className.replace('.', '/')).getParent();
                String simple = className.substring(className.lastIndexOf('.') + 1);
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path file : files.filter(f -> f.getFileName().toString().equals(simple + ".class")
                            || f.getFileName().toString().startsWith(simple + "$")).sorted().toList()) {
                        out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                        out.write(Files.readAllBytes(file));
                        out.closeEntry();
                    }
                }
            }
            for (Map.Entry<String, List<String>> service : services.entrySet()) {
                out.putNextEntry(new JarEntry("META-INF/services/" + service.getKey()));
                out.write((String.join("\n", service.getValue()) + "\n").getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }

    /** The engine and model on the test class path, and whatever else the class path holds. */
    private static String classPath() {
        List<String> entries = new ArrayList<>();
        entries.add(location(Exporter.class));
        entries.add(location(Register.class));
        entries.add(System.getProperty("java.class.path"));
        return String.join(java.io.File.pathSeparator, entries);
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
