package io.github.rectrack.engine.view;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.engine.evaluation.RegisterEvaluation;
import io.github.rectrack.engine.status.AsOf;
import io.github.rectrack.model.Forum;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.ReportDue;
import io.github.rectrack.model.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The forward plan: the further reports promised to forums ("a further report be brought back to Strategic
 * Scrutiny in March 2016"), each source's {@link Source#nextReportDue() next report due}, by month.
 *
 * @param forum the forum the plan is for, or empty for every forum
 * @param asOf the day the register is shown as it stood on
 * @param entries the promised reports, by due date, then forum, then register order
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record ForwardPlan(Optional<String> forum, LocalDate asOf, List<Entry> entries) {

    /** Where a promised report stands on the day. */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public enum State {
        /** Due in a later month (or on a later day). */
        UPCOMING,
        /** Due in the month (or on the day) that holds the as-of day. */
        DUE,
        /** Its month (or day) has passed. */
        PAST
    }

    /**
     * One promised report.
     *
     * @param forum the id of the forum it is promised to
     * @param forumName that forum's name (its id, if the scheme lacks it)
     * @param due when it is due, usually a month
     * @param state where it stands on the day
     * @param sourceId the id of the source it reports on
     * @param sourceTitle that source's title
     * @param note what the paper says about it, if anything
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public record Entry(String forum, String forumName, PartialDate due, State state, String sourceId, String sourceTitle,
            Optional<String> note) {

        /**
         * Checks for nulls.
         *
         * @param forum the id of the forum it is promised to
         * @param forumName that forum's name (its id, if the scheme lacks it)
         * @param due when it is due, usually a month
         * @param state where it stands on the day
         * @param sourceId the id of the source it reports on
         * @param sourceTitle that source's title
         * @param note what the paper says about it, if anything
         */
        public Entry {
            Objects.requireNonNull(forum, "forum");
            Objects.requireNonNull(forumName, "forumName");
            Objects.requireNonNull(due, "due");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(sourceId, "sourceId");
            Objects.requireNonNull(sourceTitle, "sourceTitle");
            Objects.requireNonNull(note, "note");
        }
    }

    /**
     * Checks for nulls and copies the list.
     *
     * @param forum the forum the plan is for, or empty for every forum
     * @param asOf the day the register is shown as it stood on
     * @param entries the promised reports, by due date, then forum, then register order
     */
    public ForwardPlan {
        Objects.requireNonNull(forum, "forum");
        Objects.requireNonNull(asOf, "asOf");
        entries = List.copyOf(entries);
    }

    /**
     * The promised reports grouped by forum, forums in the order of their first entry.
     *
     * @return the entries of each forum, by forum id
     */
    public Map<String, List<Entry>> byForum() {
        Map<String, List<Entry>> grouped = new LinkedHashMap<>();
        entries.forEach(e -> grouped.computeIfAbsent(e.forum(), k -> new ArrayList<>()).add(e));
        grouped.replaceAll((k, v) -> List.copyOf(v));
        return java.util.Collections.unmodifiableMap(grouped);
    }

    /**
     * The reports promised to every forum, of the sources issued by the day.
     *
     * @param evaluation the evaluated register
     * @return the plan
     */
    public static ForwardPlan of(RegisterEvaluation evaluation) {
        return build(evaluation, Optional.empty());
    }

    /**
     * The reports promised to one forum, of the sources issued by the day.
     *
     * @param evaluation the evaluated register
     * @param forum the forum id
     * @return the plan
     */
    public static ForwardPlan of(RegisterEvaluation evaluation, String forum) {
        return build(evaluation, Optional.of(Objects.requireNonNull(forum, "forum")));
    }

    private static ForwardPlan build(RegisterEvaluation evaluation, Optional<String> forum) {
        LocalDate asOf = evaluation.asOf();
        List<Entry> entries = new ArrayList<>();
        for (Source source : evaluation.register().sources()) {
            if (source.nextReportDue().isEmpty() || !source.date().map(d -> AsOf.counts(d, asOf)).orElse(true)) {
                continue;
            }
            ReportDue due = source.nextReportDue().get();
            if (forum.isPresent() && !forum.get().equals(due.forum())) {
                continue;
            }
            State state = asOf.isBefore(due.due().first()) ? State.UPCOMING : asOf.isAfter(due.due().last()) ? State.PAST : State.DUE;
            String name = evaluation.register().scheme().forum(due.forum()).map(Forum::name).orElse(due.forum());
            entries.add(new Entry(due.forum(), name, due.due(), state, source.id(), source.title(), due.note()));
        }
        entries.sort(Comparator.comparing(Entry::due).thenComparing(Entry::forum));
        return new ForwardPlan(forum, asOf, entries);
    }
}
