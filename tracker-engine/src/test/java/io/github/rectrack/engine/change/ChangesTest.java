package io.github.rectrack.engine.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rectrack.engine.json.RegisterJson;
import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.engine.spi.Finding;
import io.github.rectrack.model.Action;
import io.github.rectrack.model.Evidence;
import io.github.rectrack.model.ExtensionRequest;
import io.github.rectrack.model.GovernanceDecision;
import io.github.rectrack.model.Ownership;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.Person;
import io.github.rectrack.model.ProgressUpdate;
import io.github.rectrack.model.Recommendation;
import io.github.rectrack.model.Register;
import io.github.rectrack.model.TargetDateParser;
import io.github.rectrack.model.TargetRevision;
import io.github.rectrack.model.UpdateRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Changes applied to the bundled 2020 JARAP register: what each adds, and what is refused, where and why. */
public class ChangesTest {

    static final Register JARAP = ReferenceRegister.LEICESTERSHIRE_2020.load();
    public static final String PROPERTY = "seized-found-property-2018-4.1";
    public static final String GOVERNANCE = "code-of-governance-2018-4.1";
    static final String VICTIMS = "victims-code-of-practice-2017-4.3";

    public static Stamp stamp(long version) {
        return new Stamp("c" + version, Instant.parse("2020-10-08T09:00:00Z").plusSeconds(60 * version), "analyst", version);
    }

    static Recommendation rec(Register register, String id) {
        return register.recommendations().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void anUpdateIsAppendedAndAnswersTheRequestsMadeBeforeIt() {
        Register requested = Changes.apply(JARAP, new Change.RequestUpdate(stamp(0), PROPERTY,
                new UpdateRequest(LocalDate.of(2020, 10, 8), Optional.of("epac-manager"), Optional.of(LocalDate.of(2020, 10, 22)),
                        Optional.empty())));
        ProgressUpdate update = new ProgressUpdate(PartialDate.of(2020, 10, 20), Optional.of("epac-manager"),
                "Audit of the property store completed; 96% of items traced.", Optional.empty(), Optional.empty(),
                Optional.of(80), Optional.empty());
        Register updated = Changes.apply(requested, new Change.AddUpdate(stamp(1), PROPERTY, update));

        Recommendation before = rec(JARAP, PROPERTY);
        Recommendation after = rec(updated, PROPERTY);
        assertThat(after.updates()).hasSize(before.updates().size() + 1).last().isEqualTo(update);
        assertThat(after.updateRequests()).last().extracting(UpdateRequest::answeredOn).isEqualTo(Optional.of(LocalDate.of(2020, 10, 20)));
        assertThat(before.updateRequests()).noneMatch(r -> r.requestedOn().equals(LocalDate.of(2020, 10, 8)));
    }

    @Test
    void aChangeToARecommendationTheRegisterDoesNotHaveIsRefusedAndNothingIsApplied() {
        Change change = new Change.AddEvidence(stamp(0), "no-such-rec", new Evidence("Minutes", Optional.empty(), Optional.empty(),
                List.of(), Optional.empty()));
        assertThatThrownBy(() -> Changes.apply(JARAP, change))
                .isInstanceOfSatisfying(RefusedChangeException.class, e -> {
                    assertThat(e.change()).isSameAs(change);
                    assertThat(e.findings()).containsExactly(Finding.error("recommendation",
                            "the register has no recommendation with id 'no-such-rec'"));
                });
        assertThat(new RegisterJson().writeToString(JARAP))
                .isEqualTo(new RegisterJson().writeToString(ReferenceRegister.LEICESTERSHIRE_2020.load()));
    }

    @Test
    void closureAgreedWithNoProposalIsAnIllegalLifecycleStep() {
        Change change = new Change.RecordDecision(stamp(0), GOVERNANCE, decision(2020, 10, 21, GovernanceDecision.Kind.CLOSURE_AGREED));
        assertThatThrownBy(() -> Changes.apply(JARAP, change))
                .isInstanceOfSatisfying(RefusedChangeException.class, e -> assertThat(e.findings()).singleElement().satisfies(f -> {
                    assertThat(f.location()).isEqualTo("sources[2].recommendations[0].decisions[0]");
                    assertThat(f.message()).startsWith("closure agreed by JARAP with no proposal to close");
                }));
    }

    @Test
    void aRecommendationClosedTwiceIsRefusedAndSoIsAnUpdateAfterClosure() {
        Register proposed = Changes.apply(JARAP, new Change.RecordDecision(stamp(0), GOVERNANCE,
                decision(2020, 10, 1, GovernanceDecision.Kind.PROPOSED_CLOSED, "OWNER")));
        Register closed = Changes.apply(proposed, new Change.RecordDecision(stamp(1), GOVERNANCE,
                decision(2020, 10, 21, GovernanceDecision.Kind.CLOSED)));
        assertThatThrownBy(() -> Changes.apply(closed, new Change.RecordDecision(stamp(2), GOVERNANCE,
                decision(2020, 11, 4, GovernanceDecision.Kind.CLOSED))))
                .isInstanceOfSatisfying(RefusedChangeException.class, e -> assertThat(e.findings().get(0).message())
                        .isEqualTo("closed twice without a re-open: it was closed by JARAP on 2020-10-21; record a REOPENED decision first"));
        assertThatThrownBy(() -> Changes.apply(closed, new Change.AddUpdate(stamp(2), GOVERNANCE,
                ProgressUpdate.of(PartialDate.of(2020, 11, 1), "More work done"))))
                .isInstanceOfSatisfying(RefusedChangeException.class, e -> assertThat(e.findings().get(0).message())
                        .isEqualTo("the recommendation was closed on 2020-10-21; record a REOPENED decision before adding an update"));
    }

    @Test
    void aDecisionDatedBeforeTheLastOneIsRefused() {
        // 4.3's last decision is its second PROPOSED_CLOSED
        GovernanceDecision last = rec(JARAP, VICTIMS).decisions().get(3);
        assertThatThrownBy(() -> Changes.apply(JARAP, new Change.RecordDecision(stamp(0), VICTIMS,
                new GovernanceDecision(PartialDate.of(last.date().first().minusYears(1)), "JARAP", GovernanceDecision.Kind.CLOSURE_AGREED,
                        Optional.empty(), Optional.empty(), Optional.empty()))))
                .isInstanceOfSatisfying(RefusedChangeException.class, e -> assertThat(e.findings().get(0).message())
                        .contains("before the last one recorded (PROPOSED_CLOSED on " + last.date() + ")"));
    }

    @Test
    void aRevisedTargetMustBeAgreedGiveAReasonAndNotBeDatedBeforeTheOneItReplaces() {
        TargetRevision latest = rec(JARAP, GOVERNANCE).latestTarget().orElseThrow();
        assertThat(latest.target().text()).isEqualTo("revised target date end of October 2020");
        TargetRevision unagreed = new TargetRevision(TargetDateParser.parse("31 March 2021"), Optional.of(PartialDate.of(2020, 10, 21)),
                Optional.of("Waiting for the new code to be adopted"), Optional.empty());
        assertThatThrownBy(() -> Changes.apply(JARAP, new Change.ReviseTarget(stamp(0), GOVERNANCE, unagreed)))
                .isInstanceOfSatisfying(RefusedChangeException.class, e -> assertThat(e.findings().get(0).location())
                        .isEqualTo("sources[2].recommendations[0].targetHistory[" + rec(JARAP, GOVERNANCE).targetHistory().size() + "].agreedBy"));

        // the latest revision is undated; the last dated one, "revised date to 31st May 2020", was recorded in May 2020
        PartialDate before = PartialDate.of(2020, 4, 30);
        TargetRevision early = new TargetRevision(TargetDateParser.parse("31 March 2021"), Optional.of(before),
                Optional.of("Waiting for the new code"), Optional.of("JARAP"));
        assertThatThrownBy(() -> Changes.apply(JARAP, new Change.ReviseTarget(stamp(0), GOVERNANCE, early)))
                .isInstanceOfSatisfying(RefusedChangeException.class, e -> assertThat(e.findings().get(0).message())
                        .isEqualTo("the revision is dated 2020-04-30, before the target it replaces ('revised date to 31st May 2020',"
                                + " recorded on 2020-05)"));

        TargetRevision agreed = new TargetRevision(TargetDateParser.parse("31 March 2021"), Optional.of(PartialDate.of(2020, 10, 21)),
                Optional.of("Waiting for the new code"), Optional.of("JARAP"));
        Register revised = Changes.apply(JARAP, new Change.ReviseTarget(stamp(0), GOVERNANCE, agreed));
        assertThat(rec(revised, GOVERNANCE).latestTarget()).contains(agreed);
    }

    @Test
    void anApprovedExtensionBecomesARevisionAgreedByTheForumAndCannotBeDecidedTwice() {
        ExtensionRequest request = new ExtensionRequest(PartialDate.of(2020, 10, 12), Optional.of("aco-finance"),
                TargetDateParser.parse("31 January 2021"), Optional.of("The code is rewritten with the new CIPFA guidance"),
                Optional.empty(), Optional.empty());
        Register asked = Changes.apply(JARAP, new Change.RequestExtension(stamp(0), GOVERNANCE, request));
        assertThatThrownBy(() -> Changes.apply(asked, new Change.RequestExtension(stamp(1), GOVERNANCE, request)))
                .isInstanceOfSatisfying(RefusedChangeException.class, e -> assertThat(e.findings().get(0).message())
                        .isEqualTo("extension request 1 (to '31 January 2021', made on 2020-10-12) still awaits a decision"));

        ExtensionRequest.Decision approved = new ExtensionRequest.Decision(ExtensionRequest.Outcome.APPROVED, "JARAP",
                PartialDate.of(2020, 10, 21), Optional.empty());
        Register decided = Changes.apply(asked, new Change.DecideExtension(stamp(1), GOVERNANCE, 1, approved));
        Recommendation after = rec(decided, GOVERNANCE);
        assertThat(after.extensionRequests()).singleElement().extracting(ExtensionRequest::decision).isEqualTo(Optional.of(approved));
        assertThat(after.latestTarget()).contains(new TargetRevision(TargetDateParser.parse("31 January 2021"),
                Optional.of(PartialDate.of(2020, 10, 21)), Optional.of("The code is rewritten with the new CIPFA guidance"),
                Optional.of("JARAP")));

        assertThatThrownBy(() -> Changes.apply(decided, new Change.DecideExtension(stamp(2), GOVERNANCE, 1,
                new ExtensionRequest.Decision(ExtensionRequest.Outcome.REFUSED, "SORB", PartialDate.of(2020, 11, 2), Optional.empty()))))
                .isInstanceOfSatisfying(RefusedChangeException.class, e -> assertThat(e.findings()).containsExactly(Finding.error(
                        "sources[2].recommendations[0].extensionRequests[0].decision",
                        "extension request 1 was already decided: approved by JARAP on 2020-10-21")));
        assertThatThrownBy(() -> Changes.apply(decided, new Change.DecideExtension(stamp(2), GOVERNANCE, 2, approved)))
                .isInstanceOfSatisfying(RefusedChangeException.class, e -> assertThat(e.findings().get(0).message())
                        .isEqualTo("there is no extension request 2; the recommendation has 1"));
    }

    @Test
    void aHandOverEndsTheCurrentOwnersPeriodAndNeedsAKnownPerson() {
        assertThatThrownBy(() -> Changes.apply(JARAP, new Change.HandOver(stamp(0), GOVERNANCE, Optional.empty(), "new-cfo",
                PartialDate.of(2020, 11, 1))))
                .isInstanceOfSatisfying(RefusedChangeException.class, e -> assertThat(e.findings().get(0).message())
                        .isEqualTo("the register has no person with id 'new-cfo'; add the person first"));
        Register withPerson = Changes.apply(JARAP, new Change.AddPerson(stamp(0), new Person("new-cfo", "Chief Finance Officer",
                Optional.of("CFO"), Optional.of("Chief Finance Officer"))));
        Register handed = Changes.apply(withPerson, new Change.HandOver(stamp(1), GOVERNANCE, Optional.empty(), "new-cfo",
                PartialDate.of(2020, 11, 1)));
        List<Ownership> before = rec(JARAP, GOVERNANCE).owners();
        List<Ownership> after = rec(handed, GOVERNANCE).owners();
        assertThat(after).hasSize(before.size() + 1);
        assertThat(before).extracting(Ownership::person).containsExactly("opcc-chief-officer-finance", "aco-finance");
        assertThat(after.get(0)).isEqualTo(before.get(0));
        assertThat(after.get(1).until()).contains(PartialDate.of(2020, 11, 1));
        assertThat(after).last().isEqualTo(new Ownership("new-cfo", Optional.empty(), Optional.of(PartialDate.of(2020, 11, 1)),
                Optional.empty()));
    }

    @Test
    void aChangeThatWouldMakeTheRegisterInvalidIsRefusedWithTheValidatorsFinding() {
        assertThatThrownBy(() -> Changes.apply(JARAP, new Change.SetMarking(stamp(0), GOVERNANCE, Optional.of("TOP SECRET"))))
                .isInstanceOfSatisfying(RefusedChangeException.class, e -> assertThat(e.findings()).singleElement().satisfies(f -> {
                    assertThat(f.location()).isEqualTo("sources[2].recommendations[0].marking");
                    assertThat(f.message()).contains("TOP SECRET");
                }));
        Register marked = Changes.apply(JARAP, new Change.SetMarking(stamp(0), GOVERNANCE, Optional.of("OFFICIAL-SENSITIVE")));
        assertThat(rec(marked, GOVERNANCE).marking()).contains("OFFICIAL-SENSITIVE");
    }

    @Test
    void aCorrectionChangesOneFieldAndSaysWhy() {
        Register corrected = Changes.apply(JARAP, new Change.CorrectField(stamp(0), GOVERNANCE, "notes", Optional.of("Typed from the minutes"),
                "the note was left out when the tracker was transcribed"));
        assertThat(rec(corrected, GOVERNANCE).notes()).contains("Typed from the minutes");
        assertThatThrownBy(() -> Changes.apply(JARAP, new Change.CorrectField(stamp(0), GOVERNANCE, "text", Optional.of("  "), "blank")))
                .isInstanceOfSatisfying(RefusedChangeException.class, e -> assertThat(e.findings()).containsExactly(Finding.error(
                        "sources[2].recommendations[0].text", "this field is required and cannot be cleared")));
        assertThatThrownBy(() -> Changes.apply(JARAP, new Change.CorrectField(stamp(0), GOVERNANCE, "owners", Optional.of("x"), "why")))
                .isInstanceOfSatisfying(RefusedChangeException.class, e -> assertThat(e.findings().get(0).location()).isEqualTo("field"));
        Register source = Changes.apply(JARAP, new Change.CorrectField(stamp(0), "code-of-governance-2018", "date", Optional.of("2018-05"),
                "the report is dated May 2018"));
        assertThat(source.source("code-of-governance-2018").orElseThrow().date()).contains(PartialDate.ofMonth(2018, 5));
    }

    @Test
    void anActionMovesThroughItsStatesForwardInTime() {
        Action action = new Action("1", "Rewrite the code", List.of(Ownership.of("aco-finance")), List.of(), Action.State.NOT_STARTED,
                Optional.of(PartialDate.of(2020, 10, 1)), Optional.empty());
        Register added = Changes.apply(JARAP, new Change.AddAction(stamp(0), GOVERNANCE, action));
        Register started = Changes.apply(added, new Change.SetActionState(stamp(1), GOVERNANCE, "1", Action.State.IN_PROGRESS,
                PartialDate.of(2020, 10, 15)));
        assertThat(rec(started, GOVERNANCE).actions()).singleElement().satisfies(a -> {
            assertThat(a.state()).isEqualTo(Action.State.IN_PROGRESS);
            assertThat(a.stateDate()).contains(PartialDate.of(2020, 10, 15));
        });
        assertThatThrownBy(() -> Changes.apply(started, new Change.SetActionState(stamp(2), GOVERNANCE, "1", Action.State.COMPLETE,
                PartialDate.of(2020, 10, 2))))
                .isInstanceOfSatisfying(RefusedChangeException.class, e -> assertThat(e.findings().get(0).message())
                        .isEqualTo("the change is dated 2020-10-02, before the action's last change of state (2020-10-15)"));
        assertThatThrownBy(() -> Changes.apply(started, new Change.AddAction(stamp(2), GOVERNANCE, action)))
                .isInstanceOf(RefusedChangeException.class).hasMessageContaining("already has an action 1");
    }

    @Test
    void theSameChangesAppliedToTheSameRegisterGiveTheSameBytes() {
        List<Change> changes = ChangeFixtures.oneOfEach();
        String first = new RegisterJson().writeToString(Changes.replay(JARAP, changes));
        String second = new RegisterJson().writeToString(Changes.replay(ReferenceRegister.LEICESTERSHIRE_2020.load(), changes));
        assertThat(first).isEqualTo(second).isNotEqualTo(new RegisterJson().writeToString(JARAP));
        Register checked = JARAP;
        for (Change change : changes) {
            checked = Changes.apply(checked, change);
        }
        assertThat(new RegisterJson().writeToString(checked)).isEqualTo(first);
    }

    static GovernanceDecision decision(int y, int m, int d, GovernanceDecision.Kind kind) {
        return decision(y, m, d, kind, "JARAP");
    }

    static GovernanceDecision decision(int y, int m, int d, GovernanceDecision.Kind kind, String forum) {
        return new GovernanceDecision(PartialDate.of(y, m, d), forum, kind, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
