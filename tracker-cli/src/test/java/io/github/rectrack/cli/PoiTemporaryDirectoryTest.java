package io.github.rectrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.poi.util.TempFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Apache POI's temporary files go to a private directory of the run, which closing removes. */
class PoiTemporaryDirectoryTest {

    @Test
    void poiWritesItsTemporaryFilesToAnOwnerOnlyDirectoryThatClosingRemoves() throws IOException {
        Path directory;
        File sheet;
        try (PoiTemporaryDirectory installed = PoiTemporaryDirectory.install()) {
            assertThat(installed.directory()).isEmpty();
            assertThat(runDirectories()).isEmpty();
            sheet = TempFile.createTempFile("poi-sxssf-sheet", ".xml");
            directory = installed.directory().orElseThrow();
            assertThat(runDirectories()).containsExactly(directory);
            assertThat(directory.getParent()).isEqualTo(Path.of(System.getProperty("java.io.tmpdir")));
            assertThat(directory.getFileName().toString()).startsWith("tracker-poi-");
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory))).isEqualTo("rwx------");
            }
            Files.writeString(sheet.toPath(), "<row>register text</row>");
            assertThat(sheet.toPath().getParent()).isEqualTo(directory);
            File second = TempFile.createTempFile("poi-sxssf-sheet", ".xml");
            assertThat(second.toPath().getParent()).isEqualTo(directory);
            assertThat(TempFile.createTempDirectory("poi-part").toPath().getParent()).isEqualTo(directory);
        }
        assertThat(sheet).doesNotExist();
        assertThat(directory).doesNotExist();
        File afterwards = TempFile.createTempFile("after", ".tmp");
        try {
            assertThat(afterwards.toPath().startsWith(directory)).isFalse();
        } finally {
            Files.deleteIfExists(afterwards.toPath());
        }
    }

    @Test
    void aRunThatWritesNoTemporaryFileMakesNoDirectory() {
        try (PoiTemporaryDirectory installed = PoiTemporaryDirectory.install()) {
            assertThat(installed.directory()).isEmpty();
        }
        assertThat(runDirectories()).isEmpty();
    }

    /** This process's run directories in the temporary directory. */
    private static java.util.List<Path> runDirectories() {
        String mine = PoiTemporaryDirectory.PREFIX + ProcessHandle.current().pid() + "-";
        try (java.util.stream.Stream<Path> entries = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return entries.filter(p -> p.getFileName().toString().startsWith(mine)).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theDirectoryOfARunThatWasKilledIsRemovedByTheNextAndALiveOneIsKept(@TempDir Path parent) throws Exception {
        Path killed = Files.createDirectory(parent.resolve(PoiTemporaryDirectory.PREFIX + deadPid() + "-123456"));
        Files.writeString(killed.resolve("poi-sxssf-sheet123.xml"), "<row>register text</row>");
        Path mine = Files.createDirectory(parent.resolve(PoiTemporaryDirectory.PREFIX + ProcessHandle.current().pid() + "-42"));
        Path unrelated = Files.createDirectory(parent.resolve("tracker-poi-report"));

        assertThat(PoiTemporaryDirectory.removeAbandoned(parent, Files.getOwner(parent))).containsExactly(killed);
        assertThat(killed).doesNotExist();
        assertThat(mine).isDirectory();
        assertThat(unrelated).isDirectory();
    }

    @Test
    void aRunStartedAfterAKilledOneRemovesItsDirectory() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Path killed = Files.createDirectory(tmp.resolve(PoiTemporaryDirectory.PREFIX + deadPid() + "-" + System.nanoTime()));
        Files.writeString(killed.resolve("poi-sxssf-sheet1.xml"), "<row/>");
        try (PoiTemporaryDirectory installed = PoiTemporaryDirectory.install()) {
            assertThat(killed).isDirectory();
            TempFile.createTempFile("poi-sxssf-sheet", ".xml");
            assertThat(installed.directory().orElseThrow().getFileName().toString()).startsWith(PoiTemporaryDirectory.PREFIX
                    + ProcessHandle.current().pid() + "-");
            assertThat(killed).doesNotExist();
        }
    }

    /** A process id no process has: above Linux's largest (4,194,304) and checked. */
    private static long deadPid() {
        long pid = 999_999_937L;
        assertThat(ProcessHandle.of(pid)).isEmpty();
        return pid;
    }
}
