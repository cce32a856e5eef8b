package io.github.rectrack.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingExampleTest {

    @Test
    void printsThePanelsSummaryAndTheTargetsThatSlippedAndWritesTheRegisterAsCsv(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Path csv = dir.resolve("register.csv");
        EmbeddingExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), csv);
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out.lines().limit(3)).containsExactly(
                "Fundamental   red 0, amber 2, green 0, grey 0",
                "Significant   red 0, amber 8, green 4, grey 0",
                "Housekeeping  red 0, amber 0, green 3, grey 0");
        assertThat(out).contains("slipped: 4.1 Missing Firearm, 5 revisions");
        assertThat(out.lines().filter(l -> l.startsWith("slipped: ")).count()).isEqualTo(13);
        assertThat(out).doesNotContain("ERROR");
        List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(rows.get(0)).startsWith("source_id,source_title,source_kind,");
        assertThat(rows.get(1)).startsWith("\"seized-found-property-2018\",\"Seized & Found Property\",INTERNAL_AUDIT,Mazars,2018-03,Limited,");
    }
}
