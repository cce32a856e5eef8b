package io.github.rectrack.engine.evaluation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.engine.spi.rag.Rag;
import io.github.rectrack.engine.status.Routing;
import io.github.rectrack.engine.status.Status;
import io.github.rectrack.engine.status.TargetStatus;
import io.github.rectrack.model.GovernanceDecision;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.ProgressUpdate;
import io.github.rectrack.model.Recommendation;
import io.github.rectrack.model.Source;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One recommendation as it stood on the evaluation's day: everything a report shows about it,
 * computed once by the engine.
 *
 * @param source the source (report, audit, inspection) the recommendation belongs to
 * @param recommendation the recommendation, as recorded (including entries after the day)
 * @param status its status on the day
 * @param statusSince when it reached that status, if known
 * @param decisions the governance decisions that count on the day, in order
 * @param updates the progress updates that count on the day, in order
 * @param targets its targets on the day
 * @param route the forum it is reported to
 * @param rag its colour under the scheme's policy; {@link Rag#GREY} for an item {@linkplain #watched() watched}
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record RecommendationState(
        Source source,
        Recommendation recommendation,
        Status status,
        Optional<PartialDate> statusSince,
        List<GovernanceDecision> decisions,
        List<ProgressUpdate> updates,
        TargetStatus targets,
        Routing.Route route,
        Rag rag) {

    /**
     * Checks for nulls and copies the lists.
     *
     * @param source the source (report, audit, inspection) the recommendation belongs to
     * @param recommendation the recommendation, as recorded (including entries after the day)
     * @param status its status on the day
     * @param statusSince when it reached that status, if known
     * @param decisions the governance decisions that count on the day, in order
     * @param updates the progress updates that count on the day, in order
     * @param targets its targets on the day
     * @param route the forum it is reported to
     * @param rag its colour under the scheme's policy
     */
    public RecommendationState {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(recommendation, "recommendation");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(statusSince, "statusSince");
        decisions = List.copyOf(decisions);
        updates = List.copyOf(updates);
        Objects.requireNonNull(targets, "targets");
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(rag, "rag");
    }

    /**
     * The recommendation's id.
     *
     * @return the id
     */
    public String id() {
        return recommendation.id();
    }

    /**
     * The latest update that counts on the day.
     *
     * @return the update, or empty if there is none
     */
    public Optional<ProgressUpdate> lastUpdate() {
        return updates.isEmpty() ? Optional.empty() : Optional.of(updates.get(updates.size() - 1));
    }

    /**
     * Whether it is addressed to another body and only watched: such an item is never counted among the
     * organisation's own, and never red, amber or green.
     *
     * @return true if watched
     */
    public boolean watched() {
        return recommendation.watched();
    }

    /**
     * Whether it is reported to the given forum as one of the organisation's own items.
     *
     * @param forum the forum id
     * @return true if routed there and not {@linkplain #watched() watched}
     */
    public boolean isReportedTo(String forum) {
        return !watched() && route.forum().equals(forum);
    }

    /**
     * Whether the given forum watches it: it is addressed to another body and routed to the forum.
     *
     * @param forum the forum id
     * @return true if watched and routed there
     */
    public boolean isWatchedBy(String forum) {
        return watched() && route.forum().equals(forum);
    }
}
