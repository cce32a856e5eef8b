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

/** Apache POI's temporary files go to a private directory of the run, which closing removes. */
class PoiTemporaryDirectoryTest {

    @Test
    void poiWritesItsTemporaryFilesToAnOwnerOnlyDirectoryThatClosingRemoves() throws IOException {
        Path directory;
        File sheet;
        try (PoiTemporaryDirectory installed = PoiTemporaryDirectory.install()) {
            directory = installed.directory();
            assertThat(directory).isDirectory().isEmptyDirectory();
            assertThat(directory.getParent()).isEqualTo(Path.of(System.getProperty("java.io.tmpdir")));
            assertThat(directory.getFileName().toString()).startsWith("tracker-poi-");
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory))).isEqualTo("rwx------");
            }
            sheet = TempFile.createTempFile("poi-sxssf-sheet", ".xml");
            Files.writeString(sheet.toPath(), "<row>register text</row>");
            assertThat(sheet.toPath().getParent()).isEqualTo(directory);
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
}
