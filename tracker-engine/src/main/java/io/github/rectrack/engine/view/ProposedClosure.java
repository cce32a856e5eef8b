package io.github.rectrack.engine.view;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.engine.evaluation.RecommendationState;
import io.github.rectrack.engine.evaluation.RegisterEvaluation;
import io.github.rectrack.engine.status.Status;
import io.github.rectrack.model.GovernanceDecision;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The recommendations proposed for closure that a forum is asked to agree: those proposed by their
 * owners or agreed by a board, reported to the forum, in register order.
 *
 * @param forum the id of the forum the view is for, one of the scheme's forums
 * @param items the recommendations proposed for closure by their owners or agreed by a board, in register order
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record ProposedClosure(String forum, List<Item> items) {

    /**
     * Checks for nulls and copies the list.
     *
     * @param forum the id of the forum the view is for, one of the scheme's forums
     * @param items the recommendations proposed for closure by their owners or agreed by a board, in register order
     */
    public ProposedClosure {
        Objects.requireNonNull(forum, "forum");
        items = List.copyOf(items);
    }

    /**
     * One recommendation proposed for closure.
     *
     * @param sourceTitle the title of its source ("Victims Code of Practice")
     * @param priority its priority, one of the scheme's priorities
     * @param reference its printed reference
     * @param title the recommendation's short title; empty where the source gives none
     * @param recommendationId its id, to link to it in an appendix
     * @param status proposed closed, or closure agreed by a board
     * @param decisions the decision trail that counts on the day, in order
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public record Item(String sourceTitle, String priority, String reference, String title, String recommendationId,
            Status status, List<GovernanceDecision> decisions) {
        /**
         * Copies the list.
         *
         * @param sourceTitle the title of its source ("Victims Code of Practice")
         * @param priority its priority, one of the scheme's priorities
         * @param reference its printed reference
         * @param title the recommendation's short title; empty where the source gives none
         * @param recommendationId its id, to link to it in an appendix
         * @param status proposed closed, or closure agreed by a board
         * @param decisions the decision trail that counts on the day, in order
         */
        public Item {
            decisions = List.copyOf(decisions);
        }
    }

    /**
     * Builds the list for a forum.
     *
     * @param evaluation the evaluated register
     * @param forum the forum id
     * @return the list
     */
    public static ProposedClosure of(RegisterEvaluation evaluation, String forum) {
        return new ProposedClosure(forum, evaluation.reportedTo(forum)
                .filter(s -> s.status().isClosurePending())
                .map(ProposedClosure::item)
                .toList());
    }

    private static Item item(RecommendationState s) {
        return new Item(s.source().title(), s.recommendation().priority(), s.recommendation().reference(), s.recommendation().title(),
                s.id(), s.status(), s.decisions());
    }
}
