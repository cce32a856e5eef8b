package io.github.rectrack.engine.validation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.engine.rag.RagPolicies;
import io.github.rectrack.engine.spi.Finding;
import io.github.rectrack.engine.status.Lifecycle;
import io.github.rectrack.model.Register;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Validates a register: the model's Bean Validation constraints (with Hibernate Validator) and the
 * engine's cross-checks, returning every problem as a {@link Finding} with a JSON-path-like location.
 *
 * <p>The cross-checks: ids unique (people, forums, sources, recommendations), references unique within a
 * source, every person, forum, source and recommendation referred to exists, priorities, assurance
 * levels and handling markings are ones the scheme defines, updates and decisions in date order, no
 * target revision dated before the target it replaces, ownership and update-request dates in order,
 * governance decisions in a legal sequence (no second closure without a re-open, no board agreement
 * without a proposal; see {@link Lifecycle}), a RAG policy that exists and accepts the scheme's settings,
 * a risk accepted only by a forum whose role is {@code PANEL}; for each extension request, a requester
 * who is a person of the register, a deciding forum of the scheme, no decision dated before the request,
 * and an approved request matched by a revision to the same target (same text or same deadline) in the
 * target history. Warnings for a closure with no evidence (unless the item is closed as a duplicate or
 * superseded), for an extension request decided after the recommendation was closed, and for target text
 * that could not be read. A revision with neither reason nor agreement and no approved request behind it
 * is not a finding: it is an unexplained slip, which the views report.
 *
 * <p>Validation never throws on a well-formed register object. Instances are thread-safe and cheap to create:
 * they share one Bean Validation factory, built by {@link #prepare()} or when a validation first needs it.
 *
 * <pre>{@code
 * ValidationReport report = new RegisterValidator().validate(register);
 * report.errors().forEach(System.out::println);
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class RegisterValidator implements AutoCloseable {

    private final RagPolicies policies;
    private static final int REMEMBERED = 3;
    private volatile List<Validated> recent = List.of();

    /** A register validated lately and its report; registers are immutable, so the same instance has the same report. */
    private record Validated(Register register, ValidationReport report) {}

    /** Creates a validator that knows the RAG policies found on the class path. */
    public RegisterValidator() {
        this(RagPolicies.discover());
    }

    /**
     * Creates a validator that checks schemes against the given RAG policies.
     *
     * @param policies the policies a scheme may name
     */
    public RegisterValidator(RagPolicies policies) {
        this.policies = Objects.requireNonNull(policies, "policies");
    }

    /**
     * Builds the Bean Validation factory that every validator shares, which reads the constraints of the model's types,
     * now rather than when a validation first needs it. Building it takes a noticeable part of a short program's start
     * (Hibernate Validator reads the model's constraints); a program that will validate can call this on a thread of its
     * own while it does other start-up work, such as reading the register. Calling it again, or validating while it
     * runs, waits for the one factory and builds no other; a small register's validation runs the engine's own checks,
     * which need no Bean Validation, before it waits.
     */
    public static void prepare() {
        Objects.requireNonNull(BeanValidation.VALIDATOR);
    }

    /**
     * The model's types a register holds: the register's type and, through record components and their type arguments,
     * every type of the model package it reaches. Bean Validation is built for these types alone (its predefined scope)
     * and reads their constraints when it is built.
     *
     * @return the types, the register's first
     */
    static java.util.Set<Class<?>> modelTypes() {
        java.util.Set<Class<?>> seen = new java.util.LinkedHashSet<>();
        modelTypes(Register.class, seen);
        return seen;
    }

    private static void modelTypes(java.lang.reflect.Type type, java.util.Set<Class<?>> seen) {
        if (type instanceof java.lang.reflect.ParameterizedType parameterized) {
            for (java.lang.reflect.Type argument : parameterized.getActualTypeArguments()) {
                modelTypes(argument, seen);
            }
        } else if (type instanceof Class<?> model && model.getPackageName().equals(Register.class.getPackageName())
                && seen.add(model) && model.isRecord()) {
            for (java.lang.reflect.RecordComponent component : model.getRecordComponents()) {
                modelTypes(component.getGenericType(), seen);
            }
        }
    }

    /**
     * The Bean Validation factory and validator every {@link RegisterValidator} uses: both are thread-safe and hold
     * no state of a validation, so one pair serves the whole program (the JVM builds it once, when first asked).
     *
     * <p>The factory is Hibernate Validator's predefined scope: it reads the constraints of the {@linkplain #modelTypes()
     * model's types} when it is built, and knows only the built-in constraints those types use ({@link
     * #BUILT_IN_CONSTRAINTS}), so it loads a third fewer of Hibernate Validator's classes than a factory that is ready
     * for any class and every built-in constraint. Validation only ever meets the model's types: it is given a register
     * or a source, and every value it walks into ({@code @Valid}) is a record of the model, which is final. A value of
     * any other class would be passed over by such a factory as if it had no constraints; {@link ModelScope} makes it
     * an error instead.
     */
    private static final class BeanValidation {

        static final Validator VALIDATOR = build().getValidator();

        private static ValidatorFactory build() {
            java.util.Set<Class<?>> types = modelTypes();
            org.hibernate.validator.PredefinedScopeHibernateValidatorConfiguration configuration = Validation
                    .byProvider(org.hibernate.validator.PredefinedScopeHibernateValidator.class).configure();
            // Hibernate Validator does not walk the lists a register has most of: a recommendation's updates, target
            // revisions and update requests, and an action's target revisions. RegisterChecks checks their elements'
            // constraints in the engine's own pass, with the same paths and messages; walking them element by element
            // was most of the time validation took on a large register.
            org.hibernate.validator.cfg.ConstraintMapping hot = configuration.createConstraintMapping();
            // A register's sources are validated one by one (validateSources, and side by side in validate), so
            // Bean Validation does not walk them from the register; the field has no constraint of its own.
            hot.type(Register.class).field("sources").ignoreAnnotations(true);
            hot.type(io.github.rectrack.model.Recommendation.class)
                    .field("updates").ignoreAnnotations(true)
                    .field("targetHistory").ignoreAnnotations(true)
                    .field("updateRequests").ignoreAnnotations(true);
            hot.type(io.github.rectrack.model.Action.class).field("targetHistory").ignoreAnnotations(true);
            return configuration
                    .builtinConstraints(BUILT_IN_CONSTRAINTS)
                    .initializeBeanMetaData(types)
                    .beanMetaDataClassNormalizer(new ModelScope(types))
                    .messageInterpolator(new ParameterMessageInterpolator())
                    .addMapping(hot)
                    .buildValidatorFactory();
        }
    }

    /**
     * The names of the built-in constraints ({@code jakarta.validation.constraints}) that the model's types use, among
     * them those a constraint of the model's own is made of ({@link io.github.rectrack.model.NonBlank} is a {@link
     * jakarta.validation.constraints.Pattern}). Bean Validation is built knowing these alone; a test checks that the
     * model uses no other.
     */
    static final java.util.Set<String> BUILT_IN_CONSTRAINTS = java.util.Set.of(
            jakarta.validation.constraints.NotBlank.class.getName(),
            jakarta.validation.constraints.NotEmpty.class.getName(),
            jakarta.validation.constraints.Pattern.class.getName(),
            jakarta.validation.constraints.Min.class.getName(),
            jakarta.validation.constraints.Max.class.getName(),
            jakarta.validation.constraints.PositiveOrZero.class.getName());

    /**
     * Stops Bean Validation from meeting a class whose constraints it was not built with. Hibernate Validator asks
     * this for the class of every object it validates or walks into; a factory of predefined scope would treat a class
     * outside its scope as one with no constraints and pass its values over without a word, so such a class is an
     * error here, naming the class, rather than a value left unchecked.
     */
    static final class ModelScope implements org.hibernate.validator.metadata.BeanMetaDataClassNormalizer {

        private final java.util.Set<Class<?>> types;

        /**
         * Creates the scope: the classes given and their superclasses.
         *
         * @param types the classes Bean Validation is built for
         */
        ModelScope(java.util.Set<Class<?>> types) {
            java.util.Set<Class<?>> withSuperclasses = new java.util.HashSet<>();
            for (Class<?> type : types) {
                // Hibernate Validator looks up the superclasses of a class it validates too (java.lang.Record, Object)
                for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                    withSuperclasses.add(c);
                }
            }
            this.types = java.util.Set.copyOf(withSuperclasses);
        }

        /**
         * Returns the class itself, when it is one of the scope's (one of the classes given or a superclass of one).
         *
         * @param beanClass the class of a value to validate
         * @return {@code beanClass}
         * @throws IllegalArgumentException if the class is not one of the scope's
         */
        @Override
        public <T> Class<? super T> normalize(Class<T> beanClass) {
            if (!types.contains(beanClass)) {
                throw new IllegalArgumentException("Bean Validation in RegisterValidator is built for the model's types only "
                        + "(RegisterValidator.modelTypes(), from " + Register.class.getName() + "), and was asked to validate a "
                        + beanClass.getName() + "; a type a register holds must be a record of package "
                        + Register.class.getPackageName() + ", reached from the register through record components");
            }
            return beanClass;
        }
    }

    /**
     * Validates a register. The reports of the last few registers validated are kept, so that checking a
     * change (which validates the register after it and, when that has findings, the register before it)
     * and then the next one validates each register once.
     *
     * @param register the register
     * @return the findings, errors first; empty if the register is clean
     */
    public ValidationReport validate(Register register) {
        Objects.requireNonNull(register, "register");
        for (Validated known : recent) {
            if (known.register() == register) {
                return known.report();
            }
        }
        // The engine's checks and Bean Validation's walk of the sources are independent (the checks only add to the
        // findings), so on a large register they run side by side: the checks on another thread, the sources in runs
        // that both threads take from. On a small register the checks run first, on this thread: they need no Bean
        // Validation, so a factory still being built on another thread (prepare()) is built meanwhile. Findings are
        // put in order afterwards, so the report is the same either way.
        List<Finding> checks = new ArrayList<>();
        List<Finding> checkedConstraints = new ArrayList<>();
        Runnable engineChecks = () -> new RegisterChecks(register, policies, checks, checkedConstraints).run();
        java.util.concurrent.CompletableFuture<Void> checking = register.sources().size() < SIDE_BY_SIDE_FROM
                ? null : java.util.concurrent.CompletableFuture.runAsync(engineChecks);
        if (checking == null) {
            engineChecks.run();
        }
        List<Finding> constraints = new ArrayList<>();
        for (ConstraintViolation<Register> v : BeanValidation.VALIDATOR.validate(register)) {
            constraints.add(Finding.error(location(v.getPropertyPath()), v.getMessage()));
        }
        int runs = (register.sources().size() + SOURCES_PER_RUN - 1) / SOURCES_PER_RUN;
        java.util.stream.IntStream byRun = java.util.stream.IntStream.range(0, runs);
        (checking == null ? byRun : byRun.parallel()).mapToObj(run -> sourceConstraints(register, run * SOURCES_PER_RUN,
                Math.min(register.sources().size(), (run + 1) * SOURCES_PER_RUN))).toList().forEach(constraints::addAll);
        if (checking != null) {
            try {
                checking.join();
            } catch (java.util.concurrent.CompletionException e) {
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                if (e.getCause() instanceof Error failure) {
                    throw failure;
                }
                throw e;
            }
        }
        constraints.addAll(checkedConstraints);
        constraints.sort(BY_PLACE);
        List<Finding> findings = new ArrayList<>(constraints);
        findings.addAll(checks);
        List<Finding> ordered = new ArrayList<>(findings.stream().filter(Finding::isError).toList());
        ordered.addAll(findings.stream().filter(f -> !f.isError()).toList());
        ValidationReport report = new ValidationReport(ordered);
        List<Validated> now = new ArrayList<>(recent);
        now.add(new Validated(register, report));
        recent = List.copyOf(now.subList(Math.max(0, now.size() - REMEMBERED), now.size()));
        return report;
    }

    /**
     * Validates some sources of a register only: the findings {@link #validate(Register)} gives located in
     * those sources (at {@code sources[i]} or below), found without validating the rest. The sources are
     * checked against the whole register (its people, forums, sources and recommendations), so a link to a
     * recommendation elsewhere is checked too. For checking a change to a few recommendations of a large
     * register in milliseconds.
     *
     * @param register the register
     * @param sourceIndexes the indexes of the sources to validate in {@code register.sources()}
     * @return those sources' findings, errors first
     * @throws IndexOutOfBoundsException if an index is not a source's
     */
    public ValidationReport validateSources(Register register, java.util.Collection<Integer> sourceIndexes) {
        Objects.requireNonNull(register, "register");
        List<Finding> constraints = new ArrayList<>();
        for (int index : new java.util.TreeSet<>(sourceIndexes)) {
            constraints.addAll(sourceConstraints(register, index, index + 1));
        }
        List<Finding> checks = new ArrayList<>();
        new RegisterChecks(register, policies, checks, constraints).runFor(sourceIndexes);
        constraints.sort(BY_PLACE);
        List<Finding> findings = new ArrayList<>(constraints);
        findings.addAll(checks);
        List<Finding> ordered = new ArrayList<>(findings.stream().filter(Finding::isError).toList());
        ordered.addAll(findings.stream().filter(f -> !f.isError()).toList());
        return new ValidationReport(ordered);
    }

    /** Sources a run of Bean Validation takes at a time when the sources are validated side by side. */
    private static final int SOURCES_PER_RUN = 64;

    /** Registers with fewer sources than this are validated on the calling thread alone. */
    private static final int SIDE_BY_SIDE_FROM = 256;

    /**
     * Bean Validation's findings in some sources, located as from the register ({@code sources[i]...}).
     *
     * @param from the first source's index
     * @param to the index after the last source's
     */
    private List<Finding> sourceConstraints(Register register, int from, int to) {
        List<Finding> found = new ArrayList<>();
        for (int index = from; index < to; index++) {
            String prefix = "sources[" + index + "]";
            io.github.rectrack.model.Source source = register.sources().get(index);
            for (ConstraintViolation<io.github.rectrack.model.Source> v : BeanValidation.VALIDATOR.validate(source)) {
                String at = location(v.getPropertyPath());
                found.add(Finding.error(at.isEmpty() ? prefix : prefix + "." + at, v.getMessage()));
            }
        }
        return found;
    }

    /** Bean Validation's findings in the order they are reported: by place, then by message. */
    private static final Comparator<Finding> BY_PLACE = Comparator.comparing(Finding::location).thenComparing(Finding::message);

    /**
     * Forgets the registers validated lately. The Bean Validation factory is shared by every validator and kept for
     * the life of the program ({@link #prepare()}), so there is nothing else to release.
     */
    @Override
    public void close() {
        recent = List.of();
    }

    /** Formats a Bean Validation path as {@code sources[0].recommendations[2].tags[1]}. */
    static String location(Path path) {
        StringBuilder out = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                if (node.getIndex() != null) {
                    out.append('[').append(node.getIndex()).append(']');
                } else if (node.getKey() != null) {
                    out.append('.').append(node.getKey());
                }
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(name);
            }
        }
        return out.toString();
    }
}
