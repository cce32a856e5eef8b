package io.github.rectrack.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built distribution, {@code target/tracker-<version>.zip}, unzipped into an empty folder and run by its
 * launcher with nothing but {@code java} on the PATH. It runs after the package phase (the build passes the
 * zip's path in {@code tracker.distribution}); elsewhere it is skipped.
 */
class DistributionTest {

    /** The build's {@code project.build.outputTimestamp}, which dates every entry of the zip. */
    private static final Instant BUILD_TIME = Instant.parse("2026-12-01T00:00:00Z");

    @TempDir
    Path dir;

    Path zip;

    String version;

    Path home;

    @BeforeEach
    void unzip() throws IOException {
        String built = System.getProperty("tracker.distribution");
        assumeTrue(built != null, "runs on the built distribution, after the package phase");
        zip = Path.of(built);
        version = System.getProperty("tracker.version");
        assertThat(zip).exists();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(file.entries())) {
                Path target = dir.resolve(entry.getName()).normalize();
                assertThat(target.startsWith(dir)).as(entry.getName()).isTrue();
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    try (InputStream in = file.getInputStream(entry)) {
                        Files.copy(in, target);
                    }
                }
            }
        }
        home = dir.resolve("tracker-" + version);
    }

    /** What a run printed, and how it ended. */
    record Run(int exitCode, String out, String err) {}

    /** Runs bin/tracker with /bin/sh, the PATH holding nothing but a folder with java in it, and no JAVA_HOME. */
    Run tracker(String... args) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs /bin/sh");
        Path onlyJava = Files.createDirectories(dir.resolve("path"));
        if (!Files.exists(onlyJava.resolve("java"))) {
            Files.createSymbolicLink(onlyJava.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
        }
        List<String> command = new ArrayList<>(List.of("/bin/sh", home.resolve("bin/tracker").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().clear();
        builder.environment().put("PATH", onlyJava.toString());
        builder.environment().put("HOME", dir.toString());
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void holdsTheLaunchersTheJarTheManPagesTheCompletionAndTheReadme() throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            List<String> names = java.util.Collections.list(file.entries()).stream().map(ZipEntry::getName).toList();
            String top = "tracker-" + version + "/";
            assertThat(names).contains(top + "bin/tracker", top + "bin/tracker.bat", top + "lib/tracker.jar",
                    top + "man/tracker.1", top + "man/tracker-summary.1", top + "man/tracker-record-update.1",
                    top + "completion/tracker_completion", top + "README.md", top + "LICENSE");
            assertThat(names).allSatisfy(name -> assertThat(name).startsWith(top));
            assertThat(names).noneSatisfy(name -> assertThat(name).endsWith(".jsa"));
            assertThat(java.util.Collections.list(file.entries())).allSatisfy(entry -> assertThat(entry.getLastModifiedTime())
                    .as(entry.getName()).isEqualTo(FileTime.from(BUILD_TIME)));
        }
        assertThat(Files.readString(home.resolve("man/tracker-summary.1")))
                .contains(".TH \"TRACKER\\-SUMMARY\" \"1\"")
                .contains("tracker summary")
                .contains("\\-\\-format");
        assertThat(Files.readString(home.resolve("completion/tracker_completion")))
                .contains("complete -F _complete_tracker")
                .contains("summary")
                .contains("leicestershire-jarap-2020-10");
        assertThat(Files.readString(home.resolve("bin/tracker.bat"), StandardCharsets.UTF_8))
                .contains("\r\n")
                .contains("-jar \"%TRACKER_JAR%\" %*")
                .contains("set \"TRACKER_JAR=%~dp0..\\lib\\tracker.jar\"");
    }

    @Test
    void runsASummaryAndSaysItsVersionWithOnlyJavaOnThePath() throws Exception {
        Run summary = tracker("summary", "--example", "leicestershire-jarap-2020-10");
        assertThat(summary.exitCode()).as(summary.err()).isZero();
        assertThat(summary.out())
                .contains("Reported to Joint Audit, Risk and Assurance Panel (JARAP) as of 2020-10-16, RAG policy 'reference'")
                .containsPattern("Fundamental +0 +2 +0 +0 +2\\R")
                .containsPattern("Significant +0 +8 +4 +0 +12\\R")
                .containsPattern("Total +0 +10 +7 +0 +17\\R")
                .contains("Proposed for closure: 7");
        assertThat(summary.err()).isEmpty();
        assertThat(home.resolve("lib/tracker.jsa")).as("the class-data-sharing archive the first run writes beside the jar").exists();

        Run versionRun = tracker("--version");
        assertThat(versionRun.exitCode()).as(versionRun.err()).isZero();
        assertThat(versionRun.out()).isEqualTo("tracker " + version + "\n");
        assertThat(versionRun.err()).isEmpty();
    }

    @Test
    void theJShellExampleRunsOnTheJarWithoutALoggingLine() throws Exception {
        Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
        assumeTrue(Files.isExecutable(jshell), "needs a JDK's jshell");
        Path script = Path.of(System.getProperty("basedir", "."), "..", "tracker-examples", "scripts", "summary.jsh");
        // as the script's comment says to run it: jshell --class-path tracker.jar tracker-examples/scripts/summary.jsh
        ProcessBuilder builder = new ProcessBuilder(jshell.toString(), "-J-Duser.home=" + dir, "-R-Duser.home=" + dir,
                "--class-path", home.resolve("lib/tracker.jar").toString(), script.toString()).redirectErrorStream(true);
        Process process = builder.start();
        process.getOutputStream().close();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(printed).isZero();
        assertThat(printed.lines()).containsSubsequence(
                "Reported to Joint Audit, Risk and Assurance Panel (JARAP) as of 2020-10-16, RAG policy 'reference'",
                "Significant                   0      8      4      0     12",
                "Total                         0     10      7      0     17",
                "Proposed for closure: 7");
        assertThat(printed).doesNotContain("Log4j").doesNotContain("logging provider").doesNotContain("ERROR");
    }

    @Test
    void formatsFitsAHundredColumnsAndNamesTheOneJarOnce() throws Exception {
        Run formats = tracker("formats");
        assertThat(formats.exitCode()).as(formats.err()).isZero();
        assertThat(formats.out().lines().toList()).allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(100));
        assertThat(formats.out())
                .containsPattern("(?m)^KIND +ID +NAME +EXTENSIONS +VERSION$")
                .containsPattern("(?m)^importer +sheet +A force's own sheet, through a mapping +- +" + java.util.regex.Pattern.quote(version) + "$")
                .contains("(all from tracker.jar)");
    }
}
