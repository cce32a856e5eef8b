package io.github.rectrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.junit.jupiter.api.Test;

/** The bar moves within a phase: by the share of a file's bytes read, and with a count of the megabytes written. */
class ProgressTest {

    @Test
    void readingMovesTheBarByTheShareOfTheFileReadAndWritingCountsMegabytes() throws IOException {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        try (Progress progress = new Progress(List.of("read", "validate", "write"), new ProgressBarBuilder().setTaskName("report")
                .setInitialMax(3L * Progress.STEPS).setConsumer(new ConsoleProgressBarConsumer(new PrintStream(screen))).build())) {
            assertThat(Progress.current()).containsSame(progress);
            progress.phase("read");
            assertThat(progress.position()).isZero();
            try (InputStream in = progress.reading(new ByteArrayInputStream(new byte[100_000]), 100_000)) {
                in.readNBytes(25_000);
                assertThat(progress.position()).isEqualTo(250);
                in.readNBytes(25_000);
                assertThat(progress.position()).isEqualTo(500);
                in.readAllBytes();
                assertThat(progress.position()).as("the phase's end is the next phase's start").isEqualTo(999);
            }
            progress.phase("validate");
            assertThat(progress.position()).isEqualTo(1000);
            progress.phase("write");
            assertThat(progress.position()).isEqualTo(2000);
            OutputStream out = progress.writing(OutputStream.nullOutputStream());
            out.write(new byte[3 << 20]);
            out.write(new byte[1 << 19]);
            assertThat(progress.message()).isEqualTo("write 3 MB");
        }
        assertThat(Progress.current()).isEmpty();
    }

    @Test
    void aDisplayThatShowsNothingLeavesTheStreamsAsTheyAre() throws IOException {
        try (Progress progress = Progress.start("report", false, "read", "write")) {
            InputStream in = new ByteArrayInputStream(new byte[10]);
            OutputStream out = OutputStream.nullOutputStream();
            assertThat(progress.reading(in, 10)).isSameAs(in);
            assertThat(progress.writing(out)).isSameAs(out);
            assertThat(Progress.current()).isEmpty();
        }
    }
}
