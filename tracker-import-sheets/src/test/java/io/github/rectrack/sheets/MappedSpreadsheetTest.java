package io.github.rectrack.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectrack.engine.spi.Finding;
import io.github.rectrack.engine.spi.ImportResult;
import io.github.rectrack.engine.validation.RegisterValidator;
import io.github.rectrack.engine.validation.ValidationReport;
import io.github.rectrack.model.GovernanceDecision;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.Recommendation;
import io.github.rectrack.model.Register;
import io.github.rectrack.model.Source;
import io.github.rectrack.model.TargetDate;
import io.github.rectrack.model.TargetRevision;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The worked example under docs/examples/force-spreadsheet imports to the register its rows describe. */
class MappedSpreadsheetTest {

    private static final Path DIR = ForceSpreadsheet.directory();
    private static final ColumnMapping MAPPING = ColumnMapping.read(DIR.resolve("mapping.json"));

    private static ImportResult importFile(String file) throws IOException {
        try (InputStream in = Files.newInputStream(DIR.resolve(file))) {
            return MappedSpreadsheet.read(in, file, MAPPING);
        }
    }

    private static ImportResult importBytes(byte[] bytes, String name, ColumnMapping mapping) throws IOException {
        return MappedSpreadsheet.read(new ByteArrayInputStream(bytes), name, mapping);
    }

    private static Recommendation rec(Register register, String sourceTitle, String reference) {
        return register.sources().stream().filter(s -> s.title().equals(sourceTitle))
                .flatMap(s -> s.recommendations().stream()).filter(r -> r.reference().equals(reference))
                .findFirst().orElseThrow(() -> new AssertionError("no " + sourceTitle + " " + reference));
    }

    @Test
    void committedWorkbookImportsToTheExpectedRegister() throws IOException {
        ImportResult result = importFile("force-tracker.xlsx");

        assertThat(result.findings()).isEmpty();
        Register register = result.register().orElseThrow();
        assertThat(register.id()).isEqualTo("example-force-tracker-2020-10");
        assertThat(register.recommendationCount()).isEqualTo(11);
        Map<String, Long> perPriority = register.recommendations()
                .collect(Collectors.groupingBy(Recommendation::priority, Collectors.counting()));
        assertThat(perPriority).containsExactlyInAnyOrderEntriesOf(
                Map.of("Fundamental", 2L, "Significant", 5L, "Housekeeping", 4L));
        assertThat(register.sources()).extracting(Source::title).containsExactly(
                "Seized & Found Property", "Victims Code of Practice", "Code of Governance",
                "General Data Protection Regulation (GDPR)", "Recruitment", "Leadership and Management Development",
                "Estates Management", "Benefits Realisation", "Payroll");
        Source vcop = register.sources().get(1);
        assertThat(vcop.id()).isEqualTo("victims-code-of-practice-2017");
        assertThat(vcop.date()).contains(PartialDate.ofYear(2017));
        assertThat(vcop.assurance()).contains("Satisfactory");
        assertThat(vcop.issuedBy()).contains("Internal audit");
        assertThat(vcop.kind()).isEqualTo(Source.Kind.INTERNAL_AUDIT);
        assertThat(vcop.recommendations()).extracting(Recommendation::reference).containsExactly("4.3", "4.4", "4.5");
        assertThat(register.sources().get(0).assurance()).contains("Limited");

        Recommendation firearm = rec(register, "Seized & Found Property", "4.1");
        assertThat(firearm.id()).isEqualTo("seized-found-property-2018-4.1");
        assertThat(firearm.title()).isEqualTo("Missing Firearm");
        assertThat(firearm.priority()).isEqualTo("Fundamental");
        assertThat(firearm.targetHistory()).extracting(TargetRevision::target).containsExactly(
                TargetDate.on(LocalDate.of(2018, 3, 31)), TargetDate.parse("30th April 2021"));
        assertThat(firearm.latestTarget().orElseThrow().target().deadline()).contains(LocalDate.of(2021, 4, 30));
        assertThat(firearm.owners()).extracting(o -> o.person()).containsExactly("epac-manager", "sp");
        assertThat(register.person("sp").orElseThrow().initials()).contains("SP");
        assertThat(firearm.response().orElseThrow().text()).startsWith("Accepted. The force is investing");
        assertThat(firearm.updates()).hasSize(1);
        assertThat(firearm.updates().get(0).date()).isEqualTo(PartialDate.of(2020, 10, 1));
        assertThat(firearm.updates().get(0).text()).isEqualTo("Enforcement: dashboard development delayed by the analytical demands "
                + "of the pandemic.");
        assertThat(firearm.notes()).contains("Targets revised four times; see the panel appendix");
        assertThat(firearm.statedStatus()).contains("In progress");
        assertThat(firearm.decisions()).isEmpty();

        Recommendation information = rec(register, "Victims Code of Practice", "4.4");
        assertThat(information.latestTarget().orElseThrow().target().kind()).isEqualTo(TargetDate.Kind.QUARTER);
        assertThat(information.latestTarget().orElseThrow().target().deadline()).contains(LocalDate.of(2020, 12, 31));
        assertThat(information.updates()).extracting(u -> u.date()).containsExactly(
                PartialDate.of(2020, 7, 20), PartialDate.of(2020, 10, 1));
        assertThat(information.decisions()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(GovernanceDecision.Kind.PROPOSED_CLOSED);
            assertThat(d.forum()).isEqualTo("OWNER");
            assertThat(d.date()).isEqualTo(PartialDate.of(2020, 10, 1));
            assertThat(d.note()).contains("Status 'Proposed Close' in row 7");
        });
        Recommendation communication = rec(register, "Victims Code of Practice", "4.3");
        assertThat(communication.decisions()).extracting(GovernanceDecision::date).containsExactly(PartialDate.ofMonth(2020, 10));
        assertThat(rec(register, "Victims Code of Practice", "4.5").latestTarget().orElseThrow().target().deadline())
                .contains(LocalDate.of(2021, 3, 31));
        assertThat(rec(register, "Victims Code of Practice", "4.5").owners()).extracting(o -> o.person())
                .containsExactly("detective-superintendent", "dh");
        assertThat(rec(register, "Code of Governance", "4.1").latestTarget().orElseThrow().target().deadline())
                .contains(LocalDate.of(2020, 10, 31));

        Recommendation gdpr = rec(register, "General Data Protection Regulation (GDPR)", "4.1");
        assertThat(gdpr.originalTarget().orElseThrow().target().kind()).isEqualTo(TargetDate.Kind.TBC);
        assertThat(gdpr.updates()).isEmpty(); // a note is not a progress update
        assertThat(gdpr.notes()).contains("Information Asset Register in its final stage");
        assertThat(rec(register, "Recruitment", "4.3").targetHistory()).extracting(t -> t.target().deadline().orElseThrow())
                .containsExactly(LocalDate.of(2019, 10, 31), LocalDate.of(2020, 12, 1));

        Map<String, GovernanceDecision.Kind> decided = register.recommendations().filter(r -> !r.decisions().isEmpty())
                .collect(Collectors.toMap(Recommendation::id, r -> r.decisions().get(r.decisions().size() - 1).kind()));
        assertThat(decided).containsExactlyInAnyOrderEntriesOf(Map.of(
                "victims-code-of-practice-2017-4.3", GovernanceDecision.Kind.PROPOSED_CLOSED,
                "victims-code-of-practice-2017-4.4", GovernanceDecision.Kind.PROPOSED_CLOSED,
                "leadership-and-management-development-2020-4.2", GovernanceDecision.Kind.CLOSED,
                "estates-management-2020-4.2", GovernanceDecision.Kind.CLOSED,
                "payroll-2019-4.1", GovernanceDecision.Kind.MOVED_TO_BUSINESS_AS_USUAL));
        GovernanceDecision closed = rec(register, "Estates Management", "4.2").decisions().get(0);
        assertThat(closed.forum()).isEqualTo("JARAP");
        assertThat(closed.date()).isEqualTo(PartialDate.ofMonth(2020, 9));
        assertThat(rec(register, "Payroll", "4.1").originalTarget().orElseThrow().target().kind())
                .isEqualTo(TargetDate.Kind.ONGOING);

        try (RegisterValidator validator = new RegisterValidator()) {
            ValidationReport report = validator.validate(register);
            assertThat(report.findings()).filteredOn(Finding::isError).isEmpty();
            // the only warnings: the two items closed without evidence (the sheet has no evidence column)
            assertThat(report.findings()).extracting(Finding::toString).containsExactly(
                    "WARNING sources[5].recommendations[0].decisions[0]: closed by JARAP on 2020-10-16 but no evidence is recorded: "
                            + "closure needs evidence that the recommendation works",
                    "WARNING sources[6].recommendations[0].decisions[0]: closed by JARAP on 2020-09 but no evidence is recorded: "
                            + "closure needs evidence that the recommendation works");
        }
    }

    @Test
    void committedWorkbookHoldsWhatTheFixtureBuilds() throws IOException {
        ImportResult built = importBytes(ForceSpreadsheet.workbook(ForceSpreadsheet.rows(), null), "force-tracker.xlsx", MAPPING);
        assertThat(built.register()).isEqualTo(importFile("force-tracker.xlsx").register());
        assertThat(Files.readString(DIR.resolve("force-tracker.csv"), StandardCharsets.UTF_8)).isEqualTo(ForceSpreadsheet.csv());
        ImportResult errors = importBytes(ForceSpreadsheet.workbook(ForceSpreadsheet.rowsWithErrors(), "Days Overdue"),
                "force-tracker-errors.xlsx", MAPPING);
        assertThat(errors).isEqualTo(importFile("force-tracker-errors.xlsx"));
    }

    @Test
    void csvAndYamlMappingGiveTheSameRegister() throws IOException {
        Register fromWorkbook = importFile("force-tracker.xlsx").orElseThrow();
        ImportResult fromCsv = importFile("force-tracker.csv");
        assertThat(fromCsv.findings()).isEmpty();
        assertThat(fromCsv.register()).contains(fromWorkbook);

        ColumnMapping yaml = ColumnMapping.read(DIR.resolve("mapping.yaml"));
        assertThat(yaml.columns()).isEqualTo(MAPPING.columns());
        assertThat(yaml.statusWords()).isEqualTo(MAPPING.statusWords());
        assertThat(yaml.scheme()).isEqualTo(MAPPING.scheme());
        try (InputStream in = Files.newInputStream(DIR.resolve("force-tracker.xlsx"))) {
            assertThat(MappedSpreadsheet.read(in, "force-tracker.xlsx", yaml).register()).contains(fromWorkbook);
        }
    }

    @Test
    void everyDeliberateErrorIsReportedWithItsSheetRowAndColumn() throws IOException {
        ImportResult result = importFile("force-tracker-errors.xlsx");

        String at = "force-tracker-errors.xlsx: sheet 'Tracker', ";
        assertThat(result.findings()).extracting(Finding::toString).containsExactly(
                "ERROR " + at + "row 7, column E (Priority): expected one of High, Medium, Low "
                        + "(mapped to Fundamental, Significant, Housekeeping), found 'Urgent': say what it means under the mapping's values.priority",
                "ERROR " + at + "row 8, column D (Rec No.): expected a reference such as 4.1, found nothing: "
                        + "this row adds to row 7 above, which could not be read",
                "ERROR " + at + "row 10, column K (Revised Deadline): expected a target date such as 31 March 2021, "
                        + "Mar 2021, Q3 2020/21, TBC or Ongoing, found '31/02/2021' (the mapping's columns.revisedTarget)",
                "ERROR " + at + "row 12, column L (Status): expected one of Open, In progress, Proposed Close, Complete, BAU, "
                        + "found 'Done?': say what it means under the mapping's values.status",
                "ERROR " + at + "row 13, column D (Rec No.): expected a reference such as 4.1, found nothing (the mapping's columns.reference)",
                "ERROR " + at + "row 14, column B (Year): expected a year as a whole number such as 2019, found 'twenty twenty' "
                        + "(the mapping's columns.sourceYear)",
                "WARNING " + at + "column Q (Days Overdue): is not mapped, so its values are not imported (first in row 5): "
                        + "map it under 'columns' or list it under 'ignore'");
        // the other rows are kept, so that --keep-valid can write them
        Register kept = result.register().orElseThrow();
        assertThat(kept.recommendations().map(Recommendation::id)).containsExactly(
                "seized-found-property-2018-4.1", "victims-code-of-practice-2017-4.3", "victims-code-of-practice-2017-4.5",
                "estates-management-2020-4.2", "benefits-realisation-2020-4.1", "payroll-2019-4.1");
    }

    @Test
    void givenHeaderRowAndLettersReadTheSameRows() throws IOException {
        String json = Files.readString(DIR.resolve("mapping.json"))
                .replace("\"sheet\": \"Tracker\",", "\"sheet\": \"tracker\", \"headerRow\": 4,")
                .replace("\"priority\": \"Priority\",", "\"priority\": {\"letter\": \"e\"},");
        ColumnMapping byLetter = ColumnMapping.parse(json, "by-letter.json");
        assertThat(byLetter.columns().get(ColumnMapping.Field.PRIORITY)).isEqualTo(ColumnMapping.ColumnRef.letter("E"));
        assertThat(importFile("force-tracker.xlsx").register())
                .isEqualTo(importBytes(Files.readAllBytes(DIR.resolve("force-tracker.xlsx")), "force-tracker.xlsx", byLetter).register());

        ColumnMapping wrongRow = ColumnMapping.parse(json.replace("\"headerRow\": 4", "\"headerRow\": 2"), "row-2.json");
        ImportResult atRowTwo = importBytes(Files.readAllBytes(DIR.resolve("force-tracker.xlsx")), "force-tracker.xlsx", wrongRow);
        assertThat(atRowTwo.register()).isEmpty();
        // one error for each of the 14 columns mapped by header (priority is by letter), and none for the rows below
        assertThat(atRowTwo.findings()).hasSize(14).allMatch(Finding::isError);
        assertThat(atRowTwo.findings()).first().extracting(Finding::toString).asString().startsWith(
                "ERROR force-tracker.xlsx: sheet 'Tracker', row 2: no column headed 'Audit Area' (the mapping's columns.sourceTitle); "
                        + "the headers in row 2 are 'Position for the Joint Audit, Risk and Assurance Panel, 16 October 2020'");
    }

    @Test
    void unreadableInputGivesNoRegisterAndSaysWhy() throws IOException {
        ImportResult missingSheet = importBytes(Files.readAllBytes(DIR.resolve("force-tracker.xlsx")), "force.xlsx",
                ColumnMapping.parse(Files.readString(DIR.resolve("mapping.json")).replace("\"Tracker\"", "\"Recs\""), "m.json"));
        assertThat(missingSheet.register()).isEmpty();
        assertThat(missingSheet.findings()).extracting(Finding::message).containsExactly(
                "force.xlsx has no sheet 'Recs' (the mapping's 'sheet'); its sheets are [Read me, Tracker]");

        ImportResult xls = importBytes(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0}, "old.xls", MAPPING);
        assertThat(xls.findings()).extracting(Finding::message).singleElement().asString().startsWith("old.xls is an Excel 97-2003");

        ImportResult noHeaders = importBytes("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), "other.csv", MAPPING);
        assertThat(noHeaders.register()).isEmpty();
        assertThat(noHeaders.findings()).extracting(Finding::toString).containsExactly("ERROR other.csv: no row in the first 100 "
                + "holds every mapped header; row 1 comes closest but has no 'Audit Area', 'Year', 'Assurance Opinion', 'Rec No.', "
                + "'Subject', 'Recommendation', 'Priority', 'Lead Officer', 'Original Deadline', 'Revised Deadline', 'Status', "
                + "'Date of Update', 'Latest Position', 'Management Response', 'Notes': correct the headers in the mapping, "
                + "or give its headerRow");
    }

    @Test
    void aCsvWhoseFirstCharacterIsNotUtf8IsOneErrorNotAnException() throws IOException {
        byte[] latin1 = "\u00a3 spend,Recommendation\n1,Review\n".getBytes(StandardCharsets.ISO_8859_1);

        ImportResult result = importBytes(latin1, "latin1.csv", MAPPING);

        assertThat(result.register()).isEmpty();
        assertThat(result.findings()).extracting(Finding::toString)
                .containsExactly("ERROR latin1.csv: latin1.csv is not UTF-8 text (at its first character): save it as CSV UTF-8");
    }

    @Test
    void csvCellsAreLocatedWithoutASheet() throws IOException {
        String csv = ForceSpreadsheet.csv().replace(",High,", ",Critical,");
        ImportResult result = importBytes(csv.getBytes(StandardCharsets.UTF_8), "force.csv", MAPPING);
        assertThat(result.findings()).extracting(Finding::toString).containsExactly(
                "ERROR force.csv: row 5, column E (Priority): expected one of High, Medium, Low "
                        + "(mapped to Fundamental, Significant, Housekeeping), found 'Critical': say what it means under the mapping's values.priority",
                "ERROR force.csv: row 12, column E (Priority): expected one of High, Medium, Low "
                        + "(mapped to Fundamental, Significant, Housekeeping), found 'Critical': say what it means under the mapping's values.priority");
        assertThat(result.register().orElseThrow().recommendationCount()).isEqualTo(9);
    }

    @Test
    void withoutContinuationRowsARowWithOnlyAnUpdateLacksItsRequiredValues() throws IOException {
        ColumnMapping strict = ColumnMapping.parse(Files.readString(DIR.resolve("mapping.json"))
                .replace("\"continuationRows\": true", "\"continuationRows\": false"), "strict.json");

        ImportResult result = importBytes(Files.readAllBytes(DIR.resolve("force-tracker.xlsx")), "force.xlsx", strict);

        String at = "ERROR force.xlsx: sheet 'Tracker', row 8, column ";
        assertThat(result.findings()).extracting(Finding::toString).containsExactly(
                at + "A (Audit Area): expected a source title, found nothing (the mapping's columns.sourceTitle)",
                at + "D (Rec No.): expected a reference such as 4.1, found nothing (the mapping's columns.reference)",
                at + "G (Recommendation): expected the text of the recommendation, found nothing (the mapping's columns.text)",
                at + "E (Priority): expected a priority, found nothing (the mapping's columns.priority)");
        assertThat(rec(result.register().orElseThrow(), "Victims Code of Practice", "4.4").updates()).hasSize(1);
    }

    @Test
    void sourcesGroupBySourceIdAndTheFirstAssuranceGivenIsKept() throws IOException {
        String csv = """
                Ref,Source,Audit,Assurance,Recommendation,Grade
                1,IA-1,Payroll,Limited,Text one,High
                2,IA-1,Payroll,Reasonable,Text two,low
                1,IA-2,Payroll,,Text three,Medium
                """;
        ColumnMapping mapping = ColumnMapping.parse("""
                register: {id: r, organisation: Example Constabulary}
                columns: {reference: Ref, sourceId: Source, sourceTitle: Audit, assurance: Assurance, text: Recommendation, priority: Grade}
                values:
                  priority: {High: Fundamental, Medium: Significant, Low: Housekeeping}
                  assurance: {Limited: Limited, Reasonable: Satisfactory}
                """, "m.yaml");

        ImportResult result = importBytes(csv.getBytes(StandardCharsets.UTF_8), "ids.csv", mapping);

        assertThat(result.findings()).extracting(Finding::toString).containsExactly("WARNING ids.csv: row 3, column D (Assurance): "
                + "'Satisfactory' differs from 'Limited', which the rows of source 'Payroll' gave first (row 2); 'Limited' is kept");
        Register register = result.register().orElseThrow();
        assertThat(register.sources()).extracting(Source::id).containsExactly("IA-1", "IA-2");
        assertThat(register.sources().get(0).assurance()).contains("Limited");
        assertThat(register.sources().get(1).assurance()).isEmpty();
        assertThat(register.recommendations().map(r -> r.id() + " " + r.priority())).containsExactly(
                "IA-1-1 Fundamental", "IA-1-2 Housekeeping", "IA-2-1 Significant");
    }
}
