package io.github.rectrack.engine.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rectrack.engine.Fixtures;
import io.github.rectrack.engine.plugin.Formats;
import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.engine.spi.Finding;
import io.github.rectrack.engine.spi.ImportResult;
import io.github.rectrack.engine.spi.Options;
import io.github.rectrack.engine.spi.Report;
import io.github.rectrack.engine.spi.rag.Rag;
import io.github.rectrack.engine.status.Status;
import io.github.rectrack.engine.validation.RegisterValidator;
import io.github.rectrack.model.Recommendation;
import io.github.rectrack.model.Register;
import io.github.rectrack.model.Source;
import io.github.rectrack.model.TargetDate;
import io.github.rectrack.model.TargetRevision;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The CSV exporter's rows and the importer's handling of good and bad files. */
class CsvFormatTest {

    private static final String HEADER = String.join(",", CsvColumns.ALL);
    private static final Register LEICESTERSHIRE = ReferenceRegister.LEICESTERSHIRE_2020.load();
    private static final LocalDate PAPER = ReferenceRegister.LEICESTERSHIRE_2020.paperDate();

    private final CsvImporter importer = new CsvImporter();

    private static String export(Register register, LocalDate asOf) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvExporter().export(Report.builder(register).asOf(asOf).build(), Options.none(), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Parses exported CSV back into rows of named cells, with the exporter's own reader. */
    private static List<Map<String, String>> rows(String csv) throws IOException {
        CsvTable.Result read = new CsvTable(100_000, 1_000_000, 1000).read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "t");
        assertThat(read.failure()).isEmpty();
        List<String> header = read.rows().get(0).cells();
        List<Map<String, String>> out = new ArrayList<>();
        for (CsvTable.Row row : read.rows().subList(1, read.rows().size())) {
            Map<String, String> cells = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                cells.put(header.get(i), row.cells().get(i));
            }
            out.add(cells);
        }
        return out;
    }

    private ImportResult read(String csv) throws IOException {
        return read(csv, Options.none());
    }

    private ImportResult read(String csv, Options options) throws IOException {
        return importer.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "force.csv", options);
    }

    private static String line(String... cells) {
        return String.join(",", cells);
    }

    // ---- export ----

    @Test
    void leicestershireMissingFirearmRowShowsTheEnginesValuesOnThePaperDay() throws IOException {
        Map<String, String> row = rows(export(LEICESTERSHIRE, PAPER)).stream()
                .filter(r -> r.get("recommendation_id").equals("seized-found-property-2018-4.1")).findFirst().orElseThrow();
        assertThat(row).containsEntry("source_title", "Seized & Found Property")
                .containsEntry("source_kind", "INTERNAL_AUDIT")
                .containsEntry("issued_by", "Mazars")
                .containsEntry("source_date", "2018-03")
                .containsEntry("assurance", "Limited")
                .containsEntry("reference", "4.1")
                .containsEntry("title", "Missing Firearm")
                .containsEntry("priority", "Fundamental")
                .containsEntry("routed_to", "JARAP")
                .containsEntry("reported_to", "")
                .containsEntry("status", "IN_PROGRESS")
                .containsEntry("rag", "AMBER")
                .containsEntry("current_target", "Enforcement: Revised 30th April 2021")
                .containsEntry("current_deadline", "2021-04-30")
                .containsEntry("revisions", "5")
                .containsEntry("last_update_date", "2020-10")
                .containsEntry("as_of", "2020-10-16");
        assertThat(row.get("original_target")).startsWith("Security: End March 2018 excluding CCTV end June 2018");
        assertThat(row.get("revised_targets").split("\n")).hasSize(4).startsWith("Security: Revised target date June 2019; Training: Revised date June 2019");
        assertThat(row.get("owners")).isEqualTo("Evidential Property & Archive Programme Implementation Change Manager; EPAC Manager; SP");
        assertThat(row.get("owner_ids")).isEqualTo("evidential-property-programme-change-manager; epac-manager; sp");
    }

    @Test
    void theColumnsAreWrittenInTheirDocumentedOrder() {
        assertThat(CsvColumns.ALL).containsExactly("source_id", "source_title", "source_kind", "issued_by", "source_date", "assurance",
                "recommendation_id", "reference", "title", "text", "priority", "tags", "reported_to", "routed_to", "owners", "owner_ids",
                "original_target", "revised_targets", "current_target", "current_deadline", "revisions", "status", "rag", "stated_status",
                "stated_rag", "last_update_date", "last_update_text", "last_update_percent", "notes", "item_kind", "parent",
                "addressee", "as_of");
    }

    @Test
    void statedStatusStatedRagNotesAndPercentCompleteAreWrittenAndReadBack() throws IOException {
        Register register = withMissingFirearm(r -> r.toBuilder()
                .statedStatus(Optional.of("Off track – awaiting the dashboard"))
                .statedRag(Optional.of("A"))
                .notes(Optional.of("KiM updated for the new OIC.\nDashboard delayed."))
                .updates(r.updates().stream().map(u -> u == r.updates().get(r.updates().size() - 1) ? u.withPercentComplete(75) : u).toList())
                .build());
        String csv = export(register, PAPER);
        Map<String, String> row = rows(csv).stream()
                .filter(r -> r.get("recommendation_id").equals("seized-found-property-2018-4.1")).findFirst().orElseThrow();
        assertThat(row).containsEntry("stated_status", "Off track – awaiting the dashboard")
                .containsEntry("stated_rag", "A")
                .containsEntry("notes", "KiM updated for the new OIC.\nDashboard delayed.")
                .containsEntry("last_update_date", "2020-10")
                .containsEntry("last_update_percent", "75");
        Map<String, String> other = rows(csv).stream()
                .filter(r -> r.get("recommendation_id").equals("victims-code-of-practice-2017-4.3")).findFirst().orElseThrow();
        assertThat(other).containsEntry("stated_status", "").containsEntry("stated_rag", "").containsEntry("notes", "")
                .containsEntry("last_update_percent", "");

        ImportResult back = read(csv);
        assertThat(back.findings()).isEmpty();
        Recommendation firearm = back.register().orElseThrow().recommendations()
                .filter(r -> r.id().equals("seized-found-property-2018-4.1")).findFirst().orElseThrow();
        assertThat(firearm.statedStatus()).contains("Off track – awaiting the dashboard");
        assertThat(firearm.statedRag()).contains("A");
        assertThat(firearm.notes()).contains("KiM updated for the new OIC.\nDashboard delayed.");
        assertThat(firearm.updates()).singleElement().satisfies(u -> assertThat(u.percentComplete()).contains(75));
        Recommendation victims = back.register().orElseThrow().recommendations()
                .filter(r -> r.id().equals("victims-code-of-practice-2017-4.3")).findFirst().orElseThrow();
        assertThat(List.of(victims.statedStatus(), victims.statedRag(), victims.notes())).containsOnly(Optional.empty());
    }

    @Test
    void aPercentCompleteThatIsNotAWholeNumberFromNoughtToAHundredIsALocatedError() throws IOException {
        String csv = String.join("\r\n",
                "source_title,reference,text,priority,last_update_date,last_update_text,last_update_percent",
                "Audit A,1,Text,High,2024-05,Update May 2024: on track,75%",
                "Audit A,2,Text,High,2024-05,Update May 2024: done,101",
                "Audit A,3,Text,High,,,50",
                "Audit A,4,Text,High,2024-05,Update May 2024: half way,50",
                "");
        ImportResult result = read(csv);
        assertThat(result.findings()).extracting(Finding::toString).containsExactly(
                "ERROR force.csv line 2, column last_update_percent: '75%' is not a percent complete: write a whole number "
                        + "from 0 to 100, without the % sign",
                "ERROR force.csv line 3, column last_update_percent: '101' is not a percent complete: write a whole number "
                        + "from 0 to 100, without the % sign",
                "ERROR force.csv line 4, column last_update_percent: last_update_percent is 50 but there is no "
                        + "latest update: give last_update_date and last_update_text");
        assertThat(result.register().orElseThrow().recommendations().flatMap(r -> r.updates().stream()))
                .singleElement().satisfies(u -> assertThat(u.percentComplete()).contains(50));
    }

    private static Register withMissingFirearm(java.util.function.UnaryOperator<Recommendation> change) {
        List<Source> sources = LEICESTERSHIRE.sources().stream().map(s -> new Source(s.id(), s.kind(), s.title(), s.issuedBy(), s.date(),
                s.assurance(), s.followUpOf(), s.marking(), s.recommendations().stream()
                        .map(r -> r.id().equals("seized-found-property-2018-4.1") ? change.apply(r) : r).toList())).toList();
        return new Register(LEICESTERSHIRE.id(), LEICESTERSHIRE.organisation(), LEICESTERSHIRE.scheme(), LEICESTERSHIRE.people(), sources);
    }

    @Test
    void statusColourAndRouteAreTheEvaluationsForEveryRecommendationNotOnlyTheForums() throws IOException {
        Report report = Report.builder(LEICESTERSHIRE).asOf(PAPER).build();
        List<Map<String, String>> rows = rows(export(LEICESTERSHIRE, PAPER));
        assertThat(rows).hasSize(report.evaluation().states().size());
        assertThat(rows).extracting(r -> r.get("routed_to")).contains("JARAP", "SORB");
        for (int i = 0; i < rows.size(); i++) {
            var state = report.evaluation().states().get(i);
            assertThat(rows.get(i)).as(state.id()).containsEntry("recommendation_id", state.id())
                    .containsEntry("status", state.status().name()).containsEntry("rag", state.rag().name())
                    .containsEntry("routed_to", state.route().forum());
        }
    }

    @Test
    void outputIsUtf8WithCrlfLineEndsAHeaderAndRfc4180Quoting() throws IOException {
        String csv = export(LEICESTERSHIRE, PAPER);
        assertThat(csv).startsWith(HEADER + "\r\n");
        assertThat(csv).endsWith("\r\n");
        assertThat(csv).contains(",INTERNAL_AUDIT,Mazars,2018-03,Limited,");
        assertThat(csv).contains(",\"Where missing firearms are identified and are being investigated, the property");
        assertThat(csv.getBytes(StandardCharsets.UTF_8)).startsWith(HEADER.getBytes(StandardCharsets.US_ASCII)); // no byte-order mark
        assertThat(export(LEICESTERSHIRE, PAPER)).isEqualTo(csv);
    }

    @Test
    void anEarlierDayShowsTheRegisterAsItStoodThen() throws IOException {
        Map<String, String> row = rows(export(LEICESTERSHIRE, LocalDate.of(2019, 1, 15))).stream()
                .filter(r -> r.get("recommendation_id").equals("seized-found-property-2018-4.1")).findFirst().orElseThrow();
        assertThat(row).containsEntry("as_of", "2019-01-15").containsEntry("last_update_date", "2019-01")
                .containsEntry("current_target", "Training: Revised to October 2019").containsEntry("current_deadline", "2019-10-31")
                .containsEntry("revisions", "2").containsEntry("status", "IN_PROGRESS").containsEntry("rag", "AMBER");
    }

    @Test
    void anEmptyRegisterGivesTheHeaderAlone() throws IOException {
        Register empty = new Register("empty", "Nobody", Fixtures.scheme(), List.of(), List.of());
        assertThat(export(empty, PAPER)).isEqualTo(HEADER + "\r\n");
        ImportResult back = read(HEADER + "\r\n");
        assertThat(back.findings()).isEmpty();
        assertThat(back.register().orElseThrow().sources()).isEmpty();
    }

    @Test
    void theBuiltInsAreDiscoveredById() {
        Formats formats = Formats.discover();
        assertThat(formats.exporter("csv")).isInstanceOf(CsvExporter.class);
        assertThat(formats.importer("csv")).isInstanceOf(CsvImporter.class);
        assertThat(formats.importerForFile(java.nio.file.Path.of("tracker.CSV"))).containsInstanceOf(CsvImporter.class);
    }

    @Test
    void unknownOptionsAreRefusedByName() {
        assertThatThrownBy(() -> new CsvExporter().export(Report.builder(LEICESTERSHIRE).asOf(PAPER).build(),
                Options.of(Map.of("delimiter", ";")), new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("delimiter");
        assertThatThrownBy(() -> read(HEADER, Options.of(Map.of("sheet", "1"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sheet").hasMessageContaining("register-id");
    }

    // ---- formula injection ----

    @Test
    void formulaLikeValuesAreWrittenWithAQuoteAndReadBackAsTheyWere() throws IOException {
        List<String> texts = List.of("=HYPERLINK(\"http://evil\",\"x\")", "+44 116 222 2222", "-5% on last year", "@SUM(A1)",
                "\tindented", "\rcarriage", "'tis already quoted", "'=already guarded once", "''@twice", "plain = not at start", "  spaces kept  ", "#not a comment", "say \"no\", twice");
        List<Recommendation> recommendations = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            recommendations.add(Recommendation.builder("r" + i, "R" + i, texts.get(i), "Fundamental").title(texts.get(i)).build());
        }
        Register register = new Register("inj", "Test force", Fixtures.scheme(), List.of(), List.of(new Source("s", Source.Kind.INTERNAL_AUDIT,
                "=cmd|' /C calc'!A0", Optional.empty(), Optional.empty(), Optional.of("Limited"), Optional.empty(), Optional.empty(), recommendations)));
        String csv = export(register, PAPER);
        List<Map<String, String>> rows = rows(csv);
        assertThat(rows).extracting(r -> r.get("text")).containsExactly("'=HYPERLINK(\"http://evil\",\"x\")", "'+44 116 222 2222",
                "'-5% on last year", "'@SUM(A1)", "'\tindented", "'\rcarriage", "'tis already quoted", "''=already guarded once",
                "'''@twice", "plain = not at start", "  spaces kept  ", "#not a comment", "say \"no\", twice");
        assertThat(rows.get(0)).containsEntry("source_title", "'=cmd|' /C calc'!A0");

        Register back = read(csv).register().orElseThrow();
        assertThat(back.recommendations().map(Recommendation::text)).containsExactlyElementsOf(texts);
        assertThat(back.recommendations().map(Recommendation::title)).containsExactlyElementsOf(texts);
        assertThat(back.sources().get(0).title()).isEqualTo("=cmd|' /C calc'!A0");
    }

    @Test
    void theGuardIsExactlyReversible() {
        for (String value : List.of("", "'", "''", "=", "'=", "''=", "a", "'a", "-", "'-1", "@", "\t", "\r", "x=1")) {
            assertThat(Cells.unprotect(Cells.protect(value))).as(value).isEqualTo(value);
        }
        assertThat(Cells.unprotect("'hello")).isEqualTo("'hello");
        assertThat(Cells.unprotect("'=1+1")).isEqualTo("=1+1");
        assertThat(Cells.protect("=1+1")).isEqualTo("'=1+1");
    }

    // ---- import of a force's own file ----

    @Test
    void aForcesOwnFileWithColumnsInAnyOrderAndNoIdsImports() throws IOException {
        String csv = """
                Priority,Reference,Text,Source_Title,owners,current_target,last_update_date,last_update_text,assurance
                High,1.1,Review the policy,GDPR audit,Head of IM; DPO,March 2024,2024-02,Draft circulated,Limited
                Low,1.2,"Train staff, all of them",GDPR audit,DPO,TBC,,,Limited
                Medium,R7,Publish the plan,HMICFRS PEEL,,,,,
                """;
        ImportResult result = read(csv, Options.of(Map.of("priorities", "High, Medium, Low", "register-id", "essex-2024")));
        assertThat(result.findings()).isEmpty();
        Register register = result.register().orElseThrow();
        assertThat(register.id()).isEqualTo("essex-2024");
        assertThat(register.organisation()).isEqualTo("Imported from force.csv");
        assertThat(register.scheme().priorities()).containsExactly("High", "Medium", "Low");
        assertThat(register.scheme().ragPolicy()).isEqualTo("reference");
        assertThat(register.sources()).extracting(Source::id).containsExactly("gdpr-audit", "hmicfrs-peel");
        assertThat(register.sources().get(0).recommendations()).extracting(Recommendation::id).containsExactly("gdpr-audit-1.1", "gdpr-audit-1.2");
        assertThat(register.people()).extracting(p -> p.id() + "=" + p.name()).containsExactly("head-of-im=Head of IM", "dpo=DPO");
        Recommendation first = register.sources().get(0).recommendations().get(0);
        assertThat(first.targetHistory()).extracting(TargetRevision::target).extracting(TargetDate::deadline)
                .containsExactly(Optional.of(LocalDate.of(2024, 3, 31)));
        assertThat(first.updates()).singleElement().satisfies(u -> assertThat(u.text()).isEqualTo("Draft circulated"));
        assertThat(register.sources().get(0).recommendations().get(1).text()).isEqualTo("Train staff, all of them");
        assertThat(new RegisterValidator().validate(register).errors()).isEmpty();
    }

    @Test
    void importedRegistersOfTheReferencePapersValidateWithoutErrors() throws IOException {
        for (ReferenceRegister reference : ReferenceRegister.values()) {
            Register back = read(export(reference.load(), reference.paperDate())).register().orElseThrow();
            try (RegisterValidator validator = new RegisterValidator()) {
                assertThat(validator.validate(back).errors()).as(reference.id()).isEmpty();
            }
        }
    }

    @Test
    void theStatusColumnIsRecordedAsDecisionsDatedAsOfAndCheckedAgainstTheEngine() throws IOException {
        String csv = String.join("\r\n", "source_title,reference,text,priority,status,rag,as_of,current_target,current_deadline",
                "Audit,1,Closed one,High,Closed,GREEN,2024-03-31,,",
                "Audit,2,Late one,High,IN_PROGRESS,RED,2024-03-31,End of 2023,2023-12-31",
                "Audit,3,Proposed,High,proposed closed,GREEN,2024-03-31,,",
                "Audit,4,Said red but is not,High,CLOSED,RED,2024-03-31,,", "");
        ImportResult result = read(csv);
        Register register = result.register().orElseThrow();
        assertThat(register.scheme().ragSettings()).containsEntry("proposedClosed", "GREEN");
        var evaluation = Report.builder(register).asOf(LocalDate.of(2024, 3, 31)).build().evaluation();
        assertThat(evaluation.states()).extracting(s -> s.status() + "/" + s.rag())
                .containsExactly("CLOSED/GREEN", "IN_PROGRESS/RED", "PROPOSED_CLOSED/GREEN", "CLOSED/GREEN");
        assertThat(register.recommendations().findFirst().orElseThrow().decisions()).singleElement()
                .satisfies(d -> assertThat(d.note()).hasValue("Status CLOSED as recorded in force.csv"));
        assertThat(result.findings()).containsExactly(Finding.warning("force.csv line 5, column rag",
                "the file says RED but the engine colours it GREEN under the 'reference' policy with settings {proposedClosed=GREEN}; "
                        + "reports show the engine's colour"));
    }

    // ---- bad input ----

    @Test
    void badCellsAreLocatedErrorsAndTheirRowsAreLeftOutWhileGoodRowsAreKept() throws IOException {
        String csv = String.join("\r\n",
                "source_id,source_title,source_kind,source_date,recommendation_id,reference,text,priority,current_deadline,status,rag,revisions,as_of,last_update_date,last_update_text",
                "a,Audit A,INTERNAL_AUDIT,2020-13,a1,1,Text,High,,,,,,,",
                "a,Audit A,CONSULTANCY,2020-03,a2,2,Text,High,,,,,,,",
                "a,Audit A,INTERNAL_AUDIT,2020-03,a3,3,,High,31/03/2021,,,,,,",
                "a,Audit A,INTERNAL_AUDIT,2020-03,a1,4,Text,High,,,,,,,",
                "a,Audit A,INTERNAL_AUDIT,2020-03,a5,5,Text,High,,DONE,PURPLE,-1,,,",
                "a,Audit A,INTERNAL_AUDIT,2020-03,a6,6,Text,High,,CLOSED,,,,,",
                "a,Audit A,INTERNAL_AUDIT,2020-03,a7,7,Text,High,,,,,,,An update with no date",
                "a,Audit A,INTERNAL_AUDIT,2020-03,a8,8,Text,High,,,,,,2020-04,",
                "a,Audit A,INTERNAL_AUDIT,2020-03,a9,9,\"Fine, this one\",High,,,,,,,",
                "");
        ImportResult result = read(csv);
        assertThat(result.findings()).extracting(Finding::toString).containsExactly(
                "ERROR force.csv line 2, column source_date: '2020-13' is not a date: write yyyy, yyyy-MM or yyyy-MM-dd",
                "ERROR force.csv line 3, column source_kind: 'CONSULTANCY' is not a source kind: use one of INTERNAL_AUDIT, EXTERNAL_AUDIT, "
                        + "INSPECTION, REGULATOR_AUDIT, POST_IMPLEMENTATION_REVIEW, COMMITTEE_ACTIONS, ACTION_PLAN, OTHER",
                "ERROR force.csv line 4, column text: text is blank: every row needs the recommendation's text",
                "ERROR force.csv line 4, column current_deadline: '31/03/2021' is not a date: write yyyy-MM-dd",
                "ERROR force.csv line 5, column recommendation_id: duplicate recommendation id 'a1': line 2 has it already; give each "
                        + "recommendation its own id",
                "ERROR force.csv line 6, column revisions: '-1' is not a number of revisions: write 0 or more",
                "ERROR force.csv line 6, column status: 'DONE' is not a status: use one of OPEN, IN_PROGRESS, PROPOSED_CLOSED, "
                        + "CLOSURE_AGREED, CLOSED, FURTHER_EVIDENCE_REQUESTED, CLOSURE_DISPUTED, SUPERSEDED, NOT_ACCEPTED, HIBERNATED, "
                        + "REOPENED, BUSINESS_AS_USUAL, RISK_ACCEPTED",
                "ERROR force.csv line 6, column rag: 'PURPLE' is not a RAG colour: use one of RED, AMBER, GREEN, GREY",
                "ERROR force.csv line 7, column status: status CLOSED needs the day it held: give an as_of column or the option 'as-of'",
                "ERROR force.csv line 8, column last_update_date: the latest update has no date: give last_update_date as yyyy, yyyy-MM or yyyy-MM-dd",
                "ERROR force.csv line 9, column last_update_text: last_update_text is blank but last_update_date is 2020-04: give the update's text");
        // line 2 is left out for its bad date, and line 5 still clashes with it: an id names one recommendation
        assertThat(result.register().orElseThrow().recommendations().map(Recommendation::id)).containsExactly("a9");
        assertThat(result.hasErrors()).isTrue();
    }

    @Test
    void missingRequiredColumnsAreNamedAndUnknownOnesAreWarnings() throws IOException {
        ImportResult result = read("source_title,Ref,text,colour\r\nA,1,T,red\r\n");
        assertThat(result.register()).isEmpty();
        assertThat(result.findings()).extracting(Finding::toString).containsExactly(
                "WARNING force.csv line 1, column Ref: unknown column 'Ref' is ignored; the columns read are " + String.join(", ", CsvColumns.ALL),
                "WARNING force.csv line 1, column colour: unknown column 'colour' is ignored; the columns read are " + String.join(", ", CsvColumns.ALL),
                "ERROR force.csv line 1: the header has no column reference, priority: the first row must name the columns, including "
                        + "source_title, reference, text and priority");
    }

    @Test
    void emptyInputAndBrokenQuotingAndBadBytesAreErrorsNotExceptions() throws IOException {
        assertThat(read("").findings()).extracting(Finding::toString).singleElement().asString()
                .startsWith("ERROR force.csv line 1: force.csv is empty: expected a header row");
        ImportResult unclosed = read("source_title,reference,text,priority\r\nA,1,\"never closed,High\r\n");
        assertThat(unclosed.register()).isEmpty();
        assertThat(unclosed.findings()).singleElement().satisfies(f -> {
            assertThat(f.isError()).isTrue();
            assertThat(f.location()).startsWith("force.csv line ");
            assertThat(f.message()).contains("could not read force.csv as CSV");
        });
        byte[] latin1 = "source_title,reference,text,priority\r\nCaf\u00e9 audit,1,T,High\r\n".getBytes(StandardCharsets.ISO_8859_1);
        ImportResult bad = importer.read(new ByteArrayInputStream(latin1), "latin1.csv", Options.none());
        assertThat(bad.register()).isEmpty();
        assertThat(bad.findings()).extracting(Finding::toString).singleElement().asString()
                .contains("latin1.csv is not valid UTF-8").contains("save it as UTF-8");
    }

    @Test
    void aByteOrderMarkIsSkipped() throws IOException {
        byte[] withBom = ("\uFEFF" + "source_title,reference,text,priority\r\nA,1,T,High\r\n").getBytes(StandardCharsets.UTF_8);
        ImportResult result = importer.read(new ByteArrayInputStream(withBom), "excel.csv", Options.none());
        assertThat(result.findings()).isEmpty();
        assertThat(result.register().orElseThrow().recommendationCount()).isEqualTo(1);
    }

    @Test
    void aValuePastTheHeadersColumnsIsAnError() throws IOException {
        ImportResult result = read("source_title,reference,text,priority\r\nA,1,T,High,stray\r\nA,2,T,High,\r\n");
        assertThat(result.findings()).extracting(Finding::toString).containsExactly("ERROR force.csv line 2, column 5: line 2 has a value "
                + "in column 5, past the header's 4 columns: is a comma or quote out of place?");
        assertThat(result.register().orElseThrow().recommendations().map(Recommendation::reference)).containsExactly("2");
    }

    @Test
    void aQuotedCellOverManyLinesIsLocatedByTheLineItsRowStartsOn() throws IOException {
        ImportResult result = read("source_title,reference,text,priority\r\nA,1,\"one\r\ntwo\r\nthree\",High\r\nA,2,T,\r\n");
        assertThat(result.findings()).extracting(Finding::location).containsExactly("force.csv line 5, column priority");
        assertThat(result.register().orElseThrow().recommendations().findFirst().orElseThrow().text()).isEqualTo("one\r\ntwo\r\nthree");
    }

    @Test
    void sizeLimitsGiveAClearError() throws IOException {
        CsvImporter small = new CsvImporter(3, 50);
        String header = "source_title,reference,text,priority\r\n";
        ImportResult tooMany = small.read(new ByteArrayInputStream((header + "A,1,T,H\r\nA,2,T,H\r\nA,3,T,H\r\n").getBytes(StandardCharsets.UTF_8)),
                "big.csv", Options.none());
        assertThat(tooMany.findings()).extracting(Finding::toString)
                .containsExactly("ERROR big.csv line 4: big.csv has more than 3 rows, the most this importer reads at once: split the file");
        ImportResult tooLong = small.read(new ByteArrayInputStream((header + "A,1," + "x".repeat(500) + ",H\r\n").getBytes(StandardCharsets.UTF_8)),
                "long.csv", Options.none());
        assertThat(tooLong.register()).isEmpty();
        assertThat(tooLong.findings()).singleElement().satisfies(f ->
                assertThat(f.message()).contains("longer than 50 characters").contains("closing quote missing"));
        assertThatThrownBy(() -> new CsvImporter(0, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCallersStreamIsNotClosed() throws IOException {
        class Watched extends ByteArrayInputStream {
            boolean closed;

            Watched(byte[] bytes) {
                super(bytes);
            }

            @Override
            public void close() {
                closed = true;
            }
        }
        Watched in = new Watched((HEADER + "\r\n").getBytes(StandardCharsets.UTF_8));
        importer.read(in, "x.csv", Options.none());
        assertThat(in.closed).isFalse();
    }

    @Test
    void everyStatusAndColourSurvivesTheRoundTrip() throws IOException {
        List<String> rows = new ArrayList<>();
        rows.add("source_title,reference,text,priority,status,rag,as_of,current_target,current_deadline,last_update_date,last_update_text");
        Stream.of(Status.values()).forEach(s -> rows.add("Audit," + s.ordinal() + ",Text," + "High," + s + ",,2024-03-31,,,,"));
        Register register = read(String.join("\r\n", rows) + "\r\n").register().orElseThrow();
        var states = Report.builder(register).asOf(LocalDate.of(2024, 3, 31)).build().evaluation().states();
        assertThat(states).extracting(s -> s.status()).containsExactly(Status.values());
        assertThat(states).extracting(s -> s.rag()).contains(Rag.AMBER, Rag.GREEN, Rag.GREY);
    }
}
