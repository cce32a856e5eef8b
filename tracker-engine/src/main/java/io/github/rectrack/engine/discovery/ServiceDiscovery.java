package io.github.rectrack.engine.discovery;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.net.URL;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeSet;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * Finds plug-ins with {@link ServiceLoader}, one at a time, so that a plug-in that fails to load is
 * recorded with its class and cause while the others keep working (as SLF4J does with its providers).
 */
@API(status = INTERNAL, since = "0.1.0")
public final class ServiceDiscovery {

    private static final System.Logger LOG = System.getLogger(ServiceDiscovery.class.getName());

    private ServiceDiscovery() {}

    /**
     * What a search found.
     *
     * @param services the plug-ins that loaded, in class-path order
     * @param failures the plug-ins that did not, each described with its class and cause
     * @param <T> the service type
     */
    @API(status = INTERNAL, since = "0.1.0")
    public record Found<T>(List<T> services, List<String> failures) {
        /**
         * Copies the lists.
         *
         * @param services the plug-ins that loaded, in class-path order
         * @param failures the plug-ins that did not, each described with its class and cause
         */
        public Found {
            services = List.copyOf(services);
            failures = List.copyOf(failures);
        }
    }

    /**
     * Loads every provider of a service.
     *
     * @param type the service interface
     * @param loader where to look
     * @param <T> the service type
     * @return the providers that loaded and the failures
     */
    public static <T> Found<T> load(Class<T> type, ClassLoader loader) {
        Objects.requireNonNull(type, "type");
        List<T> services = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        Iterator<T> it = ServiceLoader.load(type, loader).iterator();
        while (true) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                T service = it.next();
                services.add(service);
                LOG.log(System.Logger.Level.DEBUG, () -> "found " + type.getSimpleName() + " " + service.getClass().getName()
                        + " version " + version(service.getClass()) + " in " + location(service.getClass()));
            } catch (ServiceConfigurationError e) {
                String failure = e.getMessage() + (e.getCause() == null ? "" : " (" + e.getCause() + ")");
                failures.add(failure);
                LOG.log(System.Logger.Level.WARNING, "a " + type.getSimpleName() + " plug-in failed to load and is left out: " + failure);
            }
        }
        return new Found<>(services, failures);
    }

    /**
     * The providers found (when {@code discover} is true) followed by those added by hand.
     *
     * @param type the service interface
     * @param discover whether to look with {@link ServiceLoader}
     * @param loader where to look
     * @param added providers added by hand
     * @param <T> the service type
     * @return every provider, and the failures of discovery
     */
    public static <T> Found<T> load(Class<T> type, boolean discover, ClassLoader loader, List<T> added) {
        if (!discover) {
            return new Found<>(added, List.of());
        }
        Found<T> found = load(type, loader);
        List<T> all = new ArrayList<>(found.services());
        all.addAll(added);
        return new Found<>(all, found.failures());
    }

    /**
     * Leaves out the plug-ins that give no usable id (null, blank, or an exception from {@code id()}), each
     * recorded as a failure naming its class and the jar it came from, so that one such plug-in does not
     * break the others.
     *
     * @param found what a search found
     * @param id each plug-in's id
     * @param kind what they are, singular, for the message ("exporter", "RAG policy")
     * @param <T> the plug-in type
     * @return the plug-ins with an id, and the failures of the search followed by those left out here
     */
    public static <T> Found<T> withIds(Found<T> found, Function<T, String> id, String kind) {
        List<T> services = new ArrayList<>();
        List<String> failures = new ArrayList<>(found.failures());
        for (T service : found.services()) {
            String problem;
            try {
                String value = id.apply(service);
                problem = value == null ? "its id() returned null" : value.isBlank() ? "its id() returned a blank text" : null;
            } catch (RuntimeException e) {
                problem = "its id() threw " + e;
            }
            if (problem == null) {
                services.add(service);
            } else {
                String failure = "the " + kind + " " + service.getClass().getName() + " (" + location(service.getClass()) + ") is left out: "
                        + problem + "; a plug-in must give a non-blank id";
                failures.add(failure);
                LOG.log(System.Logger.Level.WARNING, failure);
            }
        }
        return new Found<>(services, failures);
    }

    /**
     * The message for an id no plug-in has, listing the ids there are and any plug-ins that failed to load.
     *
     * @param kind what was asked for, singular ("exporter", "RAG policy")
     * @param kinds the same, plural
     * @param id the id asked for
     * @param ids the ids there are
     * @param failures the plug-ins that failed to load
     * @return the message
     */
    public static String unknownId(String kind, String kinds, String id, Collection<String> ids, List<String> failures) {
        return "no " + kind + " has id '" + id + "'; the " + kinds + " are " + new TreeSet<>(ids)
                + (failures.isEmpty() ? "" : " (some plug-ins failed to load: " + failures + ")");
    }

    /**
     * Indexes plug-ins by id, in order. The same class found twice (a jar on the class path twice) counts
     * once; two classes claiming one id is an error naming both and where they came from.
     *
     * @param plugins the plug-ins
     * @param id each plug-in's id
     * @param kind what they are, plural, for the message ("exporters", "RAG policies")
     * @param <T> the plug-in type
     * @return the plug-ins by id, in the order given
     * @throws IllegalStateException if two classes claim one id
     */
    public static <T> Map<String, T> byId(List<T> plugins, Function<T, String> id, String kind) {
        Map<String, T> byId = new LinkedHashMap<>();
        for (T plugin : plugins) {
            T clash = byId.putIfAbsent(id.apply(plugin), plugin);
            if (clash != null && clash.getClass() != plugin.getClass()) {
                throw new IllegalStateException("two " + kind + " claim id '" + id.apply(plugin) + "': "
                        + clash.getClass().getName() + " (" + location(clash.getClass()) + ") and "
                        + plugin.getClass().getName() + " (" + location(plugin.getClass())
                        + "); remove one of the jars from the class path or plug-in directory");
            }
        }
        return byId;
    }

    /**
     * Where a class was loaded from: its jar or directory.
     *
     * @param type the class
     * @return the location, or "unknown location"
     */
    public static String location(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        URL url = source == null ? null : source.getLocation();
        return url == null ? "unknown location" : url.toString();
    }

    /**
     * A class's version, from its jar's manifest ({@code Implementation-Version}).
     *
     * @param type the class
     * @return the version, or "unknown" when the manifest does not give one
     */
    public static String version(Class<?> type) {
        Package p = type.getPackage();
        String version = p == null ? null : p.getImplementationVersion();
        return version == null ? "unknown" : version;
    }
}
