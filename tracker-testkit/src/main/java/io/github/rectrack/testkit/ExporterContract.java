package io.github.rectrack.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import io.github.rectrack.engine.evaluation.RecommendationState;
import io.github.rectrack.engine.publication.Profile;
import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.engine.spi.Exporter;
import io.github.rectrack.engine.spi.Options;
import io.github.rectrack.engine.spi.Report;
import io.github.rectrack.engine.spi.rag.Rag;
import io.github.rectrack.engine.status.Status;
import io.github.rectrack.model.Register;
import java.io.IOException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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

/**
 * The contract every {@link Exporter} keeps, as tests: extend this class, say which exporter to test, and
 * JUnit runs the contract against it.
 *
 * <pre>{@code
 * class PaperExporterContractTest extends ExporterContract {
 *     @Override
 *     protected Exporter exporter() {
 *         return new PaperExporter();
 *     }
 * }
 * }</pre>
 *
 * <p>The contract: every reference register exports, as of its paper's date and for its default forum;
 * unless the exporter declares that its output may be empty ({@link Exporter#mayWriteNothing()}), every
 * register the contract exports (the reference registers, an empty one, one of every status and colour,
 * one with a previous meeting, the restricted and disguised-names ones) gives at least one byte; the same
 * report gives the same bytes, also from two threads at once; the caller's stream is never closed; an
 * empty register and a register holding every status and every colour export; a report with a previous
 * meeting exports; the id, media type and extensions are well formed; an unknown option is
 * refused with an {@link IllegalArgumentException} that names it; exported with the {@link Profile#PUBLIC
 * public} profile, the {@link RestrictedRegister} shows none of its restricted texts, none of its
 * people's names or other spellings of them, and no id made from one, anywhere in the output (searched by
 * {@link LeakCheck}, which unpacks zips and decodes character references), and the {@link
 * DisguisedNamesRegister} none of its names however written, ids made from them, e-mail addresses or
 * telephone numbers; nor, with its forums' paper settings naming its people ({@link
 * RestrictedRegister#withPaperSettings()}), any of those names or the contacts' addresses and numbers; nor
 * any of the names given in the exporter's {@link #textOptions() text options}.
 * Override {@link #options()} if the exporter needs options to run, and {@link #textOptions()} to name the
 * options whose text may reach the output.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class ExporterContract {

    /** An option no exporter reads. */
    static final String UNKNOWN_OPTION = "no-such-option-for-the-contract";

    /** For subclasses. */
    protected ExporterContract() {}

    /**
     * The exporter under test. Called once per test.
     *
     * @return the exporter
     */
    protected abstract Exporter exporter();

    /**
     * The options every export in the contract is given.
     *
     * @return the options; none by default
     */
    protected Options options() {
        return Options.none();
    }

    /**
     * The exporter's options that take free text which may reach the output: a title, a subject, an author.
     * The contract gives each of them a text naming the {@link RestrictedRegister}'s people and checks that
     * under the public profile the output names none of them ({@link #publicProfileRedactsTextOptions()}).
     *
     * @return the names of the text options; none by default
     */
    protected Set<String> textOptions() {
        return Set.of();
    }

    /**
     * Exports a report to bytes, failing the test with the register and cause if the exporter throws.
     *
     * @param exporter the exporter
     * @param report the report
     * @param options the options
     * @param what what is being exported, for messages
     * @return the bytes written
     */
    static byte[] export(Exporter exporter, Report report, Options options, String what) {
        CloseRecordingOutputStream out = new CloseRecordingOutputStream();
        try {
            exporter.export(report, options, out);
        } catch (IOException | RuntimeException e) {
            throw new AssertionError("exporter '" + exporter.id() + "' failed on " + what + ": " + e, e);
        }
        assertThat(out.closed()).as("exporter '%s' closed the caller's stream when exporting %s; it must leave it open", exporter.id(), what)
                .isFalse();
        return out.toByteArray();
    }

    /**
     * Exports a report to bytes as {@link #export(Exporter, Report, Options, String)} does, and, unless the
     * exporter declares that an empty output is a correct result ({@link Exporter#mayWriteNothing()}), fails
     * the test if it wrote no byte: the command line refuses such an output and keeps the file that was there.
     *
     * @param exporter the exporter
     * @param report the report
     * @param options the options
     * @param what what is being exported, for messages
     * @return the bytes written
     */
    static byte[] exportSome(Exporter exporter, Report report, Options options, String what) {
        byte[] bytes = export(exporter, report, options, what);
        if (!exporter.mayWriteNothing()) {
            assertThat(bytes).as("exporter '%s' wrote nothing for %s; an exporter whose output may be empty says so by returning true "
                    + "from Exporter.mayWriteNothing(), otherwise an empty output is an error", exporter.id(), what).isNotEmpty();
        }
        return bytes;
    }

    /**
     * The report the contract exports for a register: as of the day, for the register's default forum.
     *
     * @param register the register
     * @param day the day
     * @return the report
     */
    static Report report(Register register, LocalDate day) {
        return Report.builder(register).asOf(day).forum(Report.Builder.defaultForum(register)).build();
    }

    /**
     * Each reference register, as of its paper's date, exports to some bytes.
     *
     * @param reference the register
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(ReferenceRegister.class)
    public void exportsEveryReferenceRegister(ReferenceRegister reference) {
        exportSome(exporter(), report(reference.load(), reference.paperDate()), options(), "reference register " + reference.id());
    }

    /**
     * The same report exported twice gives the same bytes.
     *
     * @param reference the register
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(ReferenceRegister.class)
    public void sameReportGivesTheSameBytes(ReferenceRegister reference) {
        Exporter exporter = exporter();
        Report report = report(reference.load(), reference.paperDate());
        byte[] first = exportSome(exporter, report, options(), "reference register " + reference.id());
        byte[] second = export(exporter, report, options(), "reference register " + reference.id());
        assertThat(second).as("exporter '%s' wrote different bytes for the same report of %s the second time (%s); output must be "
                + "deterministic: no clock, random ids or hash-ordered maps", exporter.id(), reference.id(), Bytes.firstDifference(first, second))
                .isEqualTo(first);
    }

    /**
     * One exporter instance exporting the same report from two threads at once gives the same bytes as
     * exporting it alone.
     *
     * @throws Exception if the threads cannot be run
     */
    @Test
    public void twoThreadsExportingAtOnceGiveTheSameBytes() throws Exception {
        Exporter exporter = exporter();
        ReferenceRegister reference = ReferenceRegister.LEICESTERSHIRE_2020;
        Report report = report(reference.load(), reference.paperDate());
        byte[] alone = export(exporter, report, options(), "reference register " + reference.id());
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            Callable<byte[]> task = () -> {
                start.await();
                return export(exporter, report, options(), "reference register " + reference.id() + " from two threads");
            };
            List<Future<byte[]>> results = List.of(threads.submit(task), threads.submit(task));
            start.countDown();
            for (Future<byte[]> result : results) {
                byte[] bytes = result.get(60, TimeUnit.SECONDS);
                assertThat(bytes).as("exporter '%s' wrote different bytes when two threads exported at once (%s); exporters must be "
                        + "thread-safe", exporter.id(), Bytes.firstDifference(alone, bytes)).isEqualTo(alone);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /** The exporter writes to the caller's stream and leaves it open (checked on every export in the contract). */
    @Test
    public void neverClosesTheCallersStream() {
        CloseRecordingOutputStream out = new CloseRecordingOutputStream();
        try {
            exporter().export(report(ContractRegisters.everyStatusAndColour(), ContractRegisters.DAY), options(), out);
        } catch (IOException e) {
            fail("exporter '" + exporter().id() + "' failed: " + e, e);
        }
        assertThat(out.closed()).as("exporter '%s' closed the caller's stream; the caller owns it and closes it", exporter().id()).isFalse();
    }

    /** A register with no sources exports without failing. */
    @Test
    public void handlesAnEmptyRegister() {
        exportSome(exporter(), report(ContractRegisters.empty(), ContractRegisters.DAY), options(), "an empty register (no sources)");
    }

    /** A register holding every status and every colour exports, and really holds them on the day. */
    @Test
    public void handlesEveryStatusAndEveryColour() {
        Report report = report(ContractRegisters.everyStatusAndColour(), ContractRegisters.DAY);
        Set<Status> statuses = report.evaluation().states().stream().map(RecommendationState::status)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Status.class)));
        Set<Rag> colours = report.evaluation().states().stream().map(RecommendationState::rag)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Rag.class)));
        assertThat(statuses).as("the contract's register should hold every status on %s", ContractRegisters.DAY)
                .containsExactlyInAnyOrder(Status.values());
        assertThat(colours).as("the contract's register should hold every colour on %s", ContractRegisters.DAY)
                .containsExactlyInAnyOrder(Rag.values());
        exportSome(exporter(), report, options(), "a register holding every status and colour ("
                + report.evaluation().states().size() + " recommendations)");
    }

    /** A report with a previous meeting, and so a movement between the two days, exports. */
    @Test
    public void handlesAReportWithAPreviousMeeting() {
        ReferenceRegister reference = ReferenceRegister.LEICESTERSHIRE_2020;
        Report report = Report.builder(reference.load()).asOf(reference.paperDate())
                .previousMeeting(reference.paperDate().minusMonths(3)).build();
        exportSome(exporter(), report, options(), "reference register " + reference.id() + " with a previous meeting");
    }

    /**
     * Exported with the public profile, the {@link RestrictedRegister} shows none of its restricted texts,
     * none of its people's names or other spellings of them, and no source or recommendation id made from
     * one, in any part of the output: the engine leaves them out of the report, and the exporter must not
     * bring them back (from a template, a cache or another register).
     */
    @Test
    public void publicProfileShowsNoRestrictedTextOrName() {
        Register register = RestrictedRegister.register();
        Report report = Report.builder(register).asOf(ContractRegisters.DAY).forum(Report.Builder.defaultForum(register))
                .profile(Profile.PUBLIC).build();
        byte[] bytes = exportSome(exporter(), report, options(), "the restricted register with the public profile");
        List<LeakCheck.Leak> leaks = LeakCheck.search(bytes, RestrictedRegister.forbiddenInPublic());
        assertThat(leaks).as("exporter '%s' with the public profile wrote restricted text or personal names:%n%s", exporter().id(),
                leaks.stream().map(LeakCheck.Leak::toString).collect(Collectors.joining(System.lineSeparator()))).isEmpty();
    }

    /**
     * Exported with the public profile, the {@link RestrictedRegister#withPaperSettings() restricted register
     * whose forums' paper settings name its people} shows none of their names or other spellings, nor the
     * contacts' e-mail address and telephone number, in any part of the output: who the report is from, the
     * author, implications, background papers and contacts are redacted by the engine, and an exporter that
     * prints them must take them from the report's register ({@code report.register().scheme()}), never from
     * the register as recorded.
     */
    @Test
    public void publicProfileNamesNoOneInThePaperSettings() {
        Register register = RestrictedRegister.withPaperSettings();
        Report report = Report.builder(register).asOf(ContractRegisters.DAY).forum(Report.Builder.defaultForum(register))
                .profile(Profile.PUBLIC).build();
        byte[] bytes = exportSome(exporter(), report, options(), "the restricted register with paper settings and the public profile");
        List<LeakCheck.Leak> leaks = LeakCheck.search(bytes, RestrictedRegister.forbiddenInPublicPaper());
        assertThat(leaks).as("exporter '%s' with the public profile wrote names or contacts of the forum's paper settings:%n%s",
                exporter().id(), leaks.stream().map(LeakCheck.Leak::toString).collect(Collectors.joining(System.lineSeparator()))).isEmpty();
    }

    /**
     * Exported with the public profile, the {@link DisguisedNamesRegister} shows none of its people's names,
     * surnames, ids made from names, e-mail addresses or telephone numbers, however the names are written
     * (other spaces, invisible characters, decomposed accents, after a title), in any part of the output.
     */
    @Test
    public void publicProfileNamesNoOneHoweverWritten() {
        Register register = DisguisedNamesRegister.register();
        Report report = Report.builder(register).asOf(ContractRegisters.DAY).forum(Report.Builder.defaultForum(register))
                .profile(Profile.PUBLIC).build();
        byte[] bytes = exportSome(exporter(), report, options(), "the disguised names register with the public profile");
        List<LeakCheck.Leak> leaks = LeakCheck.search(bytes, DisguisedNamesRegister.forbiddenInPublic());
        assertThat(leaks).as("exporter '%s' with the public profile wrote personal names, ids made from them or contacts:%n%s",
                exporter().id(), leaks.stream().map(LeakCheck.Leak::toString).collect(Collectors.joining(System.lineSeparator()))).isEmpty();
    }

    /**
     * Exported with the public profile, the {@link RestrictedRegister} with each of the exporter's {@link
     * #textOptions() text options} set to a text naming its people shows none of the names in any part of the
     * output: an option's text is redacted as the register's own text is ({@link Report#redact(String)}).
     */
    @Test
    public void publicProfileRedactsTextOptions() {
        Register register = RestrictedRegister.register();
        Report report = Report.builder(register).asOf(ContractRegisters.DAY).forum(Report.Builder.defaultForum(register))
                .profile(Profile.PUBLIC).build();
        for (String option : new TreeSet<>(textOptions())) {
            assertThat(exporter().optionNames()).as("text option '%s' of exporter '%s'", option, exporter().id()).contains(option);
            Map<String, String> values = new HashMap<>(options().values());
            values.put(option, "Prepared by " + RestrictedRegister.PERSONAL_NAMES.get(0) + " for " + RestrictedRegister.PERSONAL_NAMES.get(1)
                    + " (contact " + RestrictedRegister.PERSONAL_NAMES.get(2) + ")");
            byte[] bytes = exportSome(exporter(), report, Options.of(values), "the restricted register with the public profile and a name in"
                    + " option '" + option + "'");
            List<LeakCheck.Leak> leaks = LeakCheck.search(bytes, RestrictedRegister.PERSONAL_NAMES);
            assertThat(leaks).as("exporter '%s' with the public profile wrote the names given in its option '%s'; redact an option's text "
                    + "with Report.redact(String):%n%s", exporter().id(), option,
                    leaks.stream().map(LeakCheck.Leak::toString).collect(Collectors.joining(System.lineSeparator()))).isEmpty();
        }
    }

    /** The id is lower case and not blank, the media type has a '/', and the extensions have no dot. */
    @Test
    public void metadataIsWellFormed() {
        Exporter exporter = exporter();
        assertThat(exporter.id()).as("id of %s", exporter.getClass().getName()).isNotBlank()
                .isEqualTo(exporter.id().toLowerCase(java.util.Locale.ROOT)).doesNotContainAnyWhitespaces();
        assertThat(exporter.displayName()).as("display name of exporter '%s'", exporter.id()).isNotBlank();
        assertThat(exporter.mediaType()).as("media type of exporter '%s'", exporter.id()).contains("/").doesNotContainAnyWhitespaces();
        assertThat(exporter.fileExtensions()).as("file extensions of exporter '%s'", exporter.id()).isNotEmpty()
                .allSatisfy(ext -> assertThat(ext).as("extension '%s' of exporter '%s': give it without the leading dot, its"
                        + " parts letters and digits (\"csv\", \"json.gz\")", ext, exporter.id())
                        .matches("[\\p{Alnum}]+(\\.[\\p{Alnum}]+)*"));
        assertThat(exporter.optionNames()).as("option names of exporter '%s'", exporter.id()).doesNotContainNull()
                .doesNotContain(UNKNOWN_OPTION);
        assertThat(exporter.version()).as("version of exporter '%s'", exporter.id()).isNotBlank();
    }

    /** An option the exporter does not read is refused with an {@link IllegalArgumentException} naming it. */
    @Test
    public void refusesAnUnknownOptionByName() {
        Map<String, String> options = new HashMap<>(options().values());
        options.put(UNKNOWN_OPTION, "1");
        ReferenceRegister reference = ReferenceRegister.LEICESTERSHIRE_2020;
        assertThatThrownBy(() -> exporter().export(report(reference.load(), reference.paperDate()), Options.of(options),
                new CloseRecordingOutputStream()))
                .as("exporter '%s' given the unknown option '%s' (Options.requireOnly does this check)", exporter().id(), UNKNOWN_OPTION)
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(UNKNOWN_OPTION);
    }
}
