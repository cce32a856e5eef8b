/**
 * Register stores: where a register and the changes recorded to it are kept. {@link
 * io.github.rectrack.engine.store.RegisterStore} is the extension point, found with {@link java.util.ServiceLoader}
 * through {@link io.github.rectrack.engine.store.RegisterStoreProvider} and chosen by a URI with {@link
 * io.github.rectrack.engine.store.RegisterStores#open(String)}. The file store ({@code file:register.json}, a
 * register file and its journal) is built in; other stores, such as PostgreSQL, come in their own modules.
 */
package io.github.rectrack.engine.store;
