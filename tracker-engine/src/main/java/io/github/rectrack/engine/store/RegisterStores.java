package io.github.rectrack.engine.store;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.engine.discovery.ServiceDiscovery;
import io.github.rectrack.engine.spi.Options;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Opens a {@link RegisterStore} by URI with the first {@link RegisterStoreProvider} found that accepts it:
 * {@code file:register.json} (built in), {@code jdbc:postgresql://host/db} (module tracker-store-postgres).
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class RegisterStores {

    private RegisterStores() {}

    /**
     * Opens a store with no options.
     *
     * @param uri the store's URI
     * @return the store
     * @throws IllegalArgumentException if no provider accepts the URI, listing the forms there are
     * @throws StoreException if the store cannot be opened
     */
    public static RegisterStore open(String uri) {
        return open(uri, Options.none());
    }

    /**
     * Opens a store.
     *
     * @param uri the store's URI
     * @param options settings of that kind of store
     * @return the store
     * @throws IllegalArgumentException if no provider accepts the URI, listing the forms there are
     * @throws StoreException if the store cannot be opened
     */
    public static RegisterStore open(String uri, Options options) {
        return open(uri, options, RegisterStores.class.getClassLoader());
    }

    /**
     * Opens a store with the providers found in a class loader (for example one over plug-in jars).
     *
     * @param uri the store's URI
     * @param options settings of that kind of store
     * @param classLoader where to look for providers
     * @return the store
     * @throws IllegalArgumentException if no provider accepts the URI, listing the forms there are
     * @throws StoreException if the store cannot be opened
     */
    public static RegisterStore open(String uri, Options options, ClassLoader classLoader) {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(options, "options");
        ServiceDiscovery.Found<RegisterStoreProvider> found = providers(classLoader);
        for (RegisterStoreProvider provider : found.services()) {
            if (provider.accepts(uri)) {
                return provider.open(uri, options);
            }
        }
        throw new IllegalArgumentException("no register store accepts '" + scheme(uri) + "…'; the stores are "
                + found.services().stream().map(p -> p.id() + " (" + p.uriForm() + ")").collect(Collectors.joining(", "))
                + (found.failures().isEmpty() ? "" : " (some store plug-ins failed to load: " + found.failures() + ")"));
    }

    /**
     * The providers found in a class loader, and those that failed to load.
     *
     * @param classLoader where to look
     * @return the providers, in class-path order
     */
    static ServiceDiscovery.Found<RegisterStoreProvider> providers(ClassLoader classLoader) {
        return ServiceDiscovery.withIds(ServiceDiscovery.load(RegisterStoreProvider.class, classLoader),
                RegisterStoreProvider::id, "register store");
    }

    /**
     * The scheme of a store URI, everything up to its last scheme colon ({@code jdbc:postgresql:}), so that a
     * message can name it without the rest, which may hold a password.
     *
     * @param uri the URI
     * @return its scheme with the colon, or a placeholder when it has none
     */
    public static String scheme(String uri) {
        List<String> parts = List.of(uri.split(":", -1));
        StringBuilder scheme = new StringBuilder();
        for (int i = 0; i < parts.size() - 1; i++) {
            String part = parts.get(i);
            if (part.isEmpty() || !part.matches("[A-Za-z][A-Za-z0-9+.-]*")) {
                break;
            }
            scheme.append(part).append(':');
        }
        return scheme.length() == 0 ? "(a URI with no scheme)" : scheme.toString();
    }
}
