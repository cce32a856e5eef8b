package io.github.rectrack.engine.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.TargetDate;
import io.github.rectrack.model.TargetRevision;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Targets in force, from the Code of Governance 4.1 history of the 2020 paper. */
class TargetStatusTest {

    private static final List<TargetRevision> FRAMEWORK = List.of(
            TargetRevision.of(TargetDate.parse("31 December 2018")),
            TargetRevision.of(TargetDate.parse("31st March 2019")),
            revision("30th September 2019", PartialDate.ofMonth(2019, 4)),
            revision("31/03/2020", PartialDate.ofMonth(2019, 8)),
            revision("31st December 2019", PartialDate.ofMonth(2019, 11)),
            revision("revised date to 31st May 2020", PartialDate.ofMonth(2020, 5)),
            TargetRevision.of(TargetDate.parse("revised target date end of October 2020")));

    @Test
    void onThePanelsDayTheLatestRevisionIsInForceAndTheOriginalLongPassed() {
        TargetStatus status = TargetStatus.of(FRAMEWORK, LocalDate.of(2020, 10, 16));
        assertThat(status.original().orElseThrow().text()).isEqualTo("31 December 2018");
        assertThat(status.current().orElseThrow().deadline()).contains(LocalDate.of(2020, 10, 31));
        assertThat(status.revisions()).isEqualTo(6);
        assertThat(status.daysPastOriginal()).hasValue(655);
        assertThat(status.daysPastCurrent()).isEmpty();
        assertThat(status.changedAfterPassing()).isTrue();
        assertThat(status.superseded()).hasSize(6);
    }

    @Test
    void undatedRevisionsTakeTheDateOfTheEntryBeforeThem() {
        TargetStatus march2019 = TargetStatus.of(FRAMEWORK, LocalDate.of(2019, 3, 15));
        assertThat(march2019.current().orElseThrow().deadline()).contains(LocalDate.of(2019, 3, 31));
        assertThat(march2019.revisions()).isEqualTo(1);
        TargetStatus june2020 = TargetStatus.of(FRAMEWORK, LocalDate.of(2020, 6, 30));
        assertThat(june2020.current().orElseThrow().text()).isEqualTo("revised target date end of October 2020");
        assertThat(june2020.revisions()).isEqualTo(6);
    }

    @Test
    void countsDaysPastTheCurrentTarget() {
        TargetStatus beforeRevision = TargetStatus.of(FRAMEWORK.subList(0, 2), LocalDate.of(2019, 4, 10));
        assertThat(beforeRevision.current().orElseThrow().deadline()).contains(LocalDate.of(2019, 3, 31));
        assertThat(beforeRevision.daysPastCurrent()).hasValue(10);
        assertThat(beforeRevision.daysPastOriginal()).hasValue(100);
        assertThat(beforeRevision.changedAfterPassing()).isFalse();
    }

    @Test
    void aRevisionMadeAfterTheTargetPassedIsSlippage() {
        TargetStatus april2019 = TargetStatus.of(FRAMEWORK, LocalDate.of(2019, 4, 10));
        assertThat(april2019.current().orElseThrow().deadline()).contains(LocalDate.of(2019, 9, 30));
        assertThat(april2019.daysPastCurrent()).isEmpty();
        assertThat(april2019.changedAfterPassing()).as("31 March 2019 had passed when April 2019 moved it").isTrue();
        TargetStatus march2019 = TargetStatus.of(FRAMEWORK, LocalDate.of(2019, 3, 31));
        assertThat(march2019.changedAfterPassing()).isFalse();
    }

    @Test
    void noHistoryMeansNoTarget() {
        TargetStatus none = TargetStatus.of(List.of(), LocalDate.of(2020, 1, 1));
        assertThat(none.original()).isEmpty();
        assertThat(none.current()).isEmpty();
        assertThat(none.hasDeadline()).isFalse();
        assertThat(none.revisions()).isZero();
    }

    @Test
    void aTargetWithoutDeadlineIsNeverPast() {
        TargetStatus tbc = TargetStatus.of(List.of(TargetRevision.of(TargetDate.tbc())), LocalDate.of(2030, 1, 1));
        assertThat(tbc.hasDeadline()).isFalse();
        assertThat(tbc.isPastCurrent()).isFalse();
    }

    private static TargetRevision revision(String text, PartialDate date) {
        return new TargetRevision(TargetDate.parse(text), Optional.of(date), Optional.empty(), Optional.empty());
    }
}
