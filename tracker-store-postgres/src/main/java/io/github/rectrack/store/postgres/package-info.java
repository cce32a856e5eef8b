/**
 * The register store on PostgreSQL: {@link io.github.rectrack.store.postgres.PostgresRegisterStore}, opened by
 * {@code jdbc:postgresql://host:port/db?user=…} through {@link
 * io.github.rectrack.engine.store.RegisterStores#open(String)}.
 */
package io.github.rectrack.store.postgres;
