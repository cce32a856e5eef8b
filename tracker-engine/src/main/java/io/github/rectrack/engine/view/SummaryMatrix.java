package io.github.rectrack.engine.view;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.engine.evaluation.RecommendationState;
import io.github.rectrack.engine.evaluation.RegisterEvaluation;
import io.github.rectrack.engine.spi.rag.Rag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The summary table of a committee paper: priority rows by RAG columns, with row and column totals, for
 * the recommendations reported to one forum on one day; and how many stand proposed for closure.
 *
 * <p>Rows follow the scheme's priority scale, highest first; a priority the scheme does not define (an
 * invalid register) gets a row after them, so no item is ever left out of the totals.
 *
 * @param forum the id of the forum the view is for, one of the scheme's forums
 * @param asOf the day the register is shown as it stood on
 * @param counts the count for each priority and colour; every colour present for every row
 * @param proposedClosed how many are proposed for closure or agreed by a board, awaiting the forum
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record SummaryMatrix(String forum, LocalDate asOf, Map<String, Map<Rag, Integer>> counts, int proposedClosed) {

    /**
     * Checks for nulls and copies the maps, keeping their order.
     *
     * @param forum the id of the forum the view is for, one of the scheme's forums
     * @param asOf the day the register is shown as it stood on
     * @param counts the count for each priority and colour; every colour present for every row
     * @param proposedClosed how many are proposed for closure or agreed by a board, awaiting the forum
     */
    public SummaryMatrix {
        Objects.requireNonNull(forum, "forum");
        Objects.requireNonNull(asOf, "asOf");
        counts = RagRows.complete(counts);
    }

    /**
     * Builds the matrix for a forum.
     *
     * @param evaluation the evaluated register
     * @param forum the forum id
     * @return the matrix
     */
    public static SummaryMatrix of(RegisterEvaluation evaluation, String forum) {
        Map<String, Map<Rag, Integer>> counts = new LinkedHashMap<>();
        for (String priority : evaluation.register().scheme().priorities()) {
            counts.put(priority, new EnumMap<>(Rag.class));
        }
        int proposed = 0;
        for (RecommendationState state : (Iterable<RecommendationState>) evaluation.reportedTo(forum)::iterator) {
            counts.computeIfAbsent(state.recommendation().priority(), p -> new EnumMap<>(Rag.class))
                    .merge(state.rag(), 1, Integer::sum);
            if (state.status().isClosurePending()) {
                proposed++;
            }
        }
        return new SummaryMatrix(forum, evaluation.asOf(), counts, proposed);
    }

    /**
     * The priorities, in row order.
     *
     * @return the row labels
     */
    public List<String> priorities() {
        return new ArrayList<>(counts.keySet());
    }

    /**
     * One cell.
     *
     * @param priority the row
     * @param rag the column
     * @return the count, 0 for an unknown priority
     */
    public int count(String priority, Rag rag) {
        Map<Rag, Integer> row = counts.get(priority);
        return row == null ? 0 : row.get(rag);
    }

    /**
     * A row total.
     *
     * @param priority the row
     * @return the number of items of that priority
     */
    public int total(String priority) {
        Map<Rag, Integer> row = counts.get(priority);
        return row == null ? 0 : row.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * A column total.
     *
     * @param rag the column
     * @return the number of items of that colour
     */
    public int total(Rag rag) {
        return counts.values().stream().mapToInt(row -> row.get(rag)).sum();
    }

    /**
     * The grand total.
     *
     * @return the number of items reported to the forum
     */
    public int total() {
        return counts.values().stream().flatMap(row -> row.values().stream()).mapToInt(Integer::intValue).sum();
    }
}
