package io.github.rectrack.engine.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.engine.evaluation.RegisterEvaluation;
import io.github.rectrack.engine.evaluation.StatusEngine;
import io.github.rectrack.engine.publication.Profile;
import io.github.rectrack.engine.publication.Redaction;
import io.github.rectrack.engine.publication.Withheld;
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
 *         .previousMeeting(LocalDate.of(2020, 7, 16)).profile(Profile.PUBLIC).build();
 * }</pre>
 *
 * <p>A report is for an audience, its {@link Profile} ({@link Profile#DEFAULT panel} unless chosen). The
 * profile is applied here, before any exporter sees the register: {@link #register()}, {@link
 * #evaluation()}, {@link #previous()}, {@link #views()} and {@link #movement()} hold only what the profile
 * shows, with names replaced where it says so; status, colour, route and targets are those of the whole
 * register (see {@link Redaction}). {@link #withheld()} says what was left out, and its {@link
 * Withheld#statement() statement} is the sentence an exporter prints when there is one.
 *
 * <p>Immutable and thread-safe; the views are computed on demand from the evaluation, the same each time.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class Report {

    private final RegisterEvaluation evaluation;
    private final String forum;
    private final Optional<RegisterEvaluation> previous;
    private final ReportViews views;
    private final Profile profile;
    private final Withheld withheld;
    private final Redaction redaction;
    private final Optional<String> recorded;

    private Report(RegisterEvaluation whole, String forum, Optional<RegisterEvaluation> previous, Profile profile) {
        this(whole, forum, previous, profile, Optional.empty());
    }

    private Report(RegisterEvaluation whole, String forum, Optional<RegisterEvaluation> previous, Profile profile,
            Optional<String> recorded) {
        this.recorded = Objects.requireNonNull(recorded, "recorded");
        Objects.requireNonNull(whole, "evaluation");
        this.forum = Objects.requireNonNull(forum, "forum");
        Objects.requireNonNull(previous, "previous");
        this.profile = Objects.requireNonNull(profile, "profile");
        previous.ifPresent(p -> {
            if (!p.register().id().equals(whole.register().id())) {
                throw new IllegalArgumentException("the previous meeting's evaluation is of register '" + p.register().id()
                        + "', not '" + whole.register().id() + "'");
            }
            if (!p.asOf().isBefore(whole.asOf())) {
                throw new IllegalArgumentException("the previous meeting (" + p.asOf() + ") must be before the report's day ("
                        + whole.asOf() + ")");
            }
        });
        Redaction redaction = Redaction.of(whole.register(), profile);
        this.redaction = redaction;
        this.evaluation = redaction.evaluation(whole);
        this.previous = previous.map(p -> p.register() == whole.register()
                ? redaction.evaluation(p) : Redaction.of(p.register(), profile).evaluation(p));
        this.withheld = redaction.withheld();
        this.views = ReportViews.of(this.evaluation, forum);
    }

    /**
     * A report of an evaluation for a forum, with the {@link Profile#DEFAULT default profile}.
     *
     * @param evaluation the evaluated register, as recorded
     * @param forum the forum id
     * @return the report
     */
    public static Report of(RegisterEvaluation evaluation, String forum) {
        return new Report(evaluation, forum, Optional.empty(), Profile.DEFAULT);
    }

    /**
     * A report of an evaluation for a forum and an audience.
     *
     * @param evaluation the evaluated register, as recorded
     * @param forum the forum id
     * @param profile the audience, which decides what is shown
     * @return the report
     */
    public static Report of(RegisterEvaluation evaluation, String forum, Profile profile) {
        return new Report(evaluation, forum, Optional.empty(), profile);
    }

    /**
     * A report of an evaluation for a forum, with the previous meeting's evaluation and the {@link
     * Profile#DEFAULT default profile}.
     *
     * @param evaluation the evaluated register, as recorded
     * @param forum the forum id
     * @param previous the same register evaluated at the previous meeting
     * @return the report
     * @throws IllegalArgumentException if the previous evaluation is of another register or not earlier
     */
    public static Report of(RegisterEvaluation evaluation, String forum, RegisterEvaluation previous) {
        return new Report(evaluation, forum, Optional.of(previous), Profile.DEFAULT);
    }

    /**
     * A report of an evaluation for a forum and an audience, with the previous meeting's evaluation.
     *
     * @param evaluation the evaluated register, as recorded
     * @param forum the forum id
     * @param previous the same register evaluated at the previous meeting
     * @param profile the audience, which decides what is shown
     * @return the report
     * @throws IllegalArgumentException if the previous evaluation is of another register or not earlier
     */
    public static Report of(RegisterEvaluation evaluation, String forum, RegisterEvaluation previous, Profile profile) {
        return new Report(evaluation, forum, Optional.of(previous), profile);
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
     * The register as the report's profile shows it.
     *
     * @return the register
     */
    public Register register() {
        return evaluation.register();
    }

    /**
     * The audience the report is for.
     *
     * @return the profile
     */
    public Profile profile() {
        return profile;
    }

    /**
     * What the profile left out of the register, and whether names were replaced; its {@link
     * Withheld#statement() statement} is what a paper prints.
     *
     * @return what was withheld
     */
    public Withheld withheld() {
        return withheld;
    }

    /**
     * A text that does not come from the register, such as an exporter's option or a template's own text,
     * as the report's profile shows it: under {@link Profile#PUBLIC} the names of the register's people are
     * replaced by initials or role titles, as in the register's own text; otherwise it is returned as given.
     * An exporter passes every such text through here before writing it.
     *
     * @param text the text
     * @return the text to write
     */
    public String redact(String text) {
        return redaction.text(text);
    }

    /**
     * Which recording of the register the report was made from, when the register has a journal, in words
     * for the paper: "as recorded up to 21 October 2020 (version 12)", or "as recorded on 15 October 2020
     * (version 7; 5 changes recorded later left out)". "As of" is what was true on a day; "as recorded" is
     * what the register said at a time.
     *
     * @return the words, or empty when the register was read as a file alone
     */
    public Optional<String> recorded() {
        return recorded;
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
     * The evaluation the report shows: of the register as the profile shows it.
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
        private Profile profile = Profile.DEFAULT;
        private String recorded;

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
         * The audience, which decides what the report shows. Defaults to {@link Profile#DEFAULT} (panel).
         *
         * @param profile the profile
         * @return this builder
         */
        public Builder profile(Profile profile) {
            this.profile = Objects.requireNonNull(profile, "profile");
            return this;
        }

        /**
         * Says which recording of the register the report is made from, for the paper to print (see
         * {@link Report#recorded()}).
         *
         * @param recorded the words, such as "as recorded on 15 October 2020 (version 7)"
         * @return this builder
         */
        public Builder recorded(String recorded) {
            this.recorded = Objects.requireNonNull(recorded, "recorded");
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
            return new Report(evaluation, chosen, previousMeeting == null ? Optional.empty()
                    : Optional.of(used.evaluate(register, previousMeeting)), profile, Optional.ofNullable(recorded));
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
