package io.github.rectrack.engine;

import io.github.rectrack.model.Action;
import io.github.rectrack.model.Evidence;
import io.github.rectrack.model.Forum;
import io.github.rectrack.model.GovernanceDecision;
import io.github.rectrack.model.Link;
import io.github.rectrack.model.ManagementResponse;
import io.github.rectrack.model.Ownership;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.Person;
import io.github.rectrack.model.ProgressUpdate;
import io.github.rectrack.model.Recommendation;
import io.github.rectrack.model.Register;
import io.github.rectrack.model.ReportingRule;
import io.github.rectrack.model.ReportingRules;
import io.github.rectrack.model.Scheme;
import io.github.rectrack.model.Source;
import io.github.rectrack.model.TargetDate;
import io.github.rectrack.model.TargetRevision;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small register in the shape of the Leicestershire panel paper of 16 October 2020 ({@code 001}),
 * built in code so that tests can change one thing at a time.
 */
public final class Fixtures {

    private Fixtures() {}

    /** The scheme of the 2020 paper: Mazars priorities, assurance scale, SORB and JARAP, paragraph 5. */
    public static Scheme scheme() {
        return new Scheme(
                List.of("Fundamental", "Significant", "Housekeeping"),
                List.of("Substantial", "Satisfactory", "Limited", "No assurance"),
                List.of("OFFICIAL", "OFFICIAL-SENSITIVE"),
                List.of(new Forum("OWNER", "Business owner", Forum.Role.OWNER),
                        new Forum("SORB", "Strategic Organisational Risk Board", Forum.Role.BOARD),
                        new Forum("JARAP", "Joint Audit, Risk and Assurance Panel", Forum.Role.PANEL)),
                "reference",
                Map.of("proposedClosed", "GREEN"),
                new ReportingRules(List.of(
                        new ReportingRule(Optional.of("Satisfactory"), Optional.empty(), List.of("Fundamental", "Significant"), "JARAP", false),
                        new ReportingRule(Optional.of("Satisfactory"), Optional.empty(), List.of("Housekeeping"), "SORB", false),
                        new ReportingRule(Optional.empty(), Optional.of("Limited"), List.of(), "JARAP", true)),
                        "JARAP"));
    }

    /** Seized &amp; Found Property (Limited, March 2018), 4.1 Missing Firearm, abridged. */
    public static Recommendation missingFirearm() {
        return new Recommendation(
                "sfp-2018-4.1", "4.1", "Missing Firearm",
                "Where missing firearms are identified and are being investigated, the property management system should be updated to reflect this.",
                "Fundamental", List.of(), Optional.empty(),
                List.of(new Ownership("property-manager", Optional.of("Security"), Optional.empty(), Optional.of(PartialDate.ofMonth(2019, 6))),
                        new Ownership("epac-manager", Optional.of("Enforcement"), Optional.empty(), Optional.empty())),
                Optional.of(new ManagementResponse(ManagementResponse.Acceptance.ACCEPTED, Optional.of(PartialDate.ofMonth(2018, 3)),
                        "One identified firearm (of 2 highlighted) - KiM had not been updated to reflect a new OIC.", Optional.empty())),
                List.of(TargetRevision.of(TargetDate.parse("End March 2018")),
                        new TargetRevision(TargetDate.parse("June 2019"), Optional.of(PartialDate.ofMonth(2018, 11)), Optional.of("CCTV tender"), Optional.empty()),
                        new TargetRevision(TargetDate.parse("30th June 2020"), Optional.of(PartialDate.ofMonth(2020, 5)), Optional.empty(), Optional.of("epac-manager")),
                        new TargetRevision(TargetDate.parse("30th April 2021"), Optional.of(PartialDate.ofMonth(2020, 10)),
                                Optional.of("dependent upon delivery of the complete data warehouse"), Optional.empty())),
                List.of(ProgressUpdate.of(PartialDate.ofMonth(2018, 6), "Actions completed: 1, 2, 3, 5, 6, 7, 8i, 8ii, 11, 12, 13."),
                        ProgressUpdate.of(PartialDate.ofMonth(2018, 8), "8iv completed. 4) CCTV quotes being obtained."),
                        new ProgressUpdate(PartialDate.ofMonth(2020, 10), Optional.of("epac-manager"),
                                "Development of the performance dashboard has been delayed.", Optional.empty(), Optional.empty(), Optional.of("OFFICIAL-SENSITIVE"))),
                List.of(),
                List.of(new Action("4", "CCTV in temporary stores", List.of(), List.of(), Action.State.IN_PROGRESS, Optional.empty(), Optional.empty()),
                        new Action("8i", "NCALT package for new PMS", List.of(), List.of(), Action.State.COMPLETE, Optional.of(PartialDate.ofMonth(2018, 6)), Optional.empty())),
                List.of(),
                List.of(),
                List.of(),
                Optional.empty());
    }

    /** Victims Code of Practice (Satisfactory, January 2017), 4.3, proposed closed and agreed at SORB. */
    public static Recommendation communicationWithVictims() {
        return new Recommendation(
                "vcop-2017-4.3", "4.3", "Communication with Victims",
                "The Force should implement an appropriate process to ensure that each victim receives a written acknowledgement of the crime they have reported.",
                "Significant", List.of(), Optional.empty(),
                List.of(Ownership.of("head-of-crime")),
                Optional.empty(),
                List.of(TargetRevision.of(TargetDate.parse("revised date October 2019")),
                        TargetRevision.of(TargetDate.parse("Expected date of completion within 1st quarter of 2020"))),
                List.of(ProgressUpdate.of(PartialDate.ofMonth(2017, 11), "Track My Crime was discussed at the last Demand Board."),
                        ProgressUpdate.of(PartialDate.ofMonth(2020, 1), "Crime desk staff supply crime numbers to victims; 5 crimes per member of staff dip sampled monthly.")),
                List.of(),
                List.of(),
                List.of(new Link(Link.Kind.DEPENDS_ON, "sfp-2018-4.1", Optional.of("illustrative dependency"))),
                List.of(new GovernanceDecision(PartialDate.ofMonth(2020, 1), "OWNER", GovernanceDecision.Kind.PROPOSED_CLOSED, Optional.empty(), Optional.empty(), Optional.empty()),
                        new GovernanceDecision(PartialDate.ofMonth(2020, 2), "SORB", GovernanceDecision.Kind.CLOSURE_AGREED, Optional.empty(), Optional.of("Agreed closed at February SORB"), Optional.empty()),
                        new GovernanceDecision(PartialDate.ofMonth(2020, 7), "JARAP", GovernanceDecision.Kind.FURTHER_EVIDENCE_REQUESTED, Optional.empty(),
                                Optional.of("Report on oversight/governance, compliance and developments requested prior to final closure"), Optional.empty())),
                List.of(new Evidence("Monthly dip sampling of crimes by supervisors", Optional.of(PartialDate.ofMonth(2019, 1)), Optional.empty(),
                        List.of("approx. 67% of crime worked through the Crime Bureau"), Optional.empty())),
                Optional.empty());
    }

    /** The register: two sources, three people. */
    public static Register register() {
        return withSources(List.of(
                new Source("sfp-2018", Source.Kind.INTERNAL_AUDIT, "Seized & Found Property", Optional.of("Mazars"),
                        Optional.of(PartialDate.ofMonth(2018, 3)), Optional.of("Limited"), Optional.empty(), Optional.empty(),
                        List.of(missingFirearm())),
                new Source("vcop-2017", Source.Kind.INTERNAL_AUDIT, "Victims Code of Practice", Optional.of("Mazars"),
                        Optional.of(PartialDate.ofMonth(2017, 1)), Optional.of("Satisfactory"), Optional.empty(), Optional.empty(),
                        List.of(communicationWithVictims()))));
    }

    /**
     * The fixture's scheme and people with other sources.
     *
     * @param sources the sources
     * @return the register
     */
    public static Register withSources(List<Source> sources) {
        return new Register("leicestershire-test", "Leicestershire Police", scheme(),
                List.of(new Person("property-manager", "Evidential Property Manager", Optional.empty(), Optional.of("Evidential Property Manager")),
                        new Person("epac-manager", "EPAC Manager", Optional.of("AP"), Optional.of("EPAC Manager")),
                        new Person("head-of-crime", "D/Supt, Head of Crime", Optional.empty(), Optional.of("Detective Superintendent"))),
                sources);
    }
}
