package io.github.rectrack.engine.view;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.engine.evaluation.RegisterEvaluation;
import io.github.rectrack.engine.status.Status;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The recommendations routed away from a forum, with where they are monitored: the list a panel paper
 * ends with ("'Housekeeping' recommendations monitored outside JARAP by the Force/OPCC through SORB").
 *
 * @param forum the forum the paper is for
 * @param items the items reported elsewhere, in register order
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record MonitoredElsewhere(String forum, List<Item> items) {

    /**
     * Checks for nulls and copies the list.
     *
     * @param forum the forum the paper is for
     * @param items the items reported elsewhere, in register order
     */
    public MonitoredElsewhere {
        Objects.requireNonNull(forum, "forum");
        items = List.copyOf(items);
    }

    /**
     * One item monitored elsewhere.
     *
     * @param sourceTitle its source's title
     * @param priority its priority, one of the scheme's priorities
     * @param reference its printed reference
     * @param title the recommendation's short title; empty where the source gives none
     * @param text the full text of the recommendation
     * @param monitoredBy the id of the forum that monitors it
     * @param monitoredByName that forum's name
     * @param status its status on the day
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public record Item(String sourceTitle, String priority, String reference, String title, String text,
            String monitoredBy, String monitoredByName, Status status) {}

    /**
     * Builds the list for a forum.
     *
     * @param evaluation the evaluated register
     * @param forum the forum id
     * @return the list
     */
    public static MonitoredElsewhere of(RegisterEvaluation evaluation, String forum) {
        var scheme = evaluation.register().scheme();
        return new MonitoredElsewhere(forum, evaluation.states().stream()
                .filter(s -> !s.watched() && !s.isReportedTo(forum))
                .map(s -> new Item(s.source().title(), s.recommendation().priority(), s.recommendation().reference(),
                        s.recommendation().title(), s.recommendation().text(), s.route().forum(),
                        scheme.forum(s.route().forum()).map(f -> f.name()).orElse(s.route().forum()), s.status()))
                .toList());
    }
}
