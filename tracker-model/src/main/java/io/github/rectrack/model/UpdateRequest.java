package io.github.rectrack.model;

import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A request to an owner for an update ("update requested 4 times – last one on the 8th October 2024").
 *
 * @param requestedOn when the request was made
 * @param requestedOf the id of the {@link Person} asked, if recorded
 * @param respondBy the date a reply was asked for, if any
 * @param answeredOn when it was answered; empty while unanswered
 */
public record UpdateRequest(
        LocalDate requestedOn,
        Optional<@NonBlank String> requestedOf,
        Optional<LocalDate> respondBy,
        Optional<LocalDate> answeredOn) {

    /**
     * Checks for nulls.
     *
     * @param requestedOn when the request was made
     * @param requestedOf the id of the {@link Person} asked, if recorded
     * @param respondBy the date a reply was asked for, if any
     * @param answeredOn when it was answered; empty while unanswered
     */
    public UpdateRequest {
        Objects.requireNonNull(requestedOn, "requestedOn");
        Objects.requireNonNull(requestedOf, "requestedOf");
        Objects.requireNonNull(respondBy, "respondBy");
        Objects.requireNonNull(answeredOn, "answeredOn");
    }

    /**
     * Whether the request has been answered.
     *
     * @return true if {@link #answeredOn()} is present
     */
    public boolean isAnswered() {
        return answeredOn.isPresent();
    }
}
