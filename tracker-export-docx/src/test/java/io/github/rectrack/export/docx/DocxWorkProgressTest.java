package io.github.rectrack.export.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.engine.spi.Options;
import io.github.rectrack.engine.spi.Report;
import io.github.rectrack.engine.spi.WorkProgress;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The paper reports each recommendation of its appendix as it is written, counting up by one to the appendix's
 * count, on the 2020 register from its seed paper; reporting changes no byte of the paper.
 */
class DocxWorkProgressTest {

    final ReferenceRegister reference = ReferenceRegister.LEICESTERSHIRE_2020;
    final Report report = Report.builder(reference.load()).asOf(reference.paperDate()).build();

    @Test
    void everyRecommendationOfTheAppendixIsReportedAgainstHowManyItHolds() throws IOException {
        List<long[]> reports = new ArrayList<>();
        List<String> units = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new DocxExporter().exportWithFindings(report, Options.none(), out, (count, unit, done, total) -> {
            reports.add(new long[] {count, done, total});
            units.add(unit);
        });

        long entries = report.views().appendix().sources().stream().mapToLong(s -> s.items().size()).sum();
        assertThat(entries).as("the 2020 paper's appendix").isGreaterThan(10);
        assertThat(reports).hasSize((int) entries);
        for (int i = 0; i < reports.size(); i++) {
            assertThat(reports.get(i)).as("report %d", i).containsExactly(i + 1, i + 1, entries);
        }
        assertThat(units).containsOnly("recommendations");

        ByteArrayOutputStream quiet = new ByteArrayOutputStream();
        new DocxExporter().export(report, Options.none(), quiet);
        assertThat(out.toByteArray()).isEqualTo(quiet.toByteArray());
        ByteArrayOutputStream none = new ByteArrayOutputStream();
        new DocxExporter().exportWithFindings(report, Options.none(), none, WorkProgress.NONE);
        assertThat(none.toByteArray()).isEqualTo(quiet.toByteArray());
    }
}
