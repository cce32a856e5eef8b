package io.github.rectrack.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rectrack.engine.publication.Profile;
import io.github.rectrack.engine.spi.Finding;
import io.github.rectrack.engine.spi.ImportResult;
import io.github.rectrack.engine.spi.Options;
import io.github.rectrack.engine.spi.Report;
import io.github.rectrack.model.Register;
import io.github.rectrack.testkit.ContractRegisters;
import io.github.rectrack.testkit.LeakCheck;
import io.github.rectrack.testkit.RestrictedRegister;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.officeDocument.x2006.extendedProperties.CTProperties;

/**
 * A workbook records the profile it was exported with, and reading a redacted one says what it lacks; a
 * public workbook's document properties name no one, and no option's text can reach it (the exporter takes
 * none).
 */
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

    @Test
    void aPublicWorkbooksDocumentPropertiesNameNoOne() throws IOException {
        byte[] workbook = export(Profile.PUBLIC);

        assertThat(LeakCheck.search(workbook, RestrictedRegister.forbiddenInPublic())).isEmpty();
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            POIXMLProperties.CoreProperties core = read.getProperties().getCoreProperties();
            assertThat(core.getCreator()).isEqualTo("Recommendation Tracker");
            assertThat(core.getTitle()).isEqualTo("Recommendation tracker: Contract test force, " + Report.Builder.defaultForum(register)
                    + ", as of 2024-03-31");
            assertThat(core.getUnderlyingProperties().getLastModifiedByProperty()).isEmpty();
            assertThat(core.getDescription()).isNull();
            assertThat(core.getKeywords()).isNull();
            CTProperties app = read.getProperties().getExtendedProperties().getUnderlyingProperties();
            assertThat(app.isSetManager()).isFalse();
            assertThat(app.isSetCompany()).isFalse();
            assertThat(read.getProperties().getCustomProperties().getUnderlyingProperties().sizeOfPropertyArray()).isZero();
        }
    }

    @Test
    void noOptionTextReachesTheWorkbook() {
        Report report = Report.builder(register).asOf(ContractRegisters.DAY).forum(Report.Builder.defaultForum(register))
                .profile(Profile.PUBLIC).build();
        for (String option : List.of("title", "author", "subject", "header", "footer")) {
            assertThatThrownBy(() -> new XlsxExporter().export(report, Options.of(Map.of(option, RestrictedRegister.PERSONAL_NAMES.get(0))),
                    new ByteArrayOutputStream()))
                    .as("option %s", option).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(option);
        }
    }

    private byte[] export(Profile profile) throws IOException {
        Report report = Report.builder(register).asOf(ContractRegisters.DAY).forum(Report.Builder.defaultForum(register))
                .profile(profile).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxExporter().export(report, Options.none(), out);
        return out.toByteArray();
    }
}
