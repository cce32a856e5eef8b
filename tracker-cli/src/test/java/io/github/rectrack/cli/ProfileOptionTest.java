package io.github.rectrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectrack.engine.json.RegisterJson;
import io.github.rectrack.model.Register;
import io.github.rectrack.model.Scheme;
import io.github.rectrack.testkit.LeakCheck;
import io.github.rectrack.testkit.RestrictedRegister;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tracker report --profile}: what the written report shows, and what the command says was withheld. */
class ProfileOptionTest extends CommandLineTest {

    private static Path restricted(Path dir) throws IOException {
        Path file = dir.resolve("restricted.json");
        Files.writeString(file, new RegisterJson().writeToString(RestrictedRegister.register()), StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void publicLeavesOutMarkedPartsAndNamesAndSaysSo(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("published.json");
        assertThat(run("report", restricted(dir).toString(), "--as-of", "2024-03-31", "--profile", "public", "--no-progress",
                "-o", out.toString())).isZero();
        String written = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(RestrictedRegister.forbiddenInPublic()).allSatisfy(text -> assertThat(written).doesNotContain(text));
        assertThat(written).contains("\"name\": \"MFH\"");
        assertThat(err.toString()).contains("Profile 'public': This paper omits 1 source, 2 recommendations, 1 management response, "
                + "1 update, 1 extension request, 1 action, 1 decision note and 1 evidence item marked OFFICIAL-SENSITIVE; names are shown as initials or roles.");
    }

    @Test
    void panelIsTheDefaultAndWithTwoMarkingsShowsEverything(@TempDir Path dir) throws IOException {
        Path in = restricted(dir);
        Path out = dir.resolve("panel.json");
        assertThat(run("report", in.toString(), "--as-of", "2024-03-31", "--no-progress", "-o", out.toString())).isZero();
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(Files.readString(in, StandardCharsets.UTF_8));
        assertThat(err.toString()).doesNotContain("Profile '");
    }

    @Test
    void convertWritesEverything(@TempDir Path dir) throws IOException {
        Path in = restricted(dir);
        Path out = dir.resolve("converted.json");
        assertThat(run("convert", in.toString(), "--as-of", "2024-03-31", "--no-progress", "-o", out.toString())).isZero();
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(Files.readString(in, StandardCharsets.UTF_8));
    }

    @Test
    void anUnknownProfileIsAUsageErrorNamingTheProfiles(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("never.json");
        assertThat(run("report", restricted(dir).toString(), "--as-of", "2024-03-31", "--profile", "secret", "--no-progress",
                "-o", out.toString())).isEqualTo(TrackerCommand.EXIT_USAGE);
        assertThat(err.toString()).contains("there is no publication profile 'secret'; the profiles are internal, panel, public");
        assertThat(out).doesNotExist();
    }

    @Test
    void publicRefusesASchemeThatListsOfficialSensitiveBeforeOfficialAndWritesNothing(@TempDir Path dir) throws IOException {
        Register register = RestrictedRegister.register();
        Scheme s = register.scheme();
        Register inverted = new Register(register.id(), register.organisation(), register.asOf(), new Scheme(s.priorities(),
                s.assuranceLevels(), List.of("OFFICIAL-SENSITIVE", "OFFICIAL"), s.forums(), s.ragPolicy(), s.ragSettings(),
                s.reportingRules()), register.people(), register.sources());
        Path in = dir.resolve("inverted.json");
        Files.writeString(in, new RegisterJson().writeToString(inverted), StandardCharsets.UTF_8);
        Path out = dir.resolve("published.docx");
        assertThat(run("report", in.toString(), "--as-of", "2024-03-31", "--profile", "public", "--no-progress",
                "-o", out.toString())).isEqualTo(TrackerCommand.EXIT_INVALID);
        assertThat(err.toString()).contains("ERROR scheme.handlingMarkings[1]: 'OFFICIAL' is listed after the more restricted "
                + "'OFFICIAL-SENSITIVE'; handling markings are listed least restricted first, and the Government Security "
                + "Classifications go OFFICIAL < OFFICIAL-SENSITIVE < SECRET < TOP SECRET")
                .contains("is not a valid register (1 error(s), 0 warning(s)); nothing was written")
                .doesNotContain("Profile 'public'");
        assertThat(out).doesNotExist();
        try (var left = Files.list(dir)) {
            assertThat(left).containsExactly(in);
        }
    }

    @Test
    void publicStripsATemplatesCommentsAndPropertiesAndSaysWhichParts(@TempDir Path dir) throws IOException {
        Path template = dir.resolve("force.docx");
        try (XWPFDocument t = new XWPFDocument(); var out = Files.newOutputStream(template)) {
            t.getProperties().getCoreProperties().setCreator(RestrictedRegister.PERSONAL_NAMES.get(0));
            t.createComments().createComment(BigInteger.ONE).setAuthor(RestrictedRegister.PERSONAL_NAMES.get(1));
            t.createParagraph().createRun().setText("Contact: " + RestrictedRegister.PERSONAL_NAMES.get(2));
            t.write(out);
        }
        Path out = dir.resolve("published.docx");
        assertThat(run("report", restricted(dir).toString(), "--as-of", "2024-03-31", "--profile", "public", "--no-progress",
                "--template", template.toString(), "--option", "author=" + RestrictedRegister.PERSONAL_NAMES.get(0), "-o",
                out.toString())).isZero();
        assertThat(LeakCheck.search(Files.readAllBytes(out), RestrictedRegister.forbiddenInPublic())).isEmpty();
        assertThat(err.toString())
                .contains("WARNING template " + template + " > word/comments.xml: removed (comments): under the public profile a "
                        + "template's comments, custom XML, building blocks and custom properties are not published")
                .contains("WARNING template " + template + " > docProps/core.xml: the template's document property 'creator' was "
                        + "removed: under the public profile a template's properties that may name people are not published");
    }

    @Test
    void theHelpListsTheProfiles() {
        assertThat(run("report", "--help")).isZero();
        String help = out.toString().replaceAll("\\s+", " ");
        assertThat(help).contains("--profile=PROFILE Who the report is for, which decides what it shows (default: panel): "
                + "internal: everything; panel: parts marked up to the scheme's second-lowest handling marking, names kept; "
                + "public: only parts at the lowest marking, names shown as initials or roles.");
    }
}
