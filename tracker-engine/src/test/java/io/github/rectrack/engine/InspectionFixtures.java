package io.github.rectrack.engine;

import io.github.rectrack.model.Forum;
import io.github.rectrack.model.GovernanceDecision;
import io.github.rectrack.model.Link;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.Recommendation;
import io.github.rectrack.model.Register;
import io.github.rectrack.model.ReportDue;
import io.github.rectrack.model.ReportingRules;
import io.github.rectrack.model.Scheme;
import io.github.rectrack.model.Source;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small inspection register in the shape HMICFRS reports take: a cause of concern with its
 * recommendation, an area for improvement, a recommendation addressed to a national body, and force work
 * that answers two of them. Built in code so that tests can change one thing at a time; the wording is
 * illustrative.
 */
public final class InspectionFixtures {

    private InspectionFixtures() {}

    /** The scheme: the force's board and the commissioner's scrutiny meeting, one priority. */
    public static Scheme scheme() {
        return new Scheme(List.of("Ungraded"), List.of("Substantial", "Limited"), List.of("OFFICIAL"),
                List.of(new Forum("OWNER", "Business owner", Forum.Role.OWNER),
                        new Forum("SSM", "Strategic Scrutiny Meeting", Forum.Role.PANEL)),
                "reference", Map.of(), new ReportingRules(List.of(), "SSM"));
    }

    /** The cause of concern. */
    public static Recommendation causeOfConcern() {
        return Recommendation.builder("insp-coc1", "CoC1", "The force does not manage police information well enough.", "Ungraded")
                .kind(Recommendation.Kind.CAUSE_OF_CONCERN)
                .build();
    }

    /** The cause of concern's recommendation, answered by the force's review. */
    public static Recommendation recommendationOfTheCause() {
        return Recommendation.builder("insp-coc1-r1", "CoC1 R1", "Within six months, the force should review its records.", "Ungraded")
                .parent(Optional.of("insp-coc1"))
                .links(List.of(new Link(Link.Kind.ANSWERED_BY, "plan-review", Optional.empty()),
                        new Link(Link.Kind.RISK_REGISTER_ENTRY, "Management of Police Information", Optional.of("added in 2015"))))
                .decisions(List.of(new GovernanceDecision(PartialDate.of(java.time.LocalDate.of(2015, 8, 20)), "SSM",
                        GovernanceDecision.Kind.RESPONSE_PUBLISHED, Optional.empty(), Optional.empty(), Optional.empty())))
                .build();
    }

    /** An area for improvement. */
    public static Recommendation areaForImprovement() {
        return Recommendation.builder("insp-afi1", "AFI1", "The force should improve how it reviews retained records.", "Ungraded")
                .kind(Recommendation.Kind.AREA_FOR_IMPROVEMENT)
                .links(List.of(new Link(Link.Kind.ANSWERED_BY, "plan-review", Optional.empty())))
                .build();
    }

    /** A recommendation to a national body: watched, not owned. */
    public static Recommendation nationalRecommendation() {
        return Recommendation.builder("insp-n1", "N1", "The College of Policing should revise its guidance.", "Ungraded")
                .addressee(Optional.of("College of Policing"))
                .build();
    }

    /** The register: the inspection (published 2 July 2015, a further report due in March 2016) and the force's plan. */
    public static Register register() {
        Source inspection = new Source("insp", Source.Kind.INSPECTION, "An inspection of police information management",
                Optional.of("HMIC"), Optional.of(PartialDate.of(java.time.LocalDate.of(2015, 7, 2))), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(causeOfConcern(), recommendationOfTheCause(), areaForImprovement(), nationalRecommendation()),
                Optional.of(new ReportDue("SSM", PartialDate.ofMonth(2016, 3), Optional.of("a further report"))));
        Source plan = new Source("plan", Source.Kind.ACTION_PLAN, "The force's plan", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(Recommendation.builder("plan-review", "1", "Review records against the guidance.", "Ungraded")
                        .kind(Recommendation.Kind.COMMITTEE_ACTION)
                        .build()));
        return new Register("inspection-fixture", "A police force", scheme(), List.of(), List.of(inspection, plan));
    }
}
