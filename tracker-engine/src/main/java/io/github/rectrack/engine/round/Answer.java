package io.github.rectrack.engine.round;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.engine.change.Change;
import io.github.rectrack.engine.change.Stamp;
import io.github.rectrack.model.Evidence;
import io.github.rectrack.model.ExtensionRequest;
import io.github.rectrack.model.Forum;
import io.github.rectrack.model.GovernanceDecision;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.ProgressUpdate;
import io.github.rectrack.model.Scheme;
import io.github.rectrack.model.TargetDate;
import io.github.rectrack.model.TargetDateParser;
import io.github.rectrack.model.UpdateSections;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What an owner answered about one recommendation of an update round. Each answer becomes changes:
 * a progress update (the update's text, with what was achieved, what is left and the barriers, and the
 * percent complete), a proposal to close (a {@code PROPOSED_CLOSED} decision of the scheme's owners' forum),
 * an extension request (the target wanted and why) and evidence.
 *
 * @param recommendationId the recommendation's id
 * @param update the update, as the owner wrote it
 * @param achieved what has been achieved
 * @param leftToComplete what is left to do
 * @param barriers what stands in the way
 * @param percentComplete percent complete, 0 to 100
 * @param proposeClosure whether the owner proposes the recommendation be closed
 * @param extensionTo the target the owner wants instead, as written
 * @param extensionReason why more time is needed
 * @param evidence a description of the evidence sent with the answer
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record Answer(String recommendationId, Optional<String> update, Optional<String> achieved, Optional<String> leftToComplete,
        Optional<String> barriers, Optional<Integer> percentComplete, boolean proposeClosure, Optional<String> extensionTo,
        Optional<String> extensionReason, Optional<String> evidence) {

    /**
     * Checks for nulls; blank texts count as absent.
     *
     * @param recommendationId the recommendation's id
     * @param update the update, as the owner wrote it
     * @param achieved what has been achieved
     * @param leftToComplete what is left to do
     * @param barriers what stands in the way
     * @param percentComplete percent complete, 0 to 100
     * @param proposeClosure whether the owner proposes the recommendation be closed
     * @param extensionTo the target the owner wants instead, as written
     * @param extensionReason why more time is needed
     * @param evidence a description of the evidence sent with the answer
     */
    public Answer {
        Objects.requireNonNull(recommendationId, "recommendationId");
        update = text(update);
        achieved = text(achieved);
        leftToComplete = text(leftToComplete);
        barriers = text(barriers);
        Objects.requireNonNull(percentComplete, "percentComplete");
        extensionTo = text(extensionTo);
        extensionReason = text(extensionReason);
        evidence = text(evidence);
    }

    /**
     * A problem with one field of an answer.
     *
     * @param field the field's name, as this record spells it
     * @param message what is wrong
     */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    public record Problem(String field, String message) {}

    /** @return whether the owner answered nothing at all */
    public boolean isEmpty() {
        return update.isEmpty() && achieved.isEmpty() && leftToComplete.isEmpty() && barriers.isEmpty() && percentComplete.isEmpty()
                && !proposeClosure && extensionTo.isEmpty() && extensionReason.isEmpty() && evidence.isEmpty();
    }

    /**
     * What keeps the answer from becoming changes: an update's parts without the update itself, a percent
     * outside 0 to 100, an extension without its target or its reason, a target that cannot be read.
     *
     * @return the problems, none if the answer can be recorded
     */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (update.isEmpty() && (achieved.isPresent() || leftToComplete.isPresent() || barriers.isPresent() || percentComplete.isPresent())) {
            problems.add(new Problem("update", "the update itself is empty, but other parts of it are filled: write the update"));
        }
        percentComplete.filter(p -> p < 0 || p > 100)
                .ifPresent(p -> problems.add(new Problem("percentComplete", "percent complete is " + p + "; write a number from 0 to 100")));
        if (extensionTo.isPresent() && extensionReason.isEmpty()) {
            problems.add(new Problem("extensionReason", "an extension is asked for without a reason: say why more time is needed"));
        }
        if (extensionTo.isEmpty() && extensionReason.isPresent()) {
            problems.add(new Problem("extensionTo", "a reason for an extension is given without the target wanted"));
        }
        extensionTo.ifPresent(t -> {
            TargetDate target = TargetDateParser.parse(t);
            if (target.deadline().isEmpty()) {
                problems.add(new Problem("extensionTo", "'" + t + "' is not a date the target can move to; write a day, month or quarter"));
            }
        });
        if (proposeClosure && extensionTo.isPresent()) {
            problems.add(new Problem("proposeClosure", "closure is proposed and an extension asked for at once: choose one"));
        }
        return problems;
    }

    /**
     * The changes the answer makes. Their ids are {@code <round id>/<owner id>/answer/<row>/<kind>}, so a
     * form returned twice is known by its ids.
     *
     * @param roundId the round's id
     * @param ownerId the owner who answered
     * @param row the answer's row number on the form
     * @param answeredOn the day of the answer
     * @param scheme the register's scheme, for the owners' forum a proposal to close is recorded against
     * @param recordedAt when the answers are recorded
     * @param recordedBy who records them
     * @param version the register version the first change is made against
     * @return the changes, in the order update, evidence, proposal to close, extension request
     * @throws IllegalArgumentException if {@link #problems()} is not empty, or closure is proposed and the
     *     scheme has no forum with the role {@code OWNER}
     */
    public List<Change> changes(String roundId, String ownerId, int row, PartialDate answeredOn, Scheme scheme, Instant recordedAt,
            String recordedBy, long version) {
        List<Problem> problems = problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.get(0).field() + ": " + problems.get(0).message());
        }
        String prefix = roundId + "/" + ownerId + "/answer/" + row + "/";
        List<Change> changes = new ArrayList<>();
        if (update.isPresent()) {
            Optional<UpdateSections> sections = achieved.isEmpty() && leftToComplete.isEmpty() && barriers.isEmpty() ? Optional.empty()
                    : Optional.of(new UpdateSections(achieved, leftToComplete, barriers, false, proposeClosure));
            changes.add(new Change.AddUpdate(stamp(prefix + "update", recordedAt, recordedBy, version + changes.size()), recommendationId,
                    new ProgressUpdate(answeredOn, Optional.of(ownerId), update.get(), sections, Optional.empty(), percentComplete,
                            Optional.empty())));
        }
        if (evidence.isPresent()) {
            changes.add(new Change.AddEvidence(stamp(prefix + "evidence", recordedAt, recordedBy, version + changes.size()), recommendationId,
                    new Evidence(evidence.get(), Optional.of(answeredOn), Optional.empty(), List.of(), Optional.empty())));
        }
        if (proposeClosure) {
            String forum = scheme.forums().stream().filter(f -> f.role() == Forum.Role.OWNER).map(Forum::id).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("proposeClosure: the scheme has no forum with the role OWNER to"
                            + " record an owner's proposal to close against; add one to the scheme's forums"));
            changes.add(new Change.RecordDecision(stamp(prefix + "closure", recordedAt, recordedBy, version + changes.size()),
                    recommendationId, new GovernanceDecision(answeredOn, forum, GovernanceDecision.Kind.PROPOSED_CLOSED, Optional.empty(),
                            Optional.of("proposed in the owner's update"), Optional.empty())));
        }
        if (extensionTo.isPresent()) {
            changes.add(new Change.RequestExtension(stamp(prefix + "extension", recordedAt, recordedBy, version + changes.size()),
                    recommendationId, new ExtensionRequest(answeredOn, Optional.of(ownerId), TargetDateParser.parse(extensionTo.get()),
                            extensionReason, Optional.empty(), Optional.empty())));
        }
        return changes;
    }

    private static Stamp stamp(String id, Instant at, String by, long version) {
        return new Stamp(id, at, by, version);
    }

    private static Optional<String> text(Optional<String> value) {
        Objects.requireNonNull(value);
        return value.map(String::strip).filter(v -> !v.isEmpty());
    }
}
