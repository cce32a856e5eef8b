package io.github.rectrack.engine.rag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.github.rectrack.engine.evaluation.StatusEngine;
import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.engine.spi.rag.Rag;
import io.github.rectrack.engine.spi.rag.RagSettings;
import io.github.rectrack.model.Register;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each built-in RAG policy says what its colours mean, as its settings and the scheme's scale make them. */
class ColourMeaningsTest {

    private static final List<String> MAZARS = List.of("Fundamental", "Significant", "Housekeeping");
    private static final List<String> LATER = List.of("High", "Medium", "Low");

    @Test
    void theReferencePolicyUsesThePapersWordsAndNamesWhereEachUnsettledCaseGoes() {
        assertThat(new ReferenceRagPolicy().colourMeanings(RagSettings.none(), MAZARS)).containsExactly(
                entry(Rag.RED, "Outstanding and past its target date"),
                entry(Rag.AMBER, "In progress and within its target date; also those outstanding with no deadline (TBC, ongoing)"
                        + " and those hibernated and those proposed for closure and awaiting the panel's decision"),
                entry(Rag.GREEN, "Completed and closed; also those moved to business as usual"),
                entry(Rag.GREY, "Superseded / not adopted"));
        // The other answer to every question.
        Map<Rag, String> other = new ReferenceRagPolicy().colourMeanings(new RagSettings(Map.of("proposedClosed", "GREEN",
                "noDeadline", "RED", "hibernated", "GREY", "overdueAgainst", "ORIGINAL", "businessAsUsual", "GREY")), MAZARS);
        assertThat(other).containsExactly(
                entry(Rag.RED, "Outstanding and past its original target date; also those outstanding with no deadline (TBC, ongoing)"),
                entry(Rag.AMBER, "In progress and within its original target date"),
                entry(Rag.GREEN, "Completed and closed; also those proposed for closure and awaiting the panel's decision"),
                entry(Rag.GREY, "Superseded / not adopted; also those hibernated and those moved to business as usual"));
        assertThat(new ReferenceRagPolicy().colourMeanings(new RagSettings(Map.of("hibernated", "BY_TARGET")), MAZARS).get(Rag.AMBER))
                .doesNotContain("hibernated");
    }

    @Test
    void thePriorityPolicyNamesThePrioritiesEachColourIsGiven() {
        assertThat(new PriorityRagPolicy().colourMeanings(RagSettings.none(), MAZARS)).containsExactly(
                entry(Rag.RED, "Fundamental priority"),
                entry(Rag.AMBER, "Significant priority"),
                entry(Rag.GREEN, "Housekeeping priority"),
                entry(Rag.GREY, "Superseded or not accepted, whatever the priority"));
        assertThat(new PriorityRagPolicy().colourMeanings(new RagSettings(Map.of("priority.Medium", "RED", "inactive", "PRIORITY")), LATER))
                .containsExactly(
                        entry(Rag.RED, "High and Medium priority"),
                        entry(Rag.AMBER, "Not used"),
                        entry(Rag.GREEN, "Low priority"),
                        entry(Rag.GREY, "Not used"));
        assertThat(new PriorityRagPolicy().colourMeanings(new RagSettings(Map.of("priority.D", "GREY")), List.of("A", "B", "C", "D")))
                .containsExactly(
                        entry(Rag.RED, "A priority"),
                        entry(Rag.AMBER, "B and C priority"),
                        entry(Rag.GREEN, "Not used"),
                        entry(Rag.GREY, "D priority; also superseded or not accepted, whatever the priority"));
    }

    @Test
    void aPolicyThatDoesNotDescribeItsColoursSaysItRatesThem() {
        assertThat(new BusyBoardPolicy().colourMeanings(RagSettings.none(), MAZARS)).containsOnlyKeys(Rag.values())
                .allSatisfy((rag, meaning) -> assertThat(meaning).isEqualTo("As the 'slippage' RAG policy rates it"));
    }

    @Test
    void aSettingThePolicyDoesNotKnowIsRefusedAsConfigureRefusesIt() {
        assertThatThrownBy(() -> new PriorityRagPolicy().colourMeanings(new RagSettings(Map.of("proposedClosed", "GREEN")), MAZARS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("proposedClosed");
    }

    @Test
    void theEvaluationCarriesTheMeaningsOfThePolicyThatColouredIt() {
        Register register = ReferenceRegister.LEICESTERSHIRE_2020.load();
        // The 2020 scheme counts an item proposed for closure green, as the paper's table does.
        assertThat(new StatusEngine().evaluate(register, ReferenceRegister.LEICESTERSHIRE_2020.paperDate()).colourMeanings())
                .containsEntry(Rag.GREEN, "Completed and closed; also those proposed for closure and awaiting the panel's decision"
                        + " and those moved to business as usual")
                .containsEntry(Rag.RED, "Outstanding and past its target date");
    }
}
