package io.github.rectrack.engine.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkingOrderTest {

    @Test
    void findsOfficialListedAfterOfficialSensitive() {
        assertThat(MarkingOrder.misplaced(List.of("OFFICIAL-SENSITIVE", "OFFICIAL")))
                .containsExactly(new MarkingOrder.Misplaced(1, "OFFICIAL", "OFFICIAL-SENSITIVE"));
    }

    @Test
    void namesTheMostRestrictedMarkingListedBeforeEachMisplacedOne() {
        assertThat(MarkingOrder.misplaced(List.of("TOP SECRET", "OFFICIAL", "SECRET", "OFFICIAL-SENSITIVE")))
                .containsExactly(new MarkingOrder.Misplaced(1, "OFFICIAL", "TOP SECRET"),
                        new MarkingOrder.Misplaced(2, "SECRET", "TOP SECRET"),
                        new MarkingOrder.Misplaced(3, "OFFICIAL-SENSITIVE", "TOP SECRET"));
    }

    @Test
    void acceptsTheStandardOrderWithAForcesOwnMarkingsAnywhere() {
        assertThat(MarkingOrder.misplaced(List.of("PAPER MARKED C", "OFFICIAL", "OFFICIAL-SENSITIVE PERSONAL", "OFFICIAL-SENSITIVE",
                "SECRET", "RESTRICTED", "TOP SECRET"))).isEmpty();
        assertThat(MarkingOrder.misplaced(List.of("OFFICIAL", "OFFICIAL-SENSITIVE"))).isEmpty();
    }

    @Test
    void recognisesClassificationsWrittenInOtherCaseOrSpacing() {
        assertThat(MarkingOrder.classificationRank("Official Sensitive")).isEqualTo(1);
        assertThat(MarkingOrder.classificationRank("top-secret")).isEqualTo(3);
        assertThat(MarkingOrder.classificationRank("PAPER MARKED C")).isEqualTo(-1);
        assertThat(MarkingOrder.misplaced(List.of("Official_Sensitive", "official")))
                .containsExactly(new MarkingOrder.Misplaced(1, "official", "Official_Sensitive"));
    }

    @Test
    void saysWhatOrderIsExpected() {
        assertThat(new MarkingOrder.Misplaced(1, "OFFICIAL", "OFFICIAL-SENSITIVE").message()).isEqualTo(
                "'OFFICIAL' is listed after the more restricted 'OFFICIAL-SENSITIVE'; handling markings are listed least restricted "
                        + "first, and the Government Security Classifications go OFFICIAL < OFFICIAL-SENSITIVE < SECRET < TOP SECRET "
                        + "(a force's own markings may stand anywhere)");
    }
}
