package io.github.rectrack.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rectrack.engine.json.RegisterJson;
import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.model.Register;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report}, {@code import}, {@code convert} and the help, with the built-in json format. */
class CommandsTest extends CommandLineTest {

    private static final String LEICESTERSHIRE = "leicestershire-jarap-2020-10";
    private static final String MPS = "mps-district-audit-2001-02";

    private static Path copy(ReferenceRegister reference, Path file) throws IOException {
        try (InputStream in = reference.open()) {
            Files.copy(in, file);
        }
        return file;
    }

    private static Path withAnInvalidPriority(Path file) throws IOException {
        try (InputStream in = ReferenceRegister.MPS_DISTRICT_AUDIT_2002.open()) {
            Files.writeString(file, new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\"priority\": \"Ungraded\"", "\"priority\": \"High\""));
        }
        return file;
    }

    private static String canonical(ReferenceRegister reference) {
        return new RegisterJson().writeToString(reference.load());
    }

    @Test
    void formatsListsTheBuiltInFormatsAndPolicies() {
        assertThat(run("formats")).isZero();
        assertThat(out.toString())
                .containsPattern("exporter +csv +")
                .containsPattern("importer +csv +")
                .containsPattern("exporter +json +")
                .containsPattern("importer +json +")
                .containsPattern("rag-policy +reference +")
                .containsPattern("exporter +docx +Committee paper \\(Word\\) +docx ")
                .containsPattern("rag-policy +priority +")
                .containsPattern("importer +xlsx +Excel tracker workbook +xlsx ")
                .containsPattern("importer +sheet +A force's own sheet, \\S.* +- ")
                .containsPattern("\\d exporter\\(s\\), 4 importer\\(s\\), 2 RAG policy\\(ies\\)");
    }

    @Test
    void formatsListsTheMailNotifiersInTheirOwnSection() {
        assertThat(run("formats")).isZero();
        String listing = out.toString();
        assertThat(listing.substring(listing.indexOf("\nNotifiers (tell owners an update is requested, with their form):\n")))
                .containsPattern("(?m)^ID +VERSION +LOCATION$")
                .containsPattern("(?m)^eml +\\S+ +\\S+\\R    writes one e-mail message \\(\\.eml\\) per owner with the form attached,"
                        + " to send with your own mail\\R    system$")
                .containsPattern("(?m)^smtp +\\S+ +\\S+\\R    sends each owner an e-mail with the form attached through an SMTP server"
                        + " \\(password from\\R    TRACKER_SMTP_PASSWORD\\)$")
                .containsPattern("\\d exporter\\(s\\), 4 importer\\(s\\), 2 RAG policy\\(ies\\), 2 notifier\\(s\\)");

        assertThat(run("formats", "--verbose")).isZero();
        assertThat(out.toString())
                .contains("    class io.github.rectrack.notify.mail.EmlNotifier, options [dir, from]")
                .contains("    class io.github.rectrack.notify.mail.SmtpNotifier, options [from, host, port, starttls, user]");
    }

    @Test
    void aNotifierIsChosenByIdAndAnUnknownIdListsTheNotifiers() throws IOException {
        try (Plugins plugins = Plugins.open(null)) {
            assertThat(plugins.notifiers().notifier("eml").id()).isEqualTo("eml");
            assertThatThrownBy(() -> plugins.notifiers().notifier("teams")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("no notifier has id 'teams'; the notifiers are [eml, smtp]");
        }
    }

    @Test
    void convertsTheLeicestershireRegisterToCsvAndBack(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("register.csv");
        assertThat(run("report", "--example", LEICESTERSHIRE, "-o", csv.toString())).isZero();
        assertThat(Files.readString(csv)).startsWith("source_id,source_title,source_kind,")
                .contains("\"seized-found-property-2018-4.1\",4.1,\"Missing Firearm\"");
        Path back = dir.resolve("back.json");
        assertThat(run("import", csv.toString(), "-o", back.toString())).isZero();
        Path again = dir.resolve("again.csv");
        assertThat(run("convert", back.toString(), "--as-of", "2020-10-16", "-o", again.toString())).isZero();
        assertThat(Files.readString(again)).isEqualTo(Files.readString(csv));
    }

    @Test
    void passesATemplateToTheExporterAndLeavesNothingWhenItCannotBeRead(@TempDir Path dir) {
        Path paper = dir.resolve("paper.docx");
        assertThat(run("report", "--example", LEICESTERSHIRE, "--template", dir.resolve("missing.dotx").toString(), "-o", paper.toString()))
                .isEqualTo(TrackerCommand.EXIT_USAGE);
        assertThat(err.toString()).contains("missing.dotx");
        assertThat(paper).doesNotExist();
        assertThat(run("report", "--example", LEICESTERSHIRE, "--template", "a.docx", "--option", "template=b.docx", "-o", paper.toString()))
                .isEqualTo(TrackerCommand.EXIT_USAGE);
        assertThat(err.toString()).contains("--template a.docx and --option template=b.docx disagree: give one");
    }

    @Test
    void theTopLevelHelpDocumentsTheExitCodesAndThePluginDirectory() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString())
                .contains("Exit codes:")
                .containsPattern("0 +success")
                .containsPattern("1 +the register is invalid, or the imported input has errors")
                .containsPattern("2 +usage error, unreadable input, unknown format id, or a failure to write")
                .contains("--plugins=DIR").contains("TRACKER_PLUGINS").contains("--no-progress")
                .contains("report").contains("import").contains("convert").contains("formats").contains("validate");
    }

    @Test
    void everySubcommandHasHelpWithTheGlobalOptionsAndItsExitCodes() {
        for (String command : new String[] {"report", "import", "convert", "validate", "formats", "summary"}) {
            out.getBuffer().setLength(0);
            assertThat(run(command, "--help")).as(command).isZero();
            assertThat(out.toString()).as(command).contains("Usage: tracker " + command).contains("--plugins=DIR")
                    .contains("--no-progress").contains("Exit codes:");
        }
    }

    @Test
    void reportWritesCanonicalJsonChosenByTheExtension(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("paper.json");
        assertThat(run("report", "--example", LEICESTERSHIRE, "--since", "2020-07-16", "-o", target.toString())).isZero();
        assertThat(target).hasContent(canonical(ReferenceRegister.LEICESTERSHIRE_2020).stripTrailing());
        assertThat(err.toString()).contains("Wrote " + LEICESTERSHIRE + " as of 2020-10-16 for JARAP with 'json' to " + target);
    }

    @Test
    void reportWritesToStandardOutputWhenTheFormatIsGiven() {
        PrintStream saved = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertThat(run("report", "--example", MPS, "--format", "json", "-o", "-")).isZero();
        } finally {
            System.setOut(saved);
        }
        Register register = new RegisterJson().read(captured.toString(StandardCharsets.UTF_8), "stdout").orElseThrow();
        assertThat(register.recommendationCount()).isEqualTo(13);
        assertThat(err.toString()).doesNotContain("Wrote");

        assertThat(run("report", "--example", MPS, "-o", "-")).isEqualTo(TrackerCommand.EXIT_USAGE);
        assertThat(err.toString()).contains("tracker: writing to standard output needs --format; the exporters are [");
    }

    @Test
    void reportRefusesAnInvalidRegisterAndWritesNothing(@TempDir Path dir) throws IOException {
        Path file = withAnInvalidPriority(dir.resolve("register.json"));
        Path target = dir.resolve("paper.json");
        assertThat(run("report", file.toString(), "--as-of", "2002-03-31", "-o", target.toString())).isEqualTo(TrackerCommand.EXIT_INVALID);
        assertThat(err.toString())
                .contains("ERROR sources[0].recommendations[0].priority: priority 'High' is not in the scheme; expected one of [Ungraded]")
                .contains("tracker: " + file + " is not a valid register (13 error(s), 2 warning(s)); nothing was written.");
        assertThat(target).doesNotExist();
    }

    @Test
    void reportRefusesABadDayOrForum(@TempDir Path dir) {
        Path target = dir.resolve("paper.json");
        assertThat(run("report", "--example", LEICESTERSHIRE, "--since", "2020-11-01", "-o", target.toString()))
                .isEqualTo(TrackerCommand.EXIT_USAGE);
        assertThat(err.toString()).contains("tracker: the previous meeting (2020-11-01) must be before the report's day (2020-10-16)");
        assertThat(run("report", "--example", LEICESTERSHIRE, "--forum", "ORB", "-o", target.toString())).isEqualTo(TrackerCommand.EXIT_USAGE);
        assertThat(err.toString()).contains("tracker: the register has no forum 'ORB'; its forums are [OWNER, SORB, JARAP]");
        assertThat(run("report", "--example", LEICESTERSHIRE, "--option", "colour=blue", "-o", target.toString()))
                .isEqualTo(TrackerCommand.EXIT_USAGE);
        assertThat(err.toString()).contains("tracker: 'json' has no option [colour]; its options are [layout]");
        assertThat(target).doesNotExist();
    }

    @Test
    void importThenConvertRoundTripsThroughJson(@TempDir Path dir) throws IOException {
        Path in = copy(ReferenceRegister.ESSEX_ICO_2020, dir.resolve("essex.json"));
        Path imported = dir.resolve("register.json");
        assertThat(run("import", "--input-format", "json", in.toString(), "-o", imported.toString())).isZero();
        assertThat(imported).hasContent(canonical(ReferenceRegister.ESSEX_ICO_2020).stripTrailing());
        assertThat(err.toString()).contains(in + ": 0 error(s), ").contains("Imported ").contains(" with 'json' to " + imported);

        Path converted = dir.resolve("converted.json");
        assertThat(run("convert", imported.toString(), "--input-format", "json", "--format", "json", "-o", converted.toString())).isZero();
        assertThat(Files.readString(converted)).isEqualTo(Files.readString(imported));
        Path byExtension = dir.resolve("again.json");
        assertThat(run("convert", converted.toString(), "-o", byExtension.toString())).isZero();
        assertThat(Files.readString(byExtension)).isEqualTo(Files.readString(imported));
    }

    @Test
    void importListsTheFindingsWithTheirLocationsAndWritesNothingOnErrors(@TempDir Path dir) throws IOException {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"schemaVersion\": \"1.0\", \"id\": \"x\", \"organisation\": 7.5e}");
        Path target = dir.resolve("register.json");
        assertThat(run("import", broken.toString(), "-o", target.toString(), "--keep-valid")).isEqualTo(TrackerCommand.EXIT_INVALID);
        assertThat(err.toString()).startsWith("ERROR ").contains("broken.json line 1")
                .contains("tracker: no register could be read from " + broken + " with 'json'; nothing was written");
        assertThat(target).doesNotExist();

        Path invalid = withAnInvalidPriority(dir.resolve("invalid.json"));
        err.getBuffer().setLength(0);
        assertThat(run("import", invalid.toString(), "-o", target.toString())).isEqualTo(TrackerCommand.EXIT_INVALID);
        assertThat(err.toString())
                .contains("ERROR sources[0].recommendations[0].priority: priority 'High' is not in the scheme; expected one of [Ungraded]")
                .contains(invalid + ": 13 error(s), 2 warning(s)")
                .contains("tracker: nothing was written; correct the errors above, or use --keep-valid to write what could be read");
        assertThat(target).doesNotExist();
    }

    @Test
    void importWithKeepValidWritesWhatCouldBeReadAndStillExitsOne(@TempDir Path dir) throws IOException {
        Path invalid = withAnInvalidPriority(dir.resolve("invalid.json"));
        Path target = dir.resolve("register.json");
        assertThat(run("import", invalid.toString(), "-o", target.toString(), "--keep-valid")).isEqualTo(TrackerCommand.EXIT_INVALID);
        assertThat(err.toString()).contains("tracker: wrote the part of " + invalid
                + " that could be read (13 recommendations in 1 sources) to " + target + ", despite the errors above");
        Register register = new RegisterJson().read(Files.readString(target), "register.json").orElseThrow();
        assertThat(register.recommendationCount()).isEqualTo(13);
    }

    @Test
    void importRefusesAnUnknownImporterAndAMissingFile(@TempDir Path dir) throws IOException {
        Path in = copy(ReferenceRegister.MPS_DISTRICT_AUDIT_2002, dir.resolve("mps.json"));
        Path target = dir.resolve("register.json");
        assertThat(run("import", "--input-format", "nope", in.toString(), "-o", target.toString())).isEqualTo(TrackerCommand.EXIT_USAGE);
        assertThat(err.toString()).contains("tracker: no importer has id 'nope'; the importers are [").contains("json");
        assertThat(run("import", dir.resolve("missing.json").toString(), "-o", target.toString())).isEqualTo(TrackerCommand.EXIT_USAGE);
        assertThat(err.toString()).contains("tracker: no such file: " + dir.resolve("missing.json"));
        assertThat(target).doesNotExist();
    }

    @Test
    void aFailedReportLeavesAGoodFileAloneAndNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("paper.json");
        Files.writeString(target, "the good report\n");
        Path invalid = withAnInvalidPriority(dir.resolve("invalid.json"));
        assertThat(run("convert", invalid.toString(), "-o", target.toString())).isEqualTo(TrackerCommand.EXIT_INVALID);
        assertThat(target).hasContent("the good report");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactlyInAnyOrder(target, invalid);
        }
    }

    @Test
    void validateReadsWithTheChosenImporterAndExitsOneOnErrors(@TempDir Path dir) throws IOException {
        Path invalid = withAnInvalidPriority(dir.resolve("invalid.register"));
        assertThat(run("validate", "--input-format", "json", invalid.toString())).isEqualTo(TrackerCommand.EXIT_INVALID);
        assertThat(out.toString()).contains(invalid + ": 13 error(s), 2 warning(s)");
        assertThat(run("validate", "--example", MPS, "--no-progress")).isZero();
    }
}
