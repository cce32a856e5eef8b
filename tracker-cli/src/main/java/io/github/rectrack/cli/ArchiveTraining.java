package io.github.rectrack.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * Runs the commands people run most, on a bundled register, so that the JVM can write the classes they load to
 * a class-data-sharing archive ({@code -XX:ArchiveClassesAtExit}): the build runs it once to write {@code
 * tracker.jsa} beside {@code tracker.jar}, and the {@code tracker} launcher starts from that archive. What the
 * commands print is thrown away and the files they write are removed; a command that fails stops the run
 * with exit code 1, so that a broken build is not archived.
 */
public final class ArchiveTraining {

    private static final String EXAMPLE = "leicestershire-jarap-2020-10";

    private ArchiveTraining() {
    }

    /**
     * Runs the commands.
     *
     * @param args none
     * @throws IOException if the temporary folder cannot be made or removed
     */
    public static void main(String[] args) throws IOException {
        TrackerCommand.chooseLibraryLogging();
        Path dir = Files.createTempDirectory("tracker-archive-training");
        PrintStream out = System.out;
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
        int failed = 0;
        try {
            System.setOut(nowhere);
            String register = dir.resolve("register.json").toString();
            String workbook = dir.resolve("tracker.xlsx").toString();
            List<List<String>> runs = List.of(
                    List.of("--version"),
                    List.of("summary", "--example", EXAMPLE),
                    List.of("validate", "--example", EXAMPLE),
                    List.of("generate", "-n", "300", "-s", "1", "-o", register),
                    List.of("summary", register),
                    List.of("show", register, "overdue"),
                    List.of("report", register, "-o", dir.resolve("report.csv").toString()),
                    List.of("report", register, "-o", workbook),
                    List.of("report", register, "-o", dir.resolve("paper.docx").toString()),
                    List.of("import", workbook, "-o", dir.resolve("imported.json").toString()));
            for (List<String> run : runs) {
                CommandLine cli = TrackerCommand.commandLine();
                cli.setOut(new java.io.PrintWriter(nowhere));
                cli.setErr(new java.io.PrintWriter(nowhere));
                int code = cli.execute(run.toArray(String[]::new));
                if (code != TrackerCommand.EXIT_OK) {
                    failed++;
                    System.err.println("tracker " + String.join(" ", run) + " exited with " + code);
                }
            }
        } finally {
            System.setOut(out);
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
        if (failed > 0) {
            System.exit(1);
        }
    }
}
