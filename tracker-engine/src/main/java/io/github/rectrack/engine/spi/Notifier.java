package io.github.rectrack.engine.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.engine.discovery.ServiceDiscovery;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * An extension point: tells one owner that an update is requested, handing over the owner's form (an
 * e-mail message written to a file for a force's own mail system, a message sent through an SMTP server,
 * a post to a force's own system).
 *
 * <p>A plug-in implements this interface, lists the class in {@code
 * META-INF/services/io.github.rectrack.engine.spi.Notifier}, and is found with {@link
 * java.util.ServiceLoader}, as exporters are. The caller calls {@link #notify(Notice, Options)} once per
 * owner.
 *
 * <p>The contract: a notifier reports what it did, and every notice it could not deliver (the server
 * refused it, the owner has no address), as findings naming the owner, instead of throwing, so that the
 * caller can go on to the next owner; it throws {@link IllegalArgumentException} only when its options
 * are unknown or unusable, which no other owner would fare better with. It never prints a password or
 * keeps one in its options. Implementations must be thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public interface Notifier {

    /**
     * The stable id callers choose this notifier by, for example {@code "eml"} or {@code "smtp"}.
     *
     * @return the id
     */
    String id();

    /**
     * What this notifier does, in one line, for {@code tracker formats}.
     *
     * @return the description
     */
    String description();

    /**
     * The names of the {@link Options} this notifier reads.
     *
     * @return the option names; none by default
     */
    default Set<String> optionNames() {
        return Set.of();
    }

    /**
     * The notifier's version, from its jar's manifest.
     *
     * @return the version, or "unknown"
     */
    default String version() {
        return ServiceDiscovery.version(getClass());
    }

    /**
     * Sends or writes one owner's notice.
     *
     * @param notice the owner, the items and the form
     * @param options this notifier's options
     * @return what was done, for example a notice {@code "wrote owners/aco-finance.eml"}, and an error for
     *     a notice that could not be delivered, naming the owner and why
     * @throws IOException if writing fails in a way that would fail for every owner (a directory that
     *     cannot be written)
     * @throws IllegalArgumentException if an option is unknown, missing or unusable
     */
    List<Finding> notify(Notice notice, Options options) throws IOException;
}
