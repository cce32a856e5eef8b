package io.github.rectrack.engine.store;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.engine.spi.Finding;
import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * A store that cannot do what was asked: no register with the id, a register that already exists, a
 * store that cannot be reached or read. The findings say where (the file, or the store and register) and
 * why; nothing stored is changed. Messages never hold a password.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Finding> findings;

    /** @param findings where and why; at least one */
    public StoreException(List<Finding> findings) {
        super(findings.stream().map(Finding::toString).collect(Collectors.joining("; ")));
        if (findings.isEmpty()) {
            throw new IllegalArgumentException("a store exception needs at least one finding");
        }
        this.findings = List.copyOf(findings);
    }

    /** @param finding where and why */
    public StoreException(Finding finding) {
        this(List.of(finding));
    }

    /**
     * @param finding where and why
     * @param cause the underlying failure, kept for logs (its message must not hold a password)
     */
    public StoreException(Finding finding, Throwable cause) {
        this(List.of(finding));
        initCause(cause);
    }

    /** @return where and why */
    public List<Finding> findings() {
        return findings;
    }
}
