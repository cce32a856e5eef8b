package io.github.rectrack.engine.change;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.engine.spi.Finding;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/** A change that could not be applied: it names the change and says, with located findings, why. */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class RefusedChangeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Change change;
    private final transient List<Finding> findings;

    /**
     * @param change the change refused
     * @param findings why; at least one is an error
     */
    public RefusedChangeException(Change change, List<Finding> findings) {
        super(message(change, findings));
        this.change = Objects.requireNonNull(change, "change");
        this.findings = List.copyOf(findings);
    }

    /** @return the change refused */
    public Change change() {
        return change;
    }

    /** @return why it was refused, errors first */
    public List<Finding> findings() {
        return findings;
    }

    private static String message(Change change, List<Finding> findings) {
        return "change " + change.type() + change.subject().map(s -> " on " + s).orElse("") + " refused: "
                + findings.stream().filter(Finding::isError).map(Finding::toString).collect(Collectors.joining("; "));
    }
}
