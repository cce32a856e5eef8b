package io.github.rectrack.engine.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectrack.engine.evaluation.RecommendationState;
import io.github.rectrack.engine.generate.RegisterGenerator;
import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.engine.spi.Finding;
import io.github.rectrack.engine.spi.ImportResult;
import io.github.rectrack.engine.spi.Options;
import io.github.rectrack.engine.spi.Report;
import io.github.rectrack.model.Person;
import io.github.rectrack.model.Recommendation;
import io.github.rectrack.model.Register;
import io.github.rectrack.model.TargetRevision;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Export, import, export: the CSV comes back byte for byte, and what it carries comes back equal. */
class CsvRoundTripTest {

    private final CsvExporter exporter = new CsvExporter();
    private final CsvImporter importer = new CsvImporter();

    static byte[] export(Register register, LocalDate asOf) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvExporter().export(Report.builder(register).asOf(asOf).build(), Options.none(), out);
        return out.toByteArray();
    }

    private Register importBack(byte[] csv, String name) throws IOException {
        ImportResult result = importer.read(new ByteArrayInputStream(csv), name, Options.none());
        assertThat(result.findings()).as("findings importing %s", name).isEmpty();
        return result.register().orElseThrow();
    }

    @ParameterizedTest
    @EnumSource(ReferenceRegister.class)
    void referenceRegistersAreAFixedPoint(ReferenceRegister reference) throws IOException {
        assertFixedPoint(reference.load(), reference.paperDate(), reference.id() + ".csv");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 42})
    void generatedRegistersAreAFixedPoint(long seed) throws IOException {
        Register register = RegisterGenerator.generate(RegisterGenerator.Options.of(300, seed).withUpdatesPerRecommendation(3));
        assertThat(register.recommendations()).as("the generated register states status, RAG, notes and percent complete")
                .anySatisfy(r -> assertThat(r.statedStatus()).isPresent())
                .anySatisfy(r -> assertThat(r.statedRag()).isPresent())
                .anySatisfy(r -> assertThat(r.notes()).isPresent())
                .anySatisfy(r -> assertThat(r.updates()).last().satisfies(u -> assertThat(u.percentComplete()).isPresent()));
        assertFixedPoint(register, RegisterGenerator.DEFAULT_HORIZON, "generated-" + seed + ".csv");
        assertFixedPoint(register, LocalDate.of(2019, 6, 30), "generated-" + seed + "-2019.csv");
    }

    private void assertFixedPoint(Register register, LocalDate asOf, String name) throws IOException {
        byte[] first = export(register, asOf);
        Register imported = importBack(first, name);
        byte[] second = export(imported, asOf);
        assertThat(new String(second, StandardCharsets.UTF_8)).as("%s exported again", name)
                .isEqualTo(new String(first, StandardCharsets.UTF_8));
        assertCarried(register, imported, asOf);
    }

    /** What the CSV carries comes back equal, recommendation by recommendation. */
    private static void assertCarried(Register original, Register imported, LocalDate asOf) {
        var evaluation = Report.builder(original).asOf(asOf).build().evaluation();
        Map<String, Recommendation> back = imported.recommendations().collect(Collectors.toMap(Recommendation::id, Function.identity()));
        assertThat(back).hasSize(evaluation.states().size());
        for (RecommendationState state : evaluation.states()) {
            Recommendation was = state.recommendation();
            Recommendation is = back.get(was.id());
            assertThat(is).as(was.id()).isNotNull();
            assertThat(List.of(is.reference(), is.title(), is.text(), is.priority(), is.tags(), is.reportedTo()))
                    .as(was.id()).isEqualTo(List.of(was.reference(), was.title(), was.text(), was.priority(), was.tags(), was.reportedTo()));
            assertThat(is.targetHistory().stream().map(t -> t.target().text()).toList()).as(was.id() + " targets")
                    .isEqualTo(state.targets().history().stream().map(TargetRevision::target).map(t -> t.text().replaceAll("\\R", " ")).toList());
            assertThat(is.updates().stream().map(u -> u.date() + " " + u.text() + " " + u.percentComplete()).toList()).as(was.id() + " latest update")
                    .isEqualTo(state.lastUpdate().stream().map(u -> u.date() + " " + u.text() + " " + u.percentComplete()).toList());
            assertThat(List.of(is.statedStatus(), is.statedRag(), is.notes())).as(was.id() + " stated status, stated RAG and notes")
                    .isEqualTo(List.of(was.statedStatus(), was.statedRag(), was.notes()));
            assertThat(is.owners().stream().map(o -> imported.person(o.person()).map(Person::name).orElseThrow()).toList())
                    .as(was.id() + " owners").isEqualTo(was.owners().stream()
                            .filter(o -> o.until().map(u -> u.first().isAfter(asOf)).orElse(true))
                            .filter(o -> o.from().map(f -> !f.first().isAfter(asOf)).orElse(true))
                            .map(o -> original.person(o.person()).map(Person::name).orElse(o.person())).distinct().toList());
            assertThat(imported.source(state.source().id())).as(was.id() + " source").hasValueSatisfying(s -> {
                assertThat(s.title()).isEqualTo(state.source().title());
                assertThat(s.kind()).isEqualTo(state.source().kind());
                assertThat(s.date()).isEqualTo(state.source().date());
                assertThat(s.assurance()).isEqualTo(state.source().assurance());
                assertThat(s.issuedBy()).isEqualTo(state.source().issuedBy());
            });
        }
        assertThat(imported.scheme().priorities()).containsExactlyInAnyOrderElementsOf(
                evaluation.states().stream().map(s -> s.recommendation().priority()).distinct().toList());
    }

    static String firstErrors(ImportResult result) {
        return result.findings().stream().filter(Finding::isError).limit(5).map(Finding::toString).collect(Collectors.joining("\n"));
    }
}
