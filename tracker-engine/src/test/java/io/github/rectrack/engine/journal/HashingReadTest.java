package io.github.rectrack.engine.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.hash.Hashing;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HashingReadTest {

    @TempDir
    Path dir;

    /** Far more chunks than wait at once, so that the reader waits for the hashing thread along the way. */
    private static byte[] bytes() {
        byte[] bytes = new byte[3 * HashingRead.QUEUED * 8000 + 17];
        new Random(7).nextBytes(bytes);
        return bytes;
    }

    @Test
    void hashesEveryByteReadAndWhatTheReaderLeftUnread() throws Exception {
        byte[] bytes = bytes();
        Path file = Files.write(dir.resolve("register.json"), bytes);
        HashingRead.Hashes hashes;
        try (HashingRead in = new HashingRead(Files.newInputStream(file))) {
            // the parser reads a part, one byte at a time and in chunks of its own size, and stops
            assertThat(in.read()).isEqualTo(bytes[0] & 0xff);
            byte[] part = new byte[8000];
            int n = in.readNBytes(part, 0, part.length);
            assertThat(n).isEqualTo(8000);
            assertThat(part[7999]).isEqualTo(bytes[8000]);
            hashes = in.finish();
        }
        // SHA-256 worked out here independently: the hashes of the JDK and of Guava over the whole file
        assertThat(hashes.sha256()).isEqualTo(HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes)))
                .isEqualTo(Journal.sha256(bytes)).hasSize(64);
        assertThat(hashes.identity()).isEqualTo(new HashingRead.Identity(bytes.length, Hashing.murmur3_128().hashBytes(bytes)))
                .isEqualTo(HashingRead.Identity.of(file));
    }

    @Test
    void aChangeOfOneByteOrOfLengthChangesTheIdentity() throws IOException {
        byte[] bytes = bytes();
        HashingRead.Identity before = HashingRead.Identity.of(Files.write(dir.resolve("a"), bytes));
        bytes[bytes.length / 2] ^= 1;
        assertThat(HashingRead.Identity.of(Files.write(dir.resolve("b"), bytes))).isNotEqualTo(before);
        byte[] longer = java.util.Arrays.copyOf(bytes(), bytes.length + 1);
        HashingRead.Identity grown = HashingRead.Identity.of(Files.write(dir.resolve("c"), longer));
        assertThat(grown.length()).isEqualTo(bytes.length + 1L);
        assertThat(grown).isNotEqualTo(before);
    }

    @Test
    void closingAReadLeftPartWayStopsItsHashingThread() throws Exception {
        HashingRead in = new HashingRead(new ByteArrayInputStream(bytes()));
        assertThat(in.read(new byte[100])).isEqualTo(100);
        in.close();
        // the thread ends once its task is cancelled
        for (int i = 0; i < 200 && hashingThreads() > 0; i++) {
            Thread.sleep(10);
        }
        assertThat(hashingThreads()).isZero();
    }

    private static long hashingThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("tracker-journal-baseline") && t.isAlive())
                .count();
    }

    @Test
    void anEmptyFileHasTheHashesOfNothing() throws IOException {
        try (InputStream file = new ByteArrayInputStream(new byte[0]); HashingRead in = new HashingRead(file)) {
            assertThat(in.read()).isEqualTo(-1);
            HashingRead.Hashes hashes = in.finish();
            assertThat(hashes.sha256()).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
            assertThat(hashes.identity().length()).isZero();
        }
    }
}
