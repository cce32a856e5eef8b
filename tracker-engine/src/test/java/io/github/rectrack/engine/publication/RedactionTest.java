package io.github.rectrack.engine.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rectrack.engine.evaluation.RecommendationState;
import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.engine.spi.Report;
import io.github.rectrack.model.Action;
import io.github.rectrack.model.Evidence;
import io.github.rectrack.model.ExtensionRequest;
import io.github.rectrack.model.Forum;
import io.github.rectrack.model.GovernanceDecision;
import io.github.rectrack.model.PaperSettings;
import io.github.rectrack.model.Person;
import io.github.rectrack.model.ProgressUpdate;
import io.github.rectrack.model.Recommendation;
import io.github.rectrack.model.Register;
import io.github.rectrack.model.Scheme;
import io.github.rectrack.model.Source;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.TargetDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Profiles applied to the Leicestershire 2020 register with handling markings added to some of its parts. */
class RedactionTest {

    private static final String SENSITIVE = "OFFICIAL-SENSITIVE";
    private static final ReferenceRegister LEICESTERSHIRE = ReferenceRegister.LEICESTERSHIRE_2020;

    /**
     * Leicestershire 2020 with: the Code of Governance source marked (one recommendation), fleet
     * management 4.2 marked (4.4 depends on it), and in Seized &amp; Found Property 4.1 the first update, the
     * response and the first action marked; in Victims Code 4.3 the board's decision and the first evidence.
     */
    static Register marked() {
        Register register = LEICESTERSHIRE.load();
        List<Source> sources = new ArrayList<>();
        for (Source s : register.sources()) {
            List<Recommendation> recs = s.recommendations().stream().map(r -> switch (r.id()) {
                case "fleet-management-4.2" -> r.toBuilder().marking(Optional.of(SENSITIVE)).build();
                case "seized-found-property-2018-4.1" -> r.toBuilder()
                        .updates(mark(r.updates(), 0, u -> new ProgressUpdate(u.date(), u.author(), u.text(), u.sections(), u.degreeMet(),
                                Optional.of(SENSITIVE))))
                        .response(r.response().map(x -> new io.github.rectrack.model.ManagementResponse(x.acceptance(), x.date(), x.text(),
                                Optional.of(SENSITIVE))))
                        .actions(mark(r.actions(), 0, a -> new Action(a.number(), a.text(), a.owners(), a.targetHistory(), a.state(),
                                a.stateDate(), Optional.of(SENSITIVE))))
                        .build();
                case "victims-code-of-practice-2017-4.3" -> r.toBuilder()
                        .decisions(mark(r.decisions(), 1, d -> new GovernanceDecision(d.date(), d.forum(), d.kind(), d.minute(), d.note(),
                                Optional.of(SENSITIVE))))
                        .evidence(mark(r.evidence(), 0, e -> new Evidence(e.description(), e.date(), e.document(), e.figures(),
                                Optional.of(SENSITIVE))))
                        .build();
                default -> r;
            }).toList();
            Optional<String> marking = s.id().equals("code-of-governance-2018") ? Optional.of(SENSITIVE) : s.marking();
            sources.add(new Source(s.id(), s.kind(), s.title(), s.issuedBy(), s.date(), s.assurance(), s.followUpOf(), marking, recs));
        }
        return new Register(register.id(), register.organisation(), register.scheme(), register.people(), sources);
    }

    private static <T> List<T> mark(List<T> list, int index, UnaryOperator<T> marking) {
        List<T> copy = new ArrayList<>(list);
        copy.set(index, marking.apply(copy.get(index)));
        return copy;
    }

    private static Report report(Register register, Profile profile) {
        return Report.builder(register).asOf(LEICESTERSHIRE.paperDate()).profile(profile).build();
    }

    /** The opaque id the public profile gives a person of Leicestershire 2020: person-N, N its place in the register's people. */
    private static String publicId(String id) {
        List<String> ids = LEICESTERSHIRE.load().people().stream().map(Person::id).toList();
        assertThat(ids).contains(id);
        return "person-" + (ids.indexOf(id) + 1);
    }

    private static Recommendation shown(Report report, String id) {
        return report.register().recommendations().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    /**
     * Seized &amp; Found Property 4.1 with a stated status, stated RAG and notes, a percentage on its last
     * update, and two extension requests: one shown whose texts name the EPAC Manager, one marked.
     */
    static Register withNewFacts() {
        Register register = LEICESTERSHIRE.load();
        List<Source> sources = register.sources().stream().map(s -> new Source(s.id(), s.kind(), s.title(), s.issuedBy(), s.date(),
                s.assurance(), s.followUpOf(), s.marking(), s.recommendations().stream().map(r -> !r.id().equals("seized-found-property-2018-4.1") ? r
                        : r.toBuilder()
                                .statedStatus(Optional.of("Off track: awaiting the EPAC Manager's dashboard"))
                                .statedRag(Optional.of("Amber per EPAC Manager"))
                                .notes(Optional.of("Chased by the EPAC Manager"))
                                .updates(mark(r.updates(), r.updates().size() - 1, u -> u.withPercentComplete(75)))
                                .extensionRequests(List.of(
                                        new ExtensionRequest(PartialDate.ofMonth(2020, 9), Optional.of("epac-manager"),
                                                TargetDate.parse("30th April 2021 (EPAC Manager)"),
                                                Optional.of("The EPAC Manager awaits the complete data warehouse"),
                                                Optional.of(new ExtensionRequest.Decision(ExtensionRequest.Outcome.APPROVED, "JARAP",
                                                        PartialDate.of(2020, 10, 16), Optional.of("Agreed on the EPAC Manager's assurance"))),
                                                Optional.empty()),
                                        new ExtensionRequest(PartialDate.ofMonth(2020, 10), Optional.of("epac-manager"),
                                                TargetDate.parse("June 2021"), Optional.of("Supplier under investigation"), Optional.empty(),
                                                Optional.of(SENSITIVE))))
                                .build()).toList())).toList();
        return new Register(register.id(), register.organisation(), Optional.of(LocalDate.of(2020, 10, 1)), register.scheme(),
                register.people(), sources);
    }

    @Test
    void refusesToRestrictUnderASchemeThatListsOfficialSensitiveBeforeOfficial() {
        Register register = marked();
        Scheme s = register.scheme();
        Register inverted = new Register(register.id(), register.organisation(), register.asOf(), new Scheme(s.priorities(),
                s.assuranceLevels(), List.of(SENSITIVE, "OFFICIAL"), s.forums(), s.ragPolicy(), s.ragSettings(), s.reportingRules()),
                register.people(), register.sources());
        assertThat(s.handlingMarkings()).containsExactly("OFFICIAL", SENSITIVE);
        assertThatThrownBy(() -> Redaction.of(inverted, Profile.PUBLIC))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the 'public' profile cannot tell what is restricted under register '" + register.id()
                        + "': scheme.handlingMarkings[1]: 'OFFICIAL' is listed after the more restricted 'OFFICIAL-SENSITIVE'; handling "
                        + "markings are listed least restricted first, and the Government Security Classifications go OFFICIAL < "
                        + "OFFICIAL-SENSITIVE < SECRET < TOP SECRET (a force's own markings may stand anywhere)");
        assertThatThrownBy(() -> Redaction.of(inverted, Profile.PANEL)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the 'panel' profile cannot tell what is restricted");
        assertThat(Redaction.of(inverted, Profile.INTERNAL).register()).isSameAs(inverted);
    }

    @Test
    void publicReplacesNamesInTheNewTextsAndWithholdsMarkedExtensionRequests() {
        Report report = report(withNewFacts(), Profile.PUBLIC);
        assertThat(report.withheld().extensionRequests()).isEqualTo(1);
        assertThat(report.withheld().total()).isEqualTo(1);
        assertThat(report.withheld().statement()).contains(
                "This paper omits 1 extension request marked OFFICIAL-SENSITIVE; names are shown as initials or roles.");
        assertThat(report.register().asOf()).contains(LocalDate.of(2020, 10, 1));

        Recommendation property = shown(report, "seized-found-property-2018-4.1");
        assertThat(property.statedStatus()).contains("Off track: awaiting the AP's dashboard");
        assertThat(property.statedRag()).contains("Amber per AP");
        assertThat(property.notes()).contains("Chased by the AP");
        assertThat(property.updates().get(property.updates().size() - 1).percentComplete()).contains(75);
        assertThat(property.extensionRequests()).hasSize(1);
        ExtensionRequest request = property.extensionRequests().get(0);
        // the requester's id is replaced by an opaque one: the EPAC Manager is the register's second person
        assertThat(request.requestedBy()).contains("person-2");
        assertThat(report.register().person("person-2").map(Person::name)).contains("AP");
        assertThat(request.target().text()).isEqualTo("30th April 2021 (AP)");
        assertThat(request.target().deadline()).contains(LocalDate.of(2021, 4, 30));
        assertThat(request.reason()).contains("The AP awaits the complete data warehouse");
        assertThat(request.decision().flatMap(ExtensionRequest.Decision::note)).contains("Agreed on the AP's assurance");
        assertThat(request.decision().map(ExtensionRequest.Decision::outcome)).contains(ExtensionRequest.Outcome.APPROVED);

        Report panel = report(withNewFacts(), Profile.PANEL);
        assertThat(shown(panel, "seized-found-property-2018-4.1").extensionRequests()).hasSize(2);
        assertThat(shown(panel, "seized-found-property-2018-4.1").notes()).contains("Chased by the EPAC Manager");
        assertThat(panel.withheld().isEmpty()).isTrue();
    }

    @Test
    void internalShowsTheRegisterAsGiven() {
        Register register = marked();
        Report report = report(register, Profile.INTERNAL);
        assertThat(report.register()).isSameAs(register);
        assertThat(report.withheld()).isEqualTo(Withheld.nothing(Profile.INTERNAL));
        assertThat(report.withheld().statement()).isEmpty();
        assertThat(report.profile()).isEqualTo(Profile.INTERNAL);
    }

    @Test
    void theDefaultProfileIsPanelWhichWithTwoMarkingsShowsEverything() {
        Register register = marked();
        Report report = Report.builder(register).asOf(LEICESTERSHIRE.paperDate()).build();
        assertThat(report.profile()).isEqualTo(Profile.PANEL);
        assertThat(report.register()).isSameAs(register);
        assertThat(report.withheld().isEmpty()).isTrue();
        assertThat(Report.of(report.evaluation(), "JARAP").profile()).isEqualTo(Profile.PANEL);
    }

    @Test
    void publicLeavesOutMarkedPartsAndCountsThem() {
        Report report = report(marked(), Profile.PUBLIC);
        Withheld withheld = report.withheld();
        assertThat(withheld).isEqualTo(new Withheld(Profile.PUBLIC, 1, 2, 1, 1, 1, 1, 1, List.of(SENSITIVE), true));
        assertThat(withheld.total()).isEqualTo(8);
        assertThat(withheld.statement()).contains("This paper omits 1 source, 2 recommendations, 1 management response, 1 update, "
                + "1 action, 1 decision note and 1 evidence item marked OFFICIAL-SENSITIVE; names are shown as initials or roles.");

        assertThat(report.register().source("code-of-governance-2018")).isEmpty();
        assertThat(report.evaluation().state("code-of-governance-2018-4.1")).isEmpty();
        assertThat(report.evaluation().state("fleet-management-4.2")).isEmpty();
        assertThat(report.register().recommendationCount()).isEqualTo(LEICESTERSHIRE.load().recommendationCount() - 2);

        Recommendation property = shown(report, "seized-found-property-2018-4.1");
        Recommendation whole = LEICESTERSHIRE.load().recommendations().filter(r -> r.id().equals(property.id())).findFirst().orElseThrow();
        assertThat(property.updates()).hasSize(whole.updates().size() - 1);
        assertThat(property.updates().get(0).date()).isEqualTo(whole.updates().get(1).date());
        assertThat(property.response()).isEmpty();
        assertThat(property.actions()).hasSize(whole.actions().size() - 1);
        assertThat(property.actions().get(0).number()).isEqualTo(whole.actions().get(1).number());

        Recommendation victims = shown(report, "victims-code-of-practice-2017-4.3");
        assertThat(victims.decisions()).hasSize(4);
        assertThat(victims.decisions().get(1).kind()).isEqualTo(GovernanceDecision.Kind.CLOSURE_AGREED);
        assertThat(victims.decisions().get(1).note()).isEmpty();
        assertThat(victims.decisions().get(1).marking()).isEmpty();
        assertThat(victims.decisions().get(0).note()).contains("Update January 2020: considered complete and proposed closed.");
        assertThat(victims.evidence()).hasSize(2);

        assertThat(shown(report, "fleet-management-4.4").links()).isEmpty();
    }

    @Test
    void statusColourAndRouteAreThoseOfTheWholeRegister() {
        Report internal = report(marked(), Profile.INTERNAL);
        Report published = report(marked(), Profile.PUBLIC);
        for (RecommendationState state : published.evaluation().states()) {
            RecommendationState whole = internal.evaluation().state(state.id()).orElseThrow();
            assertThat(state.status()).as(state.id()).isEqualTo(whole.status());
            assertThat(state.rag()).as(state.id()).isEqualTo(whole.rag());
            assertThat(state.route()).as(state.id()).isEqualTo(whole.route());
            assertThat(state.targets().current().map(t -> t.deadline())).as(state.id())
                    .isEqualTo(whole.targets().current().map(t -> t.deadline()));
        }
        assertThat(published.evaluation().states()).hasSize(internal.evaluation().states().size() - 2);
        RecommendationState property = published.evaluation().state("seized-found-property-2018-4.1").orElseThrow();
        assertThat(property.updates()).hasSize(internal.evaluation().state(property.id()).orElseThrow().updates().size() - 1);
        assertThat(published.views().summary().total()).isEqualTo(internal.views().summary().total() - 2);
    }

    @Test
    void publicReplacesNamesOfTheRegistersPeopleEverywhere() {
        Report report = report(marked(), Profile.PUBLIC);
        assertThat(report.register().person("epac-manager")).isEmpty();
        assertThat(report.register().person(publicId("epac-manager")).map(Person::name)).contains("AP");
        // a role title naming someone is changed too: the EPAC Manager's role repeats the name
        assertThat(report.register().person(publicId("epac-manager")).flatMap(Person::role)).contains("AP (Manager, Evidential Property and Archives Team)");
        assertThat(report.register().person(publicId("civica")).map(Person::name)).contains("Supplier of the Tranman vehicle management system");
        // a name that is the person's role title is not a personal name
        assertThat(report.register().person(publicId("head-of-information-management")).map(Person::name)).contains("Head of Information Management");
        List<String> texts = shown(report, "seized-found-property-2018-4.1").updates().stream().map(ProgressUpdate::text).toList();
        assertThat(texts).anySatisfy(t -> assertThat(t).contains("The AP anticipates having a set of useful performance indicator"))
                .noneSatisfy(t -> assertThat(t).contains("EPAC Manager"));
        assertThat(report(marked(), Profile.INTERNAL).register().person("epac-manager").map(Person::name)).contains("EPAC Manager");
    }

    @Test
    void panelLeavesOutOnlyWhatIsAboveTheSecondLowestMarking() {
        Register base = LEICESTERSHIRE.load();
        Scheme s = base.scheme();
        Scheme three = new Scheme(s.priorities(), s.assuranceLevels(), List.of("OFFICIAL", SENSITIVE, "SECRET"), s.forums(), s.ragPolicy(),
                s.ragSettings(), s.reportingRules());
        List<Source> sources = base.sources().stream().map(src -> new Source(src.id(), src.kind(), src.title(), src.issuedBy(), src.date(),
                src.assurance(), src.followUpOf(), src.marking(), src.recommendations().stream().map(r -> switch (r.id()) {
                    case "gdpr-2019-4.1" -> r.toBuilder().marking(Optional.of("SECRET")).build();
                    case "recruitment-2019-4.1" -> r.toBuilder().marking(Optional.of(SENSITIVE)).build();
                    case "recruitment-2019-4.3" -> r.toBuilder().marking(Optional.of("RESTRICTED")).build();
                    default -> r;
                }).toList())).toList();
        Register register = new Register(base.id(), base.organisation(), three, base.people(), sources);

        Report panel = report(register, Profile.PANEL);
        assertThat(panel.withheld()).isEqualTo(new Withheld(Profile.PANEL, 0, 2, 0, 0, 0, 0, 0, List.of("SECRET", "RESTRICTED"), false));
        assertThat(panel.withheld().statement()).contains("This paper omits 2 recommendations marked SECRET or RESTRICTED.");
        assertThat(panel.evaluation().state("recruitment-2019-4.1")).isPresent();
        assertThat(panel.register().person("epac-manager").map(Person::name)).contains("EPAC Manager");

        Report published = report(register, Profile.PUBLIC);
        assertThat(published.withheld().recommendations()).isEqualTo(3);
        assertThat(published.withheld().markings()).containsExactly(SENSITIVE, "SECRET", "RESTRICTED");

        Report internal = report(register, Profile.INTERNAL);
        assertThat(internal.evaluation().state("recruitment-2019-4.3")).isPresent();
    }

    @Test
    void namesOnlyAreReplacedWhenNothingIsMarked() {
        Report report = report(LEICESTERSHIRE.load(), Profile.PUBLIC);
        assertThat(report.withheld().statement()).contains("Names are shown as initials or roles.");
        assertThat(report.withheld().total()).isZero();
    }

    @Test
    void aPreviousMeetingIsRedactedWithTheSameProfile() {
        Report report = Report.builder(marked()).asOf(LEICESTERSHIRE.paperDate()).previousMeeting(LEICESTERSHIRE.paperDate().minusMonths(3))
                .profile(Profile.PUBLIC).build();
        assertThat(report.previous().orElseThrow().state("fleet-management-4.2")).isEmpty();
        assertThat(report.previous().orElseThrow().register().person(publicId("epac-manager")).map(Person::name)).contains("AP");
        assertThat(report.movement()).isPresent();
    }

    @Test
    void anUnknownProfileIsRefusedNamingTheProfiles() {
        assertThat(Profile.byId("public")).isEqualTo(Profile.PUBLIC);
        assertThatThrownBy(() -> Profile.byId("secret")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("there is no publication profile 'secret'; the profiles are internal, panel, public");
    }

    @Test
    void namesMatchWholeWordsIgnoringCaseAndSpacingLongestFirst() {
        Names names = new Names(List.of(
                new Person("a", "Jane Smith", Optional.of("JS"), Optional.empty()),
                new Person("b", "Jane Smith-Jones", Optional.empty(), Optional.of("Head of Estates")),
                new Person("c", "Ola Nordmann", Optional.empty(), Optional.empty())));
        assertThat(names.apply("JANE SMITH met Jane\nSmith-Jones; Jane Smithson and ola nordmann's team"))
                .isEqualTo("JS met Head of Estates; Jane Smithson and ON's team");
    }

    /**
     * Leicestershire 2020 with its people given ids made from names, and the EPAC Manager's role naming
     * another person; the Seized &amp; Found Property 4.1 notes give an e-mail address and telephone number.
     */
    private static Register withNamedIds() {
        Register register = LEICESTERSHIRE.load();
        UnaryOperator<String> rename = id -> id.equals("epac-manager") ? "rosalind-featherstonehaugh" : id;
        List<Person> people = register.people().stream().map(p -> p.id().equals("epac-manager")
                ? new Person(rename.apply(p.id()), "Rosalind Featherstonehaugh", Optional.empty(), Optional.of("Staff officer to Bartholomew Pengelly"))
                : p).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        people.add(new Person("bartholomew-pengelly", "Bartholomew Pengelly", Optional.empty(), Optional.empty()));
        List<Source> sources = register.sources().stream().map(s -> new Source(s.id(), s.kind(), s.title(), s.issuedBy(), s.date(),
                s.assurance(), s.followUpOf(), s.marking(), s.recommendations().stream().map(r -> r.toBuilder()
                        .owners(r.owners().stream().map(o -> new io.github.rectrack.model.Ownership(rename.apply(o.person()), o.strand(),
                                o.from(), o.until())).toList())
                        .updates(r.updates().stream().map(u -> new ProgressUpdate(u.date(), u.author().map(rename), u.text(), u.sections(),
                                u.degreeMet(), u.percentComplete(), u.marking())).toList())
                        .targetHistory(r.targetHistory().stream().map(t -> new io.github.rectrack.model.TargetRevision(t.target(), t.date(),
                                t.reason(), t.agreedBy().map(rename))).toList())
                        .notes(r.id().equals("seized-found-property-2018-4.1")
                                ? Optional.of("Ask Supt Pengelly: bartholomew.pengelly@leics.example.police.uk, 0116 496 0123") : r.notes())
                        .build()).toList())).toList();
        return new Register(register.id(), register.organisation(), register.asOf(), register.scheme(), people, sources);
    }

    @Test
    void publicGivesPeopleOpaqueIdsEverywhereTheyAreUsed() {
        Register register = withNamedIds();
        Report report = report(register, Profile.PUBLIC);
        assertThat(report.register().people()).extracting(Person::id)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, register.people().size()).mapToObj(i -> "person-" + i)
                        .toList());
        Recommendation property = shown(report, "seized-found-property-2018-4.1");
        Recommendation recorded = register.recommendations().filter(r -> r.id().equals(property.id())).findFirst().orElseThrow();
        assertThat(recorded.owners()).extracting(o -> o.person()).contains("rosalind-featherstonehaugh");
        assertThat(property.owners()).extracting(o -> o.person()).contains("person-2").doesNotContain("rosalind-featherstonehaugh");
        assertThat(property.updates()).extracting(u -> u.author().orElse("")).contains("person-2")
                .doesNotContain("rosalind-featherstonehaugh");
        assertThat(property.targetHistory()).extracting(t -> t.agreedBy().orElse("")).contains("person-2")
                .doesNotContain("rosalind-featherstonehaugh");
        String everything = report.register().toString() + report.evaluation().states();
        assertThat(everything).doesNotContainIgnoringCase("featherstonehaugh").doesNotContainIgnoringCase("pengelly");
        // the role that replaces a name has the name in it replaced too
        assertThat(report.register().person("person-2").map(Person::name)).contains("Staff officer to BP");
        assertThat(report.register().person("person-2").flatMap(Person::role)).contains("Staff officer to BP");
        assertThat(property.notes()).contains("Ask BP: [e-mail removed], [telephone number removed]");
        assertThat(report.withheld().statement()).contains(
                "Names are shown as initials or roles; e-mail addresses and telephone numbers are removed.");
        // the internal profile keeps ids and contacts as recorded
        assertThat(report(register, Profile.INTERNAL).register().person("rosalind-featherstonehaugh")).isPresent();
    }

    @Test
    void publicReplacesOtherSpellingsOfANameAndShowsNoAliases() {
        Register base = LEICESTERSHIRE.load();
        List<Person> people = base.people().stream().map(p -> p.id().equals("epac-manager")
                ? new Person(p.id(), "Rosalind Featherstonehaugh", Optional.of("RF"), p.role(), List.of("Ros", "R.Feather", "Rosalind Brackley"))
                : p).toList();
        List<Source> sources = base.sources().stream().map(s -> new Source(s.id(), s.kind(), s.title(), s.issuedBy(), s.date(),
                s.assurance(), s.followUpOf(), s.marking(), s.recommendations().stream().map(r -> !r.id().equals("seized-found-property-2018-4.1")
                        ? r : r.toBuilder().notes(Optional.of("Ros chased it; R.\u00A0Feather agreed; Mrs Brackley (Rosalind\u200BBrackley) signed"))
                                .build()).toList())).toList();
        Register register = new Register(base.id(), base.organisation(), base.asOf(), base.scheme(), people, sources);

        Report published = report(register, Profile.PUBLIC);
        assertThat(shown(published, "seized-found-property-2018-4.1").notes()).contains("RF chased it; RF agreed; RF (RF) signed");
        assertThat(published.register().people()).allSatisfy(p -> assertThat(p.aliases()).isEmpty());
        assertThat(published.register().person(publicId("epac-manager")).map(Person::name)).contains("RF");
        // the internal profile keeps the aliases as recorded
        assertThat(report(register, Profile.INTERNAL).register().person("epac-manager").map(Person::aliases).orElseThrow())
                .containsExactly("Ros", "R.Feather", "Rosalind Brackley");
    }

    @Test
    void theBundledRegistersKeepEveryIdUnderPublic() {
        for (ReferenceRegister reference : ReferenceRegister.values()) {
            Register register = reference.load();
            Report published = Report.builder(register).asOf(reference.paperDate()).profile(Profile.PUBLIC).build();
            assertThat(published.register().sources()).as(reference.id()).extracting(Source::id)
                    .containsExactlyElementsOf(register.sources().stream().map(Source::id).toList());
            assertThat(published.register().recommendations().map(Recommendation::id)).as(reference.id())
                    .containsExactlyElementsOf(register.recommendations().map(Recommendation::id).toList());
            assertThat(published.register().recommendations().flatMap(r -> r.links().stream()).map(l -> l.target())).as(reference.id())
                    .containsExactlyElementsOf(register.recommendations().flatMap(r -> r.links().stream()).map(l -> l.target()).toList());
        }
    }

    /**
     * Leicestershire 2020 with its first two sources given ids made from titles naming the EPAC Manager
     * (by name and by other spelling), the third the id {@code source-1} and the fourth following up the
     * first; fleet management 4.4 linked to the second source's first recommendation and to a minute naming the
     * EPAC Manager, and asked of the EPAC Manager for an update.
     */
    private static Register withIdsNamingSomeone() {
        Register base = LEICESTERSHIRE.load();
        List<Person> people = base.people().stream().map(p -> p.id().equals("epac-manager")
                ? new Person("rosalind-featherstonehaugh", "Rosalind Featherstonehaugh", Optional.of("RF"), p.role(), List.of("Ros Brackley"))
                : p).toList();
        List<String> ids = List.of("review-requested-by-rosalind-featherstonehaugh", "Audit_for_ROS.BRACKLEY_2019", "source-1");
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < base.sources().size(); i++) {
            Source s = base.sources().get(i);
            boolean renamed = i < ids.size();
            String id = renamed ? ids.get(i) : s.id();
            Optional<String> followUpOf = i == 3 ? Optional.of(ids.get(0)) : s.followUpOf();
            List<Recommendation> recommendations = s.recommendations().stream().map(r -> {
                Recommendation.Builder b = r.toBuilder().id(renamed ? id + "-" + r.reference() : r.id());
                if (r.id().equals("fleet-management-4.4")) {
                    b.links(List.of(new io.github.rectrack.model.Link(io.github.rectrack.model.Link.Kind.DEPENDS_ON,
                                    ids.get(1) + "-" + base.sources().get(1).recommendations().get(0).reference(), Optional.empty()),
                            new io.github.rectrack.model.Link(io.github.rectrack.model.Link.Kind.EXTERNAL_REFERENCE,
                                    "Minute 12 (Rosalind Featherstonehaugh)", Optional.empty())))
                            .updateRequests(List.of(new io.github.rectrack.model.UpdateRequest(LocalDate.of(2020, 9, 1),
                                    Optional.of("rosalind-featherstonehaugh"), Optional.empty(), Optional.empty())));
                }
                return b.build();
            }).toList();
            sources.add(new Source(id, s.kind(), s.title(), s.issuedBy(), s.date(), s.assurance(), followUpOf, s.marking(), recommendations));
        }
        return new Register(base.id(), base.organisation(), base.asOf(), base.scheme(), people, sources);
    }

    @Test
    void publicReplacesIdsMadeFromNamesWhereverTheyAreUsed() {
        Register register = withIdsNamingSomeone();
        Report published = report(register, Profile.PUBLIC);
        List<Source> sources = published.register().sources();
        // numbered in register order, skipping an id the register already uses
        assertThat(sources).extracting(Source::id).startsWith("source-2", "source-3", "source-1")
                .containsAll(register.sources().subList(3, register.sources().size()).stream().map(Source::id).toList());
        assertThat(sources.get(3).followUpOf()).contains("source-2");
        int first = register.sources().get(0).recommendations().size();
        int second = register.sources().get(1).recommendations().size();
        assertThat(sources.get(0).recommendations()).extracting(Recommendation::id)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, first).mapToObj(i -> "rec-" + i).toList());
        assertThat(sources.get(1).recommendations().get(0).id()).isEqualTo("rec-" + (first + 1));
        assertThat(sources.get(1).recommendations()).hasSize(second);
        // ids that name no one are kept
        assertThat(sources.get(2).recommendations()).extracting(Recommendation::id)
                .containsExactlyElementsOf(register.sources().get(2).recommendations().stream().map(Recommendation::id).toList());
        Recommendation property = shown(published, "fleet-management-4.4");
        assertThat(property.links()).extracting(l -> l.target()).containsExactly("rec-" + (first + 1), "Minute 12 (RF)");
        assertThat(property.updateRequests()).extracting(q -> q.requestedOf().orElseThrow()).containsExactly(publicId("epac-manager"));
        // the evaluation and views refer to the same ids
        assertThat(published.evaluation().state("rec-1")).isPresent();
        String everything = published.register().toString() + published.evaluation().states() + published.views();
        assertThat(everything).doesNotContainIgnoringCase("featherstonehaugh").doesNotContainIgnoringCase("brackley");
        // a second report of the same register gives the same ids
        assertThat(report(register, Profile.PUBLIC).register().sources()).extracting(Source::id)
                .containsExactlyElementsOf(sources.stream().map(Source::id).toList());
        // the internal profile keeps the ids as recorded
        assertThat(report(register, Profile.INTERNAL).register().sources().get(0).id()).isEqualTo("review-requested-by-rosalind-featherstonehaugh");
    }

    @Test
    void aReportRedactsTextFromOutsideTheRegisterAsItsProfileSays() {
        Register base = marked();
        Register register = new Register(base.id(), base.organisation(), base.asOf(), base.scheme(),
                List.of(new Person("a", "Jane Smith", Optional.of("JS"), Optional.empty()),
                        new Person("b", "Jane Smith-Jones", Optional.empty(), Optional.of("Head of Estates"))),
                base.sources());
        String option = "Prepared by Jane Smith-Jones for jane smith";
        Report published = Report.builder(register).asOf(LocalDate.of(2020, 10, 16)).profile(Profile.PUBLIC).build();
        assertThat(published.redact(option)).isEqualTo("Prepared by Head of Estates for JS");
        assertThat(Redaction.of(register, Profile.PUBLIC).text(option)).isEqualTo("Prepared by Head of Estates for JS");
        Report panel = Report.builder(register).asOf(LocalDate.of(2020, 10, 16)).profile(Profile.PANEL).build();
        assertThat(panel.redact(option)).isEqualTo(option);
    }

    @Test
    void aForumsPaperSettingsHaveNamesTelephoneNumbersAndAddressesReplacedForThePublic() {
        Register register = LEICESTERSHIRE.load();
        Scheme s = register.scheme();
        List<Forum> forums = s.forums().stream().map(f -> !f.id().equals("JARAP") ? f : new Forum(f.id(), f.name(), f.role(),
                f.paper().map(p -> new PaperSettings(p.marking(), p.reportOf(), Optional.of("EPAC Manager"), p.meetingTime(),
                        Map.of("Risks and Impact", "Raised by the EPAC Manager"), List.of("Note by the EPAC Manager"),
                        List.of("EPAC Manager, epac.manager@example.police.uk, 0116 222 2222"))))).toList();
        Register withNames = new Register(register.id(), register.organisation(), register.asOf(), new Scheme(s.priorities(),
                s.assuranceLevels(), s.handlingMarkings(), forums, s.ragPolicy(), s.ragSettings(), s.reportingRules()),
                register.people(), register.sources());
        PaperSettings shown = Redaction.of(withNames, Profile.PUBLIC).register().scheme().forum("JARAP").flatMap(Forum::paper).orElseThrow();
        assertThat(shown.author()).contains("AP");
        assertThat(shown.implications()).containsExactly(org.assertj.core.api.Assertions.entry("Risks and Impact", "Raised by the AP"));
        assertThat(shown.backgroundPapers()).containsExactly("Note by the AP");
        assertThat(shown.contacts()).singleElement().asString().startsWith("AP").doesNotContain("EPAC", "@", "0116");
        assertThat(shown.marking()).contains("PAPER MARKED C");
        assertThat(shown.meetingTime()).contains("10:00");
        assertThat(Redaction.of(withNames, Profile.PANEL).register().scheme()).isEqualTo(withNames.scheme());
    }

    @Test
    void redactingThePaperSettingsKeepsTheRestOfTheScheme() {
        Register register = LEICESTERSHIRE.load();
        Scheme s = register.scheme();
        assertThat(s.forums()).anyMatch(f -> f.paper().isPresent());
        Scheme scheme = new Scheme(s.priorities(), s.assuranceLevels(), s.handlingMarkings(), s.forums(), s.ragPolicy(), s.ragSettings(),
                s.reportingRules(), Map.of(Source.Kind.INSPECTION, 56), List.of("JARAP"));
        Register withRules = new Register(register.id(), register.organisation(), register.asOf(), scheme, register.people(),
                register.sources());
        Scheme shown = Redaction.of(withRules, Profile.PUBLIC).register().scheme();
        assertThat(shown.publishedResponseDays()).isEqualTo(scheme.publishedResponseDays()).containsEntry(Source.Kind.INSPECTION, 56);
        assertThat(shown.kindsSeparatedFor()).containsExactly("JARAP");
    }
}
