package io.github.rectrack.export.docx;

import io.github.rectrack.engine.spi.Finding;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
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
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.officeDocument.x2006.extendedProperties.CTProperties;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;

/**
 * A force's template made fit for a paper published under the {@code public} profile. The template is a
 * document someone wrote, and its package carries more than its text: comments and the list of their
 * authors, custom XML parts (a document-management system's metadata), custom document properties, and
 * core and extended properties that name people. These are removed from the package before the paper is
 * written into it, and each part or property removed is reported as a warning naming it. The template's
 * own text, in the body, its tables, headers and footers, has the register's people's names replaced as
 * the report's own text has ({@link io.github.rectrack.engine.spi.Report#redact(String)}).
 *
 * <p>What is removed: the parts the main document relates to as comments, extended comments, comment ids,
 * extensible comments, people (comment authors) and custom XML (with the parts they relate to, such as
 * their item properties), the package's custom properties part, the places in the body that anchor
 * comments, the core properties creator, last modified by, description, keywords, subject, category and
 * content status, and the extended property manager. The title and creator are then written by the paper.
 */
final class PublicTemplate {

    private static final List<String> REMOVED_RELATIONSHIPS = List.of("/comments", "/commentsExtended", "/commentsIds",
            "/commentsExtensible", "/people", "/customXml");
    private static final String CUSTOM_PROPERTIES = "/custom-properties";
    private static final String WORD_MAIN = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final List<QName> COMMENT_ANCHORS = List.of(new QName(WORD_MAIN, "commentRangeStart"),
            new QName(WORD_MAIN, "commentRangeEnd"), new QName(WORD_MAIN, "commentReference"));

    private PublicTemplate() {}

    /**
     * Removes from a template's package the parts and core properties that may name people.
     *
     * @param template the template's bytes
     * @param name the template, as messages name it
     * @param warnings where each part or property removed is reported
     * @return the package without them; the same bytes when nothing was removed
     * @throws IllegalArgumentException naming the template if it cannot be read as a package
     */
    static byte[] strip(byte[] template, String name, List<Finding> warnings) {
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
                "removed (" + what + "): under the public profile a template's comments, custom XML and custom properties are not published");
    }

    /**
     * Removes what in the opened template still names people: the comment anchors in its body, the
     * extended property manager, and the names of the register's people in the text of its body, tables,
     * headers and footers.
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
            warnings.add(Finding.warning("template " + name + " > docProps/app.xml",
                    "the template's document property 'manager' was removed: under the public profile a template's properties "
                            + "that may name people are not published"));
        }
        for (XWPFParagraph p : TemplateLayout.allParagraphs(document)) {
            redact(p, redact);
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

    private static void redact(XWPFParagraph p, UnaryOperator<String> redact) {
        List<XWPFRun> runs = p.getRuns();
        if (runs.isEmpty()) {
            return;
        }
        StringBuilder joined = new StringBuilder();
        for (XWPFRun run : runs) {
            joined.append(run.text());
        }
        String text = joined.toString();
        String redacted = redact.apply(text);
        if (redacted.equals(text)) {
            return;
        }
        XWPFRun first = runs.get(0);
        CTR r = first.getCTR();
        while (r.sizeOfTArray() > 0) {
            r.removeT(0);
        }
        while (r.sizeOfTabArray() > 0) {
            r.removeTab(0);
        }
        first.setText(redacted);
        for (int i = runs.size() - 1; i > 0; i--) {
            p.removeRun(i);
        }
    }
}
