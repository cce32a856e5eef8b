package io.github.rectrack.engine.evaluation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.engine.spi.rag.Rag;
import io.github.rectrack.engine.spi.rag.RagPolicy;
import io.github.rectrack.model.Register;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * A register evaluated as of a day: the state of every recommendation in the register on that day (those
 * of sources not yet issued are left out), in register order. Immutable; the report views are built
 * from it.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class RegisterEvaluation {

    private final Register register;
    private final LocalDate asOf;
    private final String ragPolicy;
    private final Map<Rag, String> colourMeanings;
    private final List<RecommendationState> states;
    private volatile Map<String, RecommendationState> byId;

    /**
     * An evaluation.
     *
     * @param register the register
     * @param asOf the day
     * @param ragPolicy the id of the RAG policy that coloured it
     * @param states one state per recommendation, source by source, in register order
     */
    public RegisterEvaluation(Register register, LocalDate asOf, String ragPolicy, List<RecommendationState> states) {
        this(register, asOf, ragPolicy, Map.of(), states);
    }

    /**
     * An evaluation, with what each colour means under the policy that coloured it.
     *
     * @param register the register
     * @param asOf the day
     * @param ragPolicy the id of the RAG policy that coloured it
     * @param colourMeanings what each colour means under that policy ({@link RagPolicy#colourMeanings}); a
     *     colour left out reads {@code As the '<id>' RAG policy rates it}
     * @param states one state per recommendation, source by source, in register order
     */
    public RegisterEvaluation(Register register, LocalDate asOf, String ragPolicy, Map<Rag, String> colourMeanings,
            List<RecommendationState> states) {
        this.register = Objects.requireNonNull(register, "register");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.ragPolicy = Objects.requireNonNull(ragPolicy, "ragPolicy");
        Map<Rag, String> meanings = new EnumMap<>(Rag.class);
        for (Rag rag : Rag.values()) {
            String meaning = colourMeanings.get(rag);
            meanings.put(rag, meaning == null || meaning.isBlank() ? RagPolicy.defaultMeaning(ragPolicy) : meaning.strip());
        }
        this.colourMeanings = Collections.unmodifiableMap(meanings);
        this.states = List.copyOf(states);
    }

    /**
     * What each colour means under the policy that coloured the register, for a paper's colour key.
     *
     * @return a phrase for each of the four colours, in colour order
     */
    public Map<Rag, String> colourMeanings() {
        return colourMeanings;
    }

    /**
     * The register evaluated.
     *
     * @return the register
     */
    public Register register() {
        return register;
    }

    /**
     * The day of the evaluation.
     *
     * @return the day
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * The id of the RAG policy that coloured it.
     *
     * @return the policy id
     */
    public String ragPolicy() {
        return ragPolicy;
    }

    /**
     * One state per recommendation, in register order.
     *
     * @return the states
     */
    public List<RecommendationState> states() {
        return states;
    }

    /**
     * The states of the recommendations reported to a forum as the organisation's own: items addressed to
     * other bodies are left out (see {@link #watchedBy(String)}).
     *
     * @param forum the forum id
     * @return those states, in register order
     */
    public Stream<RecommendationState> reportedTo(String forum) {
        return states.stream().filter(s -> s.isReportedTo(forum));
    }

    /**
     * The states of the items addressed to other bodies that a forum watches: never among those {@linkplain
     * #reportedTo(String) reported to} it.
     *
     * @param forum the forum id
     * @return those states, in register order
     */
    public Stream<RecommendationState> watchedBy(String forum) {
        return states.stream().filter(s -> s.isWatchedBy(forum));
    }

    /**
     * The state of one recommendation.
     *
     * @param recommendationId its id
     * @return its state, or empty if the register has no such recommendation
     */
    public Optional<RecommendationState> state(String recommendationId) {
        return Optional.ofNullable(index().get(recommendationId));
    }

    /** The states by id, built on first use: most callers never look one up. */
    private Map<String, RecommendationState> index() {
        Map<String, RecommendationState> index = byId;
        if (index == null) {
            Map<String, RecommendationState> built = new HashMap<>(states.size() * 2);
            for (RecommendationState state : states) {
                built.putIfAbsent(state.id(), state);
            }
            index = Collections.unmodifiableMap(built);
            byId = index;
        }
        return index;
    }
}
