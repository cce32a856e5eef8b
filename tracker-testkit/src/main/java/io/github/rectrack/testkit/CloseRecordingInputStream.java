package io.github.rectrack.testkit;

import java.io.ByteArrayInputStream;

/** Serves bytes and records whether anyone called {@link #close()}. */
final class CloseRecordingInputStream extends ByteArrayInputStream {

    private volatile boolean closed;

    CloseRecordingInputStream(byte[] bytes) {
        super(bytes);
    }

    @Override
    public void close() {
        closed = true;
    }

    boolean closed() {
        return closed;
    }
}
