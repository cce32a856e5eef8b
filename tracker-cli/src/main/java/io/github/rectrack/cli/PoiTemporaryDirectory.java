package io.github.rectrack.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;

/**
 * A private directory for Apache POI's temporary files during one run of the command: the xlsx
 * exporter streams its sheets, register text included, through temporary files, which POI otherwise puts
 * in a {@code poifiles} directory of the system's temporary directory, shared by every user and kept
 * when a run is killed.
 *
 * <p>{@link #install()} creates a directory {@code tracker-poi-*} in {@code java.io.tmpdir}, readable
 * only by its owner ({@code 0700} on POSIX file systems), and makes POI create its temporary files
 * there ({@link TempFile#setTempFileCreationStrategy}, which is the whole JVM's setting: this is for
 * the command's own process, never for a program that embeds the engine). {@link #close()} removes the
 * directory with everything in it and gives POI back its default; a shutdown hook does the same when
 * the process is ended by a signal such as SIGTERM or SIGINT. Only {@code kill -9} (SIGKILL) leaves the
 * directory behind, still readable only by its owner.
 */
final class PoiTemporaryDirectory implements AutoCloseable {

    /** The directories' names: this, the process id, a dash and a random number. */
    static final String PREFIX = "tracker-poi-p";

    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("tracker-poi-p(\\d+)-\\d+");

    private final Path directory;
    private final Thread hook;

    private PoiTemporaryDirectory(Path directory) {
        this.directory = directory;
        this.hook = new Thread(() -> remove(), "tracker-poi-temporary-files");
    }

    /**
     * Creates the private directory and makes POI use it until {@link #close()}.
     *
     * @return the directory, to close when the run ends
     * @throws IOException if the directory cannot be created
     */
    static PoiTemporaryDirectory install() throws IOException {
        Path parent = Path.of(System.getProperty("java.io.tmpdir"));
        boolean posix = Files.getFileAttributeView(parent, PosixFileAttributeView.class) != null;
        FileAttribute<?>[] ownerOnly = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))}
                : new FileAttribute<?>[0];
        Path directory = Files.createTempDirectory(parent, PREFIX + ProcessHandle.current().pid() + "-", ownerOnly);
        removeAbandoned(parent, Files.getOwner(directory));
        PoiTemporaryDirectory installed = new PoiTemporaryDirectory(directory);
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(directory.toFile()));
        Runtime.getRuntime().addShutdownHook(installed.hook);
        return installed;
    }

    /**
     * The directory.
     *
     * @return its path
     */
    /**
     * Removes the directories of runs that were killed (kill -9 runs no shutdown hook): those named for a
     * process that is no longer running and owned by the same user. A directory of a running process, or of
     * another user, is left alone.
     *
     * @param parent the temporary directory
     * @param owner the user running this process
     * @return the directories removed
     */
    static java.util.List<Path> removeAbandoned(Path parent, java.nio.file.attribute.UserPrincipal owner) {
        java.util.List<Path> removed = new java.util.ArrayList<>();
        try (java.util.stream.Stream<Path> entries = Files.list(parent)) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                java.util.regex.Matcher name = NAME.matcher(entry.getFileName().toString());
                if (!name.matches() || !Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                long pid;
                try {
                    pid = Long.parseLong(name.group(1));
                } catch (NumberFormatException e) {
                    continue;
                }
                boolean running = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
                if (running || !owner.equals(Files.getOwner(entry, LinkOption.NOFOLLOW_LINKS))) {
                    continue;
                }
                if (new PoiTemporaryDirectory(entry).remove().isEmpty()) {
                    removed.add(entry);
                }
            }
        } catch (IOException | RuntimeException e) {
            // tidying up after other runs must never stop this one
        }
        return removed;
    }

    Path directory() {
        return directory;
    }

    /**
     * Removes the directory and everything in it, and gives POI back its default temporary files.
     *
     * @throws UncheckedIOException naming the directory, if it could not be removed
     */
    @Override
    public void close() {
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the process is already shutting down: the hook removes the directory
        }
        remove().ifPresent(e -> {
            throw new UncheckedIOException("could not remove the temporary directory " + directory + ": " + e.getMessage(), e);
        });
    }

    /** Removes the directory; what went wrong, if it is still there. */
    private Optional<IOException> remove() {
        try {
            Files.walkFileTree(directory, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (NoSuchFileException e) {
            // already removed
        } catch (IOException e) {
            if (Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
