package io.github.rectrack.engine.validation;

import com.google.common.graph.EndpointPair;
import com.google.common.graph.Graph;
import com.google.common.graph.GraphBuilder;
import com.google.common.graph.Graphs;
import com.google.common.graph.MutableGraph;
import io.github.rectrack.engine.publication.MarkingOrder;
import io.github.rectrack.engine.rag.RagPolicies;
import io.github.rectrack.engine.spi.Finding;
import io.github.rectrack.engine.spi.rag.RagPolicy;
import io.github.rectrack.engine.spi.rag.RagSettings;
import io.github.rectrack.engine.status.Lifecycle;
import io.github.rectrack.engine.status.Status;
import io.github.rectrack.model.Action;
import io.github.rectrack.model.ExtensionRequest;
import io.github.rectrack.model.Forum;
import io.github.rectrack.model.PaperSettings;
import io.github.rectrack.model.GovernanceDecision;
import io.github.rectrack.model.Link;
import io.github.rectrack.model.Ownership;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.Person;
import io.github.rectrack.model.ProgressUpdate;
import io.github.rectrack.model.Recommendation;
import io.github.rectrack.model.Register;
import io.github.rectrack.model.ReportingRule;
import io.github.rectrack.model.Scheme;
import io.github.rectrack.model.Source;
import io.github.rectrack.model.TargetDate;
import io.github.rectrack.model.TargetRevision;
import io.github.rectrack.model.UpdateRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The engine's cross-checks of a register: what Bean Validation on single fields cannot see. */
final class RegisterChecks {

    /** A meeting time as a paper writes it: 24-hour HH:MM. */
    private static final java.util.regex.Pattern MEETING_TIME = java.util.regex.Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");

    private final Register register;
    private final Scheme scheme;
    private final List<Finding> findings;
    /**
     * The Bean Validation constraints of the hot element types (updates, target revisions, update requests),
     * which the engine checks here in its one pass instead of Hibernate Validator's traversal; reported with
     * the same paths and messages, and sorted in with Bean Validation's own findings.
     */
    private final List<Finding> constraints;
    private final Set<String> personIds = new HashSet<>();
    private final Set<String> forumIds = new HashSet<>();
    private final Map<String, Forum> forumsById = new HashMap<>();
    private final Set<String> sourceIds = new HashSet<>();
    private final Set<String> recommendationIds = new HashSet<>();
    /** Each recommendation's kind and source id, by recommendation id (the first, where an id is used twice). */
    private final Map<String, Recommendation> recommendationsById = new HashMap<>();
    private final Map<String, String> sourceOfRecommendation = new HashMap<>();

    private final RagPolicies policies;

    RegisterChecks(Register register, RagPolicies policies, List<Finding> findings) {
        this(register, policies, findings, findings);
    }

    RegisterChecks(Register register, RagPolicies policies, List<Finding> findings, List<Finding> constraints) {
        this.register = register;
        this.policies = policies;
        this.scheme = register.scheme();
        this.findings = findings;
        this.constraints = constraints;
    }

    void run() {
        collectIds();
        checkScheme();
        for (int s = 0; s < register.sources().size(); s++) {
            checkSource(register.sources().get(s), "sources[" + s + "]");
        }
        checkLinkCycles(s -> true);
    }

    /** The checks of some sources only, against the whole register's ids; the register's own findings are left out. */
    void runFor(java.util.Collection<Integer> sources) {
        int before = findings.size();
        collectIds();
        findings.subList(before, findings.size()).clear();
        java.util.TreeSet<Integer> chosen = new java.util.TreeSet<>(sources);
        for (int s : chosen) {
            checkSource(register.sources().get(s), "sources[" + s + "]");
        }
        checkLinkCycles(chosen::contains);
    }

    /**
     * Refuses a circle of "depends on" links (nothing in it could ever be delivered first) and of "supersedes"
     * links (each would replace the one that replaces it). One error per circle, at the link that closes it when
     * the links are read in register order, naming the recommendations in it; only circles whose closing link is in
     * a source {@code reported} accepts are reported.
     */
    private void checkLinkCycles(java.util.function.IntPredicate reported) {
        for (Link.Kind kind : List.of(Link.Kind.DEPENDS_ON, Link.Kind.SUPERSEDES)) {
            MutableGraph<String> graph = GraphBuilder.directed().allowsSelfLoops(true).build();
            Map<EndpointPair<String>, String> paths = new java.util.LinkedHashMap<>();
            Map<EndpointPair<String>, Integer> sourceOf = new HashMap<>();
            for (int s = 0; s < register.sources().size(); s++) {
                List<Recommendation> recs = register.sources().get(s).recommendations();
                for (int r = 0; r < recs.size(); r++) {
                    Recommendation rec = recs.get(r);
                    for (int l = 0; l < rec.links().size(); l++) {
                        Link link = rec.links().get(l);
                        if (link.kind() == kind && !link.target().equals(rec.id()) && recommendationIds.contains(link.target())) {
                            EndpointPair<String> edge = EndpointPair.ordered(rec.id(), link.target());
                            if (graph.putEdge(edge)) {
                                paths.put(edge, "sources[" + s + "].recommendations[" + r + "].links[" + l + "].target");
                                sourceOf.put(edge, s);
                            }
                        }
                    }
                }
            }
            if (!Graphs.hasCycle(graph)) {
                continue;
            }
            Set<String> inReportedCircles = new HashSet<>();
            for (Map.Entry<EndpointPair<String>, String> edge : paths.entrySet()) {
                String from = edge.getKey().source();
                String to = edge.getKey().target();
                if (inReportedCircles.contains(from) || !Graphs.reachableNodes(graph, to).contains(from)) {
                    continue;
                }
                List<String> circle = new ArrayList<>(List.of(from));
                circle.addAll(shortestPath(graph, to, from));
                inReportedCircles.addAll(circle);
                if (reported.test(sourceOf.get(edge.getKey()))) {
                    String verb = kind == Link.Kind.DEPENDS_ON ? "depends on" : "supersedes";
                    error(edge.getValue(), "'" + verb + "' links go round in a circle: " + String.join(" " + verb + " ", circle)
                            + "; " + (kind == Link.Kind.DEPENDS_ON ? "none of them could be delivered first"
                            : "each would replace the one that replaces it") + ": remove or correct one of these links");
                }
            }
        }
    }

    /** The nodes from one node to another along the graph's edges, both included, fewest steps first. */
    private static List<String> shortestPath(Graph<String> graph, String from, String to) {
        Map<String, String> cameFrom = new HashMap<>();
        java.util.ArrayDeque<String> queue = new java.util.ArrayDeque<>(List.of(from));
        cameFrom.put(from, from);
        while (!queue.isEmpty()) {
            String node = queue.removeFirst();
            if (node.equals(to)) {
                break;
            }
            for (String next : graph.successors(node)) {
                if (cameFrom.putIfAbsent(next, node) == null) {
                    queue.addLast(next);
                }
            }
        }
        List<String> path = new ArrayList<>();
        for (String node = to; !node.equals(from); node = cameFrom.get(node)) {
            path.add(0, node);
        }
        path.add(0, from);
        return path;
    }

    private void collectIds() {
        unique(register.people(), Person::id, "people", "person", personIds);
        unique(scheme.forums(), Forum::id, "scheme.forums", "forum", forumIds);
        scheme.forums().forEach(f -> forumsById.putIfAbsent(f.id(), f));
        unique(register.sources(), Source::id, "sources", "source", sourceIds);
        for (int s = 0; s < register.sources().size(); s++) {
            Source source = register.sources().get(s);
            unique(source.recommendations(), Recommendation::id, "sources[" + s + "].recommendations", "recommendation",
                    recommendationIds);
            for (Recommendation rec : source.recommendations()) {
                recommendationsById.putIfAbsent(rec.id(), rec);
                sourceOfRecommendation.putIfAbsent(rec.id(), source.id());
            }
        }
    }

    private <T> void unique(List<T> items, Function<T, String> id, String path, String what, Set<String> seen) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String value = id.apply(items.get(i));
            if (!seen.add(value)) {
                Integer at = first.get(value);
                error(path + "[" + i + "].id", "duplicate " + what + " id '" + value + "'"
                        + (at == null ? " (already used elsewhere in the register)" : " (already used at " + path + "[" + at + "])")
                        + ": give each " + what + " its own id");
            } else {
                first.put(value, i);
            }
        }
    }

    private void checkScheme() {
        for (int f = 0; f < scheme.forums().size(); f++) {
            String at = "scheme.forums[" + f + "].paper.meetingTime";
            scheme.forums().get(f).paper().flatMap(PaperSettings::meetingTime).filter(t -> !MEETING_TIME.matcher(t).matches())
                    .ifPresent(t -> error(at, "'" + t + "' is not a time of day: write it as 24-hour HH:MM, for example 10:00 or 14:30"));
        }
        duplicatesInScale(scheme.priorities(), "scheme.priorities");
        duplicatesInScale(scheme.assuranceLevels(), "scheme.assuranceLevels");
        duplicatesInScale(scheme.handlingMarkings(), "scheme.handlingMarkings");
        for (MarkingOrder.Misplaced misplaced : MarkingOrder.misplaced(scheme.handlingMarkings())) {
            error("scheme.handlingMarkings[" + misplaced.index() + "]", misplaced.message());
        }
        List<ReportingRule> rules = scheme.reportingRules().rules();
        for (int r = 0; r < rules.size(); r++) {
            ReportingRule rule = rules.get(r);
            String at = "scheme.reportingRules.rules[" + r + "]";
            rule.assuranceAtLeast().ifPresent(a -> assurance(a, at + ".assuranceAtLeast"));
            rule.assuranceAtMost().ifPresent(a -> assurance(a, at + ".assuranceAtMost"));
            for (int p = 0; p < rule.priorities().size(); p++) {
                priority(rule.priorities().get(p), at + ".priorities[" + p + "]");
            }
            forum(rule.forum(), at + ".forum");
            if (rule.assuranceAtLeast().isPresent() && rule.assuranceAtMost().isPresent()
                    && scheme.assuranceRank(rule.assuranceAtLeast().get()) < scheme.assuranceRank(rule.assuranceAtMost().get())) {
                error(at, "assuranceAtLeast '" + rule.assuranceAtLeast().get() + "' is higher than assuranceAtMost '"
                        + rule.assuranceAtMost().get() + "', so the rule can never match");
            }
        }
        forum(scheme.reportingRules().defaultForum(), "scheme.reportingRules.defaultForum");
        for (int f = 0; f < scheme.kindsSeparatedFor().size(); f++) {
            forum(scheme.kindsSeparatedFor().get(f), "scheme.kindsSeparatedFor[" + f + "]");
        }
        Optional<RagPolicy> policy = policies.find(scheme.ragPolicy());
        if (policy.isEmpty()) {
            error("scheme.ragPolicy", "no RAG policy has id '" + scheme.ragPolicy() + "'; the policies are "
                    + new java.util.TreeSet<>(policies.all().keySet()));
        } else {
            try {
                policy.get().configure(new RagSettings(scheme.ragSettings()));
            } catch (IllegalArgumentException e) {
                error("scheme.ragSettings", e.getMessage());
            }
        }
    }

    private void duplicatesInScale(List<String> scale, String path) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < scale.size(); i++) {
            if (!seen.add(scale.get(i))) {
                error(path + "[" + i + "]", "'" + scale.get(i) + "' appears twice in the scale");
            }
        }
    }

    private void checkSource(Source source, String at) {
        source.assurance().ifPresent(a -> assurance(a, at + ".assurance"));
        source.marking().ifPresent(m -> marking(m, at + ".marking"));
        source.followUpOf().ifPresent(f -> {
            if (!sourceIds.contains(f)) {
                error(at + ".followUpOf", "no source has id '" + f + "'");
            } else if (f.equals(source.id())) {
                error(at + ".followUpOf", "a source cannot follow up itself");
            }
        });
        source.nextReportDue().ifPresent(due -> forum(due.forum(), at + ".nextReportDue.forum"));
        Map<String, Integer> references = new HashMap<>();
        for (int r = 0; r < source.recommendations().size(); r++) {
            Recommendation rec = source.recommendations().get(r);
            String path = at + ".recommendations[" + r + "]";
            Integer earlier = references.putIfAbsent(rec.reference(), r);
            if (earlier != null) {
                error(path + ".reference", "reference '" + rec.reference() + "' is already used in this source by "
                        + at + ".recommendations[" + earlier + "]");
            }
            checkRecommendation(rec, path);
            checkParent(rec, source, path);
        }
        printedCounts(source, at);
    }

    /** A recommendation that names a parent belongs to a cause of concern of the same source. */
    private void checkParent(Recommendation rec, Source source, String at) {
        if (rec.parent().isEmpty()) {
            return;
        }
        String parent = rec.parent().get();
        String path = at + ".parent";
        Recommendation found = recommendationsById.get(parent);
        if (rec.kind() == Recommendation.Kind.CAUSE_OF_CONCERN) {
            error(path, "a cause of concern cannot belong to another item ('" + parent + "'): only its recommendations name it as parent");
        } else if (found == null) {
            error(path, "no recommendation has id '" + parent + "': the parent must be the id of a cause of concern in the register");
        } else if (parent.equals(rec.id())) {
            error(path, "a recommendation cannot be its own parent");
        } else if (found.kind() != Recommendation.Kind.CAUSE_OF_CONCERN) {
            error(path, "'" + parent + "' is of kind " + found.kind() + ", not CAUSE_OF_CONCERN: only a cause of concern holds recommendations");
        } else if (!source.id().equals(sourceOfRecommendation.get(parent))) {
            error(path, "the cause of concern '" + parent + "' is in source '" + sourceOfRecommendation.get(parent)
                    + "', not in this recommendation's source '" + source.id() + "': a cause of concern holds recommendations of its own report");
        }
    }

    /**
     * A source's printed counts name the scheme's priorities, and count at least the recommendations the
     * register holds of each (a smaller count is kept, as printed, with a warning).
     */
    private void printedCounts(Source source, String at) {
        source.printedCounts().forEach((priority, count) -> {
            String path = at + ".printedCounts." + priority;
            priority(priority, path);
            if (count < 0) {
                error(path, "a count cannot be negative (" + count + "); give the number the source prints, 0 or more");
                return;
            }
            long held = source.recommendations().stream().filter(r -> r.priority().equals(priority)).count();
            if (held > count) {
                warning(path, "the source prints " + count + " " + priority + " but the register holds " + held
                        + " of that priority; the paper prints both");
            }
        });
        if (!source.printedCounts().isEmpty()) {
            for (int r = 0; r < source.recommendations().size(); r++) {
                String priority = source.recommendations().get(r).priority();
                if (!source.printedCounts().containsKey(priority)) {
                    warning(at + ".printedCounts", "no count for " + priority + ", the priority of " + at + ".recommendations[" + r
                            + "]; give a count for every priority the source prints");
                    break;
                }
            }
        }
    }

    private void checkRecommendation(Recommendation rec, String at) {
        priority(rec.priority(), at + ".priority");
        rec.marking().ifPresent(m -> marking(m, at + ".marking"));
        rec.reportedTo().ifPresent(f -> forum(f, at + ".reportedTo"));
        owners(rec.owners(), at + ".owners");
        rec.response().ifPresent(r -> r.marking().ifPresent(m -> marking(m, at + ".response.marking")));
        targets(rec.targetHistory(), at + ".targetHistory");
        checkExtensionRequests(rec, at + ".extensionRequests");
        checkUpdates(rec.updates(), at + ".updates");
        checkUpdateRequests(rec.updateRequests(), at + ".updateRequests");
        for (int a = 0; a < rec.actions().size(); a++) {
            Action action = rec.actions().get(a);
            String path = at + ".actions[" + a + "]";
            owners(action.owners(), path + ".owners");
            targets(action.targetHistory(), path + ".targetHistory");
            action.marking().ifPresent(m -> marking(m, path + ".marking"));
        }
        for (int l = 0; l < rec.links().size(); l++) {
            Link link = rec.links().get(l);
            String path = at + ".links[" + l + "].target";
            if (link.kind().isInternal()) {
                if (!recommendationIds.contains(link.target())) {
                    error(path, "no recommendation has id '" + link.target() + "'");
                } else if (link.target().equals(rec.id())) {
                    error(path, "a recommendation cannot link to itself");
                }
            }
        }
        checkDecisions(rec, at);
        for (int e = 0; e < rec.evidence().size(); e++) {
            int index = e;
            rec.evidence().get(e).marking().ifPresent(m -> marking(m, at + ".evidence[" + index + "].marking"));
        }
    }

    private void owners(List<Ownership> owners, String at) {
        for (int o = 0; o < owners.size(); o++) {
            Ownership owner = owners.get(o);
            person(owner.person(), at + "[" + o + "].person");
            if (owner.from().isPresent() && owner.until().isPresent() && before(owner.until().get(), owner.from().get())) {
                error(at + "[" + o + "].until", "ownership ends (" + owner.until().get() + ") before it starts (" + owner.from().get() + ")");
            }
        }
    }

    private void targets(List<TargetRevision> history, String at) {
        Optional<PartialDate> previous = Optional.empty();
        for (int t = 0; t < history.size(); t++) {
            TargetRevision revision = history.get(t);
            String path = at + "[" + t + "]";
            nonBlank(revision.reason(), path + ".reason");
            nonBlank(revision.agreedBy(), path + ".agreedBy");
            if (revision.target().kind() == TargetDate.Kind.UNRECOGNISED) {
                warning(path + ".target", "target '" + revision.target().text()
                        + "' could not be read as a date; it is kept as written and counts as having no deadline");
            }
            revision.agreedBy().filter(who -> !personIds.contains(who) && !forumIds.contains(who)).ifPresent(who ->
                    error(path + ".agreedBy", "'" + who + "' is neither a person nor a forum of the register"));
            if (revision.date().isPresent() && previous.isPresent() && before(revision.date().get(), previous.get())) {
                error(path + ".date", "revision is dated " + revision.date().get()
                        + ", before the target it replaces (" + previous.get() + ")");
            }
            if (revision.date().isPresent()) {
                previous = revision.date();
            }
        }
    }

    private void checkExtensionRequests(Recommendation rec, String at) {
        List<ExtensionRequest> requests = rec.extensionRequests();
        for (int q = 0; q < requests.size(); q++) {
            ExtensionRequest request = requests.get(q);
            String path = at + "[" + q + "]";
            request.requestedBy().ifPresent(p -> person(p, path + ".requestedBy"));
            request.marking().ifPresent(m -> marking(m, path + ".marking"));
            if (request.target().kind() == TargetDate.Kind.UNRECOGNISED) {
                warning(path + ".target", "target asked for '" + request.target().text()
                        + "' could not be read as a date; it is kept as written and counts as having no deadline");
            }
            if (request.decision().isEmpty()) {
                continue;
            }
            ExtensionRequest.Decision decision = request.decision().get();
            forum(decision.forum(), path + ".decision.forum");
            if (before(decision.date(), request.requestedOn())) {
                error(path + ".decision.date", "decided on " + decision.date() + ", before the extension was requested ("
                        + request.requestedOn() + ")");
            }
            closedBefore(rec, decision.date()).ifPresent(closure -> warning(path + ".decision.date",
                    "decided on " + decision.date() + " after the recommendation was closed by " + closure.forum() + " on "
                            + closure.date() + ": an extension of a closed recommendation changes nothing; re-open it first"));
            if (decision.outcome() == ExtensionRequest.Outcome.APPROVED
                    && rec.targetHistory().stream().noneMatch(t -> t.target().isSameTargetAs(request.target()))) {
                error(path, "extension to '" + request.target().text() + "' approved by " + decision.forum() + " on "
                        + decision.date() + " but no revision to that target is in targetHistory: add the revision, dated "
                        + decision.date() + ", with the request's reason and agreedBy '" + decision.forum() + "'");
            }
        }
    }

    /**
     * The closure in force just before {@code day}: the last decision wholly before that day, in the
     * lifecycle replay, if it left the recommendation closed.
     */
    private static Optional<GovernanceDecision> closedBefore(Recommendation rec, PartialDate day) {
        Optional<GovernanceDecision> closure = Optional.empty();
        for (Lifecycle.Step step : Lifecycle.replay(rec)) {
            if (!before(step.decision().date(), day)) {
                break;
            }
            closure = step.to() == Status.CLOSED ? Optional.of(step.decision()) : Optional.empty();
        }
        return closure;
    }

    private void checkUpdates(List<ProgressUpdate> updates, String at) {
        for (int u = 0; u < updates.size(); u++) {
            ProgressUpdate update = updates.get(u);
            String path = at + "[" + u + "]";
            nonBlank(update.author(), path + ".author");
            if (update.text().trim().isEmpty()) {
                constraints.add(Finding.error(path + ".text", "must not be blank"));
            }
            update.sections().ifPresent(sections -> {
                nonBlank(sections.achieved(), path + ".sections.achieved");
                nonBlank(sections.leftToComplete(), path + ".sections.leftToComplete");
                nonBlank(sections.barriers(), path + ".sections.barriers");
            });
            update.percentComplete().ifPresent(p -> {
                if (p < 0) {
                    constraints.add(Finding.error(path + ".percentComplete", "must be greater than or equal to 0"));
                }
                if (p > 100) {
                    constraints.add(Finding.error(path + ".percentComplete", "must be less than or equal to 100"));
                }
            });
            nonBlank(update.marking(), path + ".marking");
            update.author().ifPresent(a -> person(a, path + ".author"));
            update.marking().ifPresent(m -> marking(m, path + ".marking"));
            if (u > 0 && before(update.date(), updates.get(u - 1).date())) {
                error(path + ".date", "update dated " + update.date() + " comes after one dated "
                        + updates.get(u - 1).date() + ": list updates in date order");
            }
        }
    }

    private void checkUpdateRequests(List<UpdateRequest> requests, String at) {
        for (int q = 0; q < requests.size(); q++) {
            UpdateRequest request = requests.get(q);
            String path = at + "[" + q + "]";
            nonBlank(request.requestedOf(), path + ".requestedOf");
            request.requestedOf().ifPresent(p -> person(p, path + ".requestedOf"));
            request.respondBy().filter(d -> d.isBefore(request.requestedOn())).ifPresent(d ->
                    error(path + ".respondBy", "reply asked for by " + d + ", before the request was made (" + request.requestedOn() + ")"));
            request.answeredOn().filter(d -> d.isBefore(request.requestedOn())).ifPresent(d ->
                    error(path + ".answeredOn", "answered on " + d + ", before the request was made (" + request.requestedOn() + ")"));
        }
    }

    private void checkDecisions(Recommendation rec, String at) {
        for (Lifecycle.Step step : Lifecycle.replay(rec)) {
            step.problem().ifPresent(p -> findings.add(p.error()
                    ? Finding.error(at + ".decisions[" + step.index() + "].kind", p.message())
                    : Finding.warning(at + ".decisions[" + step.index() + "].kind", p.message())));
        }
        List<GovernanceDecision> decisions = rec.decisions();
        for (int d = 0; d < decisions.size(); d++) {
            GovernanceDecision decision = decisions.get(d);
            String path = at + ".decisions[" + d + "]";
            forum(decision.forum(), path + ".forum");
            Forum forum = forumsById.get(decision.forum());
            if (decision.kind() == GovernanceDecision.Kind.RISK_ACCEPTED && forum != null && forum.role() != Forum.Role.PANEL) {
                error(path + ".forum", "risk accepted by " + decision.forum() + ", a forum whose role is " + forum.role()
                        + ": only a forum whose role is PANEL can agree to accept the risk of not acting (the scheme's panels are "
                        + scheme.forums().stream().filter(f -> f.role() == Forum.Role.PANEL).map(Forum::id).sorted().toList() + ")");
            }
            decision.marking().ifPresent(m -> marking(m, path + ".marking"));
            if (d > 0 && before(decision.date(), decisions.get(d - 1).date())) {
                error(path + ".date", "decision dated " + decision.date() + " comes after one dated "
                        + decisions.get(d - 1).date() + ": list decisions in date order");
            }
            if (decision.kind() == GovernanceDecision.Kind.CLOSED && rec.evidence().isEmpty() && !closedInFavourOfAnother(rec)) {
                warning(path, "closed by " + decision.forum() + " on " + decision.date()
                        + " but no evidence is recorded: closure needs evidence that the recommendation works");
            }
        }
    }

    /** A duplicate or superseded recommendation is closed on the strength of the one it defers to. */
    private static boolean closedInFavourOfAnother(Recommendation rec) {
        return rec.links().stream().anyMatch(l -> l.kind() == Link.Kind.DUPLICATES || l.kind() == Link.Kind.SUPERSEDES);
    }

    /**
     * Whether {@code a} lies wholly before {@code b}. Dates known only to the month or year overlap the
     * days inside them, so "May 2020" is not before "7 May 2020", nor after it.
     */
    private static boolean before(PartialDate a, PartialDate b) {
        return a.last().isBefore(b.first());
    }

    private void priority(String value, String at) {
        if (scheme.priorityRank(value) < 0) {
            error(at, "priority '" + value + "' is not in the scheme; expected one of " + scheme.priorities());
        }
    }

    private void assurance(String value, String at) {
        if (scheme.assuranceRank(value) < 0) {
            error(at, "assurance level '" + value + "' is not in the scheme; expected one of " + scheme.assuranceLevels());
        }
    }

    private void marking(String value, String at) {
        if (scheme.markingRank(value) < 0) {
            error(at, "handling marking '" + value + "' is not in the scheme; expected one of " + scheme.handlingMarkings());
        }
    }

    private void forum(String value, String at) {
        if (!forumIds.contains(value)) {
            error(at, "no forum has id '" + value + "'; the scheme's forums are " + forumIds.stream().sorted().toList());
        }
    }

    private void person(String value, String at) {
        if (!personIds.contains(value)) {
            error(at, "no person has id '" + value + "': add them to the register's people");
        }
    }

    /**
     * The model's {@code @NonBlank}: a value, when present, holds a character that is not white space (the
     * constraint's pattern {@code (?s).*\\S.*}).
     */
    private void nonBlank(Optional<String> value, String at) {
        if (value.isPresent() && !hasNonSpace(value.get())) {
            constraints.add(Finding.error(at, "must not be blank"));
        }
    }

    /** Whether the text holds a character outside regular expressions' {@code \\s}: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean hasNonSpace(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r') {
                return true;
            }
        }
        return false;
    }

    private void error(String at, String message) {
        findings.add(Finding.error(at, message));
    }

    private void warning(String at, String message) {
        findings.add(Finding.warning(at, message));
    }
}
