package io.github.rectrack.engine.validation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.engine.spi.Finding;
import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The findings of validating a register, errors first, each group in the order found.
 *
 * @param findings every problem found, errors and warnings, each saying where and what is accepted
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record ValidationReport(List<Finding> findings) {

    /**
     * Copies the list.
     *
     * @param findings every problem found, errors and warnings, each saying where and what is accepted
     */
    public ValidationReport {
        findings = List.copyOf(findings);
    }

    /**
     * The errors.
     *
     * @return the findings of severity {@link Finding.Severity#ERROR}
     */
    public List<Finding> errors() {
        return findings.stream().filter(Finding::isError).toList();
    }

    /**
     * The warnings.
     *
     * @return the findings of severity {@link Finding.Severity#WARNING}
     */
    public List<Finding> warnings() {
        return findings.stream().filter(f -> f.severity() == Finding.Severity.WARNING).toList();
    }

    /**
     * The notices: what an import read that differs from what was exported, such as edits to a workbook.
     *
     * @return the findings of severity {@link Finding.Severity#NOTICE}
     */
    public List<Finding> notices() {
        return findings.stream().filter(f -> f.severity() == Finding.Severity.NOTICE).toList();
    }

    /**
     * Whether the register has no errors (it may have warnings).
     *
     * @return true if there are no errors
     */
    public boolean isValid() {
        return findings.stream().noneMatch(Finding::isError);
    }

    /** One finding per line. */
    @Override
    public String toString() {
        return findings.stream().map(Finding::toString).collect(Collectors.joining("\n"));
    }
}
