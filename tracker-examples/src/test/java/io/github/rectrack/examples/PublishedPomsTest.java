package io.github.rectrack.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What a user of the published modules sees of them: the BOM pins every published module and nothing else, and
 * the BOM (which has no parent, so the build's own check of Maven Central's requirements cannot run in it) has
 * the name, description, url, licence, developers and scm Maven Central asks for. The other POMs are checked by
 * the pomchecker plug-in in their own builds.
 */
class PublishedPomsTest {

    static final Path ROOT = Path.of("..");

    static Document pom(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    static List<String> texts(Document document, String tag) {
        List<String> texts = new ArrayList<>();
        NodeList nodes = document.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().strip());
        }
        return texts;
    }

    static String child(Element parent, String tag) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(tag)) {
                return element.getTextContent().strip();
            }
        }
        return null;
    }

    /** The modules whose POM does not skip deployment, from the parent's module list. */
    static List<String> published() throws Exception {
        List<String> published = new ArrayList<>();
        for (String module : texts(pom(ROOT.resolve("pom.xml")), "module")) {
            Path file = ROOT.resolve(module).resolve("pom.xml");
            if (module.equals("tracker-bom") || !Files.exists(file)) {
                continue;
            }
            if (!texts(pom(file), "maven.deploy.skip").contains("true")) {
                published.add(module);
            }
        }
        return published;
    }

    @Test
    void theBomPinsEveryPublishedModuleAndNoOther() throws Exception {
        Document bom = pom(ROOT.resolve("tracker-bom/pom.xml"));
        List<String> pinned = new ArrayList<>();
        NodeList dependencies = bom.getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            pinned.add(child((Element) dependencies.item(i), "artifactId"));
        }

        assertThat(published()).contains("tracker-model", "tracker-engine", "tracker-cli").doesNotContain("tracker-bench",
                "tracker-examples", "tracker-example-dashboard", "tracker-fuzz");
        assertThat(pinned).containsExactlyInAnyOrderElementsOf(published());
    }

    @Test
    void theBomHasWhatMavenCentralRequires() throws Exception {
        Element bom = pom(ROOT.resolve("tracker-bom/pom.xml")).getDocumentElement();

        assertThat(child(bom, "name")).isEqualTo("Recommendation Tracker BOM");
        assertThat(child(bom, "description")).isNotBlank();
        assertThat(child(bom, "url")).isEqualTo("https://github.com/rectrack/tracker/tree/main/tracker-bom");
        Document document = bom.getOwnerDocument();
        assertThat(texts(document, "license")).singleElement().asString().contains("Apache License, Version 2.0");
        assertThat(texts(document, "developer")).singleElement().asString().contains("The Recommendation Tracker developers");
        assertThat(texts(document, "connection")).containsExactly("scm:git:https://github.com/rectrack/tracker.git");
        assertThat(texts(document, "build")).as("a BOM has no build").isEmpty();
    }

    @Test
    void eachModuleNamesItsOwnFolderAsItsUrl() throws Exception {
        for (String module : texts(pom(ROOT.resolve("pom.xml")), "module")) {
            Path file = ROOT.resolve(module).resolve("pom.xml");
            if (Files.exists(file)) {
                assertThat(child(pom(file).getDocumentElement(), "url")).as(module)
                        .isEqualTo("https://github.com/rectrack/tracker/tree/main/" + module);
            }
        }
    }
}
