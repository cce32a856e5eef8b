package io.github.rectrack.model;

import jakarta.validation.constraints.NotBlank;
import java.util.Objects;
import java.util.Optional;

/**
 * Management's response to a recommendation.
 *
 * @param acceptance whether management accepted the recommendation; empty where the response does not say
 * @param date when the response was given, if known
 * @param text the response as written; may be empty where only the acceptance is known
 * @param marking the handling marking of the text, if above the scheme's lowest
 */
public record ManagementResponse(
        Optional<Acceptance> acceptance,
        Optional<PartialDate> date,
        String text,
        Optional<@NonBlank String> marking) {

    /** Whether management accepted a recommendation. */
    public enum Acceptance {
        /** Accepted in full. */
        ACCEPTED,
        /** Accepted in part. */
        PARTLY_ACCEPTED,
        /** Not accepted. */
        NOT_ACCEPTED
    }

    /**
     * Checks for nulls.
     *
     * @param acceptance whether management accepted the recommendation; empty where the response does not say
     * @param date when the response was given, if known
     * @param text the response as written; may be empty where only the acceptance is known
     * @param marking the handling marking of the text, if above the scheme's lowest
     */
    public ManagementResponse {
        Objects.requireNonNull(acceptance, "acceptance");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(marking, "marking");
    }

    /**
     * A response whose acceptance is known.
     *
     * @param acceptance whether management accepted the recommendation
     * @param date when the response was given, if known
     * @param text the response as written
     * @param marking the handling marking of the text, if above the scheme's lowest
     */
    public ManagementResponse(Acceptance acceptance, Optional<PartialDate> date, String text, Optional<String> marking) {
        this(Optional.of(Objects.requireNonNull(acceptance, "acceptance")), date, text, marking);
    }

    /**
     * A response as written, saying nothing of acceptance.
     *
     * @param text the response as written
     * @return the response
     */
    public static ManagementResponse unstated(String text) {
        return new ManagementResponse(Optional.empty(), Optional.empty(), text, Optional.empty());
    }
}
