package io.github.rectrack.export.xlsx;

import io.github.rectrack.engine.spi.rag.Rag;
import io.github.rectrack.model.PartialDate;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
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
 * <p>The written form is {@code <place>:<16 hex digits>}, the first 8 bytes of the SHA-256 of the values'
 * canonical texts, each followed by U+001F. Not thread-safe: one per sheet being written or read.
 */
final class Fingerprint {

    private final MessageDigest digest;

    /** A fingerprint with no values yet. */
    Fingerprint() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * Adds the next stored column's value.
     *
     * @param value the value as written or read: null or an empty optional for a blank cell
     */
    void add(Object value) {
        digest.update(canonical(value).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0x1F);
    }

    /**
     * The fingerprint of the values added since the last call, which starts the next row afresh.
     *
     * @param place the row's place among the data rows written, from 1
     * @return the written form
     */
    String finish(int place) {
        byte[] hash = digest.digest();
        return place + ":" + HexFormat.of().formatHex(hash, 0, 8);
    }

    /**
     * The place written in a fingerprint, if it is well formed.
     *
     * @param written the fingerprint cell's text
     * @return the place, or empty if the text is not a fingerprint
     */
    static Optional<Integer> place(String written) {
        int colon = written.indexOf(':');
        if (colon < 1 || written.length() - colon - 1 != 16) {
            return Optional.empty();
        }
        try {
            int place = Integer.parseInt(written.substring(0, colon));
            return place > 0 ? Optional.of(place) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
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
