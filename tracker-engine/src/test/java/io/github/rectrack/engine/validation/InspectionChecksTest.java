package io.github.rectrack.engine.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.rectrack.engine.InspectionFixtures;
import io.github.rectrack.engine.spi.Finding;
import io.github.rectrack.model.Link;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.Recommendation;
import io.github.rectrack.model.Register;
import io.github.rectrack.model.ReportDue;
import io.github.rectrack.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The cross-checks of causes of concern, their recommendations, answering work and further reports. */
class InspectionChecksTest {

    private static final RegisterValidator VALIDATOR = new RegisterValidator();
    private static final String CHILD = "sources[0].recommendations[1]";

    @AfterAll
    static void close() {
        VALIDATOR.close();
    }

    @Test
    void theInspectionFixtureIsClean() {
        assertThat(VALIDATOR.validate(InspectionFixtures.register()).findings()).isEmpty();
    }

    @Test
    void aParentThatIsNotInTheRegisterIsAnErrorAtItsPath() {
        Register register = child(r -> r.toBuilder().parent(Optional.of("insp-coc9")).build());
        assertThat(VALIDATOR.validate(register).errors()).extracting(Finding::location, Finding::message)
                .containsExactly(tuple(CHILD + ".parent",
                        "no recommendation has id 'insp-coc9': the parent must be the id of a cause of concern in the register"));
    }

    @Test
    void aParentThatIsNotACauseOfConcernIsAnError() {
        Register register = child(r -> r.toBuilder().parent(Optional.of("insp-afi1")).build());
        assertThat(VALIDATOR.validate(register).errors()).extracting(Finding::location, Finding::message)
                .containsExactly(tuple(CHILD + ".parent",
                        "'insp-afi1' is of kind AREA_FOR_IMPROVEMENT, not CAUSE_OF_CONCERN: only a cause of concern holds recommendations"));
    }

    @Test
    void aCauseOfConcernInAnotherSourceIsAnError() {
        Register register = child(r -> r.toBuilder().parent(Optional.of("plan-review")).build());
        List<Finding> errors = VALIDATOR.validate(register).errors();
        assertThat(errors).extracting(Finding::location).containsExactly(CHILD + ".parent");
        Register moved = withPlanItem(r -> r.toBuilder().kind(Recommendation.Kind.CAUSE_OF_CONCERN).build(),
                child(r -> r.toBuilder().parent(Optional.of("plan-review")).build()));
        assertThat(VALIDATOR.validate(moved).errors()).extracting(Finding::message)
                .containsExactly("the cause of concern 'plan-review' is in source 'plan', not in this recommendation's source 'insp': "
                        + "a cause of concern holds recommendations of its own report");
    }

    @Test
    void aCauseOfConcernCannotHaveAParent() {
        Register register = withInspectionItem(0, r -> r.toBuilder().parent(Optional.of("insp-coc1")).build());
        assertThat(VALIDATOR.validate(register).errors()).extracting(Finding::location).containsExactly("sources[0].recommendations[0].parent");
    }

    @Test
    void answeringWorkMustBeInTheRegisterButARiskRegisterEntryIsOutsideIt() {
        Register register = child(r -> r.toBuilder().links(List.of(new Link(Link.Kind.ANSWERED_BY, "plan-nothing", Optional.empty()),
                new Link(Link.Kind.RISK_REGISTER_ENTRY, "Vetting", Optional.empty()))).build());
        assertThat(VALIDATOR.validate(register).errors()).extracting(Finding::location, Finding::message)
                .containsExactly(tuple(CHILD + ".links[0].target", "no recommendation has id 'plan-nothing'"));
    }

    @Test
    void aFurtherReportToAForumTheSchemeLacksIsAnError() {
        Register register = InspectionFixtures.register();
        Source inspection = register.sources().get(0);
        Source changed = new Source(inspection.id(), inspection.kind(), inspection.title(), inspection.issuedBy(), inspection.date(),
                inspection.assurance(), inspection.followUpOf(), inspection.marking(), inspection.recommendations(),
                Optional.of(new ReportDue("Scrutiny", PartialDate.ofMonth(2016, 3), Optional.empty())));
        Register broken = new Register(register.id(), register.organisation(), register.scheme(), register.people(),
                List.of(changed, register.sources().get(1)));
        assertThat(VALIDATOR.validate(broken).errors()).extracting(Finding::location, Finding::message)
                .containsExactly(tuple("sources[0].nextReportDue.forum", "no forum has id 'Scrutiny'; the scheme's forums are [OWNER, SSM]"));
    }

    private static Register child(UnaryOperator<Recommendation> change) {
        return withInspectionItem(1, change);
    }

    private static Register withInspectionItem(int index, UnaryOperator<Recommendation> change) {
        return withItem(InspectionFixtures.register(), 0, index, change);
    }

    private static Register withPlanItem(UnaryOperator<Recommendation> change, Register register) {
        return withItem(register, 1, 0, change);
    }

    private static Register withItem(Register register, int sourceIndex, int index, UnaryOperator<Recommendation> change) {
        List<Source> sources = new ArrayList<>(register.sources());
        Source source = sources.get(sourceIndex);
        List<Recommendation> recs = new ArrayList<>(source.recommendations());
        recs.set(index, change.apply(recs.get(index)));
        sources.set(sourceIndex, source.withRecommendations(recs));
        return new Register(register.id(), register.organisation(), register.scheme(), register.people(), sources);
    }
}
