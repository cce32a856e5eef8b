package io.github.rectrack.engine.change;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.apiguardian.api.API;

/**
 * Who recorded a change, when, and against which version of the register.
 *
 * @param id the change's own id, unique within a register's history
 * @param recordedAt when the change was recorded (from a {@link Clock}, never from the entries' dates)
 * @param recordedBy who recorded it: a person id of the register, or the name of a system such as
 *     {@code system:import}
 * @param version the register version the change was made against: 0 for the baseline, then one more for
 *     each change recorded
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record Stamp(String id, Instant recordedAt, String recordedBy, long version) {

    /** Longest {@code recordedBy} accepted. */
    public static final int MAX_RECORDED_BY = 200;

    /**
     * Checks the parts.
     *
     * @param id the change's own id, unique within a register's history
     * @param recordedAt when the change was recorded (from a {@link Clock}, never from the entries' dates)
     * @param recordedBy who recorded it: a person id of the register, or the name of a system such as {@code
     *     system:import}
     * @param version the register version the change was made against: 0 for the baseline, then one more for
     *     each change recorded
     */
    public Stamp {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(recordedBy, "recordedBy");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a change's id must not be blank");
        }
        if (recordedBy.isBlank()) {
            throw new IllegalArgumentException("a change must say who recorded it (recordedBy is blank)");
        }
        if (recordedBy.length() > MAX_RECORDED_BY || recordedBy.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("recordedBy must be at most " + MAX_RECORDED_BY
                    + " characters with no control characters");
        }
        if (version < 0) {
            throw new IllegalArgumentException("a register version is 0 or more, not " + version);
        }
    }

    /**
     * A stamp with a fresh random id, the clock's instant and the given author and version.
     *
     * @param clock where the time comes from
     * @param recordedBy who records the change
     * @param version the version the change is made against
     * @return the stamp
     */
    public static Stamp now(Clock clock, String recordedBy, long version) {
        return new Stamp(UUID.randomUUID().toString(), clock.instant(), recordedBy, version);
    }
}
