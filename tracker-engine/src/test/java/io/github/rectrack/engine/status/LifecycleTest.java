package io.github.rectrack.engine.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectrack.engine.Fixtures;
import io.github.rectrack.model.GovernanceDecision.Kind;
import io.github.rectrack.model.GovernanceDecision;
import io.github.rectrack.model.ManagementResponse;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.ProgressUpdate;
import io.github.rectrack.model.Recommendation;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LifecycleTest {

    private static final LocalDate LATE = LocalDate.of(2030, 1, 1);

    @Test
    void isOpenUntilTheFirstUpdateCountsThenInProgress() {
        Recommendation rec = Fixtures.missingFirearm();
        assertThat(Lifecycle.statusAsOf(rec, LocalDate.of(2018, 5, 31)).status()).isEqualTo(Status.OPEN);
        Lifecycle.StatusAsOf june = Lifecycle.statusAsOf(rec, LocalDate.of(2018, 6, 1));
        assertThat(june.status()).isEqualTo(Status.IN_PROGRESS);
        assertThat(june.since()).contains(PartialDate.ofMonth(2018, 6));
    }

    @Test
    void followsTheDecisionsThatCountOnTheDay() {
        Recommendation rec = Fixtures.communicationWithVictims();
        assertThat(Lifecycle.statusAsOf(rec, LocalDate.of(2019, 12, 31)).status()).isEqualTo(Status.IN_PROGRESS);
        assertThat(Lifecycle.statusAsOf(rec, LocalDate.of(2020, 1, 1)).status()).isEqualTo(Status.PROPOSED_CLOSED);
        assertThat(Lifecycle.statusAsOf(rec, LocalDate.of(2020, 2, 1)).status()).isEqualTo(Status.CLOSURE_AGREED);
        Lifecycle.StatusAsOf july = Lifecycle.statusAsOf(rec, LocalDate.of(2020, 7, 16));
        assertThat(july.status()).isEqualTo(Status.FURTHER_EVIDENCE_REQUESTED);
        assertThat(july.since()).contains(PartialDate.ofMonth(2020, 7));
        assertThat(july.decisions()).hasSize(3);
    }

    @Test
    void hibernationResumesAndClosureReopens() {
        Recommendation rec = with(decision(2020, 1, Kind.HIBERNATED), decision(2020, 3, Kind.RESUMED),
                decision(2020, 5, Kind.CLOSED), decision(2020, 7, Kind.REOPENED), decision(2020, 9, Kind.MOVED_TO_BUSINESS_AS_USUAL));
        assertThat(statuses(rec, "2020-02-01", "2020-04-01", "2020-06-01", "2020-08-01", "2020-10-01")).containsExactly(
                Status.HIBERNATED, Status.IN_PROGRESS, Status.CLOSED, Status.REOPENED, Status.BUSINESS_AS_USUAL);
        assertThat(Lifecycle.replay(rec)).allSatisfy(step -> assertThat(step.problem()).isEmpty());
    }

    @Test
    void aResponseThatDidNotAcceptMakesItNotAccepted() {
        Recommendation rec = Fixtures.missingFirearm().toBuilder()
                .response(Optional.of(new ManagementResponse(ManagementResponse.Acceptance.NOT_ACCEPTED,
                        Optional.of(PartialDate.ofMonth(2018, 3)), "The force does not accept this.", Optional.empty())))
                .build();
        assertThat(Lifecycle.statusAsOf(rec, LocalDate.of(2018, 2, 1)).status()).isEqualTo(Status.OPEN);
        assertThat(Lifecycle.statusAsOf(rec, LocalDate.of(2018, 3, 1)).status()).isEqualTo(Status.NOT_ACCEPTED);
    }

    @Test
    void aSecondClosureWithoutReopeningIsAnError() {
        Recommendation rec = with(decision(2020, 1, Kind.CLOSED), decision(2020, 3, Kind.CLOSED));
        List<Lifecycle.Step> steps = Lifecycle.replay(rec);
        assertThat(steps.get(0).problem()).isEmpty();
        assertThat(steps.get(1).problem()).contains(new Lifecycle.Problem(true,
                "closed twice without a re-open: it was closed by JARAP on 2020-01; record a REOPENED decision first"));
        assertThat(Lifecycle.statusAsOf(rec, LATE).status()).isEqualTo(Status.CLOSED);
    }

    @Test
    void aBoardAgreementWithNoProposalIsAnError() {
        Recommendation rec = with(decision(2020, 2, Kind.CLOSURE_AGREED));
        assertThat(Lifecycle.replay(rec).get(0).problem()).contains(new Lifecycle.Problem(true,
                "closure agreed by JARAP with no proposal to close (status was OPEN); record the owner's PROPOSED_CLOSED first"));
    }

    @Test
    void otherDoubtfulSteps() {
        assertThat(Lifecycle.replay(with(decision(2020, 2, Kind.RESUMED))).get(0).problem())
                .contains(new Lifecycle.Problem(true, "resumed but it was not hibernated (status was OPEN)"));
        assertThat(Lifecycle.replay(with(decision(2020, 2, Kind.REOPENED))).get(0).problem())
                .contains(new Lifecycle.Problem(true, "re-opened but it was not closed (status was OPEN)"));
        assertThat(Lifecycle.replay(with(decision(2020, 2, Kind.FURTHER_EVIDENCE_REQUESTED))).get(0).problem())
                .contains(new Lifecycle.Problem(false, "FURTHER_EVIDENCE_REQUESTED by JARAP but no closure was proposed (status was OPEN)"));
        assertThat(Lifecycle.replay(with(decision(2020, 1, Kind.CLOSED), decision(2020, 2, Kind.HIBERNATED))).get(1).problem())
                .contains(new Lifecycle.Problem(true,
                        "HIBERNATED after it was closed without a re-open: it was closed by JARAP on 2020-01; record a REOPENED decision first"));
    }

    @Test
    void aMonthOnlyDecisionCountsFromTheFirstOfItsMonth() {
        Recommendation rec = with(decision(2020, 10, Kind.PROPOSED_CLOSED));
        assertThat(Lifecycle.statusAsOf(rec, LocalDate.of(2020, 9, 30)).status()).isEqualTo(Status.IN_PROGRESS);
        assertThat(Lifecycle.statusAsOf(rec, LocalDate.of(2020, 10, 1)).status()).isEqualTo(Status.PROPOSED_CLOSED);
    }

    private static List<Status> statuses(Recommendation rec, String... days) {
        return Arrays.stream(days).map(d -> Lifecycle.statusAsOf(rec, LocalDate.parse(d)).status()).toList();
    }

    private static Recommendation with(GovernanceDecision... decisions) {
        return Recommendation.builder("r", "1", "text", "Significant")
                .updates(List.of(ProgressUpdate.of(PartialDate.ofMonth(2019, 6), "work started")))
                .decisions(List.of(decisions)).build();
    }

    private static GovernanceDecision decision(int year, int month, Kind kind) {
        return new GovernanceDecision(PartialDate.ofMonth(year, month), "JARAP", kind, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
