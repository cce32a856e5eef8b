package io.github.rectrack.export.xlsx;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipUtil;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFChartSheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * POI's streaming workbook with inline strings and a small row window, whose sheets' rows are compressed once,
 * on the machine's cores, straight into the form the workbook's zip entries hold.
 *
 * <p>POI 5.5.1 escapes cell text one code point at a time, each a synchronised call on a {@code
 * BufferedWriter}; {@link FastSheetDataWriter} writes the same characters in runs. POI also gzips each sheet's
 * rows to a temporary file, then at {@link #write(OutputStream)} inflates that file and deflates it again into
 * the workbook, on one thread. Here the rows are encoded to UTF-8 and deflated once, in parts on the common
 * fork-join pool while rows are still being written ({@link DeflatedSheetData}), into the temporary file; {@link
 * #injectData(ZipEntrySource, OutputStream)} then copies that file into the sheet's zip entry as it is, between
 * the sheet's XML before and after its rows, each deflated on its own, with the CRC-32 of the whole combined from
 * the parts'. The entries' text is byte for byte what POI writes; the zip around it is written by commons-compress
 * with Zip64 records only where an entry needs them, and every entry's time 1 January 1980 (zip's earliest), so
 * that the same workbook gives the same bytes.
 *
 * <p>It extends only the protected hooks POI offers for this: {@link SXSSFWorkbook#createSheetDataWriter()},
 * {@link SXSSFWorkbook#injectData(ZipEntrySource, OutputStream)}, {@link SheetDataWriter#createWriter(File)},
 * {@link SheetDataWriter#outputEscapedString(String)}. Temporary files are deleted by {@link #close()}, as
 * POI's are.
 */
final class TrackerWorkbook extends SXSSFWorkbook {

    /** A sheet's writer, by sheet; filled as sheets are created. */
    private final Map<SXSSFSheet, FastSheetDataWriter> writers = new IdentityHashMap<>();

    /** The writer made for the sheet being created. */
    private FastSheetDataWriter created;

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
        created = new FastSheetDataWriter();
        return created;
    }

    @Override
    public SXSSFSheet createSheet() {
        return register(super.createSheet());
    }

    @Override
    public SXSSFSheet createSheet(String name) {
        return register(super.createSheet(name));
    }

    private SXSSFSheet register(SXSSFSheet sheet) {
        if (created == null) {
            throw new IllegalStateException("the sheet '" + sheet.getSheetName() + "' was made without the tracker's writer");
        }
        created.data().sheet(sheet.getSheetName());
        writers.put(sheet, created);
        created = null;
        return sheet;
    }

    /** The temporary files holding the sheets' compressed rows, one a sheet; {@link #close()} deletes them. */
    List<File> temporaryFiles() {
        return writers.values().stream().map(FastSheetDataWriter::file).toList();
    }

    /**
     * Writes the workbook's zip: every entry of POI's template as it is, except that each worksheet gets its rows,
     * already compressed, between the template's text before and after its {@code sheetData}.
     *
     * @param source the template POI wrote, without rows
     * @param out where the workbook goes; not closed
     * @throws IOException if reading the template or writing fails, or a sheet's rows failed to compress (naming
     *     the sheet)
     */
    @Override
    protected void injectData(ZipEntrySource source, OutputStream out) throws IOException {
        long time = ZipUtil.dosToJavaTime(DOS_1980);
        try (ZipEntrySource template = source;
                ZipArchiveOutputStream zip = new ZipArchiveOutputStream(new NonClosingOutputStream(out))) {
            zip.setUseZip64(Zip64Mode.AsNeeded);
            Enumeration<? extends ZipArchiveEntry> entries = template.getEntries();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry entry = entries.nextElement();
                try (InputStream in = template.getInputStream(entry)) {
                    if (in instanceof ZipArchiveThresholdInputStream guarded) {
                        // as POI's copy does (its bug 59743): the template is the workbook's own, and rows repeat
                        guarded.setGuardState(false);
                    }
                    XSSFSheet sheet = getSheetFromZipEntryName(entry.getName());
                    FastSheetDataWriter writer = sheet == null || sheet instanceof XSSFChartSheet ? null
                            : writers.get(getSheet(sheet.getSheetName()));
                    if (writer == null) {
                        ZipArchiveEntry copy = new ZipArchiveEntry(entry.getName());
                        if (entry.getSize() >= 0) {
                            copy.setSize(entry.getSize());
                        }
                        copy.setTime(time);
                        zip.putArchiveEntry(copy);
                        in.transferTo(zip);
                        zip.closeArchiveEntry();
                    } else {
                        writeSheet(zip, entry.getName(), time, in, writer);
                    }
                }
            }
            zip.finish();
        }
    }

    /** DOS time and date 1 January 1980, 00:00: zip's earliest, the same in every time zone. */
    private static final long DOS_1980 = 1 << 21 | 1 << 16;

    /** Adds a worksheet's entry: its template's head and tail deflated around the rows compressed already. */
    private static void writeSheet(ZipArchiveOutputStream zip, String name, long time, InputStream in,
            FastSheetDataWriter writer) throws IOException {
        List<byte[]> parts = splitAtRows(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        byte[] head = parts.get(0);
        byte[] tail = parts.get(1);
        DeflatedSheetData rows = writer.data();
        rows.close(); // POI closes it too; closing writes the last parts, or says which sheet failed
        byte[] headDeflated = DeflatedSheetData.deflate(null, head, 0, head.length, false);
        byte[] tailDeflated = DeflatedSheetData.deflate(null, tail, 0, tail.length, true);
        int crc = DeflatedSheetData.crc32Combine(DeflatedSheetData.crc32Combine(crc(head), rows.crc(), rows.length()),
                crc(tail), tail.length);
        ZipArchiveEntry entry = new ZipArchiveEntry(name);
        entry.setMethod(ZipArchiveEntry.DEFLATED);
        entry.setTime(time);
        entry.setCrc(crc & 0xFFFFFFFFL);
        entry.setSize(head.length + rows.length() + tail.length);
        entry.setCompressedSize(headDeflated.length + rows.deflatedLength() + tailDeflated.length);
        File file = writer.file();
        try (InputStream deflatedRows = new FileInputStream(file)) {
            if (file.length() != rows.deflatedLength()) {
                throw new IOException("the compressed rows of the sheet in '" + name + "' should be " + rows.deflatedLength()
                        + " bytes, but its temporary file " + file + " holds " + file.length());
            }
            zip.addRawArchiveEntry(entry, new SequenceInputStream(Collections.enumeration(List.of(
                    new ByteArrayInputStream(headDeflated), deflatedRows, new ByteArrayInputStream(tailDeflated)))));
        }
    }

    private static int crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return (int) crc.getValue();
    }

    /**
     * A worksheet template's text before its rows and after them, in UTF-8, as POI 5.5.1's {@code
     * SXSSFWorkbook.copyStreamAndInjectWorksheet} writes them around the rows: everything up to and with {@code
     * <sheetData>} (or, where the template has {@code <sheetData/>} or none, the text before it and then {@code
     * <sheetData>} and a line feed); then {@code </sheetData>} and everything after the template's.
     *
     * @param template the worksheet's XML without rows
     * @return the text before the rows, then the text after them
     */
    static List<byte[]> splitAtRows(String template) throws IOException {
        // the same scan as POI's, character for character, so that its edge cases give the same text
        Reader inReader = new StringReader(template);
        StringBuilder outWriter = new StringBuilder();
        boolean needsStartTag = true;
        int c;
        int pos = 0;
        String s = "<sheetData";
        int n = s.length();
        while ((c = inReader.read()) != -1) {
            if (c == s.charAt(pos)) {
                pos++;
                if (pos == n) {
                    if ("<sheetData".equals(s)) {
                        c = inReader.read();
                        if (c == -1) {
                            outWriter.append(s);
                            break;
                        }
                        if (c == '>') {
                            outWriter.append(s).append((char) c);
                            s = "</sheetData>";
                            n = s.length();
                            pos = 0;
                            needsStartTag = false;
                            continue;
                        }
                        if (c == '/') {
                            c = inReader.read();
                            if (c == -1) {
                                outWriter.append(s);
                                break;
                            }
                            if (c == '>') {
                                break;
                            }
                            outWriter.append(s).append('/').append((char) c);
                            pos = 0;
                            continue;
                        }
                        outWriter.append(s).append('/').append((char) c);
                        pos = 0;
                        continue;
                    } else {
                        break;
                    }
                }
            } else {
                if (pos > 0) {
                    outWriter.append(s, 0, pos);
                }
                if (c == s.charAt(0)) {
                    pos = 1;
                } else {
                    outWriter.append((char) c);
                    pos = 0;
                }
            }
        }
        if (needsStartTag) {
            outWriter.append("<sheetData>\n");
        }
        StringBuilder tail = new StringBuilder("</sheetData>");
        while ((c = inReader.read()) != -1) {
            tail.append((char) c);
        }
        return List.of(outWriter.toString().getBytes(StandardCharsets.UTF_8), tail.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes a sheet's rows, escaping text in runs rather than a character at a time, encoded and compressed by
     * {@link DeflatedSheetData} into POI's temporary file.
     */
    static final class FastSheetDataWriter extends SheetDataWriter {

        FastSheetDataWriter() throws IOException {
            super();
        }

        /** The rows as they are compressed (POI calls this from its constructor, with the temporary file). */
        @Override
        @SuppressWarnings("deprecation")
        public Writer createWriter(File file) throws IOException {
            return new DeflatedSheetData(new FileOutputStream(file));
        }

        /** Reads the rows back: the compressed parts, ended with an empty final block. */
        @Override
        protected InputStream decorateInputStream(FileInputStream in) {
            return new InflaterInputStream(new SequenceInputStream(in, new ByteArrayInputStream(DeflatedSheetData.finalBlock())),
                    new Inflater(true)) {
                @Override
                public void close() throws IOException {
                    try {
                        super.close();
                    } finally {
                        inf.end();
                    }
                }
            };
        }

        DeflatedSheetData data() {
            return (DeflatedSheetData) _out;
        }

        File file() {
            return getTempFile();
        }

        /**
         * Writes the text as POI's own writer does, character for character: {@code < > & "} as entities,
         * line feed, carriage return, tab and no-break space as character references, other control
         * characters and U+FFFE, U+FFFF as {@code ?} (XML cannot hold them); everything else as it is.
         */
        @Override
        protected void outputEscapedString(String s) throws IOException {
            writeEscaped(s, data());
        }

        /** {@link #escape(char)} for the characters below U+0080; above, only U+00A0, U+FFFE and U+FFFF are replaced. */
        private static final String[] ASCII_REPLACEMENTS = new String[0x80];

        static {
            for (char c = 0; c < 0x80; c++) {
                ASCII_REPLACEMENTS[c] = escape(c);
            }
        }

        /**
         * Writes text escaped for a worksheet's XML onto any writer, in runs of characters that need no escaping:
         * the same text {@link #outputEscapedString(String)} writes.
         *
         * @param s the text; nothing is written for null
         * @param out where to write
         * @throws IOException if writing fails
         */
        static void writeEscaped(String s, Writer out) throws IOException {
            if (s == null) {
                return;
            }
            // over a copy of the characters, handing the writer runs: cheaper than a call and String.charAt a character
            char[] chars = s.toCharArray();
            int run = 0;
            for (int i = 0; i < chars.length; i++) {
                char c = chars[i];
                String replacement = c < 0x80 ? ASCII_REPLACEMENTS[c] : c == '\u00A0' || c >= '\uFFFE' ? escape(c) : null;
                if (replacement != null) {
                    if (i > run) {
                        out.write(chars, run, i - run);
                    }
                    out.write(replacement);
                    run = i + 1;
                }
            }
            if (chars.length > run) {
                out.write(chars, run, chars.length - run);
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
