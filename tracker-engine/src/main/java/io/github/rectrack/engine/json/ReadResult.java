package io.github.rectrack.engine.json;

import io.github.rectrack.engine.validation.Finding;
import io.github.rectrack.model.Register;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What reading a register gave: the register, or the findings that stopped it being read.
 *
 * @param register the register, if it could be read
 * @param findings the problems found while reading; empty when the register was read
 */
public record ReadResult(Optional<Register> register, List<Finding> findings) {

    /** Checks for nulls and copies the list. */
    public ReadResult {
        Objects.requireNonNull(register, "register");
        findings = List.copyOf(findings);
    }

    static ReadResult of(Register register) {
        return new ReadResult(Optional.of(register), List.of());
    }

    static ReadResult failed(Finding finding) {
        return new ReadResult(Optional.empty(), List.of(finding));
    }

    /**
     * The register, or an exception listing the findings.
     *
     * @return the register
     * @throws IllegalArgumentException naming every finding, if the register could not be read
     */
    public Register orElseThrow() {
        return register.orElseThrow(() -> new IllegalArgumentException(
                "register could not be read: " + findings.stream().map(Finding::toString).reduce((a, b) -> a + "; " + b).orElse("")));
    }
}
