/**
 * The report views: everything a committee paper or tracker shows, computed once from a {@link
 * io.github.rectrack.engine.evaluation.RegisterEvaluation} for one forum. Exporters render these
 * records; they never recompute status, colour, routing or targets.
 *
 * <ul>
 *   <li>{@link io.github.rectrack.engine.view.SummaryMatrix}: priority by RAG, with totals;</li>
 *   <li>{@link io.github.rectrack.engine.view.ProposedClosure}: the items the forum is asked to close;</li>
 *   <li>{@link io.github.rectrack.engine.view.ClosureReadiness}: whether each of those meets the closure
 *       criteria, and why not;</li>
 *   <li>{@link io.github.rectrack.engine.view.Slippage}: items past their original target, each revision told
 *       apart as an approved extension or an unexplained slip;</li>
 *   <li>{@link io.github.rectrack.engine.view.ExtensionRequests}: requests for a later target, pending and
 *       decided;</li>
 *   <li>{@link io.github.rectrack.engine.view.Discrepancies}: where the stated RAG or status of a force's
 *       own sheet disagrees with what the engine computed;</li>
 *   <li>{@link io.github.rectrack.engine.view.Appendix}: per source, per item, the full record as of
 *       the day;</li>
 *   <li>{@link io.github.rectrack.engine.view.MonitoredElsewhere}: items routed to other forums;</li>
 *   <li>{@link io.github.rectrack.engine.view.ChaseList}: owners whose updates are missing or
 *       overdue;</li>
 *   <li>{@link io.github.rectrack.engine.view.Movement}: what changed between two meetings.</li>
 * </ul>
 *
 * <p>{@link io.github.rectrack.engine.view.ReportViews} gathers them for one evaluation and forum.
 */
package io.github.rectrack.engine.view;
