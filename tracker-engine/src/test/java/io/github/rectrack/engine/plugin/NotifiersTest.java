package io.github.rectrack.engine.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rectrack.engine.spi.Finding;
import io.github.rectrack.engine.spi.Notice;
import io.github.rectrack.engine.spi.Notifier;
import io.github.rectrack.engine.spi.Options;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotifiersTest {

    @Test
    void theEngineAloneShipsNoNotifier() {
        Notifiers notifiers = Notifiers.discover();
        assertThat(notifiers.all()).isEmpty();
        assertThat(notifiers.failures()).isEmpty();
        assertThatThrownBy(() -> notifiers.notifier("eml")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no notifier has id 'eml'; the notifiers are []");
    }

    @Test
    void choosesANotifierAddedByHandByItsId() {
        Notifier teams = new Named("teams");
        Notifiers notifiers = Notifiers.builder().discover(false).add(new Named("post")).add(teams).build();
        assertThat(notifiers.notifier("teams")).isSameAs(teams);
        assertThat(notifiers.find("teams")).containsSame(teams);
        assertThat(notifiers.find("smtp")).isEmpty();
        assertThat(notifiers.all()).containsOnlyKeys("post", "teams");
    }

    @Test
    void anUnknownIdListsTheIdsThereAre() {
        Notifiers notifiers = Notifiers.builder().discover(false).add(new Named("teams")).add(new Named("post")).build();
        assertThatThrownBy(() -> notifiers.notifier("smtp")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no notifier has id 'smtp'; the notifiers are [post, teams]");
    }

    @Test
    void twoNotifiersClaimingOneIdIsAnErrorNamingBothClasses() {
        assertThatThrownBy(() -> Notifiers.builder().discover(false).add(new Named("post")).add(new Other("post")).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("two notifiers claim id 'post': io.github.rectrack.engine.plugin.NotifiersTest$Named (file:")
                .hasMessageContaining(") and io.github.rectrack.engine.plugin.NotifiersTest$Other (file:")
                .hasMessageEndingWith("; remove one of the jars from the class path or plug-in directory");
    }

    @Test
    void aNotifierWithoutAnIdIsLeftOutAndNamedWhileTheOthersWork() {
        Notifiers notifiers = Notifiers.builder().discover(false).add(new Named(null)).add(new Named("post")).build();
        assertThat(notifiers.all()).containsOnlyKeys("post");
        assertThat(notifiers.failures()).singleElement().asString()
                .startsWith("the notifier io.github.rectrack.engine.plugin.NotifiersTest$Named (file:")
                .endsWith(" is left out: its id() returned null; a plug-in must give a non-blank id");
        assertThatThrownBy(() -> notifiers.notifier("smtp"))
                .hasMessageStartingWith("no notifier has id 'smtp'; the notifiers are [post] (some plug-ins failed to load: [the notifier ");
    }

    /** A stand-in notifier for registry tests. */
    static class Named implements Notifier {
        private final String id;

        Named(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String description() {
            return "a stand-in";
        }

        @Override
        public List<Finding> notify(Notice notice, Options options) {
            throw new UnsupportedOperationException("not used by these tests");
        }
    }

    /** Another class, to clash with {@link Named}. */
    static final class Other extends Named {
        Other(String id) {
            super(id);
        }
    }
}
