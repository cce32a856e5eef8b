package io.github.rectrack.engine.store;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.engine.spi.Finding;
import io.github.rectrack.model.Register;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A register as a store holds it.
 *
 * @param register the register: its baseline with the changes recorded up to {@code version} applied
 * @param version its version: the number of changes applied to the baseline
 * @param changes the changes this call recorded, in order, when it is the result of {@link
 *     RegisterStore#append}; empty from {@link RegisterStore#load}, whose changes {@link RegisterStore#history}
 *     lists
 * @param findings what the call found that did not stop it: warnings the appended changes raised, or
 *     something the store met while loading (a torn last line of a journal)
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record Stored(Register register, long version, List<Recorded> changes, List<Finding> findings) {
    /**
     * Checks for nulls and copies the lists.
     *
     * @param register the register: its baseline with the changes recorded up to {@code version} applied
     * @param version its version: the number of changes applied to the baseline
     * @param changes the changes this call recorded, in order, when it is the result of {@link
     *     RegisterStore#append}; empty from {@link RegisterStore#load}, whose changes {@link
     *     RegisterStore#history} lists
     * @param findings what the call found that did not stop it: warnings the appended changes raised, or
     *     something the store met while loading (a torn last line of a journal)
     */
    public Stored {
        Objects.requireNonNull(register, "register");
        if (version < 0) {
            throw new IllegalArgumentException("a register version is 0 or more, not " + version);
        }
        changes = List.copyOf(changes);
        findings = List.copyOf(findings);
    }
}
