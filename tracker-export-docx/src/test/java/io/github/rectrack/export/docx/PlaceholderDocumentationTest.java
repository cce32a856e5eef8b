package io.github.rectrack.export.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The placeholders a force's template may use are the same in the README, the exporter's Javadoc, the
 * default template and the template filler: each one documented is known, and each one known is
 * documented.
 */
class PlaceholderDocumentationTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Za-z]+)}}");

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Set<String> known() {
        return new TreeSet<>(TemplateLayout.knownKeys());
    }

    @Test
    void theReadmeNamesExactlyThePlaceholdersTheTemplateFillerKnows() throws IOException {
        // Maven runs the tests in the module's directory; the README is the project's, one up.
        String readme = Files.readString(Path.of("..", "README.md"));
        assertThat(placeholders(readme)).as("placeholders named in README.md").isNotEmpty().isEqualTo(known());
    }

    @Test
    void theExportersJavadocNamesExactlyThePlaceholdersTheTemplateFillerKnows() throws IOException {
        String source = Files.readString(Path.of("src/main/java/io/github/rectrack/export/docx/DocxExporter.java"));
        // The example of an unknown placeholder, "An unknown placeholder ({@code {{budget}}})", is not one.
        String documented = source.replaceAll("unknown[\\s*]+placeholder\\s*\\(\\{@code \\{\\{[A-Za-z]+}}}\\)", "unknown placeholder");
        assertThat(source).as("the example of an unknown placeholder").contains("{{budget}}");
        assertThat(placeholders(documented)).as("placeholders named in DocxExporter's Javadoc").isEqualTo(known());
    }

    @Test
    void theDefaultTemplateShowsEveryPlaceholder() {
        String template = String.join("\n", DefaultTemplate.BODY) + "\n" + DefaultTemplate.HEADER;
        assertThat(placeholders(template)).isEqualTo(known());
    }

    @Test
    void everySectionsKeyIsAPlaceholder() {
        assertThat(known()).containsAll(Set.of(Section.values()).stream().map(Section::key).collect(Collectors.toSet()))
                .contains("proposedClosure", "asOf", "forum", "organisation").doesNotContain("proposedClosed");
    }
}
