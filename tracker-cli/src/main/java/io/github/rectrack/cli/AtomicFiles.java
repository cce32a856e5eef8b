package io.github.rectrack.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Writes output files so that a failed run never leaves a half-written file over a good one: the
 * content goes to a temporary file beside the target, named {@code .NAME.<uuid>.tmp}, which is then
 * moved over it in one step.
 *
 * <p>A new file is created with the usual permissions for new files, as if written directly. A file that
 * is replaced keeps its POSIX permissions, and its owner and group where the process may set them (a
 * file of someone else's, replaced by an ordinary user, becomes the user's). The temporary file has the
 * target's permissions before anything is written to it, so a {@code 0600} file's content is never
 * readable by others on the way.
 *
 * <p>Only a regular file is ever replaced: a target that exists and is a directory, a symbolic link (even
 * one to a regular file), a named pipe, a device or a socket is refused ({@link #checkTarget(Path)}),
 * rather than replacing the node itself or writing through it.
 *
 * <p>Temporary files of a run that was killed are removed by the next write into the same directory,
 * once they are older than {@link #STALE_AFTER}: only regular files named exactly as this class names
 * them.
 */
final class AtomicFiles {

    /** How old a temporary file left by another run must be before a write into its directory removes it. */
    static final Duration STALE_AFTER = Duration.ofHours(1);

    /** The names of this class's temporary files: {@code .NAME.<uuid>.tmp}. */
    private static final Pattern TEMPORARY_NAME = Pattern.compile(
            "\\..+\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.tmp");

    /** Writes content to a stream. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {}

    /**
     * Writes a file atomically, after removing stale temporary files of earlier runs from its directory.
     *
     * @param target the file to write or replace
     * @param content what to write
     * @throws IOException if writing fails; the target is then untouched
     * @throws IllegalArgumentException if the target exists and is not a regular file
     */
    static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        if (directory == null || !Files.isDirectory(directory)) {
            throw new NoSuchFileException(String.valueOf(directory), null, "the directory to write " + target.getFileName() + " in does not exist");
        }
        Optional<BasicFileAttributes> existing = checkTarget(target);
        removeStaleTemporaryFiles(directory, Instant.now().minus(STALE_AFTER));
        Optional<PosixFileAttributes> posix = existing.isPresent() ? posixAttributes(absolute) : Optional.empty();
        Path temporary = directory.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
            if (posix.isPresent()) {
                Files.setPosixFilePermissions(temporary, posix.get().permissions());
            }
            try (OutputStream file = Files.newOutputStream(temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                    OutputStream out = compressed(absolute) ? new java.util.zip.GZIPOutputStream(file, 1 << 16)
                            : new BufferedOutputStream(file, 1 << 16)) {
                content.writeTo(out);
            }
            if (posix.isPresent()) {
                keepOwner(temporary, posix.get());
            }
            Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * A file's name without a final {@code .gz}, in lower case: the name that says what it holds.
     *
     * @param file the file
     * @return its name, without {@code .gz}
     */
    static String uncompressedName(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        return name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    }

    /** Whether a file is written compressed with gzip: its name ends in {@code .gz} (a register as {@code .json.gz}). */
    static boolean compressed(Path target) {
        return String.valueOf(target.getFileName()).toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    /**
     * Checks that a file may be written: it is absent, or a regular file (not a symbolic link).
     *
     * @param target the file to write
     * @return the attributes of the file, if it exists
     * @throws IllegalArgumentException naming what the target is, if it exists and is not a regular file
     * @throws IOException if the target's attributes cannot be read
     */
    static Optional<BasicFileAttributes> checkTarget(Path target) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        if (attributes.isRegularFile()) {
            io.github.rectrack.engine.journal.Journal journal = io.github.rectrack.engine.journal.Journal.beside(target);
            if (journal.exists()) {
                throw new IllegalArgumentException("the output " + target + " has a journal beside it (" + journal.file()
                        + ") holding the changes recorded since it was written; writing over " + target.getFileName()
                        + " would strand them. Write to another file, or move the journal aside first");
            }
            return Optional.of(attributes);
        }
        String kind = attributes.isSymbolicLink() ? "a symbolic link"
                : attributes.isDirectory() ? "a directory"
                : "a special file (a named pipe, device or socket)";
        throw new IllegalArgumentException("the output " + target + " is " + kind
                + "; only a regular file is replaced: name a new file or a regular one"
                + (attributes.isSymbolicLink() ? " (for example the link's target itself)" : ""));
    }

    /**
     * Refuses to write over an input: the output must not be the same file as the input, by any path to it
     * (another spelling, a symbolic link, a hard link).
     *
     * @param output the file to write
     * @param input a file the run reads
     * @param role what to call the input in the message, such as "the input"
     * @throws IllegalArgumentException if they are the same file
     * @throws IOException if the files cannot be compared
     */
    static void refuseSameFile(Path output, Path input, String role) throws IOException {
        if (input == null || !Files.exists(output) || !Files.exists(input)) {
            return;
        }
        if (Files.isSameFile(output, input)) {
            throw new IllegalArgumentException("the output " + output + " is " + role + " " + input
                    + "; writing it would replace what is being read: name another output file");
        }
    }

    /**
     * Refuses an output file whose extension does not match what is written. A name ending in {@code .gz} after
     * the extension is accepted too: such a file is written compressed ({@link #compressed}).
     *
     * @param output the file to write
     * @param extensions the extensions accepted, without the dot; none means any name is accepted
     * @param what what is written, for the message, such as "canonical JSON" or "exporter 'csv'"
     * @throws IllegalArgumentException naming the extensions accepted, if the file's does not match
     */
    static void requireExtension(Path output, List<String> extensions, String what) {
        if (extensions.isEmpty()) {
            return;
        }
        String name = uncompressedName(output);
        for (String extension : extensions) {
            if (name.endsWith("." + extension.toLowerCase(Locale.ROOT))) {
                return;
            }
        }
        throw new IllegalArgumentException("the output " + output + " does not end in ." + String.join(", .", extensions)
                + " (or that and .gz, to have it compressed)"
                + ", but " + what + " is written to it: name the file with " + (extensions.size() == 1 ? "that extension" : "one of those extensions")
                + (what.startsWith("exporter") ? ", or choose the exporter for the file with --format" : ""));
    }

    /**
     * Removes the temporary files that runs which were killed left in a directory: regular files named
     * {@code .NAME.<uuid>.tmp} last modified before a moment. Files that cannot be removed are left.
     *
     * @param directory the directory
     * @param before the moment; files modified at or after it are kept
     * @return the files removed
     * @throws IOException if the directory cannot be listed
     */
    static List<Path> removeStaleTemporaryFiles(Path directory, Instant before) throws IOException {
        List<Path> removed = new ArrayList<>();
        FileTime limit = FileTime.from(before);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory,
                file -> TEMPORARY_NAME.matcher(file.getFileName().toString()).matches())) {
            for (Path file : files) {
                try {
                    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    if (attributes.isRegularFile() && attributes.lastModifiedTime().compareTo(limit) < 0) {
                        Files.delete(file);
                        removed.add(file);
                    }
                } catch (FileSystemException e) {
                    // another run removed it, or it belongs to someone this process may not touch: leave it
                }
            }
        }
        return removed;
    }

    private static Optional<PosixFileAttributes> posixAttributes(Path file) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        return view == null ? Optional.empty() : Optional.of(view.readAttributes());
    }

    /** Gives the new file the replaced file's owner and group where this process may; a refusal keeps the process's. */
    private static void keepOwner(Path file, PosixFileAttributes original) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        PosixFileAttributes now = view.readAttributes();
        try {
            if (!now.group().equals(original.group())) {
                view.setGroup(original.group());
            }
            if (!now.owner().equals(original.owner())) {
                view.setOwner(original.owner());
            }
        } catch (FileSystemException e) {
            // only a privileged process may give a file away; the permissions are kept all the same
        }
        Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
        permissions.addAll(original.permissions());
        view.setPermissions(permissions); // a change of owner may clear set-user-id bits: state them again
    }
}
