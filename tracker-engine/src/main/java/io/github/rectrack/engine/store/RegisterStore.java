package io.github.rectrack.engine.store;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.engine.change.Change;
import io.github.rectrack.engine.change.Changes;
import io.github.rectrack.engine.change.RefusedChangeException;
import io.github.rectrack.engine.validation.RegisterValidator;
import io.github.rectrack.model.Register;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Where registers and the changes recorded to them are kept: a register file and its journal, or a
 * database. Open one with {@link RegisterStores#open(String)}; a store is safe to use from several threads,
 * and several stores (in several processes) may share the same registers: an append made against a version
 * that another writer has moved on from is refused with a {@link StoreConflictException}.
 *
 * <pre>{@code
 * try (RegisterStore store = RegisterStores.open("file:register.json")) {
 *     Stored now = store.load("leicestershire-jarap-2020-10", Optional.empty());
 *     Change update = new Change.AddUpdate(Stamp.now(clock, "aco-finance", now.version()), recommendationId, progress);
 *     store.append(now.register().id(), List.of(update), validator);
 * }
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public interface RegisterStore extends AutoCloseable {

    /**
     * The registers the store holds.
     *
     * @return their ids, sorted
     * @throws StoreException if the store cannot be read
     */
    List<String> registers();

    /**
     * Stores a new register as the baseline its changes will be recorded against, at version 0.
     *
     * @param baseline the register
     * @throws StoreException if the store already holds a register with its id, or cannot be written
     */
    void create(Register baseline);

    /**
     * Stores a new register together with changes already recorded to it elsewhere (a register file and its
     * journal brought into a database, or a register moved between stores), all or nothing: afterwards the
     * store holds the register at the version the last change makes, or, if anything is refused or fails,
     * holds nothing of it. The changes are numbered from version 0, one after another, and each is checked
     * and applied in turn as by {@link #append}.
     *
     * @param baseline the register as it was before the changes
     * @param changes the changes, in order; may be empty
     * @param validator checks the register after the changes
     * @return the register after the changes, the changes with the versions they made, and the warnings they raised
     * @throws RefusedChangeException if a change is refused; nothing is stored
     * @throws IllegalArgumentException if the changes are not numbered from version 0 one after another
     * @throws StoreException if the store already holds a register with the baseline's id, or cannot be
     *     written; nothing is stored
     */
    Stored create(Register baseline, List<? extends Change> changes, RegisterValidator validator);

    /**
     * Loads a register as recorded now, or as recorded at an instant: its baseline with the changes recorded
     * up to the first one recorded after the instant.
     *
     * @param registerId the register's id
     * @param recordedUpTo the instant, or empty for everything recorded
     * @return the register, its version, and anything loading found
     * @throws StoreException if the store holds no such register or cannot be read
     */
    Stored load(String registerId, Optional<Instant> recordedUpTo);

    /**
     * Records changes, all or nothing. The first change must have been made against the register's version
     * and each next one against the version after; each is checked and applied in turn ({@link
     * Changes#apply(Register, Change, RegisterValidator)}).
     *
     * @param registerId the register's id
     * @param changes the changes, in order
     * @param validator checks the register after each change
     * @return the register after the changes, the changes with the versions they made, and the warnings they
     *     raised
     * @throws StoreConflictException if the first change was made against a version the register is no
     *     longer at; it names the change that got there first; nothing is recorded
     * @throws RefusedChangeException if a change is refused; nothing is recorded
     * @throws IllegalArgumentException if the changes' versions do not follow on from one another
     * @throws StoreException if the store holds no such register or cannot be written; nothing is recorded
     */
    Stored append(String registerId, List<? extends Change> changes, RegisterValidator validator);

    /**
     * The changes recorded to a register, oldest first, or those about one recommendation or source.
     *
     * @param registerId the register's id
     * @param subject a recommendation's or source's id, or empty for every change
     * @return the changes with the versions they made
     * @throws StoreException if the store holds no such register or cannot be read
     */
    List<Recorded> history(String registerId, Optional<String> subject);

    /**
     * The store's schema, for a store that has one (a database's tables): its version, and what opening the
     * store did to it.
     *
     * @return for example "version 2 (created now: 2 migrations applied)"; empty for a store without a schema of its own
     */
    default Optional<String> schema() {
        return Optional.empty();
    }

    /**
     * Releases what the store holds open (connections, pools). Nothing recorded is lost.
     *
     * @throws StoreException if releasing fails
     */
    @Override
    void close();
}
