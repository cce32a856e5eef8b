package io.github.rectrack.cli;

import java.io.File;
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
import org.apache.poi.util.TempFileCreationStrategy;

/**
 * A private directory for Apache POI's temporary files during one run of the command: the xlsx
 * exporter streams its sheets, register text included, through temporary files, which POI otherwise puts
 * in a {@code poifiles} directory of the system's temporary directory, shared by every user and kept
 * when a run is killed.
 *
 * <p>{@link #install()} makes POI create its temporary files through this class
 * ({@link TempFile#setTempFileCreationStrategy}, which is the whole JVM's setting: this is for the command's own
 * process, never for a program that embeds the engine). The directory itself is made when POI first asks for a
 * temporary file, so a command that writes none (a summary, a validation) does no file work at start-up: it is
 * {@code tracker-poi-*} in {@code java.io.tmpdir}, readable only by its owner ({@code 0700} on POSIX file
 * systems), and making it also removes the directories of earlier runs that were killed. {@link #close()} removes
 * the directory with everything in it and gives POI back its default; a shutdown hook does the same when the
 * process is ended by a signal such as SIGTERM or SIGINT. Only {@code kill -9} (SIGKILL) leaves the directory
 * behind, still readable only by its owner.
 */
final class PoiTemporaryDirectory implements AutoCloseable {

    /** The directories' names: this, the process id, a dash and a random number. */
    static final String PREFIX = "tracker-poi-p";

    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("tracker-poi-p(\\d+)-\\d+");

    private final Path parent;
    /** The directory once made; guarded by this. */
    private Path directory;
    /** Removes the directory when the process is ended by a signal; added when the directory is made. */
    private Thread hook;
    /** Whether {@link #close()} has run; guarded by this. */
    private boolean closed;

    private PoiTemporaryDirectory(Path parent) {
        this.parent = parent;
    }

    /**
     * Makes POI create its temporary files in a private directory of this run, made when the first is asked for,
     * until {@link #close()}.
     *
     * @return the directory, to close when the run ends
     */
    static PoiTemporaryDirectory install() {
        PoiTemporaryDirectory installed = new PoiTemporaryDirectory(Path.of(System.getProperty("java.io.tmpdir")));
        TempFile.setTempFileCreationStrategy(installed.new Strategy());
        return installed;
    }

    /**
     * POI's temporary files and directories, in the private directory, which the first of them makes. Where it
     * cannot be made, a warning says so once and POI's shared directory is used, as it would be without this.
     */
    private final class Strategy implements TempFileCreationStrategy {

        private final TempFileCreationStrategy shared = new DefaultTempFileCreationStrategy();
        private boolean warned;

        @Override
        public File createTempFile(String prefix, String suffix) throws IOException {
            Path in = privateOrNull();
            return in == null ? shared.createTempFile(prefix, suffix) : Files.createTempFile(in, prefix, suffix).toFile();
        }

        @Override
        public File createTempDirectory(String prefix) throws IOException {
            Path in = privateOrNull();
            return in == null ? shared.createTempDirectory(prefix) : Files.createTempDirectory(in, prefix).toFile();
        }

        private Path privateOrNull() {
            try {
                return made();
            } catch (IOException e) {
                synchronized (this) {
                    if (!warned) {
                        warned = true;
                        System.err.println("tracker: warning: " + e.getMessage() + "; Excel files are written through the shared one");
                    }
                }
                return null;
            }
        }
    }

    /**
     * The directory, made now if it was not yet.
     *
     * @throws IOException naming the temporary directory, if it cannot be made there
     */
    synchronized Path made() throws IOException {
        if (closed) {
            throw new IllegalStateException("the run's temporary directory has been removed");
        }
        if (directory == null) {
            boolean posix = Files.getFileAttributeView(parent, PosixFileAttributeView.class) != null;
            FileAttribute<?>[] ownerOnly = posix
                    ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))}
                    : new FileAttribute<?>[0];
            Path made;
            try {
                made = Files.createTempDirectory(parent, PREFIX + ProcessHandle.current().pid() + "-", ownerOnly);
            } catch (IOException e) {
                throw new IOException("no private directory for temporary files could be made in " + parent + " ("
                        + e.getMessage() + ")", e);
            }
            removeAbandoned(parent, Files.getOwner(made));
            Path removing = made;
            hook = new Thread(() -> remove(removing), "tracker-poi-temporary-files");
            Runtime.getRuntime().addShutdownHook(hook);
            directory = made;
        }
        return directory;
    }

    /**
     * The directory, if it has been made.
     *
     * @return its path, or empty while POI has asked for no temporary file
     */
    synchronized Optional<Path> directory() {
        return Optional.ofNullable(directory);
    }

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
                if (remove(entry).isEmpty()) {
                    removed.add(entry);
                }
            }
        } catch (IOException | RuntimeException e) {
            // tidying up after other runs must never stop this one
        }
        return removed;
    }

    /**
     * Removes the directory and everything in it, if it was made, and gives POI back its default temporary files.
     *
     * @throws UncheckedIOException naming the directory, if it could not be removed
     */
    @Override
    public synchronized void close() {
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
        closed = true;
        if (directory == null) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the process is already shutting down: the hook removes the directory
        }
        remove(directory).ifPresent(e -> {
            throw new UncheckedIOException("could not remove the temporary directory " + directory + ": " + e.getMessage(), e);
        });
    }

    /** Removes a directory and everything in it; what went wrong, if it is still there. */
    private static Optional<IOException> remove(Path directory) {
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
