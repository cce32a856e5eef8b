package io.github.rectrack.engine.view;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.engine.evaluation.RegisterEvaluation;
import io.github.rectrack.engine.status.AsOf;
import io.github.rectrack.model.GovernanceDecision;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.Recommendation;
import io.github.rectrack.model.Scheme;
import io.github.rectrack.model.Source;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * The s.55 clock: the reports whose kind needs a published response (by the scheme, inspections within 56
 * days of publication by default: Police Act 1996, s.55), with when it is due and whether it was published.
 *
 * <p>A response is published for a report when each of the organisation's own items of the report (those
 * not addressed to another body; every item, if all are addressed elsewhere) carries a {@link
 * GovernanceDecision.Kind#RESPONSE_PUBLISHED} decision that counts on the day; the latest of those dates
 * is the response's. The due date is the report's date plus the scheme's days; a report dated only to a
 * month or year counts from the first day of it, as every entry does. A report issued after the day, or
 * with no date, is left out: its clock has not started, or cannot be read.
 *
 * @param asOf the day the register is shown as it stood on
 * @param reports the reports, those still awaiting a response first (soonest due first), then those
 *     answered, in register order
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record PublishedResponses(LocalDate asOf, List<Report> reports) {

    /** Where a report's response stands on the day. */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public enum State {
        /** No response yet, and the due date has not passed. */
        AWAITING,
        /** No response, and the due date has passed. */
        OVERDUE,
        /** Published on or before the due date. */
        PUBLISHED,
        /** Published after the due date. */
        PUBLISHED_LATE
    }

    /**
     * One report on the clock.
     *
     * @param sourceId the source's id
     * @param title its title
     * @param kind what sort of source it is
     * @param issuedBy who issued it, if recorded
     * @param published when it was published (the source's date)
     * @param days how many days the scheme gives for the response
     * @param due the last day for the response
     * @param state where the response stands on the day
     * @param daysLeft days from the day to the due date: negative once it has passed
     * @param respondedOn when the response was published, if it was by the day
     * @param answered how many of the items the response must cover carry a published response on the day
     * @param items how many items the response must cover
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public record Report(String sourceId, String title, Source.Kind kind, Optional<String> issuedBy, PartialDate published, int days,
            LocalDate due, State state, long daysLeft, Optional<PartialDate> respondedOn, int answered, int items) {

        /**
         * Checks for nulls.
         *
         * @param sourceId the source's id
         * @param title its title
         * @param kind what sort of source it is
         * @param issuedBy who issued it, if recorded
         * @param published when it was published (the source's date)
         * @param days how many days the scheme gives for the response
         * @param due the last day for the response
         * @param state where the response stands on the day
         * @param daysLeft days from the day to the due date: negative once it has passed
         * @param respondedOn when the response was published, if it was by the day
         * @param answered how many of the items the response must cover carry a published response on the day
         * @param items how many items the response must cover
         */
        public Report {
            Objects.requireNonNull(sourceId, "sourceId");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(issuedBy, "issuedBy");
            Objects.requireNonNull(published, "published");
            Objects.requireNonNull(due, "due");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(respondedOn, "respondedOn");
        }

        /**
         * Whether the response is still awaited on the day, due or overdue.
         *
         * @return true if {@link State#AWAITING} or {@link State#OVERDUE}
         */
        public boolean awaiting() {
            return state == State.AWAITING || state == State.OVERDUE;
        }
    }

    /**
     * Checks for nulls and copies the list.
     *
     * @param asOf the day the register is shown as it stood on
     * @param reports the reports, those still awaiting a response first (soonest due first), then those
     *     answered, in register order
     */
    public PublishedResponses {
        Objects.requireNonNull(asOf, "asOf");
        reports = List.copyOf(reports);
    }

    /**
     * The reports still awaiting a response on the day, soonest due first.
     *
     * @return those reports
     */
    public List<Report> awaiting() {
        return reports.stream().filter(Report::awaiting).toList();
    }

    /**
     * The reports whose response is overdue on the day.
     *
     * @return those reports
     */
    public List<Report> overdue() {
        return reports.stream().filter(r -> r.state() == State.OVERDUE).toList();
    }

    /**
     * The clock for every report of the register that needs a published response.
     *
     * @param evaluation the evaluated register
     * @return the reports
     */
    public static PublishedResponses of(RegisterEvaluation evaluation) {
        LocalDate asOf = evaluation.asOf();
        Scheme scheme = evaluation.register().scheme();
        List<Report> awaiting = new ArrayList<>();
        List<Report> answered = new ArrayList<>();
        for (Source source : evaluation.register().sources()) {
            OptionalInt days = scheme.publishedResponseDays(source.kind());
            if (days.isEmpty() || source.date().isEmpty() || !AsOf.counts(source.date().get(), asOf)) {
                continue;
            }
            Report report = report(source, days.getAsInt(), asOf);
            (report.awaiting() ? awaiting : answered).add(report);
        }
        awaiting.sort(Comparator.comparing(Report::due));
        List<Report> reports = new ArrayList<>(awaiting);
        reports.addAll(answered);
        return new PublishedResponses(asOf, reports);
    }

    private static Report report(Source source, int days, LocalDate asOf) {
        PartialDate published = source.date().orElseThrow();
        LocalDate due = published.first().plusDays(days);
        List<Recommendation> own = source.recommendations().stream().filter(r -> !r.watched()).toList();
        List<Recommendation> covered = own.isEmpty() ? source.recommendations() : own;
        int answered = 0;
        Optional<PartialDate> latest = Optional.empty();
        for (Recommendation rec : covered) {
            Optional<PartialDate> response = AsOf.prefix(rec.decisions(), GovernanceDecision::date, asOf).stream()
                    .filter(d -> d.kind() == GovernanceDecision.Kind.RESPONSE_PUBLISHED)
                    .map(GovernanceDecision::date).findFirst();
            if (response.isPresent()) {
                answered++;
                if (latest.isEmpty() || response.get().compareTo(latest.get()) > 0) {
                    latest = response;
                }
            }
        }
        boolean complete = !covered.isEmpty() && answered == covered.size();
        Optional<PartialDate> respondedOn = complete ? latest : Optional.empty();
        State state = complete
                ? (respondedOn.get().first().isAfter(due) ? State.PUBLISHED_LATE : State.PUBLISHED)
                : (asOf.isAfter(due) ? State.OVERDUE : State.AWAITING);
        return new Report(source.id(), source.title(), source.kind(), source.issuedBy(), published, days, due, state,
                ChronoUnit.DAYS.between(asOf, due), respondedOn, answered, covered.size());
    }
}
