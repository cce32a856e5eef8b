package io.github.rectrack.engine.publication;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Plain ASCII text folds character for character, the same as the general fold would. */
class FoldingTest {

    @Test
    void asciiTextFoldsCharacterForCharacter() {
        String text = "Update May 2020:\tEPAC Manager\r\nJ-SMITH (x@y.uk)\u001Fend";
        Folding folding = Folding.of(text);
        assertThat(folding.folded()).isEqualTo("update may 2020: epac manager  j-smith (x@y.uk) end");
        assertThat(folding.start(24)).isEqualTo(24);
        assertThat(folding.end(24)).isEqualTo(24);
    }

    @Test
    void otherTextKeepsWhereEachFoldedCharacterCameFrom() {
        String text = "Caf\u0065\u0301 \u00A0Owner\u200B";
        Folding folding = Folding.of(text);
        assertThat(folding.folded()).isEqualTo("cafe  owner");
        assertThat(text.substring(folding.start(6), folding.end(11))).isEqualTo("Owner");
        assertThat(Folding.fold("ASCII\u0007bell")).isEqualTo("ascii\u0007bell");
    }
}
