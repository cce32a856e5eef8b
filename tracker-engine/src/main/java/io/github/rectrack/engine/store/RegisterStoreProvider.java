package io.github.rectrack.engine.store;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.engine.spi.Options;
import org.apiguardian.api.API;

/**
 * Opens a kind of {@link RegisterStore} from a URI; found with {@link java.util.ServiceLoader} (list the class
 * in {@code META-INF/services/io.github.rectrack.engine.store.RegisterStoreProvider}).
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public interface RegisterStoreProvider {

    /** @return a stable id for the kind of store, such as {@code file} or {@code postgresql} */
    String id();

    /** @return the form of the URIs it accepts, for messages, such as {@code file:PATH.json} */
    String uriForm();

    /**
     * Whether this provider opens the URI (by its scheme; the rest is checked by {@link #open}).
     *
     * @param uri the URI
     * @return true if it does
     */
    boolean accepts(String uri);

    /**
     * Opens the store.
     *
     * @param uri a URI it {@link #accepts}
     * @param options settings of this kind of store
     * @return the store, open
     * @throws StoreException if the store cannot be opened, saying why without the URI's password
     * @throws IllegalArgumentException if the URI or an option cannot be used, saying what is accepted
     */
    RegisterStore open(String uri, Options options);
}
