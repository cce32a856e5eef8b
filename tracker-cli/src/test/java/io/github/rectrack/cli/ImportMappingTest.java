package io.github.rectrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectrack.engine.json.RegisterJson;
import io.github.rectrack.model.Register;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
                + EXAMPLE.resolve("force-tracker.xlsx") + " with 'xlsx' to " + out);
        Register register = read(out);
        assertThat(register.id()).isEqualTo("example-force-tracker-2020-10");
        assertThat(register.recommendations().filter(r -> r.priority().equals("Fundamental")).count()).isEqualTo(2);
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
