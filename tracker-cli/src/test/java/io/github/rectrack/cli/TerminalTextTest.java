package io.github.rectrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectrack.model.PartialDate;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Wrapping for the terminal, and dates as papers write them. */
class TerminalTextTest {

    @Test
    void wrapsAtWordBoundariesWithAHangingIndent() {
        // From the Leicestershire paper's update on Wellbeing Groups (4.2).
        String text = "Each of the four Wellbeing Boards which feed into the Wellbeing Leadership Board has a plan on a page for the year.";

        assertThat(TerminalText.wrap("  Context: ", text, "      ", 40)).containsExactly(
                "  Context: Each of the four Wellbeing",
                "      Boards which feed into the",
                "      Wellbeing Leadership Board has a",
                "      plan on a page for the year.");
    }

    @Test
    void foldsLineBreaksAndCutsAWordWiderThanALine() {
        assertThat(TerminalText.wrap("", "BC4 VCoP\nJARAP  Update", "  ", 80)).containsExactly("BC4 VCoP JARAP Update");
        assertThat(TerminalText.wrap("- ", "https://example.org/a-very-long-address", "  ", 12)).containsExactly(
                "- https://ex", "  ample.org/", "  a-very-lon", "  g-address");
    }

    @Test
    void writesDatesAsPapersDo() {
        assertThat(TerminalText.day(LocalDate.of(2024, 10, 8))).isEqualTo("8 October 2024");
        assertThat(TerminalText.date(PartialDate.ofMonth(2020, 5))).isEqualTo("May 2020");
        assertThat(TerminalText.date(PartialDate.ofYear(2019))).isEqualTo("2019");
    }
}
