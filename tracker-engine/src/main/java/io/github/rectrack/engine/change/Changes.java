package io.github.rectrack.engine.change;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.engine.spi.Finding;
import io.github.rectrack.engine.status.Lifecycle;
import io.github.rectrack.engine.validation.RegisterValidator;
import io.github.rectrack.engine.validation.ValidationReport;
import io.github.rectrack.model.Action;
import io.github.rectrack.model.ExtensionRequest;
import io.github.rectrack.model.GovernanceDecision;
import io.github.rectrack.model.Ownership;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.Person;
import io.github.rectrack.model.ProgressUpdate;
import io.github.rectrack.model.Recommendation;
import io.github.rectrack.model.Register;
import io.github.rectrack.model.Source;
import io.github.rectrack.model.TargetRevision;
import io.github.rectrack.model.UpdateRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apiguardian.api.API;

/**
 * Applies {@link Change}s to registers.
 *
 * <p>{@link #apply(Register, Change)} returns the next register or throws {@link RefusedChangeException} and
 * applies nothing. A change is refused when it names a recommendation, source, person, action or request
 * the register does not have; when it would take a step the lifecycle forbids (closed twice, closure
 * agreed with no proposal, an update to a closed recommendation); when a target revision is dated before
 * the revision it replaces or lacks its reason or agreement; when an extension is decided twice; and when
 * the register it would make has a validation error the register before it did not have.
 *
 * <p>Applying is a pure function: the same changes applied in the same order to the same register give the
 * same register, and so the same canonical JSON bytes. Nothing reads a clock; the time a change was
 * recorded is in its {@link Stamp} and never enters the register.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class Changes {

    private Changes() {}

    /**
     * The outcome of a change accepted.
     *
     * @param register the register with the change applied
     * @param warnings what validation says of the new register that it did not say before, none of them errors
     */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    public record Applied(Register register, List<Finding> warnings) {
        /**
         * Checks for nulls and copies the list.
         *
         * @param register the register with the change applied
         * @param warnings what validation says of the new register that it did not say before, none of them
         *     errors
         */
        public Applied {
            Objects.requireNonNull(register, "register");
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Applies one change, checked, with a validator made once for the process (the built-in RAG policies and
     * those found on the class path).
     *
     * @param register the register before
     * @param change what happened to the register, stamped with who recorded it, when, and against which version
     * @return the register after
     * @throws RefusedChangeException if the change is refused; nothing is applied
     */
    public static Register apply(Register register, Change change) {
        return apply(register, change, DefaultValidator.INSTANCE).register();
    }

    /**
     * Applies one change, checked with the given validator.
     *
     * @param register the register before
     * @param change what happened to the register, stamped with who recorded it, when, and against which version
     * @param validator the validator that checks the register after
     * @return the register after, with any new warnings
     * @throws RefusedChangeException if the change is refused; nothing is applied
     */
    public static Applied apply(Register register, Change change, RegisterValidator validator) {
        return applyAll(register, List.of(change), validator);
    }

    /**
     * Applies changes in order, with the structural and lifecycle checks of each, and validates the
     * register once, after the last: what a batch (an owners' round of requests, a form's answers, an
     * import) costs is one validation, not one a change. All or nothing.
     *
     * @param register the register before
     * @param changes the changes, in order
     * @param validator the validator that checks the register after them
     * @return the register after, with the warnings the changes raised
     * @throws RefusedChangeException naming the change refused, or for a validation error the change about the
     *     recommendation or source it is found in (the last change, when it is found elsewhere)
     */
    public static Applied applyAll(Register register, List<? extends Change> changes, RegisterValidator validator) {
        Objects.requireNonNull(validator, "validator");
        Register after = replay(register, changes);
        return new Applied(after, check(register, after, changes, validator));
    }

    /**
     * Validates a register after changes against the register before them: a finding the register before
     * did not have is the changes' doing.
     *
     * @param before the register before the changes
     * @param after the register after them
     * @param changes the changes applied, in order
     * @param validator the validator run on both registers
     * @return the new warnings
     * @throws RefusedChangeException if there is a new error, naming the change it is most likely due to
     */
    public static List<Finding> check(Register before, Register after, List<? extends Change> changes, RegisterValidator validator) {
        if (changes.isEmpty()) {
            return List.of();
        }
        Optional<Set<Integer>> touched = touchedSources(after, changes);
        ValidationReport report = touched.isPresent() ? validator.validateSources(after, touched.get()) : validator.validate(after);
        Set<String> known = null;
        List<Finding> newErrors = new ArrayList<>();
        List<Finding> newWarnings = new ArrayList<>();
        for (Finding finding : report.findings()) {
            if (finding.severity() == Finding.Severity.NOTICE) {
                continue;
            }
            if (known == null) {
                known = new HashSet<>();
                for (Finding old : (touched.isPresent() ? validator.validateSources(before, touched.get()) : validator.validate(before))
                        .findings()) {
                    known.add(key(old));
                }
            }
            if (!known.contains(key(finding))) {
                (finding.isError() ? newErrors : newWarnings).add(finding);
            }
        }
        if (!newErrors.isEmpty()) {
            throw new RefusedChangeException(culprit(after, changes, newErrors.get(0)), newErrors);
        }
        return newWarnings;
    }

    /**
     * The sources the changes touch, when every change edits a source or a recommendation in place (none adds
     * a source, a recommendation or a person, so no source moves and no id appears): then only those sources
     * need validating again, against the whole register. Empty when the whole register must be validated.
     */
    private static Optional<Set<Integer>> touchedSources(Register after, List<? extends Change> changes) {
        java.util.Map<String, Integer> sourceOf = null;
        Set<Integer> touched = new java.util.TreeSet<>();
        for (Change change : changes) {
            if (change instanceof Change.AddSource || change instanceof Change.AddRecommendation || change instanceof Change.AddPerson
                    || change.subject().isEmpty()) {
                return Optional.empty();
            }
            if (sourceOf == null) {
                sourceOf = new java.util.HashMap<>();
                for (int s = 0; s < after.sources().size(); s++) {
                    Source source = after.sources().get(s);
                    sourceOf.putIfAbsent(source.id(), s);
                    for (Recommendation r : source.recommendations()) {
                        sourceOf.putIfAbsent(r.id(), s);
                    }
                }
            }
            Integer index = sourceOf.get(change.subject().get());
            if (index == null) {
                return Optional.empty();
            }
            touched.add(index);
        }
        return Optional.of(touched);
    }

    /** The change about the recommendation or source a finding is located in; the last change otherwise. */
    private static Change culprit(Register after, List<? extends Change> changes, Finding finding) {
        java.util.regex.Matcher at = java.util.regex.Pattern.compile("^sources\\[(\\d+)](?:\\.recommendations\\[(\\d+)])?")
                .matcher(finding.location());
        if (at.find()) {
            int s = Integer.parseInt(at.group(1));
            if (s < after.sources().size()) {
                Source source = after.sources().get(s);
                String id = source.id();
                if (at.group(2) != null && Integer.parseInt(at.group(2)) < source.recommendations().size()) {
                    id = source.recommendations().get(Integer.parseInt(at.group(2))).id();
                }
                for (int i = changes.size() - 1; i >= 0; i--) {
                    if (changes.get(i).subject().filter(id::equals).isPresent()) {
                        return changes.get(i);
                    }
                }
            }
        }
        return changes.get(changes.size() - 1);
    }

    /**
     * Applies changes in order with the structural and lifecycle checks of {@link #apply(Register, Change)}
     * but without validating the register after each; for replaying changes that were checked when recorded.
     *
     * @param register the register before
     * @param changes the changes, in the order recorded
     * @return the register after the last
     * @throws RefusedChangeException naming the first change that cannot be applied
     */
    public static Register replay(Register register, List<? extends Change> changes) {
        Replayer replayer = new Replayer(register);
        for (Change change : changes) {
            replayer.apply(change);
        }
        return replayer.register();
    }

    /**
     * Applies one change with the structural and lifecycle checks only.
     *
     * @param register the register before
     * @param change what happened to the register, stamped with who recorded it, when, and against which version
     * @return the register after
     * @throws RefusedChangeException if the change cannot be applied
     */
    public static Register applyUnvalidated(Register register, Change change) {
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(change, "change");
        return new Application(register, change).run();
    }

    /**
     * Applies changes one after another to a register, with the structural and lifecycle checks of each, and
     * finds each change's recommendation through an index kept from one change to the next instead of
     * searching the register: for replaying a journal of thousands of changes.
     */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    public static final class Replayer {
        private Register register;
        private final Index index;

        /** @param register the register to start from */
        public Replayer(Register register) {
            this.register = Objects.requireNonNull(register, "register");
            this.index = Index.of(register);
        }

        /**
         * Applies one change.
         *
         * @param change what happened to the register, stamped with who recorded it, when, and against which version
         * @return the register after it
         * @throws RefusedChangeException if it cannot be applied; the register stays as it was
         */
        public Register apply(Change change) {
            Objects.requireNonNull(change, "change");
            register = new Application(register, change, index).run();
            index.after(change, register);
            return register;
        }

        /** @return the register after the changes applied so far */
        public Register register() {
            return register;
        }
    }

    /** Where each source and recommendation stands in a register, kept up to date as changes add them. */
    private static final class Index {
        final java.util.Map<String, Integer> sources = new java.util.HashMap<>();
        final java.util.Map<String, int[]> recommendations = new java.util.HashMap<>();

        static Index of(Register register) {
            Index index = new Index();
            for (int s = 0; s < register.sources().size(); s++) {
                index.add(register.sources().get(s), s);
            }
            return index;
        }

        private void add(Source source, int s) {
            sources.putIfAbsent(source.id(), s);
            for (int i = 0; i < source.recommendations().size(); i++) {
                recommendations.putIfAbsent(source.recommendations().get(i).id(), new int[] {s, i});
            }
        }

        void after(Change change, Register register) {
            if (change instanceof Change.AddSource) {
                int s = register.sources().size() - 1;
                add(register.sources().get(s), s);
            } else if (change instanceof Change.AddRecommendation c) {
                Integer s = sources.get(c.source());
                if (s != null) {
                    recommendations.putIfAbsent(c.recommendation().id(),
                            new int[] {s, register.sources().get(s).recommendations().size() - 1});
                }
            }
        }
    }

    private static String key(Finding finding) {
        return finding.severity() + "\u0000" + finding.location() + "\u0000" + finding.message();
    }

    private static final class DefaultValidator {
        static final RegisterValidator INSTANCE = new RegisterValidator();
    }

    /** One change applied to one register. */
    private static final class Application {
        private final Register register;
        private final Change change;

        private final Index index;

        Application(Register register, Change change) {
            this(register, change, null);
        }

        Application(Register register, Change change, Index index) {
            this.register = register;
            this.change = change;
            this.index = index;
        }

        Register run() {
            if (change instanceof Change.AddSource c) {
                return addSource(c);
            } else if (change instanceof Change.AddRecommendation c) {
                return addRecommendation(c);
            } else if (change instanceof Change.AddPerson c) {
                return addPerson(c);
            } else if (change instanceof Change.AddUpdate c) {
                return updateRecommendation(c.recommendation(), r -> addUpdate(r, c.update()));
            } else if (change instanceof Change.RequestUpdate c) {
                return updateRecommendation(c.recommendation(), r -> requestUpdate(r, c.request()));
            } else if (change instanceof Change.ReviseTarget c) {
                return updateRecommendation(c.recommendation(), r -> reviseTarget(r, c.revision()));
            } else if (change instanceof Change.RequestExtension c) {
                return updateRecommendation(c.recommendation(), r -> requestExtension(r, c.request()));
            } else if (change instanceof Change.DecideExtension c) {
                return updateRecommendation(c.recommendation(), r -> decideExtension(r, c.request(), c.decision()));
            } else if (change instanceof Change.RecordDecision c) {
                return updateRecommendation(c.recommendation(), r -> recordDecision(r, c.decision()));
            } else if (change instanceof Change.AddEvidence c) {
                return updateRecommendation(c.recommendation(), r -> r.toBuilder().evidence(append(r.evidence(), c.evidence())).build());
            } else if (change instanceof Change.HandOver c) {
                return updateRecommendation(c.recommendation(), r -> handOver(r, c));
            } else if (change instanceof Change.AddAction c) {
                return updateRecommendation(c.recommendation(), r -> addAction(r, c.action()));
            } else if (change instanceof Change.SetActionState c) {
                return updateRecommendation(c.recommendation(), r -> setActionState(r, c));
            } else if (change instanceof Change.AddLink c) {
                return updateRecommendation(c.recommendation(), r -> r.toBuilder().links(append(r.links(), c.link())).build());
            } else if (change instanceof Change.SetMarking c) {
                return setMarking(c);
            } else if (change instanceof Change.CorrectField c) {
                return correct(c);
            }
            throw new IllegalStateException("unknown change type " + change.getClass().getName());
        }

        // --- register-level changes

        private Register addSource(Change.AddSource c) {
            Source source = c.source();
            String at = "sources[" + register.sources().size() + "]";
            if (register.source(source.id()).isPresent()) {
                throw refuse(at + ".id", "the register already has a source with id '" + source.id() + "'");
            }
            Set<String> ids = recommendationIds();
            for (int i = 0; i < source.recommendations().size(); i++) {
                String id = source.recommendations().get(i).id();
                if (!ids.add(id)) {
                    throw refuse(at + ".recommendations[" + i + "].id", "the register already has a recommendation with id '" + id + "'");
                }
            }
            return withSources(append(register.sources(), source));
        }

        private Register addRecommendation(Change.AddRecommendation c) {
            int s = sourceIndex(c.source());
            if (s < 0) {
                throw refuse("source", "the register has no source with id '" + c.source() + "'");
            }
            Source source = register.sources().get(s);
            if (recommendationIds().contains(c.recommendation().id())) {
                throw refuse("sources[" + s + "].recommendations[" + source.recommendations().size() + "].id",
                        "the register already has a recommendation with id '" + c.recommendation().id() + "'");
            }
            return withSource(s, withRecommendations(source, append(source.recommendations(), c.recommendation())));
        }

        private Register addPerson(Change.AddPerson c) {
            if (register.person(c.person().id()).isPresent()) {
                throw refuse("people[" + register.people().size() + "].id", "the register already has a person with id '"
                        + c.person().id() + "'");
            }
            return new Register(register.id(), register.organisation(), register.asOf(), register.scheme(),
                    append(register.people(), c.person()), register.sources());
        }

        private Register setMarking(Change.SetMarking c) {
            int s = sourceIndex(c.target());
            if (s >= 0) {
                Source source = register.sources().get(s);
                if (source.marking().equals(c.marking())) {
                    throw refuse("sources[" + s + "].marking", "the source is already " + describeMarking(c.marking()));
                }
                return withSource(s, new Source(source.id(), source.kind(), source.title(), source.issuedBy(), source.date(),
                        source.assurance(), source.followUpOf(), c.marking(), source.recommendations(), source.nextReportDue(),
                        source.printedCounts()));
            }
            return updateRecommendation(c.target(), r -> {
                if (r.marking().equals(c.marking())) {
                    throw refuse(where + ".marking", "the recommendation is already " + describeMarking(c.marking()));
                }
                return r.toBuilder().marking(c.marking()).build();
            });
        }

        private static String describeMarking(Optional<String> marking) {
            return marking.map(m -> "marked " + m).orElse("without a marking");
        }

        private Register correct(Change.CorrectField c) {
            if (c.reason().isBlank()) {
                throw refuse("reason", "a correction must say why the recorded value was wrong");
            }
            if (!Change.CorrectField.FIELDS.contains(c.field())) {
                throw refuse("field", "'" + c.field() + "' cannot be corrected; the fields that can are " + Change.CorrectField.FIELDS);
            }
            Optional<String> value = c.value().map(String::strip).filter(v -> !v.isEmpty());
            int s = sourceIndex(c.target());
            if (s >= 0) {
                return withSource(s, correctSource(register.sources().get(s), "sources[" + s + "]", c.field(), value));
            }
            return updateRecommendation(c.target(), r -> correctRecommendation(r, where, c.field(), value));
        }

        private Source correctSource(Source source, String at, String field, Optional<String> value) {
            String title = source.title();
            Optional<String> issuedBy = source.issuedBy();
            Optional<PartialDate> date = source.date();
            Optional<String> assurance = source.assurance();
            switch (field) {
                case "title" -> title = required(value, at + ".title");
                case "issuedBy" -> issuedBy = value;
                case "assurance" -> assurance = value;
                case "date" -> {
                    try {
                        date = value.map(PartialDate::parse);
                    } catch (IllegalArgumentException e) {
                        throw refuse(at + ".date", "'" + value.orElse("") + "' is not a date: " + e.getMessage());
                    }
                }
                default -> throw refuse("field", "a source has no field '" + field + "' that can be corrected;"
                        + " a source's are title, issuedBy, date and assurance");
            }
            Source corrected = new Source(source.id(), source.kind(), title, issuedBy, date, assurance, source.followUpOf(),
                    source.marking(), source.recommendations(), source.nextReportDue(), source.printedCounts());
            if (corrected.equals(source)) {
                throw refuse(at + "." + field, "the value is already " + value.map(v -> "'" + v + "'").orElse("absent"));
            }
            return corrected;
        }

        private Recommendation correctRecommendation(Recommendation r, String at, String field, Optional<String> value) {
            Recommendation.Builder b = r.toBuilder();
            switch (field) {
                case "reference" -> b.reference(required(value, at + ".reference"));
                case "title" -> b.title(value.orElse(""));
                case "text" -> b.text(required(value, at + ".text"));
                case "priority" -> b.priority(required(value, at + ".priority"));
                case "reportedTo" -> b.reportedTo(value);
                case "statedStatus" -> b.statedStatus(value);
                case "statedRag" -> b.statedRag(value);
                case "notes" -> b.notes(value);
                default -> throw refuse("field", "a recommendation has no field '" + field + "' that can be corrected;"
                        + " a recommendation's are reference, title, text, priority, reportedTo, statedStatus, statedRag and notes");
            }
            Recommendation corrected = b.build();
            if (corrected.equals(r)) {
                throw refuse(at + "." + field, "the value is already " + value.map(v -> "'" + v + "'").orElse("absent"));
            }
            return corrected;
        }

        private String required(Optional<String> value, String at) {
            return value.orElseThrow(() -> refuse(at, "this field is required and cannot be cleared"));
        }

        // --- recommendation-level changes

        private String where = "";

        private Register updateRecommendation(String id, UnaryOperator<Recommendation> edit) {
            int[] at = position(id);
            if (at == null) {
                boolean either = change instanceof Change.SetMarking || change instanceof Change.CorrectField;
                throw refuse(either ? "target" : "recommendation", "the register has no recommendation" + (either ? " or source" : "")
                        + " with id '" + id + "'");
            }
            Source source = register.sources().get(at[0]);
            where = "sources[" + at[0] + "].recommendations[" + at[1] + "]";
            List<Recommendation> list = new ArrayList<>(source.recommendations());
            list.set(at[1], edit.apply(list.get(at[1])));
            return withSource(at[0], withRecommendations(source, list));
        }

        /** Where a recommendation is, {source, index}: from the index when there is one and it is right, else by search. */
        private int[] position(String id) {
            int[] known = index == null ? null : index.recommendations.get(id);
            if (known != null && known[0] < register.sources().size()
                    && known[1] < register.sources().get(known[0]).recommendations().size()
                    && register.sources().get(known[0]).recommendations().get(known[1]).id().equals(id)) {
                return known;
            }
            for (int s = 0; s < register.sources().size(); s++) {
                List<Recommendation> recommendations = register.sources().get(s).recommendations();
                for (int i = 0; i < recommendations.size(); i++) {
                    if (recommendations.get(i).id().equals(id)) {
                        return new int[] {s, i};
                    }
                }
            }
            return null;
        }

        private Recommendation addUpdate(Recommendation r, ProgressUpdate update) {
            Lifecycle.StatusAsOf status = Lifecycle.statusAsOf(r, LocalDate.MAX);
            if (status.status() == io.github.rectrack.engine.status.Status.CLOSED) {
                throw refuse(where + ".updates", "the recommendation was closed" + status.since().map(d -> " on " + d).orElse("")
                        + "; record a REOPENED decision before adding an update");
            }
            List<UpdateRequest> requests = new ArrayList<>(r.updateRequests());
            for (int i = 0; i < requests.size(); i++) {
                UpdateRequest request = requests.get(i);
                if (!request.isAnswered() && !request.requestedOn().isAfter(update.date().last())) {
                    LocalDate answered = request.requestedOn().isAfter(update.date().first())
                            ? request.requestedOn() : update.date().first();
                    requests.set(i, new UpdateRequest(request.requestedOn(), request.requestedOf(), request.respondBy(),
                            Optional.of(answered)));
                }
            }
            return r.toBuilder().updates(append(r.updates(), update)).updateRequests(requests).build();
        }

        private Recommendation requestUpdate(Recommendation r, UpdateRequest request) {
            if (request.isAnswered()) {
                throw refuse(where + ".updateRequests[" + r.updateRequests().size() + "].answeredOn",
                        "a new update request cannot already be answered; the answer is the owner's update");
            }
            return r.toBuilder().updateRequests(append(r.updateRequests(), request)).build();
        }

        private Recommendation reviseTarget(Recommendation r, TargetRevision revision) {
            String at = where + ".targetHistory[" + r.targetHistory().size() + "]";
            if (revision.date().isEmpty()) {
                throw refuse(at + ".date", "a revised target must say when it was agreed");
            }
            if (revision.reason().isEmpty()) {
                throw refuse(at + ".reason", "a revised target must say why it moved");
            }
            if (revision.agreedBy().isEmpty()) {
                throw refuse(at + ".agreedBy", "a revised target must say who agreed it; a target the owner wants moved is an"
                        + " extension request until a forum decides it");
            }
            checkRevisionOrder(r, revision, at);
            return r.toBuilder().targetHistory(append(r.targetHistory(), revision)).build();
        }

        private void checkRevisionOrder(Recommendation r, TargetRevision revision, String at) {
            Optional<TargetRevision> latest = r.latestTarget();
            if (latest.isPresent() && latest.get().target().isSameTargetAs(revision.target())) {
                throw refuse(at + ".target", "the target is already '" + latest.get().target().text() + "'");
            }
            Optional<TargetRevision> dated = r.targetHistory().stream().filter(t -> t.date().isPresent())
                    .reduce((first, second) -> second);
            if (dated.isPresent() && revision.date().isPresent()
                    && revision.date().get().last().isBefore(dated.get().date().get().first())) {
                throw refuse(at + ".date", "the revision is dated " + revision.date().get() + ", before the target it replaces ('"
                        + dated.get().target().text() + "', recorded on " + dated.get().date().get() + ")");
            }
        }

        private Recommendation requestExtension(Recommendation r, ExtensionRequest request) {
            String at = where + ".extensionRequests[" + r.extensionRequests().size() + "]";
            if (request.decision().isPresent()) {
                throw refuse(at + ".decision", "a new extension request cannot carry its decision; record the decision as its own change");
            }
            for (int i = 0; i < r.extensionRequests().size(); i++) {
                ExtensionRequest pending = r.extensionRequests().get(i);
                if (pending.decision().isEmpty()) {
                    throw refuse(at, "extension request " + (i + 1) + " (to '" + pending.target().text() + "', made on "
                            + pending.requestedOn() + ") still awaits a decision");
                }
            }
            return r.toBuilder().extensionRequests(append(r.extensionRequests(), request)).build();
        }

        private Recommendation decideExtension(Recommendation r, int number, ExtensionRequest.Decision decision) {
            List<ExtensionRequest> requests = r.extensionRequests();
            if (number < 1 || number > requests.size()) {
                throw refuse(where + ".extensionRequests", requests.isEmpty() ? "the recommendation has no extension request"
                        : "there is no extension request " + number + "; the recommendation has " + requests.size());
            }
            String at = where + ".extensionRequests[" + (number - 1) + "]";
            ExtensionRequest request = requests.get(number - 1);
            if (request.decision().isPresent()) {
                ExtensionRequest.Decision earlier = request.decision().get();
                throw refuse(at + ".decision", "extension request " + number + " was already decided: "
                        + earlier.outcome().name().toLowerCase(java.util.Locale.ROOT) + " by " + earlier.forum() + " on " + earlier.date());
            }
            if (decision.date().last().isBefore(request.requestedOn().first())) {
                throw refuse(at + ".decision.date", "the decision is dated " + decision.date() + ", before the request ("
                        + request.requestedOn() + ")");
            }
            List<ExtensionRequest> decided = new ArrayList<>(requests);
            decided.set(number - 1, new ExtensionRequest(request.requestedOn(), request.requestedBy(), request.target(),
                    request.reason(), Optional.of(decision), request.marking()));
            Recommendation.Builder b = r.toBuilder().extensionRequests(decided);
            if (decision.outcome() == ExtensionRequest.Outcome.APPROVED) {
                TargetRevision revision = new TargetRevision(request.target(), Optional.of(decision.date()), request.reason(),
                        Optional.of(decision.forum()));
                checkRevisionOrder(r, revision, where + ".targetHistory[" + r.targetHistory().size() + "]");
                b.targetHistory(append(r.targetHistory(), revision));
            }
            return b.build();
        }

        private Recommendation recordDecision(Recommendation r, GovernanceDecision decision) {
            String at = where + ".decisions[" + r.decisions().size() + "]";
            if (!r.decisions().isEmpty()) {
                GovernanceDecision last = r.decisions().get(r.decisions().size() - 1);
                if (decision.date().last().isBefore(last.date().first())) {
                    throw refuse(at + ".date", "the decision is dated " + decision.date() + ", before the last one recorded ("
                            + last.kind() + " on " + last.date() + ")");
                }
            }
            Recommendation after = r.toBuilder().decisions(append(r.decisions(), decision)).build();
            List<Lifecycle.Step> steps = Lifecycle.replay(after);
            Lifecycle.Step step = steps.get(steps.size() - 1);
            if (step.problem().filter(Lifecycle.Problem::error).isPresent()) {
                throw refuse(at, step.problem().get().message());
            }
            return after;
        }

        private Recommendation handOver(Recommendation r, Change.HandOver c) {
            if (register.person(c.to()).isEmpty()) {
                throw refuse("to", "the register has no person with id '" + c.to() + "'; add the person first");
            }
            List<Ownership> owners = new ArrayList<>(r.owners());
            boolean found = false;
            for (int i = 0; i < owners.size(); i++) {
                Ownership owner = owners.get(i);
                if (owner.isCurrent() && owner.strand().equals(c.strand())) {
                    if (owner.person().equals(c.to())) {
                        throw refuse(where + ".owners[" + i + "]", c.to() + " already owns " + c.strand().map(s -> "the strand '" + s + "'")
                                .orElse("the recommendation"));
                    }
                    if (owner.from().isPresent() && c.from().last().isBefore(owner.from().get().first())) {
                        throw refuse(where + ".owners[" + i + "].until", "the hand-over is dated " + c.from() + ", before "
                                + owner.person() + " took over (" + owner.from().get() + ")");
                    }
                    owners.set(i, new Ownership(owner.person(), owner.strand(), owner.from(), Optional.of(c.from())));
                    found = true;
                }
            }
            if (!found && c.strand().isPresent()) {
                throw refuse(where + ".owners", "no one owns a strand '" + c.strand().get() + "' now");
            }
            owners.add(new Ownership(c.to(), c.strand(), Optional.of(c.from()), Optional.empty()));
            return r.toBuilder().owners(owners).build();
        }

        private Recommendation addAction(Recommendation r, Action action) {
            for (Action existing : r.actions()) {
                if (existing.number().equals(action.number())) {
                    throw refuse(where + ".actions[" + r.actions().size() + "].number", "the recommendation already has an action "
                            + action.number());
                }
            }
            return r.toBuilder().actions(append(r.actions(), action)).build();
        }

        private Recommendation setActionState(Recommendation r, Change.SetActionState c) {
            List<Action> actions = new ArrayList<>(r.actions());
            for (int i = 0; i < actions.size(); i++) {
                Action action = actions.get(i);
                if (action.number().equals(c.action())) {
                    String at = where + ".actions[" + i + "]";
                    if (action.state() == c.state()) {
                        throw refuse(at + ".state", "action " + c.action() + " is already " + c.state());
                    }
                    if (action.stateDate().isPresent() && c.date().last().isBefore(action.stateDate().get().first())) {
                        throw refuse(at + ".stateDate", "the change is dated " + c.date() + ", before the action's last change of state ("
                                + action.stateDate().get() + ")");
                    }
                    actions.set(i, new Action(action.number(), action.text(), action.owners(), action.targetHistory(), c.state(),
                            Optional.of(c.date()), action.marking()));
                    return r.toBuilder().actions(actions).build();
                }
            }
            throw refuse(where + ".actions", "the recommendation has no action " + c.action());
        }

        // --- helpers

        private RefusedChangeException refuse(String location, String message) {
            return new RefusedChangeException(change, List.of(Finding.error(location, message)));
        }

        private Set<String> recommendationIds() {
            Set<String> ids = new HashSet<>();
            register.recommendations().forEach(r -> ids.add(r.id()));
            return ids;
        }

        private int sourceIndex(String id) {
            Integer known = index == null ? null : index.sources.get(id);
            if (known != null && known < register.sources().size() && register.sources().get(known).id().equals(id)) {
                return known;
            }
            for (int s = 0; s < register.sources().size(); s++) {
                if (register.sources().get(s).id().equals(id)) {
                    return s;
                }
            }
            return -1;
        }

        private Register withSource(int index, Source source) {
            List<Source> sources = new ArrayList<>(register.sources());
            sources.set(index, source);
            return withSources(sources);
        }

        private Register withSources(List<Source> sources) {
            return new Register(register.id(), register.organisation(), register.asOf(), register.scheme(), register.people(), sources);
        }

        private static Source withRecommendations(Source source, List<Recommendation> recommendations) {
            return source.withRecommendations(recommendations);
        }

        private static <T> List<T> append(List<T> list, T item) {
            List<T> out = new ArrayList<>(list.size() + 1);
            out.addAll(list);
            out.add(item);
            return out;
        }
    }
}
