package io.github.rectrack.engine.publication;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.engine.evaluation.RecommendationState;
import io.github.rectrack.engine.evaluation.RegisterEvaluation;
import io.github.rectrack.engine.status.TargetStatus;
import io.github.rectrack.model.Action;
import io.github.rectrack.model.Evidence;
import io.github.rectrack.model.ExtensionRequest;
import io.github.rectrack.model.Forum;
import io.github.rectrack.model.GovernanceDecision;
import io.github.rectrack.model.Link;
import io.github.rectrack.model.ManagementResponse;
import io.github.rectrack.model.Ownership;
import io.github.rectrack.model.PaperSettings;
import io.github.rectrack.model.Person;
import io.github.rectrack.model.ProgressUpdate;
import io.github.rectrack.model.Recommendation;
import io.github.rectrack.model.ReportDue;
import io.github.rectrack.model.Register;
import io.github.rectrack.model.Scheme;
import io.github.rectrack.model.Source;
import io.github.rectrack.model.TargetDate;
import io.github.rectrack.model.TargetRevision;
import io.github.rectrack.model.UpdateRequest;
import io.github.rectrack.model.UpdateSections;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/**
 * A register with a {@link Profile} applied: what the profile withholds left out, names replaced where the
 * profile says so, and a count of what was left out.
 *
 * <p>What is left out: a source marked above what the profile shows, with all its recommendations; such
 * a recommendation; and, inside a recommendation that is shown, such a management response, progress
 * update, extension request, action or piece of evidence, and the note of such a governance decision (the decision itself,
 * which carries no text of its own, is kept, and its marking cleared with its note). Links to a
 * recommendation left out are dropped, and so is a source's {@code followUpOf} naming a source left out,
 * so that nothing refers to what is not there.
 *
 * <p>With {@link Profile#replacesNames()}, every person's {@link Person#name()} and every other spelling of
 * it ({@link Person#aliases()}) is replaced, in the register's people (their names, and their role titles,
 * which may name someone; their aliases are left out of the register shown) and in every text of
 * the register (titles, texts, owners' strands, target texts and
 * reasons, updates and their sections, responses, extension requests' targets, reasons and decision
 * notes, actions, link notes, decision minutes and notes, evidence, stated status, stated RAG and notes),
 * by the person's initials, else role title (with any name in it replaced), else initials taken from the
 * name; names are matched however they are spaced, hyphenated, accented or interleaved with invisible
 * characters, and after a title ("Supt Smith"), as {@link Names} describes. E-mail addresses and UK telephone
 * numbers in those texts are replaced by "[e-mail removed]" and "[telephone number removed]". Person ids,
 * which may be made from names ({@code jane-smith}), are replaced by opaque ones, {@code person-1},
 * {@code person-2} and so on, in the order of the register's people and then of first reference,
 * wherever they are used: people, owners (of recommendations and actions), update authors, those asked
 * for an update, extension requesters, and target revisions agreed by a person. A source or recommendation
 * id made from a title that names someone ({@code review-requested-by-jane-smith}: it holds a person's name
 * or other spelling, folded, as {@link Names#namedIn(String)} describes) is replaced by an opaque one, {@code
 * source-1}, {@code rec-1} and so on, numbered in register order and never one the register already uses,
 * wherever it is used: the source or recommendation itself, a source's {@code followUpOf} and links'
 * targets. An external reference a link gives is text, and has names replaced as text does. Other ids
 * (sources and recommendations naming no one, forums), scheme values (priorities, tags, forums, assurance
 * levels), numbers and dates are kept as they are; the text of a forum's paper settings (marking, "Report
 * of", author, implications, background papers, contacts) has names replaced as text does.
 *
 * <p>The status, colour, route and targets of a recommendation are those the engine found on the whole
 * register ({@link #evaluation(RegisterEvaluation)}): leaving out a sensitive update does not turn an
 * item back to open. Immutable and thread-safe.
 *
 * <pre>{@code
 * Redaction redaction = Redaction.of(register, Profile.PUBLIC);
 * RegisterEvaluation shown = redaction.evaluation(new StatusEngine().evaluate(register, day));
 * redaction.withheld().statement().ifPresent(paper::note);
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class Redaction {

    private final Register original;
    private final Profile profile;
    private final Scheme scheme;
    private final Names names;
    private final Register register;
    private final Withheld withheld;
    private final Map<Source, Source> sources = new IdentityHashMap<>();
    private final Map<Recommendation, Recommendation> recommendations = new IdentityHashMap<>();
    private final Set<String> withheldRecommendationIds = new HashSet<>();
    private final Set<String> withheldSourceIds = new HashSet<>();
    private final Map<String, String> personIds = new LinkedHashMap<>();
    private final Set<String> knownPeople = new HashSet<>();
    private final Map<String, String> sourceIds = new LinkedHashMap<>();
    private final Map<String, String> recommendationIds = new LinkedHashMap<>();
    private final Set<String> recordedSourceIds = new HashSet<>();
    private final Set<String> recordedRecommendationIds = new HashSet<>();

    private Redaction(Register original, Profile profile) {
        this.original = Objects.requireNonNull(original, "register");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.scheme = original.scheme();
        if (profile != Profile.INTERNAL) {
            List<MarkingOrder.Misplaced> misplaced = MarkingOrder.misplaced(scheme.handlingMarkings());
            if (!misplaced.isEmpty()) {
                MarkingOrder.Misplaced first = misplaced.get(0);
                throw new IllegalArgumentException("the '" + profile.id() + "' profile cannot tell what is restricted under register '"
                        + original.id() + "': scheme.handlingMarkings[" + first.index() + "]: " + first.message());
            }
        }
        this.names = profile.replacesNames() ? new Names(original.people()) : Names.none();
        if (profile.replacesNames()) {
            original.people().forEach(p -> {
                knownPeople.add(p.id());
                person(p.id());
            });
            for (Source source : original.sources()) {
                recordedSourceIds.add(source.id());
                source.recommendations().forEach(r -> recordedRecommendationIds.add(r.id()));
            }
        }
        Counts counts = new Counts();
        if (profile == Profile.INTERNAL || (!profile.replacesNames() && !anythingWithheld(original))) {
            this.register = original;
        } else {
            this.register = redact(counts);
        }
        this.withheld = new Withheld(profile, counts.sources, counts.recommendations, counts.responses, counts.updates,
                counts.extensionRequests, counts.actions, counts.decisionNotes, counts.evidence, counts.markings(scheme),
                profile.replacesNames() && !original.people().isEmpty(), names.emailsRemoved(), names.phonesRemoved());
    }

    /**
     * Applies a profile to a register.
     *
     * @param register the register as recorded
     * @param profile the profile
     * @return the redaction
     * @throws IllegalArgumentException if the profile is not {@link Profile#INTERNAL} and the scheme lists
     *     Government Security Classifications out of their order ({@link MarkingOrder}), so that what it
     *     calls least restricted may be restricted; validation reports the same as an error
     */
    public static Redaction of(Register register, Profile profile) {
        return new Redaction(register, profile);
    }

    /**
     * The profile applied.
     *
     * @return the profile
     */
    public Profile profile() {
        return profile;
    }

    /**
     * The register as the profile shows it; the same instance as given when nothing changed.
     *
     * @return the register
     */
    public Register register() {
        return register;
    }

    /**
     * A text from outside the register, such as an exporter's option (a paper's author or subject) or a
     * template's own text, as the profile shows it: with {@link Profile#replacesNames()}, the names of the
     * register's people replaced, and e-mail addresses and telephone numbers removed, exactly as in the
     * register's own text; otherwise as given. (The {@link #withheld() statement} is of the register's own
     * text: it does not say what was removed from texts given here.)
     *
     * @param text the text
     * @return the text to show
     */
    public String text(String text) {
        return names.apply(Objects.requireNonNull(text, "text"));
    }

    /**
     * What was left out.
     *
     * @return the counts and statement
     */
    public Withheld withheld() {
        return withheld;
    }

    /**
     * An evaluation of the register as the profile shows it, from an evaluation of the whole register: the
     * states of recommendations left out are dropped, and each other state shows the redacted source,
     * recommendation, decisions, updates and targets with the status, colour and route found on the whole
     * register.
     *
     * @param whole the register as recorded, evaluated
     * @return the evaluation to report; the same instance as given when nothing changed
     * @throws IllegalArgumentException if the evaluation is of another register
     */
    public RegisterEvaluation evaluation(RegisterEvaluation whole) {
        Objects.requireNonNull(whole, "whole");
        if (!whole.register().id().equals(original.id())) {
            throw new IllegalArgumentException("the evaluation is of register '" + whole.register().id() + "', not '" + original.id() + "'");
        }
        if (register == original) {
            return whole;
        }
        List<RecommendationState> states = new ArrayList<>(whole.states().size());
        for (RecommendationState state : whole.states()) {
            if (!profile.shows(state.source().marking(), scheme) || !profile.shows(state.recommendation().marking(), scheme)) {
                continue;
            }
            Source source = sourceOf(state.source());
            Recommendation recommendation = recommendationOf(state.recommendation());
            List<GovernanceDecision> decisions = state.decisions().stream().map(this::decision).toList();
            List<ProgressUpdate> updates = state.updates().stream().filter(u -> profile.shows(u.marking(), scheme))
                    .map(this::update).toList();
            TargetStatus targets = TargetStatus.of(recommendation.targetHistory(), whole.asOf());
            states.add(new RecommendationState(source, recommendation, state.status(), state.statusSince(), decisions, updates,
                    targets, state.route(), state.rag()));
        }
        return new RegisterEvaluation(register, whole.asOf(), whole.ragPolicy(), whole.colourMeanings(), states);
    }

    private Source sourceOf(Source source) {
        Source known = sources.get(source);
        return known != null ? known : source(source, new Counts(), false);
    }

    private Recommendation recommendationOf(Recommendation recommendation) {
        Recommendation known = recommendations.get(recommendation);
        return known != null ? known : recommendation(recommendation, new Counts());
    }

    private boolean anythingWithheld(Register register) {
        for (Source source : register.sources()) {
            if (!profile.shows(source.marking(), scheme)) {
                return true;
            }
            for (Recommendation r : source.recommendations()) {
                if (!profile.shows(r.marking(), scheme)
                        || r.response().filter(x -> !profile.shows(x.marking(), scheme)).isPresent()
                        || r.updates().stream().anyMatch(x -> !profile.shows(x.marking(), scheme))
                        || r.extensionRequests().stream().anyMatch(x -> !profile.shows(x.marking(), scheme))
                        || r.actions().stream().anyMatch(x -> !profile.shows(x.marking(), scheme))
                        || r.decisions().stream().anyMatch(x -> !profile.shows(x.marking(), scheme))
                        || r.evidence().stream().anyMatch(x -> !profile.shows(x.marking(), scheme))) {
                    return true;
                }
            }
        }
        return false;
    }

    private Register redact(Counts counts) {
        for (Source source : original.sources()) {
            boolean sourceShown = profile.shows(source.marking(), scheme);
            if (!sourceShown) {
                withheldSourceIds.add(source.id());
            }
            for (Recommendation r : source.recommendations()) {
                if (!sourceShown || !profile.shows(r.marking(), scheme)) {
                    withheldRecommendationIds.add(r.id());
                }
            }
        }
        // ids that name someone are numbered in register order before anything refers to them
        for (Source source : original.sources()) {
            if (!withheldSourceIds.contains(source.id())) {
                sourceId(source.id());
                source.recommendations().stream().filter(r -> !withheldRecommendationIds.contains(r.id()))
                        .forEach(r -> recommendationId(r.id()));
            }
        }
        List<Source> shown = new ArrayList<>();
        for (Source source : original.sources()) {
            if (!profile.shows(source.marking(), scheme)) {
                counts.sources++;
                counts.recommendations += source.recommendations().size();
                counts.mark(source.marking());
                continue;
            }
            Source redacted = source(source, counts, true);
            sources.put(source, redacted);
            shown.add(redacted);
        }
        List<Person> people = original.people().stream()
                .map(p -> new Person(person(p.id()), names.apply(p.name()), p.initials(), names.apply(p.role()), List.of())).toList();
        return new Register(original.id(), original.organisation(), original.asOf(), paperSettingsRedacted(scheme), people, shown);
    }

    /** The scheme with the text of its forums' paper settings redacted; the same scheme if no forum has any. */
    private Scheme paperSettingsRedacted(Scheme s) {
        if (s.forums().stream().allMatch(f -> f.paper().isEmpty())) {
            return s;
        }
        List<Forum> forums = s.forums().stream().map(f -> new Forum(f.id(), f.name(), f.role(), f.paper().map(p -> {
            Map<String, String> implications = new LinkedHashMap<>();
            p.implications().forEach((heading, text) -> implications.put(names.apply(heading), names.apply(text)));
            return new PaperSettings(names.apply(p.marking()), names.apply(p.reportOf()), names.apply(p.author()), p.meetingTime(),
                    implications, p.backgroundPapers().stream().map(names::apply).toList(), p.contacts().stream().map(names::apply).toList());
        }))).toList();
        return new Scheme(s.priorities(), s.assuranceLevels(), s.handlingMarkings(), forums, s.ragPolicy(), s.ragSettings(),
                s.reportingRules(), s.publishedResponseDays(), s.kindsSeparatedFor());
    }

    /** Redacts a source; remembers its recommendations only while the register is redacted, in the constructor. */
    private Source source(Source source, Counts counts, boolean remember) {
        List<Recommendation> shown = new ArrayList<>();
        for (Recommendation r : source.recommendations()) {
            if (!profile.shows(r.marking(), scheme)) {
                counts.recommendations++;
                counts.mark(r.marking());
                continue;
            }
            Recommendation redacted = recommendation(r, counts);
            if (remember) {
                recommendations.put(r, redacted);
            }
            shown.add(redacted);
        }
        return new Source(sourceId(source.id()), source.kind(), names.apply(source.title()), names.apply(source.issuedBy()), source.date(),
                source.assurance(), source.followUpOf().filter(f -> !withheldSourceIds.contains(f)).map(this::sourceId), source.marking(),
                shown, source.nextReportDue().map(d -> new ReportDue(d.forum(), d.due(), names.apply(d.note()))), source.printedCounts());
    }

    private Recommendation recommendation(Recommendation r, Counts counts) {
        Optional<ManagementResponse> response = r.response().filter(x -> shown(x.marking(), counts, c -> c.responses++))
                .map(x -> new ManagementResponse(x.acceptance(), x.date(), names.apply(x.text()), x.marking()));
        List<ProgressUpdate> updates = r.updates().stream().filter(x -> shown(x.marking(), counts, c -> c.updates++))
                .map(this::update).toList();
        List<ExtensionRequest> extensions = r.extensionRequests().stream()
                .filter(x -> shown(x.marking(), counts, c -> c.extensionRequests++))
                .map(x -> new ExtensionRequest(x.requestedOn(), x.requestedBy().map(this::person), target(x.target()), names.apply(x.reason()),
                        x.decision().map(d -> new ExtensionRequest.Decision(d.outcome(), d.forum(), d.date(), names.apply(d.note()))),
                        x.marking()))
                .toList();
        List<Action> actions = r.actions().stream().filter(x -> shown(x.marking(), counts, c -> c.actions++))
                .map(x -> new Action(x.number(), names.apply(x.text()), owners(x.owners()), targets(x.targetHistory()), x.state(),
                        x.stateDate(), x.marking()))
                .toList();
        List<Evidence> evidence = r.evidence().stream().filter(x -> shown(x.marking(), counts, c -> c.evidence++))
                .map(x -> new Evidence(names.apply(x.description()), x.date(), names.apply(x.document()), names.apply(x.figures()),
                        x.marking()))
                .toList();
        r.decisions().stream().filter(x -> x.note().isPresent()).forEach(x -> shown(x.marking(), counts, c -> c.decisionNotes++));
        List<Link> links = r.links().stream().filter(l -> !(l.kind().isInternal() && withheldRecommendationIds.contains(l.target())))
                .map(l -> new Link(l.kind(), l.kind().isInternal() ? recommendationId(l.target()) : names.apply(l.target()),
                        names.apply(l.note())))
                .toList();
        List<UpdateRequest> requests = r.updateRequests().stream()
                .map(q -> new UpdateRequest(q.requestedOn(), q.requestedOf().map(this::person), q.respondBy(), q.answeredOn())).toList();
        return r.toBuilder()
                .id(recommendationId(r.id()))
                .parent(r.parent().filter(p -> !withheldRecommendationIds.contains(p)).map(this::recommendationId))
                .addressee(names.apply(r.addressee()))
                .title(names.apply(r.title()))
                .text(names.apply(r.text()))
                .owners(owners(r.owners()))
                .response(response)
                .targetHistory(targets(r.targetHistory()))
                .extensionRequests(extensions)
                .updates(updates)
                .updateRequests(requests)
                .actions(actions)
                .links(links)
                .decisions(r.decisions().stream().map(this::decision).toList())
                .evidence(evidence)
                .statedStatus(names.apply(r.statedStatus()))
                .statedRag(names.apply(r.statedRag()))
                .notes(names.apply(r.notes()))
                .build();
    }

    private ProgressUpdate update(ProgressUpdate u) {
        return new ProgressUpdate(u.date(), u.author().map(this::person), names.apply(u.text()),
                u.sections().map(s -> new UpdateSections(names.apply(s.achieved()), names.apply(s.leftToComplete()),
                        names.apply(s.barriers()), s.implemented(), s.proposedClosed())),
                u.degreeMet(), u.percentComplete(), u.marking());
    }

    private GovernanceDecision decision(GovernanceDecision d) {
        boolean noteShown = profile.shows(d.marking(), scheme);
        return new GovernanceDecision(d.date(), d.forum(), d.kind(), names.apply(d.minute()),
                noteShown ? names.apply(d.note()) : Optional.empty(), noteShown ? d.marking() : Optional.empty());
    }

    private List<Ownership> owners(List<Ownership> owners) {
        return owners.stream().map(o -> new Ownership(person(o.person()), names.apply(o.strand()), o.from(), o.until())).toList();
    }

    private List<TargetRevision> targets(List<TargetRevision> history) {
        return history.stream().map(t -> new TargetRevision(target(t.target()), t.date(), names.apply(t.reason()),
                t.agreedBy().map(a -> knownPeople.contains(a) ? person(a) : names.apply(a)))).toList();
    }

    private TargetDate target(TargetDate target) {
        return new TargetDate(names.apply(target.text()), target.kind(), target.from(), target.deadline());
    }

    /**
     * The id a person has in the redacted register: under a profile that replaces names, an opaque one given
     * in order of first use; else the id as given.
     */
    private String person(String id) {
        if (!profile.replacesNames()) {
            return id;
        }
        synchronized (personIds) {
            return personIds.computeIfAbsent(id, k -> "person-" + (personIds.size() + 1));
        }
    }

    /**
     * The id a source has in the redacted register: under a profile that replaces names, an id that names
     * someone ({@link Names#namedIn(String)}) becomes an opaque one, {@code source-N}, numbered in register
     * order and never one the register already uses; any other id is kept.
     */
    private String sourceId(String id) {
        return opaque(id, sourceIds, recordedSourceIds, "source-");
    }

    /** The id a recommendation has in the redacted register, as {@link #sourceId(String)} but {@code rec-N}. */
    private String recommendationId(String id) {
        return opaque(id, recommendationIds, recordedRecommendationIds, "rec-");
    }

    private String opaque(String id, Map<String, String> given, Set<String> recorded, String prefix) {
        if (!profile.replacesNames()) {
            return id;
        }
        synchronized (given) {
            String known = given.get(id);
            if (known != null) {
                return known;
            }
            if (!names.namedIn(id)) {
                return id;
            }
            String opaque;
            int n = given.size() + 1;
            do {
                opaque = prefix + n++;
            } while (recorded.contains(opaque) || given.containsValue(opaque));
            given.put(id, opaque);
            return opaque;
        }
    }

    /** Whether a part is shown; if not, counts it and its marking. Decisions with no note are not counted. */
    private boolean shown(Optional<String> marking, Counts counts, Consumer<Counts> count) {
        if (profile.shows(marking, scheme)) {
            return true;
        }
        count.accept(counts);
        counts.mark(marking);
        return false;
    }

    /** Running counts of what was left out. */
    private static final class Counts {
        int sources;
        int recommendations;
        int responses;
        int updates;
        int extensionRequests;
        int actions;
        int decisionNotes;
        int evidence;
        private final Set<String> markings = new HashSet<>();

        void mark(Optional<String> marking) {
            marking.ifPresent(markings::add);
        }

        List<String> markings(Scheme scheme) {
            TreeSet<String> unknown = new TreeSet<>();
            List<String> ordered = new ArrayList<>();
            for (String m : scheme.handlingMarkings()) {
                if (markings.contains(m)) {
                    ordered.add(m);
                }
            }
            for (String m : markings) {
                if (scheme.markingRank(m) < 0) {
                    unknown.add(m);
                }
            }
            ordered.addAll(unknown);
            return ordered;
        }
    }
}
