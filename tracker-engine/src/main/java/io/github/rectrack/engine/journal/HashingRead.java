package io.github.rectrack.engine.journal;

import com.google.common.hash.HashCode;
import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A register file read once for the parser and hashed on the way: each chunk the parser reads is also handed to a
 * thread of its own ({@code tracker-journal-baseline}), which works out the file's SHA-256 (the journal's baseline)
 * and its {@link Identity} while the parser goes on. The file is never held whole: at most {@value #QUEUED} chunks
 * wait for the hashing thread. Under the C1 compiler alone, as the command line runs its quick commands, the SHA-256
 * of 86 MB takes about 0.9 s, a little less than parsing them.
 */
final class HashingRead extends InputStream {

    /** The most chunks waiting to be hashed; the parser waits when the hashing falls this far behind. */
    static final int QUEUED = 256;

    private static final byte[] END = new byte[0];

    private final InputStream in;
    private final BlockingQueue<byte[]> chunks = new ArrayBlockingQueue<>(QUEUED);
    private final FutureTask<Hashes> hashing = new FutureTask<>(this::hash);
    private boolean ended;

    /**
     * What a register file held when it was read, to tell whether a later read finds the same: its length and the
     * 128-bit Murmur3 hash of its bytes. Quick to work out (about 0.15 s for 86 MB under C1, against 0.9 s for
     * SHA-256), and not a defence against a file made to collide: the journal's baseline is its SHA-256.
     *
     * @param length the file's length in bytes
     * @param hash the hash of its bytes
     */
    record Identity(long length, HashCode hash) {

        /**
         * Reads a file to its end and works out its identity.
         *
         * @param file the file
         * @return its identity now
         * @throws IOException if it cannot be read
         */
        static Identity of(Path file) throws IOException {
            Hasher hasher = Hashing.murmur3_128().newHasher();
            long length = 0;
            byte[] buffer = new byte[1 << 16];
            try (InputStream in = Files.newInputStream(file)) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    hasher.putBytes(buffer, 0, n);
                    length += n;
                }
            }
            return new Identity(length, hasher.hash());
        }
    }

    /**
     * The file's hashes.
     *
     * @param sha256 its SHA-256, as 64 lower-case hex digits
     * @param identity its length and quick hash
     */
    record Hashes(String sha256, Identity identity) {}

    /**
     * Starts the hashing thread.
     *
     * @param in the file's bytes; closed with this stream
     */
    HashingRead(InputStream in) {
        this.in = in;
        Thread thread = new Thread(hashing, "tracker-journal-baseline");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
        int n = in.read(bytes, offset, length);
        if (n > 0) {
            hand(Arrays.copyOfRange(bytes, offset, offset + n));
        }
        return n;
    }

    /**
     * Reads what the parser left unread to the end of the file, and waits for the hashes.
     *
     * @return the hashes of the whole file
     * @throws IOException if the file cannot be read to its end, or the wait is interrupted
     */
    Hashes finish() throws IOException {
        byte[] rest = new byte[1 << 16];
        while (read(rest, 0, rest.length) >= 0) {
            // hashed as it is read
        }
        hand(END);
        ended = true;
        try {
            return hashing.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the register file could not be hashed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the register file's SHA-256 was worked out");
        }
    }

    /** Closes the file; a read left unfinished stops its hashing thread. */
    @Override
    public void close() throws IOException {
        if (!ended) {
            hashing.cancel(true);
        }
        in.close();
    }

    private void hand(byte[] chunk) throws IOException {
        try {
            chunks.put(chunk);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the register file was read");
        }
    }

    private Hashes hash() throws InterruptedException {
        MessageDigest sha256 = sha256();
        Hasher quick = Hashing.murmur3_128().newHasher();
        long length = 0;
        for (byte[] chunk = chunks.take(); chunk != END; chunk = chunks.take()) {
            sha256.update(chunk);
            quick.putBytes(chunk);
            length += chunk.length;
        }
        return new Hashes(HexFormat.of().formatHex(sha256.digest()), new Identity(length, quick.hash()));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }
}
