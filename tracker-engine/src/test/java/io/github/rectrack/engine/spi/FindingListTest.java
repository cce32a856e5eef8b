package io.github.rectrack.engine.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A finding list lists at most its limit and counts the rest, errors apart. */
class FindingListTest {

    @Test
    void listsUpToTheLimitAndCountsTheRest() {
        FindingList findings = new FindingList("force.csv", 2);
        findings.add(Finding.error("force.csv: row 2", "expected a date such as 7 May 2020, found 'soon'"));
        findings.add(Finding.warning("force.csv: row 3", "the status is blank"));
        assertThat(findings.listed()).hasSize(2);

        findings.addAll(List.of(Finding.notice("force.csv: row 4", "numbered by its row"),
                Finding.error("force.csv: row 5", "expected a reference, found nothing")));

        assertThat(findings).hasSize(2);
        assertThat(findings.errorCount()).isEqualTo(2);
        assertThat(findings.unlistedCount()).isEqualTo(2);
        assertThat(findings.listed()).hasSize(3).last().hasToString("ERROR force.csv: 2 more finding(s), 1 of them error(s), are not "
                + "listed: only the first 2 are; correct those above and import again");
    }

    @Test
    void aCountOfWarningsAloneIsAWarning() {
        FindingList findings = new FindingList("force.csv", 1);
        findings.add(Finding.error("force.csv: row 2", "expected a reference, found nothing"));
        for (int i = 0; i < 1_234; i++) {
            findings.add(Finding.warning("force.csv: row " + (i + 3), "the status is blank"));
        }

        assertThat(findings.listed().get(1)).hasToString("WARNING force.csv: 1,234 more finding(s), 0 of them error(s), are not "
                + "listed: only the first 1 are; correct those above and import again");
        assertThatThrownBy(() -> new FindingList("force.csv", 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the most findings listed must be 1 or more, not 0");
    }
}
