package io.github.rectrack.engine.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One problem found in a register or an input file, with where it is.
 *
 * <p>The location is a JSON-path-like string for registers ({@code
 * sources[2].recommendations[0].targetHistory[1].date}), or whatever an importer can name (file, sheet,
 * row, column).
 *
 * @param severity how serious it is
 * @param location where it is; empty for the register as a whole
 * @param message what is wrong and, where it helps, what to do
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Finding(Severity severity, String location, String message) {

    /** How serious a finding is. */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public enum Severity {
        /** The register is wrong and must be corrected. */
        ERROR,
        /** Worth a look, but the register can still be used. */
        WARNING,
        /** Worth knowing, nothing wrong: what an import read that differs from what was exported (an edit). */
        NOTICE
    }

    /**
     * Checks for nulls.
     *
     * @param severity how serious it is
     * @param location where it is; empty for the register as a whole
     * @param message what is wrong and, where it helps, what to do
     */
    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    /**
     * An error.
     *
     * @param location where it is: a JSON path, or file, sheet, row and column; empty for the register as a whole
     * @param message what is wrong and, where it helps, what to do
     * @return the finding
     */
    public static Finding error(String location, String message) {
        return new Finding(Severity.ERROR, location, message);
    }

    /**
     * A warning.
     *
     * @param location where it is: a JSON path, or file, sheet, row and column; empty for the register as a whole
     * @param message what is wrong and, where it helps, what to do
     * @return the finding
     */
    public static Finding warning(String location, String message) {
        return new Finding(Severity.WARNING, location, message);
    }

    /**
     * A notice.
     *
     * @param location where it is: a JSON path, or file, sheet, row and column; empty for the register as a whole
     * @param message what is wrong and, where it helps, what to do
     * @return the finding
     */
    public static Finding notice(String location, String message) {
        return new Finding(Severity.NOTICE, location, message);
    }

    /**
     * Whether this is an error.
     *
     * @return true for {@link Severity#ERROR}
     */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The finding as one line: {@code ERROR sources[0].title: must not be blank}. */
    @Override
    public String toString() {
        return severity + " " + (location.isEmpty() ? "(register)" : location) + ": " + message;
    }
}
