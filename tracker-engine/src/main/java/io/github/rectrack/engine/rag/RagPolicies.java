package io.github.rectrack.engine.rag;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.engine.discovery.ServiceDiscovery;
import io.github.rectrack.engine.spi.rag.RagPolicy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The RAG policies available to the engine: those found with {@link java.util.ServiceLoader} (the built-in
 * {@code reference} and {@code priority} policies among them) and any added by hand.
 *
 * <p>A policy that fails to load is recorded in {@link #failures()} with its cause while the others
 * keep working; two policies claiming one id is an error naming both classes; asking for an unknown id
 * lists the ids there are.
 *
 * <pre>{@code
 * RagPolicies policies = RagPolicies.discover();                         // what the class path offers
 * RagPolicies mine = RagPolicies.builder().discover(false).add(new MyPolicy()).build();
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class RagPolicies {

    private final Map<String, RagPolicy> byId;
    private final List<String> failures;

    private RagPolicies(Map<String, RagPolicy> byId, List<String> failures) {
        this.byId = Collections.unmodifiableMap(byId);
        this.failures = List.copyOf(failures);
    }

    /**
     * The policies found on the class path of this library.
     *
     * @return the policies
     * @throws IllegalStateException if two policies claim one id
     */
    public static RagPolicies discover() {
        return builder().build();
    }

    /**
     * A builder, to add policies by hand or switch discovery off.
     *
     * @return a builder with discovery on
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The policy with the given id.
     *
     * @param id the id
     * @return the policy
     * @throws IllegalArgumentException listing the ids there are if none has this id
     */
    public RagPolicy byId(String id) {
        RagPolicy policy = byId.get(id);
        if (policy == null) {
            throw new IllegalArgumentException(ServiceDiscovery.unknownId("RAG policy", "policies", id, byId.keySet(), failures));
        }
        return policy;
    }

    /**
     * The policy with the given id, if any.
     *
     * @param id the id
     * @return the policy, or empty
     */
    public Optional<RagPolicy> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * Every policy, by id, in the order found.
     *
     * @return the policies
     */
    public Map<String, RagPolicy> all() {
        return byId;
    }

    /**
     * The policies that could not be loaded, each with its class and cause.
     *
     * @return descriptions of the failures
     */
    public List<String> failures() {
        return failures;
    }

    /** Builds a {@link RagPolicies}. */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public static final class Builder {
        private boolean discover = true;
        private ClassLoader classLoader = RagPolicies.class.getClassLoader();
        private final List<RagPolicy> added = new ArrayList<>();

        private Builder() {}

        /**
         * Whether to look for policies with {@link java.util.ServiceLoader}.
         *
         * @param discover true to look (the default)
         * @return this builder
         */
        public Builder discover(boolean discover) {
            this.discover = discover;
            return this;
        }

        /**
         * The class loader to look in.
         *
         * @param classLoader the class loader
         * @return this builder
         */
        public Builder classLoader(ClassLoader classLoader) {
            this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
            return this;
        }

        /**
         * Adds a policy by hand.
         *
         * @param policy the policy
         * @return this builder
         */
        public Builder add(RagPolicy policy) {
            added.add(Objects.requireNonNull(policy, "policy"));
            return this;
        }

        /**
         * Builds the set of policies.
         *
         * @return the policies
         * @throws IllegalStateException if two policies claim one id, naming both classes
         */
        public RagPolicies build() {
            ServiceDiscovery.Found<RagPolicy> found = ServiceDiscovery.withIds(
                    ServiceDiscovery.load(RagPolicy.class, discover, classLoader, added), RagPolicy::id, "RAG policy");
            return new RagPolicies(ServiceDiscovery.byId(found.services(), RagPolicy::id, "RAG policies"), found.failures());
        }
    }
}
