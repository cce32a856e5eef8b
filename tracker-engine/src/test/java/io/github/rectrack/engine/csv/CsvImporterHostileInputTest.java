package io.github.rectrack.engine.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectrack.engine.spi.Finding;
import io.github.rectrack.engine.spi.ImportResult;
import io.github.rectrack.engine.spi.Options;
import io.github.rectrack.model.Recommendation;
import io.github.rectrack.model.Register;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hostile and broken files given to the CSV importer: each problem comes back as a finding naming the
 * file, line and column, and nothing escapes as an exception. The crafted files are under {@code
 * src/test/resources/io/github/rectrack/engine/csv/hostile}; large ones are built here.
 */
class CsvImporterHostileInputTest {

    private static final String DIR = "/io/github/rectrack/engine/csv/hostile/";

    private final CsvImporter importer = new CsvImporter();

    @Test
    void theCraftedFileItselfImportsWithoutFindings() throws IOException {
        ImportResult result = read("register.csv");

        assertThat(result.findings()).isEmpty();
        Register register = result.register().orElseThrow();
        assertThat(register.recommendations().map(Recommendation::reference)).containsExactly("4.1", "4.2");
        assertThat(register.recommendations().findFirst().orElseThrow().text()).isEqualTo("Record every item, with its location.");
    }

    // ---- quoting and columns ----

    @Test
    void anUnbalancedQuoteIsReportedAtTheLineWhereItOpens() throws IOException {
        ImportResult result = read("unbalanced-quote.csv");

        assertThat(result.register()).isEmpty();
        assertThat(result.findings()).containsExactly(Finding.error("f.csv line 2", "could not read f.csv as CSV: a quoted cell in the row starting on line 2 "
                + "has no closing quote (f.csv ends on line 4): add the missing \" or remove the stray one"));
    }

    @Test
    void aStrayCharacterAfterAClosingQuoteIsReported() throws IOException {
        ImportResult result = read(text("register.csv").replace("\"Record every item, with its location.\"",
                "\"Record every item\"x with its location."));

        assertThat(result.register()).isEmpty();
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.location()).isEqualTo("f.csv line 2");
            assertThat(f.message()).isEqualTo("could not read f.csv as CSV at line 2: Unexpected character ('x' (code 120)): "
                    + "Expected column separator character (',' (code 44)) or end-of-line: a quoted cell must be followed by a "
                    + "comma or the end of the line; write a quote inside a quoted cell as \"\"");
        });
    }

    @Test
    void aRowWithTooManyColumnsIsLeftOutWithAnErrorAndTheOthersKept() throws IOException {
        ImportResult result = read("too-many-columns.csv");

        assertThat(result.findings()).containsExactly(Finding.error("f.csv line 2, column 19",
                "line 2 has a value in column 19, past the header's 18 columns: is a comma or quote out of place?"));
        assertThat(result.register().orElseThrow().recommendations().map(Recommendation::reference)).containsExactly("4.2");
    }

    @Test
    void rowsWithTooFewColumnsNameTheMissingRequiredCells() throws IOException {
        ImportResult result = read("too-few-columns.csv");

        assertThat(result.findings()).first().isEqualTo(Finding.error("f.csv line 2, column priority", "priority is missing: "
                + "line 2 has 7 of the header's 18 columns, and every row needs the recommendation's priority; "
                + "is a line break inside an unquoted cell?"));
        assertThat(result.findings()).extracting(Finding::location).containsExactly("f.csv line 2, column priority",
                "f.csv line 3, column reference", "f.csv line 3, column text", "f.csv line 3, column priority");
        assertThat(result.findings()).allMatch(Finding::isError);
        assertThat(result.register().orElseThrow().recommendationCount()).isZero();
    }

    // ---- sizes ----

    @Test
    void aCellOverOneMegabyteIsRefused() throws IOException {
        String huge = "x".repeat(CsvImporter.DEFAULT_MAX_CELL_CHARS + 1);
        ImportResult result = read(text("register.csv").replace("Review the store.", "\"" + huge + "\""));

        assertThat(result.register()).isEmpty();
        assertThat(result.findings()).containsExactly(Finding.error("f.csv line 3", "a cell on or after line 3 is longer than "
                + "1000000 characters, the most this importer reads in one cell: is a closing quote missing?"));
    }

    @Test
    void aCellOfExactlyOneMegabyteIsRead() throws IOException {
        String big = "y".repeat(CsvImporter.DEFAULT_MAX_CELL_CHARS);
        ImportResult result = read(text("register.csv").replace("Review the store.", big));

        assertThat(result.findings()).isEmpty();
        assertThat(result.register().orElseThrow().recommendations().skip(1).findFirst().orElseThrow().text()).hasSize(1_000_000);
    }

    @Test
    void anUnclosedQuoteRunningOverTheCellLimitIsRefused() throws IOException {
        String file = text("header-only.csv") + "seized,\"Seized" + "\nand more".repeat(200_000);

        ImportResult result = read(file);

        assertThat(result.register()).isEmpty();
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.location()).isEqualTo("f.csv line 2");
            assertThat(f.message()).endsWith("is longer than 1000000 characters, the most this importer reads in one cell: "
                    + "is a closing quote missing?");
        });
    }

    // ---- typed columns ----

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            source_kind      | INTERNAL_AUDIT,2018-03 | AUDIT,2018-03          | 'AUDIT' is not a source kind: use one of INTERNAL_AUDIT, EXTERNAL_AUDIT, INSPECTION, REGULATOR_AUDIT, POST_IMPLEMENTATION_REVIEW, COMMITTEE_ACTIONS, ACTION_PLAN, OTHER
            source_date      | INTERNAL_AUDIT,2018-03 | INTERNAL_AUDIT,March 2018 | 'March 2018' is not a date: write yyyy, yyyy-MM or yyyy-MM-dd
            source_date      | INTERNAL_AUDIT,2018-03 | INTERNAL_AUDIT,2018-02-30 | '2018-02-30' is not a date: write yyyy, yyyy-MM or yyyy-MM-dd
            current_deadline | ,2018-03-31,0,        | ,31/03/2018,0,          | '31/03/2018' is not a date: write yyyy-MM-dd
            current_deadline | ,2018-03-31,0,        | ,2018-03-32,0,          | '2018-03-32' is not a date: write yyyy-MM-dd
            revisions        | ,2018-03-31,0,        | ,2018-03-31,-1,         | '-1' is not a number of revisions: write 0 or more
            revisions        | ,2018-03-31,0,        | ,2018-03-31,1e999999999, | '1e999999999' is not a number of revisions: write 0 or more
            revisions        | ,2018-03-31,0,        | ,2018-03-31,99999999999999999999, | '99999999999999999999' is not a number of revisions: write 0 or more
            revisions        | ,2018-03-31,0,        | ,2018-03-31,two,        | 'two' is not a number of revisions: write 0 or more
            status           | IN_PROGRESS,RED       | WIP,RED                 | 'WIP' is not a status: use one of OPEN, IN_PROGRESS, PROPOSED_CLOSED, CLOSURE_AGREED, CLOSED, FURTHER_EVIDENCE_REQUESTED, CLOSURE_DISPUTED, SUPERSEDED, NOT_ACCEPTED, HIBERNATED, REOPENED, BUSINESS_AS_USUAL, RISK_ACCEPTED
            rag              | IN_PROGRESS,RED       | IN_PROGRESS,PURPLE      | 'PURPLE' is not a RAG colour: use one of RED, AMBER, GREEN, GREY
            last_update_date | RED,2020-05,          | RED,2020-13,            | '2020-13' is not a date: write yyyy, yyyy-MM or yyyy-MM-dd
            last_update_date | RED,2020-05,          | RED,May 2020,           | 'May 2020' is not a date: write yyyy, yyyy-MM or yyyy-MM-dd
            as_of            | next.\",2020-10-16    | next.\",16/10/2020      | '16/10/2020' is not a date: write yyyy-MM-dd
            """)
    void aBadValueInEveryTypedColumnIsAnErrorAtItsLineAndColumn(String column, String good, String bad, String message)
            throws IOException {
        String[] lines = text("register.csv").split("\n");
        String good2 = good.replace("\\\"", "\"");
        assertThat(lines[1]).as("the case changes line 2 of the crafted file").contains(good2);
        lines[1] = lines[1].replace(good2, bad.replace("\\\"", "\""));

        ImportResult result = read(String.join("\n", lines) + "\n");

        assertThat(result.findings()).contains(Finding.error("f.csv line 2, column " + column, message));
        assertThat(result.findings()).filteredOn(Finding::isError).allMatch(f -> f.location().startsWith("f.csv line 2, column "));
        assertThat(result.register().orElseThrow().recommendations().map(Recommendation::reference))
                .as("the row with the error is left out, the other kept").containsExactly("4.2");
    }

    // ---- encodings and non-CSV files ----

    @Test
    void aByteOrderMarkBeforeAQuotedHeaderIsSkipped() throws IOException {
        ImportResult result = read("bom-quoted-header.csv");

        assertThat(result.findings()).isEmpty();
        Recommendation only = result.register().orElseThrow().recommendations().findFirst().orElseThrow();
        assertThat(List.of(only.reference(), only.text(), only.priority())).containsExactly("4.1", "Record every item.", "Significant");
    }

    @Test
    void aByteOrderMarkBeforeThePlainFileIsSkipped() throws IOException {
        byte[] plain = bytes("register.csv");
        byte[] withBom = new byte[plain.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, withBom, 3, plain.length);

        ImportResult result = importer.read(new ByteArrayInputStream(withBom), "f.csv", Options.none());

        assertThat(result.findings()).isEmpty();
        assertThat(result.register()).isEqualTo(read("register.csv").register());
    }

    @Test
    void charactersOfTwoToFourBytesAcrossEveryReadBoundarySurvive() throws IOException {
        String text = "Café – 😀 ".repeat(3_000) + "end";
        ImportResult result = read(text("register.csv").replace("Review the store.", text));

        assertThat(result.findings()).isEmpty();
        assertThat(result.register().orElseThrow().recommendations().skip(1).findFirst().orElseThrow().text()).isEqualTo(text);
    }

    @Test
    void utf16IsRefusedWithAdvice() throws IOException {
        assertThat(onlyError("utf16le-bom.csv")).isEqualTo(Finding.error("f.csv line 1", "f.csv is UTF-16 text (it starts with a "
                + "UTF-16 byte-order mark): save it as UTF-8 (in Excel: CSV UTF-8) and import it again"));
    }

    @Test
    void invalidUtf8IsRefusedNamingItsLine() throws IOException {
        assertThat(onlyError("invalid-utf8.csv")).isEqualTo(Finding.error("f.csv line 3", "f.csv is not valid UTF-8 (a bad byte "
                + "sequence on line 3): save it as UTF-8 (in Excel: CSV UTF-8) and import it again"));
    }

    @Test
    void invalidUtf8FarIntoALargeFileNamesItsLine() throws IOException {
        StringBuilder file = new StringBuilder(text("header-only.csv"));
        for (int i = 1; i <= 5_000; i++) {
            file.append("seized,Seized,INTERNAL_AUDIT,2018-03,Limited,").append(i).append(",Text,Significant\r\n");
        }
        byte[] good = file.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[good.length + 1];
        System.arraycopy(good, 0, bad, 0, good.length);
        bad[good.length] = (byte) 0xC0;

        ImportResult result = importer.read(new ByteArrayInputStream(bad), "f.csv", Options.none());

        assertThat(result.register()).isEmpty();
        assertThat(result.findings()).singleElement().extracting(Finding::location).isEqualTo("f.csv line 5002");
    }

    @Test
    void aWorkbookRenamedToCsvIsRefused() throws IOException {
        assertThat(onlyError("workbook.csv")).isEqualTo(Finding.error("f.csv line 1", "f.csv is a zip archive (such as an Excel "
                + "workbook), not CSV: import it with the importer for its format, or save it as CSV UTF-8"));
    }

    @Test
    void anImageRenamedToCsvIsRefused() throws IOException {
        assertThat(onlyError("image.csv")).isEqualTo(Finding.error("f.csv line 1", "f.csv is not valid UTF-8 (a bad byte "
                + "sequence on line 1): save it as UTF-8 (in Excel: CSV UTF-8) and import it again"));
    }

    @Test
    void aNulCharacterMarksABinaryFile() throws IOException {
        assertThat(onlyError("nul.csv")).isEqualTo(Finding.error("f.csv line 3", "f.csv has a NUL character on line 3, which text "
                + "never has: is it a binary file? Save the spreadsheet as CSV UTF-8"));
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        assertThat(onlyError("empty.csv")).isEqualTo(Finding.error("f.csv line 1", "f.csv is empty: expected a header row "
                + "naming the columns, at least source_title, reference, text, priority"));
    }

    @Test
    void aHeaderWithoutRowsGivesAnEmptyRegister() throws IOException {
        ImportResult result = read("header-only.csv");

        assertThat(result.findings()).isEmpty();
        assertThat(result.register().orElseThrow().recommendationCount()).isZero();
    }

    @Test
    void aStreamThatFailsIsTheOnlyException() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk on fire");
            }
        };

        org.assertj.core.api.Assertions.assertThatIOException()
                .isThrownBy(() -> importer.read(failing, "f.csv", Options.none()))
                .withMessage("disk on fire");
    }

    private Finding onlyError(String resource) throws IOException {
        ImportResult result = read(resource);
        assertThat(result.register()).isEmpty();
        assertThat(result.findings()).hasSize(1);
        assertThat(result.findings().get(0).isError()).isTrue();
        return result.findings().get(0);
    }

    private ImportResult read(String resourceOrText) throws IOException {
        byte[] in = resourceOrText.endsWith(".csv") ? bytes(resourceOrText) : resourceOrText.getBytes(StandardCharsets.UTF_8);
        return importer.read(new ByteArrayInputStream(in), "f.csv", Options.none());
    }

    private static String text(String resource) {
        return new String(bytes(resource), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = CsvImporterHostileInputTest.class.getResourceAsStream(DIR + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + DIR + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
