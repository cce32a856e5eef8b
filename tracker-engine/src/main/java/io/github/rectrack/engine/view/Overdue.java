package io.github.rectrack.engine.view;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.engine.evaluation.RecommendationState;
import io.github.rectrack.engine.evaluation.RegisterEvaluation;
import io.github.rectrack.engine.spi.rag.Rag;
import io.github.rectrack.engine.status.AsOf;
import io.github.rectrack.engine.status.Status;
import io.github.rectrack.model.Ownership;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.ProgressUpdate;
import io.github.rectrack.model.TargetDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * The open recommendations past their target on the day: each {@link Status#isOutstanding() outstanding}
 * recommendation (open, in progress, re-opened, hibernated, further evidence requested, closure disputed)
 * whose target in force had a deadline before the day, with how many days past it, who owned it on the
 * day and when it was last updated. Items awaiting a closure decision, finished or inactive are never
 * listed; nor is one whose target has no deadline ("TBC", "Ongoing").
 *
 * <p>For the whole register ({@link #of(RegisterEvaluation)}, whichever forum each item goes to) or for
 * the recommendations reported to one forum ({@link #of(RegisterEvaluation, String)}); items in register
 * order.
 *
 * @param forum the forum the list is for; empty for the whole register
 * @param asOf the day the register is shown as it stood on
 * @param items the overdue items, in register order
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Overdue(Optional<String> forum, LocalDate asOf, List<Item> items) {

    /**
     * Checks for nulls and copies the list.
     *
     * @param forum the forum the list is for; empty for the whole register
     * @param asOf the day the register is shown as it stood on
     * @param items the overdue items, in register order
     */
    public Overdue {
        Objects.requireNonNull(forum, "forum");
        Objects.requireNonNull(asOf, "asOf");
        items = List.copyOf(items);
    }

    /**
     * One recommendation past its target.
     *
     * @param sourceTitle its source's title
     * @param priority its priority, one of the scheme's priorities
     * @param reference its printed reference
     * @param title its title; may be empty
     * @param recommendationId the recommendation's id in the register
     * @param forum the forum it is reported to
     * @param status its status on the day
     * @param rag its colour on the day
     * @param target the target in force on the day, as written
     * @param deadline that target's deadline, before the day
     * @param daysOverdue days from the deadline to the day (1 or more)
     * @param owners who owned it on the day, in the register's order; empty if no one did
     * @param lastUpdate the date of the latest progress update counted on the day, if any
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public record Item(String sourceTitle, String priority, String reference, String title, String recommendationId, String forum,
            Status status, Rag rag, TargetDate target, LocalDate deadline, long daysOverdue, List<Owner> owners,
            Optional<PartialDate> lastUpdate) {

        /**
         * Checks for nulls and copies the list.
         *
         * @param sourceTitle its source's title
         * @param priority its priority, one of the scheme's priorities
         * @param reference its printed reference
         * @param title its title; may be empty
         * @param recommendationId the recommendation's id in the register
         * @param forum the forum it is reported to
         * @param status its status on the day
         * @param rag its colour on the day
         * @param target the target in force on the day, as written
         * @param deadline that target's deadline, before the day
         * @param daysOverdue days from the deadline to the day (1 or more)
         * @param owners who owned it on the day, in the register's order; empty if no one did
         * @param lastUpdate the date of the latest progress update counted on the day, if any
         */
        public Item {
            Objects.requireNonNull(recommendationId, "recommendationId");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(rag, "rag");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(deadline, "deadline");
            owners = List.copyOf(owners);
            Objects.requireNonNull(lastUpdate, "lastUpdate");
        }
    }

    /**
     * An owner of an overdue item.
     *
     * @param personId the person's id
     * @param name the person's name as the register lists it, or the id if it does not
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public record Owner(String personId, String name) {
        /**
         * Checks for nulls.
         *
         * @param personId the person's id
         * @param name the person's name as the register lists it, or the id if it does not
         */
        public Owner {
            Objects.requireNonNull(personId, "personId");
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * The overdue items of the whole register, whichever forum they are reported to; items addressed to
     * other bodies, which the organisation only watches, are left out.
     *
     * @param evaluation the evaluated register
     * @return the overdue items
     */
    public static Overdue of(RegisterEvaluation evaluation) {
        return build(evaluation, Optional.empty(), evaluation.states().stream().filter(s -> !s.watched()));
    }

    /**
     * The overdue items reported to one forum.
     *
     * @param evaluation the evaluated register
     * @param forum the forum id
     * @return the overdue items
     */
    public static Overdue of(RegisterEvaluation evaluation, String forum) {
        Objects.requireNonNull(forum, "forum");
        return build(evaluation, Optional.of(forum), evaluation.reportedTo(forum));
    }

    private static Overdue build(RegisterEvaluation evaluation, Optional<String> forum, Stream<RecommendationState> states) {
        LocalDate asOf = evaluation.asOf();
        People people = new People(evaluation.register());
        List<Item> items = new ArrayList<>();
        states.filter(s -> s.status().isOutstanding() && s.targets().isPastCurrent()).forEach(s -> {
            TargetDate target = s.targets().current().orElseThrow();
            List<Owner> owners = new ArrayList<>();
            for (Ownership ownership : s.recommendation().owners()) {
                if (AsOf.inCharge(ownership, asOf) && owners.stream().noneMatch(o -> o.personId().equals(ownership.person()))) {
                    owners.add(new Owner(ownership.person(), people.name(ownership.person())));
                }
            }
            var r = s.recommendation();
            items.add(new Item(s.source().title(), r.priority(), r.reference(), r.title(), s.id(), s.route().forum(), s.status(),
                    s.rag(), target, target.deadline().orElseThrow(), s.targets().daysPastCurrent().getAsLong(), owners,
                    s.lastUpdate().map(ProgressUpdate::date)));
        });
        return new Overdue(forum, asOf, items);
    }
}
