package io.github.rectrack.engine.round;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.engine.change.Change;
import io.github.rectrack.engine.change.Stamp;
import io.github.rectrack.engine.evaluation.RecommendationState;
import io.github.rectrack.engine.evaluation.RegisterEvaluation;
import io.github.rectrack.engine.status.AsOf;
import io.github.rectrack.engine.status.Status;
import io.github.rectrack.engine.view.RequestCount;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.Person;
import io.github.rectrack.model.ProgressUpdate;
import io.github.rectrack.model.Register;
import io.github.rectrack.model.TargetDate;
import io.github.rectrack.model.UpdateRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One round of asking owners for updates: for each owner, every outstanding recommendation they are in
 * charge of on the day (open, in progress, re-opened, or sent back by the panel; not hibernated, not
 * awaiting a closure decision, not closed or inactive), with what the owner needs to answer it.
 *
 * @param id the round's id: {@code <register id>/<day>/<version>}, so that answers can be matched to it
 * @param registerId the register's id
 * @param organisation the organisation the register belongs to
 * @param version the register version the round was drawn from
 * @param asOf the day of the round
 * @param replyBy the day answers are due, if one is set
 * @param owners each owner asked, in the order first found, with their rows
 * @param unowned outstanding recommendations no one is in charge of on the day (nobody can be asked)
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record UpdateRound(String id, String registerId, String organisation, long version, LocalDate asOf, Optional<LocalDate> replyBy,
        List<Owner> owners, List<Row> unowned) {

    /**
     * Checks for nulls and copies the lists.
     *
     * @param id the round's id: {@code <register id>/<day>/<version>}, so that answers can be matched to it
     * @param registerId the register's id
     * @param organisation the organisation the register belongs to
     * @param version the register version the round was drawn from
     * @param asOf the day of the round
     * @param replyBy the day answers are due, if one is set
     * @param owners each owner asked, in the order first found, with their rows
     * @param unowned outstanding recommendations no one is in charge of on the day (nobody can be asked)
     */
    public UpdateRound {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(registerId, "registerId");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(replyBy, "replyBy");
        owners = List.copyOf(owners);
        unowned = List.copyOf(unowned);
    }

    /**
     * An owner and the recommendations they are asked about.
     *
     * @param person the owner asked, as the register records them
     * @param rows one per recommendation, in register order
     */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    public record Owner(Person person, List<Row> rows) {
        /**
         * Checks for nulls and copies the list.
         *
         * @param person the owner asked, as the register records them
         * @param rows one per recommendation, in register order
         */
        public Owner {
            Objects.requireNonNull(person, "person");
            rows = List.copyOf(rows);
        }
    }

    /**
     * One recommendation as its owner is asked about it.
     *
     * @param recommendationId the recommendation's id
     * @param sourceTitle the title of the report it came from
     * @param reference its reference in that report
     * @param title its title (may be empty)
     * @param text the recommendation as the report wrote it
     * @param status its status on the day
     * @param target the target in force, as written
     * @param deadline the last day of that target, if it has one
     * @param daysOverdue days past that deadline on the day; 0 when not past
     * @param lastUpdate the date of the last update, if any
     * @param lastUpdateText the last update's text, if any
     * @param requests how often an update was asked for by the day, and how many of those are unanswered
     */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    public record Row(String recommendationId, String sourceTitle, String reference, String title, String text, Status status,
            Optional<String> target, Optional<LocalDate> deadline, long daysOverdue, Optional<PartialDate> lastUpdate,
            Optional<String> lastUpdateText, RequestCount requests) {
        /**
         * Checks for nulls.
         *
         * @param recommendationId the recommendation's id
         * @param sourceTitle the title of the report it came from
         * @param reference its reference in that report
         * @param title its title (may be empty)
         * @param text the recommendation as the report wrote it
         * @param status its status on the day
         * @param target the target in force, as written
         * @param deadline the last day of that target, if it has one
         * @param daysOverdue days past that deadline on the day; 0 when not past
         * @param lastUpdate the date of the last update, if any
         * @param lastUpdateText the last update's text, if any
         * @param requests how often an update was asked for by the day, and how many of those are unanswered
         */
        public Row {
            Objects.requireNonNull(recommendationId, "recommendationId");
            Objects.requireNonNull(sourceTitle, "sourceTitle");
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(deadline, "deadline");
            Objects.requireNonNull(lastUpdate, "lastUpdate");
            Objects.requireNonNull(lastUpdateText, "lastUpdateText");
            Objects.requireNonNull(requests, "requests");
        }
    }

    /**
     * Draws the round from an evaluation.
     *
     * @param evaluation the register evaluated on the round's day
     * @param version the register version evaluated
     * @param replyBy the day answers are due, if set
     * @return the round
     */
    public static UpdateRound of(RegisterEvaluation evaluation, long version, Optional<LocalDate> replyBy) {
        Register register = evaluation.register();
        LocalDate asOf = evaluation.asOf();
        Map<String, List<Row>> byOwner = new LinkedHashMap<>();
        List<Row> unowned = new ArrayList<>();
        for (RecommendationState state : evaluation.states()) {
            if (!state.status().isOutstanding() || state.status() == Status.HIBERNATED || state.watched()) {
                continue;
            }
            Row row = row(state, asOf);
            List<String> owners = AsOf.ownersInCharge(state.recommendation().owners(), asOf);
            if (owners.isEmpty()) {
                unowned.add(row);
            }
            for (String owner : owners) {
                byOwner.computeIfAbsent(owner, k -> new ArrayList<>()).add(row);
            }
        }
        List<Owner> owners = new ArrayList<>();
        byOwner.forEach((id, rows) -> owners.add(new Owner(register.person(id)
                .orElseGet(() -> new Person(id, id, Optional.empty(), Optional.empty())), rows)));
        return new UpdateRound(register.id() + "/" + asOf + "/" + version, register.id(), register.organisation(), version, asOf,
                replyBy, owners, unowned);
    }

    /**
     * The changes that record the asking: one update request per owner and row, made of the owner, on the
     * round's day, due on its reply-by day. Their ids are {@code <round id>/<owner id>/request/<n>}.
     *
     * @param recordedAt when the round is recorded
     * @param recordedBy who sends it
     * @return the requests, versions following on from the round's version
     */
    public List<Change> requests(Instant recordedAt, String recordedBy) {
        List<Change> changes = new ArrayList<>();
        for (Owner owner : owners) {
            for (int i = 0; i < owner.rows().size(); i++) {
                Row row = owner.rows().get(i);
                changes.add(new Change.RequestUpdate(new Stamp(id + "/" + owner.person().id() + "/request/" + (i + 1), recordedAt, recordedBy,
                        version + changes.size()), row.recommendationId(), new UpdateRequest(asOf, Optional.of(owner.person().id()), replyBy,
                        Optional.empty())));
            }
        }
        return changes;
    }

    /** @return how many rows the round asks about, over all owners */
    public int rowCount() {
        return owners.stream().mapToInt(o -> o.rows().size()).sum();
    }

    private static Row row(RecommendationState state, LocalDate asOf) {
        var r = state.recommendation();
        Optional<TargetDate> current = state.targets().current();
        Optional<LocalDate> deadline = current.flatMap(TargetDate::deadline);
        long overdue = deadline.filter(d -> d.isBefore(asOf)).map(d -> ChronoUnit.DAYS.between(d, asOf)).orElse(0L);
        Optional<ProgressUpdate> last = state.lastUpdate();
        return new Row(r.id(), state.source().title(), r.reference(), r.title(), r.text(), state.status(), current.map(TargetDate::text),
                deadline, overdue, last.map(ProgressUpdate::date), last.map(ProgressUpdate::text), RequestCount.of(r.updateRequests(), asOf));
    }
}
