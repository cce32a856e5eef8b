package io.github.rectrack.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectrack.engine.json.RegisterJson;
import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.model.Register;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** Snapshots give way to appends: background writing waits while foreground work is under way, within a bound. */
class ForegroundTest {

    static final byte[] CHUNK = "0123456789".repeat(800).getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @Test
    void backgroundWritingWaitsUntilTheForegroundWorkEnds() throws Exception {
        Foreground foreground = new Foreground(1, TimeUnit.MINUTES);
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        foreground.begin();
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> write(foreground.givingWay(written), 3));
        Thread.sleep(300);
        assertThat(written.size()).as("bytes written while an append was under way").isZero();
        assertThat(writer).isNotDone();
        foreground.end();
        writer.get(30, TimeUnit.SECONDS);
        assertThat(written.size()).isEqualTo(3 * CHUNK.length);
        assertThat(foreground.underWay()).isZero();
    }

    @Test
    void backgroundWritingGoesOnUnderForegroundWorkThatNeverPauses() throws Exception {
        Foreground foreground = new Foreground(20, TimeUnit.MILLISECONDS);
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        foreground.begin();
        foreground.begin();
        foreground.end();
        assertThat(foreground.underWay()).isEqualTo(1);
        CompletableFuture.runAsync(() -> write(foreground.givingWay(written), 5)).get(30, TimeUnit.SECONDS);
        assertThat(written.size()).isEqualTo(5 * CHUNK.length);
        foreground.end();
    }

    @Test
    void aSnapshotWrittenInStepsIsTheRegistersCompactJson() throws IOException {
        Register register = ReferenceRegister.LEICESTERSHIRE_2020.load();
        ByteArrayOutputStream compact = new ByteArrayOutputStream();
        new RegisterJson().writeCompact(register, compact);
        byte[] gzip = PostgresRegisterStore.gzip(register, new Foreground(5, TimeUnit.MILLISECONDS));
        try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gzip))) {
            assertThat(in.readAllBytes()).isEqualTo(compact.toByteArray());
        }
        assertThat(new RegisterJson().read(new java.io.ByteArrayInputStream(gzip), "snapshot").register())
                .map(Register::id).contains("leicestershire-jarap-2020-10");
    }

    private static void write(OutputStream out, int chunks) {
        try {
            for (int i = 0; i < chunks; i++) {
                out.write(CHUNK);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
