package io.github.rectrack.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.rectrack.engine.journal.Journal;
import io.github.rectrack.engine.journal.JournalException;
import io.github.rectrack.engine.json.RegisterJson;
import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.engine.spi.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fuzzes the journal reader with any bytes as the journal beside the bundled 2020 register. Properties:
 * loading gives the register at a version no larger than the journal's line count, or throws a
 * {@link JournalException} whose findings name the journal or the register file and say something;
 * nothing else is thrown.
 */
class JournalFuzzTest {

    private static final Path DIRECTORY = directory();
    private static final Path REGISTER = DIRECTORY.resolve("jarap.json");

    private static Path directory() {
        try {
            Path directory = Files.createTempDirectory("journal-fuzz");
            Files.writeString(directory.resolve("jarap.json"), new RegisterJson().writeToString(ReferenceRegister.LEICESTERSHIRE_2020.load()));
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest
    void readsAnyJournalWithoutThrowing(byte[] bytes) throws IOException {
        Journal journal = Journal.beside(REGISTER);
        Files.write(journal.file(), bytes);
        long lines = 0;
        for (byte b : bytes) {
            if (b == '\n') {
                lines++;
            }
        }
        try {
            Journal.Loaded loaded = journal.load();
            assertThat(loaded.version()).isLessThanOrEqualTo(Math.max(0, lines - 1));
            assertThat(loaded.entries()).hasSize((int) loaded.version());
            for (Finding finding : loaded.findings()) {
                assertThat(finding.location()).startsWith(journal.file().toString());
            }
        } catch (JournalException e) {
            assertThat(e.findings()).isNotEmpty();
            for (Finding finding : e.findings()) {
                assertThat(finding.message()).as("finding %s says what is wrong", finding).isNotBlank();
                assertThat(finding.location()).as("finding %s names the file", finding)
                        .satisfiesAnyOf(l -> assertThat(l).contains(journal.file().toString()), l -> assertThat(l).contains(REGISTER.toString()),
                                l -> assertThat(l).startsWith("sources["));
            }
        }
    }
}
