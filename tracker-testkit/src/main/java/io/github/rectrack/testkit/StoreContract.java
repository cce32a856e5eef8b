package io.github.rectrack.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rectrack.engine.change.Change;
import io.github.rectrack.engine.change.Changes;
import io.github.rectrack.engine.change.RefusedChangeException;
import io.github.rectrack.engine.change.Stamp;
import io.github.rectrack.engine.json.RegisterJson;
import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.engine.store.Recorded;
import io.github.rectrack.engine.store.RegisterStore;
import io.github.rectrack.engine.store.StoreConflictException;
import io.github.rectrack.engine.store.StoreException;
import io.github.rectrack.engine.store.Stored;
import io.github.rectrack.engine.validation.RegisterValidator;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.ProgressUpdate;
import io.github.rectrack.model.Recommendation;
import io.github.rectrack.model.Register;
import io.github.rectrack.model.Source;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apiguardian.api.API;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * The contract every {@link RegisterStore} keeps, as tests: extend this class, give an empty store for
 * each test and a second store over the same data, and JUnit runs the scenarios against it.
 *
 * <pre>{@code
 * class MyStoreContractTest extends StoreContract {
 *     protected RegisterStore emptyStore() { return MyStore.open(freshDatabase()); }
 *     protected RegisterStore reopen() { return MyStore.open(sameDatabase()); }
 * }
 * }</pre>
 *
 * <p>The scenarios, on the bundled 2020 JARAP register ({@link ReferenceRegister#LEICESTERSHIRE_2020}) with
 * owners' progress updates as the changes: a register created loads at version 0 with the same canonical
 * bytes, and creating it again is refused; changes appended load back, also through another store, to the
 * bytes of the baseline with the changes replayed; a change made against a version the register has moved
 * on from is refused with a conflict naming the change that got there first (id, type, who, when); an
 * append holding a refused change records none of its changes; the history of the register and of one
 * recommendation; the register as recorded at an instant; and 8 writers appending 500 changes each into
 * one register at once, each reloading and retrying on a conflict, leave every change recorded exactly once
 * with versions 1 to 4,000 and no gap (the conflicts are counted and printed).
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class StoreContract {

    /** The register the scenarios record changes to. */
    protected static final ReferenceRegister REGISTER = ReferenceRegister.LEICESTERSHIRE_2020;

    /** The recommendation most scenarios update: the 2018 Code of Governance's 4.1. */
    protected static final String GOVERNANCE = "code-of-governance-2018-4.1";

    /** A second recommendation, for the history of one recommendation. */
    protected static final String VICTIMS = "victims-code-of-practice-2017-4.3";

    /** When the scenarios' first change is recorded; each later one an hour after the one before. */
    protected static final Instant FIRST_RECORDED = Instant.parse("2020-10-08T09:00:00Z");

    /** Writers in the concurrency scenario. */
    protected static final int WRITERS = 8;

    /** Changes each writer records in the concurrency scenario. */
    protected static final int CHANGES_PER_WRITER = 500;

    private final List<RegisterStore> opened = new ArrayList<>();
    private RegisterValidator validator;
    private Register baseline;
    private String baselineJson;

    /** For subclasses. */
    protected StoreContract() {}

    /**
     * A store holding no registers, new for each test.
     *
     * @return the store
     * @throws Exception if it cannot be made
     */
    protected abstract RegisterStore emptyStore() throws Exception;

    /**
     * A second store over what the last {@link #emptyStore()} holds, as another process would open it.
     *
     * @return the store
     * @throws Exception if it cannot be opened
     */
    protected abstract RegisterStore reopen() throws Exception;

    @BeforeAll
    void makeValidator() {
        validator = new RegisterValidator();
        baseline = REGISTER.load();
        baselineJson = new RegisterJson().writeToString(baseline);
    }

    @AfterAll
    void closeValidator() {
        validator.close();
    }

    @AfterEach
    void closeStores() {
        for (RegisterStore store : opened) {
            store.close();
        }
        opened.clear();
    }

    /** @return the validator the scenarios append with */
    protected final RegisterValidator validator() {
        return validator;
    }

    /**
     * An owner's progress update, as an owner records it.
     *
     * @param id the change's id
     * @param version the version it is made against
     * @param recommendation the recommendation's id
     * @param recordedAt when it is recorded
     * @param text what the update says
     * @return the change
     */
    protected static Change update(String id, long version, String recommendation, Instant recordedAt, String text) {
        return new Change.AddUpdate(new Stamp(id, recordedAt, "aco-finance", version), recommendation,
                ProgressUpdate.of(PartialDate.of(2020, 10, 8), text));
    }

    private static Change update(long version, String recommendation, String text) {
        return update("u" + version, version, recommendation, FIRST_RECORDED.plus(Duration.ofHours(version)), text);
    }

    private RegisterStore store() throws Exception {
        RegisterStore store = emptyStore();
        opened.add(store);
        return store;
    }

    private RegisterStore again() throws Exception {
        RegisterStore store = reopen();
        opened.add(store);
        return store;
    }

    private String json(Register register) {
        return new RegisterJson().writeToString(register);
    }

    @Test
    void aRegisterCreatedLoadsAtVersionZeroWithItsOwnBytesAndIsNotCreatedTwice() throws Exception {
        RegisterStore store = store();
        assertThat(store.registers()).isEmpty();
        store.create(baseline);

        assertThat(store.registers()).containsExactly(REGISTER.id());
        Stored loaded = store.load(REGISTER.id(), Optional.empty());
        assertThat(loaded.version()).isZero();
        assertThat(loaded.changes()).isEmpty();
        assertThat(loaded.findings()).isEmpty();
        assertThat(json(loaded.register())).isEqualTo(baselineJson);
        assertThat(store.history(REGISTER.id(), Optional.empty())).isEmpty();

        assertThatThrownBy(() -> store.create(baseline)).isInstanceOf(StoreException.class).hasMessageContaining(REGISTER.id());
        assertThatThrownBy(() -> store.load("no-such-register", Optional.empty())).isInstanceOf(StoreException.class)
                .hasMessageContaining("no-such-register");
        assertThat(json(store.load(REGISTER.id(), Optional.empty()).register())).isEqualTo(baselineJson);
    }

    @Test
    void changesAppendedLoadBackAsTheBaselineWithTheChangesReplayedAlsoThroughAnotherStore() throws Exception {
        RegisterStore store = store();
        store.create(baseline);
        List<Change> changes = List.of(update(0, GOVERNANCE, "Consultation closed; the code goes to the PCC in December."),
                update(1, VICTIMS, "Compliance audit booked for November."), update(2, GOVERNANCE, "Draft code circulated to JARAP."));

        Stored first = store.append(REGISTER.id(), changes.subList(0, 1), validator);
        assertThat(first.version()).isEqualTo(1);
        assertThat(first.changes()).containsExactly(new Recorded(1, changes.get(0)));
        Stored last = store.append(REGISTER.id(), changes.subList(1, 3), validator);
        assertThat(last.version()).isEqualTo(3);
        assertThat(last.changes()).extracting(Recorded::version).containsExactly(2L, 3L);
        assertThat(last.changes()).extracting(Recorded::change).containsExactlyElementsOf(changes.subList(1, 3));

        String expected = json(Changes.replay(baseline, changes));
        assertThat(expected).isNotEqualTo(baselineJson).contains("Draft code circulated to JARAP.");
        assertThat(json(last.register())).isEqualTo(expected);
        assertThat(json(store.load(REGISTER.id(), Optional.empty()).register())).isEqualTo(expected);
        Stored reloaded = again().load(REGISTER.id(), Optional.empty());
        assertThat(reloaded.version()).isEqualTo(3);
        assertThat(json(reloaded.register())).isEqualTo(expected);
    }

    @Test
    void aRegisterCreatedWithItsChangesIsStoredWhole() throws Exception {
        RegisterStore store = store();
        List<Change> changes = List.of(update(0, GOVERNANCE, "Consultation closed."), update(1, VICTIMS, "Compliance audit booked."));

        Stored created = store.create(baseline, changes, validator);

        assertThat(created.version()).isEqualTo(2);
        assertThat(created.changes()).extracting(Recorded::version).containsExactly(1L, 2L);
        String expected = json(Changes.replay(baseline, changes));
        assertThat(json(created.register())).isEqualTo(expected);
        Stored reloaded = again().load(REGISTER.id(), Optional.empty());
        assertThat(reloaded.version()).isEqualTo(2);
        assertThat(json(reloaded.register())).isEqualTo(expected);
        assertThat(store.history(REGISTER.id(), Optional.empty())).extracting(Recorded::change).containsExactlyElementsOf(changes);
        assertThat(json(store.load(REGISTER.id(), Optional.of(FIRST_RECORDED.minusSeconds(1))).register())).isEqualTo(baselineJson);
        assertThatThrownBy(() -> store.create(baseline, changes, validator)).isInstanceOf(StoreException.class)
                .hasMessageContaining(REGISTER.id());
    }

    @Test
    void aRegisterCreatedWithARefusedChangeLeavesNothingBehind() throws Exception {
        RegisterStore store = store();
        Change good = update(0, GOVERNANCE, "Consultation closed.");
        Change refused = update(1, "no-such-recommendation", "An update for a recommendation the register does not have.");

        assertThatThrownBy(() -> store.create(baseline, List.of(good, refused), validator))
                .isInstanceOfSatisfying(RefusedChangeException.class, e -> assertThat(e.change()).isEqualTo(refused));
        assertThat(store.registers()).isEmpty();
        assertThat(again().registers()).isEmpty();
        assertThatThrownBy(() -> store.create(baseline, List.of(update(3, GOVERNANCE, "Numbered from 3.")), validator))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("version 0");
        assertThat(store.registers()).isEmpty();

        Stored created = store.create(baseline, List.of(good), validator);
        assertThat(created.version()).isEqualTo(1);
    }

    @Test
    void aChangeMadeAgainstAnOlderVersionIsRefusedNamingTheChangeThatGotThereFirst() throws Exception {
        RegisterStore store = store();
        store.create(baseline);
        Instant at = Instant.parse("2020-10-12T08:30:00Z");
        Change winner = new Change.AddUpdate(new Stamp("winner-1", at, "aco-finance", 0), GOVERNANCE,
                ProgressUpdate.of(PartialDate.of(2020, 10, 12), "Code approved by the chief constable."));
        Change loser = new Change.AddUpdate(new Stamp("loser-1", at.plusSeconds(60), "opcc-chief-officer-finance", 0), GOVERNANCE,
                ProgressUpdate.of(PartialDate.of(2020, 10, 12), "Code approved by the PCC."));
        store.append(REGISTER.id(), List.of(winner), validator);

        assertThatThrownBy(() -> again().append(REGISTER.id(), List.of(loser), validator))
                .isInstanceOfSatisfying(StoreConflictException.class, e -> {
                    assertThat(e.change()).isEqualTo(loser);
                    assertThat(e.registerVersion()).isEqualTo(1);
                    assertThat(e.winner()).contains(new Recorded(1, winner));
                })
                .hasMessageContaining("change loser-1 (update on " + GOVERNANCE + ") was made against version 0, but the register is at"
                        + " version 1: change winner-1 (update on " + GOVERNANCE + ", recorded by aco-finance at 2020-10-12T08:30:00Z)"
                        + " got there first");
        Stored now = store.load(REGISTER.id(), Optional.empty());
        assertThat(now.version()).isEqualTo(1);
        assertThat(json(now.register())).contains("Code approved by the chief constable.").doesNotContain("Code approved by the PCC.");
        assertThat(store.history(REGISTER.id(), Optional.empty())).containsExactly(new Recorded(1, winner));
    }

    @Test
    void anAppendHoldingARefusedChangeRecordsNoneOfItsChanges() throws Exception {
        RegisterStore store = store();
        store.create(baseline);
        Change good = update(0, GOVERNANCE, "Consultation closed.");
        Change refused = update(1, "no-such-recommendation", "An update for a recommendation the register does not have.");

        assertThatThrownBy(() -> store.append(REGISTER.id(), List.of(good, refused), validator))
                .isInstanceOfSatisfying(RefusedChangeException.class, e -> assertThat(e.change()).isEqualTo(refused))
                .hasMessageContaining("no-such-recommendation");
        Stored now = again().load(REGISTER.id(), Optional.empty());
        assertThat(now.version()).isZero();
        assertThat(json(now.register())).isEqualTo(baselineJson);
        assertThat(store.history(REGISTER.id(), Optional.empty())).isEmpty();

        Stored after = store.append(REGISTER.id(), List.of(good), validator);
        assertThat(after.version()).isEqualTo(1);
    }

    @Test
    void theHistoryOfTheRegisterAndOfOneRecommendation() throws Exception {
        RegisterStore store = store();
        store.create(baseline);
        List<Change> changes = List.of(update(0, GOVERNANCE, "one"), update(1, VICTIMS, "two"), update(2, GOVERNANCE, "three"),
                update(3, VICTIMS, "four"));
        store.append(REGISTER.id(), changes, validator);

        assertThat(again().history(REGISTER.id(), Optional.empty())).extracting(Recorded::version).containsExactly(1L, 2L, 3L, 4L);
        assertThat(store.history(REGISTER.id(), Optional.empty())).extracting(Recorded::change).containsExactlyElementsOf(changes);
        assertThat(store.history(REGISTER.id(), Optional.of(GOVERNANCE)))
                .containsExactly(new Recorded(1, changes.get(0)), new Recorded(3, changes.get(2)));
        assertThat(store.history(REGISTER.id(), Optional.of(VICTIMS)))
                .containsExactly(new Recorded(2, changes.get(1)), new Recorded(4, changes.get(3)));
        assertThat(store.history(REGISTER.id(), Optional.of("payroll-4.1"))).isEmpty();
    }

    @Test
    void theRegisterAsRecordedAtAnInstant() throws Exception {
        RegisterStore store = store();
        store.create(baseline);
        List<Change> changes = List.of(update(0, GOVERNANCE, "one"), update(1, GOVERNANCE, "two"), update(2, GOVERNANCE, "three"));
        store.append(REGISTER.id(), changes, validator);

        Stored before = store.load(REGISTER.id(), Optional.of(FIRST_RECORDED.minusSeconds(1)));
        assertThat(before.version()).isZero();
        assertThat(json(before.register())).isEqualTo(baselineJson);
        Stored second = again().load(REGISTER.id(), Optional.of(FIRST_RECORDED.plus(Duration.ofHours(1))));
        assertThat(second.version()).isEqualTo(2);
        assertThat(json(second.register())).isEqualTo(json(Changes.replay(baseline, changes.subList(0, 2))));
        Stored justBeforeThird = store.load(REGISTER.id(), Optional.of(FIRST_RECORDED.plus(Duration.ofHours(2)).minusMillis(1)));
        assertThat(justBeforeThird.version()).isEqualTo(2);
        assertThat(store.load(REGISTER.id(), Optional.of(Instant.parse("2030-01-01T00:00:00Z"))).version()).isEqualTo(3);
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void eightWritersAppendingAtOnceLeaveEveryChangeOnceWithGapFreeVersions() throws Exception {
        RegisterStore setUp = store();
        setUp.create(baseline);
        List<String> recommendations = baseline.sources().stream().flatMap((Source s) -> s.recommendations().stream())
                .filter(r -> !r.updates().isEmpty()).map(Recommendation::id).toList();
        List<RegisterStore> stores = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            stores.add(w % 2 == 0 ? setUp : again());
        }
        AtomicLong conflicts = new AtomicLong();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        long began = System.nanoTime();
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                RegisterStore store = stores.get(w);
                writers.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < CHANGES_PER_WRITER; i++) {
                        String id = "w" + writer + "-" + i;
                        String recommendation = recommendations.get((writer * CHANGES_PER_WRITER + i) % recommendations.size());
                        while (true) {
                            Stored now = store.load(REGISTER.id(), Optional.empty());
                            Change change = new Change.AddUpdate(new Stamp(id, FIRST_RECORDED.plusSeconds(now.version()), "aco-finance",
                                    now.version()), recommendation, ProgressUpdate.of(PartialDate.of(2020, 10, 8), "writer " + writer
                                    + ", update " + i));
                            try {
                                store.append(REGISTER.id(), List.of(change), validator);
                                break;
                            } catch (StoreConflictException e) {
                                conflicts.incrementAndGet();
                            }
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> writer : writers) {
                writer.get();
            }
        } finally {
            pool.shutdownNow();
        }
        long millis = (System.nanoTime() - began) / 1_000_000;
        int total = WRITERS * CHANGES_PER_WRITER;
        System.out.printf("%s: %d writers recorded %d changes in %d ms, with %d conflicts retried%n", getClass().getSimpleName(),
                WRITERS, total, millis, conflicts.get());

        List<Recorded> history = again().history(REGISTER.id(), Optional.empty());
        assertThat(history).hasSize(total);
        List<Long> versions = history.stream().map(Recorded::version).toList();
        List<Long> expected = new ArrayList<>();
        for (long v = 1; v <= total; v++) {
            expected.add(v);
        }
        assertThat(versions).isEqualTo(expected);
        Set<String> ids = new HashSet<>();
        for (Recorded recorded : history) {
            assertThat(ids.add(recorded.change().stamp().id())).as("change %s recorded once", recorded.change().stamp().id()).isTrue();
        }
        Set<String> wanted = new HashSet<>();
        for (int w = 0; w < WRITERS; w++) {
            for (int i = 0; i < CHANGES_PER_WRITER; i++) {
                wanted.add("w" + w + "-" + i);
            }
        }
        assertThat(ids).isEqualTo(wanted);
        Stored last = again().load(REGISTER.id(), Optional.empty());
        assertThat(last.version()).isEqualTo(total);
        assertThat(json(last.register())).isEqualTo(json(Changes.replay(baseline, history.stream().map(Recorded::change).toList())));
    }
}
