package io.github.rectrack.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.rectrack.engine.csv.CsvExporter;
import io.github.rectrack.engine.json.JsonExporter;
import io.github.rectrack.engine.publication.Profile;
import io.github.rectrack.engine.spi.Exporter;
import io.github.rectrack.engine.spi.Options;
import io.github.rectrack.engine.spi.Report;
import io.github.rectrack.engine.validation.RegisterValidator;
import io.github.rectrack.model.ExtensionRequest;
import io.github.rectrack.model.Person;
import io.github.rectrack.model.Recommendation;
import io.github.rectrack.model.Register;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** The leak search finds what it must, where it is, so that the publication contract can fail. */
class LeakCheckTest {

    private static Report report(Profile profile) {
        Register register = RestrictedRegister.register();
        return Report.builder(register).asOf(ContractRegisters.DAY).forum("JARAP").profile(profile).build();
    }

    private static byte[] export(Exporter exporter, Report report) {
        return ExporterContract.export(exporter, report, Options.none(), "the restricted register");
    }

    @Test
    void theRestrictedRegisterIsValid() {
        try (RegisterValidator validator = new RegisterValidator()) {
            assertThat(validator.validate(RestrictedRegister.register()).findings()).isEmpty();
        }
    }

    @Test
    void theEngineWithholdsWhatTheRestrictedRegisterMarks() {
        Report report = report(Profile.PUBLIC);
        assertThat(report.withheld().statement()).contains("This paper omits 1 source, 2 recommendations, 1 management response, "
                + "1 update, 1 extension request, 1 action, 1 decision note and 1 evidence item marked OFFICIAL-SENSITIVE; names are shown as initials or roles.");
        assertThat(report.register().people()).extracting(p -> p.name())
                .containsExactly("MFH", "Detective Chief Inspector, Public Protection", "IC");
    }

    @Test
    void aNameIsPlantedInEveryNewTextAndThePublicProfileReplacesIt() {
        Recommendation internal = access(report(Profile.INTERNAL));
        Recommendation published = access(report(Profile.PUBLIC));
        List<Function<Recommendation, String>> fields = List.of(
                r -> r.statedStatus().orElseThrow(),
                r -> r.statedRag().orElseThrow(),
                r -> r.notes().orElseThrow(),
                r -> r.extensionRequests().get(0).target().text(),
                r -> r.extensionRequests().get(0).reason().orElseThrow(),
                r -> r.extensionRequests().get(0).decision().flatMap(ExtensionRequest.Decision::note).orElseThrow());
        for (Function<Recommendation, String> field : fields) {
            byte[] planted = field.apply(internal).getBytes(StandardCharsets.UTF_8);
            assertThat(LeakCheck.search(planted, RestrictedRegister.PERSONAL_NAMES)).as(field.apply(internal)).hasSize(1);
            byte[] shown = field.apply(published).getBytes(StandardCharsets.UTF_8);
            assertThat(LeakCheck.search(shown, RestrictedRegister.forbiddenInPublic())).as(field.apply(published)).isEmpty();
        }
        assertThat(published.statedStatus()).contains("On track, says MFH");
        assertThat(published.extensionRequests()).hasSize(1);
        // person ids are opaque in public: Tobias Quennell is the register's second person
        assertThat(published.extensionRequests().get(0).requestedBy()).contains("person-2");
        assertThat(internal.extensionRequests().get(1).reason()).contains("The Pennywhistle Lane armoury refit comes first.");
    }

    private static Recommendation access(Report report) {
        return report.register().recommendations().filter(r -> r.id().equals("access")).findFirst().orElseThrow();
    }

    @Test
    void anInternalJsonExportLeaksEveryStringAndTheCheckNamesEach() {
        List<LeakCheck.Leak> leaks = LeakCheck.search(export(new JsonExporter(), report(Profile.INTERNAL)), RestrictedRegister.forbiddenInPublic());
        assertThat(leaks).extracting(LeakCheck.Leak::text).containsExactlyElementsOf(RestrictedRegister.forbiddenInPublic());
        assertThat(leaks).extracting(LeakCheck.Leak::where).containsOnly("the output");
        assertThat(leaks.get(0).toString()).startsWith("'Kittiwake server room' in the output: \"")
                .contains("The Kittiwake server room door code is changed weekly.");
    }

    @Test
    void anInternalCsvExportLeaksWhatCsvCarries() {
        List<LeakCheck.Leak> leaks = LeakCheck.search(export(new CsvExporter(), report(Profile.INTERNAL)), RestrictedRegister.forbiddenInPublic());
        // CSV carries ids, titles, texts, current owners' names, the latest update, stated status, stated RAG and notes (the
        // notes name Ingrid Castellanos and the other spellings; the review's id and title name Marjorie Dunwoody), not
        // responses, extension requests, actions or evidence
        assertThat(leaks).extracting(LeakCheck.Leak::text).containsExactly("Fallowfield witness relocation list",
                "Witness relocation safeguards", "Operation Thornbury", "Thornbury surveillance team", "Marjorie Fenwick-Holt", "Tobias Quennell",
                "Ingrid Castellanos", "Marjorie Dunwoody", "Toby Quennell", "I.Castellanos");
    }

    @Test
    void namesOfListsEachPersonsNameAndOtherSpellingsButNotInitialsOrRoles() {
        assertThat(LeakCheck.namesOf(RestrictedRegister.register())).containsExactly("Marjorie Fenwick-Holt", "Marjorie Dunwoody",
                "Tobias Quennell", "Toby Quennell", "Ingrid Castellanos", "I.Castellanos");
        Register register = new Register("r", "Force", ContractRegisters.scheme(), List.of(
                new Person("a", "JS", Optional.of("JS"), Optional.empty(), List.of("Jane Smith")),
                new Person("b", "Head of Estates", Optional.empty(), Optional.of("Head of Estates"), List.of("Bob", "Bob")),
                new Person("c", "Jane Smith", Optional.empty(), Optional.empty())), List.of());
        assertThat(LeakCheck.namesOf(register)).containsExactly("Jane Smith", "Bob");
    }

    @Test
    void aNameInAnIdOrWrittenAsAnInitialAndSurnameIsFound() {
        byte[] output = "{\"id\": \"review-requested-by-marjorie-dunwoody-1\", \"text\": \"I. Castellanos\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(LeakCheck.search(output, RestrictedRegister.ALIASES)).extracting(LeakCheck.Leak::text)
                .containsExactly("Marjorie Dunwoody", "I.Castellanos");
    }

    @Test
    void publicJsonAndCsvExportsLeakNothing() {
        assertThat(LeakCheck.search(export(new JsonExporter(), report(Profile.PUBLIC)), RestrictedRegister.forbiddenInPublic())).isEmpty();
        assertThat(LeakCheck.search(export(new CsvExporter(), report(Profile.PUBLIC)), RestrictedRegister.forbiddenInPublic())).isEmpty();
    }

    @Test
    void zipEntriesAreSearchedWithReferencesDecodedAndRunsJoined() throws IOException {
        byte[] zip = LeakingExporter.workbook();
        List<LeakCheck.Leak> leaks = LeakCheck.search(zip, RestrictedRegister.forbiddenInPublic());
        assertThat(leaks).extracting(LeakCheck.Leak::text, LeakCheck.Leak::where).containsExactly(
                tuple("Halcyon House informant database", "zip entry xl/worksheets/sheet2.xml"),
                tuple("Tobias Quennell", "zip entry docProps/core.xml"),
                tuple("Operation Thornbury", "zip entry word/embeddings/inner.docx > word/comments.xml"));
    }

    @Test
    void theDisguisedNamesRegisterIsValidAndItsInternalJsonExportLeaksEveryString() {
        Register register = DisguisedNamesRegister.register();
        try (RegisterValidator validator = new RegisterValidator()) {
            assertThat(validator.validate(register).findings()).isEmpty();
        }
        Report internal = Report.builder(register).asOf(ContractRegisters.DAY).forum("JARAP").profile(Profile.INTERNAL).build();
        List<LeakCheck.Leak> leaks = LeakCheck.search(export(new JsonExporter(), internal), DisguisedNamesRegister.forbiddenInPublic());
        assertThat(leaks).extracting(LeakCheck.Leak::text).containsExactlyElementsOf(DisguisedNamesRegister.forbiddenInPublic());
    }

    @Test
    void findsANameHoweverItIsWritten() {
        List<String> name = List.of("José Núñez-Ábalos");
        for (String written : List.of("Jos\u00E9\u00A0N\u00FA\u00F1ez-\u00C1balos", "Jose\u0301 Nu\u0301n\u0303ez\u2011A\u0301balos",
                "JOSÉ\u202FNÚÑEZ ÁBALOS", "Jo\u200Bsé\u3000Núñez\u00AD-Ába\u200Dlos", "\u202EJosé Núñez-Ábalos\u202C", "jose-nunez-abalos",
                "<w:t>José Nú</w:t><w:t>ñez-Ábalos</w:t>")) {
            assertThat(LeakCheck.search(written.getBytes(StandardCharsets.UTF_8), name)).as(written).hasSize(1);
        }
        assertThat(LeakCheck.search("José Núñez-Abbott".getBytes(StandardCharsets.UTF_8), name)).isEmpty();
        // the check folds as the redaction does, so what the redaction replaces is what the check looks for
        assertThat(LeakCheck.search("Jose\u0301 Nu\u0301n\u0303ez".getBytes(StandardCharsets.UTF_8), List.of("JOSÉ\u00A0NÚÑEZ")))
                .extracting(LeakCheck.Leak::context).containsExactly("Jose\u0301 Nu\u0301n\u0303ez");
    }

    @Test
    void decodesCharacterReferencesAndJsonEscapes() {
        assertThat(LeakCheck.decode("&#84;obias&nbsp;Q&#x75;ennell &amp;amp; &amp;#74; \\u0041 &#99999999;"))
                .isEqualTo("Tobias Quennell & J A &#99999999;");
    }

    @Test
    void theContractFailsOnALeakingExporterNamingTheStringAndWhereItWasFound() {
        ExporterContract contract = new ExporterContract() {
            @Override
            protected Exporter exporter() {
                return new LeakingExporter();
            }
        };
        assertThatThrownBy(contract::publicProfileShowsNoRestrictedTextOrName).isInstanceOf(AssertionError.class)
                .hasMessageContaining("exporter 'leaking' with the public profile wrote restricted text or personal names")
                .hasMessageContaining("'Halcyon House informant database' in zip entry xl/worksheets/sheet2.xml: \"")
                .hasMessageContaining("'Tobias Quennell' in zip entry docProps/core.xml: \"")
                .hasMessageContaining("'Operation Thornbury' in zip entry word/embeddings/inner.docx > word/comments.xml");
    }

    /** Writes fixed restricted text into document properties, a hidden sheet split across runs, and a comment of an embedded zip. */
    static final class LeakingExporter implements Exporter {

        static byte[] workbook() throws IOException {
            ByteArrayOutputStream inner = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(inner)) {
                entry(zip, "word/comments.xml", "<w:comment><w:p><w:r><w:t>Operation&#x20;Thornbury</w:t></w:r></w:p></w:comment>");
            }
            ByteArrayOutputStream outer = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(outer)) {
                entry(zip, "[Content_Types].xml", "<Types/>");
                entry(zip, "xl/workbook.xml", "<sheets><sheet name=\"Hidden\" state=\"veryHidden\" r:id=\"rId2\"/></sheets>");
                entry(zip, "xl/worksheets/sheet2.xml",
                        "<c t=\"inlineStr\"><is><r><t>Halcyon </t></r><r><rPr><b/></rPr><t>House</t></r><r><t xml:space=\"preserve\"> informant\n"
                                + "database</t></r></is></c>");
                entry(zip, "docProps/core.xml", "<dc:creator>&#84;obias&#160;Quennell</dc:creator>");
                zip.putNextEntry(new ZipEntry("word/embeddings/inner.docx"));
                zip.write(inner.toByteArray());
                zip.closeEntry();
            }
            return outer.toByteArray();
        }

        private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(text.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        @Override
        public void export(Report report, Options options, OutputStream out) throws IOException {
            out.write(workbook());
        }

        @Override
        public String id() {
            return "leaking";
        }

        @Override
        public String displayName() {
            return "Leaking workbook";
        }

        @Override
        public String mediaType() {
            return "application/zip";
        }

        @Override
        public List<String> fileExtensions() {
            return List.of("zip");
        }
    }
}
