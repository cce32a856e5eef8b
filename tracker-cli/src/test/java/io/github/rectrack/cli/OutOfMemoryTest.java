package io.github.rectrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Running out of memory, in a child JVM with a small heap: the command prints one line with advice and
 * exits 2, with no stack trace, and a register too large to build is refused before any memory is used.
 */
class OutOfMemoryTest {

    /** What a child {@code tracker} run printed and its exit code. */
    private record Ran(int exit, String stdout, String stderr) {}

    private static Ran tracker(String maxHeap, String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + maxHeap, "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), TrackerCommand.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the child JVM ended").isTrue();
        return new Ran(process.exitValue(), stdout, stderr);
    }

    @Test
    void runningOutOfMemoryPrintsOneLineWithAdviceAndExits2(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("register.json");
        Ran ran = tracker("24m", "generate", "-n", "1000000", "-o", file.toString());
        assertThat(ran.exit()).as(ran.stderr()).isEqualTo(TrackerCommand.EXIT_USAGE);
        assertThat(ran.stderr().lines()).singleElement().asString()
                .startsWith("tracker: 'generate' ran out of memory (")
                .contains(", with a maximum heap of ")
                .endsWith(" MiB. Start Java with a larger heap (for example java -Xmx4g -jar tracker.jar ...), or ask for less:"
                        + " one forum (--forum), a smaller register, or fewer recommendations");
        assertThat(ran.stderr()).doesNotContainPattern("(?m)^\\s+at ").doesNotContain("Exception in thread");
        assertThat(ran.stdout()).isEmpty();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).as("no register and no temporary file").isEmpty();
        }
    }

    @Test
    void generateRefusesMoreThanItsDocumentedMaximumBeforeBuildingAnything(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("register.json");
        Ran ran = tracker("24m", "generate", "-n", "2147483647", "-o", file.toString());
        assertThat(ran.exit()).as(ran.stderr()).isEqualTo(TrackerCommand.EXIT_USAGE);
        assertThat(ran.stderr()).contains("--recommendations must be at most 1,000,000 (a register is built in memory before it is"
                + " written), not 2,147,483,647").doesNotContainPattern("(?m)^\\s+at ").doesNotContain("OutOfMemoryError");
        assertThat(file).doesNotExist();
    }

    @Test
    void theLineGivesTheHeapInMebibytes() {
        assertThat(TrackerCommand.outOfMemory("report", new OutOfMemoryError("Java heap space"), 256L * 1024 * 1024))
                .startsWith("tracker: 'report' ran out of memory (Java heap space), with a maximum heap of 256 MiB. Start Java");
        assertThat(TrackerCommand.outOfMemory("report", new OutOfMemoryError(), Long.MAX_VALUE))
                .startsWith("tracker: 'report' ran out of memory. Start Java");
    }
}
