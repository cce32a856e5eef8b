package io.github.rectrack.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.rectrack.engine.evaluation.RecommendationState;
import io.github.rectrack.engine.evaluation.RegisterEvaluation;
import io.github.rectrack.engine.evaluation.StatusEngine;
import io.github.rectrack.engine.json.RegisterJson;
import io.github.rectrack.engine.spi.rag.Rag;
import io.github.rectrack.engine.validation.RegisterValidator;
import io.github.rectrack.engine.validation.ValidationReport;
import io.github.rectrack.engine.view.Discrepancies;
import io.github.rectrack.model.ExtensionRequest;
import io.github.rectrack.model.GovernanceDecision;
import io.github.rectrack.model.Link;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.ProgressUpdate;
import io.github.rectrack.model.Recommendation;
import io.github.rectrack.model.Register;
import io.github.rectrack.model.Source;
import io.github.rectrack.model.TargetDate;
import io.github.rectrack.model.TargetRevision;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegisterGeneratorTest {

    private static RegisterValidator validator;
    private static Register large;
    private static Register mid;

    @BeforeAll
    static void setUp() {
        validator = new RegisterValidator();
        large = RegisterGenerator.generate(5_000, 11);
        mid = RegisterGenerator.generate(2_000, 7);
    }

    @AfterAll
    static void tearDown() {
        validator.close();
    }

    @Test
    void theSameArgumentsGiveTheSameRegisterAndTheSameJson() {
        Register first = RegisterGenerator.generate(300, 42);
        Register second = RegisterGenerator.generate(300, 42);
        assertThat(second).isEqualTo(first);
        RegisterJson json = new RegisterJson();
        assertThat(json.writeToString(second)).isEqualTo(json.writeToString(first));
    }

    @Test
    void anotherSeedGivesAnotherRegister() {
        assertThat(RegisterGenerator.generate(300, 43)).isNotEqualTo(RegisterGenerator.generate(300, 42));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 11, 12, 13, 100, 997})
    void holdsExactlyTheNumberOfRecommendationsAskedFor(int count) {
        Register register = RegisterGenerator.generate(count, 3);
        assertThat(register.recommendationCount()).isEqualTo(count);
        assertThat(register.sources()).allSatisfy(s -> assertThat(s.recommendations()).hasSizeBetween(1, 12));
        assertThat(register.people()).hasSizeGreaterThanOrEqualTo(10);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void isValid(long seed) {
        for (int size : new int[] {1, 100, 2_000}) {
            ValidationReport report = validator.validate(RegisterGenerator.generate(size, seed));
            assertThat(report.errors()).as("errors at size %d, seed %d", size, seed).isEmpty();
            assertThat(report.warnings()).as("only unreadable targets are warned about")
                    .allSatisfy(w -> assertThat(w.message()).contains("could not be read as a date"));
        }
    }

    @Test
    void isValidWithOtherOptions() {
        Register register = RegisterGenerator.generate(RegisterGenerator.Options.of(500, 9)
                .withUpdatesPerRecommendation(3).withMaxRecommendationsPerSource(40).withHorizon(LocalDate.of(2020, 10, 16)));
        assertThat(validator.validate(register).errors()).isEmpty();
        assertThat(register.sources()).anySatisfy(s -> assertThat(s.recommendations().size()).isGreaterThan(12));
        assertThat(register.recommendations().mapToInt(r -> r.updates().size()).average().orElseThrow()).isCloseTo(3, within(0.3));
    }

    @Test
    void hasTheProportionsOfTheReferenceRegisters() {
        List<Recommendation> recommendations = large.recommendations().toList();
        assertThat(share(recommendations, r -> r.priority().equals("Fundamental"))).isCloseTo(0.10, within(0.02));
        assertThat(share(recommendations, r -> r.priority().equals("Significant"))).isCloseTo(0.55, within(0.03));
        assertThat(share(recommendations, r -> r.priority().equals("Housekeeping"))).isCloseTo(0.35, within(0.03));
        assertThat(recommendations.stream().mapToInt(r -> r.updates().size()).average().orElseThrow()).isCloseTo(10, within(0.5));
        assertThat(share(recommendations, r -> !r.decisions().isEmpty())).isBetween(0.45, 0.65);
        assertThat(share(recommendations, r -> lastDecision(r).equals(Optional.of(GovernanceDecision.Kind.CLOSED)))).isCloseTo(0.32, within(0.05));
        assertThat(share(recommendations, r -> r.response().isPresent())).isCloseTo(0.92, within(0.02));
        assertThat(recommendations.stream().mapToInt(r -> r.targetHistory().size()).max().orElseThrow()).isEqualTo(7);
        assertThat(large.people().size()).isEqualTo(125);
        assertThat(share(large.recommendations().flatMap(r -> r.updates().stream()).toList(), u -> u.marking().isPresent()))
                .isCloseTo(0.05, within(0.01));
        IntSummaryStatistics lengths = large.recommendations().flatMap(r -> r.updates().stream())
                .mapToInt(u -> u.text().length()).summaryStatistics();
        assertThat(lengths.getMin()).isGreaterThanOrEqualTo(200);
        assertThat(lengths.getMax()).isBetween(900, 1_250);
        assertThat(large.sources()).extracting(Source::kind).contains(Source.Kind.INTERNAL_AUDIT, Source.Kind.INSPECTION,
                Source.Kind.REGULATOR_AUDIT, Source.Kind.POST_IMPLEMENTATION_REVIEW, Source.Kind.COMMITTEE_ACTIONS);
        assertThat(share(large.sources(), s -> s.kind() == Source.Kind.INTERNAL_AUDIT)).isBetween(0.6, 0.76);
    }

    @Test
    void datesEverythingInOrderAndNothingAfterTheHorizon() {
        LocalDate horizon = RegisterGenerator.DEFAULT_HORIZON;
        large.sources().forEach(source -> source.recommendations().forEach(r -> {
            PartialDate issued = source.date().orElse(PartialDate.ofYear(2000));
            for (ProgressUpdate u : r.updates()) {
                assertThat(u.date().last()).isBeforeOrEqualTo(horizon);
                assertThat(u.date().first()).isAfterOrEqualTo(issued.first());
            }
            r.decisions().forEach(d -> assertThat(d.date().last()).isBeforeOrEqualTo(horizon));
            for (int i = 1; i < r.updates().size(); i++) {
                assertThat(r.updates().get(i).date().first()).isAfterOrEqualTo(r.updates().get(i - 1).date().first());
            }
        }));
        assertThat(large.sources().stream().map(s -> s.date().map(d -> d.first().getYear()).orElse(0)).filter(y -> y > 0)
                .collect(Collectors.toSet())).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void closedRecommendationsCarryEvidenceUnlessDuplicates() {
        assertThat(large.recommendations().filter(r -> lastDecision(r).equals(Optional.of(GovernanceDecision.Kind.CLOSED))))
                .allSatisfy(r -> assertThat(!r.evidence().isEmpty()
                        || r.links().stream().anyMatch(l -> l.kind() == Link.Kind.DUPLICATES)).isTrue());
    }

    @Test
    void writesEveryKindOfTargetThePhraseListIsMeantToProduce() {
        Set<TargetDate.Kind> kinds = large.recommendations().flatMap(r -> r.targetHistory().stream())
                .map(TargetRevision::target).map(TargetDate::kind)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(TargetDate.Kind.class)));
        assertThat(kinds).containsExactlyInAnyOrder(TargetDate.Kind.values());
    }

    @Test
    void usesEveryKindOfDecision() {
        Set<GovernanceDecision.Kind> kinds = large.recommendations().flatMap(r -> r.decisions().stream())
                .map(GovernanceDecision::kind)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(GovernanceDecision.Kind.class)));
        // a generated register has no published responses to inspections
        assertThat(kinds).containsAll(EnumSet.complementOf(EnumSet.of(GovernanceDecision.Kind.CLOSURE_DISPUTED,
                GovernanceDecision.Kind.RESPONSE_PUBLISHED)));
    }

    @Test
    void theRegisterWithTheSheetsOwnFactsValidatesWithNoErrors() {
        ValidationReport report = validator.validate(mid);
        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings()).allSatisfy(w -> assertThat(w.message()).contains("could not be read as a date"));
        assertThat(mid.asOf()).contains(RegisterGenerator.DEFAULT_HORIZON);
        assertThat(RegisterGenerator.generate(RegisterGenerator.Options.of(10, 1).withHorizon(LocalDate.of(2020, 10, 16))).asOf())
                .contains(LocalDate.of(2020, 10, 16));
    }

    @Test
    void approvedExtensionRequestsAreTheRevisionsTheyAskedFor() {
        List<Recommendation> withApproved = mid.recommendations()
                .filter(r -> r.extensionRequests().stream().anyMatch(ExtensionRequest::isApproved)).toList();
        assertThat(share(mid.recommendations().toList(), withApproved::contains)).isBetween(0.05, 0.20);
        for (Recommendation r : withApproved) {
            for (ExtensionRequest request : r.extensionRequests().stream().filter(ExtensionRequest::isApproved).toList()) {
                ExtensionRequest.Decision decision = request.decision().orElseThrow();
                assertThat(decision.forum()).isIn("SORB", "JARAP");
                assertThat(decision.note().orElseThrow()).startsWith("Extension agreed at the ").endsWith(" " + decision.forum());
                assertThat(request.reason()).isPresent();
                assertThat(r.targetHistory()).as("revision made by the request approved for %s", r.id()).anySatisfy(t -> {
                    assertThat(t.target().isSameTargetAs(request.target())).as("revision '%s' sets the target asked for, '%s'", t.target().text(), request.target().text()).isTrue();
                    assertThat(t.date()).contains(decision.date());
                    assertThat(t.reason()).isEqualTo(request.reason());
                    assertThat(t.agreedBy()).contains(decision.forum());
                });
            }
        }
    }

    @Test
    void extensionRequestsAreRefusedOrPendingToo() {
        List<ExtensionRequest> requests = mid.recommendations().flatMap(r -> r.extensionRequests().stream()).toList();
        List<ExtensionRequest> refused = requests.stream().filter(q -> q.isDecided() && !q.isApproved()).toList();
        List<ExtensionRequest> pending = requests.stream().filter(q -> !q.isDecided()).toList();
        assertThat(refused).hasSizeBetween(60, 180);
        assertThat(pending).hasSizeBetween(15, 80);
        assertThat(refused).allSatisfy(q -> {
            assertThat(q.decision().orElseThrow().outcome()).isEqualTo(ExtensionRequest.Outcome.REFUSED);
            assertThat(q.decision().orElseThrow().note()).isPresent();
            assertThat(q.target().deadline()).isPresent();
        });
        assertThat(refused).extracting(q -> q.decision().orElseThrow().forum()).contains("SORB", "JARAP");
        // a refused request changes no target
        mid.recommendations().forEach(r -> r.extensionRequests().stream().filter(q -> q.isDecided() && !q.isApproved())
                .forEach(q -> assertThat(r.targetHistory()).noneMatch(t -> t.target().equals(q.target())
                        && t.date().equals(Optional.of(q.decision().orElseThrow().date())))));
        RegisterEvaluation evaluation = new StatusEngine().evaluate(mid, RegisterGenerator.DEFAULT_HORIZON);
        for (RecommendationState state : evaluation.states()) {
            if (state.recommendation().extensionRequests().stream().anyMatch(q -> !q.isDecided())) {
                assertThat(state.status().isOutstanding()).as("%s with a pending request is %s", state.id(), state.status()).isTrue();
            }
        }
    }

    @Test
    void extensionRequestsAreDatedInTheRecommendationsLifeAndDecidedAfterTheyWereMade() {
        LocalDate horizon = RegisterGenerator.DEFAULT_HORIZON;
        mid.sources().forEach(source -> source.recommendations().forEach(r -> {
            PartialDate issued = source.date().orElse(PartialDate.ofYear(2000));
            for (int i = 0; i < r.extensionRequests().size(); i++) {
                ExtensionRequest request = r.extensionRequests().get(i);
                assertThat(request.requestedOn().first()).isAfter(issued.first());
                assertThat(request.requestedOn().last()).isBeforeOrEqualTo(horizon);
                request.decision().ifPresent(d -> {
                    assertThat(d.date().last()).isAfterOrEqualTo(request.requestedOn().first()).isBeforeOrEqualTo(horizon);
                });
                if (i > 0) {
                    assertThat(request.requestedOn().last()).isAfterOrEqualTo(r.extensionRequests().get(i - 1).requestedOn().first());
                }
                request.requestedBy().ifPresent(p -> assertThat(mid.person(p)).isPresent());
            }
        }));
    }

    @Test
    void percentCompleteRisesAndReachesOneHundredOnlyWhenClosureIsProposed() {
        List<Recommendation> tracked = mid.recommendations()
                .filter(r -> r.updates().stream().anyMatch(u -> u.percentComplete().isPresent())).toList();
        assertThat(share(mid.recommendations().toList(), tracked::contains)).isCloseTo(0.27, within(0.05));
        assertThat(tracked).anySatisfy(r -> assertThat(r.updates().get(r.updates().size() - 1).percentComplete()).contains(100));
        for (Recommendation r : tracked) {
            List<Integer> percents = r.updates().stream().map(u -> u.percentComplete().orElseThrow()).toList();
            assertThat(percents).as(r.id()).isSorted().allSatisfy(p -> assertThat(p % 5).isZero());
            assertThat(percents.subList(0, percents.size() - 1)).as(r.id()).allSatisfy(p -> assertThat(p).isBetween(0, 95));
            if (percents.get(percents.size() - 1) == 100) {
                assertThat(r.decisions()).extracting(GovernanceDecision::kind).contains(GovernanceDecision.Kind.PROPOSED_CLOSED);
                PartialDate proposed = r.decisions().stream().filter(d -> d.kind() == GovernanceDecision.Kind.PROPOSED_CLOSED)
                        .findFirst().orElseThrow().date();
                assertThat(YearMonth.from(r.updates().get(r.updates().size() - 1).date().first()))
                        .as("the update at 100%% of %s is the one proposing closure", r.id()).isEqualTo(YearMonth.from(proposed.first()));
            }
        }
    }

    @Test
    void statedStatusAndRagMostlyAgreeWithTheEngineAndSomeAreOptimistic() {
        List<Recommendation> all = mid.recommendations().toList();
        assertThat(share(all, r -> r.statedRag().isPresent())).isBetween(0.22, 0.42);
        assertThat(share(all, r -> r.statedStatus().isPresent())).isBetween(0.17, 0.37);
        RegisterEvaluation evaluation = new StatusEngine().evaluate(mid, RegisterGenerator.DEFAULT_HORIZON);
        int compared = 0;
        int disagreeing = 0;
        for (String forum : List.of("JARAP", "SORB")) {
            Discrepancies discrepancies = Discrepancies.of(evaluation, forum);
            assertThat(discrepancies.statedAsOf()).contains(RegisterGenerator.DEFAULT_HORIZON);
            assertThat(discrepancies.unreadable()).isEmpty();
            assertThat(discrepancies.notCompared()).extracting(Discrepancies.Item::stated).containsOnly("Time extension requested");
            assertThat(discrepancies.items()).allSatisfy(item -> {
                assertThat(item.stated()).isIn("Green", "G", "Complete");
                RecommendationState state = evaluation.state(item.recommendationId()).orElseThrow();
                assertThat(state.rag()).isEqualTo(Rag.RED);
                assertThat(state.targets().isPastCurrent()).isTrue();
            });
            compared += discrepancies.compared();
            disagreeing += (int) discrepancies.items().stream().map(Discrepancies.Item::recommendationId).distinct().count();
        }
        assertThat(compared).isGreaterThan(800);
        assertThat(disagreeing).isBetween(5, compared / 20);
        assertThat(all).anySatisfy(r -> assertThat(r.statedStatus()).contains("On track"))
                .anySatisfy(r -> assertThat(r.statedStatus()).contains("Proposed for closure"))
                .anySatisfy(r -> assertThat(r.statedRag()).contains("Blue"))
                .anySatisfy(r -> assertThat(r.statedRag()).contains("A"));
    }

    @Test
    void aFewRecommendationsCarryNotes() {
        List<Recommendation> all = mid.recommendations().toList();
        assertThat(share(all, r -> r.notes().isPresent())).isCloseTo(0.04, within(0.015));
        assertThat(all).anySatisfy(r -> assertThat(r.notes()).contains("Monitored through SORB under the agreed reporting arrangements"));
    }

    @Test
    void roundTripsThroughCanonicalJson() {
        Register register = RegisterGenerator.generate(500, 8);
        assertThat(register.recommendations().filter(r -> !r.extensionRequests().isEmpty() && r.statedRag().isPresent())).isNotEmpty();
        RegisterJson json = new RegisterJson();
        String written = json.writeToString(register);
        Register read = json.read(written, "generated").orElseThrow();
        assertThat(read).isEqualTo(register);
        assertThat(json.writeToString(read)).isEqualTo(written);
    }

    @Test
    void refusesANegativeCountWithAClearMessage() {
        assertThatThrownBy(() -> RegisterGenerator.generate(-1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the number of recommendations to generate must be 0 or more, not -1");
        assertThatThrownBy(() -> RegisterGenerator.Options.of(10, 1).withMaxRecommendationsPerSource(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("recommendations per source must be from 1 to 99, not 0");
    }

    private static Optional<GovernanceDecision.Kind> lastDecision(Recommendation r) {
        return r.decisions().isEmpty() ? Optional.empty() : Optional.of(r.decisions().get(r.decisions().size() - 1).kind());
    }

    private static <T> double share(List<T> items, Predicate<T> test) {
        return (double) items.stream().filter(test).count() / items.size();
    }
}
