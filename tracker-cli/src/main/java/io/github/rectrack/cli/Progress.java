package io.github.rectrack.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar over the phases of a long run (read, validate, evaluate, write), drawn on standard
 * error with {@code me.tongfei:progressbar}. It is shown only when the process has a console and
 * standard error is a terminal, so pipes, files, CI logs and tests stay quiet; otherwise every method
 * does nothing. The bar is cleared when the run ends.
 */
final class Progress implements AutoCloseable {

    private final List<String> phases;
    private final ProgressBar bar;
    private int current = -1;
    private boolean closed;

    private Progress(List<String> phases, ProgressBar bar) {
        this.phases = phases;
        this.bar = bar;
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
                    .setInitialMax(names.size())
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
            bar.stepTo(index);
            bar.setExtraMessage(phase);
        }
    }

    /** Completes and clears the bar; later calls do nothing. */
    @Override
    public void close() {
        if (bar != null && !closed) {
            closed = true;
            bar.stepTo(phases.size());
            bar.close();
        }
    }
}
