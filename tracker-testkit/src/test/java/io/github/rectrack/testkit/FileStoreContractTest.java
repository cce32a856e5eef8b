package io.github.rectrack.testkit;

import io.github.rectrack.engine.store.RegisterStore;
import io.github.rectrack.engine.store.RegisterStores;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The file store (a register file and its journal) keeps the store contract. */
class FileStoreContractTest extends StoreContract {

    @TempDir
    Path dir;

    private Path file;

    @Override
    protected RegisterStore emptyStore() {
        file = dir.resolve("store-" + System.nanoTime() + ".json");
        return RegisterStores.open("file:" + file);
    }

    @Override
    protected RegisterStore reopen() {
        return RegisterStores.open("file:" + file);
    }
}
