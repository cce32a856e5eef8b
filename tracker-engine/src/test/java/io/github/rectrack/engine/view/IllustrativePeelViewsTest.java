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
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.Recommendation;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The views of the illustrative PEEL register: a cause of concern, its recommendations, AFIs and the s.55 response. */
class IllustrativePeelViewsTest {

    private static final StatusEngine ENGINE = new StatusEngine();
    private static final ReferenceRegister PEEL = ReferenceRegister.ILLUSTRATIVE_PEEL_2022;

    private static RegisterEvaluation evaluate(LocalDate day) {
        return ENGINE.evaluate(PEEL.load(), day);
    }

    @Test
    void theRegisterIsCleanAndSaysItIsIllustrative() {
        try (RegisterValidator validator = new RegisterValidator()) {
            assertThat(validator.validate(PEEL.load()).findings()).isEmpty();
        }
        assertThat(PEEL.load().organisation()).contains("illustrative data, not a transcription");
        assertThat(PEEL.load().recommendations()).extracting(Recommendation::kind).containsExactly(Recommendation.Kind.CAUSE_OF_CONCERN,
                Recommendation.Kind.RECOMMENDATION, Recommendation.Kind.RECOMMENDATION, Recommendation.Kind.AREA_FOR_IMPROVEMENT,
                Recommendation.Kind.AREA_FOR_IMPROVEMENT, Recommendation.Kind.RECOMMENDATION);
    }

    @Test
    void atTheMarchCommitteeFiveOwnItemsAreCountedAndTheNationalOneIsWatched() {
        ReportViews views = ReportViews.of(evaluate(PEEL.paperDate()), "JAC");
        // CoC1 and AFI2: open with no deadline, amber; CoC1 R1 (updated) and R2: within 31 March 2023, amber; AFI1 proposed closed, amber
        assertThat(views.summary().counts().get("Ungraded")).containsExactly(
                Map.entry(Rag.RED, 0), Map.entry(Rag.AMBER, 5), Map.entry(Rag.GREEN, 0), Map.entry(Rag.GREY, 0));
        assertThat(views.summary().proposedClosed()).isEqualTo(1);
        assertThat(views.proposedClosure().items()).extracting(ProposedClosure.Item::reference).containsExactly("AFI1");
        assertThat(views.watched().items()).extracting(Watched.Item::reference, Watched.Item::addressee)
                .containsExactly(tuple("N1", "College of Policing"));
    }

    @Test
    void afterTheSixMonthsTheCauseOfConcernsRecommendationsAreRed() {
        RegisterEvaluation april = evaluate(LocalDate.of(2023, 4, 3));
        assertThat(april.state("peel-2022-coc1-r1").map(RecommendationState::rag)).contains(Rag.RED);
        assertThat(april.state("peel-2022-coc1-r2").map(RecommendationState::rag)).contains(Rag.RED);
        assertThat(april.state("peel-2022-n1").map(RecommendationState::rag)).contains(Rag.GREY);
        assertThat(Overdue.of(april, "JAC").items()).extracting(Overdue.Item::reference).containsExactly("CoC1 R1", "CoC1 R2");
    }

    @Test
    void theResponseWasPublishedWithinTheFiftySixDays() {
        assertThat(PublishedResponses.of(evaluate(LocalDate.of(2022, 11, 1))).reports()).singleElement().satisfies(r -> {
            assertThat(r.state()).isEqualTo(PublishedResponses.State.AWAITING);
            assertThat(r.due()).isEqualTo(LocalDate.of(2022, 11, 25));
            assertThat(r.daysLeft()).isEqualTo(24);
        });
        assertThat(PublishedResponses.of(evaluate(PEEL.paperDate())).reports()).singleElement().satisfies(r -> {
            assertThat(r.state()).isEqualTo(PublishedResponses.State.PUBLISHED);
            assertThat(r.respondedOn()).contains(PartialDate.of(LocalDate.of(2022, 11, 18)));
            assertThat(r.answered()).isEqualTo(5);
            assertThat(r.items()).isEqualTo(5);
        });
        assertThat(ForwardPlan.of(evaluate(PEEL.paperDate()), "JAC").entries()).extracting(ForwardPlan.Entry::due, ForwardPlan.Entry::state)
                .containsExactly(tuple(PartialDate.ofMonth(2023, 3), ForwardPlan.State.DUE));
        assertThat(evaluate(PEEL.paperDate()).state("peel-2022-afi1").map(RecommendationState::status)).contains(Status.PROPOSED_CLOSED);
    }
}
