package io.github.rectrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A register store shipped as a plug-in jar in the {@code --plugins} directory is found by {@code --store} like
 * an exporter is by {@code --format}: every command that reads or records through a store uses it.
 */
class StorePluginTest extends RegisterFileTest {

    static final String PROVIDER = """
            package test.store;

            import io.github.rectrack.engine.spi.Options;
            import io.github.rectrack.engine.store.FileRegisterStore;
            import io.github.rectrack.engine.store.RegisterStore;
            import io.github.rectrack.engine.store.RegisterStoreProvider;
            import java.nio.file.Path;

            /** plugged:PATH.json, a register file and its journal under a scheme of the plug-in's own. */
            public final class PluggedStoreProvider implements RegisterStoreProvider {
                @Override public String id() { return "plugged"; }
                @Override public String uriForm() { return "plugged:PATH.json"; }
                @Override public boolean accepts(String uri) { return uri.startsWith("plugged:"); }
                @Override public RegisterStore open(String uri, Options options) {
                    return FileRegisterStore.at(Path.of(uri.substring("plugged:".length())));
                }
            }
            """;

    @TempDir
    static Path work;

    static Path plugins;

    @BeforeAll
    static void buildStoreJar() throws IOException {
        Path classes = work.resolve("classes");
        PluginJars.compile(Map.of("test.store.PluggedStoreProvider", PROVIDER), classes);
        plugins = work.resolve("plugins");
        PluginJars.jar(plugins.resolve("plugged-store.jar"), classes, List.of("test.store.PluggedStoreProvider"),
                Map.of("io.github.rectrack.engine.store.RegisterStoreProvider", List.of("test.store.PluggedStoreProvider")), "1.0");
    }

    @Test
    void aStoreInThePluginDirectoryIsFoundByItsUriForReadingAndRecording() throws IOException {
        String store = "plugged:" + file;
        String id = "leicestershire-jarap-2020-10";
        clock("2020-10-12T08:30:00Z");

        assertThat(run("summary", "--store", store, id)).as(err.toString()).isEqualTo(2);
        assertThat(err.toString()).contains("plugged:").contains("file:");

        err.getBuffer().setLength(0);
        assertThat(run("--plugins", plugins.toString(), "summary", "--store", store, id, "--as-of", "2020-10-16"))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("Total                         0     10      7      0     17");

        assertThat(run("--plugins", plugins.toString(), "record", "update", "--store", store, id, "code-of-governance-2018-4.1",
                "--by", "aco-finance", "--text", "Code approved.", "--date", "2020-10-12")).as(err.toString()).isZero();
        assertThat(Files.readString(dir.resolve("jarap.journal.jsonl"))).contains("Code approved.");
        out.getBuffer().setLength(0);
        assertThat(run("--plugins", plugins.toString(), "history", "--store", store, id)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("1 change recorded for register leicestershire-jarap-2020-10 (the register is at"
                + " version 1):").contains("aco-finance    update     code-of-governance-2018-4.1");
    }

    @Test
    void theEnvironmentVariablesNameTheStoreAndThePluginDirectoryWhenTheOptionsDoNot() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), TrackerCommand.class.getName(), "summary", "leicestershire-jarap-2020-10",
                "--as-of", "2020-10-16");
        builder.environment().put("TRACKER_STORE", "plugged:" + file);
        builder.environment().put("TRACKER_PLUGINS", plugins.toString());
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String printed = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(process.waitFor()).as(printed).isZero();
        assertThat(printed).contains("Total                         0     10      7      0     17");
    }
}
