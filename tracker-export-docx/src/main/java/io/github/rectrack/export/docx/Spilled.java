package io.github.rectrack.export.docx;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.util.TempFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;

/**
 * A part of a document's body written out of memory as it grows (see {@link PaperDocument#spilling()}): the body
 * elements after a marker paragraph are saved, in order, as the XML they are in {@code word/document.xml}, to a
 * temporary file, and taken out of the document. When the package is written the marker paragraph is replaced by
 * the file's XML ({@link FixedTimeZip}). The elements are saved with the {@code w} prefix the document's root
 * element declares for the WordprocessingML namespace; any other namespace an element uses it declares itself.
 *
 * <p>Only what needs nothing else of the document once written may be spilled: paragraphs and tables whose styles,
 * bookmarks and fields are referred to by name. Comments, pictures and hyperlinks to addresses (which hold
 * relationships of the package) are not.
 */
final class Spilled implements AutoCloseable {

    /** The WordprocessingML namespace. */
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static final String PREFIX = "rectrack-spilled-";

    private final XWPFDocument document;
    private final XWPFParagraph marker;
    private final String token;
    private final Path file;
    private final Writer out;
    private final XmlOptions options;
    private long elements;

    Spilled(XWPFDocument document, XWPFParagraph marker) throws IOException {
        this.document = document;
        this.marker = marker;
        this.token = marker.getText();
        this.file = TempFile.createTempFile("rectrack-paper-", ".xml").toPath();
        this.out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
        this.options = new XmlOptions(POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
        options.setSaveImplicitNamespaces(Map.of("w", W));
        options.setSaveOuter();
    }

    /** A marker text that no register's text holds: the prefix and a random UUID. */
    static String newMarker() {
        return PREFIX + UUID.randomUUID();
    }

    /** @return the text of the marker paragraph this part replaces */
    String token() {
        return token;
    }

    /** @return how many body elements were spilled so far */
    long elements() {
        return elements;
    }

    /**
     * Writes the body elements after the marker to the file, in order, and takes them out of the document.
     *
     * @throws IOException if the file cannot be written
     */
    void spill() throws IOException {
        List<IBodyElement> body = document.getBodyElements();
        int at = body.indexOf(marker);
        if (at < 0) {
            throw new IllegalStateException("the marker paragraph of a spilled part is no longer in the document's body");
        }
        int size = body.size();
        for (int i = at + 1; i < size; i++) {
            out.write(xml(body.get(i)).xmlText(options));
            elements++;
        }
        for (int i = size - 1; i > at; i--) {
            document.removeBodyElement(i);
        }
    }

    private static XmlObject xml(IBodyElement element) {
        if (element instanceof XWPFParagraph p) {
            return p.getCTP();
        }
        if (element instanceof XWPFTable t) {
            return t.getCTTbl();
        }
        throw new IllegalStateException("a " + element.getElementType() + " cannot be spilled; only paragraphs and tables");
    }

    /**
     * Copies the spilled XML, once all of it is written.
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
