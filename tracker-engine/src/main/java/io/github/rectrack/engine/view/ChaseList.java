package io.github.rectrack.engine.view;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.engine.evaluation.RecommendationState;
import io.github.rectrack.engine.evaluation.RegisterEvaluation;
import io.github.rectrack.engine.status.Status;
import io.github.rectrack.model.Ownership;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.ProgressUpdate;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The owners to chase for an update ("update requested 4 times – last one on the 8th October 2024"),
 * for the whole register: owners are chased whichever forum their items go to.
 *
 * <p>An item is on the list when it is {@link Status#isOutstanding() outstanding} but not {@link
 * Status#HIBERNATED hibernated} (a paused item owes no update) nor addressed to another body (the
 * organisation only watches those), and on the day at least one of these
 * holds ({@link Reason}):
 *
 * <ul>
 *   <li>{@link Reason#NO_UPDATE}: no progress update counts on the day;</li>
 *   <li>{@link Reason#UPDATE_OVERDUE}: the latest update counted on the day is more than {@code
 *       staleAfterDays} days old, measured from the <em>last</em> day of its date's period ("Update May
 *       2020" is as recent as 31 May 2020) to the day;</li>
 *   <li>{@link Reason#UNANSWERED_REQUEST}: an update request made on or before the day had not been
 *       answered by the day.</li>
 * </ul>
 *
 * <p>Items are grouped by each owner who owned them on the day (an item with two owners is listed under
 * both); owners in order of first appearance in register order, items in register order. Items with no
 * owner on the day are listed apart, in {@link #unowned()}. Request counts include every request made
 * on or before the day, answered or not.
 *
 * @param asOf the day the register is shown as it stood on
 * @param staleAfterDays how old the latest update may be before it is overdue
 * @param owners the owners to chase, each with their items
 * @param unowned items to chase that have no owner on the day, in register order
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record ChaseList(LocalDate asOf, int staleAfterDays, List<OwnerToChase> owners, List<Item> unowned) {

    /** The default age, in days, after which an update is overdue: about a quarter, one meeting cycle. */
    public static final int DEFAULT_STALE_AFTER_DAYS = 90;

    /**
     * Checks for nulls and copies the lists.
     *
     * @param asOf the day the register is shown as it stood on
     * @param staleAfterDays how old the latest update may be before it is overdue
     * @param owners the owners to chase, each with their items
     * @param unowned items to chase that have no owner on the day, in register order
     */
    public ChaseList {
        Objects.requireNonNull(asOf, "asOf");
        owners = List.copyOf(owners);
        unowned = List.copyOf(unowned);
    }

    /** Why an item is on the list. */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public enum Reason {
        /** No update at all counts on the day. */
        NO_UPDATE,
        /** The latest update is older than the threshold. */
        UPDATE_OVERDUE,
        /** An update was requested and not answered by the day. */
        UNANSWERED_REQUEST
    }

    /**
     * An owner and the items they owe updates on.
     *
     * @param personId the person's id
     * @param name the person's name, or the id if the register does not list them
     * @param role the person's role, if recorded
     * @param items the items, in register order
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public record OwnerToChase(String personId, String name, Optional<String> role, List<Item> items) {
        /**
         * Copies the list.
         *
         * @param personId the person's id
         * @param name the person's name, or the id if the register does not list them
         * @param role the person's role, if recorded
         * @param items the items, in register order
         */
        public OwnerToChase {
            Objects.requireNonNull(personId, "personId");
            items = List.copyOf(items);
        }
    }

    /**
     * One item whose update is missing or overdue.
     *
     * @param sourceTitle its source's title
     * @param reference its printed reference
     * @param title the recommendation's short title; empty where the source gives none
     * @param recommendationId the recommendation's id in the register
     * @param forum the forum it is reported to
     * @param status its status on the day
     * @param reasons why it is on the list, in {@link Reason} order
     * @param lastUpdate the date of the latest update counted on the day, if any
     * @param daysSinceLastUpdate days from the end of that update's period to the day, if any (0 when the
     *     period has not ended)
     * @param requests how many updates were requested on or before the day
     * @param unansweredRequests how many of those were not answered by the day
     * @param lastRequest the latest of those requests, if any
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public record Item(String sourceTitle, String reference, String title, String recommendationId, String forum,
            Status status, Set<Reason> reasons, Optional<PartialDate> lastUpdate, OptionalLong daysSinceLastUpdate,
            int requests, int unansweredRequests, Optional<LocalDate> lastRequest) {
        /**
         * Checks for nulls and copies the set.
         *
         * @param sourceTitle its source's title
         * @param reference its printed reference
         * @param title the recommendation's short title; empty where the source gives none
         * @param recommendationId the recommendation's id in the register
         * @param forum the forum it is reported to
         * @param status its status on the day
         * @param reasons why it is on the list, in {@link Reason} order
         * @param lastUpdate the date of the latest update counted on the day, if any
         * @param daysSinceLastUpdate days from the end of that update's period to the day, if any (0 when the
         *     period has not ended)
         * @param requests how many updates were requested on or before the day
         * @param unansweredRequests how many of those were not answered by the day
         * @param lastRequest the latest of those requests, if any
         */
        public Item {
            Objects.requireNonNull(recommendationId, "recommendationId");
            reasons = Collections.unmodifiableSet(reasons.isEmpty() ? EnumSet.noneOf(Reason.class) : EnumSet.copyOf(reasons));
            Objects.requireNonNull(lastUpdate, "lastUpdate");
            Objects.requireNonNull(daysSinceLastUpdate, "daysSinceLastUpdate");
            Objects.requireNonNull(lastRequest, "lastRequest");
        }
    }

    /**
     * The chase list with the {@linkplain #DEFAULT_STALE_AFTER_DAYS default threshold}.
     *
     * @param evaluation the evaluated register
     * @return the chase list
     */
    public static ChaseList of(RegisterEvaluation evaluation) {
        return of(evaluation, DEFAULT_STALE_AFTER_DAYS);
    }

    /**
     * The chase list.
     *
     * @param evaluation the evaluated register
     * @param staleAfterDays how many days old the latest update may be before it is overdue
     * @return the chase list
     * @throws IllegalArgumentException if {@code staleAfterDays} is negative
     */
    public static ChaseList of(RegisterEvaluation evaluation, int staleAfterDays) {
        if (staleAfterDays < 0) {
            throw new IllegalArgumentException("staleAfterDays must be 0 or more days, not " + staleAfterDays);
        }
        LocalDate asOf = evaluation.asOf();
        People people = new People(evaluation.register());
        Map<String, List<Item>> byOwner = new LinkedHashMap<>();
        List<Item> unowned = new ArrayList<>();
        for (RecommendationState state : evaluation.states()) {
            if (!state.status().isOutstanding() || state.status() == Status.HIBERNATED || state.watched()) {
                continue;
            }
            Optional<Item> item = item(state, asOf, staleAfterDays);
            if (item.isEmpty()) {
                continue;
            }
            boolean owned = false;
            for (Ownership ownership : state.recommendation().owners()) {
                if (Appendix.ownsOn(ownership, asOf)) {
                    List<Item> items = byOwner.computeIfAbsent(ownership.person(), k -> new ArrayList<>());
                    if (items.isEmpty() || items.get(items.size() - 1) != item.get()) {
                        items.add(item.get());
                    }
                    owned = true;
                }
            }
            if (!owned) {
                unowned.add(item.get());
            }
        }
        List<OwnerToChase> owners = new ArrayList<>(byOwner.size());
        byOwner.forEach((person, items) -> owners.add(new OwnerToChase(person, people.name(person), people.role(person), items)));
        return new ChaseList(asOf, staleAfterDays, owners, unowned);
    }

    private static Optional<Item> item(RecommendationState state, LocalDate asOf, int staleAfterDays) {
        Set<Reason> reasons = EnumSet.noneOf(Reason.class);
        Optional<ProgressUpdate> last = state.lastUpdate();
        OptionalLong age = OptionalLong.empty();
        if (last.isEmpty()) {
            reasons.add(Reason.NO_UPDATE);
        } else {
            LocalDate end = last.get().date().last();
            long days = end.isBefore(asOf) ? ChronoUnit.DAYS.between(end, asOf) : 0;
            age = OptionalLong.of(days);
            if (days > staleAfterDays) {
                reasons.add(Reason.UPDATE_OVERDUE);
            }
        }
        RequestCount count = RequestCount.of(state.recommendation().updateRequests(), asOf);
        if (count.unanswered() > 0) {
            reasons.add(Reason.UNANSWERED_REQUEST);
        }
        if (reasons.isEmpty()) {
            return Optional.empty();
        }
        var r = state.recommendation();
        return Optional.of(new Item(state.source().title(), r.reference(), r.title(), state.id(), state.route().forum(),
                state.status(), reasons, last.map(ProgressUpdate::date), age, count.requests(), count.unanswered(), count.lastRequest()));
    }
}
