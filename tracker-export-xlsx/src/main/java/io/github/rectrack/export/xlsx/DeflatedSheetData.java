package io.github.rectrack.export.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A sheet's rows as XML text, encoded in UTF-8 and compressed while they are written, into raw deflate data that
 * a zip entry holds as it is.
 *
 * <p>The UTF-8 bytes are cut into parts of {@value #PART} bytes at fixed offsets (a character's bytes may fall
 * either side of a cut). Each part is compressed at level {@value #LEVEL} on a thread of the executor while the
 * writer fills the next, with the previous part's last {@value #WINDOW} bytes as the preset dictionary, and
 * ends with a sync flush: on a byte boundary, no final block. The parts are written to the output in order, so
 * it holds one deflate stream that the text after the rows continues and ends ({@link #finalBlock()} is the
 * shortest such end). What is written depends only on the text: the same text gives the same bytes, whatever
 * the threads' timing. The CRC-32 and length of the text are kept as the parts are written.
 *
 * <p>Characters are encoded as {@link java.io.OutputStreamWriter} encodes them in UTF-8: a surrogate without
 * its other half becomes {@code ?}. At most a few parts are in memory at once: when the threads fall behind,
 * the writer compresses a waiting part itself. A part that fails to compress fails the next write, or {@link
 * #close()}, with an {@link IOException} naming the sheet. Not thread-safe: one thread writes.
 */
final class DeflatedSheetData extends Writer {

    /** The bytes of text in a part. */
    static final int PART = 1 << 20;

    /** The bytes of the previous part a part may refer back to: deflate's window. */
    static final int WINDOW = 1 << 15;

    /** The size of the buffer the compressed bytes come out in. */
    private static final int CHUNK = 1 << 16;

    /** The deflate level, zlib's default. */
    static final int LEVEL = 6;

    private static final byte[] FINAL_BLOCK = deflate(null, new byte[0], 0, 0, true);

    /** Compresses one part of the text. */
    @FunctionalInterface
    interface PartDeflater {

        /**
         * Compresses a part.
         *
         * @param dictionary the previous part, whose last {@value #WINDOW} bytes are the dictionary, or null for
         *     the first part
         * @param text the part's bytes, from 0
         * @param length how many bytes of {@code text} are the part
         * @return the compressed part
         */
        Deflated deflate(byte[] dictionary, byte[] text, int length);
    }

    /**
     * A compressed part.
     *
     * @param bytes the compressed bytes, from 0
     * @param length how many of {@code bytes} there are
     * @param crc the CRC-32 of the part's text
     * @param textLength the length of the part's text
     */
    record Deflated(byte[] bytes, int length, int crc, int textLength) {}

    private final OutputStream out;
    private final Executor executor;
    private final PartDeflater deflater;
    private final int maxPending;
    private final Deque<Job> pending = new ArrayDeque<>();
    /** Parts' arrays no job needs any more, filled again rather than allocated (they are 1 MiB each). */
    private final Deque<byte[]> spare = new ArrayDeque<>();
    private String sheet = "(not yet named)";
    /** The part being filled: it starts small and grows to {@value #PART} bytes, so a small sheet holds little. */
    private byte[] part = new byte[1 << 12];
    private int position;
    private byte[] previous;
    private char high;
    private boolean haveHigh;
    private long length;
    private long deflatedLength;
    private int crc;
    private boolean closed;
    private IOException failure;

    /**
     * Text compressed on the common fork-join pool.
     *
     * @param out where the compressed parts go; closed by {@link #close()}
     */
    DeflatedSheetData(OutputStream out) {
        this(out, ForkJoinPool.commonPool(), ForkJoinPool.getCommonPoolParallelism() + 2, DeflatedSheetData::deflatePart);
    }

    /**
     * Text compressed on the given executor.
     *
     * @param out where the compressed parts go; closed by {@link #close()}
     * @param executor runs the parts' compression
     * @param maxPending how many parts may wait or be compressed at once, at least 1
     * @param deflater compresses a part
     */
    DeflatedSheetData(OutputStream out, Executor executor, int maxPending, PartDeflater deflater) {
        if (maxPending < 1) {
            throw new IllegalArgumentException("at least one part must be allowed to wait, not " + maxPending);
        }
        this.out = out;
        this.executor = executor;
        this.maxPending = maxPending;
        this.deflater = deflater;
    }

    /**
     * Names the sheet, for errors.
     *
     * @param name the sheet's name
     */
    void sheet(String name) {
        this.sheet = name;
    }

    @Override
    public void write(int c) throws IOException {
        checkOpen();
        if (c < 0x80 && !haveHigh && position < part.length) {
            part[position++] = (byte) c;
        } else {
            put((char) c);
        }
    }

    @Override
    public void write(char[] chars, int offset, int count) throws IOException {
        checkOpen();
        for (int i = offset, end = offset + count; i < end; i++) {
            char c = chars[i];
            if (c < 0x80 && !haveHigh && position < part.length) {
                part[position++] = (byte) c;
            } else {
                put(c);
            }
        }
    }

    @Override
    public void write(String text, int offset, int count) throws IOException {
        checkOpen();
        for (int i = offset, end = offset + count; i < end; i++) {
            char c = text.charAt(i);
            if (c < 0x80 && !haveHigh && position < part.length) {
                part[position++] = (byte) c;
            } else {
                put(c);
            }
        }
    }

    @Override
    public void write(String text) throws IOException {
        write(text, 0, text.length());
    }

    private void put(char c) throws IOException {
        if (haveHigh) {
            haveHigh = false;
            if (Character.isLowSurrogate(c)) {
                int codePoint = Character.toCodePoint(high, c);
                put((byte) (0xF0 | codePoint >> 18));
                put((byte) (0x80 | codePoint >> 12 & 0x3F));
                put((byte) (0x80 | codePoint >> 6 & 0x3F));
                put((byte) (0x80 | codePoint & 0x3F));
                return;
            }
            put((byte) '?');
        }
        if (c < 0x80) {
            put((byte) c);
        } else if (c < 0x800) {
            put((byte) (0xC0 | c >> 6));
            put((byte) (0x80 | c & 0x3F));
        } else if (Character.isHighSurrogate(c)) {
            high = c;
            haveHigh = true;
        } else if (Character.isLowSurrogate(c)) {
            put((byte) '?');
        } else {
            put((byte) (0xE0 | c >> 12));
            put((byte) (0x80 | c >> 6 & 0x3F));
            put((byte) (0x80 | c & 0x3F));
        }
    }

    private void put(byte b) throws IOException {
        if (position == part.length) {
            if (position < PART) {
                part = Arrays.copyOf(part, Math.min(PART, 2 * position));
            } else {
                submit(part, PART);
                part = spare.isEmpty() ? new byte[PART] : spare.pop();
                position = 0;
            }
        }
        part[position++] = b;
    }

    private void checkOpen() throws IOException {
        if (failure != null) {
            throw failure;
        }
        if (closed) {
            throw new IOException("the rows of the sheet '" + sheet + "' are already written; nothing more can be added");
        }
    }

    /** Hands a part to the executor, then writes the parts already compressed, waiting while too many are out. */
    private void submit(byte[] text, int count) throws IOException {
        Job job = new Job(previous, text, count);
        pending.addLast(job);
        previous = text;
        try {
            executor.execute(job);
        } catch (RejectedExecutionException e) {
            // the writer compresses the part itself when it comes to write it
        }
        drain(maxPending);
    }

    /** Writes parts in order while the oldest is done or more than {@code most} are out. */
    private void drain(int most) throws IOException {
        while (!pending.isEmpty() && (pending.size() > most || pending.peekFirst().result.isDone())) {
            Job oldest = pending.peekFirst();
            if (!oldest.result.isDone() && !oldest.runHere()) {
                // the oldest is under way on another thread: compress the newest part not yet started meanwhile
                for (Iterator<Job> newest = pending.descendingIterator(); newest.hasNext(); ) {
                    if (newest.next().runHere()) {
                        break;
                    }
                }
            }
            writeOldest();
        }
    }

    private void writeOldest() throws IOException {
        Job job = pending.removeFirst();
        Deflated deflated;
        try {
            deflated = job.result.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw fail(new IOException("compressing the rows of the sheet '" + sheet + "' failed: " + cause, cause));
        }
        try {
            out.write(deflated.bytes(), 0, deflated.length());
        } catch (IOException e) {
            throw fail(new IOException("writing the rows of the sheet '" + sheet + "' failed: " + e.getMessage(), e));
        }
        if (job.dictionary != null) {
            spare.push(job.dictionary); // the part before: written, and now no longer a dictionary
        }
        crc = crc32Combine(crc, deflated.crc(), deflated.textLength());
        length += deflated.textLength();
        deflatedLength += deflated.length();
    }

    private IOException fail(IOException e) {
        failure = e;
        pending.forEach(j -> j.result.cancel(false));
        pending.clear();
        return e;
    }

    /** Writes the parts already compressed; the part being filled stays until it is full or the writer is closed. */
    @Override
    public void flush() throws IOException {
        if (!closed && failure == null) {
            drain(maxPending);
        }
    }

    /**
     * Compresses the last part and writes every part, then closes the output. Closing again does nothing, or
     * throws the same failure again.
     *
     * @throws IOException naming the sheet, if a part failed to compress or could not be written
     */
    @Override
    public void close() throws IOException {
        if (closed) {
            if (failure != null) {
                throw failure;
            }
            return;
        }
        closed = true;
        IOException problem = null;
        try {
            if (failure != null) {
                throw failure;
            }
            if (haveHigh) {
                haveHigh = false;
                put((byte) '?');
            }
            if (position > 0) {
                submit(part, position);
            }
            drain(0);
        } catch (IOException e) {
            problem = failure == null ? fail(e) : failure;
        } finally {
            part = null;
            previous = null;
            spare.clear();
        }
        try {
            out.close();
        } catch (IOException e) {
            if (problem == null) {
                problem = fail(new IOException("closing the compressed rows of the sheet '" + sheet + "' failed: " + e.getMessage(), e));
            }
        }
        if (problem != null) {
            throw problem;
        }
    }

    /** The length of the text written, in UTF-8 bytes; final once closed. */
    long length() {
        return length;
    }

    /** The length of the compressed parts; final once closed. */
    long deflatedLength() {
        return deflatedLength;
    }

    /** The CRC-32 of the text written; final once closed. */
    int crc() {
        return crc;
    }

    /** An empty final deflate block: after the parts, it ends the stream. */
    static byte[] finalBlock() {
        return FINAL_BLOCK.clone();
    }

    /** A part waiting for, or under, compression; run by whichever thread claims it first. */
    private final class Job implements Runnable {
        private final byte[] dictionary;
        private final byte[] text;
        private final int count;
        private final AtomicBoolean claimed = new AtomicBoolean();
        final CompletableFuture<Deflated> result = new CompletableFuture<>();

        Job(byte[] dictionary, byte[] text, int count) {
            this.dictionary = dictionary;
            this.text = text;
            this.count = count;
        }

        @Override
        public void run() {
            runHere();
        }

        /** Compresses the part on this thread unless another has claimed it; true if this thread did. */
        boolean runHere() {
            if (!claimed.compareAndSet(false, true)) {
                return false;
            }
            if (result.isDone()) {
                return true; // the writer has failed and given the part up
            }
            try {
                result.complete(deflater.deflate(dictionary, text, count));
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
            return true;
        }

    }

    /**
     * Compresses a part: level {@value #LEVEL}, raw deflate, the previous part's last {@value #WINDOW} bytes as
     * the dictionary, ending with a sync flush.
     *
     * @param dictionary the previous part (full), or null
     * @param text the part's bytes, from 0
     * @param length how many bytes are the part
     * @return the compressed part with the CRC-32 of its text
     */
    static Deflated deflatePart(byte[] dictionary, byte[] text, int length) {
        byte[] bytes = deflate(dictionary, text, 0, length, false);
        CRC32 crc = new CRC32();
        crc.update(text, 0, length);
        return new Deflated(bytes, bytes.length, (int) crc.getValue(), length);
    }

    /**
     * Compresses bytes as raw deflate data at level {@value #LEVEL}.
     *
     * @param dictionary bytes whose last {@value #WINDOW} (or fewer, if shorter) are the preset dictionary, or null
     * @param text the bytes
     * @param offset where they start
     * @param length how many
     * @param last whether to end the stream (a final block), else end with a sync flush
     * @return the compressed bytes
     */
    static byte[] deflate(byte[] dictionary, byte[] text, int offset, int length, boolean last) {
        Deflater deflater = new Deflater(LEVEL, true);
        try {
            if (dictionary != null && dictionary.length > 0) {
                int size = Math.min(WINDOW, dictionary.length);
                deflater.setDictionary(dictionary, dictionary.length - size, size);
            }
            deflater.setInput(text, offset, length);
            // output in chunks: no array as large as the part (G1 would place it apart, as a humongous object)
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, length >> 3));
            byte[] chunk = new byte[CHUNK];
            if (last) {
                deflater.finish();
                while (!deflater.finished()) {
                    out.write(chunk, 0, deflater.deflate(chunk, 0, CHUNK));
                }
            } else {
                int written;
                do {
                    written = deflater.deflate(chunk, 0, CHUNK, Deflater.SYNC_FLUSH);
                    out.write(chunk, 0, written);
                } while (written == CHUNK);
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /**
     * The CRC-32 of two texts one after the other, from the CRC-32 of each (zlib's {@code crc32_combine}).
     *
     * @param crc1 the CRC-32 of the first text
     * @param crc2 the CRC-32 of the second text
     * @param length2 the length of the second text
     * @return the CRC-32 of both
     */
    static int crc32Combine(int crc1, int crc2, long length2) {
        if (length2 <= 0) {
            return crc1;
        }
        long[] even = new long[32];
        long[] odd = new long[32];
        odd[0] = 0xEDB88320L; // the CRC-32 polynomial: the operator for one zero bit
        long row = 1;
        for (int n = 1; n < 32; n++) {
            odd[n] = row;
            row <<= 1;
        }
        square(even, odd); // two zero bits
        square(odd, even); // four zero bits
        long crc = crc1 & 0xFFFFFFFFL;
        long left = length2;
        do {
            square(even, odd); // one zero byte at the first pass, then two, four...
            if ((left & 1) != 0) {
                crc = times(even, crc);
            }
            left >>= 1;
            if (left == 0) {
                break;
            }
            square(odd, even);
            if ((left & 1) != 0) {
                crc = times(odd, crc);
            }
            left >>= 1;
        } while (left != 0);
        return (int) (crc ^ (crc2 & 0xFFFFFFFFL));
    }

    private static long times(long[] matrix, long vector) {
        long sum = 0;
        for (int i = 0; vector != 0; i++, vector >>>= 1) {
            if ((vector & 1) != 0) {
                sum ^= matrix[i];
            }
        }
        return sum;
    }

    private static void square(long[] square, long[] matrix) {
        for (int n = 0; n < 32; n++) {
            square[n] = times(matrix, matrix[n]);
        }
    }
}
