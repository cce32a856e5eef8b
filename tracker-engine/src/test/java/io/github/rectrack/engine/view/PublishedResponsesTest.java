package io.github.rectrack.engine.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectrack.engine.InspectionFixtures;
import io.github.rectrack.engine.evaluation.StatusEngine;
import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.model.GovernanceDecision;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.Recommendation;
import io.github.rectrack.model.Register;
import io.github.rectrack.model.Scheme;
import io.github.rectrack.model.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The s.55 clock: an inspection published on 2 July 2015 needs its response by 27 August 2015 (56 days). */
class PublishedResponsesTest {

    private static final StatusEngine ENGINE = new StatusEngine();
    private static final LocalDate DUE = LocalDate.of(2015, 8, 27);

    private static PublishedResponses on(Register register, LocalDate day) {
        return PublishedResponses.of(ENGINE.evaluate(register, day));
    }

    /** The fixture with a response recorded on the given day for each of the force's own inspection items. */
    private static Register respondedOn(PartialDate... days) {
        Register register = InspectionFixtures.register();
        Source inspection = register.sources().get(0);
        List<Recommendation> recs = new ArrayList<>();
        int next = 0;
        for (Recommendation rec : inspection.recommendations()) {
            if (!rec.watched()) {
                PartialDate day = days[Math.min(next++, days.length - 1)];
                rec = rec.toBuilder().decisions(List.of(new GovernanceDecision(day, "SSM", GovernanceDecision.Kind.RESPONSE_PUBLISHED,
                        Optional.empty(), Optional.of("Commissioner's response published"), Optional.empty()))).build();
            }
            recs.add(rec);
        }
        List<Source> sources = new ArrayList<>(register.sources());
        sources.set(0, inspection.withRecommendations(recs));
        return new Register(register.id(), register.organisation(), register.scheme(), register.people(), sources);
    }

    @Test
    void anInspectionWithOneResponseOfThreeIsAwaitedUntilItsDueDateAndThenOverdue() {
        Register register = InspectionFixtures.register();
        PublishedResponses before = on(register, LocalDate.of(2015, 8, 20));
        assertThat(before.reports()).singleElement().satisfies(r -> {
            assertThat(r.sourceId()).isEqualTo("insp");
            assertThat(r.published()).isEqualTo(PartialDate.of(LocalDate.of(2015, 7, 2)));
            assertThat(r.days()).isEqualTo(56);
            assertThat(r.due()).isEqualTo(DUE);
            assertThat(r.state()).isEqualTo(PublishedResponses.State.AWAITING);
            assertThat(r.daysLeft()).isEqualTo(7);
            assertThat(r.answered()).isEqualTo(1);
            assertThat(r.items()).isEqualTo(3); // the cause of concern, its recommendation and the AFI; not the national one
            assertThat(r.respondedOn()).isEmpty();
        });
        assertThat(before.awaiting()).hasSize(1);
        assertThat(before.overdue()).isEmpty();
        assertThat(on(register, DUE).reports().get(0).state()).isEqualTo(PublishedResponses.State.AWAITING);
        PublishedResponses after = on(register, LocalDate.of(2015, 9, 1));
        assertThat(after.overdue()).singleElement().satisfies(r -> assertThat(r.daysLeft()).isEqualTo(-5));
    }

    @Test
    void aResponseCoveringEveryOwnItemIsPublishedOnTheLatestDateOnTimeOrLate() {
        PublishedResponses onTime = on(respondedOn(PartialDate.of(LocalDate.of(2015, 8, 20)), PartialDate.of(DUE)), LocalDate.of(2015, 10, 1));
        assertThat(onTime.reports()).singleElement().satisfies(r -> {
            assertThat(r.state()).isEqualTo(PublishedResponses.State.PUBLISHED);
            assertThat(r.respondedOn()).contains(PartialDate.of(DUE));
            assertThat(r.answered()).isEqualTo(3);
        });
        assertThat(onTime.awaiting()).isEmpty();
        PublishedResponses late = on(respondedOn(PartialDate.of(LocalDate.of(2015, 9, 10))), LocalDate.of(2015, 10, 1));
        assertThat(late.reports().get(0).state()).isEqualTo(PublishedResponses.State.PUBLISHED_LATE);
        // as of a day before the response, it was still overdue
        assertThat(on(respondedOn(PartialDate.of(LocalDate.of(2015, 9, 10))), LocalDate.of(2015, 9, 9)).reports().get(0).state())
                .isEqualTo(PublishedResponses.State.OVERDUE);
    }

    @Test
    void aReportNotYetPublishedOrOfAKindThatNeedsNoResponseIsNotOnTheClock() {
        assertThat(on(InspectionFixtures.register(), LocalDate.of(2015, 7, 1)).reports()).isEmpty();
        Register register = InspectionFixtures.register();
        Scheme s = register.scheme();
        Scheme none = new Scheme(s.priorities(), s.assuranceLevels(), s.handlingMarkings(), s.forums(), s.ragPolicy(), s.ragSettings(),
                s.reportingRules(), Map.of(Source.Kind.INSPECTION, 0, Source.Kind.ACTION_PLAN, 28));
        PublishedResponses plans = on(new Register(register.id(), register.organisation(), none, register.people(), register.sources()),
                LocalDate.of(2016, 1, 1));
        // the plan has no date, so its clock cannot be read
        assertThat(plans.reports()).isEmpty();
    }

    @Test
    void lancashireRecordsNoResponseToBuildingThePicture() {
        ReferenceRegister lancashire = ReferenceRegister.LANCASHIRE_HMIC_2016;
        PublishedResponses atMeeting = ReportViews.of(ENGINE.evaluate(lancashire.load(), lancashire.paperDate()), "SSM").publishedResponses();
        assertThat(atMeeting.reports()).singleElement().satisfies(r -> {
            assertThat(r.title()).isEqualTo("Building the Picture: an inspection of police information management");
            assertThat(r.issuedBy()).contains("HMIC");
            assertThat(r.due()).isEqualTo(DUE);
            assertThat(r.state()).isEqualTo(PublishedResponses.State.OVERDUE);
            assertThat(r.daysLeft()).isEqualTo(-133);
            assertThat(r.answered()).isZero();
            assertThat(r.items()).isEqualTo(1); // the Lancashire specific recommendations; the national ones are watched
        });
        assertThat(on(lancashire.load(), LocalDate.of(2016, 3, 31)).overdue()).singleElement()
                .satisfies(r -> assertThat(r.daysLeft()).isEqualTo(-217));
    }
}
