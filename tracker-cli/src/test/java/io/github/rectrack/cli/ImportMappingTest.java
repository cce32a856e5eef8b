package io.github.rectrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectrack.engine.json.RegisterJson;
import io.github.rectrack.model.GovernanceDecision;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.ProgressUpdate;
import io.github.rectrack.model.Recommendation;
import io.github.rectrack.model.Register;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tracker import --mapping}: a force's own spreadsheet through a column mapping (docs/examples/force-spreadsheet). */
class ImportMappingTest extends CommandLineTest {

    private static final Path EXAMPLE = Path.of("..", "docs", "examples", "force-spreadsheet");

    private static Register read(Path file) throws IOException {
        return new RegisterJson().read(Files.newInputStream(file), file.toString()).orElseThrow();
    }

    @Test
    void importsTheForcesWorkbookThroughItsMapping(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("register.json");

        int code = run("import", EXAMPLE.resolve("force-tracker.xlsx").toString(),
                "--mapping", EXAMPLE.resolve("mapping.json").toString(), "-o", out.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString()).contains("Imported 11 recommendations in 9 sources from "
                + EXAMPLE.resolve("force-tracker.xlsx") + " with 'sheet' to " + out);
        Register register = read(out);
        assertThat(register.id()).isEqualTo("example-force-tracker-2020-10");
        assertThat(register.recommendations().filter(r -> r.priority().equals("Fundamental")).count()).isEqualTo(2);
    }

    @Test
    void theXlsxImportersMappingOptionStillReadsTheForcesWorkbookToTheSameRegister(@TempDir Path dir) throws IOException {
        Path viaSheet = dir.resolve("via-sheet.json");
        Path viaXlsx = dir.resolve("via-xlsx.json");
        assertThat(run("import", EXAMPLE.resolve("force-tracker.xlsx").toString(),
                "--mapping", EXAMPLE.resolve("mapping.json").toString(), "-o", viaSheet.toString())).as(err.toString()).isZero();

        int code = run("import", EXAMPLE.resolve("force-tracker.xlsx").toString(), "--input-format", "xlsx",
                "--option", "mapping=" + EXAMPLE.resolve("mapping.json"), "-o", viaXlsx.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString()).contains("Imported 11 recommendations in 9 sources from "
                + EXAMPLE.resolve("force-tracker.xlsx") + " with 'xlsx' to " + viaXlsx);
        assertThat(Files.readString(viaXlsx)).isEqualTo(Files.readString(viaSheet));
    }

    @Test
    void theSheetImporterChosenByItsIdWithoutAMappingIsAUsageErrorNamingTheOption(@TempDir Path dir) {
        Path out = dir.resolve("register.json");

        assertThat(run("import", EXAMPLE.resolve("force-tracker.xlsx").toString(), "--input-format", "sheet", "-o", out.toString()))
                .isEqualTo(TrackerCommand.EXIT_USAGE);

        assertThat(err.toString()).contains("importer 'sheet' needs the option 'mapping'");
        assertThat(out).doesNotExist();
    }

    @Test
    void importsTheSameSheetAsCsvWithTheYamlMapping(@TempDir Path dir) throws IOException {
        Path fromXlsx = dir.resolve("from-xlsx.json");
        Path fromCsv = dir.resolve("from-csv.json");

        assertThat(run("import", EXAMPLE.resolve("force-tracker.xlsx").toString(),
                "--mapping", EXAMPLE.resolve("mapping.yaml").toString(), "-o", fromXlsx.toString())).as(err.toString()).isZero();
        assertThat(run("import", EXAMPLE.resolve("force-tracker.csv").toString(),
                "--mapping", EXAMPLE.resolve("mapping.json").toString(), "-o", fromCsv.toString())).as(err.toString()).isZero();

        assertThat(Files.readString(fromCsv)).isEqualTo(Files.readString(fromXlsx));
    }

    @Test
    void reportsEachBadCellAndKeepsTheRestOnlyWhenAsked(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("register.json");
        String[] args = {"import", EXAMPLE.resolve("force-tracker-errors.xlsx").toString(),
            "--mapping", EXAMPLE.resolve("mapping.json").toString(), "-o", out.toString()};

        assertThat(run(args)).isEqualTo(TrackerCommand.EXIT_INVALID);
        assertThat(err.toString())
                .contains("sheet 'Tracker', row 7, column E (Priority): expected one of High, Medium, Low "
                        + "(mapped to Fundamental, Significant, Housekeeping), found 'Urgent'")
                .contains("sheet 'Tracker', row 14, column B (Year): expected a year as a whole number such as 2019, found 'twenty twenty'");
        assertThat(out).doesNotExist();

        String[] keep = Arrays.copyOf(args, args.length + 1);
        keep[args.length] = "--keep-valid";
        assertThat(run(keep)).isEqualTo(TrackerCommand.EXIT_INVALID);
        assertThat(read(out).recommendationCount()).isEqualTo(6);
    }

    @Test
    void importsTheRollingActionSheetAsOfItsLatestDateAndSummarisesItThen(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("actions.json");

        int code = run("import", EXAMPLE.resolve("action-sheet.csv").toString(),
                "--mapping", EXAMPLE.resolve("action-sheet.mapping.yaml").toString(), "-o", out.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString()).contains("the sheet's as-of day is taken to be 2020-10-16, the latest date found in it");
        Register register = read(out);
        assertThat(register.asOf()).contains(LocalDate.of(2020, 10, 16));
        assertThat(register.recommendationCount()).isEqualTo(6);
        Recommendation note = register.recommendations().filter(r -> r.links().stream().anyMatch(l -> l.target().equals("43/18a")))
                .findFirst().orElseThrow();
        assertThat(note.updates()).extracting(ProgressUpdate::date).containsExactly(PartialDate.ofMonth(2018, 11), PartialDate.of(2019, 1, 14));
        assertThat(note.decisions()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(GovernanceDecision.Kind.CLOSED);
            assertThat(d.date()).isEqualTo(PartialDate.of(2019, 1, 14));
        });
        assertThat(register.recommendations().map(Recommendation::statedStatus).flatMap(Optional::stream))
                .contains("Open – actions ongoing, off track", "time extension requested");

        err.getBuffer().setLength(0);
        assertThat(run("summary", out.toString(), "--forum", "JARAP")).as(err.toString()).isZero();
        assertThat(this.out.toString()).contains("Reported to Joint Audit, Risk and Assurance Panel (JARAP) as of 2020-10-16");
    }

    @Test
    void theSuggestedMappingWithItsTwoUndecidedValuesWrittenImportsTheActionSheet(@TempDir Path dir) throws IOException {
        Path mapping = dir.resolve("suggested.yaml");
        Path register = dir.resolve("register.json");
        assertThat(run("mapping", "suggest", EXAMPLE.resolve("action-sheet.csv").toString(), "-o", mapping.toString()))
                .as(err.toString()).isZero();
        String[] importArgs = {"import", EXAMPLE.resolve("action-sheet.csv").toString(), "--mapping", mapping.toString(),
            "-o", register.toString()};

        assertThat(run(importArgs)).isEqualTo(TrackerCommand.EXIT_USAGE);
        assertThat(err.toString()).contains("register.organisation: not decided yet",
                "values.status['Open – actions ongoing, off track']: not decided yet");
        assertThat(register).doesNotExist();

        Files.writeString(mapping, Files.readString(mapping).replace("organisation: \"?\"", "organisation: Example Constabulary")
                .replace("off track\": \"?\"", "off track\": none"));
        assertThat(run(importArgs)).as(err.toString()).isZero();
        Register read = read(register);
        assertThat(read.recommendationCount()).isEqualTo(6);
        assertThat(read.sources()).hasSize(4);
        assertThat(read.asOf()).contains(LocalDate.of(2020, 10, 16));
    }

    @Test
    void theAsOfDayGivenOnTheCommandLineDatesWhatTheSheetLeavesUndated(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("register.json");

        assertThat(run("import", EXAMPLE.resolve("action-sheet.csv").toString(), "--as-of", "2020-10-20",
                "--mapping", EXAMPLE.resolve("action-sheet.mapping.yaml").toString(), "-o", out.toString())).as(err.toString()).isZero();

        assertThat(read(out).asOf()).contains(LocalDate.of(2020, 10, 20));
        assertThat(err.toString()).doesNotContain("the latest date found in it");
    }

    @Test
    void aMissingMappingFileIsAUsageError(@TempDir Path dir) {
        Path out = dir.resolve("register.json");

        assertThat(run("import", EXAMPLE.resolve("force-tracker.xlsx").toString(),
                "--mapping", dir.resolve("missing.json").toString(), "-o", out.toString())).isEqualTo(TrackerCommand.EXIT_USAGE);

        assertThat(err.toString()).contains("no such mapping file: " + dir.resolve("missing.json"));
        assertThat(out).doesNotExist();
    }

    @Test
    void mappingAndTheSameOptionMustAgree(@TempDir Path dir) {
        Path out = dir.resolve("register.json");

        assertThat(run("import", EXAMPLE.resolve("force-tracker.xlsx").toString(),
                "--mapping", EXAMPLE.resolve("mapping.json").toString(),
                "--option", "mapping=" + EXAMPLE.resolve("mapping.yaml"), "-o", out.toString())).isEqualTo(TrackerCommand.EXIT_USAGE);

        assertThat(err.toString()).contains("--mapping " + EXAMPLE.resolve("mapping.json") + " and --option mapping="
                + EXAMPLE.resolve("mapping.yaml") + " disagree: give one");
        assertThat(out).doesNotExist();
    }
}
