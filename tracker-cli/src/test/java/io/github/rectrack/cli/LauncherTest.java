package io.github.rectrack.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code tracker} shell launcher (src/main/dist/tracker), run by {@code sh} with a stand-in {@code java} that
 * prints the arguments it was given, one a line: which jar it finds, the class-data-sharing archive it reads or
 * has written, and the options it passes.
 */
class LauncherTest {

    static final Path LAUNCHER = Path.of("src/main/dist/tracker");

    @TempDir
    Path dir;

    Path javaHome;

    @BeforeEach
    void standInJava() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs /bin/sh");
        javaHome = dir.resolve("jdk");
        Files.createDirectories(javaHome.resolve("bin"));
        Path java = javaHome.resolve("bin/java");
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    List<String> run(Path launcher, Map<String, String> environment, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("/bin/sh", launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", javaHome.toString());
        builder.environment().remove("TRACKER_JAVA_OPTS");
        builder.environment().putAll(environment);
        Process process = builder.start();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(printed).isZero();
        return printed.lines().toList();
    }

    Path install(String folder) throws IOException {
        Path bin = Files.createDirectories(dir.resolve(folder));
        Path launcher = bin.resolve("tracker");
        Files.copy(LAUNCHER, launcher);
        return launcher;
    }

    @Test
    void besideTheJarItWritesTheArchiveOnTheFirstRunAndReadsItAfter() throws Exception {
        Path launcher = install("target");
        Path jar = Files.writeString(dir.resolve("target/tracker.jar"), "a jar");
        Path archive = dir.resolve("target").toRealPath().resolve("tracker.jsa");

        assertThat(run(launcher, Map.of(), "summary", "--example", "two words")).containsExactlyElementsOf(withPages("-XX:+UseSerialGC",
                "-XX:MaxTenuringThreshold=0", "-XX:NewRatio=4", "-XX:TieredStopAtLevel=1", "-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-jar",
                jar.toRealPath().toString(), "summary", "--example", "two words"));

        Files.writeString(archive, "an archive");
        assertThat(run(launcher, Map.of("TRACKER_JAVA_OPTS", "-Xmx1g -Dx=y"), "--version")).containsExactlyElementsOf(withPages(
                "-XX:+UseSerialGC", "-XX:MaxTenuringThreshold=0", "-XX:NewRatio=4", "-XX:TieredStopAtLevel=1", "-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off", "-Xmx1g", "-Dx=y", "-jar", jar.toRealPath().toString(), "--version"));
    }

    @Test
    void anArchiveWrittenForTheJarAtAnotherPathIsWrittenAnew() throws Exception {
        Path launcher = install("tracker-1.0/bin");
        Files.createDirectories(dir.resolve("tracker-1.0/lib"));
        Files.writeString(dir.resolve("tracker-1.0/lib/tracker.jar"), "a jar");
        Path lib = dir.resolve("tracker-1.0/lib");
        Path stamp = lib.resolve("tracker.jsa.for");
        String jar = dir.toRealPath().resolve("tracker-1.0/bin") + "/../lib/tracker.jar";
        String archive = jar.replaceFirst("\\.jar$", ".jsa");

        // the first run writes the archive at its end, and says which jar it is for
        assertThat(run(launcher, Map.of(), "summary", "register.json")).contains("-XX:ArchiveClassesAtExit=" + archive);
        assertThat(Files.readAllLines(stamp)).containsExactly(jar);
        Files.writeString(lib.resolve("tracker.jsa"), "an archive");
        assertThat(run(launcher, Map.of(), "summary", "register.json")).contains("-XX:SharedArchiveFile=" + archive);

        // the folder was moved: the archive names the jar where it was, which Java would pass over without a word
        Files.writeString(stamp, "/opt/elsewhere/tracker-1.0/bin/../lib/tracker.jar\n");
        assertThat(run(launcher, Map.of(), "summary", "register.json")).contains("-XX:ArchiveClassesAtExit=" + archive)
                .noneSatisfy(a -> assertThat(a).startsWith("-XX:SharedArchiveFile"));
        assertThat(Files.readAllLines(stamp)).containsExactly(jar);

        // an archive without a note of its jar (an earlier launcher wrote it) is written anew too
        Files.delete(stamp);
        assertThat(run(launcher, Map.of(), "summary", "register.json")).contains("-XX:ArchiveClassesAtExit=" + archive);
        assertThat(run(launcher, Map.of(), "summary", "register.json")).contains("-XX:SharedArchiveFile=" + archive);
    }

    /**
     * The arguments with {@code -XX:+UseTransparentHugePages} after the collector where this machine's kernel gives huge
     * pages on request or always (its setting in brackets, as in {@code always [madvise] never}), as the launcher adds it.
     */
    private static java.util.List<String> withPages(String... args) throws IOException {
        java.util.List<String> expected = new java.util.ArrayList<>(java.util.List.of(args));
        Path setting = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
        if (Files.isReadable(setting)) {
            String modes = Files.readString(setting);
            if (modes.contains("[madvise]") || modes.contains("[always]")) {
                expected.add(1, "-XX:+UseTransparentHugePages");
            }
        }
        return expected;
    }

    @Test
    void theLongCommandsKeepTheOptimisingCompilerAndReportsDoWithoutIt() throws Exception {
        Path launcher = install("target");
        Files.writeString(dir.resolve("target/tracker.jar"), "a jar");

        assertThat(run(launcher, Map.of(), "import", "tracker.xlsx", "-o", "register.json")).contains("-XX:+UseSerialGC", "import")
                .noneSatisfy(a -> assertThat(a).startsWith("-XX:TieredStopAtLevel"));
        assertThat(run(launcher, Map.of(), "convert", "register.json", "-o", "register.json.gz"))
                .noneSatisfy(a -> assertThat(a).startsWith("-XX:TieredStopAtLevel"));
        assertThat(run(launcher, Map.of(), "report", "register.json", "-o", "paper.docx")).contains("-XX:TieredStopAtLevel=1");
        assertThat(run(launcher, Map.of(), "show", "register.json", "overdue")).contains("-XX:TieredStopAtLevel=1");
    }

    @Test
    void inADistributionItFindsTheJarInLib() throws Exception {
        Path launcher = install("tracker-1.0/bin");
        Files.createDirectories(dir.resolve("tracker-1.0/lib"));
        Files.writeString(dir.resolve("tracker-1.0/lib/tracker.jar"), "a jar");

        List<String> args = run(launcher, Map.of(), "--help");

        assertThat(args).contains("-jar", "--help", "-XX:TieredStopAtLevel=1");
        assertThat(args.get(args.indexOf("-jar") + 1)).endsWith("/tracker-1.0/bin/../lib/tracker.jar");
        assertThat(args).anySatisfy(a -> assertThat(a).startsWith("-XX:ArchiveClassesAtExit=").endsWith("/lib/tracker.jsa"));
    }
}
