package io.github.rectrack.engine.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.engine.evaluation.RegisterEvaluation;
import io.github.rectrack.engine.evaluation.StatusEngine;
import io.github.rectrack.engine.view.Movement;
import io.github.rectrack.engine.view.ReportViews;
import io.github.rectrack.model.Forum;
import io.github.rectrack.model.Register;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What an {@link Exporter} renders: a register evaluated as of a day, for one forum, with the views the
 * engine computed, and optionally the evaluation at the previous meeting for the movement between them.
 *
 * <pre>{@code
 * Report report = Report.builder(register).asOf(LocalDate.of(2020, 10, 16)).forum("JARAP")
 *         .previousMeeting(LocalDate.of(2020, 7, 16)).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe; the views are computed on demand from the evaluation, the same each time.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class Report {

    private final RegisterEvaluation evaluation;
    private final String forum;
    private final Optional<RegisterEvaluation> previous;
    private final ReportViews views;

    private Report(RegisterEvaluation evaluation, String forum, Optional<RegisterEvaluation> previous) {
        this.evaluation = Objects.requireNonNull(evaluation, "evaluation");
        this.forum = Objects.requireNonNull(forum, "forum");
        this.previous = Objects.requireNonNull(previous, "previous");
        this.views = ReportViews.of(evaluation, forum);
        previous.ifPresent(p -> {
            if (!p.register().id().equals(evaluation.register().id())) {
                throw new IllegalArgumentException("the previous meeting's evaluation is of register '" + p.register().id()
                        + "', not '" + evaluation.register().id() + "'");
            }
            if (!p.asOf().isBefore(evaluation.asOf())) {
                throw new IllegalArgumentException("the previous meeting (" + p.asOf() + ") must be before the report's day ("
                        + evaluation.asOf() + ")");
            }
        });
    }

    /**
     * A report of an evaluation for a forum.
     *
     * @param evaluation the evaluated register
     * @param forum the forum id
     * @return the report
     */
    public static Report of(RegisterEvaluation evaluation, String forum) {
        return new Report(evaluation, forum, Optional.empty());
    }

    /**
     * A report of an evaluation for a forum, with the previous meeting's evaluation.
     *
     * @param evaluation the evaluated register
     * @param forum the forum id
     * @param previous the same register evaluated at the previous meeting
     * @return the report
     * @throws IllegalArgumentException if the previous evaluation is of another register or not earlier
     */
    public static Report of(RegisterEvaluation evaluation, String forum, RegisterEvaluation previous) {
        return new Report(evaluation, forum, Optional.of(previous));
    }

    /**
     * A builder that evaluates the register.
     *
     * @param register the register
     * @return the builder
     */
    public static Builder builder(Register register) {
        return new Builder(register);
    }

    /**
     * The register.
     *
     * @return the register
     */
    public Register register() {
        return evaluation.register();
    }

    /**
     * The day the report is as of.
     *
     * @return the day
     */
    public LocalDate asOf() {
        return evaluation.asOf();
    }

    /**
     * The forum's id.
     *
     * @return the forum id
     */
    public String forum() {
        return forum;
    }

    /**
     * The forum's full name, or its id if the scheme does not define it.
     *
     * @return the name
     */
    public String forumName() {
        return register().scheme().forum(forum).map(Forum::name).orElse(forum);
    }

    /**
     * The evaluation the report shows.
     *
     * @return the evaluation
     */
    public RegisterEvaluation evaluation() {
        return evaluation;
    }

    /**
     * The evaluation at the previous meeting, if given.
     *
     * @return the previous evaluation
     */
    public Optional<RegisterEvaluation> previous() {
        return previous;
    }

    /**
     * The views for the forum, each computed once on first use.
     *
     * @return the views
     */
    public ReportViews views() {
        return views;
    }

    /**
     * The movement since the previous meeting, if one was given.
     *
     * @return the movement
     */
    public Optional<Movement> movement() {
        return previous.map(p -> Movement.between(p, evaluation, forum));
    }

    /** Builds a {@link Report} by evaluating a register. */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public static final class Builder {
        private final Register register;
        private LocalDate asOf;
        private String forum;
        private LocalDate previousMeeting;
        private StatusEngine engine;

        private Builder(Register register) {
            this.register = Objects.requireNonNull(register, "register");
        }

        /**
         * The day of the report. Required.
         *
         * @param asOf the day
         * @return this builder
         */
        public Builder asOf(LocalDate asOf) {
            this.asOf = Objects.requireNonNull(asOf, "asOf");
            return this;
        }

        /**
         * The forum. Defaults to the scheme's first panel, else its default forum.
         *
         * @param forum the forum id
         * @return this builder
         */
        public Builder forum(String forum) {
            this.forum = Objects.requireNonNull(forum, "forum");
            return this;
        }

        /**
         * The day of the previous meeting, to show the movement since.
         *
         * @param previousMeeting the day
         * @return this builder
         */
        public Builder previousMeeting(LocalDate previousMeeting) {
            this.previousMeeting = Objects.requireNonNull(previousMeeting, "previousMeeting");
            return this;
        }

        /**
         * The engine to evaluate with. Defaults to one using the RAG policies on the class path.
         *
         * @param engine the engine
         * @return this builder
         */
        public Builder engine(StatusEngine engine) {
            this.engine = Objects.requireNonNull(engine, "engine");
            return this;
        }

        /**
         * Evaluates the register and builds the report.
         *
         * @return the report
         * @throws IllegalStateException if no day was given
         * @throws IllegalArgumentException if the forum is not one of the scheme's, or the previous meeting
         *     is not before the day
         */
        public Report build() {
            if (asOf == null) {
                throw new IllegalStateException("a report needs the day it is as of: call asOf(...)");
            }
            String chosen = forum != null ? forum : defaultForum(register);
            if (register.scheme().forum(chosen).isEmpty()) {
                throw new IllegalArgumentException("the register has no forum '" + chosen + "'; its forums are "
                        + register.scheme().forums().stream().map(Forum::id).toList());
            }
            StatusEngine used = engine != null ? engine : new StatusEngine();
            RegisterEvaluation evaluation = used.evaluate(register, asOf);
            return previousMeeting == null
                    ? of(evaluation, chosen)
                    : of(evaluation, chosen, used.evaluate(register, previousMeeting));
        }

        /**
         * The forum a report is for when none is named: the scheme's first panel, else its default forum.
         *
         * @param register the register
         * @return the forum id
         */
        public static String defaultForum(Register register) {
            return register.scheme().forums().stream().filter(f -> f.role() == Forum.Role.PANEL).map(Forum::id).findFirst()
                    .orElse(register.scheme().reportingRules().defaultForum());
        }
    }
}
