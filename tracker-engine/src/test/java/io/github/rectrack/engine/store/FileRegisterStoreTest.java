package io.github.rectrack.engine.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rectrack.engine.change.Change;
import io.github.rectrack.engine.change.Stamp;
import io.github.rectrack.engine.journal.Journal;
import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.engine.spi.Options;
import io.github.rectrack.engine.validation.RegisterValidator;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.ProgressUpdate;
import io.github.rectrack.model.Register;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file store chosen by URI, and what it refuses: another scheme, a file not named .json, overwriting, another register. */
class FileRegisterStoreTest {

    @TempDir
    Path dir;

    final Register register = ReferenceRegister.LEICESTERSHIRE_2020.load();

    @Test
    void fileUrisOpenTheFileStoreRelativeAbsoluteOrAsAUri() {
        Path file = dir.resolve("jarap.json");
        assertThat(RegisterStores.open("file:" + file)).isInstanceOfSatisfying(FileRegisterStore.class,
                s -> assertThat(s.registerFile()).isEqualTo(file));
        assertThat(RegisterStores.open(file.toUri().toString())).isInstanceOfSatisfying(FileRegisterStore.class,
                s -> assertThat(s.registerFile()).isEqualTo(file));
        assertThat(RegisterStores.open("file:register.json")).isInstanceOfSatisfying(FileRegisterStore.class,
                s -> assertThat(s.registerFile()).isEqualTo(Path.of("register.json")));
    }

    @Test
    void aUriNoStoreAcceptsListsTheStoresWithoutRepeatingTheRestOfTheUri() {
        assertThatThrownBy(() -> RegisterStores.open("jdbc:postgresql://db.example/registers?user=t&password=hunter2"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no register store accepts 'jdbc:postgresql:…'; the stores are file (file:PATH.json)");
        assertThat(RegisterStores.scheme("register.json")).isEqualTo("(a URI with no scheme)");
    }

    @Test
    void theFileStoreRefusesAFileNotNamedJsonAndAnyOption() {
        assertThatThrownBy(() -> RegisterStores.open("file:" + dir.resolve("jarap.xlsx")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the file store's URI names a register file ending in .json (file:PATH.json), not 'file:"
                        + dir.resolve("jarap.xlsx") + "'");
        assertThatThrownBy(() -> RegisterStores.open("file:" + dir.resolve("jarap.json"), Options.of(Map.of("snapshot-every", "10"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("the file store takes no options, but was given [snapshot-every]");
    }

    @Test
    void createNeverOverwritesAFileOrStartsBesideAJournal() throws IOException {
        Path file = dir.resolve("jarap.json");
        Files.writeString(file, "{}");
        assertThatThrownBy(() -> FileRegisterStore.at(file).create(register)).isInstanceOf(StoreException.class)
                .hasMessage("ERROR " + file + ": the file already exists, so register 'leicestershire-jarap-2020-10' was not created: a"
                        + " file store holds one register and never overwrites it; name a new file");
        assertThat(Files.readString(file)).isEqualTo("{}");

        Path other = dir.resolve("other.json");
        Files.writeString(Journal.pathFor(other), "left behind\n");
        assertThatThrownBy(() -> FileRegisterStore.at(other).create(register)).isInstanceOf(StoreException.class)
                .hasMessageContaining("a journal is already beside other.json");
        assertThat(other).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("jarap.json", "other.journal.jsonl");
        }
    }

    @Test
    void aFileStoreHoldsOneRegisterAndNamesItWhenAskedForAnother() {
        FileRegisterStore store = FileRegisterStore.at(dir.resolve("jarap.json"));
        store.create(register);
        assertThat(store.registers()).containsExactly("leicestershire-jarap-2020-10");
        assertThatThrownBy(() -> store.load("essex-ico-action-plan-2020", Optional.empty())).isInstanceOf(StoreException.class)
                .hasMessage("ERROR " + dir.resolve("jarap.json") + ": the file holds register 'leicestershire-jarap-2020-10', not"
                        + " 'essex-ico-action-plan-2020'");
    }

    @Test
    void theChangesOfOneAppendMustBeNumberedOneAfterAnother() {
        FileRegisterStore store = FileRegisterStore.at(dir.resolve("jarap.json"));
        store.create(register);
        Instant at = Instant.parse("2020-10-08T09:00:00Z");
        Change first = new Change.AddUpdate(new Stamp("a", at, "aco-finance", 0), "code-of-governance-2018-4.1",
                ProgressUpdate.of(PartialDate.of(2020, 10, 8), "one"));
        Change again = new Change.AddUpdate(new Stamp("b", at, "aco-finance", 0), "code-of-governance-2018-4.1",
                ProgressUpdate.of(PartialDate.of(2020, 10, 8), "two"));
        try (RegisterValidator validator = new RegisterValidator()) {
            assertThatThrownBy(() -> store.append(register.id(), List.of(first, again), validator))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("change b (the 2. of the append) was made against version 0, but follows a change that makes version 1;"
                            + " number the changes of one append one after another");
        }
        assertThat(store.load(register.id(), Optional.empty()).version()).isZero();
    }
}
