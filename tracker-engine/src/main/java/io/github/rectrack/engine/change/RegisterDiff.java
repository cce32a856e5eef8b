package io.github.rectrack.engine.change;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.engine.spi.Finding;
import io.github.rectrack.model.Action;
import io.github.rectrack.model.ExtensionRequest;
import io.github.rectrack.model.Ownership;
import io.github.rectrack.model.Person;
import io.github.rectrack.model.Recommendation;
import io.github.rectrack.model.Register;
import io.github.rectrack.model.Source;
import io.github.rectrack.model.TargetRevision;
import io.github.rectrack.model.UpdateRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * The changes that turn one register into another, for recording an edit made outside the journal (a
 * tracker workbook edited in Excel and read back, a fresh import of a force's sheet) as changes, by the
 * person who brings it in.
 *
 * <p>What can be said as a change is: people, sources and recommendations added; a source's or
 * recommendation's fields changed ({@link Change.CorrectField}, with the reason given) or its marking; and,
 * for each list of a recommendation, entries added after those it had (updates, update requests, target
 * revisions, extension requests and their decisions, governance decisions, evidence, links, actions), an
 * action's new state, and a hand-over from one owner to another. Anything else (an entry removed or
 * rewritten, a person renamed, a source removed) cannot be recorded as a change; it is listed with its
 * place, and the caller decides whether to go on without it.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class RegisterDiff {

    /**
     * The changes found, and what could not be said as a change.
     *
     * @param changes the changes, in register order, versions following on from the one given
     * @param unrecordable what differs but is not a change this library records, each with its place
     */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    public record Result(List<Change> changes, List<Finding> unrecordable) {
        /**
         * Copies the lists.
         *
         * @param changes the changes, in register order, versions following on from the one given
         * @param unrecordable what differs but is not a change this library records, each with its place
         */
        public Result {
            changes = List.copyOf(changes);
            unrecordable = List.copyOf(unrecordable);
        }
    }

    private final Register before;
    private final Register after;
    private final String reason;
    private final Instant recordedAt;
    private final String recordedBy;
    private final String idPrefix;
    private final long version;
    private final List<Change> changes = new ArrayList<>();
    private final List<Finding> unrecordable = new ArrayList<>();

    private RegisterDiff(Register before, Register after, String reason, Instant recordedAt, String recordedBy, String idPrefix,
            long version) {
        this.before = before;
        this.after = after;
        this.reason = reason;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
        this.idPrefix = idPrefix;
        this.version = version;
    }

    /**
     * Finds the changes from one register to another.
     *
     * @param before the register as recorded
     * @param after the register as edited
     * @param reason the reason given for corrections, e.g. "as edited in tracker.xlsx"
     * @param recordedAt when the changes are recorded
     * @param recordedBy who records them
     * @param idPrefix the changes' ids are this, then a slash and a number from 1
     * @param version the version the first change is made against
     * @return the changes and what could not be recorded
     */
    public static Result between(Register before, Register after, String reason, Instant recordedAt, String recordedBy, String idPrefix,
            long version) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        RegisterDiff diff = new RegisterDiff(before, after, reason, recordedAt, recordedBy, idPrefix, version);
        diff.run();
        return new Result(diff.changes, diff.unrecordable);
    }

    private Stamp stamp() {
        return new Stamp(idPrefix + "/" + (changes.size() + 1), recordedAt, recordedBy, version + changes.size());
    }

    private void run() {
        if (!before.id().equals(after.id())) {
            unrecordable.add(Finding.error("id", "the register's id differs ('" + before.id() + "' and '" + after.id()
                    + "'): is it the same register?"));
            return;
        }
        if (!before.scheme().equals(after.scheme())) {
            unrecordable.add(Finding.warning("scheme", "the scheme differs; a scheme is not changed by recording changes"));
        }
        Map<String, Person> people = index(before.people(), Person::id);
        for (int i = 0; i < after.people().size(); i++) {
            Person person = after.people().get(i);
            Person old = people.get(person.id());
            if (old == null) {
                changes.add(new Change.AddPerson(stamp(), person));
            } else if (!old.equals(person)) {
                unrecordable.add(Finding.warning("people[" + i + "]", "person '" + person.id() + "' differs; a person's details are not"
                        + " changed by recording changes"));
            }
        }
        Map<String, Person> kept = index(after.people(), Person::id);
        before.people().stream().filter(p -> !kept.containsKey(p.id()))
                .forEach(p -> unrecordable.add(Finding.warning("people", "person '" + p.id() + "' was removed; people are not removed")));
        Map<String, Source> sources = index(before.sources(), Source::id);
        for (int s = 0; s < after.sources().size(); s++) {
            Source source = after.sources().get(s);
            Source old = sources.get(source.id());
            if (old == null) {
                changes.add(new Change.AddSource(stamp(), source));
            } else {
                source(old, source, "sources[" + s + "]");
            }
        }
        Map<String, Source> keptSources = index(after.sources(), Source::id);
        before.sources().stream().filter(x -> !keptSources.containsKey(x.id())).forEach(x -> unrecordable.add(Finding.warning("sources",
                "source '" + x.id() + "' was removed; a source is not removed by recording changes (supersede its recommendations instead)")));
    }

    private void source(Source old, Source now, String at) {
        correct(old.id(), "title", Optional.of(old.title()), Optional.of(now.title()));
        correct(old.id(), "issuedBy", old.issuedBy(), now.issuedBy());
        correct(old.id(), "date", old.date().map(Object::toString), now.date().map(Object::toString));
        correct(old.id(), "assurance", old.assurance(), now.assurance());
        if (!old.marking().equals(now.marking())) {
            changes.add(new Change.SetMarking(stamp(), old.id(), now.marking()));
        }
        if (!old.kind().equals(now.kind()) || !old.followUpOf().equals(now.followUpOf())) {
            unrecordable.add(Finding.warning(at, "the source's kind or follow-up differs; these are not changed by recording changes"));
        }
        Map<String, Recommendation> recommendations = index(old.recommendations(), Recommendation::id);
        for (int i = 0; i < now.recommendations().size(); i++) {
            Recommendation r = now.recommendations().get(i);
            Recommendation was = recommendations.get(r.id());
            if (was == null) {
                changes.add(new Change.AddRecommendation(stamp(), old.id(), r));
            } else if (!was.equals(r)) {
                recommendation(was, r, at + ".recommendations[" + i + "]");
            }
        }
        Map<String, Recommendation> keptRecs = index(now.recommendations(), Recommendation::id);
        old.recommendations().stream().filter(r -> !keptRecs.containsKey(r.id())).forEach(r -> unrecordable.add(Finding.warning(at
                + ".recommendations", "recommendation '" + r.id() + "' was removed; record a SUPERSEDED decision instead")));
    }

    private void recommendation(Recommendation was, Recommendation now, String at) {
        String id = was.id();
        correct(id, "reference", Optional.of(was.reference()), Optional.of(now.reference()));
        correct(id, "title", Optional.of(was.title()).filter(t -> !t.isBlank()), Optional.of(now.title()).filter(t -> !t.isBlank()));
        correct(id, "text", Optional.of(was.text()), Optional.of(now.text()));
        correct(id, "priority", Optional.of(was.priority()), Optional.of(now.priority()));
        correct(id, "reportedTo", was.reportedTo(), now.reportedTo());
        correct(id, "statedStatus", was.statedStatus(), now.statedStatus());
        correct(id, "statedRag", was.statedRag(), now.statedRag());
        correct(id, "notes", was.notes(), now.notes());
        if (!was.marking().equals(now.marking())) {
            changes.add(new Change.SetMarking(stamp(), id, now.marking()));
        }
        if (!was.tags().equals(now.tags()) || !was.response().equals(now.response())) {
            unrecordable.add(Finding.warning(at, "the tags or management response differ; these are not changed by recording changes"));
        }
        owners(was, now, at);
        // requests before updates: an update answers the requests made before it, so answers are not compared
        appended(unanswered(was.updateRequests()), unanswered(now.updateRequests()), at + ".updateRequests",
                q -> new Change.RequestUpdate(stamp(), id, q));
        appended(was.updates(), now.updates(), at + ".updates", u -> new Change.AddUpdate(stamp(), id, u));
        extensions(was, now, at);
        appended(was.targetHistory(), withoutApprovals(was, now), at + ".targetHistory", t -> new Change.ReviseTarget(stamp(), id, t));
        appended(was.decisions(), now.decisions(), at + ".decisions", d -> new Change.RecordDecision(stamp(), id, d));
        appended(was.evidence(), now.evidence(), at + ".evidence", e -> new Change.AddEvidence(stamp(), id, e));
        appended(was.links(), now.links(), at + ".links", l -> new Change.AddLink(stamp(), id, l));
        actions(was, now, at);
    }

    /** The target history without the revisions that decided extensions make on their own. */
    private static List<TargetRevision> withoutApprovals(Recommendation was, Recommendation now) {
        List<TargetRevision> history = new ArrayList<>(now.targetHistory());
        for (int i = 0; i < now.extensionRequests().size(); i++) {
            ExtensionRequest request = now.extensionRequests().get(i);
            boolean decidedNow = request.decision().filter(d -> d.outcome() == ExtensionRequest.Outcome.APPROVED).isPresent()
                    && (i >= was.extensionRequests().size() || was.extensionRequests().get(i).decision().isEmpty());
            if (decidedNow) {
                ExtensionRequest.Decision d = request.decision().get();
                TargetRevision made = new TargetRevision(request.target(), Optional.of(d.date()), request.reason(), Optional.of(d.forum()));
                int at = history.lastIndexOf(made);
                if (at >= was.targetHistory().size()) {
                    history.remove(at);
                }
            }
        }
        return history;
    }

    private void extensions(Recommendation was, Recommendation now, String at) {
        List<ExtensionRequest> old = was.extensionRequests();
        List<ExtensionRequest> current = now.extensionRequests();
        if (current.size() < old.size()) {
            unrecordable.add(Finding.warning(at + ".extensionRequests", "extension requests were removed; they are not removed by recording changes"));
            return;
        }
        for (int i = 0; i < current.size(); i++) {
            ExtensionRequest request = current.get(i);
            ExtensionRequest undecided = new ExtensionRequest(request.requestedOn(), request.requestedBy(), request.target(), request.reason(),
                    Optional.empty(), request.marking());
            if (i < old.size()) {
                ExtensionRequest previous = old.get(i);
                ExtensionRequest previousUndecided = new ExtensionRequest(previous.requestedOn(), previous.requestedBy(), previous.target(),
                        previous.reason(), Optional.empty(), previous.marking());
                if (!previousUndecided.equals(undecided) || (previous.decision().isPresent() && !previous.decision().equals(request.decision()))) {
                    unrecordable.add(Finding.warning(at + ".extensionRequests[" + i + "]", "extension request " + (i + 1)
                            + " was rewritten; only a decision on a pending request is recorded"));
                    continue;
                }
                if (previous.decision().isEmpty() && request.decision().isPresent()) {
                    changes.add(new Change.DecideExtension(stamp(), was.id(), i + 1, request.decision().get()));
                }
            } else {
                changes.add(new Change.RequestExtension(stamp(), was.id(), undecided));
                request.decision().ifPresent(d -> changes.add(new Change.DecideExtension(stamp(), was.id(), current.indexOf(request) + 1, d)));
            }
        }
    }

    private void owners(Recommendation was, Recommendation now, String at) {
        if (was.owners().equals(now.owners())) {
            return;
        }
        // a hand-over: every owner added starts on a day and has not ended, and handing over to each in turn, which
        // ends the current owner's period on that day, gives the owners as edited
        List<Ownership> added = now.owners().subList(Math.min(was.owners().size(), now.owners().size()), now.owners().size());
        if (!added.isEmpty() && added.stream().allMatch(o -> o.from().isPresent() && o.until().isEmpty())) {
            Register trial = new Register(before.id(), before.organisation(), before.asOf(), before.scheme(), after.people(), before.sources());
            List<Change.HandOver> handOvers = new ArrayList<>();
            try {
                for (Ownership owner : added) {
                    Change.HandOver handOver = new Change.HandOver(new Stamp("trial", recordedAt, recordedBy, 0), was.id(), owner.strand(),
                            owner.person(), owner.from().get());
                    trial = Changes.applyUnvalidated(trial, handOver);
                    handOvers.add(handOver);
                }
                if (trial.recommendations().filter(r -> r.id().equals(was.id())).findFirst().map(Recommendation::owners)
                        .filter(now.owners()::equals).isPresent()) {
                    handOvers.forEach(h -> changes.add(new Change.HandOver(stamp(), h.recommendation(), h.strand(), h.to(), h.from())));
                    return;
                }
            } catch (RefusedChangeException e) {
                // not a hand-over
            }
        }
        unrecordable.add(Finding.warning(at + ".owners", "the owners differ in a way that is not a hand-over (a new owner from a day,"
                + " the one before ending that day)"));
    }

    private void actions(Recommendation was, Recommendation now, String at) {
        Map<String, Action> old = index(was.actions(), Action::number);
        for (int i = 0; i < now.actions().size(); i++) {
            Action action = now.actions().get(i);
            Action previous = old.get(action.number());
            if (previous == null) {
                changes.add(new Change.AddAction(stamp(), was.id(), action));
            } else if (!previous.equals(action)) {
                Action sameState = new Action(action.number(), action.text(), action.owners(), action.targetHistory(), previous.state(),
                        previous.stateDate(), action.marking());
                if (sameState.equals(previous) && action.stateDate().isPresent()) {
                    changes.add(new Change.SetActionState(stamp(), was.id(), action.number(), action.state(), action.stateDate().get()));
                } else {
                    unrecordable.add(Finding.warning(at + ".actions[" + i + "]", "action " + action.number() + " was rewritten; only a new"
                            + " state with its date is recorded"));
                }
            }
        }
    }

    private static List<UpdateRequest> unanswered(List<UpdateRequest> requests) {
        return requests.stream().map(q -> new UpdateRequest(q.requestedOn(), q.requestedOf(), q.respondBy(), Optional.empty())).toList();
    }

    private <T> void appended(List<T> old, List<T> now, String at, Function<T, Change> change) {
        if (old.equals(now)) {
            return;
        }
        if (now.size() >= old.size() && now.subList(0, old.size()).equals(old)) {
            for (T item : now.subList(old.size(), now.size())) {
                changes.add(change.apply(item));
            }
            return;
        }
        unrecordable.add(Finding.warning(at, now.size() < old.size() ? "entries were removed; entries are not removed by recording changes"
                : "entries were rewritten or reordered, not only added after those recorded"));
    }

    private void correct(String target, String field, Optional<String> was, Optional<String> now) {
        if (!was.equals(now)) {
            changes.add(new Change.CorrectField(stamp(), target, field, now, reason));
        }
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        Map<String, T> map = new HashMap<>();
        items.forEach(item -> map.putIfAbsent(id.apply(item), item));
        return map;
    }
}
