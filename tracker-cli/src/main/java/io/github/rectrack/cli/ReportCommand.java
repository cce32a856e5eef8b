package io.github.rectrack.cli;

import io.github.rectrack.engine.plugin.Formats;
import io.github.rectrack.engine.publication.Profile;
import io.github.rectrack.engine.spi.ImportResult;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code tracker report}: writes a register as a report in any exporter's format (a committee paper, a
 * tracker, CSV, canonical JSON, a plug-in's own), as of a day, for a forum, optionally with the movement
 * since the previous meeting, for an audience: {@code --profile internal}, {@code panel} (the default) or
 * {@code public} decides what is shown (see {@link Profile}); what the profile withheld is reported after
 * the file is written.
 *
 * <pre>
 * tracker report --example leicestershire-jarap-2020-10 --format json -o paper.json
 * tracker report register.json --as-of 2020-10-16 --since 2020-07-16 -o paper.docx
 * tracker report register.json --as-of 2020-10-16 --profile public -o published.docx
 * tracker --plugins plugins/ report register.json --format my-paper -o paper.html
 * </pre>
 */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Validate a register and write it as a report in any exporter's format, as of a day, for a forum.",
            "Nothing is written if the register has errors; an existing output file is replaced only by a complete one."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the report was written",
            "1:the register could not be read or is invalid; the problems are listed and nothing is written",
            "2:usage error (such as an unknown --format, which lists the exporters), unreadable input, or a failure to write"})
final class ReportCommand extends ExportCommand {

    @Mixin
    RegisterInput input = new RegisterInput();

    @Option(names = "--profile", paramLabel = "PROFILE", defaultValue = "panel",
            description = {"Who the report is for, which decides what it shows (default: ${DEFAULT-VALUE}):",
                "internal: everything;",
                "panel: parts marked up to the scheme's second-lowest handling marking, names kept;",
                "public: only parts at the lowest marking, names shown as initials or roles."})
    String profile;

    @Override
    Profile profile() {
        return Profile.byId(profile);
    }

    @Override
    ImportResult read(Formats formats) throws IOException {
        return input.read(formats);
    }

    @Override
    String inputName() {
        return input.name();
    }

    @Override
    Optional<String> recordedAs() {
        return input.recordedAs();
    }

    @Override
    Optional<String> recordedForPaper() {
        return input.recordedForPaper();
    }

    @Override
    Optional<java.nio.file.Path> inputFile() {
        return input.file();
    }

    @Override
    Optional<LocalDate> defaultDay() {
        return input.paperDate();
    }
}
