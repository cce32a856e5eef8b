package io.github.rectrack.engine.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.model.Register;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * What reading or importing a register gave: the register, if one could be built, and every problem
 * found, each with its location (a JSON path; a sheet, row and column; a line).
 *
 * <p>A register may come with findings: warnings, or errors about parts that could not be read. Callers
 * decide whether to keep a register that came with errors; {@link #orElseThrow()} refuses it.
 *
 * @param register the register, if one could be built
 * @param findings the problems found, in the order found
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record ImportResult(Optional<Register> register, List<Finding> findings) {

    /**
     * Checks for nulls and copies the list.
     *
     * @param register the register, if one could be built
     * @param findings the problems found, in the order found
     */
    public ImportResult {
        Objects.requireNonNull(register, "register");
        findings = List.copyOf(findings);
    }

    /**
     * A register read without problems.
     *
     * @param register the register
     * @return the result
     */
    public static ImportResult of(Register register) {
        return new ImportResult(Optional.of(register), List.of());
    }

    /**
     * Nothing could be read.
     *
     * @param findings why; at least one error
     * @return the result
     */
    public static ImportResult failed(List<Finding> findings) {
        if (findings.stream().noneMatch(Finding::isError)) {
            throw new IllegalArgumentException("a failed import needs at least one error to say why");
        }
        return new ImportResult(Optional.empty(), findings);
    }

    /**
     * Nothing could be read.
     *
     * @param finding why
     * @return the result
     */
    public static ImportResult failed(Finding finding) {
        return failed(List.of(finding));
    }

    /**
     * Whether any finding is an error.
     *
     * @return true if there are errors
     */
    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }

    /**
     * The register, if it was read without errors.
     *
     * @return the register
     * @throws IllegalArgumentException naming every error, if there were errors or no register
     */
    public Register orElseThrow() {
        if (register.isEmpty() || hasErrors()) {
            throw new IllegalArgumentException("register could not be read: " + findings.stream()
                    .filter(Finding::isError).map(Finding::toString).collect(Collectors.joining("; ")));
        }
        return register.get();
    }
}
