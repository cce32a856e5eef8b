package io.github.rectrack.export.docx;

import java.io.ByteArrayInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Copies a zip package entry by entry, in the same order, dating every entry at one fixed local time.
 *
 * <p>Why: POI's package writer (commons-compress underneath) stamps each zip entry with the time it was
 * written, so the same document written twice differs in its entry headers. A .docx is a zip; its
 * entries' times mean nothing to Word. Dating them all from the report's day makes the bytes depend on
 * the report only. {@link ZipEntry#setTimeLocal} writes the MS-DOS date and time as given, with no time
 * zone conversion and no extended timestamp field, so the JVM's default time zone does not matter.
 */
final class FixedTimeZip {

    private FixedTimeZip() {}

    /**
     * Copies the package.
     *
     * @param zip the package as written
     * @param time the time to date every entry
     * @param out where to write; flushed, not closed
     * @throws IOException if reading or writing fails
     */
    static void copy(byte[] zip, LocalDateTime time, OutputStream out) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream copy = new ZipOutputStream(new KeepOpen(out))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry dated = new ZipEntry(entry.getName());
                dated.setTimeLocal(time);
                copy.putNextEntry(dated);
                in.transferTo(copy);
                copy.closeEntry();
            }
        }
    }

    /** The caller's stream, which closing flushes but leaves open. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
