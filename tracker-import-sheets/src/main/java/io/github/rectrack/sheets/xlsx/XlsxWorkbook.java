package io.github.rectrack.sheets.xlsx;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.aalto.stax.InputFactoryImpl;
import io.github.rectrack.engine.spi.WorkProgress;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.ss.usermodel.CellType;
import org.apiguardian.api.API;

/**
 * An .xlsx workbook read lean: each sheet's XML part is streamed with a StAX cursor ({@link XMLStreamReader})
 * straight into {@link XlsxRow}s, with no POI cell, row or style objects and no XML event objects. Reads
 * {@code <row r>}, {@code <c r t s>}, {@code <v>} and inline strings {@code <is>} (rich text runs joined,
 * phonetic runs left out); the shared strings are read once, each string kept once; of the styles only
 * each cell format's number format is kept.
 *
 * <p>The package is opened with POI's {@link OPCPackage}, so POI's zip-bomb guard ({@code ZipSecureFile})
 * stays in force on every part read. The XML is read by Aalto's StAX parser, about twice as fast as the JDK's on
 * a large sheet, set as POI hardens the JDK's (namespace aware, not validating, no DTD, no external entities);
 * a DOCTYPE anywhere in a part read is refused with an {@link IOException} saying so. Not thread-safe; one
 * sheet is read at a time.
 *
 * <p>The rows read can be reported to a {@link WorkProgress} ({@link #reportTo}): counted as rows, against the
 * rows the sheets to be read hold by their {@code <dimension>}, or, where a sheet does not say, against the
 * share of the sheets' bytes read.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class XlsxWorkbook implements RowSource, Closeable {

    /** The relationships namespace of the sheets' {@code r:id} attributes. */
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    /** The same in Strict OOXML. */
    private static final String STRICT_RELATIONSHIPS = "http://purl.oclc.org/ooxml/officeDocument/relationships";
    /** The most columns a sheet holds (XFD). */
    private static final int MAX_COLUMNS = 16_384;
    /** The most rows a sheet holds. */
    private static final int MAX_ROW = 1_048_576;
    /** What the rows read are counted as, in reports to a {@link WorkProgress}. */
    private static final String ROWS = "rows";

    /** One factory per workbook, as a factory is not promised to be thread-safe. */
    private final XMLInputFactory xmlFactory = hardenedXmlFactory();
    private final OPCPackage pkg;
    private final Path temporary;
    private final PackagePart workbookPart;
    private final Map<String, String> sheets = new LinkedHashMap<>();
    private boolean date1904;
    private List<String> sharedStrings;
    private int[] styleFormats = new int[0];
    private String[] styleFormatStrings = new String[0];
    private boolean stylesRead;
    /** Where the rows read are reported; nowhere unless {@link #reportTo} says. */
    private WorkProgress progress = WorkProgress.NONE;
    /** The bytes of each sheet part reported against, by sheet name, when the work is measured in bytes. */
    private final Map<String, Long> sheetBytes = new HashMap<>();
    /** The whole work reported against: rows, or bytes when {@link #byBytes}; 0 when not known. */
    private long workTotal;
    private boolean byBytes;
    /** The rows read so far from every sheet. */
    private long rowsRead;
    /** The bytes of the sheet parts read to their end, or as far as their reader went, when measured in bytes. */
    private long bytesDone;

    private XlsxWorkbook(OPCPackage pkg, Path temporary) throws IOException {
        this.pkg = pkg;
        this.temporary = temporary;
        PackageRelationshipCollection core = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (core.size() == 0) {
            core = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
        }
        if (core.size() == 0) {
            throw new IOException("the package has no workbook part (no office document relationship): it is not an .xlsx workbook");
        }
        workbookPart = pkg.getPart(core.getRelationship(0));
        if (workbookPart == null) {
            throw new IOException("the workbook part " + core.getRelationship(0).getTargetURI() + " is missing from the package");
        }
        readWorkbook();
    }

    /**
     * Opens a workbook from a stream, copying it to a temporary file (deleted on {@link #close()}) so that
     * its parts can be read in any order without holding the package in memory.
     *
     * @param in the workbook; read to its end, not closed
     * @return the workbook
     * @throws IOException if it cannot be copied, or is not a zip package or not a workbook
     */
    public static XlsxWorkbook open(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        Path copy = Files.createTempFile("tracker-xlsx-", ".xlsx");
        try {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            return open(copy, copy);
        } catch (IOException | RuntimeException | Error e) {
            Files.deleteIfExists(copy);
            throw e;
        }
    }

    /**
     * Opens a workbook file, read-only.
     *
     * @param file the workbook
     * @return the workbook
     * @throws IOException if it cannot be read, or is not a zip package or not a workbook
     */
    public static XlsxWorkbook open(Path file) throws IOException {
        return open(Objects.requireNonNull(file, "file"), null);
    }

    private static XlsxWorkbook open(Path file, Path temporary) throws IOException {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException e) {
            throw new IOException(e.getMessage(), e);
        }
        try {
            return new XlsxWorkbook(pkg, temporary);
        } catch (IOException | RuntimeException | Error e) {
            pkg.revert();
            throw e;
        }
    }

    @Override
    public List<String> sheetNames() {
        return List.copyOf(sheets.keySet());
    }

    @Override
    public boolean date1904() {
        return date1904;
    }

    @Override
    public void rows(String sheet, Predicate<XlsxRow> each) throws IOException {
        PackagePart part = sheetPart(sheet);
        readStyles();
        Long bytes = byBytes ? sheetBytes.get(sheet) : null;
        CountingInputStream counted = new CountingInputStream(part.getInputStream());
        try (InputStream in = new BufferedInputStream(counted, 1 << 16)) {
            XMLStreamReader xml = xmlFactory.createXMLStreamReader(in);
            try {
                new SheetReader(xml, sheet, bytes == null ? null : counted).read(each);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw unreadable("the sheet '" + sheet + "'", e);
        }
        if (bytes != null) {
            bytesDone += bytes; // the whole part counts as read, also where its reader stopped early
            progress.report(rowsRead, ROWS, Math.min(bytesDone, workTotal), workTotal);
        }
    }

    /**
     * Reports every row read from now on to {@code progress}, counted as rows (header rows included), against
     * how much the given sheets hold: the rows their {@code <dimension>} spans, when every one of them states
     * it; otherwise the share of their parts' bytes read (each part's uncompressed size, from the zip's
     * directory), with the rows in the count; otherwise the count alone. Reading each sheet's {@code
     * <dimension>} reads only the start of its part. A sheet not in the list is still counted, but not
     * measured; a sheet the workbook lacks is left out.
     *
     * @param progress where to report
     * @param sheetsToRead the sheets that will be read, by name as {@link #sheetNames()} gives them
     */
    public void reportTo(WorkProgress progress, Collection<String> sheetsToRead) {
        this.progress = Objects.requireNonNull(progress, "progress");
        Map<String, PackagePart> parts = new LinkedHashMap<>();
        for (String sheet : sheetsToRead) {
            if (sheets.containsKey(sheet)) {
                try {
                    parts.put(sheet, sheetPart(sheet));
                } catch (IOException | RuntimeException e) {
                    // the sheet is reported as it is read; here it only leaves the measure unknown
                    parts.put(sheet, null);
                }
            }
        }
        long rows = 0;
        long bytes = 0;
        boolean rowsKnown = true;
        boolean bytesKnown = true;
        for (Map.Entry<String, PackagePart> sheet : parts.entrySet()) {
            PackagePart part = sheet.getValue();
            long dimension = part == null ? -1 : dimensionRows(part);
            long size = part == null ? -1 : part.getSize();
            rowsKnown &= dimension >= 0;
            bytesKnown &= size >= 0;
            rows += Math.max(0, dimension);
            bytes += Math.max(0, size);
            sheetBytes.put(sheet.getKey(), Math.max(0, size));
        }
        byBytes = !rowsKnown && bytesKnown && bytes > 0;
        workTotal = rowsKnown ? rows : byBytes ? bytes : 0;
        if (!byBytes) {
            sheetBytes.clear();
        }
        progress.report(rowsRead, ROWS, 0, workTotal);
    }

    /** Counts a row read and reports it. */
    private void rowRead(CountingInputStream counted) {
        rowsRead++;
        if (byBytes) {
            long done = counted == null ? bytesDone : bytesDone + counted.count;
            progress.report(rowsRead, ROWS, Math.min(done, workTotal), workTotal);
        } else {
            progress.report(rowsRead, ROWS, workTotal > 0 ? Math.min(rowsRead, workTotal) : rowsRead, workTotal);
        }
    }

    /**
     * The last row a sheet's {@code <dimension ref="A1:L1234">} spans, read from the start of its part; -1 if
     * the part has none before its rows, gives a single cell (which writers leave when they do not count), or
     * cannot be read here (the sheet's own reading reports why).
     */
    private long dimensionRows(PackagePart part) {
        try (InputStream in = part.getInputStream()) {
            XMLStreamReader xml = xmlFactory.createXMLStreamReader(in);
            try {
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.DTD) {
                        return -1;
                    }
                    if (event != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    String local = xml.getLocalName();
                    if (local.equals("dimension")) {
                        return lastRow(xml.getAttributeValue(null, "ref"));
                    }
                    if (local.equals("sheetData")) {
                        return -1;
                    }
                }
                return -1;
            } finally {
                xml.close();
            }
        } catch (IOException | XMLStreamException | RuntimeException e) {
            return -1;
        }
    }

    /** The row of the end of a range such as {@code A1:L1234}; -1 for a single cell or what is not a range. */
    static long lastRow(String ref) {
        if (ref == null) {
            return -1;
        }
        int colon = ref.indexOf(':');
        if (colon < 0) {
            return -1;
        }
        String end = ref.substring(colon + 1).strip();
        int digits = 0;
        while (digits < end.length() && !Character.isDigit(end.charAt(digits))) {
            digits++;
        }
        try {
            long row = Long.parseLong(end.substring(digits));
            return digits > 0 && row >= 1 && row <= MAX_ROW ? row : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The part of a sheet, by name. */
    private PackagePart sheetPart(String sheet) throws IOException {
        String id = sheets.get(sheet);
        if (id == null) {
            throw new IllegalArgumentException("the workbook has no sheet '" + sheet + "'; its sheets are " + sheets.keySet());
        }
        PackageRelationship relationship = workbookPart.getRelationship(id);
        PackagePart part;
        try {
            part = relationship == null ? null : workbookPart.getRelatedPart(relationship);
        } catch (InvalidFormatException | IllegalArgumentException e) {
            throw new IOException("the sheet '" + sheet + "' could not be found in the package: " + e.getMessage(), e);
        }
        if (part == null) {
            throw new IOException("the sheet '" + sheet + "' (relationship " + id + ") is missing from the package");
        }
        return part;
    }

    /** Counts the bytes read through it, for the share of a sheet's part read. */
    private static final class CountingInputStream extends FilterInputStream {
        long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }

    /** Closes the package and deletes the temporary copy, if any. */
    @Override
    public void close() throws IOException {
        try {
            pkg.revert();
        } finally {
            if (temporary != null) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    // ---- the workbook part: sheet names, date system ----

    private void readWorkbook() throws IOException {
        try (InputStream in = workbookPart.getInputStream()) {
            XMLStreamReader xml = xmlFactory.createXMLStreamReader(in);
            try {
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.DTD) {
                        throw doctype("the workbook part");
                    }
                    if (event != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    String local = xml.getLocalName();
                    if (local.equals("workbookPr")) {
                        String value = xml.getAttributeValue(null, "date1904");
                        date1904 = "1".equals(value) || "true".equalsIgnoreCase(value);
                    } else if (local.equals("sheet")) {
                        String name = xml.getAttributeValue(null, "name");
                        String id = xml.getAttributeValue(RELATIONSHIPS, "id");
                        if (id == null) {
                            id = xml.getAttributeValue(STRICT_RELATIONSHIPS, "id");
                        }
                        if (name != null && id != null) {
                            sheets.putIfAbsent(name, id);
                        }
                    }
                }
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw unreadable("the workbook part", e);
        }
    }

    /**
     * Aalto's StAX factory, hardened as POI's {@code XMLHelper} hardens the JDK's: namespace aware, not validating,
     * no DTD and no external entity.
     */
    static XMLInputFactory hardenedXmlFactory() {
        XMLInputFactory factory = new InputFactoryImpl();
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_VALIDATING, false);
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    /** The place a StAX parser appends to its message, as Aalto does ("\n at [row,col {unknown-source}]: [2,1460]"). */
    private static final java.util.regex.Pattern APPENDED_PLACE = java.util.regex.Pattern.compile("\\s*at \\[row,col[^\\]]*\\]: \\[\\d+,\\d+\\]\\s*$");

    /**
     * What stopped a part's XML being read, said in the same words whichever parser found it: a failure of the
     * stream beneath (a zip-bomb guard, a damaged entry) as that failure; otherwise that the part is not
     * well-formed XML, what the parser found wrong, and the line and column, once. The parser's exception is kept
     * as a suppressed one, so that its message does not repeat in the chain of causes a user is shown.
     *
     * @param part the part, in words: "the sheet 'Updates'"
     * @param e what the parser threw
     * @return the exception to throw
     */
    static IOException unreadable(String part, XMLStreamException e) {
        Throwable beneath = e.getNestedException() != null ? e.getNestedException() : e.getCause();
        if (beneath instanceof IOException io) {
            return new IOException(part + " could not be read: " + io.getMessage(), io);
        }
        String message = String.valueOf(e.getMessage());
        int jdk = message.startsWith("ParseError at") ? message.indexOf("Message: ") : -1;
        if (jdk >= 0) {
            message = message.substring(jdk + "Message: ".length()); // the JDK's parser: "ParseError at [row,col]:[2,5]\nMessage: ..."
        }
        message = APPENDED_PLACE.matcher(message).replaceFirst("").strip();
        StringBuilder text = new StringBuilder(part).append(" is not well-formed XML: ").append(message);
        javax.xml.stream.Location where = e.getLocation();
        if (where != null && where.getLineNumber() > 0) {
            text.append(" (line ").append(where.getLineNumber()).append(", column ").append(where.getColumnNumber()).append(')');
        }
        IOException io = new IOException(text.toString());
        io.addSuppressed(e);
        return io;
    }

    private static IOException doctype(String part) {
        return new IOException(part + " declares a DOCTYPE, which is refused (an XML external entity attack or an entity expansion bomb)");
    }

    /** The parts the workbook part relates to by a type ending so (its transitional and strict types both do). */
    private PackagePart related(String typeEnding) throws IOException {
        try {
            for (PackageRelationship relationship : workbookPart.getRelationships()) {
                if (relationship.getRelationshipType().endsWith(typeEnding)) {
                    return workbookPart.getRelatedPart(relationship);
                }
            }
            return null;
        } catch (InvalidFormatException | IllegalArgumentException e) {
            throw new IOException("the workbook's part " + typeEnding.substring(1) + " could not be found: " + e.getMessage(), e);
        }
    }

    // ---- shared strings ----

    private String sharedString(int index, String sheet) throws IOException {
        if (sharedStrings == null) {
            sharedStrings = readSharedStrings();
        }
        if (index < 0 || index >= sharedStrings.size()) {
            throw new IOException("the sheet '" + sheet + "' refers to shared string " + index + ", but the workbook has "
                    + sharedStrings.size());
        }
        return sharedStrings.get(index);
    }

    private List<String> readSharedStrings() throws IOException {
        PackagePart part = related("/sharedStrings");
        List<String> strings = new ArrayList<>();
        if (part == null) {
            return strings;
        }
        try (InputStream in = new BufferedInputStream(part.getInputStream(), 1 << 16)) {
            XMLStreamReader xml = xmlFactory.createXMLStreamReader(in);
            try {
                StringBuilder text = new StringBuilder();
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.DTD) {
                        throw doctype("the shared strings part");
                    }
                    if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("si")) {
                        text.setLength(0);
                        richText(xml, text);
                        strings.add(decode(text));
                    }
                }
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw unreadable("the shared strings", e);
        }
        return strings;
    }

    /**
     * Reads the text of a string item ({@code <si>} or {@code <is>}), the cursor on its start: its {@code <t>}
     * and the {@code <t>} of its rich text runs, not those of its phonetic runs ({@code <rPh>}). Leaves the
     * cursor on its end.
     */
    private static void richText(XMLStreamReader xml, StringBuilder text) throws XMLStreamException {
        int depth = 1;
        int phonetic = 0;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String local = xml.getLocalName();
                if (local.equals("t") && phonetic == 0) {
                    text.append(xml.getElementText()); // leaves the cursor on </t>
                    continue;
                }
                if (local.equals("rPh")) {
                    phonetic++;
                }
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (xml.getLocalName().equals("rPh")) {
                    phonetic--;
                }
                depth--;
            }
        }
    }

    /** Excel's escapes of characters XML cannot hold, {@code _xHHHH_}, decoded as POI decodes shared strings. */
    static String decode(CharSequence text) {
        int first = indexOfEscape(text, 0);
        if (first < 0) {
            return text.toString();
        }
        StringBuilder decoded = new StringBuilder(text.length());
        int from = 0;
        for (int at = first; at >= 0; at = indexOfEscape(text, from)) {
            decoded.append(text, from, at);
            decoded.append((char) Integer.parseInt(text.subSequence(at + 2, at + 6).toString(), 16));
            from = at + 7;
        }
        return decoded.append(text, from, text.length()).toString();
    }

    private static int indexOfEscape(CharSequence text, int from) {
        for (int i = from; i + 6 < text.length(); i++) {
            if (text.charAt(i) == '_' && text.charAt(i + 1) == 'x' && text.charAt(i + 6) == '_' && hex(text.charAt(i + 2))
                    && hex(text.charAt(i + 3)) && hex(text.charAt(i + 4)) && hex(text.charAt(i + 5))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean hex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    // ---- styles: each cell format's number format ----

    private void readStyles() throws IOException {
        if (stylesRead) {
            return;
        }
        stylesRead = true;
        PackagePart part = related("/styles");
        if (part == null) {
            return;
        }
        Map<Integer, String> custom = new HashMap<>();
        List<Integer> formats = new ArrayList<>();
        try (InputStream in = new BufferedInputStream(part.getInputStream(), 1 << 14)) {
            XMLStreamReader xml = xmlFactory.createXMLStreamReader(in);
            try {
                boolean cellFormats = false;
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.DTD) {
                        throw doctype("the styles part");
                    }
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        String local = xml.getLocalName();
                        if (local.equals("numFmt")) {
                            Integer id = integer(xml.getAttributeValue(null, "numFmtId"));
                            String code = xml.getAttributeValue(null, "formatCode");
                            if (id != null && code != null) {
                                custom.put(id, code);
                            }
                        } else if (local.equals("cellXfs")) {
                            cellFormats = true;
                        } else if (local.equals("xf") && cellFormats) {
                            Integer id = integer(xml.getAttributeValue(null, "numFmtId"));
                            formats.add(id == null ? 0 : id);
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("cellXfs")) {
                        cellFormats = false;
                    }
                }
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw unreadable("the styles", e);
        }
        styleFormats = new int[formats.size()];
        styleFormatStrings = new String[formats.size()];
        for (int i = 0; i < formats.size(); i++) {
            int id = formats.get(i);
            styleFormats[i] = id;
            styleFormatStrings[i] = custom.containsKey(id) ? custom.get(id) : XlsxCell.builtin(id);
        }
    }

    private static Integer integer(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    // ---- a sheet ----

    /** The cursor over one sheet's XML. */
    private final class SheetReader {
        private final XMLStreamReader xml;
        private final String sheet;
        /** The part's bytes read so far, when the work is measured in bytes; else null. */
        private final CountingInputStream counted;
        private final List<XlsxCell> cells = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private int rowNumber;
        private int column;

        SheetReader(XMLStreamReader xml, String sheet, CountingInputStream counted) {
            this.xml = xml;
            this.sheet = sheet;
            this.counted = counted;
        }

        void read(Predicate<XlsxRow> each) throws XMLStreamException, IOException {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String local = xml.getLocalName();
                    if (local.equals("row")) {
                        String r = xml.getAttributeValue(null, "r");
                        rowNumber = r == null ? rowNumber + 1 : rowNumber(r);
                        column = -1;
                        cells.clear();
                    } else if (local.equals("c")) {
                        cell();
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String local = xml.getLocalName();
                    if (local.equals("row")) {
                        rowRead(counted);
                        if (!each.test(new XlsxRow(rowNumber, cells))) {
                            return;
                        }
                    } else if (local.equals("sheetData")) {
                        return;
                    }
                } else if (event == XMLStreamConstants.DTD) {
                    throw doctype("the sheet '" + sheet + "'");
                }
            }
        }

        private int rowNumber(String r) throws IOException {
            try {
                int number = Integer.parseInt(r.strip());
                if (number < 1 || number > MAX_ROW) {
                    throw new NumberFormatException();
                }
                return number;
            } catch (NumberFormatException e) {
                throw new IOException("the sheet '" + sheet + "' has a row numbered '" + r + "'; rows are numbered 1 to " + MAX_ROW);
            }
        }

        /** Reads a {@code <c>} element, the cursor on its start; leaves it on its end. */
        private void cell() throws XMLStreamException, IOException {
            String ref = xml.getAttributeValue(null, "r");
            String t = xml.getAttributeValue(null, "t");
            String s = xml.getAttributeValue(null, "s");
            column = ref == null ? column + 1 : column(ref);
            int style = 0;
            if (s != null) {
                Integer index = integer(s);
                style = index == null || index < 0 ? 0 : index;
            }
            String value = null;
            boolean inline = false;
            boolean formula = false;
            int depth = 1;
            while (depth > 0) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String local = xml.getLocalName();
                    if (local.equals("v")) {
                        value = xml.getElementText();
                    } else if (local.equals("is")) {
                        text.setLength(0);
                        richText(xml, text);
                        value = text.toString();
                        inline = true;
                    } else if (local.equals("f")) {
                        formula = true;
                        xml.getElementText();
                    } else {
                        depth++;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
            int format = style < styleFormats.length ? styleFormats[style] : 0;
            String formatString = style < styleFormatStrings.length ? styleFormatStrings[style] : XlsxCell.GENERAL;
            add(make(t, value, inline, formula, format, formatString));
        }

        private XlsxCell make(String t, String value, boolean inline, boolean formula, int format, String formatString)
                throws IOException {
            String type = t == null ? "n" : t;
            if (value == null) {
                return new XlsxCell(column, CellType.BLANK, null, 0, formula, format, formatString);
            }
            switch (type) {
                case "s":
                    Integer index = integer(value);
                    if (index == null) {
                        throw new IOException("the sheet '" + sheet + "', cell " + reference() + " refers to shared string '" + value
                                + "', not a number");
                    }
                    return new XlsxCell(column, CellType.STRING, sharedString(index, sheet), 0, formula, format, formatString);
                case "inlineStr":
                case "str":
                    return new XlsxCell(column, CellType.STRING, value, 0, formula, format, formatString);
                case "b":
                    return new XlsxCell(column, CellType.BOOLEAN, null, value.strip().equals("1")
                            || value.strip().equalsIgnoreCase("true") ? 1 : 0, formula, format, formatString);
                case "e":
                    return new XlsxCell(column, CellType.ERROR, value, 0, formula, format, formatString);
                default:
                    if (inline) {
                        return new XlsxCell(column, CellType.STRING, value, 0, formula, format, formatString);
                    }
                    if (value.isEmpty()) {
                        return new XlsxCell(column, CellType.BLANK, null, 0, formula, format, formatString);
                    }
                    try {
                        return new XlsxCell(column, CellType.NUMERIC, null, Double.parseDouble(value), formula, format, formatString);
                    } catch (NumberFormatException e) {
                        throw new IOException("the sheet '" + sheet + "', cell " + reference() + " holds '" + value
                                + "' as a number, which is not one");
                    }
            }
        }

        /** Keeps the cells in column order, a column once (the last cell read for it wins). */
        private void add(XlsxCell cell) {
            int last = cells.size() - 1;
            if (last < 0 || cells.get(last).column() < cell.column()) {
                cells.add(cell);
                return;
            }
            for (int i = 0; i < cells.size(); i++) {
                if (cells.get(i).column() == cell.column()) {
                    cells.set(i, cell);
                    return;
                }
                if (cells.get(i).column() > cell.column()) {
                    cells.add(i, cell);
                    return;
                }
            }
        }

        private String reference() {
            return org.apache.poi.ss.util.CellReference.convertNumToColString(column) + rowNumber;
        }

        /** The column of a reference such as {@code AB12}. */
        private int column(String ref) throws IOException {
            int index = 0;
            int letters = 0;
            for (int i = 0; i < ref.length(); i++) {
                char c = ref.charAt(i);
                if (c >= 'A' && c <= 'Z') {
                    index = index * 26 + (c - 'A' + 1);
                } else if (c >= 'a' && c <= 'z') {
                    index = index * 26 + (c - 'a' + 1);
                } else {
                    break;
                }
                if (++letters > 3) {
                    break;
                }
            }
            if (letters == 0 || letters > 3 || index > MAX_COLUMNS) {
                throw new IOException("the sheet '" + sheet + "' has a cell at '" + ref + "', which is not a cell reference such as B2");
            }
            return index - 1;
        }
    }
}
