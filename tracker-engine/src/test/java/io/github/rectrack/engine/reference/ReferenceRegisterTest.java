package io.github.rectrack.engine.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectrack.engine.json.RegisterJson;
import io.github.rectrack.engine.validation.RegisterValidator;
import io.github.rectrack.engine.validation.ValidationReport;
import io.github.rectrack.model.DegreeMet;
import io.github.rectrack.model.GovernanceDecision;
import io.github.rectrack.model.Link;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.ProgressUpdate;
import io.github.rectrack.model.Recommendation;
import io.github.rectrack.model.Register;
import io.github.rectrack.model.TargetDate;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The bundled registers load, validate, round-trip byte for byte, and hold what the papers say. */
class ReferenceRegisterTest {

    private static final RegisterValidator VALIDATOR = new RegisterValidator();
    private static final RegisterJson JSON = new RegisterJson();

    @AfterAll
    static void close() {
        VALIDATOR.close();
    }

    @ParameterizedTest
    @EnumSource(ReferenceRegister.class)
    void validatesWithoutErrors(ReferenceRegister reference) {
        ValidationReport report = VALIDATOR.validate(reference.load());
        assertThat(report.errors()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ReferenceRegister.class)
    void isStoredInCanonicalFormSoItRoundTripsByteForByte(ReferenceRegister reference) throws IOException {
        String stored;
        try (InputStream in = reference.open()) {
            stored = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Register register = reference.load();
        assertThat(JSON.writeToString(register)).isEqualTo(stored);
        assertThat(JSON.read(stored, reference.id()).register()).contains(register);
    }

    @ParameterizedTest
    @EnumSource(ReferenceRegister.class)
    void isFoundByItsIdAndCarriesIt(ReferenceRegister reference) {
        assertThat(ReferenceRegister.byId(reference.id())).contains(reference);
        assertThat(reference.load().id()).isEqualTo(reference.id());
    }

    @ParameterizedTest
    @EnumSource(ReferenceRegister.class)
    void recordsNothingAfterThePapersDate(ReferenceRegister reference) {
        LocalDate paper = reference.paperDate();
        reference.load().recommendations().forEach(r -> {
            r.updates().forEach(u -> assertThat(u.date().first()).as(r.id()).isBeforeOrEqualTo(paper));
            r.decisions().forEach(d -> assertThat(d.date().first()).as(r.id()).isBeforeOrEqualTo(paper));
            r.targetHistory().forEach(t -> t.date().ifPresent(date -> assertThat(date.first()).as(r.id()).isBeforeOrEqualTo(paper)));
        });
    }

    @Test
    void unknownIdsAreNotFound() {
        assertThat(ReferenceRegister.byId("no-such-register")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ReferenceRegister.class)
    void namesNoOfficerFromThePapers(ReferenceRegister reference) throws IOException {
        String stored;
        try (InputStream in = reference.open()) {
            stored = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(stored).doesNotContainIgnoringCase("Mollett").doesNotContainIgnoringCase("Peplow")
                .doesNotContainIgnoringCase("Starbuck").doesNotContainIgnoringCase("Leavesley").doesNotContainIgnoringCase("Dawkins")
                .doesNotContainIgnoringCase("Carvell").doesNotContainIgnoringCase("Steven Morris").doesNotContainIgnoringCase("Mazhar")
                .doesNotContainIgnoringCase("Kat Eaton").doesNotContainIgnoringCase("Stacey-Midgley").doesNotContainIgnoringCase("Alastair")
                .doesNotContainIgnoringCase("Jeffs").doesNotContainIgnoringCase("Hubbard").doesNotContainIgnoringCase("Granger")
                .doesNotContainIgnoringCase("Proffitt").doesNotContainIgnoringCase("Kate Beel").doesNotContainIgnoringCase("Mr Streets")
                .doesNotContainIgnoringCase("Nixon").doesNotContainIgnoringCase("Sophie Jennings").doesNotContainIgnoringCase("Baraclough")
                .doesNotContainIgnoringCase("Pattani").doesNotContainIgnoringCase("Martin Henry");
    }

    @Nested
    class LeicestershirePanelPaper {

        private final Register register = ReferenceRegister.LEICESTERSHIRE_2020.load();

        @Test
        void holdsEveryAuditOfTheAppendixAndTheHousekeepingListedAtTheEnd() {
            assertThat(register.sources()).hasSize(16);
            assertThat(register.recommendationCount()).isEqualTo(27);
            Map<String, Long> byPriority = register.recommendations()
                    .collect(Collectors.groupingBy(Recommendation::priority, Collectors.counting()));
            assertThat(byPriority).containsExactlyInAnyOrderEntriesOf(Map.of("Fundamental", 2L, "Significant", 12L, "Housekeeping", 13L));
            assertThat(register.recommendations().mapToInt(r -> r.updates().size()).sum()).isEqualTo(116);
            assertThat(register.recommendations().mapToInt(r -> r.decisions().size()).sum()).isEqualTo(24);
        }

        @Test
        void keepsTheReferenceReportingRulesAsData() {
            assertThat(register.scheme().reportingRules().rules()).hasSize(3);
            assertThat(register.scheme().reportingRules().rules().get(2).assuranceAtMost()).contains("Limited");
            assertThat(register.scheme().reportingRules().rules().get(2).wholeReport()).isTrue();
            assertThat(register.recommendations().filter(r -> r.reportedTo().equals(Optional.of("JARAP"))).map(Recommendation::id).toList())
                    .containsExactly("victims-code-of-practice-2017-4.5", "leadership-management-development-2020-4.2",
                            "leadership-management-development-2020-4.3");
        }

        @Test
        void theSevenItemsOfParagraphFourStandProposedForClosure() {
            List<String> proposed = register.recommendations()
                    .filter(r -> !r.decisions().isEmpty())
                    .filter(r -> {
                        GovernanceDecision.Kind last = r.decisions().get(r.decisions().size() - 1).kind();
                        return last == GovernanceDecision.Kind.PROPOSED_CLOSED || last == GovernanceDecision.Kind.CLOSURE_AGREED;
                    })
                    .map(Recommendation::id).toList();
            assertThat(proposed).containsExactly(
                    "victims-code-of-practice-2017-4.3", "victims-code-of-practice-2017-4.4", "victims-code-of-practice-2017-4.5",
                    "recruitment-2019-4.1", "workforce-wellbeing-absence-management-2019-4.2",
                    "leadership-management-development-2020-4.2", "leadership-management-development-2020-4.3");
        }

        @Test
        void recordsThePanelsRequestForFiguresOnPerformanceDevelopmentReviews() {
            Recommendation pdr = rec("leadership-management-development-2020-4.2");
            assertThat(pdr.decisions()).extracting(GovernanceDecision::forum, GovernanceDecision::kind, GovernanceDecision::date)
                    .contains(org.assertj.core.groups.Tuple.tuple("SORB", GovernanceDecision.Kind.CLOSURE_AGREED, PartialDate.ofMonth(2020, 5)),
                            org.assertj.core.groups.Tuple.tuple("JARAP", GovernanceDecision.Kind.FURTHER_EVIDENCE_REQUESTED, PartialDate.ofMonth(2020, 7)));
        }

        @Test
        void keepsEveryStruckThroughTargetOfTheCodeOfGovernance() {
            Recommendation framework = rec("code-of-governance-2018-4.1");
            assertThat(framework.targetHistory()).hasSize(7);
            assertThat(framework.targetHistory()).extracting(t -> t.target().deadline().orElseThrow()).containsExactly(
                    LocalDate.of(2018, 12, 31), LocalDate.of(2019, 3, 31), LocalDate.of(2019, 9, 30), LocalDate.of(2020, 3, 31),
                    LocalDate.of(2019, 12, 31), LocalDate.of(2020, 5, 31), LocalDate.of(2020, 10, 31));
            // August 2019 proposed 31/03/2020; November 2019 agreed the earlier 31 December 2019 instead
            assertThat(framework.targetHistory().get(4).agreedBy()).contains("aco-finance");
        }

        @Test
        void followsTheMissingFirearmFromJune2018ToOctober2020() {
            Recommendation firearm = rec("seized-found-property-2018-4.1");
            assertThat(firearm.priority()).isEqualTo("Fundamental");
            assertThat(firearm.updates()).hasSize(16);
            assertThat(firearm.updates().get(0).date()).isEqualTo(PartialDate.ofMonth(2018, 6));
            assertThat(firearm.updates().get(firearm.updates().size() - 1).date()).isEqualTo(PartialDate.ofMonth(2020, 10));
            assertThat(firearm.actions()).hasSize(13);
            assertThat(firearm.latestTarget().orElseThrow().target().deadline()).contains(LocalDate.of(2021, 4, 30));
        }

        @Test
        void noOutstandingItemOfThePanelIsPastItsCurrentTargetOnThePapersDate() {
            LocalDate paper = ReferenceRegister.LEICESTERSHIRE_2020.paperDate();
            List<String> overdue = register.recommendations()
                    .filter(r -> r.decisions().isEmpty())
                    .filter(r -> r.latestTarget().map(t -> t.target().isPastOn(paper)).orElse(false))
                    .map(Recommendation::id).toList();
            assertThat(overdue).isEmpty();
        }

        private Recommendation rec(String id) {
            return register.recommendations().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
        }
    }

    @Nested
    class EssexIcoActionPlan {

        private final Register register = ReferenceRegister.ESSEX_ICO_2020.load();

        @Test
        void holdsEveryKeyActionOfThePlan() {
            assertThat(register.recommendationCount()).isEqualTo(33);
            assertThat(register.recommendations().map(Recommendation::reference).toList())
                    .startsWith("1.1", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "3.1")
                    .endsWith("7.1", "8.1", "8.2", "8.3", "8.4", "8.5");
        }

        @Test
        void keepsTheRecurringAndOpenEndedTargetsAsWritten() {
            TargetDate diarised = rec("essex-ico-2.4").targetHistory().get(0).target();
            assertThat(diarised.text()).isEqualTo("23 Apr 2020 then repeat as business as usual");
            assertThat(diarised.kind()).isEqualTo(TargetDate.Kind.RECURRING);
            assertThat(diarised.from()).contains(LocalDate.of(2020, 4, 23));
            assertThat(diarised.deadline()).isEmpty();
            assertThat(rec("essex-ico-7.1").targetHistory().get(0).target().kind()).isEqualTo(TargetDate.Kind.CONDITIONAL);
            assertThat(rec("essex-ico-4.9").targetHistory().get(0).target().kind()).isEqualTo(TargetDate.Kind.VARIOUS);
            assertThat(rec("essex-ico-6.3").targetHistory().get(0).target().kind()).isEqualTo(TargetDate.Kind.ONGOING);
            assertThat(rec("essex-ico-8.2").targetHistory().get(0).target().deadline()).contains(LocalDate.of(2020, 7, 3));
        }

        @Test
        void recordsTheStatesAsDecisions() {
            Map<GovernanceDecision.Kind, Long> kinds = register.recommendations().flatMap(r -> r.decisions().stream())
                    .collect(Collectors.groupingBy(GovernanceDecision::kind, Collectors.counting()));
            assertThat(kinds).containsExactlyInAnyOrderEntriesOf(Map.of(
                    GovernanceDecision.Kind.PROPOSED_CLOSED, 23L,
                    GovernanceDecision.Kind.MOVED_TO_BUSINESS_AS_USUAL, 4L,
                    GovernanceDecision.Kind.HIBERNATED, 1L,
                    GovernanceDecision.Kind.CLOSED, 1L));
            assertThat(rec("essex-ico-4.9").decisions()).extracting(GovernanceDecision::kind).containsExactly(GovernanceDecision.Kind.HIBERNATED);
        }

        @Test
        void closesTheDuplicateInFavourOfTheActionItDuplicates() {
            Recommendation duplicate = rec("essex-ico-6.2");
            assertThat(duplicate.links()).extracting(Link::kind, Link::target).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(Link.Kind.DUPLICATES, "essex-ico-3.6"));
            assertThat(duplicate.decisions()).extracting(GovernanceDecision::kind, GovernanceDecision::date).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(GovernanceDecision.Kind.CLOSED, PartialDate.of(2020, 4, 24)));
        }

        @Test
        void mapsActionsToTheReviewsOwnNumbering() {
            assertThat(rec("essex-ico-2.5").links()).contains(new Link(Link.Kind.EXTERNAL_REFERENCE, "PIR Rec 7", Optional.empty()));
            long pirLinks = register.recommendations().flatMap(r -> r.links().stream())
                    .filter(l -> l.kind() == Link.Kind.EXTERNAL_REFERENCE && l.target().startsWith("PIR Rec")).count();
            assertThat(pirLinks).isEqualTo(16);
        }

        @Test
        void namesPeopleByInitialsOnly() {
            assertThat(register.people()).allSatisfy(p -> assertThat(p.name()).matches("[A-Z]{2}|[A-Z][a-z]+( [A-Za-z]+)*"));
            assertThat(rec("essex-ico-3.3").owners()).extracting(o -> o.person()).containsExactly("ab", "ts");
        }

        private Recommendation rec(String id) {
            return register.recommendations().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
        }
    }

    @Nested
    class MpsDistrictAudit {

        private final Register register = ReferenceRegister.MPS_DISTRICT_AUDIT_2002.load();

        @Test
        void holdsR1ToR13() {
            assertThat(register.recommendations().map(Recommendation::reference).toList())
                    .containsExactly("R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8", "R9", "R10", "R11", "R12", "R13");
        }

        @Test
        void marksTheThreeStatutoryRecommendations() {
            assertThat(register.recommendations().filter(r -> r.hasTag("statutory")).map(Recommendation::reference).toList())
                    .containsExactly("R1", "R3", "R10");
        }

        @Test
        void gradesHowFarEachRecommendationWasMet() {
            Map<DegreeMet, Long> grades = register.recommendations().flatMap(r -> r.updates().stream())
                    .flatMap(u -> u.degreeMet().stream())
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            assertThat(grades).containsExactlyInAnyOrderEntriesOf(Map.of(
                    DegreeMet.COMPLETELY, 6L, DegreeMet.SIGNIFICANTLY, 4L, DegreeMet.MODERATELY, 2L, DegreeMet.PARTIALLY, 1L));
            assertThat(register.recommendations().flatMap(r -> r.updates().stream()).map(ProgressUpdate::date).distinct().toList())
                    .containsExactly(PartialDate.of(2002, 3, 31));
        }

        @Test
        void readsTheTimescalesAsWritten() {
            assertThat(target("mps-da-r2").deadline()).contains(LocalDate.of(2002, 3, 31));
            assertThat(target("mps-da-r5").deadline()).contains(LocalDate.of(2002, 9, 30));
            assertThat(target("mps-da-r6").deadline()).contains(LocalDate.of(2002, 12, 31));
            assertThat(target("mps-da-r9").kind()).isEqualTo(TargetDate.Kind.FINANCIAL_YEAR);
            assertThat(target("mps-da-r9").deadline()).contains(LocalDate.of(2003, 3, 31));
            assertThat(target("mps-da-r3").kind()).isEqualTo(TargetDate.Kind.ONGOING);
            assertThat(target("mps-da-r13").deadline()).contains(LocalDate.of(2002, 12, 31));
        }

        private TargetDate target(String id) {
            List<io.github.rectrack.model.TargetRevision> history = register.recommendations()
                    .filter(r -> r.id().equals(id)).findFirst().orElseThrow().targetHistory();
            return history.get(history.size() - 1).target();
        }
    }
}
