package io.github.rectrack.export.docx;

import io.github.rectrack.engine.spi.Finding;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
        XWPFDocument document;
        try (InputStream in = Files.newInputStream(path)) {
            if (publicWarnings.isPresent()) {
                byte[] stripped = PublicTemplate.strip(in.readAllBytes(), path.toString(), publicWarnings.get());
                document = new XWPFDocument(new ByteArrayInputStream(stripped));
                PublicTemplate.clean(document, path.toString(), redact, publicWarnings.get());
            } else {
                document = new XWPFDocument(in);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof IllegalArgumentException i && i.getMessage().startsWith("template '")) {
                throw i;
            }
            throw new IllegalArgumentException("template '" + path + "' cannot be read as a Word document (.docx or .dotx): " + e.getMessage(), e);
        }
        if (TEMPLATE_MAIN.equals(document.getPackagePart().getContentType())) {
            document.getPackage().replaceContentType(TEMPLATE_MAIN, DOCUMENT_MAIN);
        }
        return document;
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
