package io.github.rectrack.store.postgres;

import io.github.rectrack.engine.json.RegisterJson;
import io.github.rectrack.model.Register;
import io.github.rectrack.model.Source;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A register's compact canonical JSON ({@link RegisterJson#writeCompact}) in parts: the register's own part (the
 * register without its sources, itself a register's compact JSON) and one part for each source, each compressed
 * with gzip on its own, so that a snapshot can keep again only the sources that changed. The sources are the last
 * field of the canonical form, so the register's JSON is its own part without the closing {@code }} and line break,
 * then {@code ,"sources":[}, the sources' parts separated by commas, and {@code ]}} and a line break; a register
 * without sources is its own part. Cutting checks that the JSON has this shape and says so where it has not.
 */
final class RegisterParts {

    private static final byte[] OPEN = ",\"sources\":[".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] COMMA = {','};
    private static final byte[] END = {'}', '\n'};
    private static final byte[] CLOSE = {']', '}', '\n'};
    private static final byte[] OPEN_GZIP = gzip(OPEN);
    private static final byte[] COMMA_GZIP = gzip(COMMA);
    private static final byte[] CLOSE_GZIP = gzip(CLOSE);

    private final RegisterJson json = new RegisterJson();
    private final String registerId;
    /** The compact JSON of a register with only the fields {@link #source} writes around a source, up to its sources. */
    private final byte[] probePrefix;
    private final Register probe;

    /** @param register the register whose sources are to be cut out of its JSON */
    RegisterParts(Register register) {
        this.registerId = register.id();
        this.probe = new Register(register.id(), register.organisation(), Optional.empty(), register.scheme(), List.of(), List.of());
        byte[] empty = compact(probe);
        this.probePrefix = withoutEnd(empty, registerId);
    }

    /**
     * @param register a register
     * @return whether its sources can be kept apart: no two of them have the same id
     */
    static boolean separable(Register register) {
        Set<String> ids = new HashSet<>();
        for (Source source : register.sources()) {
            if (!ids.add(source.id())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The register's own part: the compact JSON of the register without its sources.
     *
     * @param register the register
     * @return the JSON, not compressed
     */
    byte[] head(Register register) {
        return compact(new Register(register.id(), register.organisation(), register.asOf(), register.scheme(), register.people(),
                List.of()));
    }

    /**
     * One source's compact JSON, exactly as it stands in its register's compact JSON, compressed with gzip.
     *
     * @param source the source
     * @return the gzip bytes
     */
    byte[] source(Source source) {
        byte[] whole = compact(new Register(probe.id(), probe.organisation(), probe.asOf(), probe.scheme(), List.of(), List.of(source)));
        int from = probePrefix.length + OPEN.length;
        int to = whole.length - CLOSE.length;
        if (to <= from || !Arrays.equals(whole, 0, probePrefix.length, probePrefix, 0, probePrefix.length)
                || !Arrays.equals(whole, probePrefix.length, from, OPEN, 0, OPEN.length)
                || !Arrays.equals(whole, to, whole.length, CLOSE, 0, CLOSE.length)) {
            throw new IllegalStateException("register " + registerId + " source " + source.id() + ": the compact JSON of a register"
                    + " does not end with its sources as the store expects (the register's fields, then \"sources\" last), so the"
                    + " source cannot be kept apart");
        }
        return gzip(whole, from, to - from);
    }

    /**
     * The whole register compressed with gzip, as one stream of several gzip members (which gzip readers, {@link
     * RegisterJson#read} among them, read as one): the register's own part, then the sources' parts already compressed.
     *
     * @param head the register's own part, not compressed ({@link #head})
     * @param sources the sources' parts in the register's order ({@link #source})
     * @return the gzip bytes, which inflate to the register's compact JSON
     */
    static byte[] whole(byte[] head, List<byte[]> sources) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(sources.stream().mapToInt(s -> s.length + COMMA_GZIP.length).sum() + 1024);
        if (sources.isEmpty()) {
            out.writeBytes(gzip(head));
            return out.toByteArray();
        }
        out.writeBytes(gzip(withoutEnd(head, "the register's own part")));
        out.writeBytes(OPEN_GZIP);
        for (int i = 0; i < sources.size(); i++) {
            if (i > 0) {
                out.writeBytes(COMMA_GZIP);
            }
            out.writeBytes(sources.get(i));
        }
        out.writeBytes(CLOSE_GZIP);
        return out.toByteArray();
    }

    /**
     * The register's compact JSON put together from its parts, read as it is needed.
     *
     * @param headGzip the register's own part, compressed
     * @param sources the sources' parts in the register's order, compressed
     * @param where what to call the parts in errors
     * @return the JSON
     * @throws IOException if the register's own part cannot be inflated or does not end as a register's JSON does
     */
    static InputStream joined(byte[] headGzip, List<byte[]> sources, String where) throws IOException {
        byte[] head;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(headGzip))) {
            head = in.readAllBytes();
        }
        if (sources.isEmpty()) {
            return new ByteArrayInputStream(head);
        }
        byte[] prefix;
        try {
            prefix = withoutEnd(head, where);
        } catch (IllegalStateException e) {
            throw new IOException(e.getMessage(), e);
        }
        return new Joined(prefix, sources);
    }

    /** The register's part, then the sources' parts inflated one at a time as the reader comes to them. */
    private static final class Joined extends InputStream {
        private final List<byte[]> sources;
        /** -1: the prefix; then 2 × i for the separator before source i and 2 × i + 1 for source i; 2 × n: the close. */
        private int piece = -1;
        private InputStream current;

        Joined(byte[] prefix, List<byte[]> sources) {
            this.sources = sources;
            this.current = new ByteArrayInputStream(prefix);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            while (current != null) {
                int n = current.read(buffer, offset, length);
                if (n > 0) {
                    return n;
                }
                current.close();
                current = next();
            }
            return -1;
        }

        private InputStream next() throws IOException {
            piece++;
            int count = sources.size();
            if (piece > 2 * count) {
                return null;
            }
            if (piece == 2 * count) {
                return new ByteArrayInputStream(CLOSE);
            }
            if (piece % 2 == 0) {
                return new ByteArrayInputStream(piece == 0 ? OPEN : COMMA);
            }
            return new GZIPInputStream(new ByteArrayInputStream(sources.get(piece / 2)), 16_384);
        }

        @Override
        public void close() throws IOException {
            if (current != null) {
                current.close();
                current = null;
            }
        }
    }

    private byte[] compact(Register register) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        json.writeCompact(register, out);
        return out.toByteArray();
    }

    private static byte[] withoutEnd(byte[] head, String where) {
        int cut = head.length - END.length;
        if (cut < 1 || !Arrays.equals(head, cut, head.length, END, 0, END.length)) {
            throw new IllegalStateException(where + ": a register's compact JSON was expected to end with '}' and a line break");
        }
        return Arrays.copyOf(head, cut);
    }

    /**
     * @param bytes what to compress
     * @return the bytes compressed with gzip at its fastest setting
     */
    static byte[] gzip(byte[] bytes) {
        return gzip(bytes, 0, bytes.length);
    }

    private static byte[] gzip(byte[] bytes, int offset, int length) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(length / 8 + 64);
        try (GZIPOutputStream zip = new FastGzip(out, 8192)) {
            zip.write(bytes, offset, length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** gzip at level 1: a tenth of the JSON's bytes at several times the speed of the default level. */
    static final class FastGzip extends GZIPOutputStream {
        FastGzip(OutputStream out, int buffer) throws IOException {
            super(out, buffer);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }
}
