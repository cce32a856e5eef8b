package io.github.rectrack.engine.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 strictly, skipping a byte-order mark at the start, and counts lines so that a byte
 * sequence that is not UTF-8 can be reported with the line it is on. The text before a bad sequence is
 * returned first; the next read throws {@link NotUtf8}. Line breaks are {@code \n}, {@code \r\n} and a
 * lone {@code \r}, as the CSV parser counts them. Does not close the stream it reads from.
 */
final class StrictUtf8Reader extends Reader {

    /** A byte sequence that is not UTF-8, on a line (1 for the first). */
    static final class NotUtf8 extends IOException {
        private static final long serialVersionUID = 1L;

        private final int line;

        NotUtf8(int line) {
            super("a byte sequence that is not UTF-8 on line " + line);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
    private boolean endOfInput;
    private boolean flushed;
    private boolean atStart = true;
    private int line = 1;
    private boolean afterCarriageReturn;
    private NotUtf8 pending;

    StrictUtf8Reader(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (pending != null) {
            throw pending;
        }
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        while (true) {
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            if (result.isError()) {
                int n = accept(buffer, offset, out.position() - offset);
                pending = new NotUtf8(line);
                if (n > 0) {
                    return n;
                }
                throw pending;
            }
            if (result.isOverflow() || out.position() > offset) {
                break;
            }
            if (endOfInput) {
                if (!flushed) {
                    decoder.flush(out);
                    flushed = true;
                }
                break;
            }
            endOfInput = !fill();
        }
        int n = accept(buffer, offset, out.position() - offset);
        if (n == 0) {
            return endOfInput ? -1 : read(buffer, offset, length);
        }
        return n;
    }

    /** Drops a byte-order mark at the very start and counts the lines in what is returned. */
    private int accept(char[] buffer, int offset, int n) {
        if (atStart && n > 0) {
            atStart = false;
            if (buffer[offset] == '\uFEFF') {
                System.arraycopy(buffer, offset + 1, buffer, offset, n - 1);
                n--;
            }
        }
        for (int i = offset; i < offset + n; i++) {
            char c = buffer[i];
            if (c == '\n') {
                if (!afterCarriageReturn) {
                    line++;
                }
                afterCarriageReturn = false;
            } else if (c == '\r') {
                line++;
                afterCarriageReturn = true;
            } else {
                afterCarriageReturn = false;
            }
        }
        return n;
    }

    /** Reads more bytes; false at the end of the stream. */
    private boolean fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        if (n > 0) {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
        return n >= 0;
    }

    @Override
    public void close() {
        // the caller's stream stays open
    }
}
