package io.github.rectrack.cli;

import io.github.rectrack.engine.plugin.Formats;
import io.github.rectrack.engine.spi.ImportResult;
import io.github.rectrack.engine.spi.Options;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tracker convert}: reads a register with any importer and writes it with any exporter, for
 * example a force's spreadsheet to canonical JSON or JSON to CSV. Like {@code report}, the register
 * must read without errors and validate; the day is {@code --as-of}, else today. A conversion writes
 * everything, handling markings and names included (the internal publication profile): it must not lose
 * what was stored. Use {@code tracker report --profile} to publish.
 *
 * <pre>
 * tracker convert tracker.csv -o register.json
 * tracker convert register.json --format csv -o -
 * </pre>
 */
@Command(name = "convert", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Read a register with one format and write it with another (by --input-format / --format, else by the file extensions).",
            "Nothing is written if the input has errors; an existing output file is replaced only by a complete one."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:converted",
            "1:the input could not be read without errors or is not a valid register; nothing is written",
            "2:usage error (such as an unknown format id), unreadable input, or a failure to write"})
final class ConvertCommand extends ExportCommand {

    @Parameters(paramLabel = "IN", description = "The file to read, '-' for standard input; with --store, the register's id in the store.")
    Path in;

    @Option(names = "--store", paramLabel = "URI", defaultValue = "${env:" + StoredRegister.STORE_VARIABLE + "}",
            description = StoredRegister.STORE_HELP)
    String store;

    @Option(names = "--input-format", paramLabel = "ID",
            description = "The importer to read IN with (default: by its extension, else json).")
    String inputFormat;

    @Option(names = "--input-option", paramLabel = "KEY=VALUE", description = "An option for the importer; repeat for more.")
    Map<String, String> inputOptions = new LinkedHashMap<>();

    @Override
    ImportResult read(Formats formats) throws IOException {
        if (inStore()) {
            return RegisterInput.of(in, null, inputFormat, inputOptions, store).read(formats);
        }
        return RegisterInput.readWithJournal(formats, in, inputFormat, Options.of(inputOptions));
    }

    @Override
    String inputName() {
        return inStore() ? in.toString() : RegisterInput.nameOf(in);
    }

    @Override
    Optional<Path> inputFile() {
        return inStore() || RegisterInput.isStandardInput(in) ? Optional.empty() : Optional.of(in);
    }

    private boolean inStore() {
        return store != null && !store.isBlank();
    }

    @Override
    Optional<LocalDate> defaultDay() {
        return Optional.empty();
    }
}
