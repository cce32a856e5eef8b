package io.github.rectrack.engine.spi.rag;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.engine.status.Status;
import io.github.rectrack.engine.status.TargetStatus;
import io.github.rectrack.model.Recommendation;
import io.github.rectrack.model.Source;
import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What a {@link RagPolicy} may look at to colour one recommendation on one day. Everything here is
 * already evaluated as of {@link #asOf()}.
 *
 * @param source the recommendation's source
 * @param recommendation the recommendation to colour
 * @param status its status on the day
 * @param targets its targets on the day
 * @param priorityRank the rank of its priority on the scheme's scale, 0 for the highest
 * @param priorityLevels how many priorities the scheme has
 * @param asOf the day the recommendation is coloured for
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record RagContext(
        Source source,
        Recommendation recommendation,
        Status status,
        TargetStatus targets,
        int priorityRank,
        int priorityLevels,
        LocalDate asOf) {

    /**
     * Checks for nulls.
     *
     * @param source the recommendation's source
     * @param recommendation the recommendation to colour
     * @param status its status on the day
     * @param targets its targets on the day
     * @param priorityRank the rank of its priority on the scheme's scale, 0 for the highest
     * @param priorityLevels how many priorities the scheme has
     * @param asOf the day the recommendation is coloured for
     */
    public RagContext {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(recommendation, "recommendation");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(targets, "targets");
        Objects.requireNonNull(asOf, "asOf");
    }
}
