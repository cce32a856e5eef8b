package io.github.rectrack.engine.status;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.TargetDate;
import io.github.rectrack.model.TargetRevision;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.apiguardian.api.API;

/**
 * The targets of a recommendation (or action) as they stood on a day: the original, the one in force,
 * how often it was revised, how far each is passed, and whether a target was moved only after it had
 * already passed (the slippage committees ask about).
 *
 * @param asOf the day the targets are shown as they stood on
 * @param history the target history entries that count on the day, original first
 * @param original the original target, if one was set
 * @param current the target in force on the day, if one was set
 * @param revisions how many times the original had been revised by the day
 * @param daysPastOriginal days since the original deadline, if it had passed
 * @param daysPastCurrent days since the current deadline, if it had passed
 * @param changedAfterPassing whether some revision was made after the target it replaced had passed
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record TargetStatus(
        LocalDate asOf,
        List<TargetRevision> history,
        Optional<TargetDate> original,
        Optional<TargetDate> current,
        int revisions,
        OptionalLong daysPastOriginal,
        OptionalLong daysPastCurrent,
        boolean changedAfterPassing) {

    /**
     * Checks for nulls and copies the list.
     *
     * @param asOf the day the targets are shown as they stood on
     * @param history the target history entries that count on the day, original first
     * @param original the original target, if one was set
     * @param current the target in force on the day, if one was set
     * @param revisions how many times the original had been revised by the day
     * @param daysPastOriginal days since the original deadline, if it had passed
     * @param daysPastCurrent days since the current deadline, if it had passed
     * @param changedAfterPassing whether some revision was made after the target it replaced had passed
     */
    public TargetStatus {
        Objects.requireNonNull(asOf, "asOf");
        history = List.copyOf(history);
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(daysPastOriginal, "daysPastOriginal");
        Objects.requireNonNull(daysPastCurrent, "daysPastCurrent");
    }

    /**
     * Works out the targets in force on a day. Entries follow the {@link AsOf} rule; an undated revision
     * takes the date of the nearest dated entry before it.
     *
     * @param history the full target history, original first
     * @param asOf the day to look at: revisions made after it are left out
     * @return the targets on that day
     */
    public static TargetStatus of(List<TargetRevision> history, LocalDate asOf) {
        int counted = 0;
        Optional<PartialDate> inherited = Optional.empty();
        boolean changedAfterPassing = false;
        for (TargetRevision revision : history) {
            if (!AsOf.counts(revision.date(), inherited, asOf)) {
                break;
            }
            if (counted > 0 && revision.date().isPresent()) {
                Optional<LocalDate> replaced = history.get(counted - 1).target().deadline();
                LocalDate changed = revision.date().get().first();
                changedAfterPassing |= replaced.isPresent() && replaced.get().isBefore(changed);
            }
            counted++;
            if (revision.date().isPresent()) {
                inherited = revision.date();
            }
        }
        List<TargetRevision> inForce = counted == history.size() ? history : history.subList(0, counted);
        Optional<TargetDate> original = counted == 0 ? Optional.empty() : Optional.of(history.get(0).target());
        Optional<TargetDate> current = counted == 0 ? Optional.empty() : Optional.of(history.get(counted - 1).target());
        return new TargetStatus(asOf, inForce, original, current, Math.max(0, counted - 1),
                daysPast(original, asOf), daysPast(current, asOf), changedAfterPassing);
    }

    private static OptionalLong daysPast(Optional<TargetDate> target, LocalDate asOf) {
        return target.flatMap(TargetDate::deadline)
                .filter(d -> d.isBefore(asOf))
                .map(d -> OptionalLong.of(ChronoUnit.DAYS.between(d, asOf)))
                .orElse(OptionalLong.empty());
    }

    /**
     * Whether the current target has a deadline.
     *
     * @return true if there is a current target with a deadline
     */
    public boolean hasDeadline() {
        return current.map(TargetDate::hasDeadline).orElse(false);
    }

    /**
     * Whether the original target had passed on the day.
     *
     * @return true if days past the original are known
     */
    public boolean isPastOriginal() {
        return daysPastOriginal.isPresent();
    }

    /**
     * Whether the current target had passed on the day.
     *
     * @return true if days past the current target are known
     */
    public boolean isPastCurrent() {
        return daysPastCurrent.isPresent();
    }

    /**
     * The targets replaced by the day: every counted entry but the last, original first.
     *
     * @return the superseded entries
     */
    public List<TargetRevision> superseded() {
        return history.isEmpty() ? List.of() : history.subList(0, history.size() - 1);
    }
}
