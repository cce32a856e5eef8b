package io.github.rectrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectrack.engine.reference.ReferenceRegister;
import java.io.IOException;
import java.io.InputStream;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plug-in directory, with real jars compiled and packaged at test time and loaded by the command's
 * own class loader: listing, reporting with a plug-in's exporter, a duplicate id, a plug-in that fails
 * to load, an unknown id, an exporter that fails half way, and a RAG policy from a jar.
 */
class PluginDirectoryTest extends CommandLineTest {

    private static final String EXPORTER = "io.github.rectrack.engine.spi.Exporter";
    private static final String RAG_POLICY = "io.github.rectrack.engine.spi.rag.RagPolicy";
    private static final String LEICESTERSHIRE = "leicestershire-jarap-2020-10";

    private static final String MARKDOWN = """
            package test.markdown;

            import io.github.rectrack.engine.spi.Exporter;
            import io.github.rectrack.engine.spi.Options;
            import io.github.rectrack.engine.spi.Report;
            import io.github.rectrack.engine.spi.rag.Rag;
            import io.github.rectrack.engine.view.SummaryMatrix;
            import java.io.IOException;
            import java.io.OutputStream;
            import java.nio.charset.StandardCharsets;
            import java.util.List;

            public final class MarkdownSummaryExporter implements Exporter {
                @Override public String id() { return "markdown-test"; }
                @Override public String displayName() { return "Markdown summary (test)"; }
                @Override public String mediaType() { return "text/markdown"; }
                @Override public List<String> fileExtensions() { return List.of("md"); }
                @Override public void export(Report report, Options options, OutputStream out) throws IOException {
                    options.requireOnly(id(), optionNames());
                    SummaryMatrix summary = report.views().summary();
                    String text = "# Summary\\n\\n"
                            + "RED " + summary.total(Rag.RED) + "\\n"
                            + "AMBER " + summary.total(Rag.AMBER) + "\\n"
                            + "GREEN " + summary.total(Rag.GREEN) + "\\n"
                            + "GREY " + summary.total(Rag.GREY) + "\\n";
                    out.write(text.getBytes(StandardCharsets.UTF_8));
                }
            }
            """;

    private static final String CLASH = """
            package test.clash;

            import io.github.rectrack.engine.spi.Exporter;
            import io.github.rectrack.engine.spi.Options;
            import io.github.rectrack.engine.spi.Report;
            import java.io.OutputStream;
            import java.util.List;

            public final class OtherJsonExporter implements Exporter {
                @Override public String id() { return "json"; }
                @Override public String mediaType() { return "application/json"; }
                @Override public List<String> fileExtensions() { return List.of("json"); }
                @Override public void export(Report report, Options options, OutputStream out) {}
            }
            """;

    private static final String BROKEN = """
            package test.broken;

            import io.github.rectrack.engine.spi.Exporter;
            import io.github.rectrack.engine.spi.Options;
            import io.github.rectrack.engine.spi.Report;
            import java.io.OutputStream;
            import java.util.List;

            public final class BrokenExporter implements Exporter {
                public BrokenExporter() { throw new IllegalStateException("licence file missing"); }
                @Override public String id() { return "broken-test"; }
                @Override public String mediaType() { return "text/plain"; }
                @Override public List<String> fileExtensions() { return List.of("txt"); }
                @Override public void export(Report report, Options options, OutputStream out) {}
            }
            """;

    private static final String HALF_WAY = """
            package test.half;

            import io.github.rectrack.engine.spi.Exporter;
            import io.github.rectrack.engine.spi.Options;
            import io.github.rectrack.engine.spi.Report;
            import java.io.IOException;
            import java.io.OutputStream;
            import java.nio.charset.StandardCharsets;
            import java.util.List;

            public final class HalfWayExporter implements Exporter {
                @Override public String id() { return "half-test"; }
                @Override public String mediaType() { return "text/plain"; }
                @Override public List<String> fileExtensions() { return List.of("txt"); }
                @Override public void export(Report report, Options options, OutputStream out) throws IOException {
                    out.write("the first half of the report\\n".repeat(10_000).getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    throw new IOException("disk full (simulated)");
                }
            }
            """;

    private static final String ALL_RED = """
            package test.red;

            import io.github.rectrack.engine.spi.rag.Rag;
            import io.github.rectrack.engine.spi.rag.RagPolicy;
            import io.github.rectrack.engine.spi.rag.RagSettings;
            import java.util.Set;

            public final class AllRedPolicy implements RagPolicy {
                @Override public String id() { return "all-red-test"; }
                @Override public String description() { return "Everything red (test)"; }
                @Override public Set<String> settingNames() { return Set.of("proposedClosed"); }
                @Override public Colouring configure(RagSettings settings) { return item -> Rag.RED; }
            }
            """;

    private static final String NULL_ID = """
            package test.nullid;

            import io.github.rectrack.engine.spi.Exporter;
            import io.github.rectrack.engine.spi.Options;
            import io.github.rectrack.engine.spi.Report;
            import java.io.OutputStream;
            import java.util.List;

            public final class NullIdExporter implements Exporter {
                @Override public String id() { return null; }
                @Override public String mediaType() { return "text/plain"; }
                @Override public List<String> fileExtensions() { return List.of("txt"); }
                @Override public void export(Report report, Options options, OutputStream out) {}
            }
            """;

    @TempDir
    static Path work;

    /** markdown-test.jar and all-red-policy.jar. */
    static Path good;
    /** markdown-test.jar and json-clash.jar, whose exporter also claims "json". */
    static Path clash;
    static Path clashJar;
    /** markdown-test.jar and broken.jar, whose exporter's constructor throws. */
    static Path broken;
    /** half-way.jar, whose exporter throws after writing part of its output. */
    static Path halfWay;
    /** markdown-test.jar and null-id.jar, whose exporter's id() returns null. */
    static Path nullId;
    static Path nullIdJar;
    /** markdown-test.jar and corrupt.jar, which is not a zip archive. */
    static Path corrupt;

    @BeforeAll
    static void buildPluginJars() throws IOException {
        Path classes = work.resolve("classes");
        PluginJars.compile(Map.of("test.markdown.MarkdownSummaryExporter", MARKDOWN, "test.clash.OtherJsonExporter", CLASH,
                "test.broken.BrokenExporter", BROKEN, "test.half.HalfWayExporter", HALF_WAY, "test.red.AllRedPolicy", ALL_RED,
                "test.nullid.NullIdExporter", NULL_ID), classes);
        good = work.resolve("good");
        markdownJar(good);
        PluginJars.jar(good.resolve("all-red-policy.jar"), classes, List.of("test.red.AllRedPolicy"),
                Map.of(RAG_POLICY, List.of("test.red.AllRedPolicy")), "0.9");
        clash = work.resolve("clash");
        markdownJar(clash);
        clashJar = PluginJars.jar(clash.resolve("json-clash.jar"), classes, List.of("test.clash.OtherJsonExporter"),
                Map.of(EXPORTER, List.of("test.clash.OtherJsonExporter")), "1.0");
        broken = work.resolve("broken");
        markdownJar(broken);
        PluginJars.jar(broken.resolve("broken.jar"), classes, List.of("test.broken.BrokenExporter"),
                Map.of(EXPORTER, List.of("test.broken.BrokenExporter")), "1.0");
        halfWay = work.resolve("half");
        PluginJars.jar(halfWay.resolve("half-way.jar"), classes, List.of("test.half.HalfWayExporter"),
                Map.of(EXPORTER, List.of("test.half.HalfWayExporter")), "1.0");
        nullId = work.resolve("null-id");
        markdownJar(nullId);
        nullIdJar = PluginJars.jar(nullId.resolve("null-id.jar"), classes, List.of("test.nullid.NullIdExporter"),
                Map.of(EXPORTER, List.of("test.nullid.NullIdExporter")), "1.0");
        corrupt = work.resolve("corrupt");
        markdownJar(corrupt);
        Files.write(corrupt.resolve("corrupt.jar"), "PK\u0003\u0004 the first bytes of a jar, and then nothing".getBytes(StandardCharsets.UTF_8));
    }

    private static void markdownJar(Path dir) throws IOException {
        PluginJars.jar(dir.resolve("markdown-test.jar"), work.resolve("classes"), List.of("test.markdown.MarkdownSummaryExporter"),
                Map.of(EXPORTER, List.of("test.markdown.MarkdownSummaryExporter")), "1.2.3");
    }

    @Test
    void formatsListsThePluginJarsWithTheirNamesAndVersionsAsWellAsTheBuiltInFormats() {
        assertThat(run("--plugins", good.toString(), "formats", "--verbose")).isZero();
        assertThat(out.toString())
                .contains("Plug-in directory " + good + ": all-red-policy.jar, markdown-test.jar")
                .containsPattern("(?m)^exporter +json +Canonical JSON register +json +\\S+ +\\S+$")
                .containsPattern("(?m)^importer +json +Canonical JSON register +json, json.gz ")
                .containsPattern("(?m)^exporter +markdown-test +Markdown summary \\(test\\) +md +1\\.2\\.3 +\\S*/markdown-test\\.jar$")
                .containsPattern("(?m)^rag-policy +all-red-test +Everything red \\(test\\) +- +0\\.9 +\\S*/all-red-policy\\.jar$")
                .containsPattern("(?m)^rag-policy +reference ")
                .doesNotContain("failed to load");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void thePluginOptionIsInheritedBySubcommandsAndVerboseShowsTheFullPath() {
        assertThat(run("formats", "--verbose", "--plugins", good.toString())).isZero();
        assertThat(out.toString())
                .containsPattern("(?m)^exporter +markdown-test .* " + java.util.regex.Pattern.quote(good.resolve("markdown-test.jar").toString()) + "$")
                .contains("    class test.markdown.MarkdownSummaryExporter, media type text/markdown, no options");
    }

    @Test
    void reportWritesWithThePluginsExporterChosenByIdOrByExtension(@TempDir Path dir) throws IOException {
        Path byId = dir.resolve("out.md");
        assertThat(run("report", "--plugins", good.toString(), "--example", LEICESTERSHIRE, "--format", "markdown-test",
                "-o", byId.toString())).isZero();
        assertThat(Files.readString(byId)).isEqualTo("# Summary\n\nRED 0\nAMBER 10\nGREEN 7\nGREY 0\n");
        assertThat(err.toString()).contains("Wrote " + LEICESTERSHIRE + " as of 2020-10-16 for JARAP with 'markdown-test' to " + byId);

        Path byExtension = dir.resolve("paper.md");
        assertThat(run("--plugins", good.toString(), "report", "--example", LEICESTERSHIRE, "-o", byExtension.toString())).isZero();
        assertThat(Files.readString(byExtension)).isEqualTo(Files.readString(byId));
    }

    @Test
    void withoutThePluginDirectoryThePluginIsUnknown(@TempDir Path dir) {
        assertThat(run("report", "--example", LEICESTERSHIRE, "--format", "markdown-test", "-o", dir.resolve("out.md").toString()))
                .isEqualTo(TrackerCommand.EXIT_USAGE);
        assertThat(err.toString()).contains("tracker: no exporter has id 'markdown-test'; the exporters are [");
    }

    @Test
    void twoPluginsClaimingOneIdIsAnErrorNamingBothClassesAndJars(@TempDir Path dir) throws IOException {
        String expected = "tracker: two exporters claim id 'json': io.github.rectrack.engine.json.JsonExporter (";
        String second = ") and test.clash.OtherJsonExporter (" + clashJar.toUri().toURL()
                + "); remove one of the jars from the class path or plug-in directory";
        assertThat(run("--plugins", clash.toString(), "formats")).isEqualTo(TrackerCommand.EXIT_USAGE);
        assertThat(err.toString()).contains(expected).contains(second);

        err.getBuffer().setLength(0);
        Path target = dir.resolve("out.md");
        assertThat(run("--plugins", clash.toString(), "report", "--example", LEICESTERSHIRE, "-o", target.toString()))
                .isEqualTo(TrackerCommand.EXIT_USAGE);
        assertThat(err.toString()).contains(expected).contains(second);
        assertThat(target).doesNotExist();
    }

    @Test
    void aPluginThatFailsToLoadIsReportedWithItsClassAndCauseWhileTheOthersWork(@TempDir Path dir) throws IOException {
        assertThat(run("--plugins", broken.toString(), "formats")).isZero();
        assertThat(out.toString())
                .containsPattern("(?m)^exporter +json ")
                .containsPattern("(?m)^exporter +markdown-test ")
                .doesNotContain("broken-test")
                .contains("1 plug-in(s) failed to load and are left out:")
                .contains("failed to load: io.github.rectrack.engine.spi.Exporter: Provider test.broken.BrokenExporter could not be"
                        + " instantiated (java.lang.IllegalStateException: licence file missing)");

        Path target = dir.resolve("out.md");
        assertThat(run("--plugins", broken.toString(), "report", "--example", LEICESTERSHIRE, "-o", target.toString())).isZero();
        assertThat(target).content().startsWith("# Summary");
        assertThat(err.toString()).contains("tracker: warning: 1 plug-in(s) failed to load and are left out; 'tracker formats' says why");

        assertThat(run("--plugins", broken.toString(), "report", "--example", LEICESTERSHIRE, "--format", "broken-test",
                "-o", dir.resolve("x.txt").toString())).isEqualTo(TrackerCommand.EXIT_USAGE);
        assertThat(err.toString()).contains("tracker: no exporter has id 'broken-test'; the exporters are [")
                .contains("(some plug-ins failed to load: [io.github.rectrack.engine.spi.Exporter: Provider test.broken.BrokenExporter"
                        + " could not be instantiated");
    }

    @Test
    void aPluginWhoseIdIsNullIsReportedWithItsClassAndJarWhileTheOthersWork(@TempDir Path dir) throws IOException {
        String leftOut = "the exporter test.nullid.NullIdExporter (" + nullIdJar.toUri().toURL()
                + ") is left out: its id() returned null; a plug-in must give a non-blank id";
        assertThat(run("--plugins", nullId.toString(), "formats")).isZero();
        assertThat(out.toString())
                .containsPattern("(?m)^exporter +json ")
                .containsPattern("(?m)^exporter +markdown-test ")
                .contains("1 plug-in(s) failed to load and are left out:")
                .contains("failed to load: " + leftOut);
        assertThat(err.toString()).isEmpty();

        Path target = dir.resolve("out.md");
        assertThat(run("--plugins", nullId.toString(), "report", "--example", LEICESTERSHIRE, "-o", target.toString())).isZero();
        assertThat(target).content().startsWith("# Summary");
        assertThat(err.toString()).contains("tracker: warning: 1 plug-in(s) failed to load and are left out; 'tracker formats' says why")
                .contains("tracker: warning: left out: " + leftOut)
                .doesNotContain("NullPointerException");
    }

    @Test
    void aCorruptJarIsReportedWithItsPathWhileTheOthersWork(@TempDir Path dir) throws IOException {
        Path jar = corrupt.resolve("corrupt.jar");
        String leftOut = "the plug-in jar " + jar + " cannot be opened as a jar (";
        String advice = ") and is left out; replace it with the plug-in's released jar";
        assertThat(run("--plugins", corrupt.toString(), "formats")).isZero();
        assertThat(out.toString())
                .contains("Plug-in directory " + corrupt + ": corrupt.jar, markdown-test.jar")
                .containsPattern("(?m)^exporter +markdown-test ")
                .contains("1 plug-in(s) failed to load and are left out:")
                .contains("failed to load: " + leftOut).contains(advice);

        Path target = dir.resolve("out.md");
        assertThat(run("--plugins", corrupt.toString(), "report", "--example", LEICESTERSHIRE, "-o", target.toString())).isZero();
        assertThat(target).content().startsWith("# Summary");
        assertThat(err.toString()).contains("tracker: warning: left out: " + leftOut).contains(advice);

        err.getBuffer().setLength(0);
        assertThat(run("--plugins", corrupt.toString(), "summary", "--example", LEICESTERSHIRE)).isZero();
        assertThat(err.toString()).contains("tracker: warning: left out: " + leftOut);
    }

    @Test
    void anUnknownIdListsTheIdsThereAre(@TempDir Path dir) {
        Path target = dir.resolve("out.nope");
        assertThat(run("--plugins", good.toString(), "report", "--example", LEICESTERSHIRE, "--format", "nope", "-o", target.toString()))
                .isEqualTo(TrackerCommand.EXIT_USAGE);
        assertThat(err.toString()).containsPattern("tracker: no exporter has id 'nope'; the exporters are \\[.*json.*markdown-test.*]");

        assertThat(run("--plugins", good.toString(), "report", "--example", LEICESTERSHIRE, "-o", target.toString()))
                .isEqualTo(TrackerCommand.EXIT_USAGE);
        assertThat(err.toString()).containsPattern(
                "tracker: no exporter writes files named like 'out.nope'; choose one with --format: the exporters are \\[.*json.*markdown-test.*]");
        assertThat(target).doesNotExist();
    }

    @Test
    void anExporterThatFailsHalfWayLeavesTheExistingFileAsItWasAndNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("report.txt");
        Files.writeString(target, "the good report\n");
        assertThat(run("--plugins", halfWay.toString(), "report", "--example", LEICESTERSHIRE, "--format", "half-test",
                "-o", target.toString())).isEqualTo(TrackerCommand.EXIT_USAGE);
        assertThat(err.toString()).contains("tracker: exporter 'half-test' could not write " + target
                + ": disk full (simulated); " + target + " was left as it was");
        assertThat(target).hasContent("the good report");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aPluginJarCanAddARagPolicy(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("all-red.json");
        try (InputStream in = ReferenceRegister.LEICESTERSHIRE_2020.open()) {
            Files.writeString(file, new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\"ragPolicy\": \"reference\"", "\"ragPolicy\": \"all-red-test\""));
        }
        assertThat(run("--plugins", good.toString(), "summary", file.toString(), "--as-of", "2020-10-16")).isZero();
        assertThat(out.toString()).contains("RAG policy 'all-red-test'").containsPattern("Total +17 +0 +0 +0 +17\\R");

        assertThat(run("validate", file.toString())).as("without the plug-in the policy is unknown").isEqualTo(TrackerCommand.EXIT_INVALID);
        assertThat(out.toString()).contains("all-red-test");
    }

    @Test
    void aPluginDirectoryThatDoesNotExistIsAUsageErrorNamingIt(@TempDir Path dir) {
        Path missing = dir.resolve("missing");
        assertThat(run("--plugins", missing.toString(), "formats")).isEqualTo(TrackerCommand.EXIT_USAGE);
        assertThat(err.toString()).contains("tracker: the plug-in directory " + missing
                + " does not exist or is not a directory (from --plugins or TRACKER_PLUGINS)");
    }

    @Test
    void theEnvironmentVariableNamesThePluginDirectoryAndAPipeGetsNoProgressBar() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), TrackerCommand.class.getName(),
                "formats");
        builder.environment().put("TRACKER_PLUGINS", good.toString());
        Process process = builder.start();
        process.getOutputStream().close();
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(stderr).isZero();
        assertThat(stdout).containsPattern("(?m)^exporter +markdown-test +Markdown summary ");
        assertThat(stderr).isEmpty();
    }

    @Test
    void anEmptyPluginDirectoryIsFine(@TempDir Path dir) {
        assertThat(run("--plugins", dir.toString(), "formats")).isZero();
        assertThat(out.toString()).contains("Plug-in directory " + dir + ": no jars").containsPattern("(?m)^exporter +json ");
    }
}
