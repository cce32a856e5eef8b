package io.github.rectrack.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
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
