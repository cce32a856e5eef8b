package io.github.rectrack.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rectrack.model.PartialDate.Precision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

    @ParameterizedTest(name = "{0} is {1} from {2} to {3}")
    @CsvSource({
        "2020,       YEAR,  2020-01-01, 2020-12-31",
        "2020-05,    MONTH, 2020-05-01, 2020-05-31",
        "2020-02,    MONTH, 2020-02-01, 2020-02-29",
        "2019-02,    MONTH, 2019-02-01, 2019-02-28",
        "2020-05-07, DAY,   2020-05-07, 2020-05-07",
        "2020-02-29, DAY,   2020-02-29, 2020-02-29",
        "0999,       YEAR,  0999-01-01, 0999-12-31",
        "0012-01,    MONTH, 0012-01-01, 0012-01-31",
        "9999-12,    MONTH, 9999-12-01, 9999-12-31",
        "0000,       YEAR,  0000-01-01, 0000-12-31",
    })
    void parsesAndWritesEachPrecision(String text, Precision precision, LocalDate first, LocalDate last) {
        PartialDate date = PartialDate.parse(text);

        assertThat(date.precision()).isEqualTo(precision);
        assertThat(date.first()).isEqualTo(first);
        assertThat(date.last()).isEqualTo(last);
        assertThat(date.toString()).isEqualTo(text);
        assertThat(PartialDate.parse(date.toString())).isEqualTo(date);
    }

    @Test
    void writesYearsOutsideFourDigitsAsTheIsoFormattersDo() {
        assertThat(PartialDate.ofYear(10_000)).hasToString("10000");
        assertThat(PartialDate.ofMonth(10_000, 3)).hasToString("10000-03");
        assertThat(PartialDate.ofMonth(-1, 3)).hasToString("-0001-03");
    }

    @Test
    void factoriesMatchParsing() {
        assertThat(PartialDate.ofYear(2020)).isEqualTo(PartialDate.parse("2020"));
        assertThat(PartialDate.ofMonth(2020, 5)).isEqualTo(PartialDate.parse("2020-05"));
        assertThat(PartialDate.of(2020, 5, 7)).isEqualTo(PartialDate.parse("2020-05-07"));
        assertThat(PartialDate.of(LocalDate.of(2020, 5, 7))).isEqualTo(PartialDate.parse("2020-05-07"));
        assertThat(PartialDate.parse(" 2020-05 ")).isEqualTo(PartialDate.ofMonth(2020, 5));
    }

    @Test
    void ordersByFirstDayThenCoarserFirst() {
        PartialDate year = PartialDate.ofYear(2020);
        PartialDate january = PartialDate.ofMonth(2020, 1);
        PartialDate firstJanuary = PartialDate.of(2020, 1, 1);
        PartialDate may = PartialDate.ofMonth(2020, 5);
        PartialDate firstMay = PartialDate.of(2020, 5, 1);
        PartialDate secondMay = PartialDate.of(2020, 5, 2);
        PartialDate lastDec2019 = PartialDate.of(2019, 12, 31);
        List<PartialDate> expected = List.of(lastDec2019, year, january, firstJanuary, may, firstMay, secondMay);

        List<PartialDate> shuffled = new ArrayList<>(expected);
        Collections.reverse(shuffled);
        Collections.sort(shuffled);

        assertThat(shuffled).containsExactlyElementsOf(expected);
        assertThat(may.compareTo(PartialDate.ofMonth(2020, 5))).isZero();
    }

    @Test
    void tellsWhetherTheWholePeriodIsOnOrBeforeADay() {
        PartialDate may = PartialDate.ofMonth(2020, 5);

        assertThat(may.whollyOnOrBefore(LocalDate.of(2020, 5, 31))).isTrue();
        assertThat(may.whollyOnOrBefore(LocalDate.of(2020, 5, 30))).isFalse();
        assertThat(PartialDate.ofYear(2020).whollyOnOrBefore(LocalDate.of(2020, 12, 31))).isTrue();
        assertThat(PartialDate.of(2020, 5, 7).whollyOnOrBefore(LocalDate.of(2020, 5, 6))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2020-13", "2020-00", "2020-02-30", "2019-02-29", "2020-04-31", "20-05", "2020-5",
        "2020-05-7", "May 2020", "2020/05", "", " ", "2020-05-07T00:00"})
    void rejectsTextThatIsNotADate(String text) {
        assertThatThrownBy(() -> PartialDate.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsNullText() {
        assertThatThrownBy(() -> PartialDate.parse(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void rejectsAPeriodNotStartingOnItsFirstDay() {
        assertThatThrownBy(() -> new PartialDate(LocalDate.of(2020, 5, 2), Precision.MONTH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2020-05-02");
        assertThatThrownBy(() -> new PartialDate(LocalDate.of(2020, 2, 1), Precision.YEAR))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new PartialDate(LocalDate.of(2020, 5, 2), Precision.DAY)).isEqualTo(PartialDate.of(2020, 5, 2));
    }
}
