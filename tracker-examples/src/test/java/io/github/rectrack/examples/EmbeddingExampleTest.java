package io.github.rectrack.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EmbeddingExampleTest {

    @Test
    void listsTheRegisterAsThePanelSawIt() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        EmbeddingExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).endsWith("27 recommendations in 16 sources" + System.lineSeparator());
        assertThat(out).doesNotContain("past target:").doesNotContain("ERROR");
        assertThat(out.lines().filter(l -> l.startsWith("WARNING")).count()).isEqualTo(3);
    }
}
