package io.github.rectrack.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectrack.engine.generate.RegisterGenerator;
import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.engine.spi.Finding;
import io.github.rectrack.engine.spi.ImportResult;
import io.github.rectrack.engine.spi.Options;
import io.github.rectrack.engine.spi.Report;
import io.github.rectrack.model.Register;
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
        assertRoundTrip(register, RegisterGenerator.DEFAULT_HORIZON.minusYears(2));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3})
    void noticesNothingInAnUneditedWorkbook(long seed) throws IOException {
        Register register = RegisterGenerator.generate(50, seed);
        ImportResult result = read(export(register, RegisterGenerator.DEFAULT_HORIZON));
        assertThat(result.findings()).extracting(Finding::severity).isEmpty();
    }
}
