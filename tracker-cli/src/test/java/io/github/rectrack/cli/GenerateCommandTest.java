package io.github.rectrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectrack.engine.json.RegisterJson;
import io.github.rectrack.engine.validation.RegisterValidator;
import io.github.rectrack.model.Register;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest extends CommandLineTest {

    @Test
    void writesAValidRegisterThatReadsBack(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("register.json");
        assertThat(run("generate", "--recommendations", "50", "--seed", "7", "-o", file.toString())).isZero();
        assertThat(err.toString()).contains("Wrote 50 recommendations in ");
        Register register;
        try (InputStream in = Files.newInputStream(file)) {
            register = new RegisterJson().read(in, file.toString()).orElseThrow();
        }
        assertThat(register.recommendationCount()).isEqualTo(50);
        try (RegisterValidator validator = new RegisterValidator()) {
            assertThat(validator.validate(register).errors()).isEmpty();
        }
        try (var files = Files.list(dir)) {
            assertThat(files).as("no temporary file is left behind").containsExactly(file);
        }
    }

    @Test
    void theSameSeedGivesTheSameBytes(@TempDir Path dir) throws IOException {
        Path first = dir.resolve("first.json");
        Path second = dir.resolve("second.json");
        assertThat(run("generate", "-n", "50", "-s", "3", "-o", first.toString())).isZero();
        assertThat(run("generate", "-n", "50", "-s", "3", "-o", second.toString())).isZero();
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        assertThat(run("generate", "-n", "50", "-s", "4", "-o", second.toString())).as("replaces the file").isZero();
        assertThat(Files.readAllBytes(second)).isNotEqualTo(Files.readAllBytes(first));
    }

    @Test
    void writesToStandardOutput() {
        PrintStream saved = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertThat(run("generate", "-n", "3", "-o", "-")).isZero();
        } finally {
            System.setOut(saved);
        }
        Register register = new RegisterJson().read(captured.toString(StandardCharsets.UTF_8), "stdout").orElseThrow();
        assertThat(register.recommendationCount()).isEqualTo(3);
    }

    @Test
    void refusesANegativeCount(@TempDir Path dir) {
        Path file = dir.resolve("register.json");
        assertThat(run("generate", "--recommendations", "-5", "-o", file.toString())).isEqualTo(TrackerCommand.EXIT_USAGE);
        assertThat(err.toString()).contains("--recommendations must be 0 or more, not -5");
        assertThat(file).doesNotExist();
    }

    @Test
    void refusesADirectoryThatDoesNotExist(@TempDir Path dir) {
        Path file = dir.resolve("missing").resolve("register.json");
        assertThat(run("generate", "-n", "5", "-o", file.toString())).isEqualTo(TrackerCommand.EXIT_USAGE);
        assertThat(err.toString()).contains("missing: the directory to write register.json in does not exist");
    }
}
