package io.github.rectrack.engine.change;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectrack.engine.json.RegisterJson;
import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.engine.spi.Finding;
import io.github.rectrack.model.Recommendation;
import io.github.rectrack.model.Register;
import io.github.rectrack.model.Source;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The changes between the 2020 JARAP register and the same register edited elsewhere. */
class RegisterDiffTest {

    static final Register JARAP = ReferenceRegister.LEICESTERSHIRE_2020.load();
    static final Instant AT = Instant.parse("2020-10-22T10:00:00Z");

    @Test
    void theChangesFoundRecreateTheEditedRegisterExactly() {
        Register edited = Changes.replay(JARAP, ChangeFixtures.oneOfEach());
        RegisterDiff.Result diff = RegisterDiff.between(JARAP, edited, "as edited in tracker.xlsx", AT, "analyst", "import/1", 7);
        assertThat(diff.unrecordable()).isEmpty();
        assertThat(diff.changes()).extracting(Change::type).containsExactly("person", "request", "update", "extension", "decide",
                "source");
        assertThat(diff.changes()).extracting(c -> c.stamp().version()).containsExactly(7L, 8L, 9L, 10L, 11L, 12L);
        assertThat(diff.changes().get(0).stamp().id()).isEqualTo("import/1/1");
        Register recorded = JARAP;
        for (Change change : diff.changes()) {
            recorded = Changes.apply(recorded, change);
        }
        assertThat(new RegisterJson().writeToString(recorded)).isEqualTo(new RegisterJson().writeToString(edited));
    }

    @Test
    void fieldsChangedBecomeCorrectionsWithTheReasonGiven() {
        Register edited = Changes.replay(JARAP, List.of(new Change.CorrectField(ChangesTest.stamp(0), ChangesTest.GOVERNANCE, "notes",
                java.util.Optional.of("Checked against the minutes"), "x")));
        RegisterDiff.Result diff = RegisterDiff.between(JARAP, edited, "as edited in tracker.xlsx", AT, "analyst", "import/2", 0);
        assertThat(diff.changes()).singleElement().isEqualTo(new Change.CorrectField(new Stamp("import/2/1", AT, "analyst", 0),
                ChangesTest.GOVERNANCE, "notes", java.util.Optional.of("Checked against the minutes"), "as edited in tracker.xlsx"));
    }

    @Test
    void aNewOwnerFromADayWithTheOldOneEndedThenIsAHandOver() {
        Register edited = Changes.replay(JARAP, List.of(
                new Change.AddPerson(ChangesTest.stamp(0), new io.github.rectrack.model.Person("new-cfo", "Chief Finance Officer",
                        java.util.Optional.of("CFO"), java.util.Optional.empty())),
                new Change.HandOver(ChangesTest.stamp(1), ChangesTest.GOVERNANCE, java.util.Optional.empty(), "new-cfo",
                        io.github.rectrack.model.PartialDate.of(2020, 11, 1))));
        RegisterDiff.Result diff = RegisterDiff.between(JARAP, edited, "r", AT, "analyst", "import/4", 0);
        assertThat(diff.unrecordable()).isEmpty();
        assertThat(diff.changes()).extracting(Change::type).containsExactly("person", "owner");
        assertThat(new RegisterJson().writeToString(Changes.replay(JARAP, diff.changes())))
                .isEqualTo(new RegisterJson().writeToString(edited));
    }

    @Test
    void anEntryRemovedOrARecommendationDroppedCannotBeRecordedAndIsNamed() {
        Source governance = JARAP.source("code-of-governance-2018").orElseThrow();
        Recommendation cut = governance.recommendations().get(0).toBuilder()
                .updates(governance.recommendations().get(0).updates().subList(1, governance.recommendations().get(0).updates().size()))
                .build();
        List<Source> sources = JARAP.sources().stream().map(s -> s == governance ? new Source(s.id(), s.kind(), s.title(), s.issuedBy(),
                s.date(), s.assurance(), s.followUpOf(), s.marking(), List.of(cut)) : s).toList();
        Register edited = new Register(JARAP.id(), JARAP.organisation(), JARAP.asOf(), JARAP.scheme(), JARAP.people(), sources);
        RegisterDiff.Result diff = RegisterDiff.between(JARAP, edited, "r", AT, "analyst", "import/3", 0);
        assertThat(diff.changes()).isEmpty();
        assertThat(diff.unrecordable()).containsExactly(Finding.warning("sources[2].recommendations[0].updates",
                "entries were removed; entries are not removed by recording changes"));
    }
}
