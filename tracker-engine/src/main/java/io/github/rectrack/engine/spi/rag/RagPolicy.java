package io.github.rectrack.engine.spi.rag;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * An extension point: how recommendations are coloured red, amber, green or grey.
 *
 * <p>A scheme names its policy by {@link #id()} ({@code "ragPolicy": "reference"}) and gives it settings
 * ({@code "ragSettings"}). The engine finds policies with {@link java.util.ServiceLoader}: a plug-in
 * implements this interface, lists the class in {@code
 * META-INF/services/io.github.rectrack.engine.spi.rag.RagPolicy}, and needs no change to the engine.
 *
 * <p>Policies colour what the engine has evaluated; they never recompute status or targets.
 * Implementations must be thread-safe and stateless; {@link #configure(RagSettings)} returns the
 * colouring to use for one evaluation.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public interface RagPolicy {

    /**
     * The stable id schemes use to choose this policy, for example {@code "reference"}.
     *
     * @return the id
     */
    String id();

    /**
     * A one-line description for listings.
     *
     * @return the description; the id by default
     */
    default String description() {
        return id();
    }

    /**
     * What each colour means under this policy with these settings, for the colour key of a paper: one
     * phrase per colour, in the words a panel reads ("Outstanding and past its target date"; under a
     * policy colouring by priority, "Fundamental priority").
     *
     * <p>The default, for policies written before this method, says for every colour that the policy
     * rates it, naming the policy: {@code As the '<id>' RAG policy rates it}.
     *
     * @param settings the scheme's settings for this policy
     * @param priorities the scheme's priorities, highest first
     * @return a phrase for each of the four colours
     * @throws IllegalArgumentException if a setting is unknown or has a value the policy does not accept,
     *     with a message naming it
     */
    default Map<Rag, String> colourMeanings(RagSettings settings, List<String> priorities) {
        Map<Rag, String> meanings = new EnumMap<>(Rag.class);
        for (Rag rag : Rag.values()) {
            meanings.put(rag, defaultMeaning(id()));
        }
        return meanings;
    }

    /**
     * The phrase for a colour of a policy that does not describe its colours.
     *
     * @param policyId the policy's id
     * @return {@code As the '<id>' RAG policy rates it}
     */
    static String defaultMeaning(String policyId) {
        return "As the '" + policyId + "' RAG policy rates it";
    }

    /**
     * The names of the settings this policy reads. A name ending {@code .*} stands for a family, such as
     * {@code priority.*}.
     *
     * @return the setting names; none by default
     */
    default Set<String> settingNames() {
        return Set.of();
    }

    /**
     * The plug-in's version, from its jar's manifest.
     *
     * @return the version, or "unknown"
     */
    default String version() {
        return io.github.rectrack.engine.discovery.ServiceDiscovery.version(getClass());
    }

    /**
     * Reads the settings once and returns the colouring for one evaluation.
     *
     * @param settings the scheme's settings for this policy
     * @return the colouring
     * @throws IllegalArgumentException if a setting is unknown or has a value the policy does not accept,
     *     with a message naming it
     */
    Colouring configure(RagSettings settings);

    /** Colours one recommendation. */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    @FunctionalInterface
    interface Colouring {
        /**
         * The colour of one recommendation on the context's day.
         *
         * @param item what is known about it
         * @return its colour
         */
        Rag colour(RagContext item);
    }
}
