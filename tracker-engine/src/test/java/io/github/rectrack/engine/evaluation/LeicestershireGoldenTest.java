package io.github.rectrack.engine.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.engine.spi.rag.Rag;
import io.github.rectrack.engine.status.Status;
import io.github.rectrack.engine.view.MonitoredElsewhere;
import io.github.rectrack.engine.view.ProposedClosure;
import io.github.rectrack.engine.view.SummaryMatrix;
import io.github.rectrack.model.Register;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Leicestershire register evaluated for the Joint Audit, Risk and Assurance Panel gives the figures
 * the panel paper of 16 October 2020 prints.
 */
class LeicestershireGoldenTest {

    private static final Register REGISTER = ReferenceRegister.LEICESTERSHIRE_2020.load();
    private static final StatusEngine ENGINE = new StatusEngine();
    private static final LocalDate PANEL = LocalDate.of(2020, 10, 16);

    @Test
    void paragraphThreeSummaryTable() {
        SummaryMatrix summary = SummaryMatrix.of(ENGINE.evaluate(REGISTER, PANEL), "JARAP");
        assertThat(summary.priorities()).containsExactly("Fundamental", "Significant", "Housekeeping");
        assertThat(row(summary, "Fundamental")).containsExactly(0, 2, 0, 0);
        assertThat(row(summary, "Significant")).containsExactly(0, 8, 4, 0);
        assertThat(row(summary, "Housekeeping")).containsExactly(0, 0, 3, 0);
        assertThat(List.of(summary.total(Rag.RED), summary.total(Rag.AMBER), summary.total(Rag.GREEN), summary.total(Rag.GREY)))
                .containsExactly(0, 10, 7, 0);
        assertThat(summary.total()).isEqualTo(17);
        assertThat(summary.total("Significant")).isEqualTo(12);
        assertThat(summary.proposedClosed()).isEqualTo(7);
    }

    @Test
    void paragraphFourProposedForClosure() {
        ProposedClosure proposed = ProposedClosure.of(ENGINE.evaluate(REGISTER, PANEL), "JARAP");
        assertThat(proposed.items()).extracting(ProposedClosure.Item::sourceTitle, ProposedClosure.Item::priority,
                ProposedClosure.Item::reference, ProposedClosure.Item::status).containsExactly(
                tuple("Victims Code of Practice", "Significant", "4.3", Status.PROPOSED_CLOSED),
                tuple("Victims Code of Practice", "Significant", "4.4", Status.CLOSURE_AGREED),
                tuple("Victims Code of Practice", "Housekeeping", "4.5", Status.CLOSURE_AGREED),
                tuple("Recruitment", "Significant", "4.1", Status.PROPOSED_CLOSED),
                tuple("Workforce Wellbeing & Absence Management", "Significant", "4.2", Status.PROPOSED_CLOSED),
                tuple("Leadership and Management Development", "Housekeeping", "4.2", Status.PROPOSED_CLOSED),
                tuple("Leadership and Management Development", "Housekeeping", "4.3", Status.PROPOSED_CLOSED));
        assertThat(proposed.items().get(0).decisions()).extracting(d -> d.forum() + " " + d.kind() + " " + d.date()).containsExactly(
                "OWNER PROPOSED_CLOSED 2020-01", "SORB CLOSURE_AGREED 2020-02", "JARAP FURTHER_EVIDENCE_REQUESTED 2020-07",
                "OWNER PROPOSED_CLOSED 2020-10");
    }

    @Test
    void theHousekeepingItemsMonitoredOutsideThePanel() {
        MonitoredElsewhere elsewhere = MonitoredElsewhere.of(ENGINE.evaluate(REGISTER, PANEL), "JARAP");
        assertThat(elsewhere.items()).extracting(MonitoredElsewhere.Item::sourceTitle, MonitoredElsewhere.Item::reference,
                MonitoredElsewhere.Item::monitoredBy, MonitoredElsewhere.Item::status).containsExactly(
                tuple("Estates Management", "4.2", "SORB", Status.CLOSED),
                tuple("Seized and Found Property", "4.1", "SORB", Status.CLOSED),
                tuple("Custody Arrangements", "4.3", "SORB", Status.OPEN),
                tuple("Payroll", "4.1", "SORB", Status.OPEN),
                tuple("Partnerships", "4.1", "SORB", Status.OPEN),
                tuple("Partnerships", "4.2", "SORB", Status.CLOSED),
                tuple("Partnerships", "4.3", "SORB", Status.OPEN),
                tuple("Partnerships", "4.4", "SORB", Status.OPEN),
                tuple("Procurement", "4.1", "SORB", Status.OPEN),
                tuple("Procurement", "4.2", "SORB", Status.OPEN));
        assertThat(elsewhere.items()).allSatisfy(i -> assertThat(i.priority()).isEqualTo("Housekeeping"))
                .allSatisfy(i -> assertThat(i.monitoredByName()).isEqualTo("Strategic Organisational Risk Board"));
    }

    @Test
    void theSeizedPropertyAuditGoesWholeToThePanelUnderTheLimitedAssuranceRule() {
        RecommendationState firearm = ENGINE.evaluate(REGISTER, PANEL).state("seized-found-property-2018-4.1").orElseThrow();
        assertThat(firearm.route().forum()).isEqualTo("JARAP");
        assertThat(firearm.route().wholeReport()).isTrue();
        assertThat(firearm.route().rule()).contains(2);
    }

    /**
     * A year and a half earlier the panel's list was shorter and nothing was yet proposed for closure. Of
     * the 17 items of October 2020: nine were not yet raised (Recruitment and Workforce Wellbeing were
     * audited in September 2019, Leadership and Management Development in January 2020, Benefits
     * Realisation in July 2020, the Procurement follow-up in August 2020); the three Victims Code items,
     * green in October 2020, were amber, in progress with targets in the future (proposed for closure only
     * in January 2020). The other five were amber then as now.
     */
    @Test
    void asOfJune2019TheSummaryWasDifferent() {
        RegisterEvaluation june2019 = ENGINE.evaluate(REGISTER, LocalDate.of(2019, 6, 30));
        SummaryMatrix summary = SummaryMatrix.of(june2019, "JARAP");
        assertThat(row(summary, "Fundamental")).containsExactly(0, 2, 0, 0);
        assertThat(row(summary, "Significant")).containsExactly(0, 5, 0, 0);
        assertThat(row(summary, "Housekeeping")).containsExactly(0, 1, 0, 0);
        assertThat(summary.total()).isEqualTo(8);
        assertThat(summary.proposedClosed()).isZero();
        assertThat(june2019.state("recruitment-2019-4.1")).isEmpty();
        assertThat(june2019.state("leadership-management-development-2020-4.2")).isEmpty();
        RecommendationState victims = june2019.state("victims-code-of-practice-2017-4.3").orElseThrow();
        assertThat(victims.status()).isEqualTo(Status.IN_PROGRESS);
        assertThat(victims.rag()).isEqualTo(Rag.AMBER);
        assertThat(victims.targets().current().orElseThrow().deadline()).contains(LocalDate.of(2019, 10, 31));
        assertThat(victims.updates()).extracting(u -> u.date().toString()).containsExactly(
                "2017-11", "2018-06", "2018-08", "2018-11", "2019-01", "2019-04", "2019-05");
        RecommendationState firearm = june2019.state("seized-found-property-2018-4.1").orElseThrow();
        assertThat(firearm.targets().current().orElseThrow().deadline()).contains(LocalDate.of(2019, 10, 31));
        assertThat(firearm.targets().revisions()).isEqualTo(2);
    }

    @Test
    void theSameRegisterAndDayAlwaysGiveTheSameEvaluation() {
        RegisterEvaluation a = ENGINE.evaluate(REGISTER, PANEL);
        RegisterEvaluation b = new StatusEngine().evaluate(REGISTER, PANEL);
        assertThat(a.states()).isEqualTo(b.states());
    }

    private static List<Integer> row(SummaryMatrix summary, String priority) {
        return List.of(summary.count(priority, Rag.RED), summary.count(priority, Rag.AMBER),
                summary.count(priority, Rag.GREEN), summary.count(priority, Rag.GREY));
    }
}
