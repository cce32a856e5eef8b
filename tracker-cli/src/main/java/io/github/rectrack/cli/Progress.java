package io.github.rectrack.cli;

import io.github.rectrack.engine.spi.WorkProgress;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar over the phases of a long run (read, validate, evaluate, write), drawn on standard
 * error with {@code me.tongfei:progressbar}. It is shown only when the process has a console and
 * standard error is a terminal, so pipes, files, CI logs and tests stay quiet; otherwise every method
 * does nothing. The bar is cleared when the run ends.
 *
 * <p>Within a phase the bar moves with the work: while a file is read ({@link #reading}) by the share of its
 * bytes read, and while the output is written ({@link #writing}) its message counts the bytes written, so a
 * long read or write never shows a bar that stands still. Each phase is {@value #STEPS} steps of the bar. The
 * display of the running command is {@link #current()}, for the code that opens its files.
 *
 * <p>An importer or exporter that reports how far it has gone ({@link WorkProgress}, handed to it as {@link
 * #work()}) moves the bar through the current phase by its own measure, and its count becomes the message
 * ("read 12,345 rows"). From its first report in a phase it alone moves the bar there, so the bytes of a file
 * copied before the real work (an .xlsx workbook is copied to a temporary file, then parsed) do not fill the
 * phase first.
 */
final class Progress implements AutoCloseable {

    /** The steps of the bar a phase takes. */
    static final int STEPS = 1000;

    private static final ThreadLocal<Progress> CURRENT = new ThreadLocal<>();

    private final List<String> phases;
    private final ProgressBar bar;
    private int current = -1;
    private boolean closed;
    /** Whether a plug-in has reported in the current phase, which then leaves the bytes read out of the bar. */
    private boolean reported;

    Progress(List<String> phases, ProgressBar bar) {
        this.phases = phases;
        this.bar = bar;
        if (bar != null) {
            CURRENT.set(this);
        }
    }

    /** @return the display of the command running on this thread, if it shows one */
    static java.util.Optional<Progress> current() {
        return java.util.Optional.ofNullable(CURRENT.get());
    }

    /**
     * Starts a progress display.
     *
     * @param task what to call the work
     * @param show whether to draw anything
     * @param phases the phases, in order
     * @return the display; a silent one if {@code show} is false or the terminal cannot be used
     */
    static Progress start(String task, boolean show, String... phases) {
        List<String> names = List.of(phases);
        if (!show) {
            return new Progress(names, null);
        }
        try {
            ProgressBar bar = new ProgressBarBuilder()
                    .setTaskName(task)
                    .setInitialMax((long) names.size() * STEPS)
                    .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err))
                    .setUpdateIntervalMillis(100)
                    .hideEta()
                    .clearDisplayOnFinish()
                    .build();
            return new Progress(names, bar);
        } catch (RuntimeException | LinkageError e) {
            return new Progress(names, null); // no usable terminal after all: stay quiet
        }
    }

    /**
     * Whether progress can be shown: the process has a console (standard input and output are a
     * terminal) and standard error is a terminal too, and the terminal is not a dumb one.
     *
     * @return true on an interactive terminal
     */
    static boolean onTerminal() {
        if (System.console() == null || "dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        Path stderr = Path.of("/proc/self/fd/2");
        try {
            if (Files.isSymbolicLink(stderr)) {
                String target = Files.readSymbolicLink(stderr).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
        return true; // no /proc (macOS, Windows): the console is the best sign there is
    }

    /**
     * Moves on to a phase: the phases before it count as done.
     *
     * @param phase one of the phases given at the start
     */
    void phase(String phase) {
        if (bar == null || closed) {
            return;
        }
        int index = phases.indexOf(phase);
        if (index > current) {
            current = index;
            reported = false;
            bar.stepTo((long) index * STEPS);
            bar.setExtraMessage(phase);
        }
    }

    /** @return the bar's message: the phase, and while writing the megabytes written; empty for a display that shows nothing */
    String message() {
        return bar == null ? "" : bar.getExtraMessage();
    }

    /** @return where the bar stands, in steps ({@value #STEPS} a phase); 0 for a display that shows nothing */
    long position() {
        return bar == null ? 0 : bar.getCurrent();
    }

    /**
     * A stream that moves the bar through the current phase as its bytes are read.
     *
     * @param in the stream of a file
     * @param size the file's size in bytes; 0 or less if not known, when the stream is returned as it is
     * @return the stream to read
     */
    InputStream reading(InputStream in, long size) {
        if (bar == null || closed || size <= 0 || current < 0) {
            return in;
        }
        long start = (long) current * STEPS;
        return new FilterInputStream(in) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    advance(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    advance(n);
                }
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                long skipped = super.skip(n);
                advance(skipped);
                return skipped;
            }

            private void advance(long n) {
                read += n;
                if (!closed && !reported) {
                    bar.stepTo(start + Math.min(STEPS - 1, read * STEPS / size));
                }
            }
        };
    }

    /**
     * A stream that counts the bytes written through it in the bar's message ("write 12 MB").
     *
     * @param out where the output goes
     * @return the stream to write to
     */
    OutputStream writing(OutputStream out) {
        if (bar == null || closed) {
            return out;
        }
        String phase = current >= 0 ? phases.get(current) : "write";
        return new FilterOutputStream(out) {
            private long written;
            private long shown = -1;

            @Override
            public void write(int b) throws IOException {
                out.write(b);
                count(1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
                count(len);
            }

            private void count(long n) {
                written += n;
                long megabytes = written >> 20;
                if (megabytes != shown && !closed) {
                    shown = megabytes;
                    bar.setExtraMessage(phase + " " + megabytes + " MB");
                }
            }
        };
    }

    /**
     * Where an importer or exporter reports how far it has gone within the current phase: its measure ({@code
     * done} out of {@code total}) moves the bar through the phase, short of its end, and its count is the
     * message, "read 12,345 rows", with the phase's name in front. The bar is redrawn only when it moves a step
     * or the count has grown by a hundredth since it was last shown, so reporting every row costs little.
     *
     * @return the receiver of the reports; {@link WorkProgress#NONE} for a display that shows nothing
     */
    WorkProgress work() {
        if (bar == null || closed) {
            return WorkProgress.NONE;
        }
        int phase = current;
        return new WorkProgress() {
            private long shownStep = -1;
            private long shownCount = -1;

            @Override
            public void report(long count, String unit, long done, long total) {
                if (closed || phase != current || phase < 0) {
                    return; // the phase it was made for has ended
                }
                reported = true;
                long step = total > 0 ? Math.min(STEPS - 1, Math.max(0, done) * STEPS / total) : shownStep;
                boolean moved = step != shownStep;
                boolean counted = count != shownCount && (shownCount < 0 || count - shownCount >= Math.max(1, shownCount / 100)
                        || total > 0 && done >= total);
                if (moved) {
                    shownStep = step;
                    bar.stepTo((long) phase * STEPS + Math.max(0, step));
                }
                if (moved || counted) {
                    shownCount = count;
                    bar.setExtraMessage(String.format(Locale.UK, "%s %,d %s", phases.get(phase), count, unit));
                }
            }
        };
    }

    /** Completes and clears the bar; later calls do nothing. */
    @Override
    public void close() {
        if (bar != null && !closed) {
            closed = true;
            bar.stepTo((long) phases.size() * STEPS);
            bar.close();
        }
        if (CURRENT.get() == this) {
            CURRENT.remove();
        }
    }
}
