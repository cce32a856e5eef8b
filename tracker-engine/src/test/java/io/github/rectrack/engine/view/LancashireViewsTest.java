package io.github.rectrack.engine.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.rectrack.engine.evaluation.RecommendationState;
import io.github.rectrack.engine.evaluation.RegisterEvaluation;
import io.github.rectrack.engine.evaluation.StatusEngine;
import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.engine.spi.rag.Rag;
import io.github.rectrack.engine.status.Status;
import io.github.rectrack.engine.validation.RegisterValidator;
import io.github.rectrack.model.Link;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.Recommendation;
import io.github.rectrack.model.Register;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Golden values of the report views for Lancashire's Strategic Scrutiny paper of 7 January 2016 on the HMIC
 * inspection "Building the Picture" ({@code 004}), as of the meeting and as of 31 March 2016, the month the
 * meeting asked for a further report.
 */
class LancashireViewsTest {

    private static final StatusEngine ENGINE = new StatusEngine();
    private static final ReferenceRegister LANCASHIRE = ReferenceRegister.LANCASHIRE_HMIC_2016;
    private static final LocalDate MEETING = LocalDate.of(2016, 1, 7);
    private static final LocalDate END_OF_MARCH = LocalDate.of(2016, 3, 31);

    private static RegisterEvaluation evaluate(LocalDate day) {
        return ENGINE.evaluate(LANCASHIRE.load(), day);
    }

    @Test
    void theRegisterIsBundledListedAndClean() {
        assertThat(ReferenceRegister.byId("lancashire-hmic-information-management-2016-01")).contains(LANCASHIRE);
        assertThat(LANCASHIRE.paperDate()).isEqualTo(MEETING);
        Register register = LANCASHIRE.load();
        try (RegisterValidator validator = new RegisterValidator()) {
            assertThat(validator.validate(register).findings()).isEmpty();
        }
        // the paper names no officer but its author, recorded by role
        assertThat(register.people()).extracting(p -> p.name()).containsExactly("Information Assurance Manager");
    }

    @Test
    void theForceOwnsFourItemsAndWatchesThreeAtTheMeeting() {
        ReportViews views = ReportViews.of(evaluate(MEETING), "SSM");
        SummaryMatrix summary = views.summary();
        // the Lancashire specific recommendations (Appendix A) and the three pieces of work of paragraph 3.5,
        // all in progress with no target stated, so amber under the reference policy's default for no deadline
        assertThat(summary.counts().get("Ungraded")).containsExactly(
                Map.entry(Rag.RED, 0), Map.entry(Rag.AMBER, 4), Map.entry(Rag.GREEN, 0), Map.entry(Rag.GREY, 0));
        assertThat(summary.total()).isEqualTo(4);
        assertThat(summary.proposedClosed()).isZero();
        assertThat(views.watched().items()).extracting(Watched.Item::reference, Watched.Item::addressee, Watched.Item::status)
                .containsExactly(
                        tuple("3.2 (a)", "Information Management Business Area Lead and Home Secretary", Status.IN_PROGRESS),
                        tuple("3.2 (b)", "College of Policing", Status.IN_PROGRESS),
                        tuple("3.3", "Information Management Committee (national)", Status.IN_PROGRESS));
        assertThat(views.watched().items().get(2).lastUpdate()).hasValueSatisfying(
                text -> assertThat(text).endsWith("This action plan has not yet been instigated nationally."));
        assertThat(views.overdue().items()).isEmpty();
        assertThat(views.monitoredElsewhere().items()).isEmpty();
    }

    @Test
    void oneItemOfForceWorkAnswersTheForceRecommendationsAndRisksWereAddedToTheRiskRegister() {
        RecommendationState force = evaluate(MEETING).state("btp-lancashire-specific").orElseThrow();
        assertThat(force.recommendation().kind()).isEqualTo(Recommendation.Kind.RECOMMENDATION);
        assertThat(force.watched()).isFalse();
        assertThat(force.recommendation().links()).filteredOn(l -> l.kind() == Link.Kind.ANSWERED_BY).extracting(Link::target)
                .containsExactly("lancs-im-strategy-policy", "lancs-force-records-manager", "lancs-mopi-auditors");
        assertThat(force.recommendation().links()).filteredOn(l -> l.kind() == Link.Kind.RISK_REGISTER_ENTRY).extracting(Link::target)
                .containsExactly("Disclosure and Freedom of Information", "Management of Police Information", "Vetting");
        assertThat(force.recommendation().notes()).hasValueSatisfying(n -> assertThat(n).contains("Appendix A", "not part of the paper"));
    }

    @Test
    void theInspectionIsNotYetInTheRegisterTheDayBeforeItWasPublished() {
        RegisterEvaluation before = evaluate(LocalDate.of(2015, 7, 1));
        assertThat(before.states()).extracting(RecommendationState::id).doesNotContain("btp-lancashire-specific", "btp-college-of-policing");
        assertThat(before.state("lancs-mopi-auditors").map(RecommendationState::status)).contains(Status.OPEN);
    }

    @Test
    void atTheEndOfMarchNothingLaterIsRecordedAndTheFurtherReportIsDueThatMonth() {
        RegisterEvaluation march = evaluate(END_OF_MARCH);
        ReportViews views = ReportViews.of(march, "SSM");
        assertThat(views.summary().total(Rag.AMBER)).isEqualTo(4);
        assertThat(views.summary().total()).isEqualTo(4);
        assertThat(views.watched().items()).hasSize(3);
        assertThat(march.state("btp-lancashire-specific").flatMap(RecommendationState::lastUpdate).map(u -> u.date()))
                .contains(PartialDate.of(MEETING));
        assertThat(LANCASHIRE.load().source("hmic-building-the-picture-2015").flatMap(s -> s.nextReportDue()))
                .hasValueSatisfying(due -> {
                    assertThat(due.forum()).isEqualTo("SSM");
                    assertThat(due.due()).isEqualTo(PartialDate.ofMonth(2016, 3));
                });
    }
}
