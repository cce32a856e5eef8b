package io.github.rectrack.cli;

import io.github.rectrack.engine.json.RegisterJson;
import io.github.rectrack.engine.reference.ReferenceRegister;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the tests of recording changes share: the bundled 2020 register written to {@code jarap.json} in a
 * folder of the test's own, and the clock changes are recorded by, stood still at an instant the test sets.
 */
abstract class RegisterFileTest extends CommandLineTest {

    /** The test's folder. */
    @TempDir
    protected Path dir;

    /** The register file, {@code jarap.json} in {@link #dir}. */
    protected Path file;

    @BeforeEach
    void writeRegister() throws IOException {
        file = dir.resolve("jarap.json");
        Files.writeString(file, new RegisterJson().writeToString(ReferenceRegister.LEICESTERSHIRE_2020.load()));
    }

    @AfterEach
    void clearClock() {
        System.clearProperty(RecordCommand.CLOCK_PROPERTY);
    }

    /**
     * Stands the clock still at an instant: the changes recorded from now on say they were recorded then.
     *
     * @param instant an ISO-8601 instant, e.g. {@code 2020-10-12T08:30:00Z}
     */
    protected static void clock(String instant) {
        System.setProperty(RecordCommand.CLOCK_PROPERTY, instant);
    }
}
