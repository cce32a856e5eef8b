package io.github.rectrack.testkit;

import java.io.ByteArrayOutputStream;

/** Collects bytes and records whether anyone called {@link #close()}. */
final class CloseRecordingOutputStream extends ByteArrayOutputStream {

    private volatile boolean closed;

    @Override
    public void close() {
        closed = true;
    }

    boolean closed() {
        return closed;
    }
}
