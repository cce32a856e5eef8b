package io.github.rectrack.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectrack.model.PartialDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A row's fingerprint: the FarmHash form the exporter writes, with values computed apart from Guava (from
 * FarmHash's {@code HashLen0to16}), and the SHA-256 form earlier exporters wrote, which still matches.
 */
class FingerprintTest {

    private static final PartialDate OCTOBER_2020 = PartialDate.ofMonth(2020, 10);

    @Test
    void theExporterWritesThePlaceAndFarmHashOfTheCanonicalTexts() {
        Fingerprint fingerprint = new Fingerprint();
        fingerprint.add(OCTOBER_2020);
        assertThat(fingerprint.finish(1)).isEqualTo("1:f8a5220e2dbacfdd5"); // "2020-10" U+001F
        fingerprint.add("Open");
        fingerprint.add(null);
        fingerprint.add(Optional.of(OCTOBER_2020));
        assertThat(fingerprint.finish(27)).as("each finish starts the next row afresh").isEqualTo("27:f0401067661a84712");
        fingerprint.add(false);
        assertThat(fingerprint.finish(3)).isEqualTo("3:fb9dd4ad432a0b925"); // "No" U+001F
    }

    @Test
    void aWrittenFingerprintMatchesTheValuesItWasMadeFromInEitherForm() {
        Fingerprint fingerprint = new Fingerprint();
        // the SHA-256 form: the first 8 bytes of SHA-256("a" U+001F U+001F "2020-10" U+001F), from Python's hashlib
        fingerprint.add("a");
        fingerprint.add(Optional.empty());
        fingerprint.add(OCTOBER_2020);
        assertThat(fingerprint.finishMatching("12:1d8fe5c3a579ea25")).isTrue();
        fingerprint.add("a");
        fingerprint.add(Optional.empty());
        fingerprint.add(OCTOBER_2020);
        assertThat(fingerprint.finishMatching("12:1D8FE5C3A579EA25")).as("hex digits in either case").isTrue();
        fingerprint.add("b");
        fingerprint.add(Optional.empty());
        fingerprint.add(OCTOBER_2020);
        assertThat(fingerprint.finishMatching("12:1d8fe5c3a579ea25")).as("a changed value").isFalse();

        fingerprint.add(OCTOBER_2020);
        assertThat(fingerprint.finishMatching("5:f8a5220e2dbacfdd5")).isTrue();
        fingerprint.add("2020-11");
        assertThat(fingerprint.finishMatching("5:f8a5220e2dbacfdd5")).isFalse();
        fingerprint.add(OCTOBER_2020);
        assertThat(fingerprint.finishMatching(null)).as("no fingerprint").isFalse();
        fingerprint.add(OCTOBER_2020);
        assertThat(fingerprint.finishMatching("5:f8a5220e2dbacfdd5")).as("a row without one starts the next afresh").isTrue();
    }

    @Test
    void aFingerprintsPlaceIsReadFromEitherFormAndNothingElse() {
        assertThat(Fingerprint.place("12:1d8fe5c3a579ea25")).contains(12);
        assertThat(Fingerprint.place("12:f8a5220e2dbacfdd5")).contains(12);
        assertThat(Fingerprint.place("7:f8a5220e2dbacfdd")).as("an old hash that starts with f").contains(7);
        assertThat(Fingerprint.place("7:a8a5220e2dbacfdd5")).as("17 characters not starting with f").isEmpty();
        assertThat(Fingerprint.place("7:8a5220e2dbacfd")).isEmpty();
        assertThat(Fingerprint.place(":8a5220e2dbacfdd5")).isEmpty();
        assertThat(Fingerprint.place("0:8a5220e2dbacfdd5")).isEmpty();
        assertThat(Fingerprint.place("x:8a5220e2dbacfdd5")).isEmpty();
        assertThat(Fingerprint.place("Row fingerprint")).isEmpty();
    }

    @Test
    void aLongRowGrowsItsBufferAndStillMatches() {
        Fingerprint fingerprint = new Fingerprint();
        String text = "An update of a thousand characters. ".repeat(30);
        fingerprint.add(text);
        fingerprint.add(text);
        String written = fingerprint.finish(9);
        fingerprint.add(text);
        fingerprint.add(text);
        assertThat(fingerprint.finishMatching(written)).isTrue();
        fingerprint.add(text);
        fingerprint.add(text + ".");
        assertThat(fingerprint.finishMatching(written)).isFalse();
    }
}
