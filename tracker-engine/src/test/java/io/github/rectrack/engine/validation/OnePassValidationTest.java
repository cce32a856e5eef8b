package io.github.rectrack.engine.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectrack.engine.generate.RegisterGenerator;
import io.github.rectrack.engine.rag.RagPolicies;
import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.engine.spi.Finding;
import io.github.rectrack.model.Action;
import io.github.rectrack.model.Ownership;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.ProgressUpdate;
import io.github.rectrack.model.Recommendation;
import io.github.rectrack.model.Register;
import io.github.rectrack.model.Source;
import io.github.rectrack.model.TargetDateParser;
import io.github.rectrack.model.TargetRevision;
import io.github.rectrack.model.UpdateRequest;
import io.github.rectrack.model.UpdateSections;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The engine checks the constraints of updates, target revisions and update requests in its own pass; the
 * findings, their paths, messages and order, are those Hibernate Validator's full traversal gives.
 */
class OnePassValidationTest {

    static final ValidatorFactory FACTORY = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
    static final RegisterValidator VALIDATOR = new RegisterValidator();

    @AfterAll
    static void close() {
        FACTORY.close();
        VALIDATOR.close();
    }

    /** What validation gave when Hibernate Validator walked every element. */
    static List<Finding> traversed(Register register) {
        Validator validator = FACTORY.getValidator();
        List<Finding> constraints = new ArrayList<>();
        for (ConstraintViolation<Register> v : validator.validate(register)) {
            constraints.add(Finding.error(RegisterValidator.location(v.getPropertyPath()), v.getMessage()));
        }
        constraints.sort(Comparator.comparing(Finding::location).thenComparing(Finding::message));
        List<Finding> checks = new ArrayList<>();
        new RegisterChecks(register, RagPolicies.discover(), checks, new ArrayList<>()).run();
        List<Finding> all = new ArrayList<>(constraints);
        all.addAll(checks);
        List<Finding> ordered = new ArrayList<>(all.stream().filter(Finding::isError).toList());
        ordered.addAll(all.stream().filter(f -> !f.isError()).toList());
        return ordered;
    }

    /** Blank and nearly blank texts: each constraint's idea of blank differs at control characters. */
    static final List<String> TRICKY = List.of("", " ", "\t\n", "\u000B", "\u0001", "\u00A0", "\u2003", " x ", "\r\n\f");

    static Register planted(String text) {
        Register register = ReferenceRegister.LEICESTERSHIRE_2020.load();
        List<Source> sources = new ArrayList<>();
        for (Source source : register.sources()) {
            List<Recommendation> recs = new ArrayList<>();
            for (Recommendation r : source.recommendations()) {
                List<ProgressUpdate> updates = new ArrayList<>(r.updates());
                updates.add(new ProgressUpdate(PartialDate.of(2020, 12, 1), Optional.of(text), text,
                        Optional.of(new UpdateSections(Optional.of(text), Optional.of(text), Optional.of(text), false, false)),
                        Optional.empty(), Optional.of(text.length() % 2 == 0 ? 120 : -5), Optional.of(text)));
                List<TargetRevision> targets = new ArrayList<>(r.targetHistory());
                targets.add(new TargetRevision(TargetDateParser.parse("31 March 2021"), Optional.of(PartialDate.of(2020, 12, 1)),
                        Optional.of(text), Optional.of(text)));
                List<UpdateRequest> requests = new ArrayList<>(r.updateRequests());
                requests.add(new UpdateRequest(LocalDate.of(2020, 11, 1), Optional.of(text), Optional.empty(), Optional.empty()));
                List<Action> actions = new ArrayList<>(r.actions());
                actions.add(new Action("planted", "An action", List.of(Ownership.of("aco-finance")), List.of(new TargetRevision(
                        TargetDateParser.parse("June 2021"), Optional.empty(), Optional.of(text), Optional.empty())),
                        Action.State.IN_PROGRESS, Optional.empty(), Optional.empty()));
                recs.add(r.toBuilder().updates(updates).targetHistory(targets).updateRequests(requests).actions(actions).build());
            }
            sources.add(new Source(source.id(), source.kind(), source.title(), source.issuedBy(), source.date(), source.assurance(),
                    source.followUpOf(), source.marking(), recs));
        }
        return new Register(register.id(), register.organisation(), register.asOf(), register.scheme(), register.people(), sources);
    }

    @Test
    void blankTextsInEveryHotElementAreFoundAsTheTraversalFoundThem() {
        for (String text : TRICKY) {
            Register register = planted(text);
            List<Finding> expected = traversed(register);
            assertThat(VALIDATOR.validate(register).findings()).as("text %s", text.chars().mapToObj(Integer::toHexString).toList())
                    .containsExactlyElementsOf(expected);
        }
        // and they do find something: a blank update text, and an out-of-range percent
        assertThat(VALIDATOR.validate(planted(" ")).errors()).extracting(Finding::location)
                .contains("sources[0].recommendations[0].updates[16].text", "sources[0].recommendations[0].updates[16].percentComplete",
                        "sources[0].recommendations[0].actions[13].targetHistory[0].reason");
    }

    @Test
    void aGeneratedRegisterGivesTheSameFindings() {
        Register register = RegisterGenerator.generate(2_000, 7);
        assertThat(VALIDATOR.validate(register).findings()).containsExactlyElementsOf(traversed(register));
    }

    @Test
    void aLargeRegisterValidatedSideBySideGivesTheFindingsOfOneWalkInTheSameOrder() {
        Register planted = planted(" ");
        List<Source> sources = new ArrayList<>(planted.sources());
        while (sources.size() < 600) {
            sources.addAll(planted(" ").sources()); // objects of their own: a walk validates an object once however often it is met
        }
        Register large = new Register(planted.id(), planted.organisation(), planted.asOf(), planted.scheme(), planted.people(), sources);
        List<Finding> expected = traversed(large);
        assertThat(VALIDATOR.validate(large).findings()).containsExactlyElementsOf(expected);
        // findings in sources far apart, so in runs taken by different threads; and the engine's checks (repeated ids)
        assertThat(expected).extracting(Finding::location).contains("sources[0].recommendations[0].updates[16].text")
                .anySatisfy(at -> assertThat(at).startsWith("sources[" + (sources.size() - 1) + "].recommendations[0].updates["));
        assertThat(expected).anySatisfy(f -> assertThat(f.message()).contains("duplicate"));
    }
}
