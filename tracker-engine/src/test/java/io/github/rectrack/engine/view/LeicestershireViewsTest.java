package io.github.rectrack.engine.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.rectrack.engine.evaluation.RegisterEvaluation;
import io.github.rectrack.engine.evaluation.StatusEngine;
import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.engine.spi.rag.Rag;
import io.github.rectrack.engine.status.Status;
import io.github.rectrack.engine.view.ClosureReadiness.Check;
import io.github.rectrack.model.GovernanceDecision;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.Register;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Golden values of the report views for the reference register, the Leicestershire JARAP paper of 16
 * October 2020 ({@code docs/reference/leicestershire-jarap-2020-10.md}). Each value was worked out from
 * the register data; the comments say where it comes from.
 */
class LeicestershireViewsTest {

    private static final String JARAP = "JARAP";
    private static final LocalDate PAPER = LocalDate.of(2020, 10, 16);
    private static final StatusEngine ENGINE = new StatusEngine();
    private static final Register REGISTER = ReferenceRegister.LEICESTERSHIRE_2020.load();
    private static final RegisterEvaluation OCTOBER = ENGINE.evaluate(REGISTER, PAPER);
    private static final ReportViews VIEWS = ReportViews.of(OCTOBER, JARAP);

    // ---- closure readiness -------------------------------------------------------------------------

    @Test
    void closureReadinessChecksTheSevenItemsProposedForClosure() {
        ClosureReadiness readiness = VIEWS.closureReadiness();

        // The 7 items of paragraph 4, in register order.
        assertThat(readiness.items()).extracting(ClosureReadiness.Item::recommendationId).containsExactly(
                "victims-code-of-practice-2017-4.3", "victims-code-of-practice-2017-4.4", "victims-code-of-practice-2017-4.5",
                "recruitment-2019-4.1", "workforce-wellbeing-absence-management-2019-4.2",
                "leadership-management-development-2020-4.2", "leadership-management-development-2020-4.3");

        // Every item has an update stating it is implemented, evidence on the day, and no open request for
        // more evidence: the July 2020 JARAP requests (VCOP 4.3, Recruitment 4.1, L&M 4.2, 4.3) came before
        // the owners' second proposal of October 2020, so they are not "since the latest proposal".
        // Only VCOP 4.4 and 4.5 have the board's agreement since their latest proposal (proposed 2020-01,
        // agreed at February SORB 2020-02). The four re-proposed in October 2020 and Wellbeing 4.2
        // (proposed in its October 2020 update, no SORB decision at all) have no board agreement since.
        assertThat(readiness.items()).extracting(ClosureReadiness.Item::reference, ClosureReadiness.Item::status,
                ClosureReadiness.Item::latestProposal, ClosureReadiness.Item::implementationStatedIn,
                ClosureReadiness.Item::evidenceCount, ClosureReadiness.Item::figureCount,
                ClosureReadiness.Item::boardAgreement, ClosureReadiness.Item::openEvidenceRequest,
                ClosureReadiness.Item::failed)
                .containsExactly(
                        // VCOP 4.3: "An appropriate process has been implemented" ... latest stating update is
                        // January 2020 ("The Force has implemented an appropriate process"); evidence: the
                        // June 2019 manual audit (2 figures), the November 2019 compliance audit (1), the
                        // October 2020 report for JARAP (0).
                        tuple("4.3", Status.PROPOSED_CLOSED, month(2020, 10), month(2020, 1), 3, 3, Optional.empty(),
                                Optional.empty(), Set.of(Check.BOARD_AGREED)),
                        tuple("4.4", Status.CLOSURE_AGREED, month(2020, 1), month(2020, 1), 6, 2, month(2020, 2),
                                Optional.empty(), Set.of()),
                        tuple("4.5", Status.CLOSURE_AGREED, month(2020, 1), month(2020, 1), 3, 5, month(2020, 2),
                                Optional.empty(), Set.of()),
                        // Recruitment 4.1: "(1) ... Completed." in January 2020; evidence the quarterly dip
                        // sample (1 figure) and the September 2020 audit.
                        tuple("4.1", Status.PROPOSED_CLOSED, month(2020, 10), month(2020, 1), 2, 1, Optional.empty(),
                                Optional.empty(), Set.of(Check.BOARD_AGREED)),
                        // Wellbeing 4.2: "I propose that this recommendation be considered completed and
                        // closed" (October 2020); evidence TOR, strategy, board notes, no figures.
                        tuple("4.2", Status.PROPOSED_CLOSED, month(2020, 10), month(2020, 10), 3, 0, Optional.empty(),
                                Optional.empty(), Set.of(Check.BOARD_AGREED)),
                        // L&M 4.2: "Specific Action is considered complete and proposed closed" (May 2020); the
                        // October 2020 "completed Personal Development Review" is "a completed ...", not a
                        // statement. Evidence: the PDR completion table (4 figures).
                        tuple("4.2", Status.PROPOSED_CLOSED, month(2020, 10), month(2020, 5), 1, 4, Optional.empty(),
                                Optional.empty(), Set.of(Check.BOARD_AGREED)),
                        // L&M 4.3: "Implemented for all events ..." (May 2020); one evidence entry (the
                        // evaluation form example), no figures.
                        tuple("4.3", Status.PROPOSED_CLOSED, month(2020, 10), month(2020, 5), 1, 0, Optional.empty(),
                                Optional.empty(), Set.of(Check.BOARD_AGREED)));

        ClosureReadiness.Item vcop43 = readiness.items().get(0);
        assertThat(vcop43.ready()).isFalse();
        assertThat(vcop43.passes(Check.IMPLEMENTATION_STATED)).isTrue();
        assertThat(vcop43.failures()).containsExactly(new ClosureReadiness.Failure(Check.BOARD_AGREED,
                "the board has not agreed the closure since the latest proposal to close (2020-10)"));
        assertThat(readiness.items()).filteredOn(ClosureReadiness.Item::ready)
                .extracting(ClosureReadiness.Item::recommendationId)
                .containsExactly("victims-code-of-practice-2017-4.4", "victims-code-of-practice-2017-4.5");
    }

    @Test
    void closureReadinessInJulyShowsTheBoardAgreementsThePanelThenQuestioned() {
        // On 30 June 2020 the four items later asked for more evidence stood agreed at SORB.
        ClosureReadiness june = ReportViews.of(ENGINE.evaluate(REGISTER, LocalDate.of(2020, 6, 30)), JARAP).closureReadiness();

        assertThat(june.items()).extracting(ClosureReadiness.Item::recommendationId, ClosureReadiness.Item::status,
                ClosureReadiness.Item::failed)
                .containsExactly(
                        tuple("victims-code-of-practice-2017-4.3", Status.CLOSURE_AGREED, Set.of()),
                        tuple("victims-code-of-practice-2017-4.4", Status.CLOSURE_AGREED, Set.of()),
                        tuple("victims-code-of-practice-2017-4.5", Status.CLOSURE_AGREED, Set.of()),
                        // Recruitment 4.1's only evidence before July is the January 2020 dip sample.
                        tuple("recruitment-2019-4.1", Status.CLOSURE_AGREED, Set.of()),
                        // L&M 4.2's PDR figures came only in October 2020: no evidence in June.
                        tuple("leadership-management-development-2020-4.2", Status.CLOSURE_AGREED, Set.of(Check.EVIDENCE_GIVEN)),
                        tuple("leadership-management-development-2020-4.3", Status.CLOSURE_AGREED, Set.of()));
    }

    // ---- slippage ----------------------------------------------------------------------------------

    @Test
    void slippageListsEveryOpenItemPastItsOriginalTarget() {
        Slippage slippage = VIEWS.slippage();

        // Outstanding items past their original deadline, and items proposed for closure only after their
        // original deadline had passed (all 7 proposed items but Recruitment 4.1, whose only target
        // "See below for each stage." has no deadline). Not listed: GDPR 4.1 (original VARIOUS, no
        // deadline), Benefits Realisation and Procurement follow-up (October 2020, not yet passed).
        assertThat(slippage.items()).extracting(Slippage.Item::recommendationId, Slippage.Item::status,
                s -> s.original().deadline().orElseThrow(), s -> s.current().deadline().orElseThrow(),
                Slippage.Item::revisions, Slippage.Item::daysPastOriginal, Slippage.Item::daysPastCurrent,
                Slippage.Item::changedAfterPassing)
                .containsExactly(
                        tuple("seized-found-property-2018-4.1", Status.IN_PROGRESS, day(2018, 9, 30), day(2021, 4, 30), 5, 747L, OptionalLong.empty(), true),
                        tuple("victims-code-of-practice-2017-4.3", Status.PROPOSED_CLOSED, day(2019, 10, 31), day(2020, 3, 31), 1, 351L, OptionalLong.of(199), true),
                        tuple("victims-code-of-practice-2017-4.4", Status.CLOSURE_AGREED, day(2018, 7, 31), day(2020, 3, 31), 4, 808L, OptionalLong.of(199), true),
                        tuple("victims-code-of-practice-2017-4.5", Status.CLOSURE_AGREED, day(2018, 7, 31), day(2020, 3, 31), 4, 808L, OptionalLong.of(199), true),
                        tuple("code-of-governance-2018-4.1", Status.IN_PROGRESS, day(2018, 12, 31), day(2020, 10, 31), 6, 655L, OptionalLong.empty(), true),
                        tuple("fleet-management-4.2", Status.IN_PROGRESS, day(2019, 3, 31), day(2021, 4, 30), 2, 565L, OptionalLong.empty(), true),
                        tuple("fleet-management-4.4", Status.IN_PROGRESS, day(2019, 3, 31), day(2021, 4, 30), 3, 565L, OptionalLong.empty(), true),
                        tuple("recruitment-2019-4.3", Status.IN_PROGRESS, day(2019, 10, 31), day(2020, 12, 1), 2, 351L, OptionalLong.empty(), true),
                        // The "December 2020" revision is undated, so it cannot be shown to come after 31 March 2020.
                        tuple("workforce-wellbeing-absence-management-2019-4.1", Status.IN_PROGRESS, day(2020, 3, 31), day(2020, 12, 31), 1, 199L, OptionalLong.empty(), false),
                        tuple("workforce-wellbeing-absence-management-2019-4.2", Status.PROPOSED_CLOSED, day(2019, 10, 31), day(2020, 11, 1), 1, 351L, OptionalLong.empty(), false),
                        tuple("leadership-management-development-2020-4.1", Status.IN_PROGRESS, day(2020, 4, 30), day(2021, 3, 31), 2, 169L, OptionalLong.empty(), true),
                        tuple("leadership-management-development-2020-4.2", Status.PROPOSED_CLOSED, day(2020, 2, 29), day(2020, 2, 29), 0, 230L, OptionalLong.of(230), false),
                        tuple("leadership-management-development-2020-4.3", Status.PROPOSED_CLOSED, day(2020, 4, 30), day(2020, 4, 30), 0, 169L, OptionalLong.of(169), false));
    }

    @Test
    void missingFirearmSlippageShowsTheStrandTargetsAndAnAbridgedContext() {
        Slippage.Item firearm = VIEWS.slippage().items().get(0);

        assertThat(firearm.reference()).isEqualTo("4.1");
        assertThat(firearm.title()).isEqualTo("Missing Firearm");
        assertThat(firearm.rag()).isEqualTo(Rag.AMBER);
        assertThat(firearm.original().text()).isEqualTo(
                "Security: End March 2018 excluding CCTV end June 2018; Training: March/Sept 2018; Enforcement: March to Sept 2018");
        assertThat(firearm.current().text()).isEqualTo("Enforcement: Revised 30th April 2021");
        assertThat(firearm.contextDate()).contains(PartialDate.ofMonth(2020, 10));
        assertThat(firearm.context()).hasValueSatisfying(c -> {
            assertThat(c).startsWith("Development of the performance dashboard has been delayed due to analytical demands of the COVID-19 pandemic");
            // Cut after the first sentence, the last whole one within the limit, not in the middle of the second.
            assertThat(c).endsWith("crime dashboards being developed in PowerBi. …");
            assertThat(c.length()).isLessThanOrEqualTo(Slippage.CONTEXT_LIMIT + 2);
        });
        assertThat(firearm.currentTargetReason()).contains(
                "Dashboard delayed by COVID-19 analytical demands and competing PowerBi dashboards; dependent upon delivery of the complete data warehouse by the IT department and the new Niche build");
    }

    // ---- appendix ----------------------------------------------------------------------------------

    @Test
    void appendixHasTheTenSourcesWithJarapItemsAndTheirPriorityCounts() {
        Appendix appendix = VIEWS.appendix();

        // The 10 appendix audits; the 6 SORB-only audits have no JARAP item.
        assertThat(appendix.sources()).extracting(Appendix.Section::title, Appendix.Section::assurance,
                s -> s.count("Fundamental"), s -> s.count("Significant"), s -> s.count("Housekeeping"), Appendix.Section::wholeReport)
                .containsExactly(
                        // Limited assurance: the third rule sends the whole report.
                        tuple("Seized & Found Property", Optional.of("Limited"), 1, 0, 0, true),
                        tuple("Victims Code of Practice", Optional.of("Satisfactory"), 0, 2, 1, false),
                        tuple("Code of Governance", Optional.of("Satisfactory"), 0, 1, 0, false),
                        tuple("Fleet Management", Optional.empty(), 0, 2, 0, false),
                        tuple("General Data Protection Regulation (GDPR)", Optional.of("Satisfactory"), 1, 0, 0, false),
                        tuple("Recruitment", Optional.of("Satisfactory"), 0, 2, 0, false),
                        tuple("Workforce Wellbeing & Absence Management", Optional.of("Satisfactory"), 0, 2, 0, false),
                        tuple("Leadership and Management Development", Optional.of("Satisfactory"), 0, 1, 2, false),
                        tuple("Benefits Realisation", Optional.of("Satisfactory"), 0, 1, 0, false),
                        tuple("Follow Up of Action Plan from 2018 Procurement Audit", Optional.empty(), 0, 1, 0, false));
        // 17 items in all: 2 Fundamental, 12 Significant, 3 Housekeeping, as paragraph 3.
        assertThat(appendix.sources().stream().mapToInt(s -> s.items().size()).sum()).isEqualTo(17);
        Appendix.Section vcop = appendix.sources().get(1);
        assertThat(vcop.countsByPriority()).containsExactly(
                org.assertj.core.api.Assertions.entry("Fundamental", 0),
                org.assertj.core.api.Assertions.entry("Significant", 2),
                org.assertj.core.api.Assertions.entry("Housekeeping", 1));
        assertThat(vcop.issuedBy()).contains("Mazars");
        assertThat(vcop.date()).contains(PartialDate.ofMonth(2017, 1));
        assertThat(vcop.items()).extracting(Appendix.Entry::reference, Appendix.Entry::rag, Appendix.Entry::status)
                .containsExactly(tuple("4.3", Rag.GREEN, Status.PROPOSED_CLOSED), tuple("4.4", Rag.GREEN, Status.CLOSURE_AGREED),
                        tuple("4.5", Rag.GREEN, Status.CLOSURE_AGREED));
    }

    @Test
    void appendixSourceCountsAreTheSourcesOwnWhereItPrintsThem() {
        Appendix appendix = VIEWS.appendix();
        Appendix.Section seized = appendix.sources().get(0);
        // "SEIZED & FOUND PROPERTY – LIMITED ASSURANCE March 2018 / FUNDAMENTAL: 1 HOUSEKEEPING: 2": the two
        // housekeeping recommendations are not in the paper, only the Fundamental 4.1 is reported.
        assertThat(seized.sourceCountsByPriority()).containsExactly(
                org.assertj.core.api.Assertions.entry("Fundamental", 1),
                org.assertj.core.api.Assertions.entry("Housekeeping", 2));
        assertThat(seized.countsByPriority()).containsEntry("Fundamental", 1).containsEntry("Housekeeping", 0);
        assertThat(seized.sourceTotal()).isEqualTo(3);
        assertThat(seized.notReportedByPriority()).containsExactly(org.assertj.core.api.Assertions.entry("Housekeeping", 2));
        // GDPR prints "FUNDAMENTAL 1 SIGNIFICANT 0 HOUSEKEEPING 3"; the panel sees the Fundamental 4.1.
        Appendix.Section gdpr = appendix.sources().get(4);
        assertThat(gdpr.title()).isEqualTo("General Data Protection Regulation (GDPR)");
        assertThat(gdpr.sourceCountsByPriority()).containsExactly(
                org.assertj.core.api.Assertions.entry("Fundamental", 1),
                org.assertj.core.api.Assertions.entry("Significant", 0),
                org.assertj.core.api.Assertions.entry("Housekeeping", 3));
        assertThat(gdpr.notReportedByPriority()).containsExactly(org.assertj.core.api.Assertions.entry("Housekeeping", 3));
        // Victims Code of Practice prints no more than the register holds: its own recommendations are its count.
        Appendix.Section vcop = appendix.sources().get(1);
        assertThat(vcop.sourceCountsByPriority()).isEqualTo(vcop.countsByPriority());
        assertThat(vcop.notReportedByPriority()).isEmpty();
    }

    @Test
    void appendixMissingFirearmKeepsEachStrandsOwnTargetHistory() {
        Appendix.Entry firearm = VIEWS.appendix().sources().get(0).items().get(0);
        assertThat(firearm.reference()).isEqualTo("4.1");
        List<Appendix.Strand> strands = firearm.strands();
        assertThat(strands).extracting(Appendix.Strand::name).containsExactly("Security", "Training", "Enforcement");
        // Security: the June 2019 revision is its last; later entries set only Training and Enforcement.
        assertThat(strands.get(0).targets()).extracting(Appendix.StrandTarget::text, Appendix.StrandTarget::superseded)
                .containsExactly(tuple("End March 2018 excluding CCTV end June 2018", true), tuple("Revised target date June 2019", false));
        assertThat(strands.get(1).targets()).extracting(Appendix.StrandTarget::text, Appendix.StrandTarget::superseded)
                .containsExactly(tuple("March/Sept 2018", true), tuple("Revised date June 2019", true),
                        tuple("Revised to October 2019", false));
        assertThat(strands.get(2).targets()).extracting(Appendix.StrandTarget::text, Appendix.StrandTarget::superseded)
                .containsExactly(tuple("March to Sept 2018", true), tuple("New Target Date: 30th June 2020", true),
                        tuple("December 2020", true), tuple("Revised 30th April 2021", false));
        assertThat(strands.get(1).owners()).extracting(Appendix.Owner::personId).containsExactly("epac-manager", "sp");
        // The entry's reason and who agreed it stay with the strand's target.
        assertThat(strands.get(2).targets().get(3).revision().reason()).hasValueSatisfying(r -> assertThat(r).startsWith("Dashboard delayed"));
        // An item without strands keeps the one history.
        assertThat(VIEWS.appendix().sources().get(2).items().get(0).strands()).isEmpty();
    }

    @Test
    void appendixCodeOfGovernanceShowsSixStruckTargetsAndTheCurrentOne() {
        Appendix.Entry governance = VIEWS.appendix().sources().get(2).items().get(0);

        assertThat(governance.recommendationId()).isEqualTo("code-of-governance-2018-4.1");
        assertThat(governance.targets()).extracting(t -> t.revision().target().text(), Appendix.Target::superseded)
                .containsExactly(
                        tuple("31 December 2018", true),
                        tuple("31st March 2019", true),
                        tuple("30th September 2019", true),
                        tuple("31/03/2020", true),
                        tuple("31st December 2019", true),
                        tuple("revised date to 31st May 2020", true),
                        tuple("revised target date end of October 2020", false));
        assertThat(governance.currentTarget().map(t -> t.revision().target().text())).contains("revised target date end of October 2020");
        // The first owner handed over in November 2019 (transcription note 26); the ACO Finance owns it now.
        assertThat(governance.owners()).extracting(Appendix.Owner::personId, Appendix.Owner::name, Appendix.Owner::current,
                Appendix.Owner::until)
                .containsExactly(
                        tuple("opcc-chief-officer-finance", "OPCC Chief Officer Finance", false, Optional.of(PartialDate.ofMonth(2019, 11))),
                        tuple("aco-finance", "ACO Finance", true, Optional.empty()));
        assertThat(governance.updates()).hasSize(10);
        assertThat(governance.rag()).isEqualTo(Rag.AMBER);
        assertThat(governance.degreeMet()).isEmpty();
    }

    @Test
    void appendixMissingFirearmCarriesStrandOwnersActionsAndLinks() {
        Appendix.Entry firearm = VIEWS.appendix().sources().get(0).items().get(0);

        assertThat(firearm.owners()).extracting(Appendix.Owner::name, Appendix.Owner::strand, Appendix.Owner::current)
                .containsExactly(
                        tuple("Evidential Property & Archive Programme Implementation Change Manager", Optional.of("Security"), true),
                        tuple("EPAC Manager", Optional.of("Training"), true),
                        tuple("SP", Optional.of("Training"), true),
                        tuple("EPAC Manager", Optional.of("Enforcement"), true));
        assertThat(firearm.targets()).hasSize(6).filteredOn(Appendix.Target::superseded).hasSize(5);
        assertThat(firearm.updates()).hasSize(16);
        // Actions 1-8 and 11-13 complete, 9 and 10 in progress (transcription note 21).
        assertThat(firearm.actions()).hasSize(13);
        assertThat(firearm.actions()).filteredOn(a -> a.state().equals(Optional.of(io.github.rectrack.model.Action.State.IN_PROGRESS)))
                .extracting(Appendix.ActionEntry::number).containsExactly("9", "10");
        assertThat(firearm.links()).singleElement().satisfies(l -> {
            assertThat(l.link().kind()).isEqualTo(io.github.rectrack.model.Link.Kind.EXTERNAL_REFERENCE);
            assertThat(l.targetReference()).isEmpty();
        });
        assertThat(firearm.decisions()).isEmpty();
        assertThat(firearm.evidence()).hasSize(2);
        assertThat(firearm.response()).isPresent();
    }

    @Test
    void appendixResolvesTheFleetDependency() {
        Appendix.Entry fleet44 = VIEWS.appendix().sources().get(3).items().get(1);

        assertThat(fleet44.reference()).isEqualTo("4.4");
        assertThat(fleet44.links()).extracting(l -> l.link().kind(), Appendix.LinkEntry::targetReference, Appendix.LinkEntry::targetSourceTitle)
                .containsExactly(tuple(io.github.rectrack.model.Link.Kind.DEPENDS_ON, Optional.of("4.2"), Optional.of("Fleet Management")));
    }

    // ---- chase list --------------------------------------------------------------------------------

    @Test
    void chaseListOnThePaperDayHasOnlyTheUnownedSorbItems() {
        ChaseList chase = VIEWS.chaseList();

        assertThat(chase.staleAfterDays()).isEqualTo(ChaseList.DEFAULT_STALE_AFTER_DAYS).isEqualTo(90);
        // Every open JARAP item has an October 2020 update, so no owner is chased. The seven SORB
        // items still open (transcription note 6) have no owner and no update in the paper. The three
        // closed at September 2020 SORB (Estates 4.2, Seized and Found 4.1, Partnerships 4.2) are not listed.
        assertThat(chase.owners()).isEmpty();
        assertThat(chase.unowned()).extracting(ChaseList.Item::recommendationId, ChaseList.Item::forum, ChaseList.Item::reasons,
                ChaseList.Item::requests)
                .containsExactly(
                        tuple("custody-arrangements-4.3", "SORB", Set.of(ChaseList.Reason.NO_UPDATE), 0),
                        tuple("payroll-4.1", "SORB", Set.of(ChaseList.Reason.NO_UPDATE), 0),
                        tuple("partnerships-4.1", "SORB", Set.of(ChaseList.Reason.NO_UPDATE), 0),
                        tuple("partnerships-4.3", "SORB", Set.of(ChaseList.Reason.NO_UPDATE), 0),
                        tuple("partnerships-4.4", "SORB", Set.of(ChaseList.Reason.NO_UPDATE), 0),
                        tuple("procurement-4.1", "SORB", Set.of(ChaseList.Reason.NO_UPDATE), 0),
                        tuple("procurement-4.2", "SORB", Set.of(ChaseList.Reason.NO_UPDATE), 0));
    }

    // ---- movement ----------------------------------------------------------------------------------

    @Test
    void movementSinceTheJulyPanel() {
        Movement movement = VIEWS.movementSince(ENGINE.evaluate(REGISTER, LocalDate.of(2020, 7, 16)));

        // Procurement follow-up (2020-08) was issued after the July panel.
        assertThat(movement.newItems()).extracting(Movement.Change::recommendationId).containsExactly("procurement-follow-up-2020-4.1");
        assertThat(movement.newlyClosed()).isEmpty();
        assertThat(movement.newlyRed()).isEmpty();
        assertThat(movement.targetsRevised()).extracting(Movement.Change::recommendationId,
                c -> c.targetBefore().orElseThrow().text(), c -> c.targetAfter().orElseThrow().text())
                .containsExactly(
                        tuple("seized-found-property-2018-4.1", "Enforcement: December 2020", "Enforcement: Revised 30th April 2021"),
                        tuple("fleet-management-4.2", "June 2020", "revised target date to April 2021"),
                        tuple("fleet-management-4.4", "Revised target date: March 2021", "revised target date - April 2021"),
                        tuple("leadership-management-development-2020-4.1", "revised target date 31st July 2020", "revised target date 31st March 2021."));
        // The July JARAP requests are dated 2020-07, which counts from 1 July 2020 under the AsOf rule:
        // they were already in force on 16 July, so none falls between the two days.
        assertThat(movement.declinedClosures()).isEmpty();
        assertThat(movement.statusChanges()).extracting(Movement.Change::recommendationId, c -> c.statusBefore().orElseThrow(), Movement.Change::statusAfter)
                .containsExactly(
                        tuple("victims-code-of-practice-2017-4.3", Status.FURTHER_EVIDENCE_REQUESTED, Status.PROPOSED_CLOSED),
                        tuple("recruitment-2019-4.1", Status.FURTHER_EVIDENCE_REQUESTED, Status.PROPOSED_CLOSED),
                        tuple("workforce-wellbeing-absence-management-2019-4.2", Status.IN_PROGRESS, Status.PROPOSED_CLOSED),
                        tuple("leadership-management-development-2020-4.2", Status.FURTHER_EVIDENCE_REQUESTED, Status.PROPOSED_CLOSED),
                        tuple("leadership-management-development-2020-4.3", Status.FURTHER_EVIDENCE_REQUESTED, Status.PROPOSED_CLOSED),
                        tuple("benefits-realisation-2020-4.1", Status.OPEN, Status.IN_PROGRESS));
    }

    @Test
    void movementSinceTheEndOfJuneShowsTheClosuresThePanelDeclined() {
        // 30 June 2020 is the last day before the July 2020 requests count, so they fall in between.
        Movement movement = Movement.between(ENGINE.evaluate(REGISTER, LocalDate.of(2020, 6, 30)), OCTOBER, JARAP);

        assertThat(movement.declinedClosures()).extracting(d -> d.item().recommendationId(), d -> d.decision().kind(),
                d -> d.decision().forum(), d -> d.decision().date())
                .containsExactly(
                        tuple("victims-code-of-practice-2017-4.3", GovernanceDecision.Kind.FURTHER_EVIDENCE_REQUESTED, JARAP, PartialDate.ofMonth(2020, 7)),
                        tuple("recruitment-2019-4.1", GovernanceDecision.Kind.FURTHER_EVIDENCE_REQUESTED, JARAP, PartialDate.ofMonth(2020, 7)),
                        tuple("leadership-management-development-2020-4.2", GovernanceDecision.Kind.FURTHER_EVIDENCE_REQUESTED, JARAP, PartialDate.ofMonth(2020, 7)),
                        tuple("leadership-management-development-2020-4.3", GovernanceDecision.Kind.FURTHER_EVIDENCE_REQUESTED, JARAP, PartialDate.ofMonth(2020, 7)));
        // Benefits Realisation (2020-07) and Procurement follow-up (2020-08) are new since June.
        assertThat(movement.newItems()).extracting(Movement.Change::recommendationId)
                .containsExactly("benefits-realisation-2020-4.1", "procurement-follow-up-2020-4.1");
        // Agreed at SORB in June, proposed again in October after the panel's request.
        assertThat(movement.statusChanges()).extracting(Movement.Change::recommendationId, c -> c.statusBefore().orElseThrow(), Movement.Change::statusAfter)
                .containsExactly(
                        tuple("victims-code-of-practice-2017-4.3", Status.CLOSURE_AGREED, Status.PROPOSED_CLOSED),
                        tuple("recruitment-2019-4.1", Status.CLOSURE_AGREED, Status.PROPOSED_CLOSED),
                        tuple("workforce-wellbeing-absence-management-2019-4.2", Status.IN_PROGRESS, Status.PROPOSED_CLOSED),
                        tuple("leadership-management-development-2020-4.2", Status.CLOSURE_AGREED, Status.PROPOSED_CLOSED),
                        tuple("leadership-management-development-2020-4.3", Status.CLOSURE_AGREED, Status.PROPOSED_CLOSED));
        assertThat(movement.targetsRevised()).extracting(Movement.Change::recommendationId).containsExactly(
                "seized-found-property-2018-4.1", "fleet-management-4.2", "fleet-management-4.4", "recruitment-2019-4.3",
                "leadership-management-development-2020-4.1");
    }

    @Test
    void movementSinceMid2019ShowsTheItemsOfTheLaterAudits() {
        Movement movement = Movement.between(ENGINE.evaluate(REGISTER, LocalDate.of(2019, 6, 30)), OCTOBER, JARAP);

        // Recruitment and Wellbeing (2019-09), L&M (2020-01), Benefits Realisation (2020-07), Procurement follow-up (2020-08).
        assertThat(movement.newItems()).extracting(Movement.Change::recommendationId, Movement.Change::statusBefore, Movement.Change::ragBefore)
                .containsExactly(
                        tuple("recruitment-2019-4.1", Optional.empty(), Optional.empty()),
                        tuple("recruitment-2019-4.3", Optional.empty(), Optional.empty()),
                        tuple("workforce-wellbeing-absence-management-2019-4.1", Optional.empty(), Optional.empty()),
                        tuple("workforce-wellbeing-absence-management-2019-4.2", Optional.empty(), Optional.empty()),
                        tuple("leadership-management-development-2020-4.1", Optional.empty(), Optional.empty()),
                        tuple("leadership-management-development-2020-4.2", Optional.empty(), Optional.empty()),
                        tuple("leadership-management-development-2020-4.3", Optional.empty(), Optional.empty()),
                        tuple("benefits-realisation-2020-4.1", Optional.empty(), Optional.empty()),
                        tuple("procurement-follow-up-2020-4.1", Optional.empty(), Optional.empty()));
        assertThat(movement.declinedClosures()).hasSize(4);
        assertThat(movement.newlyClosed()).isEmpty();
        assertThat(movement.newlyRed()).isEmpty();
        assertThat(movement.statusChanges()).extracting(Movement.Change::recommendationId, c -> c.statusBefore().orElseThrow(), Movement.Change::statusAfter)
                .containsExactly(
                        tuple("victims-code-of-practice-2017-4.3", Status.IN_PROGRESS, Status.PROPOSED_CLOSED),
                        tuple("victims-code-of-practice-2017-4.4", Status.IN_PROGRESS, Status.CLOSURE_AGREED),
                        tuple("victims-code-of-practice-2017-4.5", Status.IN_PROGRESS, Status.CLOSURE_AGREED));
        assertThat(movement.targetsRevised()).extracting(Movement.Change::recommendationId).containsExactly(
                "seized-found-property-2018-4.1", "victims-code-of-practice-2017-4.3", "victims-code-of-practice-2017-4.4",
                "victims-code-of-practice-2017-4.5", "code-of-governance-2018-4.1", "fleet-management-4.2", "fleet-management-4.4",
                "gdpr-2019-4.1");
    }

    // ---- summary agrees with the other views -------------------------------------------------------

    @Test
    void summaryAndProposedClosureAgreeWithTheAppendix() {
        SummaryMatrix summary = VIEWS.summary();
        assertThat(summary.total(Rag.AMBER)).isEqualTo(10);
        assertThat(summary.total(Rag.GREEN)).isEqualTo(7);
        assertThat(summary.total()).isEqualTo(17);
        assertThat(summary.proposedClosed()).isEqualTo(VIEWS.proposedClosure().items().size()).isEqualTo(7);
        assertThat(VIEWS.monitoredElsewhere().items()).hasSize(10);
        List<Appendix.Entry> all = VIEWS.appendix().sources().stream().flatMap(s -> s.items().stream()).toList();
        assertThat(all).filteredOn(e -> e.rag() == Rag.GREEN).hasSize(7);
    }

    private static Optional<PartialDate> month(int year, int month) {
        return Optional.of(PartialDate.ofMonth(year, month));
    }

    private static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
