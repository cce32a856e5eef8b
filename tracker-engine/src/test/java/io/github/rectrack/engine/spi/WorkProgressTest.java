package io.github.rectrack.engine.spi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.model.Register;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A plug-in written before {@link WorkProgress} existed, overriding only the three-argument methods, still works
 * through the methods that take one, and reports nothing; {@link WorkProgress#counted} is a report in one unit.
 */
class WorkProgressTest {

    final ReferenceRegister reference = ReferenceRegister.LEICESTERSHIRE_2020;
    final Register register = reference.load();

    /** An exporter of the old kind: writes the register's id and the count of its recommendations. */
    static final class OldExporter implements Exporter {
        @Override
        public String id() {
            return "old";
        }

        @Override
        public String mediaType() {
            return "text/plain";
        }

        @Override
        public List<String> fileExtensions() {
            return List.of("txt");
        }

        @Override
        public void export(Report report, Options options, OutputStream out) throws IOException {
            options.requireOnly(id(), optionNames());
            out.write((report.register().id() + " " + report.register().recommendationCount()).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** An importer of the old kind: reads every byte and refuses it with one finding naming how many there were. */
    static final class OldImporter implements Importer {
        @Override
        public String id() {
            return "old";
        }

        @Override
        public String mediaType() {
            return "text/plain";
        }

        @Override
        public List<String> fileExtensions() {
            return List.of("txt");
        }

        @Override
        public ImportResult read(InputStream in, String name, Options options) throws IOException {
            return ImportResult.failed(Finding.error(name, "read " + in.readAllBytes().length + " bytes"));
        }
    }

    /** Keeps every report as text. */
    static final class Recorder implements WorkProgress {
        final List<String> reports = new ArrayList<>();

        @Override
        public void report(long count, String unit, long done, long total) {
            reports.add(count + " " + unit + ", " + done + " of " + total);
        }
    }

    @Test
    void anOldExporterWritesThroughTheMethodThatTakesProgressAndReportsNothing() throws IOException {
        Recorder progress = new Recorder();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        List<Finding> findings = new OldExporter().exportWithFindings(Report.builder(register).asOf(reference.paperDate()).build(),
                Options.none(), out, progress);

        assertThat(findings).isEmpty();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(register.id() + " 27");
        assertThat(progress.reports).isEmpty();
    }

    @Test
    void anOldImporterReadsThroughTheMethodThatTakesProgressAndReportsNothing() throws IOException {
        Recorder progress = new Recorder();

        ImportResult result = new OldImporter().read(new ByteArrayInputStream(new byte[1234]), "in.txt", Options.none(), progress);

        assertThat(result.register()).isEmpty();
        assertThat(result.findings()).extracting(Finding::message).containsExactly("read 1234 bytes");
        assertThat(progress.reports).isEmpty();
    }

    @Test
    void countedIsAReportMeasuredInTheCountsOwnUnit() {
        Recorder progress = new Recorder();
        progress.counted(12_345, 100_000, "rows");
        progress.counted(7, 0, "recommendations");
        WorkProgress.NONE.counted(1, 2, "rows");
        WorkProgress.NONE.report(1, "rows", 1, 2);
        assertThat(progress.reports).containsExactly("12345 rows, 12345 of 100000", "7 recommendations, 7 of 0");
    }
}
