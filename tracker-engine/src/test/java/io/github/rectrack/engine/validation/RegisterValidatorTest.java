package io.github.rectrack.engine.validation;

import io.github.rectrack.engine.Fixtures;
import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.engine.spi.Finding;
import io.github.rectrack.model.Evidence;
import io.github.rectrack.model.ExtensionRequest;
import io.github.rectrack.model.Forum;
import io.github.rectrack.model.GovernanceDecision;
import io.github.rectrack.model.Link;
import io.github.rectrack.model.Ownership;
import io.github.rectrack.model.PaperSettings;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.Person;
import io.github.rectrack.model.ProgressUpdate;
import io.github.rectrack.model.Recommendation;
import io.github.rectrack.model.Register;
import io.github.rectrack.model.Scheme;
import io.github.rectrack.model.Source;
import io.github.rectrack.model.TargetDate;
import io.github.rectrack.model.TargetRevision;
import io.github.rectrack.model.UpdateRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

class RegisterValidatorTest {

    private static final RegisterValidator VALIDATOR = new RegisterValidator();
    private static final String FIREARM = "sources[0].recommendations[0]";
    private static final String VICTIMS = "sources[1].recommendations[0]";

    @AfterAll
    static void close() {
        VALIDATOR.close();
    }

    @Test
    void theReportOfARegisterValidatedLatelyIsReusedAndAnotherRegisterIsValidatedAfresh() {
        Register register = ReferenceRegister.LEICESTERSHIRE_2020.load();
        ValidationReport first = VALIDATOR.validate(register);
        assertThat(first.findings()).isNotEmpty();
        assertThat(VALIDATOR.validate(register)).isSameAs(first);
        Register equal = new Register(register.id(), register.organisation(), register.asOf(), register.scheme(), register.people(),
                register.sources());
        ValidationReport again = VALIDATOR.validate(equal);
        assertThat(again).isNotSameAs(first).isEqualTo(first);
        Register broken = firearm(r -> r.toBuilder().text(" ").build());
        assertThat(VALIDATOR.validate(broken).errors()).isNotEmpty();
        assertThat(VALIDATOR.validate(register)).isSameAs(first);
    }

    @Test
    void theFixtureIsClean() {
        assertThat(VALIDATOR.validate(Fixtures.register()).findings()).isEmpty();
    }

    @Test
    void reportsBlankTextThroughBeanValidation() {
        ValidationReport report = VALIDATOR.validate(firearm(r -> r.toBuilder().text(" ").build()));
        assertThat(report.errors()).containsExactly(Finding.error(FIREARM + ".text", "must not be blank"));
    }

    @Test
    void reportsBlankElementsOfListsAndOptionalsAtTheirIndex() {
        ValidationReport report = VALIDATOR.validate(firearm(r -> r.toBuilder().tags(List.of("statutory", "")).build()));
        assertThat(report.errors()).containsExactly(Finding.error(FIREARM + ".tags[1]", "must not be blank"));
    }

    @Test
    void reportsABlankOtherSpellingOfAPersonAtItsIndex() {
        Register base = Fixtures.register();
        List<Person> people = new ArrayList<>(base.people());
        Person manager = people.get(1);
        people.set(1, new Person(manager.id(), manager.name(), manager.initials(), manager.role(), List.of("EPAC Mgr", " ")));
        Register register = new Register(base.id(), base.organisation(), base.asOf(), base.scheme(), people, base.sources());
        assertThat(VALIDATOR.validate(register).errors()).containsExactly(Finding.error("people[1].aliases[1]", "must not be blank"));
    }

    @Test
    void reportsDuplicateRecommendationIdsAndReferences() {
        Recommendation firearm = Fixtures.missingFirearm();
        Register register = Fixtures.withSources(List.of(source("sfp-2018", firearm, firearm)));
        assertThat(VALIDATOR.validate(register).errors()).containsExactly(
                Finding.error("sources[0].recommendations[1].id",
                        "duplicate recommendation id 'sfp-2018-4.1' (already used at sources[0].recommendations[0]): give each recommendation its own id"),
                Finding.error("sources[0].recommendations[1].reference",
                        "reference '4.1' is already used in this source by sources[0].recommendations[0]"));
    }

    @Test
    void aForumsPaperSettingsMeetingTimeMustBeATimeOfDay() {
        Register base = Fixtures.register();
        Scheme s = base.scheme();
        PaperSettings settings = new PaperSettings(Optional.of("PAPER MARKED C"), Optional.empty(), Optional.empty(), Optional.of("10am"),
                Map.of(), List.of(), List.of());
        List<Forum> forums = new ArrayList<>(s.forums());
        Forum first = forums.get(0);
        forums.set(0, new Forum(first.id(), first.name(), first.role(), Optional.of(settings)));
        Register register = new Register(base.id(), base.organisation(), base.asOf(), new Scheme(s.priorities(), s.assuranceLevels(),
                s.handlingMarkings(), forums, s.ragPolicy(), s.ragSettings(), s.reportingRules()), base.people(), base.sources());
        assertThat(VALIDATOR.validate(register).errors()).containsExactly(Finding.error("scheme.forums[0].paper.meetingTime",
                "'10am' is not a time of day: write it as 24-hour HH:MM, for example 10:00 or 14:30"));
        forums.set(0, new Forum(first.id(), first.name(), first.role(), Optional.of(new PaperSettings(settings.marking(), Optional.empty(),
                Optional.empty(), Optional.of("14:30"), Map.of("Financial", "None."), List.of(), List.of("Head of Audit")))));
        Register fine = new Register(base.id(), base.organisation(), base.asOf(), new Scheme(s.priorities(), s.assuranceLevels(),
                s.handlingMarkings(), forums, s.ragPolicy(), s.ragSettings(), s.reportingRules()), base.people(), base.sources());
        assertThat(VALIDATOR.validate(fine).findings()).isEmpty();
    }

    @Test
    void checksASourcesPrintedCountsAgainstTheSchemeAndItsRecommendations() {
        Source printed = source("sfp-2018", Fixtures.missingFirearm());
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("Fundamental", 1);
        counts.put("Housekeeping", 2);
        Register fine = Fixtures.withSources(List.of(new Source(printed.id(), printed.kind(), printed.title(), printed.issuedBy(),
                printed.date(), printed.assurance(), printed.followUpOf(), printed.marking(), printed.recommendations(), counts)));
        assertThat(VALIDATOR.validate(fine).findings()).isEmpty();

        Map<String, Integer> wrong = new LinkedHashMap<>();
        wrong.put("Fundamental", 0);
        wrong.put("Urgent", 2);
        wrong.put("Housekeeping", -1);
        Register register = Fixtures.withSources(List.of(new Source(printed.id(), printed.kind(), printed.title(), printed.issuedBy(),
                printed.date(), printed.assurance(), printed.followUpOf(), printed.marking(), printed.recommendations(), wrong)));
        ValidationReport report = VALIDATOR.validate(register);
        assertThat(report.errors()).containsExactly(
                Finding.error("sources[0].printedCounts.Urgent", "priority 'Urgent' is not in the scheme; expected one of "
                        + Fixtures.register().scheme().priorities()),
                Finding.error("sources[0].printedCounts.Housekeeping",
                        "a count cannot be negative (-1); give the number the source prints, 0 or more"));
        assertThat(report.warnings()).containsExactly(Finding.warning("sources[0].printedCounts.Fundamental",
                "the source prints 0 Fundamental but the register holds 1 of that priority; the paper prints both"));
    }

    @Test
    void reportsDuplicateSourceIds() {
        Register register = Fixtures.withSources(List.of(
                source("audit", Fixtures.missingFirearm()), source("audit", Fixtures.communicationWithVictims())));
        assertThat(VALIDATOR.validate(register).errors()).containsExactly(Finding.error("sources[1].id",
                "duplicate source id 'audit' (already used at sources[0]): give each source its own id"));
    }

    @Test
    void reportsDanglingPeopleLinksAndForums() {
        Register register = firearm(r -> r.toBuilder()
                .owners(List.of(Ownership.of("nobody")))
                .links(List.of(new Link(Link.Kind.DUPLICATES, "vcop-2017-9.9", Optional.empty()),
                        new Link(Link.Kind.EXTERNAL_REFERENCE, "PIR Rec 7", Optional.empty())))
                .decisions(List.of(decision(2020, 2, "ORB", GovernanceDecision.Kind.PROPOSED_CLOSED)))
                .build());
        assertThat(VALIDATOR.validate(register).errors()).containsExactly(
                Finding.error(FIREARM + ".owners[0].person", "no person has id 'nobody': add them to the register's people"),
                Finding.error(FIREARM + ".links[0].target", "no recommendation has id 'vcop-2017-9.9'"),
                Finding.error(FIREARM + ".decisions[0].forum", "no forum has id 'ORB'; the scheme's forums are [JARAP, OWNER, SORB]"));
    }

    @Test
    void reportsValuesTheSchemeDoesNotDefine() {
        Register register = firearm(r -> r.toBuilder().priority("High").marking(Optional.of("SECRET")).build());
        assertThat(VALIDATOR.validate(register).errors()).containsExactly(
                Finding.error(FIREARM + ".priority", "priority 'High' is not in the scheme; expected one of [Fundamental, Significant, Housekeeping]"),
                Finding.error(FIREARM + ".marking", "handling marking 'SECRET' is not in the scheme; expected one of [OFFICIAL, OFFICIAL-SENSITIVE]"));
        Source reasonable = new Source("s", Source.Kind.INTERNAL_AUDIT, "t", Optional.empty(), Optional.empty(),
                Optional.of("Reasonable"), Optional.empty(), Optional.empty(), List.of());
        assertThat(VALIDATOR.validate(Fixtures.withSources(List.of(reasonable))).errors()).containsExactly(
                Finding.error("sources[0].assurance",
                        "assurance level 'Reasonable' is not in the scheme; expected one of [Substantial, Satisfactory, Limited, No assurance]"));
    }

    @Test
    void reportsDecisionsOutOfDateOrder() {
        Register register = victims(r -> r.toBuilder().decisions(List.of(
                decision(2020, 2, "OWNER", GovernanceDecision.Kind.PROPOSED_CLOSED),
                decision(2020, 1, "SORB", GovernanceDecision.Kind.HIBERNATED))).build());
        assertThat(VALIDATOR.validate(register).errors()).containsExactly(Finding.error(VICTIMS + ".decisions[1].date",
                "decision dated 2020-01 comes after one dated 2020-02: list decisions in date order"));
    }

    @Test
    void treatsAMonthAsOverlappingTheDaysInIt() {
        Register register = victims(r -> r.toBuilder().updates(List.of(
                ProgressUpdate.of(PartialDate.of(2020, 5, 7), "first"),
                ProgressUpdate.of(PartialDate.ofMonth(2020, 5), "Update May 2020"),
                ProgressUpdate.of(PartialDate.ofYear(2020), "during 2020"))).build());
        assertThat(VALIDATOR.validate(register).findings()).isEmpty();
    }

    @Test
    void reportsIllegalLifecycleSteps() {
        Register register = victims(r -> r.toBuilder().decisions(List.of(
                decision(2020, 2, "SORB", GovernanceDecision.Kind.CLOSURE_AGREED),
                decision(2020, 7, "JARAP", GovernanceDecision.Kind.CLOSED),
                decision(2020, 9, "JARAP", GovernanceDecision.Kind.CLOSED))).build());
        assertThat(VALIDATOR.validate(register).errors()).containsExactly(
                Finding.error(VICTIMS + ".decisions[0].kind",
                        "closure agreed by SORB with no proposal to close (status was OPEN); record the owner's PROPOSED_CLOSED first"),
                Finding.error(VICTIMS + ".decisions[2].kind",
                        "closed twice without a re-open: it was closed by JARAP on 2020-07; record a REOPENED decision first"));
    }

    @Test
    void reportsAnUnknownRagPolicyOrSetting() {
        Register base = Fixtures.register();
        var scheme = base.scheme();
        Register unknown = new Register(base.id(), base.organisation(), new io.github.rectrack.model.Scheme(scheme.priorities(),
                scheme.assuranceLevels(), scheme.handlingMarkings(), scheme.forums(), "traffic-lights", java.util.Map.of(),
                scheme.reportingRules()), base.people(), base.sources());
        assertThat(VALIDATOR.validate(unknown).errors()).containsExactly(Finding.error("scheme.ragPolicy",
                "no RAG policy has id 'traffic-lights'; the policies are [priority, reference, slippage]"));
        Register badSetting = new Register(base.id(), base.organisation(), new io.github.rectrack.model.Scheme(scheme.priorities(),
                scheme.assuranceLevels(), scheme.handlingMarkings(), scheme.forums(), "reference", java.util.Map.of("proposedClosed", "YES"),
                scheme.reportingRules()), base.people(), base.sources());
        assertThat(VALIDATOR.validate(badSetting).errors()).containsExactly(Finding.error("scheme.ragSettings",
                "RAG setting 'proposedClosed' is 'YES'; expected one of GREEN, AMBER"));
    }

    @Test
    void reportsGovernmentSecurityClassificationsOutOfOrderAtTheirIndex() {
        Register base = Fixtures.register();
        assertThat(VALIDATOR.validate(withMarkings(base, List.of("OFFICIAL-SENSITIVE", "OFFICIAL"))).errors()).containsExactly(
                Finding.error("scheme.handlingMarkings[1]", "'OFFICIAL' is listed after the more restricted 'OFFICIAL-SENSITIVE'; "
                        + "handling markings are listed least restricted first, and the Government Security Classifications go "
                        + "OFFICIAL < OFFICIAL-SENSITIVE < SECRET < TOP SECRET (a force's own markings may stand anywhere)"));
        assertThat(VALIDATOR.validate(withMarkings(base, List.of("OFFICIAL", "OFFICIAL-SENSITIVE", "TOP SECRET", "SECRET"))).errors())
                .extracting(Finding::location).containsExactly("scheme.handlingMarkings[3]");
    }

    @Test
    void acceptsAForcesOwnMarkingsAnywhereAmongTheClassifications() {
        Register base = Fixtures.register();
        assertThat(VALIDATOR.validate(withMarkings(base, List.of("PAPER MARKED C", "OFFICIAL", "OFFICIAL-SENSITIVE",
                "OFFICIAL-SENSITIVE PERSONAL", "SECRET"))).findings()).isEmpty();
    }

    private static Register withMarkings(Register base, List<String> markings) {
        var scheme = base.scheme();
        return new Register(base.id(), base.organisation(), new io.github.rectrack.model.Scheme(scheme.priorities(),
                scheme.assuranceLevels(), markings, scheme.forums(), scheme.ragPolicy(), scheme.ragSettings(),
                scheme.reportingRules()), base.people(), base.sources());
    }

    @Test
    void reportsUpdatesOutOfDateOrder() {
        Register register = victims(r -> r.toBuilder().updates(List.of(
                ProgressUpdate.of(PartialDate.ofMonth(2019, 1), "January"),
                ProgressUpdate.of(PartialDate.ofMonth(2018, 11), "November"))).build());
        assertThat(VALIDATOR.validate(register).errors()).containsExactly(Finding.error(VICTIMS + ".updates[1].date",
                "update dated 2018-11 comes after one dated 2019-01: list updates in date order"));
    }

    @Test
    void reportsARevisionDatedBeforeTheTargetItReplaces() {
        Register register = firearm(r -> r.toBuilder().targetHistory(List.of(
                new TargetRevision(TargetDate.parse("June 2019"), Optional.of(PartialDate.ofMonth(2018, 11)), Optional.empty(), Optional.empty()),
                TargetRevision.of(TargetDate.parse("October 2019")),
                new TargetRevision(TargetDate.parse("December 2020"), Optional.of(PartialDate.of(2018, 6, 1)), Optional.empty(), Optional.empty())))
                .build());
        assertThat(VALIDATOR.validate(register).errors()).containsExactly(Finding.error(FIREARM + ".targetHistory[2].date",
                "revision is dated 2018-06-01, before the target it replaces (2018-11)"));
    }

    @Test
    void reportsAnAgreementBySomeoneUnknown() {
        Register register = firearm(r -> r.toBuilder().targetHistory(List.of(
                new TargetRevision(TargetDate.parse("June 2019"), Optional.empty(), Optional.empty(), Optional.of("the panel")))).build());
        assertThat(VALIDATOR.validate(register).errors()).containsExactly(Finding.error(FIREARM + ".targetHistory[0].agreedBy",
                "'the panel' is neither a person nor a forum of the register"));
    }

    @Test
    void warnsOfATargetThatCouldNotBeRead() {
        Register register = firearm(r -> r.toBuilder().targetHistory(List.of(TargetRevision.of(TargetDate.parse("blue moon")))).build());
        ValidationReport report = VALIDATOR.validate(register);
        assertThat(report.isValid()).isTrue();
        assertThat(report.warnings()).containsExactly(Finding.warning(FIREARM + ".targetHistory[0].target",
                "target 'blue moon' could not be read as a date; it is kept as written and counts as having no deadline"));
    }

    @Test
    void warnsOfAClosureWithoutEvidence() {
        Register register = firearm(r -> r.toBuilder().decisions(List.of(
                decision(2020, 9, "SORB", GovernanceDecision.Kind.CLOSED))).build());
        ValidationReport report = VALIDATOR.validate(register);
        assertThat(report.isValid()).isTrue();
        assertThat(report.warnings()).containsExactly(Finding.warning(FIREARM + ".decisions[0]",
                "closed by SORB on 2020-09 but no evidence is recorded: closure needs evidence that the recommendation works"));
        Register withEvidence = firearm(r -> r.toBuilder().decisions(List.of(decision(2020, 9, "SORB", GovernanceDecision.Kind.CLOSED)))
                .evidence(List.of(new Evidence("1186 firearms in the property system, none missing", Optional.empty(), Optional.empty(), List.of(), Optional.empty())))
                .build());
        assertThat(VALIDATOR.validate(withEvidence).findings()).isEmpty();
        Register duplicate = firearm(r -> r.toBuilder().decisions(List.of(decision(2020, 4, "SORB", GovernanceDecision.Kind.CLOSED)))
                .links(List.of(new Link(Link.Kind.DUPLICATES, "vcop-2017-4.3", Optional.empty()))).build());
        assertThat(VALIDATOR.validate(duplicate).findings()).isEmpty();
    }

    @Test
    void refusesACircleOfDependsOnOrSupersedesLinksOnceAtTheLinkThatClosesIt() {
        // the fixture's vcop-2017-4.3 depends on sfp-2018-4.1 already
        Register circle = firearm(r -> r.toBuilder().links(List.of(new Link(Link.Kind.DEPENDS_ON, "vcop-2017-4.3", Optional.empty())))
                .build());

        assertThat(VALIDATOR.validate(circle).errors()).containsExactly(Finding.error(FIREARM + ".links[0].target",
                "'depends on' links go round in a circle: sfp-2018-4.1 depends on vcop-2017-4.3 depends on sfp-2018-4.1; none of"
                        + " them could be delivered first: remove or correct one of these links"));
        assertThat(VALIDATOR.validateSources(circle, java.util.Set.of(0)).errors()).hasSize(1);
        assertThat(VALIDATOR.validateSources(circle, java.util.Set.of(1)).errors()).isEmpty();

        Register supersedes = firearm(r -> r.toBuilder().links(List.of(new Link(Link.Kind.SUPERSEDES, "vcop-2017-4.3", Optional.empty())))
                .build());
        Register both = Fixtures.withSources(List.of(supersedes.sources().get(0), victims(r -> r.toBuilder().links(List.of(
                new Link(Link.Kind.SUPERSEDES, "sfp-2018-4.1", Optional.empty()))).build()).sources().get(1)));
        assertThat(VALIDATOR.validate(both).errors()).containsExactly(Finding.error(FIREARM + ".links[0].target",
                "'supersedes' links go round in a circle: sfp-2018-4.1 supersedes vcop-2017-4.3 supersedes sfp-2018-4.1; each would"
                        + " replace the one that replaces it: remove or correct one of these links"));

        Register mixed = firearm(r -> r.toBuilder().links(List.of(new Link(Link.Kind.SUPERSEDES, "vcop-2017-4.3", Optional.empty())))
                .build());
        assertThat(VALIDATOR.validate(mixed).errors()).as("a 'supersedes' link and a 'depends on' link make no circle").isEmpty();
    }

    @Test
    void reportsUpdateRequestsAnsweredBeforeTheyWereMade() {
        Register register = firearm(r -> r.toBuilder().updateRequests(List.of(new UpdateRequest(LocalDate.of(2024, 10, 8), Optional.of("epac-manager"),
                Optional.of(LocalDate.of(2024, 10, 1)), Optional.empty()))).build());
        assertThat(VALIDATOR.validate(register).errors()).containsExactly(Finding.error(FIREARM + ".updateRequests[0].respondBy",
                "reply asked for by 2024-10-01, before the request was made (2024-10-08)"));
    }

    @Test
    void listsErrorsBeforeWarningsAndKeepsGoingAfterTheFirst() {
        Register register = firearm(r -> r.toBuilder().priority("High").text("")
                .targetHistory(List.of(TargetRevision.of(TargetDate.parse("whenever")))).build());
        List<Finding> findings = VALIDATOR.validate(register).findings();
        assertThat(findings).extracting(Finding::severity).containsExactly(
                Finding.Severity.ERROR, Finding.Severity.ERROR, Finding.Severity.WARNING);
        assertThat(findings).extracting(Finding::location).containsExactly(
                FIREARM + ".text", FIREARM + ".priority", FIREARM + ".targetHistory[0].target");
    }

    @Test
    void acceptsAnApprovedExtensionMatchedByItsRevision() {
        Register register = firearm(r -> r.toBuilder().extensionRequests(List.of(dataWarehouseExtension(
                new ExtensionRequest.Decision(ExtensionRequest.Outcome.APPROVED, "SORB", PartialDate.ofMonth(2020, 10), Optional.empty())))).build());
        assertThat(VALIDATOR.validate(register).findings()).isEmpty();
    }

    @Test
    void reportsAnExtensionRequestedBySomeoneUnknownOrDecidedByAnUnknownForum() {
        ExtensionRequest request = new ExtensionRequest(PartialDate.ofMonth(2020, 9), Optional.of("fleet-manager"),
                TargetDate.parse("30th April 2021"), Optional.empty(),
                Optional.of(new ExtensionRequest.Decision(ExtensionRequest.Outcome.REFUSED, "ORB", PartialDate.ofMonth(2020, 10), Optional.empty())),
                Optional.of("SECRET"));
        Register register = firearm(r -> r.toBuilder().extensionRequests(List.of(request)).build());
        assertThat(VALIDATOR.validate(register).errors()).containsExactly(
                Finding.error(FIREARM + ".extensionRequests[0].requestedBy", "no person has id 'fleet-manager': add them to the register's people"),
                Finding.error(FIREARM + ".extensionRequests[0].marking",
                        "handling marking 'SECRET' is not in the scheme; expected one of [OFFICIAL, OFFICIAL-SENSITIVE]"),
                Finding.error(FIREARM + ".extensionRequests[0].decision.forum",
                        "no forum has id 'ORB'; the scheme's forums are [JARAP, OWNER, SORB]"));
    }

    @Test
    void reportsAnExtensionDecidedBeforeItWasRequested() {
        Register register = firearm(r -> r.toBuilder().extensionRequests(List.of(dataWarehouseExtension(
                new ExtensionRequest.Decision(ExtensionRequest.Outcome.REFUSED, "SORB", PartialDate.of(2020, 8, 20), Optional.empty())))).build());
        assertThat(VALIDATOR.validate(register).errors()).containsExactly(Finding.error(FIREARM + ".extensionRequests[0].decision.date",
                "decided on 2020-08-20, before the extension was requested (2020-09)"));
    }

    @Test
    void reportsAnApprovedExtensionWithNoRevisionToItsTarget() {
        ExtensionRequest request = new ExtensionRequest(PartialDate.ofMonth(2020, 9), Optional.of("epac-manager"),
                TargetDate.parse("30th September 2021"), Optional.of("reliant on external supplier"),
                Optional.of(new ExtensionRequest.Decision(ExtensionRequest.Outcome.APPROVED, "JARAP", PartialDate.of(2020, 10, 16), Optional.empty())),
                Optional.empty());
        Register register = firearm(r -> r.toBuilder().extensionRequests(List.of(request)).build());
        assertThat(VALIDATOR.validate(register).errors()).containsExactly(Finding.error(FIREARM + ".extensionRequests[0]",
                "extension to '30th September 2021' approved by JARAP on 2020-10-16 but no revision to that target is in targetHistory:"
                        + " add the revision, dated 2020-10-16, with the request's reason and agreedBy 'JARAP'"));
        Register refused = firearm(r -> r.toBuilder().extensionRequests(List.of(request.withDecision(
                new ExtensionRequest.Decision(ExtensionRequest.Outcome.REFUSED, "JARAP", PartialDate.of(2020, 10, 16), Optional.empty())))).build());
        assertThat(VALIDATOR.validate(refused).findings()).isEmpty();
    }

    @Test
    void matchesAnApprovedExtensionToARevisionWithTheSameDeadline() {
        ExtensionRequest request = new ExtensionRequest(PartialDate.ofMonth(2020, 9), Optional.empty(), TargetDate.parse("End April 2021"),
                Optional.empty(), Optional.of(new ExtensionRequest.Decision(ExtensionRequest.Outcome.APPROVED, "SORB", PartialDate.ofMonth(2020, 10),
                        Optional.empty())), Optional.empty());
        Register register = firearm(r -> r.toBuilder().extensionRequests(List.of(request)).build());
        assertThat(VALIDATOR.validate(register).findings()).isEmpty();
    }

    @Test
    void warnsOfAnExtensionDecidedAfterTheRecommendationWasClosed() {
        Register register = firearm(r -> r.toBuilder()
                .decisions(List.of(decision(2020, 9, "JARAP", GovernanceDecision.Kind.CLOSED)))
                .evidence(List.of(new Evidence("1186 firearms in the property system, none missing", Optional.empty(), Optional.empty(), List.of(), Optional.empty())))
                .extensionRequests(List.of(dataWarehouseExtension(
                        new ExtensionRequest.Decision(ExtensionRequest.Outcome.APPROVED, "SORB", PartialDate.ofMonth(2020, 10), Optional.empty()))))
                .build());
        ValidationReport report = VALIDATOR.validate(register);
        assertThat(report.isValid()).isTrue();
        assertThat(report.warnings()).containsExactly(Finding.warning(FIREARM + ".extensionRequests[0].decision.date",
                "decided on 2020-10 after the recommendation was closed by JARAP on 2020-09: an extension of a closed recommendation"
                        + " changes nothing; re-open it first"));
        Register reopened = firearm(r -> r.toBuilder()
                .decisions(List.of(decision(2020, 8, "JARAP", GovernanceDecision.Kind.CLOSED), decision(2020, 9, "JARAP", GovernanceDecision.Kind.REOPENED)))
                .evidence(List.of(new Evidence("1186 firearms in the property system, none missing", Optional.empty(), Optional.empty(), List.of(), Optional.empty())))
                .extensionRequests(List.of(dataWarehouseExtension(
                        new ExtensionRequest.Decision(ExtensionRequest.Outcome.APPROVED, "SORB", PartialDate.ofMonth(2020, 10), Optional.empty()))))
                .build());
        assertThat(VALIDATOR.validate(reopened).findings()).isEmpty();
    }

    @Test
    void acceptsARevisionWithNoReasonAndNoExtensionAsAnUnexplainedSlip() {
        Register register = firearm(r -> r.toBuilder().targetHistory(List.of(
                TargetRevision.of(TargetDate.parse("End March 2018")),
                new TargetRevision(TargetDate.parse("June 2019"), Optional.of(PartialDate.ofMonth(2018, 11)), Optional.empty(), Optional.empty())))
                .build());
        assertThat(VALIDATOR.validate(register).findings()).isEmpty();
    }

    @Test
    void reportsARiskAcceptedByAForumThatIsNotThePanel() {
        Register register = victims(r -> r.toBuilder().decisions(List.of(decision(2020, 9, "SORB", GovernanceDecision.Kind.RISK_ACCEPTED))).build());
        assertThat(VALIDATOR.validate(register).errors()).containsExactly(Finding.error(VICTIMS + ".decisions[0].forum",
                "risk accepted by SORB, a forum whose role is BOARD: only a forum whose role is PANEL can agree to accept the risk"
                        + " of not acting (the scheme's panels are [JARAP])"));
        Register byThePanel = victims(r -> r.toBuilder().decisions(List.of(decision(2020, 10, "JARAP", GovernanceDecision.Kind.RISK_ACCEPTED))).build());
        assertThat(VALIDATOR.validate(byThePanel).findings()).isEmpty();
    }

    @Test
    void reportsAPercentCompleteOutsideNoughtToAHundredAtItsUpdate() {
        Register register = firearm(r -> r.toBuilder().updates(List.of(
                ProgressUpdate.of(PartialDate.ofMonth(2018, 6), "Actions completed: 1, 2, 3, 5.").withPercentComplete(75),
                ProgressUpdate.of(PartialDate.ofMonth(2018, 8), "8iv completed.").withPercentComplete(101),
                ProgressUpdate.of(PartialDate.ofMonth(2018, 9), "CCTV quotes being obtained.").withPercentComplete(-1))).build());
        assertThat(VALIDATOR.validate(register).errors()).containsExactly(
                Finding.error(FIREARM + ".updates[1].percentComplete", "must be less than or equal to 100"),
                Finding.error(FIREARM + ".updates[2].percentComplete", "must be greater than or equal to 0"));
    }

    @Test
    void reportsBlankStatedStatusStatedRagAndNotes() {
        Register register = firearm(r -> r.toBuilder().statedStatus(Optional.of(" ")).statedRag(Optional.of(""))
                .notes(Optional.of("\t")).build());
        assertThat(VALIDATOR.validate(register).errors()).extracting(Finding::location).containsExactly(
                FIREARM + ".notes", FIREARM + ".statedRag", FIREARM + ".statedStatus");
        Register stated = firearm(r -> r.toBuilder().statedStatus(Optional.of("On track")).statedRag(Optional.of("Green"))
                .notes(Optional.of("CCTV quotes being obtained")).build());
        assertThat(VALIDATOR.validate(stated).findings()).isEmpty();
    }

    /** The request behind the fixture's last revision of 4.1, to 30th April 2021 (October 2020). */
    private static ExtensionRequest dataWarehouseExtension(ExtensionRequest.Decision decision) {
        return new ExtensionRequest(PartialDate.ofMonth(2020, 9), Optional.of("epac-manager"), TargetDate.parse("30th April 2021"),
                Optional.of("dependent upon delivery of the complete data warehouse"), Optional.of(decision), Optional.empty());
    }

    private static Register firearm(UnaryOperator<Recommendation> change) {
        Register base = Fixtures.register();
        List<Source> sources = new ArrayList<>(base.sources());
        Source s = sources.get(0);
        sources.set(0, new Source(s.id(), s.kind(), s.title(), s.issuedBy(), s.date(), s.assurance(), s.followUpOf(), s.marking(),
                List.of(change.apply(s.recommendations().get(0)))));
        return Fixtures.withSources(sources);
    }

    private static Register victims(UnaryOperator<Recommendation> change) {
        Register base = Fixtures.register();
        List<Source> sources = new ArrayList<>(base.sources());
        Source s = sources.get(1);
        sources.set(1, new Source(s.id(), s.kind(), s.title(), s.issuedBy(), s.date(), s.assurance(), s.followUpOf(), s.marking(),
                List.of(change.apply(s.recommendations().get(0)))));
        return Fixtures.withSources(sources);
    }

    private static Source source(String id, Recommendation... recommendations) {
        return new Source(id, Source.Kind.INTERNAL_AUDIT, "Audit " + id, Optional.empty(), Optional.empty(), Optional.of("Limited"),
                Optional.empty(), Optional.empty(), List.of(recommendations));
    }

    private static GovernanceDecision decision(int year, int month, String forum, GovernanceDecision.Kind kind) {
        return new GovernanceDecision(PartialDate.ofMonth(year, month), forum, kind, Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void theModelTypesWhoseConstraintsArePreparedAreEveryTypeARegisterHolds() {
        assertThat(RegisterValidator.modelTypes()).startsWith(io.github.rectrack.model.Register.class)
                .contains(io.github.rectrack.model.Scheme.class, io.github.rectrack.model.Person.class,
                        io.github.rectrack.model.Source.class, io.github.rectrack.model.Recommendation.class,
                        io.github.rectrack.model.ProgressUpdate.class, io.github.rectrack.model.TargetRevision.class,
                        io.github.rectrack.model.UpdateRequest.class, io.github.rectrack.model.Action.class,
                        io.github.rectrack.model.UpdateSections.class, io.github.rectrack.model.ExtensionRequest.class)
                .allSatisfy(type -> assertThat(type.getPackageName()).isEqualTo("io.github.rectrack.model"))
                .doesNotHaveDuplicates();
        RegisterValidator.prepare();
        assertThat(new RegisterValidator().validate(io.github.rectrack.engine.reference.ReferenceRegister.LEICESTERSHIRE_2020.load())
                .errors()).isEmpty();
    }
}
