package io.github.rectrack.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rectrack.engine.publication.Profile;
import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.engine.spi.Exporter;
import io.github.rectrack.engine.spi.Options;
import io.github.rectrack.engine.spi.Report;
import io.github.rectrack.model.Forum;
import io.github.rectrack.model.PaperSettings;
import io.github.rectrack.model.Register;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The contract itself fails an exporter that writes nothing, unless the exporter says its output may be empty. */
class ExporterContractTest {

    /** Writes the number of sources, or nothing at all for a register without sources. */
    private static final class SourceCount implements Exporter {

        private final boolean mayWriteNothing;

        SourceCount(boolean mayWriteNothing) {
            this.mayWriteNothing = mayWriteNothing;
        }

        @Override
        public String id() {
            return "source-count";
        }

        @Override
        public String mediaType() {
            return "text/plain";
        }

        @Override
        public List<String> fileExtensions() {
            return List.of("txt");
        }

        @Override
        public boolean mayWriteNothing() {
            return mayWriteNothing;
        }

        @Override
        public void export(Report report, Options options, OutputStream out) throws IOException {
            options.requireOnly(id(), optionNames());
            int sources = report.register().sources().size();
            if (sources > 0) {
                out.write(Integer.toString(sources).getBytes(StandardCharsets.US_ASCII));
            }
        }
    }

    /** Writes its option {@code title}, redacted or as given. */
    private record Title(boolean redacts) implements Exporter {

        @Override
        public String id() {
            return "title";
        }

        @Override
        public String mediaType() {
            return "text/plain";
        }

        @Override
        public List<String> fileExtensions() {
            return List.of("txt");
        }

        @Override
        public Set<String> optionNames() {
            return Set.of("title");
        }

        @Override
        public void export(Report report, Options options, OutputStream out) throws IOException {
            options.requireOnly(id(), optionNames());
            String title = options.text("title").orElse("Recommendations");
            out.write((redacts ? report.redact(title) : title).getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * Writes who the report of its forum's paper is from, the author and the contacts: from the report's
     * register, or from the register as recorded, as an exporter keeping a copy of it would.
     */
    private record Furniture(boolean fromReport) implements Exporter {

        @Override
        public String id() {
            return "furniture";
        }

        @Override
        public String mediaType() {
            return "text/plain";
        }

        @Override
        public List<String> fileExtensions() {
            return List.of("txt");
        }

        @Override
        public void export(Report report, Options options, OutputStream out) throws IOException {
            options.requireOnly(id(), optionNames());
            Register register = fromReport ? report.register() : RestrictedRegister.withPaperSettings();
            PaperSettings paper = register.scheme().forum(report.forum()).flatMap(Forum::paper).orElse(PaperSettings.none());
            String text = paper.reportOf().orElse("") + "; " + paper.author().orElse("") + "; " + String.join("; ", paper.contacts());
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void anExporterWritingThePaperSettingsAsRecordedUnderThePublicProfileFailsTheContract() {
        assertThatThrownBy(() -> contractOf(new Furniture(false)).publicProfileNamesNoOneInThePaperSettings())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("exporter 'furniture' with the public profile wrote names or contacts of the forum's paper settings")
                .hasMessageContaining("'" + RestrictedRegister.PERSONAL_NAMES.get(1) + "' in the output")
                .hasMessageContaining("'" + RestrictedRegister.PAPER_CONTACTS.get(0) + "' in the output")
                .hasMessageContaining("'" + RestrictedRegister.PAPER_CONTACTS.get(1) + "' in the output");
    }

    @Test
    void anExporterWritingThePaperSettingsOfTheReportPassesTheContract() {
        assertThatCode(() -> contractOf(new Furniture(true)).publicProfileNamesNoOneInThePaperSettings()).doesNotThrowAnyException();
        Register register = RestrictedRegister.withPaperSettings();
        String written = new String(ExporterContract.export(new Furniture(true), Report.builder(register).asOf(ContractRegisters.DAY)
                .forum("JARAP").profile(Profile.PUBLIC).build(), Options.none(), "the restricted register with paper settings"),
                StandardCharsets.UTF_8);
        // the roles of the people named, or their initials; the contact's address and number gone
        assertThat(written).startsWith("Detective Chief Inspector, Public Protection; MFH, Head of Estates; MFH")
                .doesNotContain("@").doesNotContain("0116");
        assertThat(new String(ExporterContract.export(new Furniture(true), Report.builder(register).asOf(ContractRegisters.DAY)
                .forum("JARAP").build(), Options.none(), "the restricted register with paper settings"), StandardCharsets.UTF_8))
                .isEqualTo(RestrictedRegister.PERSONAL_NAMES.get(1) + "; " + RestrictedRegister.PERSONAL_NAMES.get(0) + ", Head of Estates; "
                        + RestrictedRegister.PERSONAL_NAMES.get(0) + ", " + RestrictedRegister.PAPER_CONTACTS.get(0) + ", "
                        + RestrictedRegister.PAPER_CONTACTS.get(1) + "; " + RestrictedRegister.PERSONAL_NAMES.get(2) + ", Information Management");
    }

    private static ExporterContract titledContractOf(Exporter exporter) {
        return new ExporterContract() {
            @Override
            protected Exporter exporter() {
                return exporter;
            }

            @Override
            protected Set<String> textOptions() {
                return Set.of("title");
            }
        };
    }

    @Test
    void anExporterWritingAPersonsNameFromItsTextOptionUnderThePublicProfileFailsTheContract() {
        assertThatThrownBy(() -> titledContractOf(new Title(false)).publicProfileRedactsTextOptions())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("exporter 'title' with the public profile wrote the names given in its option 'title'")
                .hasMessageContaining("'" + RestrictedRegister.PERSONAL_NAMES.get(0) + "' in the output");
    }

    @Test
    void anExporterRedactingItsTextOptionsPassesTheContract() {
        assertThatCode(() -> titledContractOf(new Title(true)).publicProfileRedactsTextOptions()).doesNotThrowAnyException();
        assertThat(ExporterContract.export(new Title(true), Report.builder(RestrictedRegister.register()).asOf(ContractRegisters.DAY)
                .forum("JARAP").profile(Profile.PUBLIC).build(),
                Options.of(Map.of("title", "For " + RestrictedRegister.PERSONAL_NAMES.get(2))), "the restricted register"))
                .asString(StandardCharsets.UTF_8).isEqualTo("For IC");
    }

    private static ExporterContract contractOf(Exporter exporter) {
        return new ExporterContract() {
            @Override
            protected Exporter exporter() {
                return exporter;
            }
        };
    }

    @Test
    void anExporterThatWritesNothingForAnEmptyRegisterFailsTheContract() {
        assertThatThrownBy(() -> contractOf(new SourceCount(false)).handlesAnEmptyRegister())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("exporter 'source-count' wrote nothing for an empty register (no sources)")
                .hasMessageContaining("Exporter.mayWriteNothing()");
    }

    @Test
    void anExporterWhoseOutputMayBeEmptyPassesWhatItWritesNothingFor() {
        ExporterContract contract = contractOf(new SourceCount(true));
        assertThatCode(contract::handlesAnEmptyRegister).doesNotThrowAnyException();
        assertThatCode(contract::handlesEveryStatusAndEveryColour).doesNotThrowAnyException();
    }

    @Test
    void anExporterThatWritesSomethingForEveryContractRegisterPasses() {
        ExporterContract contract = contractOf(new SourceCount(false));
        assertThatCode(contract::handlesEveryStatusAndEveryColour).doesNotThrowAnyException();
        assertThatCode(() -> contract.exportsEveryReferenceRegister(ReferenceRegister.LEICESTERSHIRE_2020)).doesNotThrowAnyException();
        assertThat(ExporterContract.exportSome(new SourceCount(false), ExporterContract.report(ReferenceRegister.LEICESTERSHIRE_2020.load(),
                ReferenceRegister.LEICESTERSHIRE_2020.paperDate()), Options.none(), "the reference register"))
                .asString(StandardCharsets.US_ASCII).isEqualTo(Integer.toString(ReferenceRegister.LEICESTERSHIRE_2020.load().sources().size()));
    }
}
