package io.github.rectrack.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectrack.engine.reference.ReferenceRegister;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code scripts/summary.jsh} with the JShell API, snippet by snippet, on this test's class path:
 * every snippet must be accepted and run without an exception, and the script must print the panel's
 * table of the 2020 paper.
 *
 * <p>The snippets run in JShell's own JVM, as under the {@code jshell} command, so that what they print
 * can be captured and the system properties the script reads are that JVM's, never this one's. One
 * session serves every test, to keep the test short: starting JShell and warming its compiler is most
 * of the cost.
 */
class SummaryScriptTest {

    /** A JShell command line such as {@code /exit}: a slash that does not start a comment. */
    private static final Pattern COMMAND = Pattern.compile("(?m)^/(?![/*]).*$");

    private static final Path SCRIPT = Path.of(System.getProperty("basedir", "."), "scripts", "summary.jsh");

    private static final List<String> PAPER_TABLE = List.of(
            "Priority                    RED  AMBER  GREEN   GREY  Total",
            "Fundamental                   0      2      0      0      2",
            "Significant                   0      8      4      0     12",
            "Housekeeping                  0      0      3      0      3",
            "Total                         0     10      7      0     17",
            "Proposed for closure: 7");

    private static final ByteArrayOutputStream PRINTED = new ByteArrayOutputStream();
    private static JShell shell;
    private static String scriptOutput;

    @BeforeAll
    static void runTheScript() throws Exception {
        PrintStream printed = new PrintStream(PRINTED, true, StandardCharsets.UTF_8);
        // Quick start-up flags for the snippets' JVM; the script itself needs none.
        shell = JShell.builder().out(printed).err(printed).remoteVMOptions("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC").build();
        shell.addToClasspath(System.getProperty("java.class.path"));
        evaluate(COMMAND.matcher(Files.readString(SCRIPT)).replaceAll(""));
        scriptOutput = takePrinted();
    }

    @AfterAll
    static void closeTheShell() {
        if (shell != null) {
            shell.close();
        }
    }

    @Test
    void printsThePanelsTableForTheBundledRegister() {
        assertThat(scriptOutput.lines()).containsSubsequence(PAPER_TABLE);
        assertThat(scriptOutput).contains("Reported to Joint Audit, Risk and Assurance Panel (JARAP) as of 2020-10-16");
    }

    @Test
    void readsTheRegisterFileDayAndForumNamedBySystemProperties(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("leicestershire.json");
        try (InputStream in = ReferenceRegister.LEICESTERSHIRE_2020.open()) {
            Files.copy(in, file);
        }
        // What -R-Dregister=... -R-Das-of=... -R-Dforum=... give the jshell command, set in the snippets' JVM.
        evaluate("System.setProperty(\"register\", \"" + javaString(file.toString()) + "\");\n"
                + "System.setProperty(\"as-of\", \"2020-10-16\");\n"
                + "System.setProperty(\"forum\", \"JARAP\");\n"
                + "run();\n"
                + "System.clearProperty(\"register\"); System.clearProperty(\"as-of\"); System.clearProperty(\"forum\");\n");
        String out = takePrinted();
        assertThat(out.lines()).containsSubsequence(PAPER_TABLE);
        assertThat(out).doesNotContain("ERROR");
    }

    /** Splits the source into snippets as the jshell command does, and evaluates each. */
    private static void evaluate(String source) {
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        String remaining = source;
        while (!remaining.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
            assertThat(info.completeness().isComplete()).as("a complete snippet at:%n%s", remaining).isTrue();
            for (SnippetEvent event : shell.eval(info.source())) {
                String diagnostics = shell.diagnostics(event.snippet()).map(d -> d.getMessage(null))
                        .collect(Collectors.joining("; "));
                assertThat(event.status()).as("%s%n%s", info.source(), diagnostics).isEqualTo(Snippet.Status.VALID);
                assertThat(event.exception()).as("%s%nprinted:%n%s", info.source(), PRINTED.toString(StandardCharsets.UTF_8))
                        .isNull();
            }
            remaining = info.remaining();
        }
    }

    private static String takePrinted() {
        String out = PRINTED.toString(StandardCharsets.UTF_8);
        PRINTED.reset();
        return out;
    }

    private static String javaString(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
