package io.github.rectrack.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.model.Source;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Sources sheet's "Printed counts" cell: the count lines a source prints, one priority a line. */
class PrintedCountsCellTest {

    @Test
    void theSeizedAndFoundPropertyCountLinesAreWrittenOneALineAndReadBack() {
        Source seized = ReferenceRegister.LEICESTERSHIRE_2020.load().sources().get(0);
        String cell = TrackerLayout.printedCounts(seized.printedCounts());
        assertThat(cell).isEqualTo("Fundamental: 1\nHousekeeping: 2");
        assertThat(TrackerLayout.printedCounts(cell)).containsExactly(entry("Fundamental", 1), entry("Housekeeping", 2));
        assertThat(TrackerLayout.printedCounts("Fundamental: 1\r\n\r\nHousekeeping :2 ")).containsExactly(entry("Fundamental", 1),
                entry("Housekeeping", 2));
        assertThat(TrackerLayout.printedCounts((String) null)).isEmpty();
        assertThat(TrackerLayout.printedCounts(Map.of())).isEmpty();
    }

    @Test
    void aLineThatIsNotACountIsRefusedSayingWhatIsAccepted() {
        assertThatThrownBy(() -> TrackerLayout.printedCounts("Fundamental: one"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'Fundamental: one' is not a count line: write one priority a line, as 'Housekeeping: 2' (a whole number, 0 or more)");
        assertThatThrownBy(() -> TrackerLayout.printedCounts("Housekeeping: -2")).hasMessageStartingWith("'Housekeeping: -2' is not a count line");
        assertThatThrownBy(() -> TrackerLayout.printedCounts("Housekeeping: 2\nHousekeeping: 3"))
                .hasMessage("'Housekeeping' is counted twice; give each priority one line");
    }
}
