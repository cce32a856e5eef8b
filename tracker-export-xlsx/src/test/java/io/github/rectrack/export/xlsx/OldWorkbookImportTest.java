package io.github.rectrack.export.xlsx;

import static io.github.rectrack.export.xlsx.XlsxImporterHostileTest.column;
import static io.github.rectrack.export.xlsx.XlsxImporterHostileTest.edit;
import static io.github.rectrack.export.xlsx.XlsxImporterHostileTest.set;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectrack.engine.generate.RegisterGenerator;
import io.github.rectrack.engine.json.RegisterJson;
import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.engine.spi.Finding;
import io.github.rectrack.engine.spi.ImportResult;
import io.github.rectrack.model.ExtensionRequest;
import io.github.rectrack.model.Forum;
import io.github.rectrack.model.ProgressUpdate;
import io.github.rectrack.model.Recommendation;
import io.github.rectrack.model.Register;
import io.github.rectrack.model.Scheme;
import io.github.rectrack.model.Source;
import io.github.rectrack.model.TargetRevision;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Tracker workbooks written by the first release's exporter (see {@code workbooks-0.1/README.md}) still
 * import: they lack the Recommendations columns "Stated status", "Stated RAG" and "Notes", the Updates column
 * "% complete", the People column "Other spellings", the sheet "Extension requests" and the hidden row
 * "Register as of", which read as blank, and
 * their rows' fingerprints still tell unedited rows from edited ones.
 */
class OldWorkbookImportTest {

    static final String LEICESTERSHIRE = "/workbooks-0.1/leicestershire-0.1-workbook.xlsx";
    static final String GENERATED = "/workbooks-0.1/generated-0.1-workbook.xlsx";
    static final String GENERATED_JSON = "/workbooks-0.1/generated-0.1-register.json.gz";
    static final String REC = "seized-found-property-2018-4.1";

    static byte[] resource(String path) throws IOException {
        try (InputStream in = OldWorkbookImportTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return in.readAllBytes();
        }
    }

    /** The headers of a sheet's row 1. */
    static List<String> headers(XSSFSheet sheet) {
        List<String> headers = new ArrayList<>();
        for (Cell cell : sheet.getRow(0)) {
            headers.add(cell.getStringCellValue());
        }
        return headers;
    }

    /** The fixtures really are of the first layout: without what was added since. */
    @Test
    void theFixturesLackWhatWasAddedSince() throws IOException {
        for (String path : List.of(LEICESTERSHIRE, GENERATED)) {
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(resource(path)))) {
                assertThat(workbook.getSheetIndex("Extension requests")).as(path).isEqualTo(-1);
                assertThat(headers(workbook.getSheet("Recommendations"))).as(path)
                        .contains("Recommendation id", "Reported to", "Response", "Status as written", "Row fingerprint")
                        .doesNotContain("Stated status", "Stated RAG", "Notes");
                assertThat(headers(workbook.getSheet("Updates"))).as(path).contains("Degree met", "Author id")
                        .doesNotContain("% complete");
                assertThat(headers(workbook.getSheet("People"))).as(path).containsExactly("Person id", "Name", "Initials", "Role", "Row fingerprint");
                List<String> labels = new ArrayList<>();
                for (Row row : workbook.getSheet("Register")) {
                    labels.add(row.getCell(0).getStringCellValue());
                }
                assertThat(labels).as(path).contains("Register id", "As of", "Scheme").doesNotContain("Register as of");
            }
        }
    }

    @Test
    void theLeicestershireWorkbookImportsAsTheBundledRegister() throws IOException {
        ImportResult result = XlsxRoundTripTest.read(resource(LEICESTERSHIRE));
        assertThat(result.findings()).as("no errors, warnings or edit notices").isEmpty();
        Register back = result.register().orElseThrow();
        Register bundled = ReferenceRegister.LEICESTERSHIRE_2020.load();
        // The first release wrote no printed counts for a source and no paper settings for a forum: they read as none.
        assertThat(back.sources()).allSatisfy(source -> assertThat(source.printedCounts()).isEmpty());
        assertThat(back.scheme().forums()).allSatisfy(forum -> assertThat(forum.paper()).isEmpty());
        assertThat(bundled.sources().get(0).printedCounts()).isNotEmpty();
        Scheme scheme = bundled.scheme();
        Scheme withoutPaperSettings = new Scheme(scheme.priorities(), scheme.assuranceLevels(), scheme.handlingMarkings(),
                scheme.forums().stream().map(f -> new Forum(f.id(), f.name(), f.role())).toList(), scheme.ragPolicy(), scheme.ragSettings(),
                scheme.reportingRules());
        Register bundledWithoutCounts = new Register(bundled.id(), bundled.organisation(), bundled.asOf(), withoutPaperSettings, bundled.people(),
                bundled.sources().stream().map(s -> new Source(s.id(), s.kind(), s.title(), s.issuedBy(), s.date(), s.assurance(),
                        s.followUpOf(), s.marking(), s.recommendations())).toList());
        RegisterJson json = new RegisterJson();
        assertThat(json.writeToString(back)).isEqualTo(json.writeToString(bundledWithoutCounts));
        assertThat(back.recommendations().count()).isEqualTo(27);
        assertThat(back.asOf()).isEmpty();
        assertThat(back.recommendations()).allSatisfy(r -> {
            assertThat(r.statedStatus()).isEmpty();
            assertThat(r.statedRag()).isEmpty();
            assertThat(r.notes()).isEmpty();
            assertThat(r.extensionRequests()).isEmpty();
            assertThat(r.updates()).extracting(ProgressUpdate::percentComplete).allSatisfy(p -> assertThat(p).isEmpty());
        });
    }

    /**
     * The generated workbook holds every kind of decision, action, owner, link, evidence and update request;
     * it imports as the register the same release generated and wrote as JSON beside it, which is also what
     * the generator makes for its seed today less the facts it has recorded since: the as-of day, extension
     * requests (with the reason and forum they gave the revisions they made), percent complete, stated
     * status and RAG, and notes.
     */
    @Test
    void theGeneratedWorkbookImportsAsTheGeneratedRegister() throws IOException {
        ImportResult result = XlsxRoundTripTest.read(resource(GENERATED));
        assertThat(result.findings()).as("no errors, warnings or edit notices").isEmpty();
        Register back = result.register().orElseThrow();
        RegisterJson json = new RegisterJson();
        ImportResult generated;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(resource(GENERATED_JSON)))) {
            generated = json.read(in, GENERATED_JSON);
        }
        assertThat(generated.findings()).filteredOn(Finding::isError).isEmpty();
        Register written = generated.register().orElseThrow();
        assertThat(json.writeToString(back)).isEqualTo(json.writeToString(written));
        Register today = RegisterGenerator.generate(100, 7);
        assertThat(today.recommendations().flatMap(r -> r.extensionRequests().stream())).isNotEmpty();
        assertThat(withoutLaterFacts(written, today)).isEqualTo(withoutLaterFacts(today, today));
        assertThat(back.recommendations().count()).isEqualTo(100);
        assertThat(back.recommendations().flatMap(r -> r.decisions().stream()).count()).isGreaterThan(50);
        assertThat(back.recommendations().flatMap(r -> r.actions().stream()).count()).isGreaterThan(0);
    }

    /**
     * A register without the facts the generator has recorded since the first release: no as-of day, no
     * extension requests, percent complete, stated status, stated RAG or notes, and no reason or agreedBy
     * on the revisions that the generator made by approving an extension request.
     *
     * @param register the register to strip
     * @param today the generator's register of today, whose approved requests say which revisions to clear
     */
    private static Register withoutLaterFacts(Register register, Register today) {
        Map<String, Recommendation> current = today.recommendations()
                .collect(Collectors.toMap(Recommendation::id, Function.identity()));
        List<Source> sources = register.sources().stream().map(source -> new Source(source.id(), source.kind(), source.title(),
                source.issuedBy(), source.date(), source.assurance(), source.followUpOf(), source.marking(),
                source.recommendations().stream().map(r -> {
                    List<ExtensionRequest> approved = current.get(r.id()).extensionRequests().stream()
                            .filter(ExtensionRequest::isApproved).toList();
                    List<TargetRevision> history = r.targetHistory().stream().map(t -> approved.stream().anyMatch(q ->
                                    t.date().equals(Optional.of(q.decision().orElseThrow().date())) && t.target().isSameTargetAs(q.target()))
                            ? new TargetRevision(t.target(), t.date(), Optional.empty(), Optional.empty()) : t).toList();
                    return r.toBuilder().targetHistory(history).extensionRequests(List.of())
                            .updates(r.updates().stream().map(u -> new ProgressUpdate(u.date(), u.author(), u.text(), u.sections(),
                                    u.degreeMet(), u.marking())).toList())
                            .statedStatus(Optional.empty()).statedRag(Optional.empty()).notes(Optional.empty()).build();
                }).toList())).toList();
        return new Register(register.id(), register.organisation(), register.scheme(), register.people(), sources);
    }

    /** A row edited in an old workbook is still told from the rest by its fingerprint: one notice, for that row. */
    @Test
    void anEditedRowOfAnOldWorkbookIsTheOnlyOneReportedChanged() throws IOException {
        int[] edited = new int[1];
        byte[] bytes = edit(resource(LEICESTERSHIRE), w -> {
            XSSFSheet updates = w.getSheet("Updates");
            Row first = XlsxEditsTest.rows(updates, REC).get(0);
            set(first, column(updates, "Update"), "Update text corrected after the meeting.");
            edited[0] = first.getRowNum() + 1;
        });
        ImportResult result = XlsxRoundTripTest.read(bytes);
        assertThat(result.findings()).extracting(Finding::toString).containsExactly(
                "NOTICE tracker.xlsx: sheet 'Updates', row " + edited[0] + ": row changed: its values differ from those exported; the "
                        + "values read replace them",
                "NOTICE tracker.xlsx: the workbook was edited after export: 0 row(s) added, 1 row(s) changed (each is listed above)");
        assertThat(XlsxEditsTest.recommendation(result.register().orElseThrow(), REC).updates().get(0).text())
                .isEqualTo("Update text corrected after the meeting.");
    }

    /**
     * In a current workbook, a column added since the first release that a person deleted reads as blank:
     * only the row that held a value in it reads as changed, so the loss is reported, not silent.
     */
    @Test
    void aCurrentWorkbookWithoutItsNotesColumnReportsOnlyTheRowThatHeldNotes() throws IOException {
        Register register = XlsxRoundTripTest.withEveryNewFact();
        int[] edited = new int[1];
        byte[] bytes = edit(XlsxRoundTripTest.export(register, ReferenceRegister.LEICESTERSHIRE_2020.paperDate()), w -> {
            XSSFSheet recs = w.getSheet("Recommendations");
            int notes = column(recs, "Notes");
            for (Row row : recs) {
                Cell cell = row.getCell(notes);
                if (cell != null) {
                    row.removeCell(cell);
                }
            }
            edited[0] = XlsxEditsTest.rows(recs, REC).get(0).getRowNum() + 1;
        });
        ImportResult result = XlsxRoundTripTest.read(bytes);
        assertThat(result.findings()).extracting(Finding::toString).containsExactly(
                "NOTICE tracker.xlsx: sheet 'Recommendations', row " + edited[0] + ": row changed: its values differ from those exported; "
                        + "the values read replace them",
                "NOTICE tracker.xlsx: the workbook was edited after export: 0 row(s) added, 1 row(s) changed (each is listed above)");
        Register back = result.register().orElseThrow();
        assertThat(XlsxEditsTest.recommendation(register, REC).notes()).isPresent();
        assertThat(XlsxEditsTest.recommendation(back, REC).notes()).isEmpty();
        assertThat(XlsxEditsTest.recommendation(back, REC).statedStatus()).contains("On track.");
        assertThat(XlsxEditsTest.recommendation(back, REC).extensionRequests()).hasSize(3);
    }

    /** A current workbook whose Extension requests sheet held rows is refused without it, as for any other sheet. */
    @Test
    void aCurrentWorkbookWithoutTheExtensionRequestsItHeldIsRefused() throws IOException {
        byte[] exported = XlsxRoundTripTest.export(XlsxRoundTripTest.withEveryNewFact(), ReferenceRegister.LEICESTERSHIRE_2020.paperDate());
        byte[] bytes = edit(exported, w -> w.removeSheetAt(w.getSheetIndex("Extension requests")));
        ImportResult result = XlsxRoundTripTest.read(bytes);
        assertThat(result.findings()).filteredOn(Finding::isError).extracting(Finding::toString).singleElement()
                .satisfies(e -> assertThat(e).startsWith("ERROR tracker.xlsx: sheet 'Extension requests': the workbook has no sheet "
                        + "'Extension requests'; the tracker workbook holds the sheets"));
    }

    /** A current workbook with no extension requests may lose that empty sheet: nothing was in it. */
    @Test
    void aCurrentWorkbookWithoutAnEmptyExtensionRequestsSheetImports() throws IOException {
        Register bundled = ReferenceRegister.LEICESTERSHIRE_2020.load();
        byte[] exported = XlsxRoundTripTest.export(bundled, ReferenceRegister.LEICESTERSHIRE_2020.paperDate());
        byte[] bytes = edit(exported, w -> w.removeSheetAt(w.getSheetIndex("Extension requests")));
        ImportResult result = XlsxRoundTripTest.read(bytes);
        assertThat(result.findings()).isEmpty();
        assertThat(result.register()).contains(bundled);
    }

    /** A column the first layout had is still required in a workbook of that layout. */
    @Test
    void anOldWorkbookMissingAColumnItHadIsStillRefused() throws IOException {
        byte[] bytes = edit(resource(LEICESTERSHIRE), w -> {
            XSSFSheet recs = w.getSheet("Recommendations");
            set(recs.getRow(0), column(recs, "Reported to"), "Reported");
        });
        ImportResult result = XlsxRoundTripTest.read(bytes);
        assertThat(result.register()).isEmpty();
        assertThat(result.findings()).filteredOn(Finding::isError).extracting(Finding::toString).containsExactly(
                "ERROR tracker.xlsx: sheet 'Recommendations', row 1: the sheet has no column 'Reported to'; row 1 must hold the headers "
                        + "'Recommendation id', 'Reference', 'Title', 'Recommendation', 'Priority', 'Source id', 'Tags', 'Reported to', "
                        + "'Response', 'Response date', 'Response text', 'Response marking', 'Marking', and may hold 'Stated status', "
                        + "'Stated RAG', 'Notes', 'Item kind', 'Parent', 'Addressee' (other columns are ignored)");
    }

    /** A sheet the first layout had is still required in a workbook of that layout. */
    @Test
    void anOldWorkbookMissingASheetItHadIsStillRefused() throws IOException {
        byte[] bytes = edit(resource(LEICESTERSHIRE), w -> w.removeSheetAt(w.getSheetIndex("Decisions")));
        ImportResult result = XlsxRoundTripTest.read(bytes);
        assertThat(result.findings()).filteredOn(Finding::isError).extracting(Finding::toString).singleElement()
                .satisfies(e -> assertThat(e).startsWith("ERROR tracker.xlsx: sheet 'Decisions': the workbook has no sheet 'Decisions'"));
    }
}
