package io.github.rectrack.engine.store;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.engine.change.Change;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One change as a store recorded it.
 *
 * @param version the register version the change made: one more than the version it was made against
 *     ({@code change.stamp().version() + 1})
 * @param change what was recorded: who recorded it, when, against which version, and what it adds or changes
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record Recorded(long version, Change change) {
    /**
     * Checks that the version follows from the change's stamp.
     *
     * @param version the register version the change made: one more than the version it was made against
     *     ({@code change.stamp().version() + 1})
     * @param change what was recorded: who recorded it, when, against which version, and what it adds or changes
     */
    public Recorded {
        Objects.requireNonNull(change, "change");
        if (version != change.stamp().version() + 1) {
            throw new IllegalArgumentException("change " + change.stamp().id() + " was made against version "
                    + change.stamp().version() + ", so it makes version " + (change.stamp().version() + 1) + ", not " + version);
        }
    }

    /**
     * The change as recorded: it makes the version after the one it was made against.
     *
     * @param change a change, stamped with the version it was made against
     * @return the change with its version
     */
    public static Recorded of(Change change) {
        return new Recorded(change.stamp().version() + 1, change);
    }
}
