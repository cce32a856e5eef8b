package io.github.rectrack.engine.change;

import static io.github.rectrack.engine.change.ChangesTest.stamp;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectrack.engine.publication.Profile;
import io.github.rectrack.engine.publication.Redaction;
import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.ProgressUpdate;
import io.github.rectrack.model.Recommendation;
import io.github.rectrack.model.Register;
import io.github.rectrack.model.ReportDue;
import io.github.rectrack.model.Source;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Changes and redaction keep a source's further report, and an item's kind, parent and addressee. */
class InspectionChangesTest {

    private static final Register LANCASHIRE = ReferenceRegister.LANCASHIRE_HMIC_2016.load();
    private static final String INSPECTION = "hmic-building-the-picture-2015";

    private static Optional<ReportDue> furtherReport(Register register) {
        return register.source(INSPECTION).flatMap(Source::nextReportDue);
    }

    @Test
    void anUpdateAMarkingAndACorrectionKeepTheFurtherReportDue() {
        ReportDue due = furtherReport(LANCASHIRE).orElseThrow();
        Register updated = Changes.apply(LANCASHIRE, new Change.AddUpdate(stamp(0), "btp-lancashire-specific",
                ProgressUpdate.of(PartialDate.ofMonth(2016, 3), "Further report to Strategic Scrutiny.")));
        assertThat(furtherReport(updated)).contains(due);
        Register marked = Changes.apply(LANCASHIRE, new Change.SetMarking(stamp(0), INSPECTION, Optional.of("OFFICIAL-SENSITIVE")));
        assertThat(furtherReport(marked)).contains(due);
        Register corrected = Changes.apply(LANCASHIRE, new Change.CorrectField(stamp(0), INSPECTION, "title",
                Optional.of("Building the Picture"), "shorter title"));
        assertThat(furtherReport(corrected)).contains(due);
        assertThat(corrected.recommendations().filter(Recommendation::watched).map(Recommendation::id))
                .containsExactly("btp-business-area-lead-home-secretary", "btp-college-of-policing", "national-im-action-plan-3.3");
    }

    @Test
    void thePublicProfileKeepsTheFurtherReportTheAddresseesAndAParentUnderItsNewId() {
        Register published = Redaction.of(LANCASHIRE, Profile.PUBLIC).register();
        assertThat(published.sources().get(0).nextReportDue()).hasValueSatisfying(d -> {
            assertThat(d.forum()).isEqualTo("SSM");
            assertThat(d.due()).isEqualTo(PartialDate.ofMonth(2016, 3));
        });
        assertThat(published.recommendations().filter(Recommendation::watched).count()).isEqualTo(3);

        Register peel = ReferenceRegister.ILLUSTRATIVE_PEEL_2022.load();
        Register redacted = Redaction.of(peel, Profile.PUBLIC).register();
        Recommendation cause = redacted.sources().get(0).recommendations().get(0);
        Recommendation child = redacted.sources().get(0).recommendations().get(1);
        assertThat(cause.kind()).isEqualTo(Recommendation.Kind.CAUSE_OF_CONCERN);
        assertThat(child.parent()).contains(cause.id());
    }
}
