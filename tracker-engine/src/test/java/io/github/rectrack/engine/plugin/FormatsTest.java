package io.github.rectrack.engine.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rectrack.engine.json.JsonExporter;
import io.github.rectrack.engine.json.JsonImporter;
import io.github.rectrack.engine.spi.Exporter;
import io.github.rectrack.engine.spi.Options;
import io.github.rectrack.engine.spi.Report;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void findsTheBuiltInJsonFormatOnTheClassPath() {
        Formats formats = Formats.discover();
        assertThat(formats.exporter("json")).isInstanceOf(JsonExporter.class);
        assertThat(formats.importer("json")).isInstanceOf(JsonImporter.class);
        assertThat(formats.failures()).isEmpty();
        assertThat(formats.describe()).filteredOn(i -> i.id().equals("json")).extracting(PluginInfo::kind)
                .containsExactly(PluginInfo.Kind.EXPORTER, PluginInfo.Kind.IMPORTER);
        assertThat(formats.describe().get(0).location()).contains("tracker-engine");
    }

    @Test
    void choosesByFileExtensionIgnoringCase() {
        Formats formats = Formats.discover();
        assertThat(formats.exporterForFile(Path.of("out", "REGISTER.JSON"))).containsInstanceOf(JsonExporter.class);
        assertThat(formats.importerForFile(Path.of("register.json"))).containsInstanceOf(JsonImporter.class);
        assertThat(formats.exporterForFile(Path.of("paper.pdf"))).isEmpty();
    }

    @Test
    void refusesToGuessWhenTwoExportersClaimAnExtension() {
        Formats formats = Formats.builder().discover(false).add(new Markdown("md")).add(new Markdown("gfm")).build();
        assertThatThrownBy(() -> formats.exporterForFile(Path.of("paper.md")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("several exporters handle files named like 'paper.md': [gfm, md]; choose one by its id");
    }

    @Test
    void anUnknownIdListsTheIdsThereAre() {
        Formats formats = Formats.builder().discover(false).add(new JsonExporter()).add(new Markdown("md")).build();
        assertThatThrownBy(() -> formats.exporter("docx")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no exporter has id 'docx'; the exporters are [json, md]");
        assertThatThrownBy(() -> formats.importer("json")).hasMessage("no importer has id 'json'; the importers are []");
    }

    @Test
    void twoExportersClaimingOneIdIsAnErrorNamingBothClassesAndWhereTheyCameFrom() {
        assertThatThrownBy(() -> Formats.builder().add(new Markdown("json")).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("two exporters claim id 'json': io.github.rectrack.engine.json.JsonExporter (file:")
                .hasMessageContaining("tracker-engine/target/classes/) and io.github.rectrack.engine.plugin.FormatsTest$Markdown (file:")
                .hasMessageEndingWith("; remove one of the jars from the class path or plug-in directory");
    }

    @Test
    void anExporterWithoutAnIdIsLeftOutAndNamedWithItsClassAndLocationWhileTheOthersWork() {
        Formats formats = Formats.builder().discover(false).add(new JsonExporter()).add(new Markdown(null)).add(new Markdown(" "))
                .add(new Markdown("md")).build();
        assertThat(formats.exporters()).containsOnlyKeys("json", "md");
        assertThat(formats.describe()).extracting(PluginInfo::id).containsExactly("json", "md");
        assertThat(formats.failures()).hasSize(2);
        assertThat(formats.failures().get(0))
                .startsWith("the exporter io.github.rectrack.engine.plugin.FormatsTest$Markdown (file:")
                .contains("tracker-engine/target/test-classes/) is left out: its id() returned null; a plug-in must give a non-blank id");
        assertThat(formats.failures().get(1)).contains(" is left out: its id() returned a blank text; ");
        assertThatThrownBy(() -> formats.exporter("docx")).hasMessageStartingWith("no exporter has id 'docx'; the exporters are [json, md]"
                + " (some plug-ins failed to load: [the exporter io.github.rectrack.engine.plugin.FormatsTest$Markdown (file:");
    }

    /** A stand-in exporter for registry tests. */
    static final class Markdown implements Exporter {
        private final String id;

        Markdown(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String mediaType() {
            return "text/markdown";
        }

        @Override
        public List<String> fileExtensions() {
            return List.of("md");
        }

        @Override
        public void export(Report report, Options options, OutputStream out) {
            throw new UnsupportedOperationException("not used by these tests");
        }
    }
}
