package io.github.rectrack.store.postgres;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.engine.spi.Options;
import io.github.rectrack.engine.store.RegisterStore;
import io.github.rectrack.engine.store.RegisterStoreProvider;
import org.apiguardian.api.API;

/**
 * Opens the {@link PostgresRegisterStore} for {@code jdbc:postgresql://HOST:PORT/DATABASE?user=USER}, the password
 * from the URI's {@code password} parameter or the environment variable {@value
 * PostgresRegisterStore#PASSWORD_VARIABLE}.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class PostgresRegisterStoreProvider implements RegisterStoreProvider {

    /** Made by {@link java.util.ServiceLoader}. */
    public PostgresRegisterStoreProvider() {}

    @Override
    public String id() {
        return "postgresql";
    }

    @Override
    public String uriForm() {
        return "jdbc:postgresql://HOST:PORT/DATABASE?user=USER, password in " + PostgresRegisterStore.PASSWORD_VARIABLE;
    }

    @Override
    public boolean accepts(String uri) {
        return uri.regionMatches(true, 0, PostgresRegisterStore.SCHEME, 0, PostgresRegisterStore.SCHEME.length());
    }

    @Override
    public RegisterStore open(String uri, Options options) {
        return PostgresRegisterStore.open(uri, options, System::getenv);
    }
}
