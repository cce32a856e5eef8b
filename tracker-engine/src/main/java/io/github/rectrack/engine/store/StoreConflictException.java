package io.github.rectrack.engine.store;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.engine.change.Change;
import io.github.rectrack.engine.spi.Finding;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A change made against a version of the register that is no longer the latest: another change got there
 * first. Nothing of the append was recorded; load the register again and make the change against it.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class StoreConflictException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final transient Change change;
    /** The version the register was at when the change was refused. */
    private final long registerVersion;
    private final transient Optional<Recorded> winner;

    /**
     * @param location where: the store and the register
     * @param change the change refused
     * @param registerVersion the version the register is at
     * @param winner the change recorded at the version {@code change} was made against plus one: the one that
     *     got there first; empty when the change was made against a version the register has not reached
     */
    public StoreConflictException(String location, Change change, long registerVersion, Optional<Recorded> winner) {
        super(Finding.error(location, message(change, registerVersion, winner)));
        this.change = Objects.requireNonNull(change, "change");
        this.registerVersion = registerVersion;
        this.winner = Objects.requireNonNull(winner, "winner");
    }

    /** @return the change refused */
    public Change change() {
        return change;
    }

    /** @return the version the register is at */
    public long registerVersion() {
        return registerVersion;
    }

    /** @return the change that got there first, if the register is past the refused change's version */
    public Optional<Recorded> winner() {
        return winner;
    }

    private static String message(Change change, long registerVersion, Optional<Recorded> winner) {
        String message = "change " + change.stamp().id() + " (" + change.type() + change.subject().map(s -> " on " + s).orElse("")
                + ") was made against version " + change.stamp().version() + ", but the register is at version " + registerVersion;
        if (winner.isPresent()) {
            Change there = winner.get().change();
            return message + ": change " + there.stamp().id() + " (" + there.type() + there.subject().map(s -> " on " + s).orElse("")
                    + ", recorded by " + there.stamp().recordedBy() + " at " + there.stamp().recordedAt()
                    + ") got there first; load the register again and make the change against it";
        }
        return message + "; load the register again and make the change against it";
    }
}
