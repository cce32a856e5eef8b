package io.github.rectrack.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.rectrack.model.TargetDate;
import io.github.rectrack.model.TargetDateParser;

/**
 * Fuzzes the target-date parser with any text. Properties (those of its property tests): it never
 * throws; the text is kept as written; a deadline exactly when the kind has one; a kind with a deadline
 * has a first day, no later than the deadline; parsing is deterministic.
 */
class TargetDateParserFuzzTest {

    @FuzzTest
    @DictionaryEntries({"7 May 2020", "March", "Sept", "31st", "end of", "mid-", "quarter", "1st quarter of", "Q3", "Qtr 3 / 4",
        "H1", "first half of", "Summer", "FY 2024/25", "2019/20", " to ", " until ", " – ", "then repeat", "onwards", "TBC",
        "to be confirmed", "ongoing", "BAU", "various", "see below", "dependent on", "conclusion of", "within 12 months",
        "(1)", "(2)", "07/11/2020", "03.09.2018", "2020-05-07", "[", "]"})
    void readsAnyTextWithoutThrowing(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();

        TargetDate target = TargetDateParser.parse(text);

        assertThat(target.text()).isEqualTo(text);
        assertThat(target.deadline().isPresent()).as("deadline of %s", target).isEqualTo(target.kind().hasDeadline());
        if (target.kind().hasDeadline()) {
            assertThat(target.from()).as("first day of %s", target).isPresent();
            assertThat(target.from().get()).as("first day of %s", target).isBeforeOrEqualTo(target.deadline().get());
        }
        assertThat(TargetDateParser.parse(text)).isEqualTo(target);
    }
}
