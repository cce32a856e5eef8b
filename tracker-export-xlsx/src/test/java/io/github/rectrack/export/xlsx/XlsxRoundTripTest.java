package io.github.rectrack.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectrack.engine.generate.RegisterGenerator;
import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.engine.spi.Finding;
import io.github.rectrack.engine.spi.ImportResult;
import io.github.rectrack.engine.spi.Options;
import io.github.rectrack.engine.spi.Report;
import io.github.rectrack.model.ExtensionRequest;
import io.github.rectrack.model.ManagementResponse;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.Person;
import io.github.rectrack.model.ProgressUpdate;
import io.github.rectrack.model.Recommendation;
import io.github.rectrack.model.Register;
import io.github.rectrack.model.Source;
import io.github.rectrack.model.TargetDate;
import io.github.rectrack.model.TargetRevision;
import io.github.rectrack.testkit.ContractRegisters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the exporter writes, the importer reads back equal, field by field. */
class XlsxRoundTripTest {

    static byte[] export(Register register, LocalDate asOf) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxExporter().export(Report.builder(register).asOf(asOf).build(), Options.none(), out);
        return out.toByteArray();
    }

    static ImportResult read(byte[] bytes) throws IOException {
        return new XlsxImporter().read(new ByteArrayInputStream(bytes), "tracker.xlsx", Options.none());
    }

    static void assertRoundTrip(Register register, LocalDate asOf) throws IOException {
        assertRoundTrip(register, asOf, false);
    }

    /**
     * Exports, imports, and checks the register came back equal and with no findings.
     *
     * @param fieldByField whether to always compare field by field (slow on big registers); otherwise only
     *     when equals fails, to name the field that differs
     */
    static void assertRoundTrip(Register register, LocalDate asOf, boolean fieldByField) throws IOException {
        ImportResult result = read(export(register, asOf));
        assertThat(result.findings()).as("findings").isEmpty();
        Register back = result.register().orElseThrow();
        if (fieldByField || !back.equals(register)) {
            // a field-by-field diff names the first field that differs (slow on big registers, so only on failure)
            assertThat(back).usingRecursiveComparison().isEqualTo(register);
        }
        assertThat(back).isEqualTo(register);
    }

    @ParameterizedTest(name = "{0} as of its paper")
    @EnumSource(ReferenceRegister.class)
    void referenceRegistersComeBackEqual(ReferenceRegister reference) throws IOException {
        assertRoundTrip(reference.load(), reference.paperDate(), true);
    }

    /** As of a day before most entries: the entries dated later are in the workbook too. */
    @ParameterizedTest(name = "{0} as of 2019-01-01")
    @EnumSource(ReferenceRegister.class)
    void entriesAfterTheDayComeBackToo(ReferenceRegister reference) throws IOException {
        assertRoundTrip(reference.load(), LocalDate.of(2019, 1, 1), true);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 7, 42, 2024})
    void generatedRegistersComeBackEqual(long seed) throws IOException {
        Register register = RegisterGenerator.generate(RegisterGenerator.Options.of(300, seed).withUpdatesPerRecommendation(3));
        assertThat(register.asOf()).contains(RegisterGenerator.DEFAULT_HORIZON);
        assertThat(register.recommendations().flatMap(r -> r.extensionRequests().stream()))
                .as("approved, refused and pending extension requests")
                .anySatisfy(q -> assertThat(q.isApproved()).isTrue())
                .anySatisfy(q -> assertThat(q.isDecided() && !q.isApproved()).isTrue())
                .anySatisfy(q -> assertThat(q.isDecided()).isFalse());
        assertThat(register.recommendations()).anySatisfy(r -> assertThat(r.statedRag()).isPresent())
                .anySatisfy(r -> assertThat(r.updates()).anySatisfy(u -> assertThat(u.percentComplete()).isPresent()));
        assertRoundTrip(register, RegisterGenerator.DEFAULT_HORIZON.minusYears(2));
    }

    @Test
    void equalShortValuesReadBackAreOneObject() throws IOException {
        Register register = RegisterGenerator.generate(RegisterGenerator.Options.of(300, 5).withUpdatesPerRecommendation(3));
        Register back = read(export(register, RegisterGenerator.DEFAULT_HORIZON)).register().orElseThrow();
        List<ProgressUpdate> updates = back.recommendations().flatMap(r -> r.updates().stream()).toList();
        List<Optional<String>> authors = updates.stream().map(ProgressUpdate::author).filter(Optional::isPresent).toList();
        List<PartialDate> dates = updates.stream().map(ProgressUpdate::date).toList();
        List<TargetDate> targets = back.recommendations().flatMap(r -> r.targetHistory().stream()).map(TargetRevision::target).toList();
        assertThat(authors).hasSizeGreaterThan(new HashSet<>(authors).size());
        assertThat(dates).hasSizeGreaterThan(new HashSet<>(dates).size());
        assertThat(targets).hasSizeGreaterThan(new HashSet<>(targets).size());
        // as many objects as distinct values
        assertThat(identities(authors)).isEqualTo(new HashSet<>(authors).size());
        assertThat(identities(authors.stream().map(Optional::get).toList())).isEqualTo(new HashSet<>(authors).size());
        assertThat(identities(dates)).isEqualTo(new HashSet<>(dates).size());
        assertThat(identities(targets)).isEqualTo(new HashSet<>(targets).size());
    }

    private static int identities(List<?> values) {
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        seen.addAll(values);
        return seen.size();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3})
    void noticesNothingInAnUneditedWorkbook(long seed) throws IOException {
        Register register = RegisterGenerator.generate(50, seed);
        ImportResult result = read(export(register, RegisterGenerator.DEFAULT_HORIZON));
        assertThat(result.findings()).extracting(Finding::severity).isEmpty();
    }

    /**
     * Leicestershire 2020 with every fact beyond the paper's: the register's as-of day; on Seized &amp; Found
     * Property 4.1 a stated status, a stated RAG, notes over two lines, a percent complete on each update,
     * and three extension requests (the approved one is the paper's last revision, to 30th April 2021, with
     * its reason; a refused one with a note; a pending one marked OFFICIAL-SENSITIVE); on Victims Code 4.3 a
     * response that does not say whether it was accepted.
     */
    static Register withEveryNewFact() {
        Register base = ReferenceRegister.LEICESTERSHIRE_2020.load();
        List<Source> sources = new ArrayList<>();
        for (Source s : base.sources()) {
            sources.add(new Source(s.id(), s.kind(), s.title(), s.issuedBy(), s.date(), s.assurance(), s.followUpOf(), s.marking(),
                    s.recommendations().stream().map(r -> switch (r.id()) {
                        case "seized-found-property-2018-4.1" -> withExtensions(r);
                        case "victims-code-of-practice-2017-4.3" -> r.toBuilder()
                                .response(Optional.of(ManagementResponse.unstated("Agreed to review the process with the Crime Bureau.")))
                                .build();
                        default -> r;
                    }).toList()));
        }
        return new Register(base.id(), base.organisation(), Optional.of(LocalDate.of(2020, 10, 1)), base.scheme(), base.people(), sources);
    }

    private static Recommendation withExtensions(Recommendation r) {
        TargetRevision last = r.latestTarget().orElseThrow();
        List<io.github.rectrack.model.ProgressUpdate> updates = new ArrayList<>();
        for (int i = 0; i < r.updates().size(); i++) {
            updates.add(r.updates().get(i).withPercentComplete(Math.min(100, 10 * (i + 1))));
        }
        return r.toBuilder()
                .statedStatus(Optional.of("On track."))
                .statedRag(Optional.of("Amber"))
                .notes(Optional.of("Dashboard depends on the data warehouse.\nChased October 2020."))
                .updates(updates)
                .extensionRequests(List.of(
                        new ExtensionRequest(PartialDate.ofMonth(2020, 9), Optional.of("epac-manager"), last.target(),
                                Optional.of("dependent upon delivery of the complete data warehouse"),
                                Optional.of(new ExtensionRequest.Decision(ExtensionRequest.Outcome.APPROVED, "JARAP", PartialDate.of(2020, 10, 16),
                                        Optional.empty())), Optional.empty()),
                        new ExtensionRequest(PartialDate.of(2020, 9, 2), Optional.empty(), TargetDate.parse("1st quarter of 2022"),
                                Optional.empty(), Optional.of(new ExtensionRequest.Decision(ExtensionRequest.Outcome.REFUSED, "SORB",
                                        PartialDate.ofMonth(2020, 9), Optional.of("Only a short extension will be agreed"))), Optional.empty()),
                        new ExtensionRequest(PartialDate.ofYear(2020), Optional.of("epac-manager"), TargetDate.parse("TBC"),
                                Optional.of("Supplier under review"), Optional.empty(), Optional.of("OFFICIAL-SENSITIVE"))))
                .build();
    }

    @Test
    void everyNewFactComesBackEqual() throws IOException {
        Register register = withEveryNewFact();
        assertRoundTrip(register, ReferenceRegister.LEICESTERSHIRE_2020.paperDate(), true);
        Register back = read(export(register, LocalDate.of(2019, 1, 1))).register().orElseThrow();
        Recommendation firearm = back.recommendations().filter(r -> r.id().equals("seized-found-property-2018-4.1")).findFirst().orElseThrow();
        assertThat(back.asOf()).contains(LocalDate.of(2020, 10, 1));
        assertThat(firearm.statedStatus()).contains("On track.");
        assertThat(firearm.statedRag()).contains("Amber");
        assertThat(firearm.notes()).contains("Dashboard depends on the data warehouse.\nChased October 2020.");
        assertThat(firearm.updates()).extracting(u -> u.percentComplete().orElseThrow()).startsWith(10, 20, 30);
        assertThat(firearm.extensionRequests()).hasSize(3);
        assertThat(firearm.extensionRequests().get(0).target().deadline()).contains(LocalDate.of(2021, 4, 30));
        assertThat(firearm.extensionRequests().get(1).decision().flatMap(ExtensionRequest.Decision::note))
                .contains("Only a short extension will be agreed");
        assertThat(firearm.extensionRequests().get(1).target().kind()).isEqualTo(TargetDate.Kind.QUARTER);
        assertThat(firearm.extensionRequests().get(2).decision()).isEmpty();
        assertThat(firearm.extensionRequests().get(2).marking()).contains("OFFICIAL-SENSITIVE");
        assertThat(back.recommendations().filter(r -> r.id().equals("victims-code-of-practice-2017-4.3")).findFirst().orElseThrow()
                .response().map(ManagementResponse::acceptance)).contains(Optional.empty());
    }

    @Test
    void otherSpellingsOfNamesComeBackEqualOneALine() throws IOException {
        Register base = ReferenceRegister.LEICESTERSHIRE_2020.load();
        List<Person> people = base.people().stream().map(p -> p.id().equals("epac-manager")
                ? new Person(p.id(), p.name(), p.initials(), p.role(), List.of("EPAC Mgr", "E.P.A.C. Manager", "Manager, EPAC"))
                : p).toList();
        Register register = new Register(base.id(), base.organisation(), base.asOf(), base.scheme(), people, base.sources());
        byte[] bytes = export(register, ReferenceRegister.LEICESTERSHIRE_2020.paperDate());
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            org.apache.poi.xssf.usermodel.XSSFSheet sheet = workbook.getSheet("People");
            assertThat(OldWorkbookImportTest.headers(sheet)).containsSubsequence("Role", "Other spellings");
            int row = people.indexOf(people.stream().filter(p -> p.id().equals("epac-manager")).findFirst().orElseThrow()) + 1;
            assertThat(sheet.getRow(row).getCell(4).getStringCellValue()).isEqualTo("EPAC Mgr\nE.P.A.C. Manager\nManager, EPAC");
        }
        assertRoundTrip(register, ReferenceRegister.LEICESTERSHIRE_2020.paperDate(), true);
        assertThat(read(bytes).register().orElseThrow().person("epac-manager").map(Person::aliases).orElseThrow())
                .containsExactly("EPAC Mgr", "E.P.A.C. Manager", "Manager, EPAC");
    }

    @Test
    void theRestrictedRegisterWithItsAliasesComesBackEqual() throws IOException {
        assertRoundTrip(io.github.rectrack.testkit.RestrictedRegister.register(), ContractRegisters.DAY, true);
    }

    @Test
    void theContractRegisterComesBackEqual() throws IOException {
        assertRoundTrip(ContractRegisters.everyStatusAndColour(), ContractRegisters.DAY, true);
    }

    @Test
    void inspectionKindsParentsAddresseesAndFurtherReportsComeBackEqual() throws IOException {
        Register base = ReferenceRegister.LEICESTERSHIRE_2020.load();
        Source first = base.sources().stream().filter(s -> s.recommendations().size() >= 3).findFirst().orElseThrow();
        List<Recommendation> recs = new ArrayList<>(first.recommendations());
        String cause = recs.get(0).id();
        recs.set(0, recs.get(0).toBuilder().kind(Recommendation.Kind.CAUSE_OF_CONCERN).build());
        recs.set(1, recs.get(1).toBuilder().parent(Optional.of(cause))
                .links(List.of(new io.github.rectrack.model.Link(io.github.rectrack.model.Link.Kind.ANSWERED_BY, recs.get(2).id(), Optional.empty()),
                        new io.github.rectrack.model.Link(io.github.rectrack.model.Link.Kind.RISK_REGISTER_ENTRY, "Vetting", Optional.of("added 2015"))))
                .build());
        recs.set(2, recs.get(2).toBuilder().kind(Recommendation.Kind.AREA_FOR_IMPROVEMENT).addressee(Optional.of("College of Policing")).build());
        Source changed = new Source(first.id(), Source.Kind.INSPECTION, first.title(), first.issuedBy(), first.date(), first.assurance(),
                first.followUpOf(), first.marking(), recs,
                Optional.of(new io.github.rectrack.model.ReportDue("JARAP", PartialDate.ofMonth(2021, 3), Optional.of("a further report"))));
        List<Source> sources = new ArrayList<>(base.sources());
        sources.set(sources.indexOf(first), changed);
        Register register = new Register(base.id(), base.organisation(), base.asOf(), base.scheme(), base.people(), sources);
        assertRoundTrip(register, ReferenceRegister.LEICESTERSHIRE_2020.paperDate(), true);
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new ByteArrayInputStream(export(register, ReferenceRegister.LEICESTERSHIRE_2020.paperDate())))) {
            assertThat(OldWorkbookImportTest.headers(workbook.getSheet("Recommendations"))).containsSubsequence("Item kind", "Parent", "Addressee");
            assertThat(OldWorkbookImportTest.headers(workbook.getSheet("Sources")))
                    .containsSubsequence("Next report to", "Next report due", "Next report note");
        }
    }
}
