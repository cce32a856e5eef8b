package io.github.rectrack.engine.plugin;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.engine.discovery.ServiceDiscovery;
import io.github.rectrack.engine.spi.Notifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The notifiers available: those found with {@link java.util.ServiceLoader} on a class path (the
 * built-in {@code eml} and {@code smtp} of the module tracker-notify-mail, when it is there, and any
 * plug-in jar), and any added by hand.
 *
 * <pre>{@code
 * Notifier eml = Notifiers.discover().notifier("eml");
 * Notifiers mine = Notifiers.builder().discover(false).add(new MyNotifier()).build();  // embedding
 * }</pre>
 *
 * <p>As with {@link Formats}: a notifier that fails to load, or gives no id, is listed in {@link
 * #failures()} with its class and cause while the others keep working; two notifiers claiming one id is an
 * error naming both classes and jars; asking for an unknown id lists the ids there are. Immutable and
 * thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class Notifiers {

    private final Map<String, Notifier> byId;
    private final List<String> failures;

    private Notifiers(Map<String, Notifier> byId, List<String> failures) {
        this.byId = Collections.unmodifiableMap(byId);
        this.failures = List.copyOf(failures);
    }

    /**
     * The notifiers found on the class path of this library.
     *
     * @return the notifiers
     * @throws IllegalStateException if two notifiers claim one id
     */
    public static Notifiers discover() {
        return builder().build();
    }

    /**
     * A builder, to add notifiers by hand, look in another class loader, or switch discovery off.
     *
     * @return a builder with discovery on
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The notifier with the given id.
     *
     * @param id the id
     * @return the notifier
     * @throws IllegalArgumentException listing the notifiers there are, if none has this id
     */
    public Notifier notifier(String id) {
        Notifier notifier = byId.get(id);
        if (notifier == null) {
            throw new IllegalArgumentException(ServiceDiscovery.unknownId("notifier", "notifiers", id, byId.keySet(), failures));
        }
        return notifier;
    }

    /**
     * The notifier with the given id, if any.
     *
     * @param id the id
     * @return the notifier, or empty
     */
    public Optional<Notifier> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * Every notifier, by id, in the order found.
     *
     * @return the notifiers
     */
    public Map<String, Notifier> all() {
        return byId;
    }

    /**
     * The notifiers that could not be loaded, each with its class and cause.
     *
     * @return descriptions of the failures
     */
    public List<String> failures() {
        return failures;
    }

    /** Builds {@link Notifiers}. */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    public static final class Builder {
        private boolean discover = true;
        private ClassLoader classLoader = Notifiers.class.getClassLoader();
        private final List<Notifier> added = new ArrayList<>();

        private Builder() {}

        /**
         * Whether to look for notifiers with {@link java.util.ServiceLoader}.
         *
         * @param discover true to look (the default)
         * @return this builder
         */
        public Builder discover(boolean discover) {
            this.discover = discover;
            return this;
        }

        /**
         * The class loader to look in, for example one over a directory of plug-in jars.
         *
         * @param classLoader the class loader
         * @return this builder
         */
        public Builder classLoader(ClassLoader classLoader) {
            this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
            return this;
        }

        /**
         * Adds a notifier by hand.
         *
         * @param notifier the notifier
         * @return this builder
         */
        public Builder add(Notifier notifier) {
            added.add(Objects.requireNonNull(notifier, "notifier"));
            return this;
        }

        /**
         * Finds and checks the notifiers.
         *
         * @return the notifiers
         * @throws IllegalStateException if two notifiers claim one id, naming both classes and their jars
         */
        public Notifiers build() {
            ServiceDiscovery.Found<Notifier> found = ServiceDiscovery.withIds(
                    ServiceDiscovery.load(Notifier.class, discover, classLoader, added), Notifier::id, "notifier");
            return new Notifiers(ServiceDiscovery.byId(found.services(), Notifier::id, "notifiers"), found.failures());
        }
    }
}
