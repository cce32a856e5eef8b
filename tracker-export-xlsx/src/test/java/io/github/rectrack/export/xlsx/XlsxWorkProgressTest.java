package io.github.rectrack.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.engine.spi.ImportResult;
import io.github.rectrack.engine.spi.Options;
import io.github.rectrack.engine.spi.Report;
import io.github.rectrack.engine.spi.WorkProgress;
import io.github.rectrack.model.Register;
import io.github.rectrack.sheets.xlsx.XlsxWorkbook;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exporter reports each data row written and the importer each row read, with counts that only go up and
 * end at the true count: on the 2020 register (27 recommendations, 116 updates), from its seed paper.
 */
class XlsxWorkProgressTest {

    /** One report. */
    record Step(long count, String unit, long done, long total) {}

    /** Keeps every report, and the threads they came from. */
    static final class Recorder implements WorkProgress {
        final List<Step> steps = new ArrayList<>();
        final java.util.Set<Thread> threads = new java.util.HashSet<>();

        @Override
        public void report(long count, String unit, long done, long total) {
            steps.add(new Step(count, unit, done, total));
            threads.add(Thread.currentThread());
        }

        Step last() {
            return steps.get(steps.size() - 1);
        }
    }

    final ReferenceRegister reference = ReferenceRegister.LEICESTERSHIRE_2020;
    final Register register = reference.load();

    byte[] export(WorkProgress progress) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxExporter().exportWithFindings(Report.builder(register).asOf(reference.paperDate()).build(), Options.none(), out, progress);
        return out.toByteArray();
    }

    /** The data rows of the list sheets of a workbook, counted by reading it. */
    static long dataRows(Path file) throws IOException {
        long[] rows = {0};
        try (XlsxWorkbook workbook = XlsxWorkbook.open(file)) {
            for (SheetLayout<?> layout : TrackerLayout.LIST_SHEETS) {
                workbook.rows(layout.name(), row -> {
                    if (row.number() > 1) {
                        rows[0]++;
                    }
                    return true;
                });
            }
        }
        return rows[0];
    }

    /** The rows (header rows too) of the sheets the importer reads, counted by reading them. */
    static long rowsRead(Path file) throws IOException {
        long[] rows = {0};
        try (XlsxWorkbook workbook = XlsxWorkbook.open(file)) {
            List<String> sheets = new ArrayList<>(List.of(RegisterSheet.NAME));
            TrackerLayout.LIST_SHEETS.forEach(l -> sheets.add(l.name()));
            for (String sheet : sheets) {
                workbook.rows(sheet, row -> {
                    rows[0]++;
                    return true;
                });
            }
        }
        return rows[0];
    }

    static void assertRising(List<Step> steps, boolean byOne) {
        for (int i = 1; i < steps.size(); i++) {
            Step before = steps.get(i - 1);
            Step step = steps.get(i);
            if (byOne) {
                assertThat(step.count()).as("count at report %d", i).isEqualTo(before.count() + 1);
            } else {
                assertThat(step.count()).as("count at report %d", i).isGreaterThanOrEqualTo(before.count());
            }
            assertThat(step.done()).as("done at report %d", i).isGreaterThanOrEqualTo(before.done()).isLessThanOrEqualTo(step.total());
            assertThat(step.total()).as("total at report %d", i).isEqualTo(before.total());
        }
    }

    @Test
    void theExporterReportsEveryDataRowWrittenAgainstTheRowsOfAllItsListSheets(@TempDir Path dir) throws IOException {
        Recorder progress = new Recorder();
        Path file = Files.write(dir.resolve("tracker.xlsx"), export(progress));

        long rows = dataRows(file);
        assertThat(rows).as("the 27 recommendations and 116 updates, and more").isGreaterThan(27 + 116);
        // the Updates sheet's rows are written on a thread of their own, and counted when this thread reports
        assertThat(progress.threads).as("every report comes from the caller's thread").containsExactly(Thread.currentThread());
        assertThat(progress.steps).as("a report for each row written on the caller's thread, at least")
                .hasSizeGreaterThanOrEqualTo((int) rows - 116);
        assertThat(progress.steps.get(0).total()).isEqualTo(rows);
        assertThat(progress.steps.get(0).count()).isPositive();
        assertRising(progress.steps, false);
        assertThat(progress.last()).isEqualTo(new Step(rows, "rows", rows, rows));
        assertThat(export(WorkProgress.NONE)).as("reporting changes no byte").isEqualTo(Files.readAllBytes(file));
    }

    /**
     * Imports a workbook, keeping its reports; checks that it reads back the register without findings and that the
     * first report comes before the workbook is copied.
     */
    Recorder imported(byte[] workbook) throws IOException {
        Recorder progress = new Recorder();
        ImportResult result = new XlsxImporter().read(new ByteArrayInputStream(workbook), "tracker.xlsx", Options.none(), progress);
        assertThat(result.findings()).isEmpty();
        assertThat(result.register()).contains(register);
        assertThat(progress.steps.get(0)).as("the start, before the workbook is copied").isEqualTo(new Step(0, "rows", 0, 0));
        return progress;
    }

    @Test
    void theImporterReportsEveryRowReadAgainstTheRowsTheSheetsDimensionsGive(@TempDir Path dir) throws IOException {
        byte[] workbook = export(WorkProgress.NONE);
        long rows = rowsRead(Files.write(dir.resolve("tracker.xlsx"), workbook));

        Recorder progress = imported(workbook);
        assertThat(progress.steps.get(1)).as("the total, before any row").isEqualTo(new Step(0, "rows", 0, rows));
        assertRising(progress.steps.subList(1, progress.steps.size()), true);
        assertThat(progress.steps).hasSize((int) rows + 2);
        assertThat(progress.last()).isEqualTo(new Step(rows, "rows", rows, rows));
    }

    @Test
    void withoutDimensionsTheImporterMeasuresTheShareOfTheSheetsBytesReadAndCountsRows(@TempDir Path dir) throws IOException {
        byte[] workbook = withoutDimensions(Files.write(dir.resolve("exported.xlsx"), export(WorkProgress.NONE)));
        long rows = rowsRead(Files.write(dir.resolve("tracker.xlsx"), workbook));

        Recorder progress = imported(workbook);
        long bytes = progress.steps.get(1).total();
        assertThat(bytes).as("the sheets' bytes, far more than their rows").isGreaterThan(100 * rows);
        assertRising(progress.steps.subList(1, progress.steps.size()), false);
        assertThat(progress.last()).isEqualTo(new Step(rows, "rows", bytes, bytes));
        assertThat(progress.steps.stream().mapToLong(Step::done).distinct().count()).as("the measure moves within the sheets")
                .isGreaterThan(13);
    }

    @Test
    void theThreeArgumentMethodsReportNothingAndGiveTheSameResults() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxExporter().export(Report.builder(register).asOf(reference.paperDate()).build(), Options.none(), out);
        assertThat(out.toByteArray()).isEqualTo(export(new Recorder()));
        assertThat(new XlsxImporter().read(new ByteArrayInputStream(out.toByteArray()), "tracker.xlsx", Options.none()).register())
                .contains(register);
    }

    /** The workbook with the {@code <dimension>} of every sheet taken out, as some writers leave it. */
    static byte[] withoutDimensions(Path workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int removed = 0;
        try (ZipFile in = new ZipFile(workbook.toFile()); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                byte[] bytes;
                try (java.io.InputStream part = in.getInputStream(entry)) {
                    bytes = part.readAllBytes();
                }
                if (entry.getName().startsWith("xl/worksheets/sheet")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    String stripped = xml.replaceFirst("<dimension [^>]*/>", "");
                    removed += stripped.equals(xml) ? 0 : 1;
                    bytes = stripped.getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        assertThat(removed).as("sheets whose dimension was taken out").isGreaterThanOrEqualTo(13);
        return out.toByteArray();
    }
}
