package io.github.rectrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectrack.engine.json.RegisterJson;
import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.model.Register;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Excel tracker workbook from the command line: {@code report --format xlsx}, then {@code import} back. */
class XlsxCommandTest extends CommandLineTest {

    @Test
    void theTrackerWorkbookImportsBackToTheSameRegister(@TempDir Path dir) throws IOException {
        Path json = dir.resolve("leicestershire-2020.json");
        try (InputStream in = ReferenceRegister.LEICESTERSHIRE_2020.open()) {
            Files.copy(in, json);
        }
        Path workbook = dir.resolve("tracker.xlsx");
        assertThat(run("report", json.toString(), "--format", "xlsx", "--as-of", "2020-10-16", "-o", workbook.toString()))
                .as(err.toString()).isZero();
        assertThat(workbook).isNotEmptyFile();

        Path back = dir.resolve("back.json");
        assertThat(run("import", workbook.toString(), "-o", back.toString())).as(err.toString()).isZero();
        // the reference register's own three warnings (closed without evidence recorded), and no edits to notice
        assertThat(err.toString()).contains(workbook + ": 0 error(s), 3 warning(s)\n").doesNotContain("NOTICE")
                .contains("Imported 27 recommendations in 16 sources from " + workbook + " with 'xlsx' to " + back);

        Register original = ReferenceRegister.LEICESTERSHIRE_2020.load();
        Register imported = new RegisterJson().read(Files.newInputStream(back), back.toString()).orElseThrow();
        assertThat(imported).usingRecursiveComparison().isEqualTo(original);
        assertThat(imported).isEqualTo(original);
        assertThat(Files.readString(back)).isEqualTo(new RegisterJson().writeToString(original));
    }

    @Test
    void aFileThatIsNotAWorkbookIsReportedAndNothingIsWritten(@TempDir Path dir) throws IOException {
        Path fake = dir.resolve("paper.xlsx");
        Files.writeString(fake, "%PDF-1.7 not a workbook");
        Path back = dir.resolve("back.json");
        assertThat(run("import", fake.toString(), "-o", back.toString())).isEqualTo(TrackerCommand.EXIT_INVALID);
        assertThat(err.toString()).contains("ERROR " + fake + ": " + fake + " is not an Excel workbook (.xlsx)")
                .contains("(a PDF document renamed to .xlsx?)");
        assertThat(back).doesNotExist();
    }
}
