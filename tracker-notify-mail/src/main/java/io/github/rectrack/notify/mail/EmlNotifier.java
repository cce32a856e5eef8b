package io.github.rectrack.notify.mail;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.engine.spi.Finding;
import io.github.rectrack.engine.spi.Notice;
import io.github.rectrack.engine.spi.Notifier;
import io.github.rectrack.engine.spi.Options;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The {@code eml} notifier: writes one RFC 5322 message per owner, {@code DIR/OWNER-ID.eml}, with the
 * owner's form attached, for a force to send with its own mail system (open it in a mail program, or
 * hand the directory to a mail gateway).
 *
 * <p>Options: {@code dir}, the directory to write into (required; created if missing); {@code from},
 * the sender's address (default {@value NoticeMessage#DEFAULT_FROM}). A notice without an address is
 * written without a {@code To:} header, for the sender to address by hand, and a warning says so.
 *
 * <p>The same notice gives the same bytes (see {@link NoticeMessage}). Each file is written to a
 * temporary file beside it and moved into place in one step, so a reader never sees half a message (on
 * POSIX file systems the file is readable by its owner only, as it holds an owner's address); a
 * file of that name that exists and is not a regular file (a directory, a symbolic link, a device) is
 * left alone and reported.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class EmlNotifier implements Notifier {

    /** Owner ids that can be file names as they are: no directory, no leading dot. */
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,200}");

    /** Creates the notifier; the service loader calls this. */
    public EmlNotifier() {}

    /**
     * The id, {@code eml}.
     *
     * @return {@code "eml"}
     */
    @Override
    public String id() {
        return "eml";
    }

    /**
     * What it does, for {@code tracker formats}.
     *
     * @return the description
     */
    @Override
    public String description() {
        return "writes one e-mail message (.eml) per owner with the form attached, to send with your own mail system";
    }

    /**
     * The options: {@code dir} and {@code from}.
     *
     * @return the option names
     */
    @Override
    public Set<String> optionNames() {
        return Set.of("dir", "from");
    }

    /**
     * Writes {@code DIR/OWNER-ID.eml}.
     *
     * @param notice the owner, the items and the form
     * @param options {@code dir} (required) and {@code from}
     * @return a notice naming the file written (a warning when it has no {@code To:}), or an error naming the
     *     owner when nothing was written
     * @throws IOException if the directory cannot be created or the file cannot be written
     * @throws IllegalArgumentException if an option is unknown, {@code dir} is missing or not a directory,
     *     or {@code from} is not an e-mail address
     */
    @Override
    public List<Finding> notify(Notice notice, Options options) throws IOException {
        options.requireOnly(id(), optionNames());
        Path dir = options.path("dir").orElseThrow(() -> new IllegalArgumentException(
                "'eml' needs the option dir: the directory to write one .eml file per owner into, for example dir=owners"));
        InternetAddress from = NoticeMessage.sender(id(), options.text("from").orElse(NoticeMessage.DEFAULT_FROM));
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IllegalArgumentException("'eml' option dir is not a directory: " + dir + "; give a directory to write .eml files into");
        }
        String where = "owner " + notice.owner().id();
        if (!FILE_NAME.matcher(notice.owner().id()).matches()) {
            return List.of(Finding.error(where, "not written: the owner's id '" + notice.owner().id() + "' cannot be used as a file name;"
                    + " ids of letters, digits, '.', '_' and '-', not starting with '.', can"));
        }
        Optional<InternetAddress> to;
        try {
            to = NoticeMessage.recipient(notice);
        } catch (AddressException e) {
            return List.of(Finding.error(where, "not written: the address book's address for " + notice.owner().name() + ", '"
                    + notice.address().orElse("") + "', is not an e-mail address (" + e.getMessage() + "); correct it in the address book"));
        }
        Files.createDirectories(dir);
        Path file = dir.resolve(notice.owner().id() + ".eml");
        Optional<String> special = special(file);
        if (special.isPresent()) {
            return List.of(Finding.error(where, "not written: " + file + " exists and is " + special.get()
                    + "; only a regular file is replaced. Move it away or choose another dir"));
        }
        byte[] bytes;
        try {
            bytes = NoticeMessage.bytes(NoticeMessage.build(notice, from, to, NoticeMessage.offlineSession()));
        } catch (MessagingException e) {
            return List.of(Finding.error(where, "not written: the message for " + notice.owner().name() + " could not be built: " + e.getMessage()));
        }
        writeAtomically(file, bytes);
        String items = notice.items().size() + (notice.items().size() == 1 ? " recommendation" : " recommendations");
        if (to.isEmpty()) {
            return List.of(Finding.warning(where, "wrote " + file + " (" + items + ") without a To: address: the address book has no"
                    + " address for " + notice.owner().name() + "; address it by hand before sending"));
        }
        return List.of(Finding.notice(where, "wrote " + file + " (" + items + ", to " + notice.address().get() + ")"));
    }

    /** What the file is, if it exists and is not a regular file. */
    private static Optional<String> special(Path file) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        if (attributes.isRegularFile()) {
            return Optional.empty();
        }
        return Optional.of(attributes.isDirectory() ? "a directory" : attributes.isSymbolicLink() ? "a symbolic link" : "a special file");
    }

    /** Writes to a temporary file beside the target, then moves it over the target in one step. */
    private static void writeAtomically(Path file, byte[] bytes) throws IOException {
        Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName() + ".", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                out.write(bytes);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
