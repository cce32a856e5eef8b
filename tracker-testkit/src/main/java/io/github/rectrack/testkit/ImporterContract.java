package io.github.rectrack.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.rectrack.engine.generate.RegisterGenerator;
import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.engine.spi.Exporter;
import io.github.rectrack.engine.spi.Finding;
import io.github.rectrack.engine.spi.ImportResult;
import io.github.rectrack.engine.spi.Importer;
import io.github.rectrack.engine.spi.Options;
import io.github.rectrack.engine.spi.Report;
import io.github.rectrack.model.Register;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The contract every {@link Importer} keeps, as tests: extend this class, say which importer to test and
 * which exporter writes its format, and JUnit runs the contract against it.
 *
 * <pre>{@code
 * class TrackerImporterContractTest extends ImporterContract {
 *     protected Importer importer() { return new TrackerImporter(); }
 *     protected Optional<Exporter> matchingExporter() { return Optional.of(new TrackerExporter()); }
 *     protected boolean isLossless() { return false; }  // true if a whole register comes back equal
 * }
 * }</pre>
 *
 * <p>The contract:
 * <ul>
 *   <li>round trip, for each reference register (as of its paper's date, for its default forum), a
 *       register holding every status and colour, and a generated register: what the matching exporter
 *       wrote reads back without errors; a lossless format gives back an equal register, any other format
 *       gives back a register that the exporter writes out again to the same bytes (export, import,
 *       export is a fixed point). Skipped when there is no matching exporter;
 *   <li>bad input (empty input, random bytes, the exporter's output cut short, with a UTF-8 byte-order
 *       mark in front, with bytes that are not UTF-8) comes back as findings, never as an exception;
 *   <li>every result is well formed: a register or at least one error, and every error has a location;
 *   <li>the caller's stream is never closed; two threads importing at once get the same result;
 *   <li>the id, media type and extensions are well formed; an unknown option is refused with an
 *       {@link IllegalArgumentException} that names it.
 * </ul>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class ImporterContract {

    /** For subclasses. */
    protected ImporterContract() {}

    /**
     * The importer under test. Called once per test.
     *
     * @return the importer
     */
    protected abstract Importer importer();

    /**
     * The exporter that writes the format the importer reads, for the round trips and for realistic bad
     * input.
     *
     * @return the exporter, or empty if there is none (the round trips are then skipped)
     */
    protected abstract Optional<Exporter> matchingExporter();

    /**
     * Whether the format holds a whole register, so that a register comes back equal. Otherwise the round
     * trip checks that export, import, export gives the same bytes.
     *
     * @return false by default
     */
    protected boolean isLossless() {
        return false;
    }

    /**
     * The options every import in the contract is given.
     *
     * @return the options; none by default
     */
    protected Options importOptions() {
        return Options.none();
    }

    /**
     * The options given to the matching exporter.
     *
     * @return the options; none by default
     */
    protected Options exportOptions() {
        return Options.none();
    }

    /**
     * The name the contract gives its inputs, which findings use.
     *
     * @return {@code contract.} followed by the importer's usual extension
     */
    protected String inputName() {
        List<String> extensions = importer().fileExtensions();
        return "contract" + (extensions.isEmpty() ? "" : "." + extensions.get(0));
    }

    // ---- round trips ----

    /**
     * What the matching exporter wrote for each reference register reads back.
     *
     * @param reference the register
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(ReferenceRegister.class)
    public void roundTripsEveryReferenceRegister(ReferenceRegister reference) {
        assertRoundTrip(reference.load(), reference.paperDate(), "reference register " + reference.id());
    }

    /** What the matching exporter wrote for a register holding every status and colour reads back. */
    @Test
    public void roundTripsEveryStatusAndColour() {
        assertRoundTrip(ContractRegisters.everyStatusAndColour(), ContractRegisters.DAY, "the register holding every status and colour");
    }

    /** What the matching exporter wrote for a generated register of 200 recommendations reads back. */
    @Test
    public void roundTripsAGeneratedRegister() {
        Register generated = RegisterGenerator.generate(RegisterGenerator.Options.of(200, 42).withUpdatesPerRecommendation(4));
        assertRoundTrip(generated, RegisterGenerator.DEFAULT_HORIZON, "a generated register (200 recommendations, seed 42)");
    }

    /** What the matching exporter wrote for an empty register reads back. */
    @Test
    public void roundTripsAnEmptyRegister() {
        assertRoundTrip(ContractRegisters.empty(), ContractRegisters.DAY, "an empty register");
    }

    private void assertRoundTrip(Register register, LocalDate day, String what) {
        Exporter exporter = exporterOrSkip();
        Importer importer = importer();
        Report report = ExporterContract.report(register, day);
        byte[] written = ExporterContract.export(exporter, report, exportOptions(), what);
        ImportResult result = read(importer, written, what + " as exported by '" + exporter.id() + "'");
        assertThat(result.findings().stream().filter(Finding::isError).toList())
                .as("importer '%s' found errors reading what exporter '%s' wrote for %s", importer.id(), exporter.id(), what).isEmpty();
        assertThat(result.register()).as("importer '%s' gave no register for %s", importer.id(), what).isPresent();
        Register back = result.register().get();
        if (isLossless()) {
            assertThat(back).as("importer '%s' is lossless, so %s must come back equal", importer.id(), what).isEqualTo(register);
            return;
        }
        String forum = back.scheme().forum(report.forum()).isPresent() ? report.forum() : Report.Builder.defaultForum(back);
        byte[] again = ExporterContract.export(exporter, Report.builder(back).asOf(day).forum(forum).build(), exportOptions(),
                what + " after importing it");
        assertThat(again).as("export, import, export of %s gave different bytes the second time (%s): exporter '%s' and importer '%s' "
                + "must make a fixed point", what, Bytes.firstDifference(written, again), exporter.id(), importer.id()).isEqualTo(written);
    }

    private Exporter exporterOrSkip() {
        Optional<Exporter> exporter = matchingExporter();
        assumeTrue(exporter.isPresent(), "no matching exporter, so no round trip");
        return exporter.get();
    }

    // ---- bad input ----

    /** Empty input is reported as an error, not thrown. */
    @Test
    public void reportsEmptyInput() {
        ImportResult result = read(importer(), new byte[0], "empty input");
        assertThat(result.hasErrors()).as("importer '%s' found no error in empty input: %s", importer().id(), result.findings()).isTrue();
    }

    /**
     * Random bytes are reported as findings, not thrown.
     *
     * @param seed the seed of the bytes
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    public void reportsRandomBytes(long seed) {
        byte[] noise = new byte[4096];
        new SplittableRandom(seed).nextBytes(noise);
        ImportResult result = read(importer(), noise, "4096 random bytes (seed " + seed + ")");
        assertThat(result.findings()).as("importer '%s' found nothing to report in 4096 random bytes (seed %d)", importer().id(), seed)
                .isNotEmpty();
    }

    /**
     * The matching exporter's output cut short is reported as findings or read as far as it goes, never
     * thrown.
     *
     * @param eighths where to cut, in eighths of the output
     */
    @ParameterizedTest(name = "cut at {0}/8")
    @ValueSource(ints = {1, 4, 7})
    public void handlesTruncatedOutput(int eighths) {
        byte[] whole = sample();
        byte[] cut = Arrays.copyOf(whole, Math.max(1, whole.length * eighths / 8 - 1));
        read(importer(), cut, "the exporter's output cut at " + cut.length + " of " + whole.length + " bytes");
    }

    /** The matching exporter's output with a UTF-8 byte-order mark in front is read or reported, never thrown. */
    @Test
    public void handlesAByteOrderMark() {
        byte[] whole = sample();
        byte[] withBom = new byte[whole.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(whole, 0, withBom, 3, whole.length);
        read(importer(), withBom, "the exporter's output after a UTF-8 byte-order mark");
    }

    /** Input holding bytes that are not UTF-8 is reported as findings, not thrown. */
    @Test
    public void reportsInvalidUtf8() {
        byte[] whole = sample();
        int at = whole.length / 2;
        while (at < whole.length - 1 && !Character.isLetter(whole[at])) {
            at++;
        }
        byte[] bad = new byte[whole.length + 2];
        System.arraycopy(whole, 0, bad, 0, at);
        bad[at] = (byte) 0xC3; // a lead byte followed by a byte that cannot continue it
        bad[at + 1] = (byte) 0x28;
        System.arraycopy(whole, at, bad, at + 2, whole.length - at);
        ImportResult result = read(importer(), bad, "the exporter's output with an invalid UTF-8 sequence at byte " + at);
        assertThat(result.findings()).as("importer '%s' did not report the invalid UTF-8 sequence at byte %d", importer().id(), at)
                .isNotEmpty();
    }

    /**
     * The importer reads the caller's stream and leaves it open.
     *
     * @throws IOException if the importer fails to read the stream
     */
    @Test
    public void neverClosesTheCallersStream() throws IOException {
        CloseRecordingInputStream in = new CloseRecordingInputStream(sample());
        importer().read(in, inputName(), importOptions());
        assertThat(in.closed()).as("importer '%s' closed the caller's stream; the caller owns it and closes it", importer().id()).isFalse();
    }

    /**
     * One importer instance reading the same bytes from two threads at once gives the same result as
     * reading them alone.
     *
     * @throws Exception if the threads cannot be run
     */
    @Test
    public void twoThreadsImportingAtOnceGetTheSameResult() throws Exception {
        Importer importer = importer();
        byte[] bytes = sample();
        ImportResult alone = read(importer, bytes, "the sample");
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            Callable<ImportResult> task = () -> {
                start.await();
                return read(importer, bytes, "the sample from two threads");
            };
            List<Future<ImportResult>> results = List.of(threads.submit(task), threads.submit(task));
            start.countDown();
            for (Future<ImportResult> result : results) {
                assertThat(result.get(60, TimeUnit.SECONDS)).as("importer '%s' gave another result when two threads read at once; "
                        + "importers must be thread-safe", importer.id()).isEqualTo(alone);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    // ---- metadata and options ----

    /** The id is lower case and not blank, the media type has a '/', and the extensions have no dot. */
    @Test
    public void metadataIsWellFormed() {
        Importer importer = importer();
        assertThat(importer.id()).as("id of %s", importer.getClass().getName()).isNotBlank()
                .isEqualTo(importer.id().toLowerCase(java.util.Locale.ROOT)).doesNotContainAnyWhitespaces();
        assertThat(importer.displayName()).as("display name of importer '%s'", importer.id()).isNotBlank();
        assertThat(importer.mediaType()).as("media type of importer '%s'", importer.id()).contains("/").doesNotContainAnyWhitespaces();
        if (claimsFileExtensions()) {
            assertThat(importer.fileExtensions()).as("file extensions of importer '%s'", importer.id()).isNotEmpty();
        } else {
            assertThat(importer.fileExtensions()).as("importer '%s' is chosen by its id alone and claims no file extension",
                    importer.id()).isEmpty();
        }
        assertThat(importer.fileExtensions()).as("file extensions of importer '%s'", importer.id())
                .allSatisfy(ext -> assertThat(ext).as("extension '%s' of importer '%s': give it without the leading dot, its"
                        + " parts letters and digits (\"csv\", \"json.gz\")", ext, importer.id())
                        .matches("[\\p{Alnum}]+(\\.[\\p{Alnum}]+)*"));
        assertThat(importer.optionNames()).as("option names of importer '%s'", importer.id()).doesNotContainNull()
                .doesNotContain(ExporterContract.UNKNOWN_OPTION);
        assertThat(importer.version()).as("version of importer '%s'", importer.id()).isNotBlank();
    }

    /**
     * Whether the importer claims file extensions, so that a file is read with it by its name. An importer
     * chosen by its id alone (one that needs an option to know what it reads, such as a column mapping)
     * claims none, and overrides this to return false.
     *
     * @return true by default
     */
    protected boolean claimsFileExtensions() {
        return true;
    }

    /** An option the importer does not read is refused with an {@link IllegalArgumentException} naming it. */
    @Test
    public void refusesAnUnknownOptionByName() {
        Map<String, String> options = new HashMap<>(importOptions().values());
        options.put(ExporterContract.UNKNOWN_OPTION, "1");
        assertThatThrownBy(() -> importer().read(new CloseRecordingInputStream(sample()), inputName(), Options.of(options)))
                .as("importer '%s' given the unknown option '%s' (Options.requireOnly does this check)", importer().id(),
                        ExporterContract.UNKNOWN_OPTION)
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(ExporterContract.UNKNOWN_OPTION);
    }

    // ---- helpers ----

    /** Realistic input: what the matching exporter writes for the every-status register, else a line of text. */
    private byte[] sample() {
        return matchingExporter()
                .map(e -> ExporterContract.export(e, ExporterContract.report(ContractRegisters.everyStatusAndColour(), ContractRegisters.DAY),
                        exportOptions(), "the register holding every status and colour"))
                .orElse("reference,text\r\n1.1,Review the policy\r\n".getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads bytes, failing the test if the importer throws, and checks the result is well formed.
     *
     * @param importer the importer
     * @param bytes the input
     * @param what what the input is, for messages
     * @return the result
     */
    private ImportResult read(Importer importer, byte[] bytes, String what) {
        ImportResult result;
        try {
            result = importer.read(new CloseRecordingInputStream(bytes), inputName(), importOptions());
        } catch (IOException | RuntimeException e) {
            throw new AssertionError("importer '" + importer.id() + "' threw on " + what + ": " + e
                    + "; bad content must come back as findings in the ImportResult", e);
        }
        assertThat(result).as("importer '%s' returned null for %s", importer.id(), what).isNotNull();
        assertThat(result.findings()).as("findings of importer '%s' for %s", importer.id(), what).doesNotContainNull();
        assertThat(result.register().isPresent() || result.hasErrors())
                .as("importer '%s' gave neither a register nor an error for %s", importer.id(), what).isTrue();
        List<Finding> unlocated = result.findings().stream().filter(Finding::isError).filter(f -> f.location().isBlank()).toList();
        assertThat(unlocated).as("importer '%s' gave errors without a location for %s: %s", importer.id(), what,
                unlocated.stream().map(Finding::toString).collect(Collectors.joining("; "))).isEmpty();
        return result;
    }
}
