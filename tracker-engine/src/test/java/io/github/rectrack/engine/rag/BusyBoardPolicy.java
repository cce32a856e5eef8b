package io.github.rectrack.engine.rag;

import io.github.rectrack.engine.spi.rag.Rag;
import io.github.rectrack.engine.spi.rag.RagPolicy;
import io.github.rectrack.engine.spi.rag.RagSettings;

/**
 * A third policy, found through {@code META-INF/services} on the test class path with no change to the
 * engine: red when any target was moved after it had passed, otherwise amber until finished.
 */
public final class BusyBoardPolicy implements RagPolicy {

    @Override
    public String id() {
        return "slippage";
    }

    @Override
    public Colouring configure(RagSettings settings) {
        settings.requireOnly(id(), settingNames());
        return item -> item.status().isFinished() ? Rag.GREEN : item.targets().changedAfterPassing() ? Rag.RED : Rag.AMBER;
    }
}
