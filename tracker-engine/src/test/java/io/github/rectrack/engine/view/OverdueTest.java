package io.github.rectrack.engine.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.rectrack.engine.evaluation.RegisterEvaluation;
import io.github.rectrack.engine.evaluation.StatusEngine;
import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.engine.spi.rag.Rag;
import io.github.rectrack.engine.status.Status;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.Register;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The overdue list of the Leicestershire JARAP register of 16 October 2020: nothing is past its target on
 * the day of the paper, and a month later the three items due by the end of October 2020 are.
 */
class OverdueTest {

    private static final StatusEngine ENGINE = new StatusEngine();
    private static final Register REGISTER = ReferenceRegister.LEICESTERSHIRE_2020.load();

    @Test
    void nothingIsOverdueOnTheDayOfThePaper() {
        Overdue overdue = Overdue.of(ENGINE.evaluate(REGISTER, LocalDate.of(2020, 10, 16)));

        assertThat(overdue.items()).isEmpty();
        assertThat(overdue.forum()).isEmpty();
    }

    @Test
    void aMonthLaterTheThreeItemsDueInOctober2020AreFifteenDaysOverdue() {
        RegisterEvaluation november = ENGINE.evaluate(REGISTER, LocalDate.of(2020, 11, 15));

        Overdue overdue = Overdue.of(november);

        // Code of Governance 4.1 ("revised target date end of October 2020"), Benefits Realisation 4.1 and the
        // Procurement follow-up 4.1 ("October 2020"): in progress, deadline 31 October 2020. Workforce Wellbeing
        // 4.2 (1 November 2020) is proposed closed, so it awaits a decision and is not overdue; GDPR 4.1 ("To
        // be confirmed going forward") has no deadline.
        assertThat(overdue.asOf()).isEqualTo(LocalDate.of(2020, 11, 15));
        assertThat(overdue.items()).extracting(Overdue.Item::recommendationId, Overdue.Item::forum, Overdue.Item::status,
                Overdue.Item::rag, Overdue.Item::deadline, Overdue.Item::daysOverdue, Overdue.Item::lastUpdate)
                .containsExactly(
                        tuple("code-of-governance-2018-4.1", "JARAP", Status.IN_PROGRESS, Rag.RED, LocalDate.of(2020, 10, 31), 15L,
                                Optional.of(PartialDate.ofMonth(2020, 10))),
                        tuple("benefits-realisation-2020-4.1", "JARAP", Status.IN_PROGRESS, Rag.RED, LocalDate.of(2020, 10, 31), 15L,
                                Optional.of(PartialDate.ofMonth(2020, 10))),
                        tuple("procurement-follow-up-2020-4.1", "JARAP", Status.IN_PROGRESS, Rag.RED, LocalDate.of(2020, 10, 31), 15L,
                                Optional.of(PartialDate.ofMonth(2020, 10))));
        assertThat(overdue.items().get(0).target().text()).isEqualTo("revised target date end of October 2020");
        // The OPCC Chief Finance Officer handed Code of Governance 4.1 over in November 2019: only the ACO Finance owns it.
        assertThat(overdue.items()).extracting(Overdue.Item::owners).containsExactly(
                List.of(new Overdue.Owner("aco-finance", "ACO Finance")),
                List.of(new Overdue.Owner("head-of-change", "Force Head of Change")),
                List.of(new Overdue.Owner("head-of-procurement", "Head of Procurement")));
    }

    @Test
    void forOneForumOnlyItsItemsAreListed() {
        RegisterEvaluation november = ENGINE.evaluate(REGISTER, LocalDate.of(2020, 11, 15));

        assertThat(Overdue.of(november, "JARAP").items()).hasSize(3);
        assertThat(ReportViews.of(november, "JARAP").overdue()).isEqualTo(Overdue.of(november, "JARAP"));
        assertThat(Overdue.of(november, "JARAP").forum()).contains("JARAP");
        // The housekeeping items tracked by SORB have no target recorded in the paper.
        assertThat(Overdue.of(november, "SORB").items()).isEmpty();
    }
}
