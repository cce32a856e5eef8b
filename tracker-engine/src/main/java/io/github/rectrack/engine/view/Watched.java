package io.github.rectrack.engine.view;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.engine.evaluation.RecommendationState;
import io.github.rectrack.engine.evaluation.RegisterEvaluation;
import io.github.rectrack.engine.status.Status;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.ProgressUpdate;
import io.github.rectrack.model.Recommendation;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The items a forum watches but the organisation does not own: recommendations of an inspection
 * addressed to national bodies (the Home Secretary, the College of Policing, a national lead). Shown apart
 * from the organisation's own items, never coloured red, amber or green and never counted in the
 * {@link SummaryMatrix}.
 *
 * @param forum the id of the forum the view is for, one of the scheme's forums
 * @param asOf the day the register is shown as it stood on
 * @param items the watched items, in register order
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Watched(String forum, LocalDate asOf, List<Item> items) {

    /**
     * One watched item.
     *
     * @param recommendationId the item's id
     * @param source the title of its source
     * @param reference its printed reference
     * @param title its title; may be empty
     * @param kind what sort of item it is
     * @param addressee the body it is addressed to
     * @param status its status on the day
     * @param lastUpdateDate the date of the latest update counted on the day, if any
     * @param lastUpdate the text of that update, if any
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public record Item(String recommendationId, String source, String reference, String title, Recommendation.Kind kind,
            String addressee, Status status, Optional<PartialDate> lastUpdateDate, Optional<String> lastUpdate) {

        /**
         * Checks for nulls.
         *
         * @param recommendationId the item's id
         * @param source the title of its source
         * @param reference its printed reference
         * @param title its title; may be empty
         * @param kind what sort of item it is
         * @param addressee the body it is addressed to
         * @param status its status on the day
         * @param lastUpdateDate the date of the latest update counted on the day, if any
         * @param lastUpdate the text of that update, if any
         */
        public Item {
            Objects.requireNonNull(recommendationId, "recommendationId");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(addressee, "addressee");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(lastUpdateDate, "lastUpdateDate");
            Objects.requireNonNull(lastUpdate, "lastUpdate");
        }
    }

    /**
     * Checks for nulls and copies the list.
     *
     * @param forum the id of the forum the view is for, one of the scheme's forums
     * @param asOf the day the register is shown as it stood on
     * @param items the watched items, in register order
     */
    public Watched {
        Objects.requireNonNull(forum, "forum");
        Objects.requireNonNull(asOf, "asOf");
        items = List.copyOf(items);
    }

    /**
     * The items a forum watches on the evaluation's day.
     *
     * @param evaluation the evaluated register
     * @param forum the forum id
     * @return the watched items
     */
    public static Watched of(RegisterEvaluation evaluation, String forum) {
        return new Watched(forum, evaluation.asOf(), evaluation.watchedBy(forum).map(Watched::item).toList());
    }

    private static Item item(RecommendationState state) {
        Recommendation rec = state.recommendation();
        return new Item(rec.id(), state.source().title(), rec.reference(), rec.title(), rec.kind(), rec.addressee().orElseThrow(),
                state.status(), state.lastUpdate().map(ProgressUpdate::date), state.lastUpdate().map(ProgressUpdate::text));
    }
}
