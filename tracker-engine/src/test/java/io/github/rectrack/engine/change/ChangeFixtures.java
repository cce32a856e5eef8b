package io.github.rectrack.engine.change;

import static io.github.rectrack.engine.change.ChangesTest.GOVERNANCE;
import static io.github.rectrack.engine.change.ChangesTest.PROPERTY;

import io.github.rectrack.model.Action;
import io.github.rectrack.model.Evidence;
import io.github.rectrack.model.ExtensionRequest;
import io.github.rectrack.model.GovernanceDecision;
import io.github.rectrack.model.Link;
import io.github.rectrack.model.Ownership;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.Person;
import io.github.rectrack.model.ProgressUpdate;
import io.github.rectrack.model.Recommendation;
import io.github.rectrack.model.Source;
import io.github.rectrack.model.TargetDateParser;
import io.github.rectrack.model.TargetRevision;
import io.github.rectrack.model.UpdateRequest;
import io.github.rectrack.model.UpdateSections;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One change of each kind, in an order the 2020 JARAP register accepts, versions 0, 1, 2... */
public final class ChangeFixtures {

    private ChangeFixtures() {}

    /** @return the changes */
    public static List<Change> oneOfEach() {
        List<Change> changes = new ArrayList<>();
        Recommendation fresh = Recommendation.builder("fleet-2020-1", "1", "Fuel cards are reconciled monthly.", "Significant")
                .title("Fuel card reconciliation")
                .owners(List.of(Ownership.of("head-of-transport")))
                .targetHistory(List.of(new TargetRevision(TargetDateParser.parse("31 December 2020"), Optional.of(PartialDate.ofMonth(2020, 9)),
                        Optional.empty(), Optional.empty())))
                .build();
        changes.add(new Change.AddSource(ChangesTest.stamp(changes.size()), new Source("fleet-2020", Source.Kind.INTERNAL_AUDIT,
                "Fleet Management", Optional.of("Internal audit"), Optional.of(PartialDate.ofMonth(2020, 9)), Optional.of("Limited"),
                Optional.empty(), Optional.empty(), List.of(fresh))));
        changes.add(new Change.AddRecommendation(ChangesTest.stamp(changes.size()), "fleet-2020",
                Recommendation.builder("fleet-2020-2", "2", "Pool cars are booked through one system.", "Housekeeping").build()));
        changes.add(new Change.AddPerson(ChangesTest.stamp(changes.size()), new Person("fleet-manager", "Fleet Manager",
                Optional.of("FM"), Optional.of("Fleet Manager"))));
        changes.add(new Change.RequestUpdate(ChangesTest.stamp(changes.size()), PROPERTY, new UpdateRequest(LocalDate.of(2020, 10, 8),
                Optional.of("epac-manager"), Optional.of(LocalDate.of(2020, 10, 22)), Optional.empty())));
        changes.add(new Change.AddUpdate(ChangesTest.stamp(changes.size()), PROPERTY, new ProgressUpdate(PartialDate.of(2020, 10, 20),
                Optional.of("epac-manager"), "Store audited; 96% of items traced.",
                Optional.of(new UpdateSections(Optional.of("Store audited"), Optional.of("Trace the last 4%"), Optional.empty(), false, false)),
                Optional.empty(), Optional.of(80), Optional.empty())));
        changes.add(new Change.ReviseTarget(ChangesTest.stamp(changes.size()), "fleet-2020-1", new TargetRevision(
                TargetDateParser.parse("31 March 2021"), Optional.of(PartialDate.of(2020, 10, 21)), Optional.of("New telematics contract"),
                Optional.of("JARAP"))));
        changes.add(new Change.RequestExtension(ChangesTest.stamp(changes.size()), GOVERNANCE, new ExtensionRequest(
                PartialDate.of(2020, 10, 12), Optional.of("aco-finance"), TargetDateParser.parse("31 January 2021"),
                Optional.of("New CIPFA guidance"), Optional.empty(), Optional.empty())));
        changes.add(new Change.DecideExtension(ChangesTest.stamp(changes.size()), GOVERNANCE, 1, new ExtensionRequest.Decision(
                ExtensionRequest.Outcome.APPROVED, "JARAP", PartialDate.of(2020, 10, 21), Optional.of("Agreed at the meeting"))));
        changes.add(new Change.RecordDecision(ChangesTest.stamp(changes.size()), "fleet-2020-2", new GovernanceDecision(
                PartialDate.of(2020, 10, 30), "OWNER", GovernanceDecision.Kind.PROPOSED_CLOSED, Optional.empty(),
                Optional.of("Booking system live"), Optional.empty())));
        changes.add(new Change.AddEvidence(ChangesTest.stamp(changes.size()), "fleet-2020-2", new Evidence("Booking system screenshots",
                Optional.of(PartialDate.of(2020, 10, 30)), Optional.of("fleet/booking.pdf"), List.of("212 bookings in October"),
                Optional.empty())));
        changes.add(new Change.HandOver(ChangesTest.stamp(changes.size()), "fleet-2020-1", Optional.empty(), "fleet-manager",
                PartialDate.of(2020, 11, 2)));
        changes.add(new Change.AddAction(ChangesTest.stamp(changes.size()), "fleet-2020-1", new Action("1", "Monthly reconciliation",
                List.of(Ownership.of("fleet-manager")), List.of(), Action.State.NOT_STARTED, Optional.of(PartialDate.of(2020, 11, 2)),
                Optional.empty())));
        changes.add(new Change.SetActionState(ChangesTest.stamp(changes.size()), "fleet-2020-1", "1", Action.State.IN_PROGRESS,
                PartialDate.of(2020, 11, 9)));
        changes.add(new Change.AddLink(ChangesTest.stamp(changes.size()), "fleet-2020-2", new Link(Link.Kind.DEPENDS_ON, "fleet-2020-1",
                Optional.of("same system"))));
        changes.add(new Change.SetMarking(ChangesTest.stamp(changes.size()), "fleet-2020", Optional.of("OFFICIAL")));
        changes.add(new Change.CorrectField(ChangesTest.stamp(changes.size()), "fleet-2020-1", "priority", Optional.of("Fundamental"),
                "the report rates it fundamental"));
        return changes;
    }
}
