package io.github.rectrack.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** {@link MappingSuggester} on the worked example's sheets and on sheets laid out as other forces keep them. */
class MappingSuggesterTest {

    private static final Path EXAMPLE = Path.of("..", "docs", "examples", "force-spreadsheet");
    private static final YAMLMapper YAML = new YAMLMapper();

    private static MappingSuggester.Suggestion suggest(Path file, Optional<String> sheet) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new MappingSuggester().suggest(in, file.getFileName().toString(), sheet);
        }
    }

    private static MappingSuggester.Suggestion suggest(byte[] bytes, String name) throws IOException {
        return new MappingSuggester().suggest(new ByteArrayInputStream(bytes), name, Optional.empty());
    }

    private static JsonNode parse(MappingSuggester.Suggestion suggestion) throws IOException {
        return YAML.readTree(suggestion.yaml());
    }

    private static Map<String, String> texts(JsonNode object) {
        Map<String, String> map = new LinkedHashMap<>();
        object.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString()));
        return map;
    }

    /** The comment of the YAML line that starts with the text, after indentation. */
    private static String comment(MappingSuggester.Suggestion suggestion, String start) {
        return suggestion.yaml().lines().filter(l -> l.strip().startsWith(start)).findFirst()
                .map(l -> l.substring(l.indexOf("# ") + 2)).orElseThrow(() -> new AssertionError("no line " + start + " in\n" + suggestion.yaml()));
    }

    @Test
    void proposesTheWorkedExamplesColumnsForItsWorkbook() throws IOException {
        MappingSuggester.Suggestion suggestion = suggest(EXAMPLE.resolve("force-tracker.xlsx"), Optional.empty());
        JsonNode proposed = parse(suggestion);
        JsonNode example = YAML.readTree(EXAMPLE.resolve("mapping.yaml").toFile());

        ObjectNode expectedColumns = ((ObjectNode) example.get("columns")).deepCopy();
        expectedColumns.put("rag", "RAG");
        assertThat(texts(proposed.get("columns"))).isEqualTo(texts(expectedColumns));
        assertThat(proposed.get("sheet").asText()).isEqualTo("Tracker");
        assertThat(proposed.get("headerRow").asInt()).isEqualTo(4);
        assertThat(proposed.get("continuationRows").asBoolean()).isTrue();
        assertThat(proposed.get("sourceKind").asText()).isEqualTo("INTERNAL_AUDIT");
        assertThat(proposed.at("/register/organisation").asText()).isEqualTo("?");
        assertThat(proposed.at("/register/id").asText()).isEqualTo("force-tracker");
        assertThat(proposed.at("/register/asOf").isMissingNode()).isTrue();
        assertThat(proposed.get("scheme").asText()).isEqualTo("default");
        assertThat(texts(proposed.at("/values/status"))).containsExactly(
                Map.entry("In progress", "none"), Map.entry("Proposed Close", "PROPOSED_CLOSED"), Map.entry("Open", "none"),
                Map.entry("Complete", "CLOSED"), Map.entry("BAU", "MOVED_TO_BUSINESS_AS_USUAL"));
        assertThat(texts(proposed.at("/values/priority"))).isEqualTo(texts(example.at("/values/priority")));
        assertThat(texts(proposed.at("/values/assurance")))
                .containsExactly(Map.entry("Limited", "Limited"), Map.entry("Reasonable", "Satisfactory"));
        assertThat(proposed.get("ignore")).isEmpty();

        assertThat(suggestion.sheet()).contains("Tracker");
        assertThat(suggestion.headerRow()).isEqualTo(4);
        assertThat(suggestion.mappedColumns()).isEqualTo(16);
        assertThat(suggestion.ignoredColumns()).isZero();
        assertThat(suggestion.wordsToDecide()).isZero();
        assertThat(comment(suggestion, "reference:")).isEqualTo("column D: header 'Rec No.' reads as the reference");
        assertThat(comment(suggestion, "Complete:")).isEqualTo("column L (Status), 2 rows: 'Complete' reads as closed by the panel");
        assertThat(comment(suggestion, "Medium:")).isEqualTo("column E (Priority), 5 rows: 'Medium' reads as the middle of three levels");
        assertThat(comment(suggestion, "sheet:")).isEqualTo("its row 4 reads best as a header (16 headers); 'Read me': no headers");
        assertThat(comment(suggestion, "continuationRows:"))
                .isEqualTo("row 8 has no reference (column D) or text (column G) but an update or status: it adds to the row above");
        assertThat(suggestion.seen()).contains("columns.reference: column D: header 'Rec No.' reads as the reference");
    }

    @Test
    void theProposedMappingWithItsOrganisationWrittenImportsTheExampleWithNoErrors() throws IOException {
        MappingSuggester.Suggestion suggestion = suggest(EXAMPLE.resolve("force-tracker.xlsx"), Optional.empty());
        String filled = suggestion.yaml().replace("organisation: \"?\"", "organisation: Example Constabulary");

        ColumnMapping mapping = ColumnMapping.parse(filled, "mapping.yaml");
        io.github.rectrack.engine.spi.ImportResult result;
        try (InputStream in = Files.newInputStream(EXAMPLE.resolve("force-tracker.xlsx"))) {
            result = MappedSpreadsheet.read(in, "force-tracker.xlsx", mapping);
        }

        assertThat(result.findings()).noneMatch(io.github.rectrack.engine.spi.Finding::isError);
        assertThat(result.register()).hasValueSatisfying(r -> {
            assertThat(r.recommendationCount()).isEqualTo(11);
            assertThat(r.sources()).hasSize(9);
            assertThat(r.organisation()).isEqualTo("Example Constabulary");
        });
    }

    @Test
    void aProposedMappingWithAWordLeftUndecidedIsRefusedNamingTheWord() throws IOException {
        String yaml = suggest(EXAMPLE.resolve("force-tracker-errors.xlsx"), Optional.empty()).yaml()
                .replace("organisation: \"?\"", "organisation: Example Constabulary");

        assertThatThrownBy(() -> ColumnMapping.parse(yaml, "mapping.yaml"))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("Urgent")
                .hasMessageContaining("Done?");
    }

    @Test
    void proposesTheSameForTheCsvCopyWithoutASheet() throws IOException {
        JsonNode fromXlsx = parse(suggest(EXAMPLE.resolve("force-tracker.xlsx"), Optional.of("tracker")));
        MappingSuggester.Suggestion suggestion = suggest(EXAMPLE.resolve("force-tracker.csv"), Optional.empty());
        JsonNode fromCsv = parse(suggestion);

        assertThat(fromCsv.has("sheet")).isFalse();
        assertThat(suggestion.sheet()).isEmpty();
        assertThat(fromCsv.get("headerRow").asInt()).isEqualTo(4);
        assertThat(fromCsv.get("columns")).isEqualTo(fromXlsx.get("columns"));
        assertThat(fromCsv.get("values")).isEqualTo(fromXlsx.get("values"));
    }

    @Test
    void marksTheWordsItCannotPlaceAndIgnoresTheUnknownColumn() throws IOException {
        MappingSuggester.Suggestion suggestion = suggest(EXAMPLE.resolve("force-tracker-errors.xlsx"), Optional.empty());
        JsonNode proposed = parse(suggestion);

        assertThat(proposed.at("/values/status/Done?").asText()).isEqualTo("?");
        assertThat(proposed.at("/values/priority/Urgent").asText()).isEqualTo("?");
        assertThat(proposed.get("ignore")).hasSize(1);
        assertThat(proposed.get("ignore").get(0).asText()).isEqualTo("Days Overdue");
        assertThat(comment(suggestion, "- Days Overdue"))
                .isEqualTo("column Q (Days Overdue): header 'Days Overdue' not recognised: map it or leave it ignored");
        assertThat(comment(suggestion, "Urgent:"))
                .isEqualTo("column E (Priority), 1 row: 'Urgent' not recognised: say one of Fundamental, Significant, Housekeeping");
        assertThat(suggestion.wordsToDecide()).isEqualTo(2);
        assertThat(suggestion.ignoredColumns()).isEqualTo(1);
    }

    /** A force's audit tracker with title rows above the header, messy headers and no priority column. */
    static byte[] titledSheet() {
        return workbook("Audit Actions", List.of(
                row("Essex Police: Information Rights Development Plan"),
                row("Position as at 5th May 2020"),
                row(),
                row("Rec No.", "Recommendation", "Person  Responsible", "Target Date\n(original)", "Revised target date",
                        "Latest update", "Status", "", "Days Overdue"),
                row("1.1", "Create a spreadsheet of the subject access requests held by each SIO.", "DS, Information Rights",
                        "23 Apr 2020", "", "An Excel spreadsheet has been created and shows the position as at 5th May 2020.",
                        "Recommended for closure", "", "0"),
                row("1.2", "Diarise the quarterly review of the disclosure log.", "Information Rights Manager", "23 Apr 2020",
                        "", "Diarising completed 23 Apr 2020, now moved to business as usual.", "Business as usual", "", "0"),
                row("2.1", "Publish the fee schedule in the Force policy.", "DS, Finance", "31 May 2020", "",
                        "6th May 2020 - the policy containing the fee schedule has been published.", "Done?", "x", "0"),
                row("2.2", "Accredit the staff of the secondary work areas.", "Information Rights Manager", "Ongoing",
                        "Conclusion of pandemic", "This action will be hibernated until work resumes.", "Hibernated", "", "12"),
                row("3.1", "Deliver FOI training to the team.", "DS, Information Rights", "30 Jun 2020", "30 Sep 2020",
                        "Training materials are being reviewed.", "75% complete", "", "40"),
                row("3.2", "Review the SOPs for Insurance and Legal Aid disclosures.", "DS, Information Rights", "30 Jun 2020",
                        "", "SOPs are in draft.", "Time extension requested", "", "40"),
                row("3.3", "Complete the PowerPoint on FOI.", "DS, Information Rights", "30 Jun 2020", "", "Outstanding.",
                        "Open – actions ongoing, off track", "", "40")));
    }

    @Test
    void findsTheHeaderBelowTitleRowsAndReadsMessyHeaders() throws IOException {
        MappingSuggester.Suggestion suggestion = suggest(titledSheet(), "information-rights-plan.xlsx");
        JsonNode proposed = parse(suggestion);

        assertThat(proposed.get("headerRow").asInt()).isEqualTo(4);
        assertThat(proposed.at("/register/asOf").asText()).isEqualTo("2020-05-05");
        assertThat(comment(suggestion, "asOf:")).isEqualTo("the sheet's as-of day, from row 2: Position as at 5th May 2020");
        assertThat(texts(proposed.get("columns"))).containsExactly(
                Map.entry("reference", "Rec No."),
                Map.entry("text", "Recommendation"),
                Map.entry("owners", "Person Responsible"),
                Map.entry("target", "Target Date (original)"),
                Map.entry("revisedTarget", "Revised target date"),
                Map.entry("updateText", "Latest update"),
                Map.entry("status", "Status"),
                Map.entry("priority", "{\"value\":\"Not graded\"}"),
                Map.entry("sourceTitle", "{\"value\":\"Audit Actions\"}"));
        assertThat(comment(suggestion, "target:"))
                .isEqualTo("column D: header 'Target Date (original)' holds 'target date', read as the original target");
        assertThat(comment(suggestion, "priority:"))
                .isEqualTo("no column reads as a priority: every row is 'Not graded' (the import adds that level)");
        assertThat(texts(proposed.at("/values/status"))).containsExactly(
                Map.entry("Recommended for closure", "PROPOSED_CLOSED"),
                Map.entry("Business as usual", "MOVED_TO_BUSINESS_AS_USUAL"),
                Map.entry("Done?", "?"),
                Map.entry("Hibernated", "HIBERNATED"),
                Map.entry("75% complete", "none"),
                Map.entry("Time extension requested", "none"),
                Map.entry("Open – actions ongoing, off track", "?"));
        assertThat(comment(suggestion, "\"Open"))
                .startsWith("column G (Status), 1 row: 'Open – actions ongoing, off track' not recognised "
                        + "(it starts like 'open', which would be none): say none or one of PROPOSED_CLOSED,");
        assertThat(comment(suggestion, "Time extension requested:"))
                .endsWith("asks for more time, not a decision: the extension is kept as the stated status");
        assertThat(proposed.get("ignore")).hasSize(2);
        assertThat(proposed.get("ignore").get(0).get("letter").asText()).isEqualTo("H");
        assertThat(comment(suggestion, "- {letter: H}")).isEqualTo("column H: no header, but values from row 7: map it or leave it ignored");
        assertThat(proposed.get("ignore").get(1).asText()).isEqualTo("Days Overdue");
        assertThat(proposed.get("continuationRows").asBoolean()).isFalse();
        assertThat(suggestion.wordsToDecide()).isEqualTo(2);
        assertThat(suggestion.mappedColumns()).isEqualTo(7);
    }

    /** A committee's rolling action sheet, saved as CSV. */
    static byte[] rollingActions() {
        String csv = String.join("\r\n",
                "Meeting date,Minute No.,Action No.,Action,Person responsible,Target,Update,Status",
                "16/10/2020,24/20,1,Provide figures on written acknowledgements to victims before closure is agreed,"
                        + "Detective Superintendent,Jan 2021,\"20/07/2020 - the panel asked for figures; 01/10/2020 - figures supplied\",Open",
                "16/10/2020,25/20,2,Report on the property audit's training programme,EPAC Manager,Dec 2020,"
                        + "Project officer for training temporarily removed,Off track",
                ",,,,,,12/11/2020 - replacement project officer requested,",
                "22/01/2021,3/21,1,Circulate the reporting criteria by assurance level,OPCC Chief Finance Officer,Feb 2021,"
                        + "Circulated 1 Feb 2021,Complete",
                "");
        return csv.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsARollingActionSheetAsACommitteesActions() throws IOException {
        MappingSuggester.Suggestion suggestion = suggest(rollingActions(), "jarap-actions.csv");
        JsonNode proposed = parse(suggestion);

        assertThat(proposed.get("headerRow").asInt()).isEqualTo(1);
        assertThat(proposed.get("sourceKind").asText()).isEqualTo("COMMITTEE_ACTIONS");
        assertThat(comment(suggestion, "sourceKind:")).isEqualTo("column A (Meeting date) reads as a committee's rolling action sheet");
        assertThat(texts(proposed.get("columns"))).containsExactly(
                Map.entry("sourceDate", "Meeting date"),
                Map.entry("minute", "Minute No."),
                Map.entry("reference", "Action No."),
                Map.entry("text", "Action"),
                Map.entry("owners", "Person responsible"),
                Map.entry("target", "Target"),
                Map.entry("updateText", "Update"),
                Map.entry("status", "Status"),
                Map.entry("priority", "{\"value\":\"Not graded\"}"),
                Map.entry("sourceTitle", "{\"value\":\"jarap-actions\"}"));
        assertThat(comment(suggestion, "sourceDate:"))
                .isEqualTo("column A: header 'Meeting date' reads as the source's date; each meeting becomes a source");
        assertThat(proposed.get("continuationRows").asBoolean()).isTrue();
        assertThat(comment(suggestion, "continuationRows:")).startsWith("row 4 has no reference (column C) or text (column D)");
        assertThat(texts(proposed.at("/values/status")))
                .containsExactly(Map.entry("Open", "none"), Map.entry("Off track", "none"), Map.entry("Complete", "CLOSED"));
        assertThat(proposed.get("ignore")).isEmpty();
    }

    @Test
    void everyCommentOfAColumnOrAWordNamesAColumn() throws IOException {
        List<String> yamls = List.of(
                suggest(EXAMPLE.resolve("force-tracker-errors.xlsx"), Optional.empty()).yaml(),
                suggest(titledSheet(), "plan.xlsx").yaml(),
                suggest(rollingActions(), "actions.csv").yaml());
        for (String yaml : yamls) {
            List<String> comments = new ArrayList<>();
            boolean inColumns = false;
            for (String line : yaml.lines().toList()) {
                if (!line.startsWith(" ")) {
                    inColumns = line.startsWith("columns:") || line.startsWith("values:") || line.startsWith("ignore:");
                }
                if (inColumns && line.startsWith(" ") && line.contains("# ")) {
                    comments.add(line.substring(line.indexOf("# ")));
                }
            }
            assertThat(comments).isNotEmpty().allSatisfy(c -> assertThat(c).containsPattern("column( [A-Z]+\\b|s?\\b)"));
            assertThat(YAML.readTree(yaml).isObject()).isTrue();
        }
    }

    @Test
    void ofTwoHeadersForOneFieldTheFirstIsUsedAndTheOtherListed() throws IOException {
        byte[] sheet = workbook("Sheet1", List.of(
                row("Ref", "Recommendation", "Owner", "Action Owner", "Status", "Status"),
                row("R1", "Publish the policing plan on time.", "Head of Planning", "DH", "Open", "Open")));
        MappingSuggester.Suggestion suggestion = suggest(sheet, "district-audit.xlsx");
        JsonNode proposed = parse(suggestion);

        assertThat(proposed.at("/columns/owners").asText()).isEqualTo("Owner");
        assertThat(proposed.at("/columns/status/letter").asText()).isEqualTo("E");
        assertThat(proposed.at("/columns/sourceTitle/value").asText()).isEqualTo("district-audit");
        assertThat(suggestion.yaml()).contains("# owners: also column D (Action Owner), not used (listed under ignore)");
        assertThat(proposed.get("ignore").get(0).asText()).isEqualTo("Action Owner");
        assertThat(comment(suggestion, "- Action Owner"))
                .isEqualTo("column D (Action Owner): header 'Action Owner' also reads as the owners, which column C (Owner) gives: "
                        + "map it or leave it ignored");
        assertThat(proposed.get("ignore").get(1).get("letter").asText()).isEqualTo("F");
    }

    @Test
    void readsAtMostTwoThousandRowsBelowTheHeader() throws IOException {
        StringBuilder csv = new StringBuilder("Ref,Recommendation,Status\n");
        for (int i = 1; i <= 5_000; i++) {
            csv.append(i).append(",Action ").append(i).append(',').append(i <= 2_000 ? "Open" : "Closed").append('\n');
        }
        MappingSuggester.Suggestion suggestion = suggest(csv.toString().getBytes(StandardCharsets.UTF_8), "big.csv");

        assertThat(texts(parse(suggestion).at("/values/status"))).containsExactly(Map.entry("Open", "none"));
        assertThat(comment(suggestion, "Open:")).startsWith("column C (Status), 2000 rows:");
        assertThat(suggestion.seen()).contains("values.status: column C (Status): 1 distinct word in the first 2000 rows below the header");
    }

    @Test
    void refusesWhatItCannotRead() throws IOException {
        MappingSuggester suggester = new MappingSuggester();
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

        assertThatThrownBy(() -> suggester.suggest(new ByteArrayInputStream(xls), "old.xls", Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("old.xls is an Excel 97-2003 (.xls) workbook or another OLE2 file: save it as .xlsx (Excel Workbook) and try that");
        assertThatThrownBy(() -> suggester.suggest(new ByteArrayInputStream(new byte[0]), "empty.csv", Optional.empty()))
                .hasMessage("empty.csv is empty: expected an .xlsx workbook or a CSV file with a header row");
        try (InputStream in = Files.newInputStream(EXAMPLE.resolve("force-tracker.xlsx"))) {
            assertThatThrownBy(() -> suggester.suggest(in, "force-tracker.xlsx", Optional.of("Actions")))
                    .hasMessage("force-tracker.xlsx has no sheet 'Actions'; its sheets are 'Read me', 'Tracker'");
        }
        byte[] notes = "Minutes of the panel\nThe chair welcomed members.\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> suggester.suggest(new ByteArrayInputStream(notes), "minutes.csv", Optional.empty()))
                .hasMessageStartingWith("minutes.csv: found no header row in the first 100 rows: no row has 2 or more cells");
        byte[] latin1 = "Ref,Recommendation\n1,Caf\u00e9 \u00a3 spend\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> suggester.suggest(new ByteArrayInputStream(latin1), "latin1.csv", Optional.empty()))
                .hasMessageContaining("latin1.csv is not UTF-8 text");
        byte[] brokenZip = {'P', 'K', 3, 4, 0, 0, 0};
        assertThatThrownBy(() -> suggester.suggest(new ByteArrayInputStream(brokenZip), "broken.xlsx", Optional.empty()))
                .hasMessageStartingWith("broken.xlsx could not be read as an .xlsx workbook");
    }

    @Test
    void findsAnAsAtDayInTitleText() {
        assertThat(MappingSuggester.asAt("Position as at 31 March 2024")).hasValueSatisfying(d -> assertThat(d).hasToString("2024-03-31"));
        assertThat(MappingSuggester.asAt("Tracker as of 2024-03-31")).hasValueSatisfying(d -> assertThat(d).hasToString("2024-03-31"));
        assertThat(MappingSuggester.asAt("Position at: 05.08.20")).hasValueSatisfying(d -> assertThat(d).hasToString("2020-08-05"));
        assertThat(MappingSuggester.asAt("Position for the Joint Audit, Risk and Assurance Panel, 16 October 2020")).isEmpty();
        assertThat(MappingSuggester.asAt("as at 31/02/2021")).isEmpty();
    }

    @Test
    void quotesWhatYamlWouldReadOtherwise() {
        assertThat(MappingSuggester.scalar("Rec No.")).isEqualTo("Rec No.");
        assertThat(MappingSuggester.scalar("No")).isEqualTo("\"No\"");
        assertThat(MappingSuggester.scalar("% complete")).isEqualTo("\"% complete\"");
        assertThat(MappingSuggester.scalar("Status: \"RAG\"")).isEqualTo("\"Status: \\\"RAG\\\"\"");
        assertThat(MappingSuggester.letter(0)).isEqualTo("A");
        assertThat(MappingSuggester.letter(26)).isEqualTo("AA");
    }

    private static List<String> row(String... cells) {
        return List.of(cells);
    }

    private static byte[] workbook(String sheetName, List<List<String>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    if (!rows.get(r).get(c).isEmpty()) {
                        row.createCell(c).setCellValue(rows.get(r).get(c));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
