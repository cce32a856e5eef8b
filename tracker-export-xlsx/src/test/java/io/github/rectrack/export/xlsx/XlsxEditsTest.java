package io.github.rectrack.export.xlsx;

import static io.github.rectrack.export.xlsx.XlsxImporterHostileTest.column;
import static io.github.rectrack.export.xlsx.XlsxImporterHostileTest.edit;
import static io.github.rectrack.export.xlsx.XlsxImporterHostileTest.set;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.engine.spi.Finding;
import io.github.rectrack.engine.spi.ImportResult;
import io.github.rectrack.engine.spi.Report;
import io.github.rectrack.engine.status.Status;
import io.github.rectrack.model.GovernanceDecision;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.ProgressUpdate;
import io.github.rectrack.model.Recommendation;
import io.github.rectrack.model.Register;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A person's edits to the workbook are read and reported: rows added, changed and deleted, a changed status. */
class XlsxEditsTest {

    static final LocalDate PANEL = LocalDate.of(2020, 10, 16);
    static final String REC = "seized-found-property-2018-4.1";
    static Register original;
    static byte[] exported;

    @BeforeAll
    static void export() throws IOException {
        original = ReferenceRegister.LEICESTERSHIRE_2020.load();
        exported = XlsxRoundTripTest.export(original, PANEL);
    }

    static Recommendation recommendation(Register register, String id) {
        return register.recommendations().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    /** The data rows of a sheet for one recommendation, in order. */
    static List<Row> rows(XSSFSheet sheet, String id) {
        List<Row> rows = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && row.getCell(0) != null && id.equals(row.getCell(0).getStringCellValue())) {
                rows.add(row);
            }
        }
        return rows;
    }

    @Test
    void addedChangedAndDeletedRowsAreReadAndReported() throws IOException {
        Recommendation before = recommendation(original, REC);
        assertThat(before.updates()).hasSizeGreaterThan(2);
        int[] at = new int[3];
        byte[] edited = edit(exported, w -> {
            XSSFSheet updates = w.getSheet("Updates");
            List<Row> mine = rows(updates, REC);
            // change the text of the first update
            set(mine.get(0), column(updates, "Update"), "Rewritten by the owner");
            at[0] = mine.get(0).getRowNum() + 1;
            // delete the second
            updates.removeRow(mine.get(1));
            // add one at the end, typed in by hand: no fingerprint
            Row added = updates.createRow(updates.getLastRowNum() + 1);
            added.createCell(column(updates, "Recommendation id")).setCellValue(REC);
            added.createCell(column(updates, "Date")).setCellValue("Nov 2020");
            added.createCell(column(updates, "Update")).setCellValue("Disposal contract signed");
            at[1] = added.getRowNum() + 1;
        });
        ImportResult result = XlsxRoundTripTest.read(edited);
        assertThat(result.hasErrors()).as(result.findings().toString()).isFalse();
        Recommendation after = recommendation(result.register().orElseThrow(), REC);

        List<ProgressUpdate> expected = new ArrayList<>(before.updates());
        ProgressUpdate first = expected.get(0);
        expected.set(0, new ProgressUpdate(first.date(), first.author(), "Rewritten by the owner", first.sections(), first.degreeMet(),
                first.marking()));
        expected.remove(1);
        expected.add(ProgressUpdate.of(PartialDate.ofMonth(2020, 11), "Disposal contract signed"));
        assertThat(after.updates()).usingRecursiveComparison().isEqualTo(expected);
        // nothing else moved
        assertThat(after.toBuilder().updates(before.updates()).build()).isEqualTo(before);

        assertThat(result.findings()).extracting(Finding::toString).contains(
                "NOTICE tracker.xlsx: sheet 'Updates', row " + at[0] + ": row changed: its values differ from those exported; the values read "
                        + "replace them",
                "NOTICE tracker.xlsx: sheet 'Updates', row " + at[1] + ": row added: it has no fingerprint, so it was not exported; read as "
                        + "a new entry",
                "NOTICE tracker.xlsx: the workbook was edited after export: 1 row(s) added, 1 row(s) changed (each is listed above)");
        assertThat(result.findings()).extracting(Finding::toString).anySatisfy(f -> assertThat(f)
                .startsWith("NOTICE tracker.xlsx: sheet 'Updates': 1 row(s) of the ").contains(" exported are gone (deleted)"));
        assertThat(result.findings()).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Finding.Severity.NOTICE));
    }

    @Test
    void aChangedStatusBecomesADecisionOnTheDay() throws IOException {
        Report report = Report.builder(original).asOf(PANEL).build();
        assertThat(report.evaluation().state(REC).orElseThrow().status()).isEqualTo(Status.IN_PROGRESS);
        byte[] edited = edit(exported, w -> {
            XSSFSheet recs = w.getSheet("Recommendations");
            set(rows(recs, REC).get(0), column(recs, "Status"), "Proposed closed");
        });
        ImportResult result = XlsxRoundTripTest.read(edited);
        assertThat(result.hasErrors()).isFalse();
        Register back = result.register().orElseThrow();
        Recommendation after = recommendation(back, REC);
        Recommendation before = recommendation(original, REC);
        assertThat(after.decisions()).hasSize(before.decisions().size() + 1);
        assertThat(after.decisions().get(after.decisions().size() - 1)).isEqualTo(new GovernanceDecision(PartialDate.of(PANEL), "JARAP",
                GovernanceDecision.Kind.PROPOSED_CLOSED, Optional.empty(),
                Optional.of("Status changed in the tracker workbook from 'In progress' to 'Proposed closed'"), Optional.empty()));
        assertThat(Report.builder(back).asOf(PANEL).build().evaluation().state(REC).orElseThrow().status()).isEqualTo(Status.PROPOSED_CLOSED);
        assertThat(result.findings()).extracting(Finding::toString).containsExactly(
                "NOTICE tracker.xlsx: sheet 'Recommendations', row " + (rowOf(REC) + 1) + ", column P (Status): status changed from "
                        + "'In progress' to 'Proposed closed': recorded as a decision 'Proposed closed' by JARAP on 2020-10-16");
    }

    private static int rowOf(String id) {
        List<String> ids = original.recommendations().map(Recommendation::id).toList();
        return ids.indexOf(id) + 1;
    }

    @Test
    void anUnknownStatusWordIsAnErrorListingTheAcceptedWords() throws IOException {
        byte[] edited = edit(exported, w -> {
            XSSFSheet recs = w.getSheet("Recommendations");
            set(rows(recs, REC).get(0), column(recs, "Status"), "Done-ish");
        });
        ImportResult result = XlsxRoundTripTest.read(edited);
        assertThat(result.findings()).extracting(Finding::toString).containsExactly(
                "ERROR tracker.xlsx: sheet 'Recommendations', row " + (rowOf(REC) + 1) + ", column P (Status): the status was changed to "
                        + "'Done-ish', which is not a status a decision can set; the accepted words are 'In progress', 'Proposed closed', "
                        + "'Closure agreed', 'Closed', 'Further evidence requested', 'Closure disputed', 'Superseded', 'Not accepted', "
                        + "'Hibernated', 'Reopened', 'Business as usual', 'Risk accepted'");
    }
}
