package io.github.rectrack.engine.status;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.model.Ownership;
import io.github.rectrack.model.PartialDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * The rule for what a report as of a day can see.
 *
 * <p>An entry dated to the day counts from that day. An entry dated only to a month or a year ("Update
 * May 2020") counts from the <em>first</em> day of its period: papers are written during the month they
 * name, so a panel meeting on 16 October 2020 sees the "Update October 2020" its paper prints. An entry
 * with no date at all (an undated target revision) counts from the date of the nearest dated entry
 * before it in its list, or from the start if there is none.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class AsOf {

    private AsOf() {}

    /**
     * Whether an entry with this date counts on the given day.
     *
     * @param date the entry's date
     * @param asOf the day of the report
     * @return true if the first day of the date's period is on or before {@code asOf}
     */
    public static boolean counts(PartialDate date, LocalDate asOf) {
        return !date.first().isAfter(asOf);
    }

    /**
     * The entries of a date-ordered list that count on the day: its longest prefix whose dates count.
     * Returns the list itself when every entry counts, so the common case copies nothing.
     *
     * @param entries the entries, in date order
     * @param date each entry's date
     * @param asOf the day of the report
     * @param <T> the entry type
     * @return the entries that count
     */
    public static <T> List<T> prefix(List<T> entries, Function<T, PartialDate> date, LocalDate asOf) {
        int size = entries.size();
        if (size == 0 || counts(date.apply(entries.get(size - 1)), asOf)) {
            return entries;
        }
        int counted = 0;
        while (counted < size && counts(date.apply(entries.get(counted)), asOf)) {
            counted++;
        }
        return List.copyOf(entries.subList(0, counted));
    }

    /**
     * Whether an owner is in charge on the day: their start (if recorded) counts and their hand-over (if
     * recorded) does not yet.
     *
     * @param ownership the owner
     * @param asOf the day
     * @return true if in charge
     */
    public static boolean inCharge(Ownership ownership, LocalDate asOf) {
        boolean started = ownership.from().map(f -> counts(f, asOf)).orElse(true);
        boolean handedOn = ownership.until().map(u -> counts(u, asOf)).orElse(false);
        return started && !handedOn;
    }

    /**
     * The owners in charge on the day, in the order recorded, each person once.
     *
     * @param owners the owners as recorded
     * @param asOf the day
     * @return the person ids of those in charge
     */
    public static List<String> ownersInCharge(List<Ownership> owners, LocalDate asOf) {
        return owners.stream().filter(o -> inCharge(o, asOf)).map(Ownership::person).distinct().toList();
    }

    /**
     * Whether an entry with an optional date counts, given the date it inherits when it has none.
     *
     * @param date the entry's own date
     * @param inherited the date of the nearest dated entry before it, if any
     * @param asOf the day of the report
     * @return whether it counts
     */
    public static boolean counts(Optional<PartialDate> date, Optional<PartialDate> inherited, LocalDate asOf) {
        Optional<PartialDate> effective = date.isPresent() ? date : inherited;
        return effective.map(d -> counts(d, asOf)).orElse(true);
    }
}
