package io.github.rectrack.engine.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectrack.engine.change.Change;
import io.github.rectrack.engine.change.Changes;
import io.github.rectrack.engine.change.Stamp;
import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.engine.spi.Finding;
import io.github.rectrack.model.Link;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.ProgressUpdate;
import io.github.rectrack.model.Register;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Validating some sources of a register gives exactly the findings validating the whole register gives there. */
class ValidateSourcesTest {

    static Stamp stamp(int version) {
        return new Stamp("s" + version, Instant.EPOCH, "test", version);
    }

    /** The 2020 register with an error planted in three of its sources, by changes applied without validation. */
    static Register broken() {
        return Changes.replay(ReferenceRegister.LEICESTERSHIRE_2020.load(), List.of(
                new Change.AddUpdate(stamp(0), "code-of-governance-2018-4.1", ProgressUpdate.of(PartialDate.of(2020, 10, 20), "   ")),
                new Change.SetMarking(stamp(1), "seized-found-property-2018-4.1", Optional.of("TOP SECRET")),
                new Change.AddLink(stamp(2), "victims-code-of-practice-2017-4.3", new Link(Link.Kind.DEPENDS_ON, "nowhere",
                        Optional.empty()))));
    }

    @Test
    void eachSourcesFindingsAreThoseTheWholeRegisterHasThere() {
        Register register = broken();
        try (RegisterValidator validator = new RegisterValidator()) {
            List<Finding> whole = validator.validate(register).findings();
            assertThat(whole.stream().filter(Finding::isError)).hasSizeGreaterThanOrEqualTo(3);
            for (int s = 0; s < register.sources().size(); s++) {
                String prefix = "sources[" + s + "]";
                List<Finding> there = whole.stream().filter(f -> f.location().equals(prefix) || f.location().startsWith(prefix + ".")
                        || f.location().startsWith(prefix + "[")).toList();
                assertThat(validator.validateSources(register, Set.of(s)).findings()).as(prefix).containsExactlyInAnyOrderElementsOf(there);
            }
            List<Finding> three = validator.validateSources(register, Set.of(0, 1, 2)).findings();
            assertThat(three).extracting(Finding::location).contains("sources[0].recommendations[0].marking",
                    "sources[1].recommendations[0].links[0].target", "sources[2].recommendations[0].updates[10].text");
        }
    }
}
