package io.github.rectrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.github.rectrack.engine.evaluation.StatusEngine;
import io.github.rectrack.engine.journal.Journal;
import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.engine.round.UpdateRound;
import io.github.rectrack.forms.OwnerForms;
import io.github.rectrack.model.ExtensionRequest;
import io.github.rectrack.model.GovernanceDecision;
import io.github.rectrack.model.Recommendation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A quarter between meetings on the bundled 2020 JARAP register: a chase round, three owners' forms filled and
 * collected (a fourth refused for an edited cell), an extension asked for on a form and approved by the board,
 * a closure proposed on a form and agreed by the panel. The report before and after differs in exactly the
 * recommendations those changes touched, and the history says who recorded each, and when.
 */
class UpdateRoundScriptTest extends RegisterFileTest {

    static void fill(Path form, Consumer<Sheet> edit) throws IOException {
        XSSFWorkbook workbook;
        try (InputStream in = Files.newInputStream(form)) {
            workbook = new XSSFWorkbook(in);
        }
        try (workbook; OutputStream out = Files.newOutputStream(form)) {
            edit.accept(workbook.getSheet(OwnerForms.SHEET));
            workbook.write(out);
        }
    }

    static void set(Sheet sheet, String address, String value) {
        CellReference ref = new CellReference(address);
        Row row = sheet.getRow(ref.getRow());
        (row.getCell(ref.getCol()) != null ? row.getCell(ref.getCol()) : row.createCell(ref.getCol())).setCellValue(value);
    }

    Recommendation rec(String id) {
        return Journal.beside(file).load().register().recommendations().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aQuarterBetweenMeetings() throws Exception {
        Path before = dir.resolve("before.csv");
        assertThat(run("report", file.toString(), "--as-of", "2020-10-21", "-o", before.toString())).as(err.toString()).isZero();

        // the round, as the command will draw it
        UpdateRound round = UpdateRound.of(new StatusEngine().evaluate(ReferenceRegister.LEICESTERSHIRE_2020.load(), LocalDate.of(2020, 10, 1)),
                0, Optional.of(LocalDate.of(2020, 10, 15)));
        List<UpdateRound.Owner> owners = round.owners();
        assertThat(owners).hasSizeGreaterThanOrEqualTo(4);

        clock("2020-10-01T08:00:00Z");
        Path forms = dir.resolve("forms");
        assertThat(run("chase", file.toString(), "--as-of", "2020-10-01", "--by", "audit-manager", "-o", forms.toString()))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("Round leicestershire-jarap-2020-10/2020-10-01/0: " + owners.size() + " forms, "
                + round.rowCount() + " update requests recorded as versions 1–" + round.rowCount() + ", replies due by 2020-10-15.");
        try (var listed = Files.list(forms)) {
            assertThat(listed.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactlyElementsOf(owners.stream().map(OwnerForms::fileName).sorted().toList());
        }

        // three owners whose first rows are three different recommendations, and a fourth owner
        List<UpdateRound.Owner> chosen = new ArrayList<>();
        Set<String> firstRows = new LinkedHashSet<>();
        for (UpdateRound.Owner owner : owners) {
            if (chosen.size() < 3 && firstRows.add(owner.rows().get(0).recommendationId())) {
                chosen.add(owner);
            }
        }
        owners.stream().filter(o -> !chosen.contains(o)).findFirst().ifPresent(chosen::add);
        assertThat(chosen).hasSize(4);
        UpdateRound.Owner first = chosen.get(0);
        UpdateRound.Owner second = chosen.get(1);
        UpdateRound.Owner third = chosen.get(2);
        UpdateRound.Owner fourth = chosen.get(3);
        String updated = first.rows().get(0).recommendationId();
        String extended = second.rows().get(0).recommendationId();
        String closing = third.rows().get(0).recommendationId();
        Set<String> touched = new LinkedHashSet<>(List.of(updated, extended, closing));
        assertThat(touched).hasSize(3);
        int row = OwnerForms.FIRST_ROW;
        fill(forms.resolve(OwnerForms.fileName(first)), s -> {
            set(s, "I" + row, "Work continues; the new policy is drafted.");
            set(s, "M" + row, "60");
        });
        fill(forms.resolve(OwnerForms.fileName(second)), s -> {
            set(s, "I" + row, "Waiting for the new system to go live.");
            set(s, "O" + row, "31 March 2021");
            set(s, "P" + row, "The supplier has moved the go-live to February 2021");
        });
        fill(forms.resolve(OwnerForms.fileName(third)), s -> {
            set(s, "I" + row, "All actions complete.");
            set(s, "N" + row, "Yes");
            set(s, "Q" + row, "Signed-off procedure, October 2020");
        });
        fill(forms.resolve(OwnerForms.fileName(fourth)), s -> {
            set(s, "A" + row, "9.9");
            set(s, "I" + row, "Done");
        });

        clock("2020-10-14T16:00:00Z");
        List<String> all = new ArrayList<>();
        for (UpdateRound.Owner owner : List.of(first, second, third, fourth)) {
            all.add(forms.resolve(OwnerForms.fileName(owner)).toString());
        }
        List<String> shown = new ArrayList<>(List.of("collect", file.toString()));
        shown.addAll(all);
        shown.addAll(List.of("--by", "audit-manager", "--date", "2020-10-14"));
        assertThat(run(shown.toArray(String[]::new))).isEqualTo(TrackerCommand.EXIT_INVALID);
        assertThat(err.toString()).contains("form " + all.get(3) + " refused, nothing from it is recorded:",
                "ERROR " + all.get(3) + " sheet Update cell A6: the cell was changed (column 'Ref')");
        assertThat(out.toString()).contains("6 changes submitted, none recorded: run again with --apply");
        assertThat(Journal.beside(file).load().version()).isEqualTo(round.rowCount());

        List<String> applied = new ArrayList<>(List.of("collect", file.toString()));
        applied.addAll(all.subList(0, 3));
        applied.addAll(List.of("--by", "audit-manager", "--date", "2020-10-14", "--apply"));
        assertThat(run(applied.toArray(String[]::new))).as(err.toString()).isZero();
        assertThat(Journal.beside(file).load().version()).isEqualTo(round.rowCount() + 6);

        err.getBuffer().setLength(0);
        assertThat(run("collect", file.toString(), all.get(0), "--by", "audit-manager", "--apply")).isEqualTo(TrackerCommand.EXIT_INVALID);
        assertThat(err.toString()).contains("the form was returned twice: its answers were recorded as version " + (round.rowCount() + 1)
                + " by audit-manager at 2020-10-14T16:00:00Z");

        clock("2020-10-20T11:00:00Z");
        assertThat(run("record", "decide", file.toString(), extended, "--by", "board-secretary", "--approve", "--forum", "SORB",
                "--date", "2020-10-20")).as(err.toString()).isZero();
        clock("2020-10-21T15:30:00Z");
        assertThat(run("record", "decision", file.toString(), closing, "--by", "panel-secretary", "--kind", "CLOSURE_AGREED",
                "--forum", "JARAP", "--date", "2020-10-21")).as(err.toString()).isZero();

        assertThat(rec(updated).updates()).last().satisfies(u -> {
            assertThat(u.text()).isEqualTo("Work continues; the new policy is drafted.");
            assertThat(u.percentComplete()).contains(60);
            assertThat(u.author()).contains(first.person().id());
        });
        assertThat(rec(extended).extensionRequests()).last().satisfies(x -> {
            assertThat(x.target().text()).isEqualTo("31 March 2021");
            assertThat(x.decision().map(ExtensionRequest.Decision::forum)).contains("SORB");
        });
        assertThat(rec(extended).latestTarget().orElseThrow().target().text()).isEqualTo("31 March 2021");
        assertThat(rec(closing).decisions()).extracting(GovernanceDecision::kind).endsWith(GovernanceDecision.Kind.PROPOSED_CLOSED,
                GovernanceDecision.Kind.CLOSURE_AGREED);
        assertThat(rec(closing).evidence()).last().satisfies(e -> assertThat(e.description()).isEqualTo("Signed-off procedure, October 2020"));
        assertThat(rec(updated).updateRequests()).last().satisfies(r -> assertThat(r.answeredOn()).contains(LocalDate.of(2020, 10, 14)));

        Path later = dir.resolve("after.csv");
        assertThat(run("report", file.toString(), "--as-of", "2020-10-21", "-o", later.toString())).as(err.toString()).isZero();
        List<List<String>> beforeRows = rows(before);
        List<List<String>> afterRows = rows(later);
        assertThat(afterRows).hasSameSizeAs(beforeRows);
        int idColumn = beforeRows.get(0).indexOf("recommendation_id");
        Set<String> changed = new LinkedHashSet<>();
        for (int i = 1; i < afterRows.size(); i++) {
            if (!afterRows.get(i).equals(beforeRows.get(i))) {
                changed.add(afterRows.get(i).get(idColumn));
            }
        }
        assertThat(changed).containsExactlyInAnyOrderElementsOf(touched);

        out.getBuffer().setLength(0);
        assertThat(run("history", file.toString(), extended)).isZero();
        assertThat(out.toString()).containsSubsequence(
                "2020-10-01 08:00 UTC  audit-manager  request",
                "2020-10-14 16:00 UTC  audit-manager  update",
                "2020-10-14 16:00 UTC  audit-manager  extension",
                "      extension to '31 March 2021' requested by " + second.person().id(),
                "2020-10-20 11:00 UTC  board-secretary decide",
                "      extension request 1 approved by SORB on 2020-10-20");
    }

    static List<List<String>> rows(Path csv) throws IOException {
        try (MappingIterator<List<String>> it = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .readerForListOf(String.class).readValues(csv.toFile())) {
            return it.readAll();
        }
    }
}
