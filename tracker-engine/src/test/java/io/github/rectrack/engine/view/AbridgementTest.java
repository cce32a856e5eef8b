package io.github.rectrack.engine.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Free text shortened for a table cell: after a whole sentence where one is near, else at a word. */
class AbridgementTest {

    @Test
    void aShortTextIsKeptWithItsWhiteSpaceFolded() {
        assertThat(Abridgement.abridge("CCTV  in all\ntemporary stores.", 40)).isEqualTo("CCTV in all temporary stores.");
    }

    @Test
    void aLongTextIsCutAfterItsLastWholeSentenceWithinTheLimit() {
        String text = "CCTV in all Temporary Evidential property Stores is now completed and operational. "
                + "The first cohort of officers will have an input from the EPAT on 22nd November 2019. "
                + "A meeting is being arranged with the Tutors course trainer so that evidential property is covered.";
        assertThat(Abridgement.abridge(text, 200)).isEqualTo("CCTV in all Temporary Evidential property Stores is now completed and operational. "
                + "The first cohort of officers will have an input from the EPAT on 22nd November 2019. …");
    }

    @Test
    void aSentenceEndThatWouldKeepLessThanHalfGivesWayToAWordBoundary() {
        String text = "Done. " + "The dashboard is recognised as crucial to enable managers to analyse the volume of property being managed";
        assertThat(Abridgement.abridge(text, 60)).isEqualTo("Done. The dashboard is recognised as crucial to enable…");
    }

    @Test
    void aFullStopBeforeALowerCaseWordOrANumberIsNotASentenceEnd() {
        String text = "On average approx. 62,000 items per year are booked in, and e.g. firearms are counted separately in every store";
        assertThat(Abridgement.abridge(text, 70)).isEqualTo("On average approx. 62,000 items per year are booked in, and e.g.…");
    }
}
