package io.github.rectrack.engine.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectrack.engine.InspectionFixtures;
import io.github.rectrack.engine.evaluation.RecommendationState;
import io.github.rectrack.engine.evaluation.RegisterEvaluation;
import io.github.rectrack.engine.evaluation.StatusEngine;
import io.github.rectrack.engine.spi.rag.Rag;
import io.github.rectrack.engine.status.Status;
import io.github.rectrack.model.Ownership;
import io.github.rectrack.model.Person;
import io.github.rectrack.model.Recommendation;
import io.github.rectrack.model.Register;
import io.github.rectrack.model.Source;
import io.github.rectrack.model.TargetDate;
import io.github.rectrack.model.TargetRevision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A recommendation addressed to a national body is watched: shown apart, never coloured, never counted. */
class WatchedTest {

    private static final LocalDate DAY = LocalDate.of(2016, 1, 7);

    /**
     * The fixture with the national recommendation and the force's own AFI both owned and past a target of
     * 31 December 2015, so that either would be red if it were counted.
     */
    private static Register overdue(boolean national) {
        Register register = InspectionFixtures.register();
        List<Source> sources = new ArrayList<>(register.sources());
        Source inspection = sources.get(0);
        List<Recommendation> recs = new ArrayList<>();
        for (Recommendation rec : inspection.recommendations()) {
            if (rec.id().equals("insp-n1") || rec.id().equals("insp-afi1")) {
                rec = rec.toBuilder().owners(List.of(Ownership.of("ia-manager")))
                        .targetHistory(List.of(TargetRevision.of(TargetDate.parse("31 December 2015")))).build();
            }
            if (rec.id().equals("insp-n1") && !national) {
                rec = rec.toBuilder().addressee(Optional.empty()).build();
            }
            recs.add(rec);
        }
        sources.set(0, inspection.withRecommendations(recs));
        return new Register(register.id(), register.organisation(), register.scheme(),
                List.of(new Person("ia-manager", "Information Assurance Manager", Optional.empty(), Optional.of("Information Assurance Manager"),
                        List.of())),
                sources);
    }

    private static RegisterEvaluation evaluate(Register register) {
        return new StatusEngine().evaluate(register, DAY);
    }

    @Test
    void theSameItemIsRedWhenTheForceOwnsItAndGreyAndUncountedWhenNational() {
        RegisterEvaluation owned = evaluate(overdue(false));
        RegisterEvaluation national = evaluate(overdue(true));
        assertThat(owned.state("insp-n1").map(RecommendationState::rag)).contains(Rag.RED);
        assertThat(national.state("insp-n1").map(RecommendationState::rag)).contains(Rag.GREY);
        assertThat(national.state("insp-n1").map(RecommendationState::status)).contains(Status.OPEN);

        SummaryMatrix ownedSummary = SummaryMatrix.of(owned, "SSM");
        SummaryMatrix nationalSummary = SummaryMatrix.of(national, "SSM");
        assertThat(ownedSummary.total(Rag.RED)).isEqualTo(2);
        assertThat(ownedSummary.total()).isEqualTo(5);
        assertThat(nationalSummary.total(Rag.RED)).isEqualTo(1);
        assertThat(nationalSummary.total(Rag.GREY)).isEqualTo(ownedSummary.total(Rag.GREY));
        assertThat(nationalSummary.total()).isEqualTo(4);
    }

    @Test
    void aNationalRecommendationIsInNoViewOfTheForcesOwnItems() {
        RegisterEvaluation national = evaluate(overdue(true));
        assertThat(national.reportedTo("SSM").map(RecommendationState::id))
                .containsExactly("insp-coc1", "insp-coc1-r1", "insp-afi1", "plan-review");
        assertThat(Overdue.of(national, "SSM").items()).extracting(Overdue.Item::recommendationId).containsExactly("insp-afi1");
        assertThat(Overdue.of(national).items()).extracting(Overdue.Item::recommendationId).containsExactly("insp-afi1");
        assertThat(ChaseList.of(national).owners()).flatExtracting(ChaseList.OwnerToChase::items)
                .extracting(ChaseList.Item::recommendationId).containsExactly("insp-afi1");
        assertThat(MonitoredElsewhere.of(national, "OWNER").items()).extracting(MonitoredElsewhere.Item::reference).doesNotContain("N1");
        assertThat(MonitoredElsewhere.of(national, "SSM").items()).isEmpty();
        assertThat(Appendix.of(national, "SSM").sources()).flatExtracting(Appendix.Section::items)
                .extracting(Appendix.Entry::recommendationId).doesNotContain("insp-n1").contains("insp-afi1");
    }

    @Test
    void theForumWatchesTheNationalRecommendationApart() {
        Watched watched = ReportViews.of(evaluate(overdue(true)), "SSM").watched();
        assertThat(watched.items()).containsExactly(new Watched.Item("insp-n1", "An inspection of police information management", "N1", "",
                Recommendation.Kind.RECOMMENDATION, "College of Policing", Status.OPEN, Optional.empty(), Optional.empty()));
        assertThat(Watched.of(evaluate(overdue(false)), "SSM").items()).isEmpty();
        assertThat(Watched.of(evaluate(overdue(true)), "OWNER").items()).isEmpty();
    }
}
