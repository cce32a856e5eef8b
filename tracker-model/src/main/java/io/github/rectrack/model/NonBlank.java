package io.github.rectrack.model;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Text that, where present, holds at least one character other than white space.
 *
 * <p>Unlike {@link jakarta.validation.constraints.NotBlank}, an absent value is valid, so it suits
 * optional text: {@code Optional<@NonBlank String>} accepts {@code Optional.empty()} and rejects {@code
 * Optional.of(" ")}.
 */
@Documented
@Pattern(regexp = "(?s).*\\S.*")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({TYPE_USE, FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface NonBlank {

    /**
     * The message.
     *
     * @return the message
     */
    String message() default "must not be blank";

    /**
     * The validation groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * The payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};
}
