package io.github.rectrack.engine.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.engine.spi.Finding;
import io.github.rectrack.engine.spi.ImportResult;
import io.github.rectrack.engine.spi.Options;
import io.github.rectrack.model.Register;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile and broken files given to the JSON reader: each gives no register and one error that says what
 * is wrong and where, and nothing escapes as an exception. The crafted files are under {@code
 * src/test/resources/io/github/rectrack/engine/json/hostile}; large ones are built here.
 */
class RegisterJsonHostileInputTest {

    private static final String DIR = "/io/github/rectrack/engine/json/hostile/";

    private final RegisterJson json = new RegisterJson();

    @Test
    void theCraftedRegisterItselfReads() {
        ImportResult result = json.read(new ByteArrayInputStream(bytes("register.json")), "register.json");

        assertThat(result.findings()).isEmpty();
        Register register = result.register().orElseThrow();
        assertThat(register.organisation()).isEqualTo("Hostile Constabulary");
        assertThat(register.recommendationCount()).isEqualTo(1);
    }

    // ---- size and depth ----

    @Test
    void refusesNestingDeeperThanTheLimit() {
        String deep = base().replace("\"target\": \"End March 2018\"",
                "\"target\": {\"text\": " + "{\"a\": ".repeat(100) + "1" + "}".repeat(100) + "}");

        Finding finding = onlyError(deep);

        assertThat(finding.location()).isEqualTo("sources[0].recommendations[0].targetHistory[0].target");
        assertThat(finding.message()).isEqualTo("Document nesting depth (65) exceeds the maximum allowed (64): "
                + "a register nests about eight levels deep; is this a register file? (f.json line 20, column 384)");
    }

    @Test
    void refusesDeepListsAtTheTopWithoutOverflowingTheStack() {
        Finding finding = onlyError("[".repeat(1_000_000));

        assertThat(finding.location()).isEqualTo("f.json line 1, column 1");
        assertThat(finding.message()).isEqualTo("f.json is not a register: expected a JSON object with schemaVersion, id, "
                + "organisation, scheme and sources, not a list [...]");
    }

    @Test
    void refusesAStringOverTheLimitAndReadsOneAtTheLimit() {
        String atLimit = "x".repeat(CanonicalJson.MAX_STRING_LENGTH);
        Register read = json.read(base().replace("Hostile Constabulary", atLimit), "f.json").orElseThrow();
        assertThat(read.organisation()).hasSize(1_000_000);

        Finding finding = onlyError(base().replace("Hostile Constabulary", atLimit + "x"));

        assertThat(finding.location()).isEqualTo("organisation");
        assertThat(finding.message()).startsWith("String value length (1000001) exceeds the maximum allowed (1000000): a text in a "
                + "register is at most 1000000 characters; is a closing quote missing? (f.json line 4");
    }

    @Test
    void refusesAnUnclosedStringThatRunsOnForMegabytes() {
        String unclosed = "{\"schemaVersion\": \"1.0\", \"id\": \"x\", \"organisation\": \"" + "y".repeat(2_000_000);

        Finding finding = onlyError(unclosed);

        assertThat(finding.location()).isEqualTo("organisation");
        assertThat(finding.message()).startsWith("String value length").contains("exceeds the maximum allowed (1000000)");
    }

    @Test
    void refusesALineBreakInsideAStringAsAMissingQuote() {
        Finding finding = onlyError(base().replace("\"Hostile Constabulary\"", "\"Hostile Constabulary"));

        assertThat(finding.location()).isEqualTo("organisation");
        assertThat(finding.message()).isEqualTo("Illegal unquoted character ((CTRL-CHAR, code 10)): has to be escaped using "
                + "backslash to be included in string value: a line break or other control character inside a string must be "
                + "escaped; is a closing quote missing? (f.json line 4, column 41)");
    }

    @Test
    void refusesAHugeNumberWhereTextBelongs() {
        Finding finding = onlyError(base().replace("\"Hostile Constabulary\"", "1e999999999"));

        assertThat(finding.location()).isEqualTo("organisation");
        assertThat(finding.message()).isEqualTo("expected a string, not the number 1e999999999 (f.json line 4, column 19)");
    }

    @Test
    void refusesANumberLongerThanTheLimit() {
        Finding finding = onlyError(base().replace("\"Hostile Constabulary\"", "1" + "0".repeat(5_000)));

        assertThat(finding.message()).startsWith("Number value length (5001) exceeds the maximum allowed (30): "
                + "the register format has no numbers; is this a register file?");
    }

    @Test
    void refusesADocumentLargerThanTheLimitWithAdvice() {
        RegisterJson small = new RegisterJson(1_000, RegisterJson.DEFAULT_MAX_TOKENS);

        ImportResult result = small.read(new ByteArrayInputStream(bytes("register.json")), "f.json");

        assertThat(result.register()).isEmpty();
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.isError()).isTrue();
            assertThat(f.location()).startsWith("f.json line ");
            assertThat(f.message()).matches("Document length \\(\\d+\\) exceeds the maximum allowed \\(1000\\): split the register, "
                    + "or read it with larger limits: new RegisterJson\\(maxDocumentBytes, maxTokens\\)");
        });
    }

    @Test
    void aGzipFileThatInflatesPastTheLimitIsRefusedLikeALargeOne() throws IOException {
        RegisterJson small = new RegisterJson(1_000, RegisterJson.DEFAULT_MAX_TOKENS);
        byte[] gzipped = gzip(bytes("register.json"));

        ImportResult result = small.read(new ByteArrayInputStream(gzipped), "f.json.gz");

        assertThat(gzipped.length).isLessThan(1_000);
        assertThat(result.register()).isEmpty();
        assertThat(result.findings()).singleElement().satisfies(f -> assertThat(f.message())
                .matches("Document length \\(\\d+\\) exceeds the maximum allowed \\(1000\\): split the register, .*"));
    }

    @Test
    void aGzipFileCutShortInItsHeaderIsAnErrorSayingSo() throws IOException {
        byte[] gzipped = gzip(bytes("register.json"));

        Finding finding = onlyError(json.read(new ByteArrayInputStream(Arrays.copyOf(gzipped, 6)), "f.json.gz"));

        assertThat(finding).hasToString("ERROR f.json.gz: could not read f.json.gz: the gzip-compressed data is cut short or damaged"
                + " (its header is incomplete)");
    }

    @Test
    void aTruncatedGzipFileIsAnErrorNamingTheFile() throws IOException {
        byte[] gzipped = gzip(bytes("register.json"));

        Finding finding = onlyError(json.read(new ByteArrayInputStream(Arrays.copyOf(gzipped, gzipped.length / 2)), "f.json.gz"));

        assertThat(finding).hasToString("ERROR sources[0]: the gzip-compressed data is cut short or damaged (Unexpected end of ZLIB"
                + " input stream) (f.json.gz line 15, column 600)");
    }

    @Test
    void refusesADocumentWithMoreTokensThanTheLimit() {
        RegisterJson small = new RegisterJson(RegisterJson.DEFAULT_MAX_DOCUMENT_BYTES, 50);

        ImportResult result = small.read(new ByteArrayInputStream(bytes("register.json")), "f.json");

        assertThat(result.register()).isEmpty();
        assertThat(result.findings()).singleElement().satisfies(f ->
                assertThat(f.message()).startsWith("Token count (51) exceeds the maximum allowed (50): split the register"));
    }

    @Test
    void theDefaultLimitsReadTheLargestReferenceRegister() {
        RegisterJson tight = new RegisterJson(200_000, 20_000);
        Register leicestershire = ReferenceRegister.LEICESTERSHIRE_2020.load();
        String written = json.writeToString(leicestershire);

        assertThat(written.length()).isLessThan(200_000);
        assertThat(tight.read(written, "leicestershire.json").register()).contains(leicestershire);
        assertThat(RegisterJson.DEFAULT_MAX_DOCUMENT_BYTES).isGreaterThan(10_000L * written.length());
    }

    @Test
    void refusesLimitsBelowOne() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> new RegisterJson(0, 10))
                .withMessage("limits must be 1 or more, not 0 bytes and 10 tokens");
    }

    // ---- duplicates and types ----

    @Test
    void refusesADuplicateKeyAtTheTop() {
        Finding finding = onlyError(base().replace("\"id\": \"hostile\",", "\"id\": \"hostile\", \"id\": \"other\","));

        assertThat(finding.location()).isEqualTo("f.json line 3, column 24");
        assertThat(finding.message()).isEqualTo("Duplicate field 'id': each field may appear once in an object");
    }

    @Test
    void refusesADuplicateKeyDeepInside() {
        Finding finding = onlyError(base().replace("\"reference\": \"4.1\",", "\"reference\": \"4.1\", \"reference\": \"4.2\","));

        assertThat(finding.location()).isEqualTo("sources[0].recommendations[0]");
        assertThat(finding.message()).isEqualTo("Duplicate field 'reference': each field may appear once in an object "
                + "(f.json line 17, column 60)");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            "organisation": "Hostile Constabulary"  | "organisation": 12             | organisation | expected a string, not the number 12
            "organisation": "Hostile Constabulary"  | "organisation": true           | organisation | expected a string, not true
            "organisation": "Hostile Constabulary"  | "organisation": ["a"]          | organisation | expected a string, not a list [...]
            "schemaVersion": "1.0"                  | "schemaVersion": 1.0           | schemaVersion | expected a string, not the number 1.0
            "priorities": ["High", "Low"]           | "priorities": "High"           | scheme.priorities | expected a list [...], not "High"
            "priorities": ["High", "Low"]           | "priorities": [1, 2]           | scheme.priorities[0] | expected a string, not the number 1
            "role": "PANEL"                         | "role": "CHAIR"                | scheme.forums[0].role | expected one of OWNER, BOARD, PANEL, COMMITTEE, not "CHAIR"
            "role": "PANEL"                         | "role": 2                      | scheme.forums[0].role | expected one of OWNER, BOARD, PANEL, COMMITTEE, not the number 2
            "ragSettings": {"proposedClosed": "GREEN"} | "ragSettings": {"proposedClosed": 3} | scheme.ragSettings.proposedClosed | expected a string, not the number 3
            "ragSettings": {"proposedClosed": "GREEN"} | "ragSettings": ["GREEN"]     | scheme.ragSettings | expected an object of names and string values, not a list [...]
            "wholeReport": false                    | "wholeReport": "no"            | scheme.reportingRules.rules[0].wholeReport | expected true or false, not "no"
            "wholeReport": false                    | "wholeReport": 0               | scheme.reportingRules.rules[0].wholeReport | expected true or false, not the number 0
            "kind": "INTERNAL_AUDIT"                | "kind": "internal audit"       | sources[0].kind | expected one of INTERNAL_AUDIT, EXTERNAL_AUDIT, INSPECTION, REGULATOR_AUDIT, POST_IMPLEMENTATION_REVIEW, COMMITTEE_ACTIONS, ACTION_PLAN, OTHER, not "internal audit"
            "date": "2018-03"                       | "date": 2018                   | sources[0].date | expected a date written yyyy, yyyy-MM or yyyy-MM-dd, not the number 2018
            "date": "2018-03"                       | "date": "March 2018"           | sources[0].date | expected a date written yyyy, yyyy-MM or yyyy-MM-dd, not "March 2018"
            "date": "2018-03"                       | "date": "2018-02-30"           | sources[0].date | expected a date written yyyy, yyyy-MM or yyyy-MM-dd, not "2018-02-30"
            "date": "2018-03"                       | "date": {"year": 2018}         | sources[0].date | expected a date written yyyy, yyyy-MM or yyyy-MM-dd, not an object {...}
            "tags": ["property"]                    | "tags": "property"             | sources[0].recommendations[0].tags | expected a list [...], not "property"
            "acceptance": "ACCEPTED"                | "acceptance": "YES"            | sources[0].recommendations[0].response.acceptance | expected one of ACCEPTED, PARTLY_ACCEPTED, NOT_ACCEPTED, not "YES"
            "target": "End March 2018"              | "target": 2018                 | sources[0].recommendations[0].targetHistory[0].target | expected a target date: a string such as "March 2021", or an object with its text, not the number 2018
            "target": "End March 2018"              | "target": ["End March 2018"]   | sources[0].recommendations[0].targetHistory[0].target | expected a target date: a string such as "March 2021", or an object with its text, not a list [...]
            "target": "End March 2018"              | "target": {"text": 7}          | sources[0].recommendations[0].targetHistory[0].target | a target date needs its 'text' as a string
            "target": "End March 2018"              | "target": {"text": "x", "kind": "SOON"} | sources[0].recommendations[0].targetHistory[0].target | 'SOON' is not a target kind: expected one of [DAY, MONTH, QUARTER, QUARTER_SPAN, YEAR, FINANCIAL_YEAR, RANGE, TBC, ONGOING, VARIOUS, CONDITIONAL, RECURRING, UNRECOGNISED]
            "target": "End March 2018"              | "target": {"text": "x", "kind": "DAY", "from": "2018-03-31", "deadline": "31/03/2018"} | sources[0].recommendations[0].targetHistory[0].target | 'deadline' must be a date written yyyy-MM-dd, not '31/03/2018'
            "date": "2020-05"                       | "date": "May 2020"             | sources[0].recommendations[0].updates[0].date | expected a date written yyyy, yyyy-MM or yyyy-MM-dd, not "May 2020"
            "implemented": true                     | "implemented": "true"          | sources[0].recommendations[0].updates[0].sections.implemented | expected true or false, not "true"
            "degreeMet": "COMPLETELY"               | "degreeMet": "FULLY"           | sources[0].recommendations[0].updates[0].degreeMet | expected one of COMPLETELY, SIGNIFICANTLY, MODERATELY, PARTIALLY, NOT_MET, not "FULLY"
            "requestedOn": "2020-10-08"             | "requestedOn": "2020-13-08"    | sources[0].recommendations[0].updateRequests[0].requestedOn | expected a date written yyyy-MM-dd, not "2020-13-08"
            "requestedOn": "2020-10-08"             | "requestedOn": 18543           | sources[0].recommendations[0].updateRequests[0].requestedOn | expected a date written yyyy-MM-dd, not the number 18543
            "requestedOn": "2020-10-08"             | "requestedOn": "2020-10"       | sources[0].recommendations[0].updateRequests[0].requestedOn | expected a date written yyyy-MM-dd, not "2020-10"
            "state": "COMPLETE"                     | "state": "DONE"                | sources[0].recommendations[0].actions[0].state | expected one of NOT_STARTED, IN_PROGRESS, COMPLETE, PROPOSED_CLOSED, HIBERNATED, DUPLICATE, BUSINESS_AS_USUAL, CANCELLED, not "DONE"
            "kind": "DEPENDS_ON"                    | "kind": "NEEDS"                | sources[0].recommendations[0].links[0].kind | expected one of DEPENDS_ON, DUPLICATES, SUPERSEDES, FOLLOWS_UP, EXTERNAL_REFERENCE, ANSWERED_BY, RISK_REGISTER_ENTRY, not "NEEDS"
            "kind": "PROPOSED_CLOSED"               | "kind": null                   | sources[0].recommendations[0].decisions[0].kind | required field 'kind' is missing
            "date": "2020-10-16"                    | "date": true                   | sources[0].recommendations[0].decisions[0].date | expected a date written yyyy, yyyy-MM or yyyy-MM-dd, not true
            """)
    void refusesAWrongTypeAtEveryTypedField(String field, String wrong, String path, String message) {
        String file = base().replace(field, wrong);
        assertThat(file).as("the case replaces a field of the crafted register").isNotEqualTo(base());

        Finding finding = onlyError(file);

        assertThat(finding.location()).isEqualTo(path);
        assertThat(finding.message()).startsWith(message + " (f.json line ");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            "sources": [                            | "sources": [null,              | sources[0]
            "priorities": ["High", "Low"]           | "priorities": ["High", null]   | scheme.priorities[1]
            "forums": [                             | "forums": [null,               | scheme.forums[0]
            "ragSettings": {"proposedClosed": "GREEN"} | "ragSettings": {"proposedClosed": null} | scheme.ragSettings.proposedClosed
            "tags": ["property"]                    | "tags": [null]                 | sources[0].recommendations[0].tags[0]
            "updates": [                            | "updates": [null,              | sources[0].recommendations[0].updates[0]
            """)
    void refusesANullInsideAListOrMap(String field, String wrong, String path) {
        Finding finding = onlyError(base().replace(field, wrong));

        assertThat(finding.location()).isEqualTo(path);
        assertThat(finding.message()).startsWith("null is not allowed in a list or object of values: leave the entry out (f.json line ");
    }

    @Test
    void readsANullListAsAnEmptyOne() {
        Register register = json.read(base().replace("\"tags\": [\"property\"]", "\"tags\": null"), "f.json").orElseThrow();

        assertThat(register.recommendations().findFirst().orElseThrow().tags()).isEmpty();
    }

    // ---- encodings and non-JSON files ----

    @Test
    void refusesInvalidUtf8WithTheLineAndColumn() {
        Finding finding = onlyErrorIn("invalid-utf8.json");

        assertThat(finding.location()).isEqualTo("organisation");
        assertThat(finding.message()).isEqualTo("Invalid UTF-8 middle byte 0x28: f.json is not valid UTF-8; save it as UTF-8 "
                + "(f.json line 4, column 30)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"register-utf16le-bom.json", "register-utf16be-bom.json"})
    void readsUtf16WithAByteOrderMarkAsTheSameRegister(String file) {
        ImportResult result = json.read(new ByteArrayInputStream(bytes(file)), file);

        assertThat(result.findings()).isEmpty();
        assertThat(result.register()).isEqualTo(json.read(new ByteArrayInputStream(bytes("register.json")), "register.json").register());
    }

    @Test
    void readsUtf8WithAByteOrderMark() {
        byte[] withBom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes("register.json"));

        assertThat(json.read(new ByteArrayInputStream(withBom), "f.json").findings()).isEmpty();
    }

    @Test
    void refusesAnExcelWorkbookRenamedToJson() {
        Finding finding = onlyErrorIn("workbook.json");

        assertThat(finding.location()).isEqualTo("f.json");
        assertThat(finding.message()).isEqualTo("f.json is a zip archive (such as an Excel workbook), not JSON: "
                + "read it with the importer for its format, or export the register as JSON");
    }

    @Test
    void refusesAnImageRenamedToJson() {
        Finding finding = onlyErrorIn("image.json");

        assertThat(finding.location()).isEqualTo("f.json line 1, column 1");
        assertThat(finding.message()).startsWith("Unexpected character ((CTRL-CHAR, code 137))")
                .endsWith(": f.json holds bytes that are not text; is it a binary file?");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\r\n\t "})
    void refusesAnEmptyFile(String empty) {
        Finding finding = onlyError(empty);

        assertThat(finding.location()).isEqualTo("f.json");
        assertThat(finding.message()).isEqualTo("f.json is empty: expected a JSON object");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            null             | f.json holds null: expected a JSON object holding a register (schemaVersion, id, organisation, scheme, sources)
            [{"id": "x"}]    | f.json is not a register: expected a JSON object with schemaVersion, id, organisation, scheme and sources, not a list [...]
            "register"       | f.json is not a register: expected a JSON object with schemaVersion, id, organisation, scheme and sources, not "register"
            42               | f.json is not a register: expected a JSON object with schemaVersion, id, organisation, scheme and sources, not the number 42
            true             | f.json is not a register: expected a JSON object with schemaVersion, id, organisation, scheme and sources, not true
            """)
    void refusesAnythingButAnObjectAtTheTop(String top, String message) {
        Finding finding = onlyError(top);

        assertThat(finding.location()).isEqualTo("f.json line 1, column 1");
        assertThat(finding.message()).isEqualTo(message);
    }

    @Test
    void refusesATopLevelArrayHoldingAWholeRegister() {
        Finding finding = onlyError("[" + base() + "]");

        assertThat(finding.message()).endsWith("not a list [...]");
    }

    @ParameterizedTest(name = "cut at {0}")
    @CsvSource(delimiter = '|', textBlock = """
            1    | f.json line 1, column 2  |                                | Unexpected end-of-input: expected close marker for Object (start marker at line 1, column 1): f.json ends too early; is it cut short?
            10   | f.json line 2, column 9  |                                | Unexpected end-of-input in field name: f.json ends too early; is it cut short?
            75   | organisation             | (f.json line 4, column 29)     | Unexpected end-of-input in VALUE_STRING: f.json ends too early; is it cut short?
            300  | scheme                   | (f.json line 10, column 7)     | Unexpected end-of-input in field name: f.json ends too early; is it cut short?
            700  | sources[0].recommendations[0] | (f.json line 17, column 56) | Unexpected end-of-input within/between Object entries: f.json ends too early; is it cut short?
            1378 | f.json line 28, column 1 |                                | Unexpected end-of-input: expected close marker for Object (start marker at line 1, column 1): f.json ends too early; is it cut short?
            """)
    void refusesTruncatedInputSayingWhereItEnds(int length, String location, String at, String message) {
        byte[] cut = Arrays.copyOf(bytes("register.json"), length);

        Finding finding = onlyError(new String(cut, StandardCharsets.UTF_8));

        assertThat(finding.location()).isEqualTo(location);
        assertThat(finding.message()).isEqualTo(at == null ? message : message + " " + at);
    }

    @Test
    void aTruncatedReferenceRegisterNeverThrowsAtAnyLength() {
        byte[] whole = json.writeToString(ReferenceRegister.MPS_DISTRICT_AUDIT_2002.load()).getBytes(StandardCharsets.UTF_8);
        int refused = 0;
        for (int length = 0; length < whole.length - 2; length += 97) {
            ImportResult result = json.read(new ByteArrayInputStream(whole, 0, length), "mps.json");
            assertThat(result.register()).as("cut at %d", length).isEmpty();
            assertThat(result.findings()).as("cut at %d", length).singleElement().matches(Finding::isError);
            refused++;
        }
        assertThat(refused).isGreaterThan(250);
    }

    @Test
    void theImporterReportsTheSameFindingsAndNeverThrows() throws IOException {
        ImportResult result = new JsonImporter().read(new ByteArrayInputStream(bytes("workbook.json")), "tracker.json", Options.none());

        assertThat(result.register()).isEmpty();
        assertThat(result.findings()).extracting(Finding::location).containsExactly("tracker.json");
    }

    @Test
    void aStreamThatFailsIsReportedWithItsCause() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk on fire");
            }
        };

        Finding finding = onlyError(json.read(failing, "f.json"));

        assertThat(finding.message()).isEqualTo("could not read f.json: disk on fire");
    }

    private Finding onlyError(String file) {
        return onlyError(json.read(file, "f.json"));
    }

    private Finding onlyErrorIn(String resource) {
        return onlyError(json.read(new ByteArrayInputStream(bytes(resource)), "f.json"));
    }

    private static Finding onlyError(ImportResult result) {
        assertThat(result.register()).isEmpty();
        assertThat(result.findings()).hasSize(1);
        assertThat(result.findings().get(0).isError()).isTrue();
        return result.findings().get(0);
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream zip = new java.util.zip.GZIPOutputStream(out)) {
            zip.write(bytes);
        }
        return out.toByteArray();
    }

    private static String base() {
        return new String(bytes("register.json"), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = RegisterJsonHostileInputTest.class.getResourceAsStream(DIR + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + DIR + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
