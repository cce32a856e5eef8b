package io.github.rectrack.engine.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.rectrack.engine.evaluation.StatusEngine;
import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.engine.spi.rag.Rag;
import io.github.rectrack.engine.status.Status;
import io.github.rectrack.engine.view.Discrepancies.StatedStatus;
import io.github.rectrack.model.ExtensionRequest;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.Recommendation;
import io.github.rectrack.model.Register;
import io.github.rectrack.model.Source;
import io.github.rectrack.model.TargetDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The views of extension requests and of stated against computed values, on the Leicestershire panel
 * register of 16 October 2020 with the stated values and requests a force's own sheet would add.
 */
class StatedAndExtensionViewsTest {

    private static final StatusEngine ENGINE = new StatusEngine();
    private static final LocalDate PANEL = LocalDate.of(2020, 10, 16);
    /** A later panel, when the October 2020 targets have passed. */
    private static final LocalDate DECEMBER = LocalDate.of(2020, 12, 10);

    /** The reference register with some recommendations changed. */
    static Register changed(Map<String, UnaryOperator<Recommendation>> changes) {
        Register register = ReferenceRegister.LEICESTERSHIRE_2020.load();
        List<Source> sources = register.sources().stream().map(s -> new Source(s.id(), s.kind(), s.title(),
                s.issuedBy(), s.date(), s.assurance(), s.followUpOf(), s.marking(), s.recommendations().stream()
                .map(r -> changes.getOrDefault(r.id(), UnaryOperator.identity()).apply(r)).toList())).toList();
        return new Register(register.id(), register.organisation(), Optional.of(LocalDate.of(2020, 12, 1)), register.scheme(),
                register.people(), sources);
    }

    private static UnaryOperator<Recommendation> stated(String rag, String status) {
        return r -> r.toBuilder().statedRag(Optional.ofNullable(rag)).statedStatus(Optional.ofNullable(status)).build();
    }

    // ---- discrepancies ------------------------------------------------------------------------------

    private static final Register STATED = changed(Map.of(
            "code-of-governance-2018-4.1", stated("Green", "On track"),
            "fleet-management-4.2", stated("Amber/Red", "time extension requested"),
            "victims-code-of-practice-2017-4.3", stated("Blue", "Complete"),
            "gdpr-2019-4.1", stated("Purple", "Closed"),
            "recruitment-2019-4.3", stated(" a ", null),
            "estates-management-4.2", stated("Red", "Open")));

    @Test
    void listsEachStatedValueThatDisagreesWithASentenceForThePanel() {
        Discrepancies d = Discrepancies.of(ENGINE.evaluate(STATED, DECEMBER), "JARAP");

        assertThat(d.statedAsOf()).contains(LocalDate.of(2020, 12, 1));
        assertThat(d.asOf()).isEqualTo(DECEMBER);
        assertThat(d.items()).extracting(Discrepancies.Item::recommendationId, Discrepancies.Item::field, Discrepancies.Item::stated,
                Discrepancies.Item::computed, Discrepancies.Item::explanation).containsExactly(
                tuple("victims-code-of-practice-2017-4.3", Discrepancies.Field.STATUS, "Complete", "Proposed closed",
                        "sheet says 'Complete'; status is Proposed closed: latest decision: proposed closed by OWNER, Oct 2020; not yet closed"),
                tuple("code-of-governance-2018-4.1", Discrepancies.Field.RAG, "Green", "RED",
                        "sheet says GREEN; policy says RED: past its target of 31 Oct 2020 with no closure decision"),
                tuple("fleet-management-4.2", Discrepancies.Field.RAG, "Amber/Red", "AMBER",
                        "sheet says 'Amber/Red' (read as RED); policy says AMBER: In progress, within its target of 30 Apr 2021"),
                tuple("gdpr-2019-4.1", Discrepancies.Field.STATUS, "Closed", "In progress",
                        "sheet says 'Closed'; status is In progress: no closure decision recorded"),
                tuple("recruitment-2019-4.3", Discrepancies.Field.RAG, " a ", "RED",
                        "sheet says 'a' (read as AMBER); policy says RED: past its target of 1 Dec 2020 with no closure decision"));
        Discrepancies.Item first = d.items().get(0);
        assertThat(List.of(first.reference(), first.title(), first.sourceTitle()))
                .containsExactly("4.3", "Communication with Victims", "Victims Code of Practice");
        // Blue for the proposed closure is GREEN under this register's policy (proposedClosed GREEN): it agrees.
        assertThat(d.unreadable()).extracting(Discrepancies.Item::recommendationId, Discrepancies.Item::explanation).containsExactly(
                tuple("gdpr-2019-4.1", "sheet says 'Purple', which is not a RAG colour this reads (" + Discrepancies.RAG_WORDS
                        + "); policy says AMBER"));
        assertThat(d.notCompared()).extracting(Discrepancies.Item::recommendationId, Discrepancies.Item::stated,
                Discrepancies.Item::computed).containsExactly(tuple("fleet-management-4.2", "time extension requested", "In progress"));
        // RAG and status of 4.1 governance, fleet RAG, both of VCOP 4.3, the GDPR status, the recruitment RAG; SORB's item is not the panel's.
        assertThat(d.compared()).isEqualTo(7);
        assertThat(d.hasStatedValues()).isTrue();
        assertThat(Discrepancies.of(ENGINE.evaluate(STATED, DECEMBER), "SORB").items()).extracting(Discrepancies.Item::explanation)
                .containsExactly("sheet says RED; policy says GREEN: closed by SORB, Sep 2020", "sheet says 'Open'; status is Closed: latest decision: closed by SORB, Sep 2020");
    }

    @Test
    void onThePanelDayTheGovernanceTargetHadNotPassedSoTheSheetsGreenIsStillWrongButAmber() {
        Discrepancies d = ReportViews.of(ENGINE.evaluate(STATED, PANEL), "JARAP").discrepancies();
        assertThat(d.items()).filteredOn(i -> i.recommendationId().equals("code-of-governance-2018-4.1"))
                .extracting(Discrepancies.Item::explanation)
                .containsExactly("sheet says GREEN; policy says AMBER: In progress, within its target of 31 Oct 2020");
        assertThat(d.items()).extracting(Discrepancies.Item::recommendationId).doesNotContain("recruitment-2019-4.3");
    }

    @Test
    void aRegisterWithoutStatedValuesHasNone() {
        Discrepancies d = Discrepancies.of(ENGINE.evaluate(ReferenceRegister.LEICESTERSHIRE_2020.load(), PANEL), "JARAP");
        assertThat(d.items()).isEmpty();
        assertThat(d.compared()).isZero();
        assertThat(d.hasStatedValues()).isFalse();
        assertThat(d.statedAsOf()).isEmpty();
    }

    @ParameterizedTest(name = "''{0}'' reads as {1}")
    @CsvSource(delimiter = '|', nullValues = "UNREADABLE", value = {
            "Red | RED", "r | RED", "AMBER | AMBER", "A | AMBER", "green | GREEN", "G | GREEN", "Grey | GREY", "Gray | GREY",
            "Blue | GREEN", "Amber/Red | RED", "Green / Amber | AMBER", "Amber - Red | RED", "red and amber | RED", "G/A | AMBER",
            "' Gr een ' | GREEN", "Purple | UNREADABLE", "R1 | UNREADABLE", "Amber/ | UNREADABLE", "Red - overdue | UNREADABLE",
            "B | UNREADABLE"})
    void readsTheStatedRagAsSheetsWriteIt(String stated, Rag expected) {
        assertThat(Discrepancies.readRag(stated)).isEqualTo(Optional.ofNullable(expected));
    }

    @ParameterizedTest(name = "''{0}'' reads as {1}")
    @CsvSource(delimiter = '|', nullValues = "NOT_READ", value = {
            "Complete | FINISHED", "COMPLETED | FINISHED", "Closed | FINISHED", "Implemented | FINISHED", "Done | FINISHED",
            "100% complete | FINISHED", "Proposed closure | CLOSURE_PENDING", "Proposed for closure | CLOSURE_PENDING",
            "Propose Close | CLOSURE_PENDING", "Proposed closed | CLOSURE_PENDING", "Open | OUTSTANDING", "In progress | OUTSTANDING",
            "On track | OUTSTANDING", "Ongoing | OUTSTANDING", "Off track | OUTSTANDING", "Overdue | OUTSTANDING",
            "Open – actions ongoing, off track | OUTSTANDING", "75% complete | OUTSTANDING", "Not complete | OUTSTANDING",
            "Incomplete | OUTSTANDING", "Superseded | SUPERSEDED", "Not accepted | NOT_ACCEPTED", "Not adopted | NOT_ACCEPTED",
            "Risk accepted | RISK_ACCEPTED", "time extension requested | NOT_READ", "Complete – proposed for closure | NOT_READ",
            "Awaiting update | NOT_READ", "'' | NOT_READ"})
    void readsTheStatedStatusAsSheetsWriteIt(String stated, StatedStatus expected) {
        assertThat(Discrepancies.readStatus(stated == null ? "" : stated)).isEqualTo(Optional.ofNullable(expected));
    }

    @Test
    void whatCountsAsAgreeing() {
        assertThat(Discrepancies.agrees(StatedStatus.FINISHED, Status.BUSINESS_AS_USUAL)).isTrue();
        assertThat(Discrepancies.agrees(StatedStatus.FINISHED, Status.CLOSURE_AGREED)).isFalse();
        assertThat(Discrepancies.agrees(StatedStatus.CLOSURE_PENDING, Status.CLOSURE_AGREED)).isTrue();
        assertThat(Discrepancies.agrees(StatedStatus.CLOSURE_PENDING, Status.CLOSED)).isFalse();
        assertThat(Discrepancies.agrees(StatedStatus.OUTSTANDING, Status.HIBERNATED)).isTrue();
        assertThat(Discrepancies.agrees(StatedStatus.OUTSTANDING, Status.FURTHER_EVIDENCE_REQUESTED)).isTrue();
        assertThat(Discrepancies.agrees(StatedStatus.OUTSTANDING, Status.PROPOSED_CLOSED)).isFalse();
        assertThat(Discrepancies.agrees(StatedStatus.RISK_ACCEPTED, Status.NOT_ACCEPTED)).isFalse();
        assertThat(Discrepancies.agrees(StatedStatus.SUPERSEDED, Status.SUPERSEDED)).isTrue();
    }

    // ---- extension requests ---------------------------------------------------------------------------

    private static final ExtensionRequest FLEET_APPROVED = new ExtensionRequest(PartialDate.ofMonth(2020, 9), Optional.of("head-of-transport"),
            TargetDate.parse("April 2021"), Optional.of("reliant on external supplier – Civica; new project manager appointed"),
            Optional.of(new ExtensionRequest.Decision(ExtensionRequest.Outcome.APPROVED, "JARAP", PartialDate.of(2020, 10, 16), Optional.empty())),
            Optional.empty());
    private static final ExtensionRequest GOVERNANCE_REFUSED = new ExtensionRequest(PartialDate.of(2020, 10, 2), Optional.of("aco-finance"),
            TargetDate.parse("31 December 2020"), Optional.of("awaiting consideration by the EMPLS and PCC"),
            Optional.of(new ExtensionRequest.Decision(ExtensionRequest.Outcome.REFUSED, "JARAP", PartialDate.of(2020, 10, 16),
                    Optional.of("Framework to be signed off by the end of October"))), Optional.empty());
    private static final ExtensionRequest FLEET_LATER = new ExtensionRequest(PartialDate.ofMonth(2020, 11), Optional.of("head-of-transport"),
            TargetDate.parse("July 2021"), Optional.empty(), Optional.empty(), Optional.empty());

    private static final Register REQUESTS = changed(Map.of(
            "fleet-management-4.2", r -> r.toBuilder().extensionRequests(List.of(FLEET_APPROVED)).build(),
            "fleet-management-4.4", r -> r.toBuilder().extensionRequests(List.of(FLEET_LATER)).build(),
            "code-of-governance-2018-4.1", r -> r.toBuilder().extensionRequests(List.of(GOVERNANCE_REFUSED)).build()));

    @Test
    void listsTheRequestsDecidedByThePanelDay() {
        ExtensionRequests requests = ReportViews.of(ENGINE.evaluate(REQUESTS, PANEL), "JARAP").extensionRequests();

        assertThat(requests.items()).extracting(ExtensionRequests.Item::recommendationId, ExtensionRequests.Item::state,
                i -> i.targetAsked().text(), i -> i.targetInForce().map(TargetDate::text).orElseThrow(), ExtensionRequests.Item::decidedBy,
                ExtensionRequests.Item::decidedOn).containsExactly(
                tuple("code-of-governance-2018-4.1", ExtensionRequests.State.REFUSED, "31 December 2020",
                        "revised target date end of October 2020", Optional.of("JARAP"), Optional.of(PartialDate.of(2020, 10, 16))),
                tuple("fleet-management-4.2", ExtensionRequests.State.APPROVED, "April 2021", "revised target date to April 2021",
                        Optional.of("JARAP"), Optional.of(PartialDate.of(2020, 10, 16))));
        ExtensionRequests.Item governance = requests.items().get(0);
        assertThat(governance.requestedBy()).contains("aco-finance");
        assertThat(governance.requestedByName()).contains("ACO Finance");
        assertThat(governance.reason()).contains("awaiting consideration by the EMPLS and PCC");
        assertThat(governance.note()).contains("Framework to be signed off by the end of October");
        assertThat(List.of(governance.reference(), governance.title(), governance.sourceTitle()))
                .containsExactly("4.1", "Approval of the Corporate Governance Framework", "Code of Governance");
        assertThat(List.of(requests.pending(), requests.approved(), requests.refused())).containsExactly(0, 1, 1);
    }

    @Test
    void aDecisionAfterTheDayIsPendingAndARequestAfterTheDayIsNotYetMade() {
        ExtensionRequests before = ExtensionRequests.of(ENGINE.evaluate(REQUESTS, PANEL.minusDays(1)), "JARAP");
        assertThat(before.items()).extracting(ExtensionRequests.Item::recommendationId, ExtensionRequests.Item::state,
                ExtensionRequests.Item::decidedBy, ExtensionRequests.Item::note).containsExactly(
                tuple("code-of-governance-2018-4.1", ExtensionRequests.State.PENDING, Optional.empty(), Optional.empty()),
                tuple("fleet-management-4.2", ExtensionRequests.State.PENDING, Optional.empty(), Optional.empty()));
        assertThat(List.of(before.pending(), before.approved(), before.refused())).containsExactly(2, 0, 0);

        ExtensionRequests december = ExtensionRequests.of(ENGINE.evaluate(REQUESTS, DECEMBER), "JARAP");
        assertThat(december.items()).extracting(ExtensionRequests.Item::recommendationId).containsExactly(
                "code-of-governance-2018-4.1", "fleet-management-4.2", "fleet-management-4.4");
        assertThat(List.of(december.pending(), december.approved(), december.refused())).containsExactly(1, 1, 1);
        assertThat(ExtensionRequests.of(ENGINE.evaluate(REQUESTS, DECEMBER), "SORB").items()).isEmpty();
    }

    @Test
    void anItemCannotBeBothPendingAndDecided() {
        assertThatThrownBy(() -> new ExtensionRequests.Item("Fleet Management", "4.2", "", "fleet-management-4.2", PartialDate.ofMonth(2020, 9),
                Optional.empty(), Optional.empty(), Optional.empty(), TargetDate.parse("April 2021"), Optional.empty(),
                ExtensionRequests.State.PENDING, Optional.of("JARAP"), Optional.of(PartialDate.ofMonth(2020, 10)), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("extension request on fleet-management-4.2 is PENDING but has a decision");
    }

    // ---- slippage: approved extensions and unexplained slips ----------------------------------------

    @Test
    void slippageTellsAnApprovedExtensionFromAnUnexplainedSlip() {
        Slippage.Item fleet = fleetSlippage(REQUESTS, PANEL);
        assertThat(fleet.revisionHistory()).extracting(r -> r.replaced().text(), r -> r.target().text(), Slippage.Revision::explanation,
                Slippage.Revision::reason, Slippage.Revision::agreedBy, Slippage.Revision::agreedOn).containsExactly(
                tuple("March 2019", "June 2020", Slippage.Explanation.UNEXPLAINED, Optional.empty(), Optional.empty(), Optional.empty()),
                tuple("June 2020", "revised target date to April 2021", Slippage.Explanation.APPROVED_EXTENSION,
                        Optional.of("reliant on external supplier – Civica; new project manager appointed"), Optional.of("JARAP"),
                        Optional.of(PartialDate.of(2020, 10, 16))));
        assertThat(fleet.approvedExtensions()).isEqualTo(1);
        assertThat(fleet.unexplainedSlips()).isEqualTo(1);

        // The day before the panel approved it, the April 2021 revision records only a reason.
        Slippage.Item before = fleetSlippage(REQUESTS, PANEL.minusDays(1));
        assertThat(before.revisionHistory().get(1).explanation()).isEqualTo(Slippage.Explanation.PARTLY_EXPLAINED);
        assertThat(before.revisionHistory().get(1).reason()).contains(
                "reliant on external supplier – Civica / Head of Transport – new project manager appointed by Civica following current one leaving");
        assertThat(before.approvedExtensions()).isZero();
    }

    @Test
    void aRevisionRecordingWhyAndWhoAgreedItIsAnApprovedExtension() {
        Register register = changed(Map.of("fleet-management-4.2", r -> {
            var history = new java.util.ArrayList<>(r.targetHistory());
            var last = history.get(2);
            history.set(2, new io.github.rectrack.model.TargetRevision(last.target(), last.date(), last.reason(), Optional.of("head-of-transport")));
            return r.toBuilder().targetHistory(history).build();
        }));
        Slippage.Revision revision = fleetSlippage(register, PANEL).revisionHistory().get(1);
        assertThat(revision.explanation()).isEqualTo(Slippage.Explanation.APPROVED_EXTENSION);
        assertThat(revision.agreedBy()).contains("head-of-transport");
        assertThat(revision.agreedByName()).contains("Head of Transport");
        assertThat(revision.agreedOn()).contains(PartialDate.ofMonth(2020, 10));
    }

    @Test
    void theOldItemConstructorLeavesTheRevisionsUntold() {
        Slippage.Item fleet = fleetSlippage(REQUESTS, PANEL);
        Slippage.Item old = new Slippage.Item(fleet.sourceTitle(), fleet.priority(), fleet.reference(), fleet.title(), fleet.recommendationId(),
                fleet.status(), fleet.rag(), fleet.original(), fleet.current(), fleet.revisions(), fleet.daysPastOriginal(),
                fleet.daysPastCurrent(), fleet.changedAfterPassing(), fleet.context(), fleet.contextDate(), fleet.currentTargetReason());
        assertThat(old.revisionHistory()).isEmpty();
        assertThat(old.revisions()).isEqualTo(2);
    }

    private static Slippage.Item fleetSlippage(Register register, LocalDate day) {
        return Slippage.of(ENGINE.evaluate(register, day), "JARAP").items().stream()
                .filter(i -> i.recommendationId().equals("fleet-management-4.2")).findFirst().orElseThrow();
    }
}
