package io.github.rectrack.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.rectrack.engine.json.RegisterJson;
import io.github.rectrack.engine.validation.RegisterValidator;
import io.github.rectrack.engine.validation.ValidationReport;
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

    @BeforeAll
    static void setUp() {
        validator = new RegisterValidator();
        large = RegisterGenerator.generate(5_000, 11);
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
        assertThat(kinds).containsAll(EnumSet.complementOf(EnumSet.of(GovernanceDecision.Kind.CLOSURE_DISPUTED)));
    }

    @Test
    void roundTripsThroughCanonicalJson() {
        Register register = RegisterGenerator.generate(500, 8);
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
