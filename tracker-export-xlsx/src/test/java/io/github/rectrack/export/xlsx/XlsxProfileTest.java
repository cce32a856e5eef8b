package io.github.rectrack.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectrack.engine.publication.Profile;
import io.github.rectrack.engine.spi.Finding;
import io.github.rectrack.engine.spi.ImportResult;
import io.github.rectrack.engine.spi.Options;
import io.github.rectrack.engine.spi.Report;
import io.github.rectrack.model.Register;
import io.github.rectrack.testkit.ContractRegisters;
import io.github.rectrack.testkit.RestrictedRegister;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** A workbook records the profile it was exported with, and reading a redacted one says what it lacks. */
class XlsxProfileTest {

    private final Register register = RestrictedRegister.register();

    @Test
    void aWorkbookExportedWithThePublicProfileReadsBackWithAWarningThatPartsWereLeftOut() throws IOException {
        ImportResult result = XlsxRoundTripTest.read(export(Profile.PUBLIC));

        assertThat(result.hasErrors()).as("%s", result.findings()).isFalse();
        assertThat(result.findings()).filteredOn(f -> f.severity() == Finding.Severity.WARNING)
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.location()).isEqualTo("tracker.xlsx: sheet 'Register', row 'Withheld'");
                    assertThat(f.message()).startsWith("this workbook was exported with the 'public' profile, which left parts of "
                            + "the register out: This paper omits ")
                            .endsWith("What is read back lacks them; export with the 'internal' profile for a complete copy");
                });
        assertThat(result.register().orElseThrow()).isNotEqualTo(register);
    }

    @Test
    void aWorkbookExportedWithTheInternalProfileReadsBackWholeAndWithoutWarning() throws IOException {
        ImportResult result = XlsxRoundTripTest.read(export(Profile.INTERNAL));

        assertThat(result.findings()).isEmpty();
        assertThat(result.register().orElseThrow()).isEqualTo(register);
    }

    private byte[] export(Profile profile) throws IOException {
        Report report = Report.builder(register).asOf(ContractRegisters.DAY).forum(Report.Builder.defaultForum(register))
                .profile(profile).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxExporter().export(report, Options.none(), out);
        return out.toByteArray();
    }
}
