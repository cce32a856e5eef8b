package io.github.rectrack.cli;

import io.github.rectrack.engine.spi.ImportResult;
import io.github.rectrack.engine.json.RegisterJson;
import io.github.rectrack.engine.reference.ReferenceRegister;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Where a command reads its register from: a file, or one of the bundled reference registers. */
final class RegisterInput {

    @ArgGroup(exclusive = true, multiplicity = "1")
    Choice choice;

    static final class Choice {
        @Parameters(paramLabel = "REGISTER", description = "A register in canonical JSON.")
        Path file;

        @Option(names = "--example", paramLabel = "ID",
                description = "A bundled reference register: ${COMPLETION-CANDIDATES}.",
                completionCandidates = ExampleIds.class)
        String example;
    }

    /** The ids of the bundled reference registers, for help and completion. */
    static final class ExampleIds implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Arrays.stream(ReferenceRegister.values()).map(ReferenceRegister::id).iterator();
        }
    }

    /** The name to show in messages. */
    String name() {
        return choice.file != null ? choice.file.toString() : choice.example;
    }

    /** The date of the bundled paper, when the input is one of the bundled registers. */
    java.util.Optional<java.time.LocalDate> paperDate() {
        return choice.example == null ? java.util.Optional.empty()
                : ReferenceRegister.byId(choice.example).map(ReferenceRegister::paperDate);
    }

    /** Reads the register. */
    ImportResult read() throws IOException {
        if (choice.example != null) {
            ReferenceRegister reference = ReferenceRegister.byId(choice.example).orElseThrow(() -> new IllegalArgumentException(
                    "no bundled register has id '" + choice.example + "'; the bundled registers are "
                            + Arrays.stream(ReferenceRegister.values()).map(ReferenceRegister::id).collect(Collectors.joining(", "))));
            try (InputStream in = reference.open()) {
                return new RegisterJson().read(in, reference.id());
            }
        }
        try (InputStream in = Files.newInputStream(choice.file)) {
            return new RegisterJson().read(in, choice.file.toString());
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("no such file: " + choice.file, e);
        }
    }
}
