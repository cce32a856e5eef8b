package io.github.rectrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tracker mapping suggest}: a proposed column mapping for the worked example's sheets (docs/examples/force-spreadsheet). */
class MappingSuggestTest extends CommandLineTest {

    private static final Path EXAMPLE = Path.of("..", "docs", "examples", "force-spreadsheet");

    @Test
    void writesTheProposedMappingAndSummarisesIt(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("mapping.yaml");
        Path sheet = EXAMPLE.resolve("force-tracker-errors.xlsx");

        int code = run("mapping", "suggest", sheet.toString(), "-o", out.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString()).contains("Proposed a mapping for " + sheet
                + ", sheet 'Tracker': header row 4, 16 column(s) mapped, 1 ignored, 2 word(s) to decide");
        String yaml = Files.readString(out);
        assertThat(yaml)
                .contains("  reference: Rec No.                    # column D: header 'Rec No.' reads as the reference\n")
                .contains("    Urgent: \"?\"")
                .contains("  organisation: \"?\"")
                .contains("headerRow: 4 ");
        assertThat(dir.toFile().list()).containsExactly("mapping.yaml");
    }

    @Test
    void readsTheSheetAskedForAndWritesToStandardOutput() {
        int code = run("mapping", "suggest", EXAMPLE.resolve("force-tracker.xlsx").toString(), "--sheet", "tracker", "-o", "-");

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("sheet: Tracker                          # the sheet asked for\n")
                .contains("    Complete: CLOSED ");
        assertThat(err.toString()).contains("header row 4, 16 column(s) mapped, 0 ignored, 0 word(s) to decide");
    }

    @Test
    void aFileItCannotReadIsAUsageErrorAndWritesNothing(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("mapping.yaml");
        Path xls = dir.resolve("old.xls");
        Files.write(xls, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});

        assertThat(run("mapping", "suggest", xls.toString(), "-o", out.toString())).isEqualTo(TrackerCommand.EXIT_USAGE);
        assertThat(err.toString()).contains("tracker: " + xls
                + " is an Excel 97-2003 (.xls) workbook or another OLE2 file: save it as .xlsx (Excel Workbook) and try that");

        assertThat(run("mapping", "suggest", EXAMPLE.resolve("force-tracker.xlsx").toString(), "--sheet", "Actions",
                "-o", out.toString())).isEqualTo(TrackerCommand.EXIT_USAGE);
        assertThat(err.toString()).contains("tracker: " + EXAMPLE.resolve("force-tracker.xlsx")
                + " has no sheet 'Actions'; its sheets are 'Read me', 'Tracker'");

        Path notes = dir.resolve("notes.csv");
        Files.writeString(notes, "Minutes of the panel\nThe chair welcomed members.\n");
        assertThat(run("mapping", "suggest", notes.toString(), "-o", out.toString())).isEqualTo(TrackerCommand.EXIT_USAGE);
        assertThat(err.toString()).contains("tracker: " + notes + ": found no header row in the first 100 rows");

        assertThat(run("mapping", "suggest", dir.resolve("missing.xlsx").toString(), "-o", out.toString()))
                .isEqualTo(TrackerCommand.EXIT_USAGE);
        assertThat(err.toString()).contains("tracker: no such file: " + dir.resolve("missing.xlsx"));
        assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(out).doesNotExist();
    }

    @Test
    void mappingWithoutASubcommandSaysWhatItNeeds() {
        assertThat(run("mapping")).isEqualTo(TrackerCommand.EXIT_USAGE);
        assertThat(err.toString()).contains("tracker: 'tracker mapping' needs a subcommand: suggest");
    }
}
