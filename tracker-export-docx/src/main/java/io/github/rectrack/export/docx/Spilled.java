package io.github.rectrack.export.docx;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.apache.poi.util.TempFile;

/**
 * A part of a document's body kept out of memory (see {@link PaperDocument#spilling()}): its WordprocessingML is
 * written, as it is made, to a temporary file, and a marker paragraph holds its place in the document. When the
 * package is written the marker paragraph is replaced by the file's XML ({@link FixedTimeZip}). The XML uses the
 * {@code w} prefix the document's root element declares for the WordprocessingML namespace ({@link WordXml}).
 */
final class Spilled implements AutoCloseable {

    /** The WordprocessingML namespace. */
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static final String PREFIX = "rectrack-spilled-";

    private final String token;
    private final Path file;
    private final Writer out;

    /**
     * @param token the text of the marker paragraph
     * @throws IOException if the temporary file cannot be made
     */
    Spilled(String token) throws IOException {
        this.token = token;
        this.file = TempFile.createTempFile("rectrack-paper-", ".xml").toPath();
        this.out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
    }

    /** @return a marker text that no register's text holds: a prefix and a random UUID */
    static String newMarker() {
        return PREFIX + UUID.randomUUID();
    }

    /** @return the text of the marker paragraph this part replaces */
    String token() {
        return token;
    }

    /** @return where the part's XML is written */
    Writer writer() {
        return out;
    }

    /**
     * Copies the part's XML, once all of it is written.
     *
     * @param to where to copy it
     * @throws IOException if reading or writing fails
     */
    void copyTo(OutputStream to) throws IOException {
        out.flush();
        Files.copy(file, to);
    }

    @Override
    public void close() throws IOException {
        try {
            out.close();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
