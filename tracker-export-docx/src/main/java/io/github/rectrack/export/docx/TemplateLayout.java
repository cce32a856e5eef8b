package io.github.rectrack.export.docx;

import io.github.rectrack.engine.spi.Finding;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;

/**
 * A paper written into a force's own template (a .docx or .dotx): the template's styles, page, headers,
 * footers and text are kept, and the paper's {@link Section}s go where the template's placeholders say.
 *
 * <ul>
 *   <li>A body paragraph whose whole text is a section's placeholder ({@code {{summary}}}) is replaced by
 *       that section. Sections without a placeholder are appended at the end, in the standard order.
 *   <li>{@code {{asOf}}}, {@code {{forum}}} and {@code {{organisation}}} are replaced inside any paragraph
 *       (body, tables, headers, footers), even where Word split them across runs: the paragraph's text is
 *       joined, replaced and written back into its first run, which keeps its formatting.
 *   <li>Any other placeholder, or a section placeholder that is not a body paragraph of its own, or one
 *       given twice, is an error.
 * </ul>
 *
 * <p>How a section is placed: it is written at the end of the body as in a blank paper, then its new
 * paragraphs and tables are moved, in order, before the placeholder paragraph, which is then removed.
 */
final class TemplateLayout {

    /** The inline placeholder for the report's day, written out: "16 October 2020". */
    static final String AS_OF = "asOf";
    /** The inline placeholder for the forum's name: "Joint Audit, Risk and Assurance Panel". */
    static final String FORUM = "forum";
    /** The inline placeholder for the organisation's name. */
    static final String ORGANISATION = "organisation";

    private static final Set<String> INLINE = Set.of(AS_OF, FORUM, ORGANISATION);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}\\s]*)\\s*\\}\\}");

    private static final String TEMPLATE_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml";
    private static final String DOCUMENT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    /** The largest part of a template read: Apache POI's own limit on one record. */
    static final long MAX_PART_BYTES = 100_000_000L;

    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final Pattern DEFAULT_TYPE = Pattern.compile("<Default\\b[^>]*\\bExtension=\"([^\"]*)\"");
    private static final Pattern OVERRIDE_TYPE = Pattern.compile("<Override\\b[^>]*\\bPartName=\"([^\"]*)\"");

    private TemplateLayout() {}

    /** Every placeholder a template may use, sorted: the sections' keys and the inline ones. */
    static Set<String> knownKeys() {
        Set<String> keys = new TreeSet<>(INLINE);
        Arrays.stream(Section.values()).map(Section::key).forEach(keys::add);
        return keys;
    }

    /**
     * Opens a template as a document: a .dotx's main part is retyped as a document's.
     *
     * @param path the template
     * @return the document
     * @throws IllegalArgumentException naming the path if it is missing or not a Word document
     */
    static XWPFDocument open(Path path) {
        return open(path, UnaryOperator.identity(), Optional.empty());
    }

    /**
     * Opens a template as a document; for a paper published under the {@code public} profile, first
     * without what may name people ({@link PublicTemplate}).
     *
     * @param path the template
     * @param redact replaces the names of the register's people in a text
     * @param publicWarnings for a public paper, where each part or property removed is reported; empty
     *     for any other paper, whose template is kept whole
     * @return the document
     * @throws IllegalArgumentException naming the path if it is missing or not a Word document
     */
    static XWPFDocument open(Path path, UnaryOperator<String> redact, Optional<List<Finding>> publicWarnings) {
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("template '" + path + "' is not a file");
        }
        checkPackage(path);
        XWPFDocument document;
        try (InputStream in = Files.newInputStream(path)) {
            if (publicWarnings.isPresent()) {
                byte[] stripped = PublicTemplate.strip(in.readAllBytes(), path.toString(), redact, publicWarnings.get());
                document = new XWPFDocument(new ByteArrayInputStream(stripped));
                PublicTemplate.clean(document, path.toString(), redact, publicWarnings.get());
            } else {
                document = new XWPFDocument(in);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof IllegalArgumentException i && i.getMessage() != null && i.getMessage().startsWith("template '")) {
                throw i;
            }
            throw new IllegalArgumentException("template '" + path + "' cannot be read as a Word document (.docx or .dotx): " + messages(e)
                    + "; save it again from Word as a .docx or .dotx", e);
        }
        if (TEMPLATE_MAIN.equals(document.getPackagePart().getContentType())) {
            document.getPackage().replaceContentType(TEMPLATE_MAIN, DOCUMENT_MAIN);
        }
        return document;
    }

    /**
     * Checks a template's package before Apache POI reads it, so that what POI would refuse with a stack
     * trace in its log is refused here in one line naming the template and the part: a DOCTYPE in
     * {@code [Content_Types].xml}, a part with no content type, and a part larger than
     * {@value #MAX_PART_BYTES} bytes. A file that is not a zip archive is left for POI to describe.
     *
     * @param path the template
     * @throws IllegalArgumentException naming the template and the part
     */
    static void checkPackage(Path path) {
        try (ZipFile zip = new ZipFile(path.toFile())) {
            List<? extends ZipEntry> entries = Collections.list(zip.entries());
            for (ZipEntry entry : entries) {
                if (entry.getSize() > MAX_PART_BYTES) {
                    throw new IllegalArgumentException(String.format(Locale.ROOT, "template '%s' was refused: its part /%s is %,d bytes"
                            + " when unpacked, more than the %,d bytes a template's part may have; remove the large picture or"
                            + " embedded file from the template", path, entry.getName(), entry.getSize(), MAX_PART_BYTES));
                }
            }
            ZipEntry types = zip.getEntry(CONTENT_TYPES);
            if (types == null) {
                throw new IllegalArgumentException("template '" + path + "' cannot be read as a Word document (.docx or .dotx): it has no "
                        + CONTENT_TYPES + " part; save it again from Word");
            }
            String xml;
            try (InputStream in = zip.getInputStream(types)) {
                xml = new String(in.readNBytes((int) Math.min(MAX_PART_BYTES, Integer.MAX_VALUE - 8)), StandardCharsets.UTF_8);
            }
            if (xml.contains("<!DOCTYPE") || xml.contains("<!ENTITY")) {
                throw new IllegalArgumentException("template '" + path + "' was refused: its part /" + CONTENT_TYPES + " declares a DOCTYPE"
                        + " (an XML external entity attack or an entity expansion bomb); a template Word wrote never holds one");
            }
            Set<String> defaults = new TreeSet<>();
            Matcher d = DEFAULT_TYPE.matcher(xml);
            while (d.find()) {
                defaults.add(d.group(1).toLowerCase(Locale.ROOT));
            }
            Set<String> overrides = new TreeSet<>();
            Matcher o = OVERRIDE_TYPE.matcher(xml);
            while (o.find()) {
                overrides.add(o.group(1).toLowerCase(Locale.ROOT));
            }
            for (ZipEntry entry : entries) {
                String name = entry.getName();
                if (entry.isDirectory() || name.equals(CONTENT_TYPES)) {
                    continue;
                }
                String extension = name.lastIndexOf('.') > name.lastIndexOf('/') ? name.substring(name.lastIndexOf('.') + 1) : "";
                if (!defaults.contains(extension.toLowerCase(Locale.ROOT)) && !overrides.contains("/" + name.toLowerCase(Locale.ROOT))) {
                    throw new IllegalArgumentException("template '" + path + "' cannot be read as a Word document (.docx or .dotx): its part /"
                            + name + " has no content type in " + CONTENT_TYPES + "; save the template again from Word");
                }
            }
        } catch (IOException e) {
            // not a zip archive, or a damaged one: POI's reading says what it found
        }
    }

    /** The messages of an exception and its causes, without class names. */
    private static String messages(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < 400; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().replaceFirst("^[\\w.$]+(Exception|Error): ", "");
            if (text.indexOf(message) < 0) {
                text.append(text.length() > 0 ? ": " : "").append(message);
            }
        }
        return text.toString();
    }

    /**
     * Writes the paper into its document, which was opened from a template.
     *
     * @param paper the paper
     * @param sections the sections, in the order those without a placeholder are appended
     * @throws IllegalArgumentException if the template holds an unknown or misplaced placeholder
     */
    static void write(Paper paper, List<Section> sections) {
        XWPFDocument document = paper.document().xwpf();
        Map<Section, XWPFParagraph> places = places(document);
        replaceInline(document, Map.of(
                AS_OF, Words.day(paper.report().asOf()),
                FORUM, paper.forumName(),
                ORGANISATION, paper.report().register().organisation()));
        for (Section section : sections) {
            int before = document.getBodyElements().size();
            section.append(paper);
            XWPFParagraph place = places.get(section);
            if (place != null) {
                List<IBodyElement> added = new ArrayList<>(document.getBodyElements().subList(before, document.getBodyElements().size()));
                for (IBodyElement element : added) {
                    XmlObject xml = element instanceof XWPFTable t ? t.getCTTbl() : ((XWPFParagraph) element).getCTP();
                    try (XmlCursor from = xml.newCursor(); XmlCursor to = place.getCTP().newCursor()) {
                        from.moveXml(to);
                    }
                }
            }
        }
        // The placeholders go last: the document's lists of paragraphs no longer follow the XML's order,
        // so they are removed from the XML directly.
        for (XWPFParagraph place : places.values()) {
            try (XmlCursor cursor = place.getCTP().newCursor()) {
                cursor.removeXml();
            }
        }
    }

    /** The body paragraph holding each section's placeholder; checks every placeholder in the template. */
    private static Map<Section, XWPFParagraph> places(XWPFDocument document) {
        Map<String, Section> byKey = new LinkedHashMap<>();
        for (Section s : Section.values()) {
            byKey.put(s.key(), s);
        }
        Map<Section, XWPFParagraph> places = new LinkedHashMap<>();
        Set<String> unknown = new TreeSet<>();
        List<XWPFParagraph> body = document.getParagraphs();
        for (XWPFParagraph p : allParagraphs(document)) {
            String text = p.getText();
            Matcher m = PLACEHOLDER.matcher(text);
            while (m.find()) {
                String key = m.group(1);
                Section section = byKey.get(key);
                if (section == null) {
                    if (!INLINE.contains(key)) {
                        unknown.add(m.group());
                    }
                    continue;
                }
                if (!body.contains(p) || !text.strip().equals(m.group())) {
                    throw new IllegalArgumentException("template placeholder " + section.placeholder()
                            + " must be a paragraph of its own in the document's body, not in '" + text.strip() + "'");
                }
                if (places.put(section, p) != null) {
                    throw new IllegalArgumentException("template placeholder " + section.placeholder() + " is given more than once");
                }
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("template has unknown placeholder(s) " + unknown + "; the known placeholders are "
                    + knownKeys().stream().map(k -> "{{" + k + "}}").toList());
        }
        return places;
    }

    /** Every paragraph of the body, its tables, headers and footers. */
    static List<XWPFParagraph> allParagraphs(XWPFDocument document) {
        List<XWPFParagraph> all = new ArrayList<>();
        collect(document, all);
        for (XWPFHeaderFooter h : document.getHeaderList()) {
            collect(h, all);
        }
        for (XWPFHeaderFooter f : document.getFooterList()) {
            collect(f, all);
        }
        return all;
    }

    private static void collect(IBody body, List<XWPFParagraph> all) {
        for (IBodyElement element : body.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                all.add(p);
            } else if (element instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        collect(cell, all);
                    }
                }
            }
        }
    }

    private static void replaceInline(XWPFDocument document, Map<String, String> values) {
        for (XWPFParagraph p : allParagraphs(document)) {
            List<XWPFRun> runs = p.getRuns();
            if (runs.isEmpty() || !p.getText().contains("{{")) {
                continue;
            }
            StringBuilder joined = new StringBuilder();
            for (XWPFRun run : runs) {
                joined.append(run.text());
            }
            Matcher m = PLACEHOLDER.matcher(joined);
            StringBuilder replaced = new StringBuilder();
            boolean changed = false;
            while (m.find()) {
                String value = values.get(m.group(1));
                if (value != null) {
                    changed = true;
                    m.appendReplacement(replaced, Matcher.quoteReplacement(value));
                }
            }
            if (!changed) {
                continue;
            }
            m.appendTail(replaced);
            XWPFRun first = runs.get(0);
            CTR r = first.getCTR();
            while (r.sizeOfTArray() > 0) {
                r.removeT(0);
            }
            while (r.sizeOfTabArray() > 0) {
                r.removeTab(0);
            }
            first.setText(replaced.toString());
            for (int i = runs.size() - 1; i > 0; i--) {
                p.removeRun(i);
            }
        }
    }
}
