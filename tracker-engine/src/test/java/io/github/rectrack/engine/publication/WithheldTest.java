package io.github.rectrack.engine.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The sentence a paper prints about what was withheld. */
class WithheldTest {

    @Test
    void twoKindsAreJoinedWithAnd() {
        Withheld withheld = new Withheld(Profile.PANEL, 0, 3, 0, 5, 0, 0, 0, List.of("OFFICIAL-SENSITIVE"), false);
        assertThat(withheld.statement()).contains("This paper omits 3 recommendations and 5 updates marked OFFICIAL-SENSITIVE.");
        assertThat(withheld.total()).isEqualTo(8);
    }

    @Test
    void oneOfAKindIsSingularAndNamesAreMentionedWhenReplaced() {
        Withheld withheld = new Withheld(Profile.PUBLIC, 0, 0, 0, 1, 0, 0, 2, List.of("OFFICIAL-SENSITIVE", "SECRET"), true);
        assertThat(withheld.statement()).contains("This paper omits 1 update and 2 evidence items marked OFFICIAL-SENSITIVE or SECRET; "
                + "names are shown as initials or roles.");
    }

    @Test
    void extensionRequestsAreCountedAfterUpdates() {
        Withheld withheld = new Withheld(Profile.PUBLIC, 0, 0, 0, 2, 1, 0, 0, 0, List.of("OFFICIAL-SENSITIVE"), false);
        assertThat(withheld.statement()).contains("This paper omits 2 updates and 1 extension request marked OFFICIAL-SENSITIVE.");
        assertThat(withheld.total()).isEqualTo(3);
        assertThat(new Withheld(Profile.PANEL, 0, 3, 0, 5, 0, 0, 0, List.of(), false).extensionRequests()).isZero();
    }

    @Test
    void nothingWithheldHasNoStatement() {
        assertThat(Withheld.nothing(Profile.PUBLIC).statement()).isEmpty();
        assertThat(Withheld.nothing(Profile.PUBLIC).isEmpty()).isTrue();
    }

    @Test
    void countsCannotBeNegative() {
        assertThatThrownBy(() -> new Withheld(Profile.PANEL, 0, -1, 0, 0, 0, 0, 0, List.of(), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a withheld count cannot be negative: -1");
    }
}
