package io.github.rectrack.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.engine.spi.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each baseline does the same raw work as the exporter it is measured against: the same cells, paragraphs
 * and styles, read back from what the exporter wrote for a reference register.
 */
class BaselinesTest {

    private static final ReferenceRegister LEICESTERSHIRE = ReferenceRegister.LEICESTERSHIRE_2020;

    private static Report report() {
        return Report.builder(LEICESTERSHIRE.load()).asOf(LEICESTERSHIRE.paperDate()).build();
    }

    @Test
    void jacksonCsvWritesTheExportersBytesFromItsCells() throws IOException {
        Report report = report();
        byte[] ours = Workloads.export(Workloads.exporter("csv"), report);
        List<String[]> cells = CsvExportBenchmark.readCells(ours);

        assertThat(cells).hasSize(1 + report.evaluation().states().size());
        assertThat(cells.get(0)[0]).isEqualTo("source_id");
        assertThat(new String(CsvExportBenchmark.baselineBytes(cells), StandardCharsets.UTF_8))
                .isEqualTo(new String(ours, StandardCharsets.UTF_8));
    }

    @Test
    void bareSxssfWritesTheTrackerWorkbooksCellsAndStyles() throws IOException {
        Report report = report();
        WorkbookCells ours = WorkbookCells.read(Workloads.export(Workloads.exporter("xlsx"), report));
        ByteArrayOutputStream baseline = new ByteArrayOutputStream();
        ours.write(baseline);
        WorkbookCells again = WorkbookCells.read(baseline.toByteArray());

        assertThat(ours.sheets()).extracting(WorkbookCells.SheetCells::name)
                .containsExactly("Summary", "Recommendations", "Updates", "Target history", "Decisions", "Actions",
                        "Sources", "People", "Owners", "Links", "Evidence", "Update requests", "Extension requests", "Register");
        WorkbookCells.SheetCells recommendations = ours.sheets().get(1);
        assertThat(recommendations.rows()).hasSize(1 + report.evaluation().states().size());
        assertThat(recommendations.rows().get(0).values()[0]).isEqualTo("Recommendation id");
        assertThat(again.cellCount()).isEqualTo(ours.cellCount());
        for (int s = 0; s < ours.sheets().size(); s++) {
            List<WorkbookCells.RowCells> expected = ours.sheets().get(s).rows();
            List<WorkbookCells.RowCells> actual = again.sheets().get(s).rows();
            assertThat(actual).hasSameSizeAs(expected);
            for (int r = 0; r < expected.size(); r++) {
                assertThat(actual.get(r).index()).isEqualTo(expected.get(r).index());
                assertThat(actual.get(r).columns()).isEqualTo(expected.get(r).columns());
                assertThat(actual.get(r).values()).isEqualTo(expected.get(r).values());
                for (int c = 0; c < expected.get(r).styles().length; c++) {
                    assertThat(again.styles().get(actual.get(r).styles()[c]))
                            .as("style of sheet %d row %d cell %d", s, r, c)
                            .isEqualTo(ours.styles().get(expected.get(r).styles()[c]));
                }
            }
        }
        // the header rows are filled in the paper's header colour (the RAG column is coloured by conditional formatting,
        // a handful of rules the bare baseline does not write)
        assertThat(ours.styles()).extracting(WorkbookCells.StyleSpec::fill).contains("D9E2F3");
    }

    @Test
    void bareXwpfWritesThePapersParagraphsAndTables() throws IOException {
        PaperContent ours = PaperContent.read(Workloads.export(Workloads.exporter("docx"), report()));
        ByteArrayOutputStream baseline = new ByteArrayOutputStream();
        ours.write(baseline);
        PaperContent again = PaperContent.read(baseline.toByteArray());

        assertThat(ours.paragraphCount()).isGreaterThan(100);
        assertThat(again.paragraphCount()).isEqualTo(ours.paragraphCount());
        assertThat(again.body()).isEqualTo(ours.body());
        assertThat(ours.body()).filteredOn(PaperContent.Para.class::isInstance).map(PaperContent.Para.class::cast)
                .extracting(PaperContent.Para::style).contains("Heading1", "Heading2");
    }
}
