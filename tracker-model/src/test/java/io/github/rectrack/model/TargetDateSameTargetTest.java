package io.github.rectrack.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When two targets, as written, name the same target: an unchanged revision, an approved extension's revision. */
class TargetDateSameTargetTest {

    @ParameterizedTest(name = "''{0}'' and ''{1}'': {2}")
    @CsvSource(delimiter = '|', textBlock = """
            March 2019           | March 2019          | true
            March 2019           | march  2019         | true
            31/12/2024           | December 2024       | true
            31 December 2024     | Qtr 3 / 4 2024      | true
            March 2019           | April 2019          | false
            TBC                  | Ongoing             | false
            TBC                  | tbc                 | true
            Dependent on 8.2     | Dependent on 8.3    | false
            30th April 2021      | 30/04/2021          | true
            """)
    void namesTheSameTargetByTextOrByDeadline(String a, String b, boolean same) {
        assertThat(TargetDate.parse(a).isSameTargetAs(TargetDate.parse(b))).isEqualTo(same);
        assertThat(TargetDate.parse(b).isSameTargetAs(TargetDate.parse(a))).isEqualTo(same);
    }
}
