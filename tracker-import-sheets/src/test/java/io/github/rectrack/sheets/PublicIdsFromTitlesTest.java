package io.github.rectrack.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectrack.engine.csv.CsvExporter;
import io.github.rectrack.engine.json.JsonExporter;
import io.github.rectrack.engine.publication.Profile;
import io.github.rectrack.engine.spi.Exporter;
import io.github.rectrack.engine.spi.ImportResult;
import io.github.rectrack.engine.spi.Options;
import io.github.rectrack.engine.spi.Report;
import io.github.rectrack.model.Person;
import io.github.rectrack.model.Recommendation;
import io.github.rectrack.model.Register;
import io.github.rectrack.model.Source;
import io.github.rectrack.testkit.LeakCheck;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A mapped import makes source and recommendation ids from titles; where a title names an owner, the public
 * profile shows opaque ids in their place, and every export of the report names no one.
 */
class PublicIdsFromTitlesTest {

    private static final String CSV = """
            Ref,Audit,Recommendation,Grade,Owner,Target
            1,Review requested by Dana Whitcombe,List the shared drives each team uses,High,Dana Whitcombe,March 2024
            2,Review requested by Dana Whitcombe,Remove leavers from the shared drives,Medium,Dana Whitcombe; Owen Pryce-Lloyd,June 2024
            1,Payroll,Reconcile overtime claims monthly,Low,Owen Pryce-Lloyd,TBC
            """;

    private static final ColumnMapping MAPPING = ColumnMapping.parse("""
            register: {id: r, organisation: Example Constabulary}
            columns: {reference: Ref, sourceTitle: Audit, text: Recommendation, priority: Grade, owners: Owner, target: Target}
            values:
              priority: {High: Fundamental, Medium: Significant, Low: Housekeeping}
            """, "m.yaml");

    private static Register imported() throws IOException {
        ImportResult result = MappedSpreadsheet.read(new ByteArrayInputStream(CSV.getBytes(StandardCharsets.UTF_8)), "owners.csv", MAPPING);
        return result.register().orElseThrow(() -> new AssertionError(result.findings()));
    }

    private static byte[] export(Exporter exporter, Report report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(report, Options.none(), out);
        return out.toByteArray();
    }

    @Test
    void theImportMakesIdsFromTheTitleThatNamesTheOwner() throws IOException {
        Register register = imported();
        assertThat(register.sources()).extracting(Source::id).containsExactly("review-requested-by-dana-whitcombe", "payroll");
        assertThat(register.people()).extracting(Person::id).containsExactly("dana-whitcombe", "owen-pryce-lloyd");
    }

    @Test
    void publicShowsOpaqueIdsInPlaceOfIdsNamingSomeoneAndKeepsTheOthers() throws IOException {
        Register register = imported();
        Report published = Report.builder(register).asOf(LocalDate.of(2024, 4, 1)).profile(Profile.PUBLIC).build();
        assertThat(published.register().sources()).extracting(Source::id).containsExactly("source-1", "payroll");
        assertThat(published.register().recommendations().map(Recommendation::id)).containsExactly("rec-1", "rec-2", "payroll-1");
        assertThat(published.register().sources().get(0).title()).isEqualTo("Review requested by DW");
        assertThat(published.evaluation().states()).extracting(s -> s.recommendation().id()).containsExactly("rec-1", "rec-2", "payroll-1");

        List<String> names = LeakCheck.namesOf(register);
        assertThat(names).containsExactly("Dana Whitcombe", "Owen Pryce-Lloyd");
        for (Exporter exporter : List.of(new JsonExporter(), new CsvExporter())) {
            byte[] bytes = export(exporter, published);
            assertThat(LeakCheck.search(bytes, names)).as(exporter.id()).isEmpty();
            assertThat(new String(bytes, StandardCharsets.UTF_8)).as(exporter.id()).contains("rec-1", "payroll-1");
        }
        // the internal profile prints the ids as made, which name the owner
        Report internal = Report.builder(register).asOf(LocalDate.of(2024, 4, 1)).profile(Profile.INTERNAL).build();
        assertThat(LeakCheck.search(export(new CsvExporter(), internal), names)).extracting(LeakCheck.Leak::text).contains("Dana Whitcombe");
    }
}
