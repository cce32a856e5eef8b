package io.github.rectrack.engine.rag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rectrack.engine.Fixtures;
import io.github.rectrack.engine.spi.rag.Rag;
import io.github.rectrack.engine.spi.rag.RagContext;
import io.github.rectrack.engine.spi.rag.RagPolicy;
import io.github.rectrack.engine.spi.rag.RagSettings;
import io.github.rectrack.engine.status.Status;
import io.github.rectrack.engine.status.TargetStatus;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.Recommendation;
import io.github.rectrack.model.Source;
import io.github.rectrack.model.TargetDate;
import io.github.rectrack.model.TargetRevision;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RagPolicyTest {

    private static final LocalDate DAY = LocalDate.of(2020, 10, 16);
    private static final List<TargetRevision> SLIPPED = List.of(
            TargetRevision.of(TargetDate.parse("March 2019")),
            new TargetRevision(TargetDate.parse("31st December 2020"), Optional.of(PartialDate.ofMonth(2019, 6)), Optional.empty(), Optional.empty()));
    private static final List<TargetRevision> PASSED = List.of(TargetRevision.of(TargetDate.parse("30th April 2020")));
    private static final List<TargetRevision> TBC = List.of(TargetRevision.of(TargetDate.tbc()));

    @ParameterizedTest(name = "{0} with {1} target -> {2}")
    @CsvSource({
            "IN_PROGRESS, passed, RED",
            "OPEN, passed, RED",
            "FURTHER_EVIDENCE_REQUESTED, passed, RED",
            "REOPENED, passed, RED",
            "IN_PROGRESS, slipped, AMBER",
            "IN_PROGRESS, tbc, AMBER",
            "PROPOSED_CLOSED, passed, AMBER",
            "CLOSURE_AGREED, passed, AMBER",
            "CLOSED, passed, GREEN",
            "BUSINESS_AS_USUAL, passed, GREEN",
            "SUPERSEDED, passed, GREY",
            "NOT_ACCEPTED, slipped, GREY",
            "HIBERNATED, passed, AMBER",
    })
    void theReferencePolicyByDefault(Status status, String target, Rag expected) {
        assertThat(colour(new ReferenceRagPolicy(), Map.of(), status, target)).isEqualTo(expected);
    }

    @Test
    void theReferencePolicysOpenQuestionsAreSettings() {
        RagPolicy reference = new ReferenceRagPolicy();
        assertThat(colour(reference, Map.of("proposedClosed", "GREEN"), Status.PROPOSED_CLOSED, "passed")).isEqualTo(Rag.GREEN);
        assertThat(colour(reference, Map.of("proposedClosed", "GREEN"), Status.CLOSURE_AGREED, "passed")).isEqualTo(Rag.GREEN);
        assertThat(colour(reference, Map.of("noDeadline", "RED"), Status.IN_PROGRESS, "tbc")).isEqualTo(Rag.RED);
        assertThat(colour(reference, Map.of("hibernated", "BY_TARGET"), Status.HIBERNATED, "passed")).isEqualTo(Rag.RED);
        assertThat(colour(reference, Map.of("hibernated", "GREY"), Status.HIBERNATED, "passed")).isEqualTo(Rag.GREY);
        assertThat(colour(reference, Map.of("overdueAgainst", "ORIGINAL"), Status.IN_PROGRESS, "slipped")).isEqualTo(Rag.RED);
        assertThat(colour(reference, Map.of("businessAsUsual", "GREY"), Status.BUSINESS_AS_USUAL, "passed")).isEqualTo(Rag.GREY);
    }

    @Test
    void rejectsSettingsItDoesNotKnowOrValuesItDoesNotAccept() {
        RagPolicy reference = new ReferenceRagPolicy();
        assertThatThrownBy(() -> reference.configure(new RagSettings(Map.of("proposedClosed", "BLUE"))))
                .hasMessage("RAG setting 'proposedClosed' is 'BLUE'; expected one of GREEN, AMBER");
        assertThatThrownBy(() -> reference.configure(new RagSettings(Map.of("proposedclosed", "GREEN"))))
                .hasMessage("RAG policy 'reference' has no setting [proposedclosed]; its settings are "
                        + "[businessAsUsual, hibernated, noDeadline, overdueAgainst, proposedClosed]");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"Fundamental, RED", "Significant, AMBER", "Housekeeping, GREEN"})
    void thePriorityPolicyColoursByPriority(String priority, Rag expected) {
        RagPolicy.Colouring colouring = new PriorityRagPolicy().configure(RagSettings.none());
        assertThat(colouring.colour(context(priority, Status.CLOSED, PASSED))).isEqualTo(expected);
        assertThat(colouring.colour(context(priority, Status.IN_PROGRESS, TBC))).isEqualTo(expected);
        assertThat(colouring.colour(context(priority, Status.SUPERSEDED, TBC))).isEqualTo(Rag.GREY);
    }

    @Test
    void thePriorityPolicyTakesAColourPerPriority() {
        RagPolicy.Colouring colouring = new PriorityRagPolicy().configure(new RagSettings(Map.of("priority.Housekeeping", "AMBER", "inactive", "PRIORITY")));
        assertThat(colouring.colour(context("Housekeeping", Status.OPEN, TBC))).isEqualTo(Rag.AMBER);
        assertThat(colouring.colour(context("Fundamental", Status.SUPERSEDED, TBC))).isEqualTo(Rag.RED);
        assertThatThrownBy(() -> new PriorityRagPolicy().configure(new RagSettings(Map.of("colour.High", "RED"))))
                .hasMessage("RAG policy 'priority' has no setting [colour.High]; its settings are [inactive, priority.*]");
    }

    private static Rag colour(RagPolicy policy, Map<String, String> settings, Status status, String target) {
        List<TargetRevision> history = switch (target) {
            case "passed" -> PASSED;
            case "slipped" -> SLIPPED;
            default -> TBC;
        };
        return policy.configure(new RagSettings(settings)).colour(context("Significant", status, history));
    }

    private static RagContext context(String priority, Status status, List<TargetRevision> history) {
        Recommendation rec = Recommendation.builder("r", "4.1", "text", priority).targetHistory(history).build();
        Source source = new Source("s", Source.Kind.INTERNAL_AUDIT, "Audit", Optional.empty(), Optional.empty(), Optional.of("Limited"),
                Optional.empty(), Optional.empty(), List.of(rec));
        return new RagContext(source, rec, status, TargetStatus.of(history, DAY),
                Fixtures.scheme().priorityRank(priority), Fixtures.scheme().priorities().size(), DAY);
    }
}
