package io.github.rectrack.engine.rag;

import io.github.rectrack.engine.spi.rag.RagPolicy;
import io.github.rectrack.engine.spi.rag.RagSettings;

/** A policy whose constructor fails, to show that one broken plug-in does not stop the others. */
public final class BrokenPolicy implements RagPolicy {

    /** Always fails. */
    public BrokenPolicy() {
        throw new IllegalStateException("licence file missing");
    }

    @Override
    public String id() {
        return "broken";
    }

    @Override
    public Colouring configure(RagSettings settings) {
        throw new UnsupportedOperationException();
    }
}
