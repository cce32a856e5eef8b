package io.github.rectrack.export.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * A spilled part takes its marker paragraph's place in {@code word/document.xml}, whatever prefix the document binds
 * the WordprocessingML namespace to.
 */
class UnspillTest {

    static final String W = Spilled.W;
    static final String PART = "<w:p><w:pPr><w:pStyle w:val=\"TableText\"/></w:pPr><w:r><w:t>spilled</w:t></w:r></w:p>";

    @Test
    void withThePrefixWThePartReplacesItsMarkerParagraph() throws Exception {
        try (Spilled part = part()) {
            String document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"" + W + "\"><w:body>"
                    + "<w:p><w:r><w:t>before</w:t></w:r></w:p><w:p><w:pPr><w:pStyle w:val=\"Normal\"/></w:pPr><w:r><w:t>" + part.token()
                    + "</w:t></w:r></w:p><w:p><w:r><w:t>after</w:t></w:r></w:p><w:sectPr/></w:body></w:document>";
            String written = unspill(document, part);
            assertThat(written).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"" + W
                    + "\"><w:body><w:p><w:r><w:t>before</w:t></w:r></w:p>" + PART + "<w:p><w:r><w:t>after</w:t></w:r></w:p><w:sectPr/>"
                    + "</w:body></w:document>");
            assertThat(paragraphTexts(written)).containsExactly("before", "spilled", "after");
        }
    }

    @Test
    void aDocumentWithTheNamespaceAsItsDefaultGetsWDeclaredOnItsRoot() throws Exception {
        try (Spilled part = part()) {
            String document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!-- a template --><document xmlns=\"" + W + "\"><body>"
                    + "<p><r><t>before</t></r></p><p><r><t>" + part.token() + "</t></r></p><p><r><t>after</t></r></p></body></document>";
            String written = unspill(document, part);
            assertThat(written).contains("<document xmlns=\"" + W + "\" xmlns:w=\"" + W + "\">").doesNotContain(part.token());
            assertThat(paragraphTexts(written)).containsExactly("before", "spilled", "after");
        }
    }

    @Test
    void aDocumentThatBindsWElsewhereIsRefusedWithItsReason() throws Exception {
        try (Spilled part = part()) {
            String document = "<x:document xmlns:x=\"" + W + "\" xmlns:w=\"urn:other\"><x:body><x:p><x:r><x:t>" + part.token()
                    + "</x:t></x:r></x:p></x:body></x:document>";
            assertThatThrownBy(() -> unspill(document, part)).isInstanceOf(IllegalStateException.class)
                    .hasMessage("word/document.xml binds the prefix w to another namespace than WordprocessingML's");
        }
    }

    private static Spilled part() throws IOException {
        Spilled part = new Spilled(Spilled.newMarker());
        part.writer().write(PART);
        return part;
    }

    private static String unspill(String document, Spilled part) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FixedTimeZip.unspill(document, List.of(part), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The texts of the body's paragraphs, read by a namespace-aware parser. */
    private static List<String> paragraphTexts(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        NodeList paragraphs = document.getElementsByTagNameNS(W, "p");
        return java.util.stream.IntStream.range(0, paragraphs.getLength()).mapToObj(i -> paragraphs.item(i).getTextContent()).toList();
    }
}
