package io.github.rectrack.export.docx;

import io.github.rectrack.engine.spi.Finding;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.namespace.QName;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackageProperties;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFEndnote;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.officeDocument.x2006.extendedProperties.CTProperties;

/**
 * A force's template made fit for a paper published under the {@code public} profile. The template is a
 * document someone wrote, and its package carries more than its text: comments and the list of their
 * authors, custom XML parts (a document-management system's metadata), custom document properties, core and
 * extended properties that name people, and the authors of tracked changes. These are removed from the
 * package before the paper is written into it, and each part or property removed is reported as a warning
 * naming it. The template's own text, in the body, its tables, headers, footers, footnotes, endnotes and
 * text boxes, and the alternative text of its pictures and shapes, have the register's people's names
 * replaced as the report's own text has ({@link io.github.rectrack.engine.spi.Report#redact(String)}), where
 * they lie, so that the rest of a paragraph keeps its formatting ({@link ParagraphRedaction}).
 *
 * <p>What is removed: the parts the main document relates to as comments, extended comments, comment ids,
 * extensible comments, people (comment authors) and custom XML (with the parts they relate to, such as
 * their item properties), the package's custom properties part, the places in the body that anchor
 * comments, the core properties creator, last modified by, description, keywords, subject, category and
 * content status, and the extended properties manager and company. The title and creator are then written
 * by the paper. What is replaced: the author of every tracked change (insertions, deletions, changes of
 * formatting) in any part of the document becomes {@value #ANONYMOUS_AUTHOR}, reported once; the changes
 * themselves are kept, as the template has them. An external link (a hyperlink, the attached template's
 * path) whose address names someone or holds an e-mail address or telephone number is pointed at {@value
 * #REMOVED_LINK}, reported once per part. The extended property template (the file the template
 * was made from) is redacted, and reported if it named someone.
 */
final class PublicTemplate {

    private static final List<String> REMOVED_RELATIONSHIPS = List.of("/comments", "/commentsExtended", "/commentsIds",
            "/commentsExtensible", "/people", "/customXml", "/glossaryDocument");
    /** Content controls' titles and tags, which Word shows and a template's author may have filled with a name. */
    private static final Set<String> CONTROL_LABELS = Set.of("alias", "tag");
    /** The author a tracked change is given in a public paper, as Word gives it when it removes personal information. */
    static final String ANONYMOUS_AUTHOR = "Author";
    /** An attribute {@code author} in a namespace, with its quoted value. */
    private static final Pattern AUTHOR = Pattern.compile("(\\s[A-Za-z_][\\w.-]*:author\\s*=\\s*)([\"'])(.*?)\\2", Pattern.DOTALL);
    /** The address a link naming someone is given in a public paper. */
    static final String REMOVED_LINK = "about:blank";
    private static final String CUSTOM_PROPERTIES = "/custom-properties";
    private static final String WORD_MAIN = ParagraphRedaction.WORD_MAIN;
    private static final String VML_OFFICE = "urn:schemas-microsoft-com:office:office";
    private static final Set<String> ALT_TEXT = Set.of("descr", "title", "alt");
    private static final List<QName> COMMENT_ANCHORS = List.of(new QName(WORD_MAIN, "commentRangeStart"),
            new QName(WORD_MAIN, "commentRangeEnd"), new QName(WORD_MAIN, "commentReference"));

    private PublicTemplate() {}

    /**
     * Removes from a template's package the parts and core properties that may name people.
     *
     * @param template the template's bytes
     * @param name the template, as messages name it
     * @param redact replaces the names of the register's people in a text
     * @param warnings where each part or property removed is reported
     * @return the package without them; the same bytes when nothing was removed
     * @throws IllegalArgumentException naming the template if it cannot be read as a package
     */
    static byte[] strip(byte[] template, String name, UnaryOperator<String> redact, List<Finding> warnings) {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(template))) {
            int before = warnings.size();
            for (PackagePart main : pkg.getPartsByRelationshipType(
                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument")) {
                for (PackageRelationship relationship : list(main.getRelationships())) {
                    String type = relationship.getRelationshipType();
                    if (relationship.getTargetMode() == TargetMode.EXTERNAL
                            || REMOVED_RELATIONSHIPS.stream().noneMatch(type::endsWith)) {
                        continue;
                    }
                    remove(pkg, main, relationship, name, warnings);
                }
            }
            for (PackageRelationship relationship : list(pkg.getRelationships())) {
                if (relationship.getRelationshipType().endsWith(CUSTOM_PROPERTIES)) {
                    PackagePartName part = PackagingURIHelper.createPartName(relationship.getTargetURI());
                    pkg.removeRelationship(relationship.getId());
                    if (pkg.containPart(part)) {
                        pkg.removePart(part);
                    }
                    warnings.add(removed(name, part.getName(), "the custom document properties"));
                }
            }
            replaceAuthors(pkg, name, warnings);
            replaceLinks(pkg, name, redact, warnings);
            PackageProperties core = pkg.getPackageProperties();
            clear(name, "creator", core::getCreatorProperty, core::setCreatorProperty, warnings);
            clear(name, "lastModifiedBy", core::getLastModifiedByProperty, core::setLastModifiedByProperty, warnings);
            clear(name, "description", core::getDescriptionProperty, core::setDescriptionProperty, warnings);
            clear(name, "keywords", core::getKeywordsProperty, core::setKeywordsProperty, warnings);
            clear(name, "subject", core::getSubjectProperty, core::setSubjectProperty, warnings);
            clear(name, "category", core::getCategoryProperty, core::setCategoryProperty, warnings);
            clear(name, "contentStatus", core::getContentStatusProperty, core::setContentStatusProperty, warnings);
            if (warnings.size() == before) {
                pkg.revert();
                return template;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(template.length);
            pkg.save(out);
            return out.toByteArray();
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            throw new IllegalArgumentException("template '" + name + "' cannot be read as a Word document (.docx or .dotx): "
                    + e.getMessage(), e);
        }
    }

    /**
     * Replaces the author of every tracked change ({@code w:ins}, {@code w:del}, {@code w:rPrChange},
     * {@code w:pPrChange} and the rest: any attribute {@code author} in a namespace) in the XML parts of the
     * document by {@value #ANONYMOUS_AUTHOR}, as Word's own removal of personal information does, and reports
     * it once, naming the parts.
     */
    private static void replaceAuthors(OPCPackage pkg, String name, List<Finding> warnings) throws InvalidFormatException, IOException {
        List<String> parts = new ArrayList<>();
        int replaced = 0;
        for (PackagePart part : pkg.getParts()) {
            String partName = part.getPartName().getName();
            if (!partName.startsWith("/word/") || !part.getContentType().endsWith("xml")) {
                continue;
            }
            String xml;
            try (InputStream in = part.getInputStream()) {
                xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Matcher m = AUTHOR.matcher(xml);
            StringBuilder out = new StringBuilder(xml.length());
            int count = 0;
            while (m.find()) {
                if (!m.group(3).equals(ANONYMOUS_AUTHOR)) {
                    count++;
                }
                m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + m.group(2) + ANONYMOUS_AUTHOR + m.group(2)));
            }
            if (count == 0) {
                continue;
            }
            m.appendTail(out);
            try (OutputStream o = part.getOutputStream()) {
                o.write(out.toString().getBytes(StandardCharsets.UTF_8));
            }
            replaced += count;
            parts.add(partName.substring(1));
        }
        if (replaced > 0) {
            warnings.add(Finding.warning("template " + name + " > " + String.join(", ", parts),
                    "the author of " + replaced + (replaced == 1 ? " tracked change was" : " tracked changes were") + " replaced by '"
                            + ANONYMOUS_AUTHOR + "': under the public profile a template's tracked changes name no one; accept or reject "
                            + "the changes in the template to leave them out"));
        }
    }

    /**
     * Replaces by {@value #REMOVED_LINK} the target of every external link (a hyperlink, the template the
     * document was attached to) whose address, read with its escapes decoded, names one of the register's
     * people or holds an e-mail address or telephone number; reports it once per part.
     */
    private static void replaceLinks(OPCPackage pkg, String name, UnaryOperator<String> redact, List<Finding> warnings)
            throws InvalidFormatException {
        for (PackagePart part : pkg.getParts()) {
            if (part.isRelationshipPart()) {
                continue;
            }
            int replaced = 0;
            for (PackageRelationship relationship : list(part.getRelationships())) {
                if (relationship.getTargetMode() != TargetMode.EXTERNAL) {
                    continue;
                }
                String target = relationship.getTargetURI().toString();
                String decoded = decoded(target);
                if (redact.apply(decoded).equals(decoded) && redact.apply(target).equals(target)) {
                    continue;
                }
                String id = relationship.getId();
                String type = relationship.getRelationshipType();
                part.removeRelationship(id);
                part.addExternalRelationship(REMOVED_LINK, type, id);
                replaced++;
            }
            if (replaced > 0) {
                String rels = part.getPartName().getName().replaceFirst("^/", "").replaceFirst("([^/]*)$", "_rels/$1.rels");
                warnings.add(Finding.warning("template " + name + " > " + rels, "the address of " + replaced + " external link"
                        + (replaced == 1 ? "" : "s") + " named a person or held an e-mail address or telephone number and was replaced by '"
                        + REMOVED_LINK + "': under the public profile a template's links name no one"));
            }
        }
    }

    private static String decoded(String target) {
        try {
            return URLDecoder.decode(target.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return target;
        }
    }

    private static void remove(OPCPackage pkg, PackagePart main, PackageRelationship relationship, String name,
            List<Finding> warnings) throws InvalidFormatException {
        URI target = PackagingURIHelper.resolvePartUri(main.getPartName().getURI(), relationship.getTargetURI());
        PackagePartName partName = PackagingURIHelper.createPartName(target);
        main.removeRelationship(relationship.getId());
        if (!pkg.containPart(partName)) {
            return;
        }
        PackagePart part = pkg.getPart(partName);
        for (PackageRelationship inner : list(part.getRelationships())) {
            if (inner.getTargetMode() != TargetMode.EXTERNAL) {
                PackagePartName innerName = PackagingURIHelper.createPartName(
                        PackagingURIHelper.resolvePartUri(partName.getURI(), inner.getTargetURI()));
                if (pkg.containPart(innerName)) {
                    pkg.removePart(innerName);
                    warnings.add(removed(name, innerName.getName(), "a part of " + partName.getName()));
                }
            }
        }
        pkg.removePart(partName);
        warnings.add(removed(name, partName.getName(), what(relationship.getRelationshipType())));
    }

    private static List<PackageRelationship> list(Iterable<PackageRelationship> relationships) {
        List<PackageRelationship> list = new ArrayList<>();
        relationships.forEach(list::add);
        return list;
    }

    private static String what(String type) {
        if (type.endsWith("/customXml")) {
            return "custom XML";
        }
        if (type.endsWith("/people")) {
            return "the comments' authors";
        }
        if (type.endsWith("/glossaryDocument")) {
            return "building blocks (the glossary document)";
        }
        return "comments";
    }

    private static void clear(String name, String property, Supplier<Optional<String>> get, Consumer<Optional<String>> set,
            List<Finding> warnings) {
        if (get.get().filter(v -> !v.isBlank()).isPresent()) {
            set.accept(Optional.empty());
            warnings.add(Finding.warning("template " + name + " > docProps/core.xml",
                    "the template's document property '" + property + "' was removed: under the public profile a template's "
                            + "properties that may name people are not published"));
        }
    }

    private static Finding removed(String name, String part, String what) {
        return Finding.warning("template " + name + " > " + part.replaceFirst("^/", ""),
                "removed (" + what + "): under the public profile a template's comments, custom XML, building blocks and custom properties"
                        + " are not published");
    }

    /**
     * Removes what in the opened template still names people: the comment anchors in its body, the
     * extended properties manager and company (the licensee of the program that wrote it), the names of the
     * register's people in the extended property template, in the text of its body, tables, headers,
     * footers, footnotes, endnotes and text boxes, and in the alternative text (description and title) of
     * its pictures and shapes. A paragraph's names are replaced where they lie, keeping its runs' formatting
     * ({@link ParagraphRedaction}).
     *
     * @param document the template, opened
     * @param name the template, as messages name it
     * @param redact replaces the names of the register's people in a text
     * @param warnings where a property removed is reported
     */
    static void clean(XWPFDocument document, String name, UnaryOperator<String> redact, List<Finding> warnings) {
        try (XmlCursor cursor = document.getDocument().newCursor()) {
            removeAnchors(cursor);
        }
        CTProperties extended = document.getProperties().getExtendedProperties().getUnderlyingProperties();
        if (extended.isSetManager() && !extended.getManager().isBlank()) {
            extended.unsetManager();
            warnings.add(appPropertyRemoved(name, "manager"));
        }
        if (extended.isSetCompany() && !extended.getCompany().isBlank()) {
            extended.unsetCompany();
            warnings.add(appPropertyRemoved(name, "company"));
        }
        if (extended.isSetTemplate() && !redact.apply(extended.getTemplate()).equals(extended.getTemplate())) {
            extended.setTemplate(redact.apply(extended.getTemplate()));
            warnings.add(Finding.warning("template " + name + " > docProps/app.xml",
                    "the template's document property 'template' named a person and was redacted: under the public profile a "
                            + "template's properties that may name people are not published"));
        }
        for (XmlObject part : textParts(document)) {
            for (XmlObject p : part.selectPath("declare namespace w='" + WORD_MAIN + "' .//w:p")) {
                ParagraphRedaction.redact(p, redact);
            }
            try (XmlCursor cursor = part.newCursor()) {
                redactAltText(cursor, redact);
            }
        }
    }

    private static Finding appPropertyRemoved(String name, String property) {
        return Finding.warning("template " + name + " > docProps/app.xml",
                "the template's document property '" + property + "' was removed: under the public profile a template's properties "
                        + "that may name people are not published");
    }

    /** The XML of the parts that hold the template's text: its body, headers, footers, footnotes and endnotes. */
    private static List<XmlObject> textParts(XWPFDocument document) {
        List<XmlObject> parts = new ArrayList<>();
        parts.add(document.getDocument());
        for (XWPFHeaderFooter h : document.getHeaderList()) {
            parts.add(h._getHdrFtr());
        }
        for (XWPFHeaderFooter f : document.getFooterList()) {
            parts.add(f._getHdrFtr());
        }
        for (XWPFFootnote note : document.getFootnotes()) {
            parts.add(note.getCTFtnEdn());
        }
        for (XWPFEndnote note : document.getEndnotes()) {
            parts.add(note.getCTFtnEdn());
        }
        return parts;
    }

    /**
     * Redacts the alternative text of pictures and shapes: the attributes {@code descr} and {@code title}
     * (DrawingML's {@code wp:docPr} and {@code pic:cNvPr}), {@code alt} (VML shapes) and {@code o:title}
     * (VML image data); and the titles and tags of content controls ({@code w:alias}, {@code w:tag}).
     */
    private static void redactAltText(XmlCursor cursor, UnaryOperator<String> redact) {
        while (cursor.toNextToken() != XmlCursor.TokenType.NONE) {
            if (!cursor.isAttr()) {
                continue;
            }
            QName attribute = cursor.getName();
            boolean alternative = attribute.getNamespaceURI().isEmpty() && ALT_TEXT.contains(attribute.getLocalPart())
                    || attribute.getNamespaceURI().equals(VML_OFFICE) && attribute.getLocalPart().equals("title");
            boolean label = attribute.getNamespaceURI().equals(WORD_MAIN) && attribute.getLocalPart().equals("val")
                    && parentIsControlLabel(cursor);
            if (alternative || label) {
                String value = cursor.getTextValue();
                String redacted = redact.apply(value);
                if (!redacted.equals(value)) {
                    cursor.setTextValue(redacted);
                }
            }
        }
    }

    private static boolean parentIsControlLabel(XmlCursor cursor) {
        cursor.push();
        try {
            return cursor.toParent() && WORD_MAIN.equals(cursor.getName().getNamespaceURI())
                    && CONTROL_LABELS.contains(cursor.getName().getLocalPart());
        } finally {
            cursor.pop();
        }
    }

    private static void removeAnchors(XmlCursor cursor) {
        while (cursor.toNextToken() != XmlCursor.TokenType.NONE) {
            if (cursor.isStart() && COMMENT_ANCHORS.contains(cursor.getName())) {
                cursor.removeXml();
                cursor.toPrevToken();
            }
        }
    }
}
