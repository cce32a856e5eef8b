package io.github.rectrack.engine.journal;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.engine.spi.Finding;
import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * A register and its journal that cannot be read or written as asked: a line that fails its checksum, a
 * register file changed after its journal began, a change made against a version that is no longer the
 * latest. The findings say where (the file and line) and why; nothing stored is changed.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class JournalException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Finding> findings;

    /** @param findings where and why; at least one */
    public JournalException(List<Finding> findings) {
        super(findings.stream().map(Finding::toString).collect(Collectors.joining("; ")));
        this.findings = List.copyOf(findings);
    }

    /** @param finding where and why */
    public JournalException(Finding finding) {
        this(List.of(finding));
    }

    /** @return where and why */
    public List<Finding> findings() {
        return findings;
    }
}
