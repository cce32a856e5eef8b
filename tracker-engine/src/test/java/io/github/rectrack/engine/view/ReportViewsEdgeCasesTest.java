package io.github.rectrack.engine.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rectrack.engine.Fixtures;
import io.github.rectrack.engine.evaluation.RegisterEvaluation;
import io.github.rectrack.engine.evaluation.StatusEngine;
import io.github.rectrack.engine.status.Status;
import io.github.rectrack.model.Evidence;
import io.github.rectrack.model.GovernanceDecision;
import io.github.rectrack.model.Ownership;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.ProgressUpdate;
import io.github.rectrack.model.Recommendation;
import io.github.rectrack.model.Register;
import io.github.rectrack.model.Source;
import io.github.rectrack.model.TargetDate;
import io.github.rectrack.model.TargetRevision;
import io.github.rectrack.model.UpdateRequest;
import io.github.rectrack.model.UpdateSections;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The views on small registers built in code, one edge case at a time. */
class ReportViewsEdgeCasesTest {

    private static final StatusEngine ENGINE = new StatusEngine();
    private static final LocalDate PAPER = LocalDate.of(2020, 10, 16);

    private static Register withOne(Recommendation recommendation) {
        return Fixtures.withSources(List.of(new Source("limited", Source.Kind.INTERNAL_AUDIT, "Limited audit", Optional.of("Mazars"),
                Optional.of(PartialDate.ofMonth(2019, 1)), Optional.of("Limited"), Optional.empty(), Optional.empty(),
                List.of(recommendation))));
    }

    private static ReportViews views(Register register, LocalDate asOf) {
        return ReportViews.of(ENGINE.evaluate(register, asOf), "JARAP");
    }

    private static GovernanceDecision decision(PartialDate date, String forum, GovernanceDecision.Kind kind) {
        return new GovernanceDecision(date, forum, kind, Optional.empty(), Optional.empty(), Optional.empty());
    }

    // ---- empty register ----------------------------------------------------------------------------

    @Test
    void anEmptyRegisterGivesEmptyViews() {
        ReportViews views = views(Fixtures.withSources(List.of()), PAPER);

        assertThat(views.closureReadiness().items()).isEmpty();
        assertThat(views.slippage().items()).isEmpty();
        assertThat(views.appendix().sources()).isEmpty();
        assertThat(views.chaseList().owners()).isEmpty();
        assertThat(views.chaseList().unowned()).isEmpty();
        assertThat(views.monitoredElsewhere().items()).isEmpty();
        assertThat(views.summary().total()).isZero();
        Movement movement = views.movementSince(ENGINE.evaluate(Fixtures.withSources(List.of()), PAPER.minusDays(1)));
        assertThat(List.of(movement.newItems(), movement.newlyClosed(), movement.newlyRed(), movement.targetsRevised(),
                movement.statusChanges())).allSatisfy(l -> assertThat(l).isEmpty());
        assertThat(movement.declinedClosures()).isEmpty();
    }

    // ---- no targets, unknown priorities -----------------------------------------------------------

    @Test
    void anItemWithNoTargetIsNeverSlippedAndShowsNoTarget() {
        Recommendation noTarget = Fixtures.missingFirearm().toBuilder().targetHistory(List.of()).build();
        ReportViews views = views(withOne(noTarget), PAPER);

        assertThat(views.slippage().items()).isEmpty();
        Appendix.Entry entry = views.appendix().sources().get(0).items().get(0);
        assertThat(entry.targets()).isEmpty();
        assertThat(entry.currentTarget()).isEmpty();
        assertThat(entry.actions()).extracting(a -> a.targets().size()).containsOnly(0);
    }

    @Test
    void aPriorityTheSchemeDoesNotDefineIsCountedAfterTheSchemesOwn() {
        Recommendation odd = Fixtures.missingFirearm().toBuilder().priority("Urgent").build();
        Appendix.Section section = views(withOne(odd), PAPER).appendix().sources().get(0);

        assertThat(section.countsByPriority()).containsExactly(Map.entry("Fundamental", 0), Map.entry("Significant", 0),
                Map.entry("Housekeeping", 0), Map.entry("Urgent", 1));
        assertThat(section.count("Urgent")).isEqualTo(1);
        assertThat(section.count("Nonexistent")).isZero();
    }

    // ---- slippage ----------------------------------------------------------------------------------

    @Test
    void slippageFallsBackToTheRevisionReasonAndAbridgesAtAWordBoundary() {
        String longText = "word ".repeat(100).strip();
        Recommendation noUpdates = Fixtures.missingFirearm().toBuilder().updates(List.of()).build();
        Slippage.Item item = views(withOne(noUpdates), PAPER).slippage().items().get(0);
        assertThat(item.context()).contains("dependent upon delivery of the complete data warehouse");
        assertThat(item.contextDate()).contains(PartialDate.ofMonth(2020, 10));
        assertThat(item.revisions()).isEqualTo(3);
        // November 2018 revision came after "End March 2018" had passed.
        assertThat(item.changedAfterPassing()).isTrue();
        assertThat(item.daysPastOriginal()).isEqualTo(930);
        assertThat(item.daysPastCurrent()).isEqualTo(OptionalLong.empty());

        Recommendation wordy = Fixtures.missingFirearm().toBuilder()
                .updates(List.of(ProgressUpdate.of(PartialDate.ofMonth(2020, 9), longText))).build();
        Slippage.Item abridged = views(withOne(wordy), PAPER).slippage().items().get(0);
        assertThat(abridged.context()).contains("word ".repeat(60).strip() + "…");
    }

    @Test
    void anItemProposedForClosureOnTimeHasNotSlipped() {
        Recommendation onTime = Fixtures.missingFirearm().toBuilder()
                .targetHistory(List.of(TargetRevision.of(TargetDate.on(LocalDate.of(2020, 5, 31)))))
                .decisions(List.of(decision(PartialDate.of(2020, 5, 20), "OWNER", GovernanceDecision.Kind.PROPOSED_CLOSED)))
                .build();
        Recommendation late = onTime.toBuilder()
                .decisions(List.of(decision(PartialDate.ofMonth(2020, 6), "OWNER", GovernanceDecision.Kind.PROPOSED_CLOSED)))
                .build();

        assertThat(views(withOne(onTime), PAPER).slippage().items()).isEmpty();
        assertThat(views(withOne(late), PAPER).slippage().items()).extracting(Slippage.Item::status)
                .containsExactly(Status.PROPOSED_CLOSED);
    }

    // ---- closure readiness -------------------------------------------------------------------------

    @Test
    void anUnansweredRequestForEvidenceAfterTheBoardAgreedIsReported() {
        Recommendation base = Fixtures.communicationWithVictims().toBuilder()
                .updates(List.of(ProgressUpdate.of(PartialDate.ofMonth(2020, 6), "The process has been implemented; dip sampling continues.")))
                .decisions(List.of(
                        decision(PartialDate.ofMonth(2020, 1), "OWNER", GovernanceDecision.Kind.PROPOSED_CLOSED),
                        decision(PartialDate.ofMonth(2020, 7), "JARAP", GovernanceDecision.Kind.FURTHER_EVIDENCE_REQUESTED),
                        decision(PartialDate.ofMonth(2020, 8), "SORB", GovernanceDecision.Kind.CLOSURE_AGREED)))
                .build();
        ClosureReadiness.Item open = views(withOne(base), PAPER).closureReadiness().items().get(0);
        assertThat(open.status()).isEqualTo(Status.CLOSURE_AGREED);
        assertThat(open.failures()).containsExactly(new ClosureReadiness.Failure(ClosureReadiness.Check.NO_OPEN_EVIDENCE_REQUEST,
                "further evidence requested on 2020-07 and no later update or evidence"));
        assertThat(open.boardAgreement()).contains(PartialDate.ofMonth(2020, 8));

        Recommendation answered = base.toBuilder().evidence(List.of(new Evidence("PDR figures", Optional.of(PartialDate.of(2020, 7, 20)),
                Optional.empty(), List.of("81.1%"), Optional.empty()))).build();
        ClosureReadiness.Item ready = views(withOne(answered), PAPER).closureReadiness().items().get(0);
        assertThat(ready.ready()).isTrue();
        assertThat(ready.figureCount()).isEqualTo(1);
    }

    @Test
    void anItemWithNothingFailsEveryCheckWithReasons() {
        Recommendation bare = Fixtures.communicationWithVictims().toBuilder()
                .updates(List.of()).evidence(List.of())
                .decisions(List.of(decision(PartialDate.ofMonth(2020, 9), "OWNER", GovernanceDecision.Kind.PROPOSED_CLOSED)))
                .build();
        ClosureReadiness.Item item = views(withOne(bare), PAPER).closureReadiness().items().get(0);

        assertThat(item.failures()).extracting(ClosureReadiness.Failure::reason).containsExactly(
                "no progress update as of 2020-10-16",
                "no evidence recorded as of 2020-10-16",
                "the board has not agreed the closure since the latest proposal to close (2020-09)");
    }

    @Test
    void implementationIsStatedBySectionsOrByWordsNotCancelled() {
        assertThat(states("The new process has been implemented across all areas.")).isTrue();
        assertThat(states("This is now considered Completed.")).isTrue();
        assertThat(states("Action complete")).isTrue();
        assertThat(states("I propose that this recommendation be considered completed and closed.")).isTrue();
        assertThat(states("The system has not yet been implemented.")).isFalse();
        assertThat(states("Training is to be completed by the summer.")).isFalse();
        assertThat(states("The supplier will complete the build in March.")).isFalse();
        assertThat(states("Figures for personnel with a completed PDR are attached.")).isFalse();
        assertThat(states("Incomplete returns were chased.")).isFalse();
        ProgressUpdate sections = new ProgressUpdate(PartialDate.ofMonth(2020, 9), Optional.empty(), "See sections.",
                Optional.of(new UpdateSections(Optional.of("All done"), Optional.empty(), Optional.empty(), true, true)),
                Optional.empty(), Optional.empty());
        assertThat(ClosureReadiness.statesImplemented(sections)).isTrue();
    }

    private static boolean states(String text) {
        return ClosureReadiness.statesImplemented(ProgressUpdate.of(PartialDate.ofMonth(2020, 9), text));
    }

    // ---- chase list --------------------------------------------------------------------------------

    @Test
    void chaseListGroupsByCurrentOwnerWithRequestCounts() {
        Recommendation chased = Fixtures.missingFirearm().toBuilder()
                .updates(List.of(ProgressUpdate.of(PartialDate.ofMonth(2020, 5), "CCTV quotes being obtained.")))
                .updateRequests(List.of(
                        new UpdateRequest(LocalDate.of(2020, 8, 1), Optional.empty(), Optional.empty(), Optional.of(LocalDate.of(2020, 8, 3))),
                        new UpdateRequest(LocalDate.of(2020, 9, 1), Optional.empty(), Optional.empty(), Optional.empty()),
                        new UpdateRequest(LocalDate.of(2020, 10, 8), Optional.empty(), Optional.empty(), Optional.of(LocalDate.of(2020, 10, 20))),
                        new UpdateRequest(LocalDate.of(2020, 11, 1), Optional.empty(), Optional.empty(), Optional.empty())))
                .build();
        ChaseList chase = views(withOne(chased), PAPER).chaseList();

        // The property manager handed over in June 2019; the EPAC Manager owns both current strands and
        // is listed once.
        assertThat(chase.owners()).singleElement().satisfies(owner -> {
            assertThat(owner.personId()).isEqualTo("epac-manager");
            assertThat(owner.name()).isEqualTo("EPAC Manager");
            assertThat(owner.role()).contains("EPAC Manager");
            assertThat(owner.items()).singleElement().satisfies(item -> {
                assertThat(item.reasons()).containsExactly(ChaseList.Reason.UPDATE_OVERDUE, ChaseList.Reason.UNANSWERED_REQUEST);
                assertThat(item.lastUpdate()).contains(PartialDate.ofMonth(2020, 5));
                // From 31 May 2020 to 16 October 2020.
                assertThat(item.daysSinceLastUpdate()).hasValue(138);
                // Three requests by the day (the November one is later); 1 September and 8 October unanswered then.
                assertThat(item.requests()).isEqualTo(3);
                assertThat(item.unansweredRequests()).isEqualTo(2);
                assertThat(item.lastRequest()).contains(LocalDate.of(2020, 10, 8));
            });
        });
        assertThat(views(withOne(chased), PAPER).chaseList(200).owners().get(0).items().get(0).reasons())
                .containsExactly(ChaseList.Reason.UNANSWERED_REQUEST);
        assertThat(chase.unowned()).isEmpty();
    }

    @Test
    void chaseListLeavesOutHibernatedItemsAndListsUnownedOnesApart() {
        Recommendation hibernated = Fixtures.missingFirearm().toBuilder().updates(List.of())
                .decisions(List.of(decision(PartialDate.ofMonth(2020, 3), "OWNER", GovernanceDecision.Kind.HIBERNATED))).build();
        Recommendation unowned = Fixtures.missingFirearm().toBuilder().id("unowned")
                .updates(Fixtures.missingFirearm().updates().subList(0, 2)).owners(List.of(
                new Ownership("epac-manager", Optional.empty(), Optional.empty(), Optional.of(PartialDate.ofMonth(2020, 1))))).build();
        Register register = Fixtures.withSources(List.of(new Source("s", Source.Kind.INTERNAL_AUDIT, "S", Optional.empty(),
                Optional.empty(), Optional.of("Limited"), Optional.empty(), Optional.empty(),
                List.of(hibernated, Fixtures.communicationWithVictims(), unowned))));
        ChaseList chase = ChaseList.of(ENGINE.evaluate(register, PAPER));

        // The hibernated item owes no update; the victims item, sent back for more evidence in July 2020, is
        // outstanding again and its last update (January 2020) is 259 days old.
        assertThat(chase.owners()).singleElement().satisfies(owner -> {
            assertThat(owner.name()).isEqualTo("D/Supt, Head of Crime");
            assertThat(owner.items()).extracting(ChaseList.Item::recommendationId, ChaseList.Item::status, ChaseList.Item::daysSinceLastUpdate)
                    .containsExactly(org.assertj.core.api.Assertions.tuple("vcop-2017-4.3", Status.FURTHER_EVIDENCE_REQUESTED, OptionalLong.of(259)));
        });
        // Its only owner handed over in January 2020.
        assertThat(chase.unowned()).extracting(ChaseList.Item::recommendationId, ChaseList.Item::reasons)
                .containsExactly(org.assertj.core.api.Assertions.tuple("unowned", Set.of(ChaseList.Reason.UPDATE_OVERDUE)));
    }

    @Test
    void chaseListRefusesANegativeThreshold() {
        RegisterEvaluation evaluation = ENGINE.evaluate(Fixtures.register(), PAPER);
        assertThatThrownBy(() -> ChaseList.of(evaluation, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("staleAfterDays must be 0 or more days, not -1");
    }

    // ---- movement ----------------------------------------------------------------------------------

    @Test
    void movementRefusesTheSameDayOrTheWrongOrder() {
        RegisterEvaluation october = ENGINE.evaluate(Fixtures.register(), PAPER);
        RegisterEvaluation july = ENGINE.evaluate(Fixtures.register(), LocalDate.of(2020, 7, 16));

        assertThatThrownBy(() -> Movement.between(october, october, "JARAP"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("movement needs the earlier evaluation to be before the later, but the earlier is as of 2020-10-16"
                        + " and the later as of 2020-10-16; pass the last meeting's evaluation first");
        assertThatThrownBy(() -> Movement.between(october, july, "JARAP"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("earlier is as of 2020-10-16");
    }

    @Test
    void movementRefusesTwoDifferentRegisters() {
        Register other = new Register("another", "Another force", Fixtures.scheme(), List.of(), List.of());
        assertThatThrownBy(() -> Movement.between(ENGINE.evaluate(other, LocalDate.of(2020, 7, 16)),
                ENGINE.evaluate(Fixtures.register(), PAPER), "JARAP"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("movement needs two evaluations of the same register, but the earlier is of 'another' and the later of"
                        + " 'leicestershire-test'; evaluate one register on both days");
    }

    @Test
    void movementFindsNewlyRedAndNewlyClosedItems() {
        Recommendation firearm = Fixtures.missingFirearm().toBuilder()
                .targetHistory(List.of(TargetRevision.of(TargetDate.on(LocalDate.of(2020, 9, 30))))).build();
        Recommendation victims = Fixtures.communicationWithVictims().toBuilder()
                .decisions(List.of(decision(PartialDate.ofMonth(2020, 1), "OWNER", GovernanceDecision.Kind.PROPOSED_CLOSED),
                        decision(PartialDate.of(2020, 8, 20), "JARAP", GovernanceDecision.Kind.CLOSURE_DISPUTED),
                        decision(PartialDate.ofMonth(2020, 10), "JARAP", GovernanceDecision.Kind.CLOSED))).build();
        Register register = Fixtures.withSources(List.of(new Source("s", Source.Kind.INTERNAL_AUDIT, "S", Optional.empty(),
                Optional.of(PartialDate.ofMonth(2018, 3)), Optional.of("Limited"), Optional.empty(), Optional.empty(),
                List.of(firearm, victims))));
        Movement movement = Movement.between(ENGINE.evaluate(register, LocalDate.of(2020, 7, 16)), ENGINE.evaluate(register, PAPER), "JARAP");

        assertThat(movement.newlyRed()).extracting(Movement.Change::recommendationId).containsExactly("sfp-2018-4.1");
        assertThat(movement.newlyClosed()).extracting(Movement.Change::recommendationId, Movement.Change::statusBefore)
                .containsExactly(org.assertj.core.api.Assertions.tuple("vcop-2017-4.3", Optional.of(Status.PROPOSED_CLOSED)));
        assertThat(movement.declinedClosures()).extracting(d -> d.decision().kind())
                .containsExactly(GovernanceDecision.Kind.CLOSURE_DISPUTED);
        assertThat(movement.newItems()).isEmpty();
    }
}
