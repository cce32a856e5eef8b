package io.github.rectrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.rectrack.engine.reference.ReferenceRegister;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The conventions every command follows: {@code -} reads standard input, {@code -o}/{@code --output} names a
 * file, {@code --format text|json} chooses the printed form (with the flags it replaced accepted for one release,
 * with a warning), and {@code formats} fits 100 columns.
 */
class CommandLineConventionsTest extends CommandLineTest {

    private static final String LEICESTERSHIRE = "leicestershire-jarap-2020-10";

    private final InputStream standardInput = System.in;

    @AfterEach
    void restoreStandardInput() {
        System.setIn(standardInput);
    }

    private static byte[] bytes(ReferenceRegister reference) throws IOException {
        try (InputStream in = reference.open()) {
            return in.readAllBytes();
        }
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(buffer)) {
            out.write(bytes);
        }
        return buffer.toByteArray();
    }

    private static byte[] withAnInvalidPriority() throws IOException {
        return new String(bytes(ReferenceRegister.MPS_DISTRICT_AUDIT_2002), StandardCharsets.UTF_8)
                .replace("\"priority\": \"Ungraded\"", "\"priority\": \"High\"").getBytes(StandardCharsets.UTF_8);
    }

    private static void standardInput(byte[] bytes) {
        System.setIn(new ByteArrayInputStream(bytes));
    }

    @Test
    void summaryReadsTheRegisterFromStandardInputPlainOrCompressed() throws IOException {
        for (byte[] input : List.of(bytes(ReferenceRegister.LEICESTERSHIRE_2020), gzip(bytes(ReferenceRegister.LEICESTERSHIRE_2020)))) {
            out.getBuffer().setLength(0);
            standardInput(input);
            assertThat(run("summary", "-", "--as-of", "2020-10-16")).isZero();
            assertThat(out.toString())
                    .contains("Reported to Joint Audit, Risk and Assurance Panel (JARAP) as of 2020-10-16, RAG policy 'reference'")
                    .containsPattern("Significant +0 +8 +4 +0 +12\\R")
                    .containsPattern("Total +0 +10 +7 +0 +17\\R");
        }
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void errorsInStandardInputNameItAsThePlace() throws IOException {
        standardInput("{\"schemaVersion\": \"1.0\", \"id\": \"x\", \"organisation\": 7.5e}".getBytes(StandardCharsets.UTF_8));
        assertThat(run("validate", "-")).isEqualTo(TrackerCommand.EXIT_INVALID);
        assertThat(out.toString()).startsWith("ERROR standard input line 1");

        out.getBuffer().setLength(0);
        byte[] compressed = gzip(bytes(ReferenceRegister.MPS_DISTRICT_AUDIT_2002));
        standardInput(java.util.Arrays.copyOf(compressed, compressed.length / 2));
        assertThat(run("validate", "-")).isEqualTo(TrackerCommand.EXIT_INVALID);
        assertThat(out.toString()).contains("standard input").contains("gzip-compressed data is cut short or damaged");

        assertThat(run("summary", "-", "--recorded-on", "2020-10-16")).isEqualTo(TrackerCommand.EXIT_USAGE);
        assertThat(err.toString()).contains("tracker: --recorded-on needs a journal, and standard input has none");
    }

    @Test
    void validateCountsTheProblemsOfStandardInputUnderThatName() throws IOException {
        standardInput(withAnInvalidPriority());
        assertThat(run("validate", "-")).isEqualTo(TrackerCommand.EXIT_INVALID);
        assertThat(out.toString()).contains("standard input: 13 error(s), 2 warning(s)");
    }

    @Test
    void importAndConvertReadStandardInputAndWriteAFile(@TempDir Path dir) throws IOException {
        Path imported = dir.resolve("register.json");
        standardInput(bytes(ReferenceRegister.MPS_DISTRICT_AUDIT_2002));
        assertThat(run("import", "-", "-o", imported.toString())).isZero();
        assertThat(err.toString()).contains("Imported 13 recommendations in 1 sources from standard input with 'json' to " + imported);

        Path csv = dir.resolve("register.csv");
        standardInput(Files.readAllBytes(imported));
        assertThat(run("convert", "-", "-o", csv.toString())).isZero();
        assertThat(Files.readAllLines(csv)).hasSize(14);
    }

    @Test
    void validateAsJsonListsEachFindingWithItsSeverityPlaceAndMessageAndKeepsTheExitCode(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("register.json"), withAnInvalidPriority());
        assertThat(run("validate", file.toString(), "--format", "json")).isEqualTo(TrackerCommand.EXIT_INVALID);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.path("register").asText()).isEqualTo(file.toString());
        assertThat(json.path("read").asBoolean()).isTrue();
        assertThat(json.path("valid").asBoolean()).isFalse();
        assertThat(json.path("errors").asInt()).isEqualTo(13);
        assertThat(json.path("warnings").asInt()).isEqualTo(2);
        assertThat(json.path("findings")).hasSize(15);
        JsonNode first = json.path("findings").get(0);
        assertThat(first.path("severity").asText()).isEqualTo("ERROR");
        assertThat(first.path("location").asText()).isEqualTo("sources[0].recommendations[0].priority");
        assertThat(first.path("message").asText()).isEqualTo("priority 'High' is not in the scheme; expected one of [Ungraded]");

        out.getBuffer().setLength(0);
        assertThat(run("validate", "--example", LEICESTERSHIRE, "--format", "json")).isZero();
        json = new ObjectMapper().readTree(out.toString());
        assertThat(json.path("valid").asBoolean()).isTrue();
        assertThat(json.path("errors").asInt()).isZero();
    }

    @Test
    void validateAsJsonSaysWhenNothingCouldBeRead() throws IOException {
        standardInput("not json".getBytes(StandardCharsets.UTF_8));
        assertThat(run("validate", "-", "--format", "json")).isEqualTo(TrackerCommand.EXIT_INVALID);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.path("register").asText()).isEqualTo("standard input");
        assertThat(json.path("read").asBoolean()).isFalse();
        assertThat(json.path("findings").get(0).path("severity").asText()).isEqualTo("ERROR");
        assertThat(json.path("findings").get(0).path("location").asText()).startsWith("standard input");
    }

    @Test
    void outputNamesAFileAndFormatChoosesTheForm(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("summary.json");
        assertThat(run("summary", "--example", LEICESTERSHIRE, "--format", "json", "-o", file.toString())).isZero();
        assertThat(out.toString()).isEmpty();
        JsonNode json = new ObjectMapper().readTree(file.toFile());
        assertThat(json.path("totals").path("AMBER").asInt()).isEqualTo(10);
        assertThat(json.path("totals").path("GREEN").asInt()).isEqualTo(7);
        assertThat(json.path("proposedClosed").asInt()).isEqualTo(7);

        Path text = dir.resolve("findings.txt");
        assertThat(run("validate", "--example", "mps-district-audit-2001-02", "--output", text.toString())).isZero();
        assertThat(Files.readString(text)).contains("mps-district-audit-2001-02: 0 error(s), 2 warning(s)");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void theSummarysOldOutputFlagStillChoosesTheFormWithADeprecationWarning(@TempDir Path dir) throws IOException {
        assertThat(run("summary", "--example", LEICESTERSHIRE, "--output", "json")).isZero();
        assertThat(new ObjectMapper().readTree(out.toString()).path("totals").path("total").asInt()).isEqualTo(17);
        assertThat(err.toString().lines().toList()).containsExactly("tracker: warning: 'summary --output json' is deprecated and will be"
                + " refused in the next release: use --format json (--output names a file; write ./json for a file of that name)");
        assertThat(dir.resolve("json")).doesNotExist();
    }

    @Test
    void theImportsOldFormatFlagStillNamesTheImporterWithADeprecationWarningAndIsHiddenFromHelp(@TempDir Path dir) throws IOException {
        Path in = Files.write(dir.resolve("mps.txt"), bytes(ReferenceRegister.MPS_DISTRICT_AUDIT_2002));
        Path target = dir.resolve("register.json");
        assertThat(run("import", in.toString(), "--format", "json", "-o", target.toString())).isZero();
        assertThat(target).exists();
        assertThat(err.toString()).startsWith("tracker: warning: 'import --format json' is deprecated and will be refused in the next"
                + " release: use --input-format json\n");

        assertThat(run("import", in.toString(), "--format", "json", "--input-format", "csv", "-o", target.toString()))
                .isEqualTo(TrackerCommand.EXIT_USAGE);
        assertThat(err.toString()).contains("tracker: --input-format csv and --format json disagree: give one");

        out.getBuffer().setLength(0);
        assertThat(run("import", "--help")).isZero();
        assertThat(out.toString()).contains("--input-format=ID").doesNotContain("--format");
    }

    @Test
    void formatsFitsAHundredColumns() {
        assertThat(run("formats")).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(100));
        assertThat(out.toString())
                .containsPattern("(?m)^exporter +docx +Committee paper \\(Word\\) +docx ")
                .containsPattern("(?m)^eml +\\S+ +\\S+$")
                .contains("\n    writes one e-mail message (.eml) per owner with the form attached, to send with your own mail\n"
                        + "    system\n")
                .contains("\n    sends each owner an e-mail with the form attached through an SMTP server (password from\n"
                        + "    TRACKER_SMTP_PASSWORD)\n");
    }

    @Test
    void formatsAsJsonListsEveryImporterAndExporterWithItsExtensionsAndOptions() throws IOException {
        assertThat(run("formats", "--format", "json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        List<String> exporters = new ArrayList<>();
        json.path("exporters").forEach(e -> exporters.add(e.path("id").asText()));
        List<String> importers = new ArrayList<>();
        json.path("importers").forEach(e -> importers.add(e.path("id").asText()));
        assertThat(exporters).contains("csv", "docx", "json", "xlsx");
        assertThat(importers).containsExactlyInAnyOrder("csv", "json", "sheet", "xlsx");
        JsonNode jsonImporter = find(json.path("importers"), "json");
        assertThat(jsonImporter.path("description").asText()).isEqualTo("Canonical JSON register");
        assertThat(jsonImporter.path("extensions").toString()).isEqualTo("[\"json\",\"json.gz\"]");
        JsonNode sheet = find(json.path("importers"), "sheet");
        assertThat(sheet.path("extensions")).isEmpty();
        assertThat(sheet.path("options").toString()).contains("\"mapping\"");
        assertThat(find(json.path("exporters"), "docx").path("options").toString()).contains("\"template\"");
        assertThat(json.path("ragPolicies")).hasSize(2);
        assertThat(find(json.path("notifiers"), "smtp").path("options").toString())
                .isEqualTo("[\"from\",\"host\",\"port\",\"starttls\",\"user\"]");
        assertThat(json.path("failures")).isEmpty();
    }

    private static JsonNode find(JsonNode list, String id) {
        for (JsonNode node : list) {
            if (node.path("id").asText().equals(id)) {
                return node;
            }
        }
        throw new AssertionError("no " + id + " in " + list);
    }
}
