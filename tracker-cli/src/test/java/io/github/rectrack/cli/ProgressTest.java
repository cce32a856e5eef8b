package io.github.rectrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectrack.engine.spi.WorkProgress;
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
    void aPluginsReportsMoveTheBarThroughThePhaseAndCountRowsInTheMessage() throws IOException {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        try (Progress progress = new Progress(List.of("read", "validate", "write"), new ProgressBarBuilder().setTaskName("import")
                .setInitialMax(3L * Progress.STEPS).setConsumer(new ConsoleProgressBarConsumer(new PrintStream(screen))).build())) {
            progress.phase("read");
            InputStream in = progress.reading(new ByteArrayInputStream(new byte[100_000]), 100_000);
            in.readAllBytes(); // a workbook copied to a temporary file before it is parsed
            assertThat(progress.position()).isEqualTo(999);

            WorkProgress rows = progress.work();
            rows.counted(0, 100_000, "rows");
            assertThat(progress.position()).as("the plug-in's measure takes over the phase").isZero();
            assertThat(progress.message()).isEqualTo("read 0 rows");
            rows.counted(12_345, 100_000, "rows");
            assertThat(progress.position()).isEqualTo(123);
            assertThat(progress.message()).isEqualTo("read 12,345 rows");
            in = progress.reading(new ByteArrayInputStream(new byte[10]), 10);
            in.readAllBytes();
            assertThat(progress.position()).as("bytes read no longer move the bar in this phase").isEqualTo(123);
            rows.report(12_400, "rows", 50_000, 200_000);
            assertThat(progress.position()).as("measured in another unit than the count").isEqualTo(250);
            assertThat(progress.message()).isEqualTo("read 12,400 rows");
            rows.counted(100_000, 100_000, "rows");
            assertThat(progress.position()).as("short of the phase's end").isEqualTo(999);
            assertThat(progress.message()).isEqualTo("read 100,000 rows");

            progress.phase("validate");
            rows.counted(100_001, 100_000, "rows");
            assertThat(progress.position()).as("a report for a phase that has ended is left out").isEqualTo(1000);
            assertThat(progress.message()).isEqualTo("validate");

            progress.phase("write");
            WorkProgress written = progress.work();
            written.report(1_000, "recommendations", 0, 0);
            assertThat(progress.position()).as("with no total only the count is shown").isEqualTo(2000);
            assertThat(progress.message()).isEqualTo("write 1,000 recommendations");
            written.report(1_009, "recommendations", 0, 0);
            assertThat(progress.message()).as("redrawn for a hundredth more, not for each").isEqualTo("write 1,000 recommendations");
            written.report(1_010, "recommendations", 0, 0);
            assertThat(progress.message()).isEqualTo("write 1,010 recommendations");
        }
    }

    @Test
    void aDisplayThatShowsNothingLeavesTheStreamsAsTheyAre() throws IOException {
        try (Progress progress = Progress.start("report", false, "read", "write")) {
            InputStream in = new ByteArrayInputStream(new byte[10]);
            OutputStream out = OutputStream.nullOutputStream();
            assertThat(progress.reading(in, 10)).isSameAs(in);
            assertThat(progress.writing(out)).isSameAs(out);
            assertThat(progress.work()).isSameAs(WorkProgress.NONE);
            assertThat(Progress.current()).isEmpty();
        }
    }
}
