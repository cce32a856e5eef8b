package io.github.rectrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The jbang catalog at the repository's root ({@code jbang tracker@rectrack/tracker}): its alias runs this module's
 * released artifact with the main class its jar's manifest names, on the Java the build targets.
 */
class JbangCatalogTest {

    private static final Path CATALOG = Path.of(System.getProperty("basedir", "."), "..", "jbang-catalog.json");

    @Test
    void theTrackerAliasRunsThisModulesReleaseWithTheCommandsMainClass() throws IOException {
        JsonNode alias = new ObjectMapper().readTree(CATALOG.toFile()).path("aliases").path("tracker");
        String release = VersionProvider.version().replace("-SNAPSHOT", "");
        assertThat(alias.path("script-ref").asText()).isEqualTo("io.github.rectrack:tracker-cli:" + release);
        assertThat(alias.path("main").asText()).isEqualTo(TrackerCommand.class.getName());
        assertThat(alias.path("java").asText()).isEqualTo("17+");
        assertThat(alias.path("description").asText()).startsWith("The recommendation tracker's command line");
    }
}
