package io.github.rectrack.engine.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.rectrack.engine.InspectionFixtures;
import io.github.rectrack.engine.evaluation.StatusEngine;
import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.Register;
import io.github.rectrack.model.ReportDue;
import io.github.rectrack.model.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The forward plan: the further reports promised to each forum, by month. */
class ForwardPlanTest {

    private static final StatusEngine ENGINE = new StatusEngine();

    private static ForwardPlan lancashire(LocalDate day) {
        return ReportViews.of(ENGINE.evaluate(ReferenceRegister.LANCASHIRE_HMIC_2016.load(), day), "SSM").forwardPlan();
    }

    @Test
    void lancashirePromisedStrategicScrutinyAFurtherReportInMarch2016() {
        ForwardPlan atMeeting = lancashire(LocalDate.of(2016, 1, 7));
        assertThat(atMeeting.entries()).extracting(ForwardPlan.Entry::forumName, ForwardPlan.Entry::due, ForwardPlan.Entry::state,
                ForwardPlan.Entry::sourceTitle).containsExactly(tuple("Strategic Scrutiny Meeting", PartialDate.ofMonth(2016, 3),
                        ForwardPlan.State.UPCOMING, "Building the Picture: an inspection of police information management"));
        assertThat(atMeeting.entries().get(0).note()).contains(
                "3.10: It is suggested that a further report be brought back to Strategic Scrutiny in March 2016.");
        assertThat(lancashire(LocalDate.of(2016, 3, 1)).entries().get(0).state()).isEqualTo(ForwardPlan.State.DUE);
        assertThat(lancashire(LocalDate.of(2016, 3, 31)).entries().get(0).state()).isEqualTo(ForwardPlan.State.DUE);
        assertThat(lancashire(LocalDate.of(2016, 4, 1)).entries().get(0).state()).isEqualTo(ForwardPlan.State.PAST);
        // before the inspection was published nothing was promised
        assertThat(lancashire(LocalDate.of(2015, 7, 1)).entries()).isEmpty();
    }

    @Test
    void reportsAreListedByMonthAndGroupedByForumAndAForumSeesOnlyItsOwn() {
        Register register = InspectionFixtures.register();
        List<Source> sources = new ArrayList<>(register.sources());
        Source plan = sources.get(1);
        sources.set(1, new Source(plan.id(), plan.kind(), plan.title(), plan.issuedBy(), plan.date(), plan.assurance(), plan.followUpOf(),
                plan.marking(), plan.recommendations(), Optional.of(new ReportDue("OWNER", PartialDate.ofMonth(2016, 1), Optional.empty()))));
        Register two = new Register(register.id(), register.organisation(), register.scheme(), register.people(), sources);
        ForwardPlan all = ForwardPlan.of(ENGINE.evaluate(two, LocalDate.of(2016, 2, 1)));
        assertThat(all.forum()).isEmpty();
        assertThat(all.entries()).extracting(ForwardPlan.Entry::forum, ForwardPlan.Entry::due, ForwardPlan.Entry::state)
                .containsExactly(tuple("OWNER", PartialDate.ofMonth(2016, 1), ForwardPlan.State.PAST),
                        tuple("SSM", PartialDate.ofMonth(2016, 3), ForwardPlan.State.UPCOMING));
        assertThat(all.byForum()).containsOnlyKeys("OWNER", "SSM");
        assertThat(ForwardPlan.of(ENGINE.evaluate(two, LocalDate.of(2016, 2, 1)), "SSM").entries())
                .extracting(ForwardPlan.Entry::sourceId).containsExactly("insp");
    }
}
