package io.github.rectrack.store.postgres;

import io.github.rectrack.engine.store.RegisterStore;
import io.github.rectrack.engine.store.RegisterStores;
import io.github.rectrack.testkit.StoreContract;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The PostgreSQL store keeps the store contract, on a real PostgreSQL started for the class; each test has a database of its own. */
class PostgresStoreContractTest extends StoreContract {

    private EmbeddedPostgres postgres;
    private int databases;
    private String uri;

    @BeforeAll
    void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.start();
    }

    @AfterAll
    void stopPostgres() throws IOException {
        postgres.close();
    }

    @Override
    protected RegisterStore emptyStore() throws SQLException {
        String database = "contract_" + ++databases;
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        }
        uri = postgres.getJdbcUrl("postgres", database);
        return RegisterStores.open(uri);
    }

    @Override
    protected RegisterStore reopen() {
        return RegisterStores.open(uri);
    }
}
