package io.github.rectrack.engine.view;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.engine.evaluation.RecommendationState;
import io.github.rectrack.engine.evaluation.RegisterEvaluation;
import io.github.rectrack.engine.spi.rag.Rag;
import io.github.rectrack.engine.status.AsOf;
import io.github.rectrack.engine.status.Status;
import io.github.rectrack.engine.status.TargetStatus;
import io.github.rectrack.model.Action;
import io.github.rectrack.model.DegreeMet;
import io.github.rectrack.model.Evidence;
import io.github.rectrack.model.GovernanceDecision;
import io.github.rectrack.model.Link;
import io.github.rectrack.model.ManagementResponse;
import io.github.rectrack.model.Ownership;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.ProgressUpdate;
import io.github.rectrack.model.Scheme;
import io.github.rectrack.model.Source;
import io.github.rectrack.model.TargetRevision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The appendix of a committee paper: per source, its heading (title, issuer, assurance, date, whether
 * the whole report goes to the forum, counts per priority), then per recommendation everything the
 * paper prints about it as it stood on the day.
 *
 * <p>Only recommendations reported to the forum are included, and only sources with at least one of
 * them; both in register order. Every list inside an entry holds only what counts on the day under the
 * {@link AsOf} rule (an undated evidence entry always counts), in the order recorded.
 *
 * @param forum the id of the forum the view is for, one of the scheme's forums
 * @param asOf the day the register is shown as it stood on
 * @param sources the sections, one per source with items for the forum, in register order
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Appendix(String forum, LocalDate asOf, List<Section> sources) {

    /**
     * Checks for nulls and copies the list.
     *
     * @param forum the id of the forum the view is for, one of the scheme's forums
     * @param asOf the day the register is shown as it stood on
     * @param sources the sections, one per source with items for the forum, in register order
     */
    public Appendix {
        Objects.requireNonNull(forum, "forum");
        Objects.requireNonNull(asOf, "asOf");
        sources = List.copyOf(sources);
    }

    /**
     * One source and its recommendations for the forum.
     *
     * @param sourceId the source's id
     * @param kind the kind of source
     * @param title the source's title as printed, for example "Seized &amp; Found Property"
     * @param issuedBy who issued it, if known
     * @param assurance its assurance level, if given
     * @param date its date, if known
     * @param wholeReport whether the routing of any of its items says the whole report goes to the forum
     * @param countsByPriority how many of its items reported to the forum have each priority: every
     *     priority of the scheme in scheme order (0 if none), then any priority the scheme does not
     *     define, in order of appearance
     * @param sourceCountsByPriority how many recommendations the source made of each priority, whichever
     *     forum they are reported to: the counts its own report prints ({@link Source#printedCounts()}),
     *     in scheme order, where recorded; otherwise its recommendations in the register, every priority of
     *     the scheme in scheme order (0 if none), then any other priority in order of appearance
     * @param items its recommendations reported to the forum, in register order
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public record Section(String sourceId, Source.Kind kind, String title, Optional<String> issuedBy,
            Optional<String> assurance, Optional<PartialDate> date, boolean wholeReport,
            Map<String, Integer> countsByPriority, Map<String, Integer> sourceCountsByPriority, List<Entry> items) {

        /**
         * Checks for nulls and copies the maps and list, keeping the maps' order.
         *
         * @param sourceId the source's id
         * @param kind the kind of source
         * @param title the source's title as printed, for example "Seized &amp; Found Property"
         * @param issuedBy who issued it, if known
         * @param assurance its assurance level, if given
         * @param date its date, if known
         * @param wholeReport whether the routing of any of its items says the whole report goes to the forum
         * @param countsByPriority how many of its items reported to the forum have each priority: every
         *     priority of the scheme in scheme order (0 if none), then any priority the scheme does not
         *     define, in order of appearance
         * @param sourceCountsByPriority how many recommendations the source made of each priority, whichever
         *     forum they are reported to: the counts its own report prints ({@link Source#printedCounts()}),
         *     in scheme order, where recorded; otherwise its recommendations in the register, every priority
         *     of the scheme in scheme order (0 if none), then any other priority in order of appearance
         * @param items its recommendations reported to the forum, in register order
         */
        public Section {
            Objects.requireNonNull(sourceId, "sourceId");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(issuedBy, "issuedBy");
            Objects.requireNonNull(assurance, "assurance");
            Objects.requireNonNull(date, "date");
            countsByPriority = Collections.unmodifiableMap(new LinkedHashMap<>(countsByPriority));
            sourceCountsByPriority = Collections.unmodifiableMap(new LinkedHashMap<>(sourceCountsByPriority));
            items = List.copyOf(items);
        }

        /**
         * How many of the source's recommendations of each priority are not reported to the forum: the
         * source's own count less the forum's, for the priorities where they differ, in scheme order.
         *
         * @return the priorities with recommendations the forum does not see, and how many; empty when the
         *     forum sees them all
         */
        public Map<String, Integer> notReportedByPriority() {
            Map<String, Integer> missing = new LinkedHashMap<>();
            sourceCountsByPriority.forEach((priority, all) -> {
                int left = all - count(priority);
                if (left > 0) {
                    missing.put(priority, left);
                }
            });
            return Collections.unmodifiableMap(missing);
        }

        /**
         * How many recommendations the source made in all.
         *
         * @return the sum of {@link #sourceCountsByPriority()}
         */
        public int sourceTotal() {
            return sourceCountsByPriority.values().stream().mapToInt(Integer::intValue).sum();
        }

        /**
         * The count for one priority.
         *
         * @param priority the priority
         * @return how many items of the section have it; 0 if none
         */
        public int count(String priority) {
            return countsByPriority.getOrDefault(priority, 0);
        }
    }

    /**
     * One recommendation as the appendix prints it.
     *
     * @param recommendationId the recommendation's id in the register
     * @param reference its printed reference
     * @param title the recommendation's short title; empty where the source gives none
     * @param text its full text
     * @param priority its priority, one of the scheme's priorities
     * @param tags its tags, such as a statutory classification
     * @param rag its colour on the day
     * @param status its status on the day
     * @param owners its owners, current and past, in recorded order (one who took over only after the day
     *     is left out)
     * @param targets its target history counted on the day, original first, replaced entries marked
     * @param response the management response, if it counts on the day
     * @param updates the progress updates counted on the day, in date order
     * @param actions its numbered actions
     * @param links its links, internal ones resolved to the item they point at
     * @param decisions the governance decisions counted on the day, in order
     * @param evidence the evidence counted on the day, in recorded order
     * @param degreeMet the grade of the latest update counted on the day that gives one
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public record Entry(String recommendationId, String reference, String title, String text, String priority,
            List<String> tags, Rag rag, Status status, List<Owner> owners, List<Target> targets,
            Optional<ManagementResponse> response, List<ProgressUpdate> updates, List<ActionEntry> actions,
            List<LinkEntry> links, List<GovernanceDecision> decisions, List<Evidence> evidence,
            Optional<DegreeMet> degreeMet) {

        /**
         * Checks for nulls and copies the lists.
         *
         * @param recommendationId the recommendation's id in the register
         * @param reference its printed reference
         * @param title the recommendation's short title; empty where the source gives none
         * @param text its full text
         * @param priority its priority, one of the scheme's priorities
         * @param tags its tags, such as a statutory classification
         * @param rag its colour on the day
         * @param status its status on the day
         * @param owners its owners, current and past, in recorded order (one who took over only after the day
         *     is left out)
         * @param targets its target history counted on the day, original first, replaced entries marked
         * @param response the management response, if it counts on the day
         * @param updates the progress updates counted on the day, in date order
         * @param actions its numbered actions
         * @param links its links, internal ones resolved to the item they point at
         * @param decisions the governance decisions counted on the day, in order
         * @param evidence the evidence counted on the day, in recorded order
         * @param degreeMet the grade of the latest update counted on the day that gives one
         */
        public Entry {
            Objects.requireNonNull(recommendationId, "recommendationId");
            tags = List.copyOf(tags);
            Objects.requireNonNull(rag, "rag");
            Objects.requireNonNull(status, "status");
            owners = List.copyOf(owners);
            targets = List.copyOf(targets);
            Objects.requireNonNull(response, "response");
            updates = List.copyOf(updates);
            actions = List.copyOf(actions);
            links = List.copyOf(links);
            decisions = List.copyOf(decisions);
            evidence = List.copyOf(evidence);
            Objects.requireNonNull(degreeMet, "degreeMet");
        }

        /**
         * The target in force on the day.
         *
         * @return the last target entry, or empty if none was set
         */
        public Optional<Target> currentTarget() {
            return targets.isEmpty() ? Optional.empty() : Optional.of(targets.get(targets.size() - 1));
        }

        /**
         * The target history strand by strand, where the work is split into strands that the owners name
         * ("Security", "Training", "Enforcement") and every target entry's text is labelled by the strands it
         * sets ("Security: End March 2018; Training: March/Sept 2018"). Each strand keeps its own history:
         * an entry replaces only the targets of the strands it names, so a strand's target in force is the
         * last one set for it, whatever later entries set for other strands.
         *
         * @return one strand for each strand the owners name, in the order the owners first name them;
         *     empty when the owners name fewer than two strands, or a target entry does not begin with one
         *     of their labels (then {@link #targets()} is the one history)
         */
        public List<Strand> strands() {
            return Strand.of(owners, targets);
        }
    }

    /**
     * One strand of a recommendation whose work is split: its owners and its own target history.
     *
     * @param name the strand's name, as the owners give it: "Training"
     * @param owners the owners of this strand, in recorded order
     * @param targets the targets set for this strand, oldest first; all but the last are superseded
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public record Strand(String name, List<Owner> owners, List<StrandTarget> targets) {

        /**
         * Checks for nulls and copies the lists.
         *
         * @param name the strand's name, as the owners give it: "Training"
         * @param owners the owners of this strand, in recorded order
         * @param targets the targets set for this strand, oldest first; all but the last are superseded
         */
        public Strand {
            Objects.requireNonNull(name, "name");
            owners = List.copyOf(owners);
            targets = List.copyOf(targets);
        }

        static List<Strand> of(List<Owner> owners, List<Target> targets) {
            List<String> names = new ArrayList<>();
            for (Owner owner : owners) {
                owner.strand().filter(name -> !names.contains(name)).ifPresent(names::add);
            }
            if (names.size() < 2 || targets.isEmpty()) {
                return List.of();
            }
            Map<String, List<String>> texts = new LinkedHashMap<>();
            Map<String, List<TargetRevision>> revisions = new LinkedHashMap<>();
            for (String name : names) {
                texts.put(name, new ArrayList<>());
                revisions.put(name, new ArrayList<>());
            }
            for (Target target : targets) {
                Map<String, String> parts = labelledParts(target.revision().target().text(), names);
                if (parts.isEmpty()) {
                    return List.of();
                }
                parts.forEach((name, text) -> {
                    texts.get(name).add(text);
                    revisions.get(name).add(target.revision());
                });
            }
            List<Strand> strands = new ArrayList<>(names.size());
            for (String name : names) {
                List<String> strandTexts = texts.get(name);
                List<StrandTarget> strandTargets = new ArrayList<>(strandTexts.size());
                for (int i = 0; i < strandTexts.size(); i++) {
                    strandTargets.add(new StrandTarget(strandTexts.get(i), revisions.get(name).get(i), i < strandTexts.size() - 1));
                }
                strands.add(new Strand(name, owners.stream().filter(o -> o.strand().filter(name::equals).isPresent()).toList(),
                        strandTargets));
            }
            return strands;
        }

        /**
         * The parts of a target's text by strand label: "Security: June 2019; Training: June 2019" gives
         * Security → "June 2019" and Training → "June 2019". A part without a label belongs to the label
         * before it. Empty if the text does not begin with a label.
         */
        private static Map<String, String> labelledParts(String text, List<String> names) {
            Map<String, String> parts = new LinkedHashMap<>();
            String label = null;
            for (String part : text.split(";")) {
                String piece = part.strip();
                if (piece.isEmpty()) {
                    continue;
                }
                String found = null;
                for (String name : names) {
                    if (piece.length() > name.length() && piece.regionMatches(true, 0, name, 0, name.length())
                            && piece.charAt(name.length()) == ':') {
                        found = name;
                        break;
                    }
                }
                if (found != null) {
                    label = found;
                    String rest = piece.substring(found.length() + 1).strip();
                    parts.merge(found, rest, (a, b) -> a.isEmpty() ? b : a + "; " + b);
                } else if (label == null) {
                    return Map.of();
                } else {
                    parts.merge(label, piece, (a, b) -> a.isEmpty() ? b : a + "; " + b);
                }
            }
            parts.values().removeIf(String::isEmpty);
            return parts;
        }
    }

    /**
     * One target set for a strand.
     *
     * @param text the strand's part of the entry's text, without its label: "Revised target date June 2019"
     * @param revision the whole entry it was set in: its date, reason and who agreed it
     * @param superseded true if a later entry set another target for the strand (papers strike it through)
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public record StrandTarget(String text, TargetRevision revision, boolean superseded) {

        /**
         * Checks for nulls.
         *
         * @param text the strand's part of the entry's text, without its label: "Revised target date June
         *     2019"
         * @param revision the whole entry it was set in: its date, reason and who agreed it
         * @param superseded true if a later entry set another target for the strand (papers strike it
         *     through)
         */
        public StrandTarget {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(revision, "revision");
        }
    }

    /**
     * An owner, with the name resolved from the register's people.
     *
     * @param personId the person's id
     * @param name the person's name, or the id if the register does not list them
     * @param role the person's role, if recorded
     * @param strand the strand of work they own, if any
     * @param from when they took it on, if recorded
     * @param until when they handed it over, if they did (by the day)
     * @param current whether they owned it on the day
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public record Owner(String personId, String name, Optional<String> role, Optional<String> strand,
            Optional<PartialDate> from, Optional<PartialDate> until, boolean current) {}

    /**
     * One entry of a target history.
     *
     * @param revision the entry: target, date, reason, who agreed it
     * @param superseded true if a later entry replaced it by the day (papers strike it through)
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public record Target(TargetRevision revision, boolean superseded) {}

    /**
     * A numbered action.
     *
     * @param number its number as printed, for example "8iii"
     * @param text what the step is
     * @param owners who is responsible for it, with their names and roles as printed
     * @param targets its target history counted on the day, replaced entries marked
     * @param state its recorded state, if that state counts on the day (empty when the state is dated
     *     after the day: the register does not say what it was then)
     * @param stateDate when it reached that state, if recorded
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public record ActionEntry(String number, String text, List<Owner> owners, List<Target> targets,
            Optional<Action.State> state, Optional<PartialDate> stateDate) {
        /**
         * Copies the lists.
         *
         * @param number its number as printed, for example "8iii"
         * @param text what the step is
         * @param owners who is responsible for it, with their names and roles as printed
         * @param targets its target history counted on the day, replaced entries marked
         * @param state its recorded state, if that state counts on the day (empty when the state is dated
         *     after the day: the register does not say what it was then)
         * @param stateDate when it reached that state, if recorded
         */
        public ActionEntry {
            owners = List.copyOf(owners);
            targets = List.copyOf(targets);
        }
    }

    /**
     * A link, resolved.
     *
     * @param link the link as recorded
     * @param targetReference for an internal link, the printed reference of the item it points at, if
     *     that item is in the evaluation
     * @param targetSourceTitle that item's source title, likewise
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public record LinkEntry(Link link, Optional<String> targetReference, Optional<String> targetSourceTitle) {}

    /**
     * Builds the appendix for a forum.
     *
     * @param evaluation the evaluated register
     * @param forum the forum id
     * @return the appendix
     */
    public static Appendix of(RegisterEvaluation evaluation, String forum) {
        LocalDate asOf = evaluation.asOf();
        Scheme scheme = evaluation.register().scheme();
        People people = new People(evaluation.register());
        Map<String, Map<String, Integer>> sourceCounts = new HashMap<>();
        for (RecommendationState state : evaluation.states()) {
            sourceCounts.computeIfAbsent(state.source().id(), s -> zeroCounts(scheme))
                    .merge(state.recommendation().priority(), 1, Integer::sum);
        }
        for (Source source : evaluation.register().sources()) {
            if (!source.printedCounts().isEmpty()) {
                sourceCounts.put(source.id(), printedCounts(source, scheme));
            }
        }
        List<Section> sections = new ArrayList<>();
        Source current = null;
        List<Entry> entries = new ArrayList<>();
        Map<String, Integer> counts = null;
        boolean whole = false;
        for (RecommendationState state : evaluation.states()) {
            if (!state.isReportedTo(forum)) {
                continue;
            }
            if (state.source() != current) {
                if (current != null) {
                    sections.add(section(current, whole, counts, sourceCounts.get(current.id()), entries));
                }
                current = state.source();
                entries = new ArrayList<>();
                counts = zeroCounts(scheme);
                whole = false;
            }
            counts.merge(state.recommendation().priority(), 1, Integer::sum);
            whole |= state.route().wholeReport();
            entries.add(entry(state, evaluation, people, asOf));
        }
        if (current != null) {
            sections.add(section(current, whole, counts, sourceCounts.get(current.id()), entries));
        }
        return new Appendix(forum, asOf, sections);
    }

    /** The counts the source prints, the scheme's priorities first in scheme order, then any others. */
    private static Map<String, Integer> printedCounts(Source source, Scheme scheme) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String priority : scheme.priorities()) {
            Integer printed = source.printedCounts().get(priority);
            if (printed != null) {
                counts.put(priority, printed);
            }
        }
        source.printedCounts().forEach(counts::putIfAbsent);
        return counts;
    }

    /** Every priority of the scheme, in scheme order, counted 0. */
    private static Map<String, Integer> zeroCounts(Scheme scheme) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String priority : scheme.priorities()) {
            counts.put(priority, 0);
        }
        return counts;
    }

    private static Section section(Source source, boolean whole, Map<String, Integer> counts, Map<String, Integer> sourceCounts,
            List<Entry> entries) {
        return new Section(source.id(), source.kind(), source.title(), source.issuedBy(), source.assurance(), source.date(),
                whole, counts, sourceCounts, entries);
    }

    private static Entry entry(RecommendationState state, RegisterEvaluation evaluation, People people, LocalDate asOf) {
        var r = state.recommendation();
        List<Evidence> evidence = new ArrayList<>(r.evidence().size());
        for (Evidence e : r.evidence()) {
            if (AsOf.counts(e.date(), Optional.empty(), asOf)) {
                evidence.add(e);
            }
        }
        Optional<DegreeMet> degree = Optional.empty();
        for (int i = state.updates().size() - 1; i >= 0 && degree.isEmpty(); i--) {
            degree = state.updates().get(i).degreeMet();
        }
        List<ActionEntry> actions = new ArrayList<>(r.actions().size());
        for (Action action : r.actions()) {
            boolean stateCounts = AsOf.counts(action.stateDate(), Optional.empty(), asOf);
            actions.add(new ActionEntry(action.number(), action.text(), owners(action.owners(), people, asOf),
                    targets(TargetStatus.of(action.targetHistory(), asOf)),
                    stateCounts ? Optional.of(action.state()) : Optional.empty(),
                    stateCounts ? action.stateDate() : Optional.empty()));
        }
        List<LinkEntry> links = new ArrayList<>(r.links().size());
        for (Link link : r.links()) {
            Optional<RecommendationState> target = link.kind().isInternal() ? evaluation.state(link.target()) : Optional.empty();
            links.add(new LinkEntry(link, target.map(t -> t.recommendation().reference()), target.map(t -> t.source().title())));
        }
        Optional<ManagementResponse> response = r.response().filter(m -> AsOf.counts(m.date(), Optional.empty(), asOf));
        return new Entry(state.id(), r.reference(), r.title(), r.text(), r.priority(), r.tags(), state.rag(), state.status(),
                owners(r.owners(), people, asOf), targets(state.targets()), response, state.updates(), actions, links,
                state.decisions(), evidence, degree);
    }

    private static List<Target> targets(TargetStatus targets) {
        List<TargetRevision> history = targets.history();
        List<Target> out = new ArrayList<>(history.size());
        for (int i = 0; i < history.size(); i++) {
            out.add(new Target(history.get(i), i < history.size() - 1));
        }
        return out;
    }

    static List<Owner> owners(List<Ownership> owners, People people, LocalDate asOf) {
        List<Owner> out = new ArrayList<>(owners.size());
        for (Ownership o : owners) {
            if (!o.from().map(f -> AsOf.counts(f, asOf)).orElse(true)) {
                continue;
            }
            out.add(new Owner(o.person(), people.name(o.person()), people.role(o.person()), o.strand(), o.from(),
                    o.until().filter(u -> AsOf.counts(u, asOf)), ownsOn(o, asOf)));
        }
        return out;
    }

    /** Whether an ownership is in force on the day: started (or no start recorded) and not yet handed over. */
    static boolean ownsOn(Ownership ownership, LocalDate asOf) {
        return AsOf.inCharge(ownership, asOf);
    }
}
