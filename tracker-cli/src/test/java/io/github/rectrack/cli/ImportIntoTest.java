package io.github.rectrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectrack.engine.change.Change;
import io.github.rectrack.engine.change.Changes;
import io.github.rectrack.engine.change.Stamp;
import io.github.rectrack.engine.journal.Journal;
import io.github.rectrack.engine.json.RegisterJson;
import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.model.GovernanceDecision;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.ProgressUpdate;
import io.github.rectrack.model.Register;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code tracker import IN --into REGISTER --by ID}: an edit made elsewhere recorded as changes, by whoever brings it in. */
class ImportIntoTest extends RegisterFileTest {

    static final String GOVERNANCE = "code-of-governance-2018-4.1";

    @BeforeEach
    void standTheClockStill() {
        clock("2020-10-22T10:00:00Z");
    }

    @Test
    void theTrackerWorkbookReadBackUnchangedHoldsNothingToRecord() {
        Path workbook = dir.resolve("tracker.xlsx");
        assertThat(run("report", file.toString(), "--profile", "internal", "--as-of", "2020-10-16", "-o", workbook.toString()))
                .as(err.toString()).isZero();
        assertThat(run("import", workbook.toString(), "--into", file.toString(), "--by", "analyst")).as(err.toString()).isZero();
        assertThat(err.toString()).contains("Nothing to record: " + workbook + " holds nothing " + file + " does not already have");
        assertThat(Journal.beside(file).exists()).isFalse();
    }

    @Test
    void anEditedCopyIsRecordedAsItsChangesByThePersonNamed() throws IOException {
        Register edited = Changes.replay(ReferenceRegister.LEICESTERSHIRE_2020.load(), List.of(
                new Change.AddUpdate(new Stamp("x1", Instant.EPOCH, "x", 0), GOVERNANCE,
                        ProgressUpdate.of(PartialDate.of(2020, 10, 20), "Approved by the PCC on 19 October.")),
                new Change.RecordDecision(new Stamp("x2", Instant.EPOCH, "x", 1), GOVERNANCE, new GovernanceDecision(
                        PartialDate.of(2020, 10, 20), "OWNER", GovernanceDecision.Kind.PROPOSED_CLOSED, Optional.empty(), Optional.empty(),
                        Optional.empty()))));
        Path copy = dir.resolve("edited.json");
        Files.writeString(copy, new RegisterJson().writeToString(edited));

        assertThat(run("import", copy.toString(), "--into", file.toString())).isEqualTo(TrackerCommand.EXIT_USAGE);
        assertThat(err.toString()).contains("give --by ID");

        assertThat(run("import", copy.toString(), "--into", file.toString(), "--by", "analyst")).as(err.toString()).isZero();
        assertThat(err.toString()).contains("Recorded 2 changes from " + copy + " into " + file + " as versions 1–2, by analyst");
        assertThat(new RegisterJson().writeToString(Journal.beside(file).load().register()))
                .isEqualTo(new RegisterJson().writeToString(edited));

        out.getBuffer().setLength(0);
        assertThat(run("history", file.toString(), GOVERNANCE)).isZero();
        assertThat(out.toString()).contains("   1  2020-10-22 10:00 UTC  analyst        update", "   2  2020-10-22 10:00 UTC  analyst        decision",
                "      PROPOSED_CLOSED by OWNER on 2020-10-20");
    }

    @Test
    void aCopyWithAnEntryRemovedIsRefusedUnlessTheRestIsWantedAnyway() throws IOException {
        Register register = ReferenceRegister.LEICESTERSHIRE_2020.load();
        Register edited = Changes.replay(register, List.of(new Change.CorrectField(new Stamp("x1", Instant.EPOCH, "x", 0), GOVERNANCE,
                "notes", Optional.of("Checked"), "x")));
        String original = new RegisterJson().writeToString(edited);
        String json = original.replace("This action is ongoing with the target date still", "This action is ongoing; the target date is still");
        assertThat(json).isNotEqualTo(original);
        Path copy = dir.resolve("edited.json");
        Files.writeString(copy, json);
        int code = run("import", copy.toString(), "--into", file.toString(), "--by", "analyst");
        assertThat(code).isEqualTo(TrackerCommand.EXIT_INVALID);
        assertThat(err.toString()).contains("entries were rewritten or reordered, not only added after those recorded",
                "nothing was recorded: 1 difference");
        assertThat(Journal.beside(file).exists()).isFalse();
        assertThat(run("import", copy.toString(), "--into", file.toString(), "--by", "analyst", "--skip-unrecordable"))
                .isEqualTo(TrackerCommand.EXIT_INVALID);
        assertThat(Journal.beside(file).load().version()).isEqualTo(1);
    }
}
