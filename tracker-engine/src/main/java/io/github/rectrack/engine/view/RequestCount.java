package io.github.rectrack.engine.view;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.model.UpdateRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * How often an owner has been asked for an update, as of a day: the requests made on or before it, how many
 * were still unanswered on it, and the latest.
 *
 * @param requests requests made on or before the day
 * @param unanswered of those, the ones not answered by the day
 * @param lastRequest the day of the latest
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record RequestCount(int requests, int unanswered, Optional<LocalDate> lastRequest) {

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu",
            java.util.Locale.UK);

    /**
     * Checks for nulls.
     *
     * @param requests requests made on or before the day
     * @param unanswered of those, the ones not answered by the day
     * @param lastRequest the day of the latest
     */
    public RequestCount {
        Objects.requireNonNull(lastRequest, "lastRequest");
    }

    /**
     * Counts a recommendation's requests as of a day.
     *
     * @param updateRequests the recommendation's update requests
     * @param asOf the day to count up to: requests made after it are left out
     * @return the count
     */
    public static RequestCount of(List<UpdateRequest> updateRequests, LocalDate asOf) {
        int requests = 0;
        int unanswered = 0;
        Optional<LocalDate> last = Optional.empty();
        for (UpdateRequest request : updateRequests) {
            if (request.requestedOn().isAfter(asOf)) {
                continue;
            }
            requests++;
            if (last.isEmpty() || request.requestedOn().isAfter(last.get())) {
                last = Optional.of(request.requestedOn());
            }
            if (request.answeredOn().map(a -> a.isAfter(asOf)).orElse(true)) {
                unanswered++;
            }
        }
        return new RequestCount(requests, unanswered, last);
    }

    /**
     * The count in words, as the chase list and the paper put it.
     *
     * @return e.g. "update requested 4 times – last on 8 October 2024, 2 unanswered", or empty if never
     */
    public Optional<String> inWords() {
        if (requests == 0) {
            return Optional.empty();
        }
        String times = requests == 1 ? "once" : requests == 2 ? "twice" : requests + " times";
        return Optional.of("update requested " + times + lastRequest.map(d -> " – last on " + DAY.format(d)).orElse("")
                + (unanswered == 0 ? "" : unanswered == requests ? (requests == 1 ? ", not answered" : ", none answered")
                        : ", " + unanswered + " unanswered"));
    }
}
