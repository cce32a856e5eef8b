package io.github.rectrack.export.xlsx;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import io.github.rectrack.engine.spi.rag.Rag;
import io.github.rectrack.model.PartialDate;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The fingerprint of a data row: its place among the rows the exporter wrote, and a hash of the values of
 * its stored columns as written. The exporter writes it in a hidden last column; the importer recomputes
 * the hash from the values it read, so that a row without a fingerprint is one a person added, a row whose
 * hash differs is one a person changed, and a place that never turns up is a row a person deleted.
 *
 * <p>A stored column a sheet lacks (one {@link Column#optional()}) is hashed two ways on reading: left out, as
 * the exporter of a workbook written before the column existed did, and as a blank cell, as the exporter of a
 * later workbook did before a person deleted the column; an unedited row matches one of the two.
 *
 * <p>The hash is over the values' canonical texts in UTF-8, each followed by U+001F. It has two written forms:
 * <ul>
 *   <li>{@code <place>:f<16 hex digits>}, FarmHash's 64-bit fingerprint ({@link Hashing#farmHashFingerprint64()},
 *       whose values never change between releases), which the exporter writes;</li>
 *   <li>{@code <place>:<16 hex digits>}, the first 8 bytes of the SHA-256, which exporters before it wrote and the
 *       importer still reads. Where the JIT has no SHA intrinsic (C1 alone, as the command line runs
 *       {@code report}), a row of 242 bytes takes about 4-5 µs with SHA-256 and 0.2 µs with FarmHash; neither hash guards against a person forging a row, only against
 *       edits made without knowing of the column.</li>
 * </ul>
 * Not thread-safe: one per sheet being written or read.
 */
final class Fingerprint {

    /** The letter that starts a FarmHash fingerprint's hash part, 17 characters where a SHA-256 one has 16. */
    private static final char FARM = 'f';
    private static final HashFunction FARM_HASH = Hashing.farmHashFingerprint64();
    private static final HexFormat HEX = HexFormat.of();

    private byte[] bytes = new byte[256];
    private int length;
    /** For the SHA-256 form, made when a row in that form is first read. */
    private MessageDigest sha;

    /** A fingerprint with no values yet. */
    Fingerprint() {
    }

    /**
     * Adds the next stored column's value.
     *
     * @param value the value as written or read: null or an empty optional for a blank cell
     */
    void add(Object value) {
        byte[] utf8 = canonical(value).getBytes(StandardCharsets.UTF_8);
        if (length + utf8.length + 1 > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + utf8.length + 1));
        }
        System.arraycopy(utf8, 0, bytes, length, utf8.length);
        length += utf8.length;
        bytes[length++] = 0x1F;
    }

    /**
     * The fingerprint of the values added since the last call, in the form the exporter writes; starts the next
     * row afresh.
     *
     * @param place the row's place among the data rows written, from 1
     * @return the written form, {@code <place>:f<16 hex digits>}
     */
    String finish(int place) {
        long hash = FARM_HASH.hashBytes(bytes, 0, length).asLong();
        length = 0;
        return place + ":" + FARM + HEX.toHexDigits(hash);
    }

    /**
     * Whether the values added since the last call are those a written fingerprint was made from, in either
     * written form; starts the next row afresh whatever the answer.
     *
     * @param written a fingerprint cell's text that {@link #place} accepted, or null for a row without one
     * @return true if the hash part is that of the values added
     */
    boolean finishMatching(String written) {
        try {
            if (written == null) {
                return false;
            }
            String hash = written.substring(written.indexOf(':') + 1);
            if (farmHashForm(hash)) {
                return hash.substring(1).equalsIgnoreCase(HEX.toHexDigits(FARM_HASH.hashBytes(bytes, 0, length).asLong()));
            }
            if (sha == null) {
                sha = MessageDigest.getInstance("SHA-256");
            }
            sha.update(bytes, 0, length);
            return hash.equalsIgnoreCase(HEX.formatHex(sha.digest(), 0, 8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        } finally {
            length = 0;
        }
    }

    /**
     * The place written in a fingerprint, if it is well formed: a positive number, a colon, then 16 characters
     * (the SHA-256 form) or the letter {@code f} and 16 characters (the FarmHash form).
     *
     * @param written the fingerprint cell's text
     * @return the place, or empty if the text is not a fingerprint
     */
    static Optional<Integer> place(String written) {
        int colon = written.indexOf(':');
        String hash = written.substring(colon + 1);
        if (colon < 1 || hash.length() != 16 && !farmHashForm(hash)) {
            return Optional.empty();
        }
        try {
            int place = Integer.parseInt(written.substring(0, colon));
            return place > 0 ? Optional.of(place) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether the hash part of a fingerprint (after its colon) is in the FarmHash form: {@code f} and 16 characters. */
    private static boolean farmHashForm(String hash) {
        return hash.length() == 17 && hash.charAt(0) == FARM;
    }

    /** The canonical text of a value: what the exporter wrote and the importer reads give the same text. */
    static String canonical(Object value) {
        if (value instanceof Optional<?> optional) {
            value = optional.orElse(null);
        }
        if (value == null) {
            return "";
        }
        if (value instanceof String text) {
            return text;
        }
        if (value instanceof LocalDate || value instanceof PartialDate) {
            return value.toString();
        }
        if (value instanceof Number number) {
            return Long.toString(number.longValue());
        }
        if (value instanceof Boolean yes) {
            return yes ? "Yes" : "No";
        }
        if (value instanceof Rag rag) {
            return rag.label();
        }
        throw new IllegalArgumentException("no canonical text for a " + value.getClass().getName());
    }
}
