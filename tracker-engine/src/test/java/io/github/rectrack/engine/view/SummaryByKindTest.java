package io.github.rectrack.engine.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectrack.engine.evaluation.StatusEngine;
import io.github.rectrack.engine.json.RegisterJson;
import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.engine.spi.Finding;
import io.github.rectrack.engine.spi.rag.Rag;
import io.github.rectrack.engine.validation.RegisterValidator;
import io.github.rectrack.model.Recommendation;
import io.github.rectrack.model.Register;
import io.github.rectrack.model.Scheme;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Counting items by kind for a forum that asks for recommendations, AFIs and causes of concern apart. */
class SummaryByKindTest {

    private static final StatusEngine ENGINE = new StatusEngine();

    private static Register separatedFor(Register register, List<String> forums) {
        Scheme s = register.scheme();
        return new Register(register.id(), register.organisation(), register.asOf(), new Scheme(s.priorities(), s.assuranceLevels(),
                s.handlingMarkings(), s.forums(), s.ragPolicy(), s.ragSettings(), s.reportingRules(), s.publishedResponseDays(), forums),
                register.people(), register.sources());
    }

    @Test
    void theIllustrativePeelRegisterCountsItsCauseOfConcernRecommendationsAndAfisApart() {
        ReferenceRegister peel = ReferenceRegister.ILLUSTRATIVE_PEEL_2022;
        Register register = separatedFor(peel.load(), List.of("JAC"));
        SummaryByKind byKind = ReportViews.of(ENGINE.evaluate(register, peel.paperDate()), "JAC").summaryByKind();
        assertThat(byKind.separated()).isTrue();
        assertThat(byKind.counts()).containsOnlyKeys(Recommendation.Kind.RECOMMENDATION, Recommendation.Kind.AREA_FOR_IMPROVEMENT,
                Recommendation.Kind.CAUSE_OF_CONCERN);
        // the national recommendation N1 is watched, so only CoC1 R1 and R2 count as recommendations
        assertThat(byKind.total(Recommendation.Kind.RECOMMENDATION)).isEqualTo(2);
        assertThat(byKind.total(Recommendation.Kind.AREA_FOR_IMPROVEMENT)).isEqualTo(2);
        assertThat(byKind.total(Recommendation.Kind.CAUSE_OF_CONCERN)).isEqualTo(1);
        assertThat(byKind.count(Recommendation.Kind.AREA_FOR_IMPROVEMENT, Rag.AMBER)).isEqualTo(2);
        assertThat(byKind.total(Recommendation.Kind.COMMITTEE_ACTION)).isZero();
        assertThat(SummaryByKind.of(ENGINE.evaluate(peel.load(), peel.paperDate()), "JAC").separated()).isFalse();
    }

    @Test
    void theSettingIsWrittenOnlyWhenGivenAndNamesAForumTheSchemeHas() {
        Register register = separatedFor(ReferenceRegister.ILLUSTRATIVE_PEEL_2022.load(), List.of("JAC"));
        RegisterJson json = new RegisterJson();
        String written = json.writeToString(register);
        assertThat(written).contains("\"kindsSeparatedFor\": [\n      \"JAC\"\n    ]");
        assertThat(json.read(written, "peel.json").orElseThrow()).isEqualTo(register);
        assertThat(json.writeToString(ReferenceRegister.ILLUSTRATIVE_PEEL_2022.load())).doesNotContain("kindsSeparatedFor");
        try (RegisterValidator validator = new RegisterValidator()) {
            assertThat(validator.validate(separatedFor(register, List.of("Panel"))).errors()).extracting(Finding::location, Finding::message)
                    .containsExactly(org.assertj.core.api.Assertions.tuple("scheme.kindsSeparatedFor[0]",
                            "no forum has id 'Panel'; the scheme's forums are [FEB, JAC, OWNER, PCC]"));
        }
    }
}
