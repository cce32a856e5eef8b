package io.github.rectrack.engine.evaluation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.engine.rag.RagPolicies;
import io.github.rectrack.engine.spi.rag.Rag;
import io.github.rectrack.engine.spi.rag.RagContext;
import io.github.rectrack.engine.spi.rag.RagPolicy;
import io.github.rectrack.engine.spi.rag.RagSettings;
import io.github.rectrack.engine.status.AsOf;
import io.github.rectrack.engine.status.Lifecycle;
import io.github.rectrack.engine.status.Routing;
import io.github.rectrack.engine.status.TargetStatus;
import io.github.rectrack.model.ProgressUpdate;
import io.github.rectrack.model.Recommendation;
import io.github.rectrack.model.Register;
import io.github.rectrack.model.Scheme;
import io.github.rectrack.model.Source;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Evaluates a register as of a day: status, targets, forum and colour of every recommendation, ignoring
 * everything dated after the day (see {@link AsOf}). Recommendations of a source issued after the day
 * were not yet in the register, and are left out; a source with no date is always in. An item addressed
 * to another body (a national one) is watched, not owned: it is {@link Rag#GREY}, never red, amber or green.
 *
 * <pre>{@code
 * StatusEngine engine = new StatusEngine();                 // RAG policies found on the class path
 * RegisterEvaluation evaluation = engine.evaluate(register, LocalDate.of(2020, 10, 16));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe. Evaluation is deterministic: the same register and day
 * always give an equal result. Time comes only from the day given or the {@link Clock} passed.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class StatusEngine {

    private final RagPolicies policies;

    /** An engine using the RAG policies found on the class path. */
    public StatusEngine() {
        this(RagPolicies.discover());
    }

    /**
     * An engine using the given RAG policies.
     *
     * @param policies the policies schemes may name
     */
    public StatusEngine(RagPolicies policies) {
        this.policies = Objects.requireNonNull(policies, "policies");
    }

    /**
     * Evaluates a register on today's date by the given clock.
     *
     * @param register the register
     * @param clock the clock giving today's date
     * @return the evaluation
     */
    public RegisterEvaluation evaluate(Register register, Clock clock) {
        return evaluate(register, LocalDate.now(clock));
    }

    /**
     * Evaluates a register as of a day.
     *
     * @param register the register
     * @param asOf the day
     * @return the evaluation
     * @throws IllegalArgumentException if the scheme names a RAG policy that is not available or gives it
     *     a setting it does not accept
     */
    public RegisterEvaluation evaluate(Register register, LocalDate asOf) {
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(asOf, "asOf");
        Scheme scheme = register.scheme();
        RagPolicy policy = policies.byId(scheme.ragPolicy());
        RagSettings settings = new RagSettings(scheme.ragSettings());
        RagPolicy.Colouring colouring = policy.configure(settings);
        Routing routing = new Routing(scheme);
        int levels = scheme.priorities().size();
        List<RecommendationState> states = new ArrayList<>(register.recommendationCount());
        for (Source source : register.sources()) {
            if (!source.date().map(d -> AsOf.counts(d, asOf)).orElse(true)) {
                continue;
            }
            for (Recommendation recommendation : source.recommendations()) {
                Lifecycle.StatusAsOf status = Lifecycle.statusAsOf(recommendation, asOf);
                TargetStatus targets = TargetStatus.of(recommendation.targetHistory(), asOf);
                RagContext context = new RagContext(source, recommendation, status.status(), targets,
                        scheme.priorityRank(recommendation.priority()), levels, asOf);
                states.add(new RecommendationState(source, recommendation, status.status(), status.since(), status.decisions(),
                        updatesAsOf(recommendation, asOf), targets, routing.route(source, recommendation),
                        recommendation.watched() ? Rag.GREY : colouring.colour(context)));
            }
        }
        return new RegisterEvaluation(register, asOf, policy.id(), policy.colourMeanings(settings, scheme.priorities()), states);
    }

    /** The updates that count on the day: a prefix of the list, which validation keeps in date order. */
    private static List<ProgressUpdate> updatesAsOf(Recommendation recommendation, LocalDate asOf) {
        return AsOf.prefix(recommendation.updates(), u -> u.date(), asOf);
    }
}
