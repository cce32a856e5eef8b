package io.github.rectrack.cli;

import io.github.rectrack.engine.plugin.Formats;
import io.github.rectrack.engine.plugin.Notifiers;
import io.github.rectrack.engine.spi.Finding;
import io.github.rectrack.engine.spi.ImportResult;
import io.github.rectrack.engine.validation.RegisterValidator;
import io.github.rectrack.engine.validation.ValidationReport;
import io.github.rectrack.engine.rag.RagPolicies;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The plug-ins of one run: those on the class path, and every {@code *.jar} of the {@code --plugins}
 * directory in a class loader whose parent is the command's own. Formats (exporters and importers), RAG
 * policies and notifiers are looked up in that loader, once, when first asked for. A jar that cannot be opened as
 * one (damaged, truncated, or not a jar) is left out and reported in {@link #failures()} with its path,
 * while the others keep working. Closing releases the jars.
 */
final class Plugins implements AutoCloseable {

    private final Optional<Path> directory;
    private final List<Path> jars;
    private final List<String> jarFailures;
    private final ClassLoader classLoader;
    private final Optional<URLClassLoader> own;
    private Formats formats;
    private RagPolicies ragPolicies;
    private Notifiers notifiers;

    private Plugins(Optional<Path> directory, List<Path> jars, List<String> jarFailures, ClassLoader classLoader,
            Optional<URLClassLoader> own) {
        this.directory = directory;
        this.jars = List.copyOf(jars);
        this.jarFailures = List.copyOf(jarFailures);
        this.classLoader = classLoader;
        this.own = own;
    }

    /**
     * Opens the plug-ins of the class path and, if given, of a directory of jars.
     *
     * @param directory the plug-in directory, or null for the class path alone
     * @return the plug-ins
     * @throws IllegalArgumentException naming the directory, if it is not one
     * @throws IOException if the directory cannot be listed
     */
    static Plugins open(Path directory) throws IOException {
        ClassLoader parent = Plugins.class.getClassLoader();
        if (directory == null) {
            return new Plugins(Optional.empty(), List.of(), List.of(), parent, Optional.empty());
        }
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("the plug-in directory " + directory + " does not exist or is not a directory"
                    + " (from --plugins or TRACKER_PLUGINS); give a directory holding plug-in jars");
        }
        List<Path> jars;
        try (Stream<Path> files = Files.list(directory)) {
            jars = files.filter(f -> f.getFileName().toString().endsWith(".jar") && Files.isRegularFile(f)).sorted().toList();
        }
        List<URL> urls = new ArrayList<>();
        List<String> jarFailures = new ArrayList<>();
        for (Path jar : jars) {
            Optional<String> unreadable = unreadable(jar);
            if (unreadable.isPresent()) {
                jarFailures.add("the plug-in jar " + jar + " cannot be opened as a jar (" + unreadable.get()
                        + ") and is left out; replace it with the plug-in's released jar");
                continue;
            }
            try {
                urls.add(jar.toAbsolutePath().toUri().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("cannot use plug-in jar " + jar + ": " + e.getMessage(), e);
            }
        }
        URLClassLoader loader = new URLClassLoader("tracker-plugins", urls.toArray(URL[]::new), parent);
        return new Plugins(Optional.of(directory), jars, jarFailures, loader, Optional.of(loader));
    }

    /** Why a jar cannot be opened, if it cannot: a class loader would skip it without a word. */
    private static Optional<String> unreadable(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            file.getManifest();
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    /**
     * The plug-in directory, if one was given.
     *
     * @return the directory
     */
    /** @return the class loader the plug-ins are found with: the class path's, or one over the directory's jars */
    ClassLoader classLoader() {
        return classLoader;
    }

    Optional<Path> directory() {
        return directory;
    }

    /**
     * The jars of the plug-in directory, sorted by name.
     *
     * @return the jars; empty without a directory
     */
    List<Path> jars() {
        return jars;
    }

    /**
     * Every plug-in that was left out: jars of the directory that cannot be opened, then the exporters,
     * importers, RAG policies and notifiers that failed to load, each naming its jar or class and the cause.
     *
     * @return descriptions of the failures
     */
    List<String> failures() {
        List<String> all = new ArrayList<>(jarFailures);
        all.addAll(formats().failures());
        all.addAll(ragPolicies().failures());
        all.addAll(notifiers().failures());
        return all;
    }

    /**
     * The exporters and importers.
     *
     * @return the formats
     * @throws IllegalStateException if two plug-ins claim one id
     */
    synchronized Formats formats() {
        if (formats == null) {
            formats = Formats.builder().classLoader(classLoader).build();
        }
        return formats;
    }

    /**
     * Everything wrong with what was read: the reader's findings, then the validator's (checked against
     * the RAG policies found here) when a register was read.
     *
     * @param read what an importer gave
     * @return every finding
     */
    ValidationReport check(ImportResult read) {
        List<Finding> findings = new ArrayList<>(read.findings());
        if (read.register().isPresent()) {
            try (RegisterValidator validator = new RegisterValidator(ragPolicies())) {
                findings.addAll(validator.validate(read.register().get()).findings());
            }
        }
        return new ValidationReport(findings);
    }

    /**
     * The RAG policies.
     *
     * @return the policies
     * @throws IllegalStateException if two policies claim one id
     */
    synchronized RagPolicies ragPolicies() {
        if (ragPolicies == null) {
            ragPolicies = RagPolicies.builder().classLoader(classLoader).build();
        }
        return ragPolicies;
    }

    /**
     * The notifiers, which tell owners that an update is requested.
     *
     * @return the notifiers
     * @throws IllegalStateException if two notifiers claim one id
     */
    synchronized Notifiers notifiers() {
        if (notifiers == null) {
            notifiers = Notifiers.builder().classLoader(classLoader).build();
        }
        return notifiers;
    }

    /**
     * Warnings that some plug-ins were left out, if any were: a line counting them and pointing at
     * {@code tracker formats}, then a line for each naming its jar or class and the cause.
     *
     * @return the warnings, each starting {@code tracker: warning: }; empty if every plug-in loaded
     */
    List<String> failureWarnings() {
        List<String> failures = failures();
        if (failures.isEmpty()) {
            return List.of();
        }
        List<String> warnings = new ArrayList<>();
        warnings.add("tracker: warning: " + failures.size() + " plug-in(s) failed to load and are left out; 'tracker formats' says why");
        failures.forEach(f -> warnings.add("tracker: warning: left out: " + f));
        return warnings;
    }

    /** Releases the plug-in jars. */
    @Override
    public void close() {
        own.ifPresent(loader -> {
            try {
                loader.close();
            } catch (IOException e) {
                throw new UncheckedIOException("could not close the plug-in jars", e);
            }
        });
    }
}
