package io.github.rectrack.export.xlsx;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.apache.poi.xssf.streaming.GZIPSheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * POI's streaming workbook with inline strings, a small row window and compressed temporary files, with a
 * faster writer for those temporary files.
 *
 * <p>POI 5.5.1 escapes cell text one code point at a time, each a synchronised call on a {@code
 * BufferedWriter}; for a register whose updates run to 100 MB of text that was 80% of the export time.
 * {@link FastSheetDataWriter} writes the same characters in runs, and gzips its temporary file at the
 * fastest level (the file lives for one export). It extends only the protected hooks POI offers for this:
 * {@link SXSSFWorkbook#createSheetDataWriter()} and {@link SheetDataWriter#outputEscapedString(String)}.
 */
final class TrackerWorkbook extends SXSSFWorkbook {

    /**
     * A workbook that keeps {@code rowWindow} rows of each sheet in memory.
     *
     * @param rowWindow the rows kept in memory per sheet
     */
    TrackerWorkbook(int rowWindow) {
        super(null, rowWindow, true, false);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        if (getSharedStringSource() != null || !isCompressTempFiles()) {
            throw new IllegalStateException("the tracker workbook writes inline strings to compressed temporary files");
        }
        return new FastSheetDataWriter();
    }

    /** Writes a sheet's rows to a gzipped temporary file, escaping text in runs rather than a character at a time. */
    static final class FastSheetDataWriter extends GZIPSheetDataWriter {

        FastSheetDataWriter() throws IOException {
            super(null);
        }

        @Override
        protected OutputStream decorateOutputStream(FileOutputStream fos) throws IOException {
            return new GZIPOutputStream(fos, 1 << 16) {
                {
                    def.setLevel(Deflater.BEST_SPEED);
                }
            };
        }

        /**
         * Writes the text as POI's own writer does, character for character: {@code < > & "} as entities,
         * line feed, carriage return, tab and no-break space as character references, other control
         * characters and U+FFFE, U+FFFF as {@code ?} (XML cannot hold them); everything else as it is.
         */
        @Override
        protected void outputEscapedString(String s) throws IOException {
            writeEscaped(s, _out);
        }

        /**
         * Writes text escaped for a worksheet's XML, in runs of characters that need no escaping.
         *
         * @param s the text; nothing is written for null
         * @param out where to write
         * @throws IOException if writing fails
         */
        static void writeEscaped(String s, Writer out) throws IOException {
            if (s == null) {
                return;
            }
            int run = 0;
            int length = s.length();
            for (int i = 0; i < length; i++) {
                String replacement = escape(s.charAt(i));
                if (replacement != null) {
                    if (i > run) {
                        out.write(s, run, i - run);
                    }
                    out.write(replacement);
                    run = i + 1;
                }
            }
            if (length > run) {
                out.write(s, run, length - run);
            }
        }

        /** The replacement for a character, or null to write it as it is. */
        static String escape(char c) {
            switch (c) {
                case '<':
                    return "&lt;";
                case '>':
                    return "&gt;";
                case '&':
                    return "&amp;";
                case '"':
                    return "&quot;";
                case '\n':
                    return "&#xa;";
                case '\r':
                    return "&#xd;";
                case '\t':
                    return "&#x9;";
                case '\u00A0':
                    return "&#xa0;";
                default:
                    return c < ' ' || c == '\uFFFE' || c == '\uFFFF' ? "?" : null;
            }
        }
    }
}
