package io.github.rectrack.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.rectrack.engine.reference.ReferenceRegister;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output files of the commands: a replaced file keeps its permissions; only a regular file is
 * replaced; an output is never an input, and its extension matches what is written; stale temporary
 * files are removed; an exporter that writes nothing keeps the good file.
 */
class OutputFilesTest extends CommandLineTest {

    private static final String LEICESTERSHIRE = "leicestershire-jarap-2020-10";
    private static final String EXPORTER = "io.github.rectrack.engine.spi.Exporter";

    private static final String SILENT = """
            package test.silent;

            import io.github.rectrack.engine.spi.Exporter;
            import io.github.rectrack.engine.spi.Options;
            import io.github.rectrack.engine.spi.Report;
            import java.io.OutputStream;
            import java.util.List;

            public final class SilentExporter implements Exporter {
                @Override public String id() { return "silent-test"; }
                @Override public String mediaType() { return "text/plain"; }
                @Override public List<String> fileExtensions() { return List.of("txt"); }
                @Override public void export(Report report, Options options, OutputStream out) {}
            }
            """;

    private static final String MAY_BE_EMPTY = """
            package test.empty;

            import io.github.rectrack.engine.spi.Exporter;
            import io.github.rectrack.engine.spi.Options;
            import io.github.rectrack.engine.spi.Report;
            import java.io.OutputStream;
            import java.util.List;

            public final class ChangesExporter implements Exporter {
                @Override public String id() { return "changes-test"; }
                @Override public String mediaType() { return "text/plain"; }
                @Override public List<String> fileExtensions() { return List.of("log"); }
                @Override public boolean mayWriteNothing() { return true; }
                @Override public void export(Report report, Options options, OutputStream out) {}
            }
            """;

    @TempDir
    static Path work;

    /** silent.jar, whose exporter writes nothing, and may-be-empty.jar, whose exporter declares it may. */
    static Path plugins;

    @BeforeAll
    static void buildPluginJars() throws IOException {
        Path classes = work.resolve("classes");
        PluginJars.compile(Map.of("test.silent.SilentExporter", SILENT, "test.empty.ChangesExporter", MAY_BE_EMPTY), classes);
        plugins = work.resolve("plugins");
        PluginJars.jar(plugins.resolve("silent.jar"), classes, List.of("test.silent.SilentExporter"),
                Map.of(EXPORTER, List.of("test.silent.SilentExporter")), "1.0");
        PluginJars.jar(plugins.resolve("may-be-empty.jar"), classes, List.of("test.empty.ChangesExporter"),
                Map.of(EXPORTER, List.of("test.empty.ChangesExporter")), "1.0");
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static Path leicestershire(Path file) throws IOException {
        try (InputStream in = ReferenceRegister.LEICESTERSHIRE_2020.open()) {
            Files.copy(in, file);
        }
        return file;
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    @Test
    void aReplacedFileKeepsItsOwnerOnlyPermissions(@TempDir Path dir) throws IOException {
        assumeThat(posix()).as("a POSIX file system").isTrue();
        Path register = dir.resolve("register.json");
        Files.writeString(register, "the old register\n");
        Files.setPosixFilePermissions(register, PosixFilePermissions.fromString("rw-------"));
        Path paper = dir.resolve("paper.docx");
        Files.writeString(paper, "the old paper\n");
        Files.setPosixFilePermissions(paper, PosixFilePermissions.fromString("rw-r-----"));

        assertThat(run("generate", "-n", "5", "-o", register.toString())).as(err.toString()).isZero();
        assertThat(run("report", "--example", LEICESTERSHIRE, "-o", paper.toString())).as(err.toString()).isZero();

        assertThat(register).content().startsWith("{");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(register))).isEqualTo("rw-------");
        assertThat(Files.readAllBytes(paper)).startsWith('P', 'K');
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(paper))).isEqualTo("rw-r-----");
        assertThat(files(dir)).containsExactly(paper, register);
    }

    @Test
    void aNewFileGetsTheUsualPermissionsForNewFiles(@TempDir Path dir) throws IOException {
        assumeThat(posix()).as("a POSIX file system").isTrue();
        Path direct = Files.createFile(dir.resolve("direct.json"));
        Path register = dir.resolve("register.json");
        assertThat(run("generate", "-n", "5", "-o", register.toString())).as(err.toString()).isZero();
        assertThat(Files.getPosixFilePermissions(register)).isEqualTo(Files.getPosixFilePermissions(direct));
    }

    @Test
    void aNamedPipeIsRefusedAndLeftAsItWas(@TempDir Path dir) throws Exception {
        assumeThat(posix()).as("a POSIX file system").isTrue();
        Path fifo = dir.resolve("paper.json");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeThat(e).as("mkfifo is available").isNull();
            return;
        }
        assumeThat(mkfifo.waitFor()).as("mkfifo made a named pipe").isZero();

        assertThat(run("report", "--example", LEICESTERSHIRE, "-o", fifo.toString())).isEqualTo(TrackerCommand.EXIT_USAGE);
        assertThat(err.toString()).contains("tracker: the output " + fifo
                + " is a special file (a named pipe, device or socket); only a regular file is replaced: name a new file or a regular one");
        assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS)).isTrue();
        assertThat(files(dir)).containsExactly(fifo);
    }

    @Test
    void aSymbolicLinkIsRefusedAndNeitherItNorItsTargetIsTouched(@TempDir Path dir) throws IOException {
        Path real = dir.resolve("real.json");
        Files.writeString(real, "the good register\n");
        Path link = dir.resolve("link.json");
        try {
            Files.createSymbolicLink(link, real);
        } catch (UnsupportedOperationException | IOException e) {
            assumeThat(e).as("symbolic links can be made here").isNull();
        }

        assertThat(run("generate", "-n", "5", "-o", link.toString())).isEqualTo(TrackerCommand.EXIT_USAGE);
        assertThat(err.toString()).contains("tracker: the output " + link + " is a symbolic link; only a regular file is replaced: "
                + "name a new file or a regular one (for example the link's target itself)");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(real).hasContent("the good register");
        assertThat(files(dir)).containsExactly(link, real);
    }

    @Test
    void aDirectoryIsRefused(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectory(dir.resolve("paper.json"));
        assertThat(run("report", "--example", LEICESTERSHIRE, "-o", folder.toString())).isEqualTo(TrackerCommand.EXIT_USAGE);
        assertThat(err.toString()).contains("tracker: the output " + folder + " is a directory");
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void importRefusesToWriteOverItsInputByAnyPath(@TempDir Path dir) throws IOException {
        Path register = leicestershire(dir.resolve("register.json"));
        byte[] before = Files.readAllBytes(register);
        Path other = dir.resolve("sub").resolve("..").resolve("register.json");
        Files.createDirectory(dir.resolve("sub"));

        assertThat(run("import", register.toString(), "-o", other.toString())).isEqualTo(TrackerCommand.EXIT_USAGE);
        assertThat(err.toString()).contains("tracker: the output " + other + " is the input " + register
                + "; writing it would replace what is being read: name another output file");
        assertThat(Files.readAllBytes(register)).isEqualTo(before);

        Path hardLink = dir.resolve("same.json");
        try {
            Files.createLink(hardLink, register);
        } catch (UnsupportedOperationException | IOException e) {
            return; // no hard links on this file system
        }
        assertThat(run("convert", hardLink.toString(), "-o", register.toString())).isEqualTo(TrackerCommand.EXIT_USAGE);
        assertThat(err.toString()).contains("tracker: the output " + register + " is the input " + hardLink);
        assertThat(Files.readAllBytes(register)).isEqualTo(before);
    }

    @Test
    void importWritesJsonOnlyToAJsonFile(@TempDir Path dir) throws IOException {
        Path workbook = dir.resolve("tracker.xlsx");
        assertThat(run("report", "--example", LEICESTERSHIRE, "-o", workbook.toString())).as(err.toString()).isZero();
        byte[] before = Files.readAllBytes(workbook);

        assertThat(run("import", workbook.toString(), "-o", workbook.toString())).isEqualTo(TrackerCommand.EXIT_USAGE);
        assertThat(err.toString()).contains("tracker: the output " + workbook
                + " does not end in .json (or that and .gz, to have it compressed), but the register in canonical JSON is written to it: name"
                + " the file with that extension");
        assertThat(Files.readAllBytes(workbook)).isEqualTo(before);

        Path other = dir.resolve("register.xlsx");
        assertThat(run("import", workbook.toString(), "-o", other.toString())).isEqualTo(TrackerCommand.EXIT_USAGE);
        assertThat(other).doesNotExist();

        Path json = dir.resolve("register.JSON");
        assertThat(run("import", workbook.toString(), "-o", json.toString())).as(err.toString()).isZero();
        assertThat(json).content().contains("\"seized-found-property-2018-4.1\"");
    }

    @Test
    void reportAndConvertWriteOnlyToTheExportersExtensions(@TempDir Path dir) throws IOException {
        Path paper = dir.resolve("paper.docx");
        assertThat(run("report", "--example", LEICESTERSHIRE, "--format", "csv", "-o", paper.toString())).isEqualTo(TrackerCommand.EXIT_USAGE);
        assertThat(err.toString()).contains("tracker: the output " + paper
                + " does not end in .csv (or that and .gz, to have it compressed), but exporter 'csv' is written to it: name the file"
                + " with that extension, "
                + "or choose the exporter for the file with --format");
        assertThat(paper).doesNotExist();

        Path register = leicestershire(dir.resolve("register.json"));
        Path workbook = dir.resolve("register.docx");
        assertThat(run("convert", register.toString(), "--format", "xlsx", "-o", workbook.toString())).isEqualTo(TrackerCommand.EXIT_USAGE);
        assertThat(err.toString()).contains("does not end in .xlsx (or that and .gz, to have it compressed), but exporter 'xlsx' is written to it");
        assertThat(workbook).doesNotExist();
    }

    @Test
    void reportRefusesToWriteOverItsTemplate(@TempDir Path dir) throws IOException {
        Path paper = dir.resolve("paper.docx");
        assertThat(run("report", "--example", LEICESTERSHIRE, "-o", paper.toString())).as(err.toString()).isZero();
        byte[] before = Files.readAllBytes(paper);
        assertThat(run("report", "--example", LEICESTERSHIRE, "--template", paper.toString(), "-o", paper.toString()))
                .isEqualTo(TrackerCommand.EXIT_USAGE);
        assertThat(err.toString()).contains("tracker: the output " + paper + " is the template " + paper);
        assertThat(Files.readAllBytes(paper)).isEqualTo(before);
    }

    @Test
    void staleTemporaryFilesOfKilledRunsAreRemovedByTheNextWriteIntoTheDirectory(@TempDir Path dir) throws IOException {
        Path stale = Files.writeString(dir.resolve(".paper.docx." + UUID.randomUUID() + ".tmp"), "register text of a killed run");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path fresh = Files.writeString(dir.resolve(".paper.docx." + UUID.randomUUID() + ".tmp"), "a run still writing");
        Path notOurs = Files.writeString(dir.resolve(".paper.docx.tmp"), "someone else's");
        Files.setLastModifiedTime(notOurs, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path register = dir.resolve("register.json");

        assertThat(run("generate", "-n", "5", "-o", register.toString())).as(err.toString()).isZero();

        assertThat(files(dir)).containsExactlyInAnyOrder(fresh, notOurs, register);
    }

    @Test
    void removingStaleTemporaryFilesKeepsDirectoriesAndLinksOfTheSameName(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectory(dir.resolve(".a." + UUID.randomUUID() + ".tmp"));
        Files.setLastModifiedTime(folder, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path stale = Files.writeString(dir.resolve(".b.json." + UUID.randomUUID() + ".tmp"), "old");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofHours(2))));

        assertThat(AtomicFiles.removeStaleTemporaryFiles(dir, Instant.now().minus(AtomicFiles.STALE_AFTER))).containsExactly(stale);
        assertThat(files(dir)).containsExactly(folder);
    }

    @Test
    void anExporterThatWritesNothingFailsAndKeepsTheGoodFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("report.txt");
        Files.writeString(target, "the good report\n");
        assertThat(run("--plugins", plugins.toString(), "report", "--example", LEICESTERSHIRE, "--format", "silent-test",
                "-o", target.toString())).isEqualTo(TrackerCommand.EXIT_USAGE);
        assertThat(err.toString()).contains("tracker: exporter 'silent-test' (test.silent.SilentExporter) wrote nothing; " + target
                + " was left as it was (an exporter whose output may be empty says so with Exporter.mayWriteNothing())");
        assertThat(target).hasContent("the good report");
        assertThat(files(dir)).containsExactly(target);
    }

    @Test
    void anExporterThatDeclaresItMayWriteNothingWritesAnEmptyFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("changes.log");
        Files.writeString(target, "last week's changes\n");
        assertThat(run("--plugins", plugins.toString(), "report", "--example", LEICESTERSHIRE, "-o", target.toString()))
                .as(err.toString()).isZero();
        assertThat(target).isEmptyFile();
    }
}
