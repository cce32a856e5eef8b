/**
 * Evaluating a register as of a day: {@link io.github.rectrack.engine.evaluation.StatusEngine} gives a
 * {@link io.github.rectrack.engine.evaluation.RegisterEvaluation} with the {@link
 * io.github.rectrack.engine.evaluation.RecommendationState} of every recommendation.
 */
package io.github.rectrack.engine.evaluation;
