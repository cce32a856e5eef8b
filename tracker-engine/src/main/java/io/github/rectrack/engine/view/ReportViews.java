package io.github.rectrack.engine.view;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.engine.evaluation.RegisterEvaluation;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * The report views of one evaluated register for one forum, in one place: what an exporter renders for
 * a committee paper or tracker. Each view is computed on first use and then kept, so an exporter may ask
 * for it as often as it likes; views are immutable. Thread-safe.
 *
 * <pre>{@code
 * RegisterEvaluation evaluation = new StatusEngine().evaluate(register, LocalDate.of(2020, 10, 16));
 * ReportViews views = ReportViews.of(evaluation, "JARAP");
 * SummaryMatrix summary = views.summary();
 * Slippage slipped = views.slippage();
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class ReportViews {

    private final RegisterEvaluation evaluation;
    private final String forum;
    private final Map<String, Object> computed = new ConcurrentHashMap<>();

    private ReportViews(RegisterEvaluation evaluation, String forum) {
        this.evaluation = Objects.requireNonNull(evaluation, "evaluation");
        this.forum = Objects.requireNonNull(forum, "forum");
    }

    /**
     * The evaluated register.
     *
     * @return the evaluation
     */
    public RegisterEvaluation evaluation() {
        return evaluation;
    }

    /**
     * The forum the views are for.
     *
     * @return the forum id
     */
    public String forum() {
        return forum;
    }

    private <T> T once(String name, Supplier<T> view) {
        @SuppressWarnings("unchecked")
        T value = (T) computed.computeIfAbsent(name, k -> view.get());
        return value;
    }

    /**
     * The views of an evaluation for a forum.
     *
     * @param evaluation the evaluated register
     * @param forum the forum id
     * @return the views
     */
    public static ReportViews of(RegisterEvaluation evaluation, String forum) {
        return new ReportViews(evaluation, forum);
    }

    /**
     * The summary table.
     *
     * @return priority by RAG, with totals
     */
    public SummaryMatrix summary() {
        return once("summary", () -> SummaryMatrix.of(evaluation, forum));
    }

    /**
     * The items counted by kind and RAG, and whether the scheme asks for them apart for this forum.
     *
     * @return kind by RAG
     */
    public SummaryByKind summaryByKind() {
        return once("summaryByKind", () -> SummaryByKind.of(evaluation, forum));
    }

    /**
     * The items proposed for closure.
     *
     * @return the list
     */
    public ProposedClosure proposedClosure() {
        return once("proposedClosure", () -> ProposedClosure.of(evaluation, forum));
    }

    /**
     * The items proposed for closure, checked against the closure criteria.
     *
     * @return the checked items
     */
    public ClosureReadiness closureReadiness() {
        return once("closureReadiness", () -> ClosureReadiness.of(evaluation, forum));
    }

    /**
     * The targets that slipped.
     *
     * @return the slipped items
     */
    public Slippage slippage() {
        return once("slippage", () -> Slippage.of(evaluation, forum));
    }

    /**
     * The extension requests, pending and decided on the day.
     *
     * @return the requests
     */
    public ExtensionRequests extensionRequests() {
        return once("extensionRequests", () -> ExtensionRequests.of(evaluation, forum));
    }

    /**
     * Where the register's stated RAG or status disagrees with the computed one.
     *
     * @return the discrepancies
     */
    public Discrepancies discrepancies() {
        return once("discrepancies", () -> Discrepancies.of(evaluation, forum));
    }

    /**
     * The appendix.
     *
     * @return per source, per item, the full record
     */
    public Appendix appendix() {
        return once("appendix", () -> Appendix.of(evaluation, forum));
    }

    /**
     * The items monitored by other forums.
     *
     * @return the list
     */
    public MonitoredElsewhere monitoredElsewhere() {
        return once("monitoredElsewhere", () -> MonitoredElsewhere.of(evaluation, forum));
    }

    /**
     * The items addressed to other bodies that the forum watches, shown apart from its own.
     *
     * @return the watched items
     */
    public Watched watched() {
        return once("watched", () -> Watched.of(evaluation, forum));
    }

    /**
     * The s.55 clock: the reports that need a published response, due, overdue and published, for the
     * whole register.
     *
     * @return the reports
     */
    public PublishedResponses publishedResponses() {
        return once("publishedResponses", () -> PublishedResponses.of(evaluation));
    }

    /**
     * The further reports promised to the forum, by month.
     *
     * @return the forward plan
     */
    public ForwardPlan forwardPlan() {
        return once("forwardPlan", () -> ForwardPlan.of(evaluation, forum));
    }

    /**
     * The open recommendations reported to the forum that are past the target in force.
     *
     * @return the overdue items
     */
    public Overdue overdue() {
        return once("overdue", () -> Overdue.of(evaluation, forum));
    }

    /**
     * The chase list for the whole register, with the default threshold.
     *
     * @return the owners to chase
     */
    public ChaseList chaseList() {
        return once("chaseList", () -> ChaseList.of(evaluation));
    }

    /**
     * The chase list for the whole register.
     *
     * @param staleAfterDays how many days old the latest update may be before it is overdue
     * @return the owners to chase
     */
    public ChaseList chaseList(int staleAfterDays) {
        return ChaseList.of(evaluation, staleAfterDays);
    }

    /**
     * The movement since the last meeting.
     *
     * @param earlier the same register evaluated as of the last meeting
     * @return what changed for the forum
     * @throws IllegalArgumentException if the earlier evaluation is of another register or not earlier
     */
    public Movement movementSince(RegisterEvaluation earlier) {
        return Movement.between(earlier, evaluation, forum);
    }
}
