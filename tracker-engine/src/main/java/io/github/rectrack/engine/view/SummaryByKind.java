package io.github.rectrack.engine.view;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.engine.evaluation.RecommendationState;
import io.github.rectrack.engine.evaluation.RegisterEvaluation;
import io.github.rectrack.engine.spi.rag.Rag;
import io.github.rectrack.model.Recommendation;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The items reported to a forum counted by kind (recommendations, areas for improvement, causes of
 * concern, committee actions) and RAG, for the forums whose scheme setting ({@code kindsSeparatedFor}) asks
 * for them apart. Items addressed to other bodies are watched and not counted, as in {@link SummaryMatrix}.
 *
 * @param forum the id of the forum the view is for, one of the scheme's forums
 * @param asOf the day the register is shown as it stood on
 * @param separated whether the scheme asks for the kinds apart for this forum
 * @param counts the count for each kind present and colour, kinds in their declared order; every colour
 *     present for every row
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record SummaryByKind(String forum, LocalDate asOf, boolean separated, Map<Recommendation.Kind, Map<Rag, Integer>> counts) {

    /**
     * Checks for nulls and copies the maps.
     *
     * @param forum the id of the forum the view is for, one of the scheme's forums
     * @param asOf the day the register is shown as it stood on
     * @param separated whether the scheme asks for the kinds apart for this forum
     * @param counts the count for each kind present and colour, kinds in their declared order; every colour
     *     present for every row
     */
    public SummaryByKind {
        Objects.requireNonNull(forum, "forum");
        Objects.requireNonNull(asOf, "asOf");
        counts = RagRows.complete(counts);
    }

    /**
     * Counts the items reported to a forum by kind.
     *
     * @param evaluation the evaluated register
     * @param forum the forum id
     * @return the counts
     */
    public static SummaryByKind of(RegisterEvaluation evaluation, String forum) {
        Map<Recommendation.Kind, Map<Rag, Integer>> counts = new EnumMap<>(Recommendation.Kind.class);
        for (RecommendationState state : (Iterable<RecommendationState>) evaluation.reportedTo(forum)::iterator) {
            counts.computeIfAbsent(state.recommendation().kind(), k -> new EnumMap<>(Rag.class)).merge(state.rag(), 1, Integer::sum);
        }
        return new SummaryByKind(forum, evaluation.asOf(), evaluation.register().scheme().separatesKindsFor(forum), counts);
    }

    /**
     * One cell.
     *
     * @param kind the row
     * @param rag the column
     * @return the count, 0 for a kind with no items
     */
    public int count(Recommendation.Kind kind, Rag rag) {
        Map<Rag, Integer> row = counts.get(kind);
        return row == null ? 0 : row.get(rag);
    }

    /**
     * A row total.
     *
     * @param kind the row
     * @return the number of items of that kind
     */
    public int total(Recommendation.Kind kind) {
        Map<Rag, Integer> row = counts.get(kind);
        return row == null ? 0 : row.values().stream().mapToInt(Integer::intValue).sum();
    }
}
