package io.github.rectrack.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** What the command tests share: run {@code tracker} in-process and keep what it printed. */
abstract class CommandLineTest {

    /** Standard output of the runs so far. */
    protected final StringWriter out = new StringWriter();

    /** Standard error of the runs so far. */
    protected final StringWriter err = new StringWriter();

    /**
     * Runs {@code tracker} with the arguments.
     *
     * @param args the arguments
     * @return the exit code
     */
    protected int run(String... args) {
        CommandLine cli = TrackerCommand.commandLine(args);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }
}
