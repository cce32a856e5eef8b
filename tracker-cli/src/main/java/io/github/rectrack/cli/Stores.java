package io.github.rectrack.cli;

import io.github.rectrack.engine.change.Change;
import io.github.rectrack.engine.spi.Options;
import io.github.rectrack.engine.store.Recorded;
import io.github.rectrack.engine.store.RegisterStore;
import io.github.rectrack.engine.store.RegisterStores;
import io.github.rectrack.engine.store.Stored;
import io.github.rectrack.engine.validation.RegisterValidator;
import io.github.rectrack.model.Register;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Opens the store a command names with {@code --store}: found on the class path or, when the command has a
 * {@code --plugins} directory, among its jars too, like every other plug-in. A store found in the directory
 * keeps the directory's class loader open until the store is closed.
 */
final class Stores {

    private Stores() {
    }

    /**
     * Opens a store for the command running on this thread.
     *
     * @param uri the store's URI
     * @return the store; close it when done
     * @throws IllegalArgumentException if no store accepts the URI
     * @throws io.github.rectrack.engine.store.StoreException if the store cannot be opened
     */
    static RegisterStore open(String uri) {
        Path directory = TrackerCommand.runningPluginDirectory();
        if (directory == null) {
            return RegisterStores.open(uri);
        }
        Plugins plugins;
        try {
            plugins = Plugins.open(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the plug-in directory " + directory + ": " + e.getMessage(), e);
        }
        try {
            return new WithPlugins(RegisterStores.open(uri, Options.none(), plugins.classLoader()), plugins);
        } catch (RuntimeException e) {
            plugins.close();
            throw e;
        }
    }

    /** A store found among the plug-in jars, closing their class loader after itself. */
    private static final class WithPlugins implements RegisterStore {
        private final RegisterStore store;
        private final Plugins plugins;

        WithPlugins(RegisterStore store, Plugins plugins) {
            this.store = store;
            this.plugins = plugins;
        }

        @Override
        public List<String> registers() {
            return store.registers();
        }

        @Override
        public void create(Register baseline) {
            store.create(baseline);
        }

        @Override
        public Stored create(Register baseline, List<? extends Change> changes, RegisterValidator validator) {
            return store.create(baseline, changes, validator);
        }

        @Override
        public Stored load(String registerId, Optional<Instant> recordedUpTo) {
            return store.load(registerId, recordedUpTo);
        }

        @Override
        public Stored append(String registerId, List<? extends Change> changes, RegisterValidator validator) {
            return store.append(registerId, changes, validator);
        }

        @Override
        public List<Recorded> history(String registerId, Optional<String> subject) {
            return store.history(registerId, subject);
        }

        @Override
        public Optional<String> schema() {
            return store.schema();
        }

        @Override
        public void close() {
            try {
                store.close();
            } finally {
                plugins.close();
            }
        }

        @Override
        public String toString() {
            return store.toString();
        }
    }
}
