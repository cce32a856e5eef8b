package io.github.rectrack.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EmbeddingExampleTest {

    @Test
    void printsThePanelsSummaryAndTheTargetsThatSlipped() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        EmbeddingExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out.lines().limit(3)).containsExactly(
                "Fundamental   red 0, amber 2, green 0, grey 0",
                "Significant   red 0, amber 8, green 4, grey 0",
                "Housekeeping  red 0, amber 0, green 3, grey 0");
        assertThat(out).contains("slipped: 4.1 Missing Firearm, 5 revisions");
        assertThat(out.lines().filter(l -> l.startsWith("slipped: ")).count()).isEqualTo(13);
        assertThat(out).doesNotContain("ERROR");
    }
}
