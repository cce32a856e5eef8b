package io.github.rectrack.engine.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.model.Person;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What a {@link Notifier} tells one owner: which of their recommendations need an update, by when, and
 * the form to fill in and return.
 *
 * <p>A register holds no e-mail addresses (a public copy must never carry one): the address comes from
 * an address book the caller keeps. A notice without one can still be written for someone to address by
 * hand; a notifier that sends it refuses it with a finding.
 *
 * @param registerId the register's id
 * @param organisation the organisation the register belongs to, for example "Leicestershire Police"
 * @param owner the owner the notice is for
 * @param address the owner's e-mail address, from the caller's address book; empty if it has none
 * @param asOf the day of the request
 * @param replyBy the day the form should be back by, if one was set
 * @param requestedBy who asks for the update: a person id, a role or a team
 * @param items the owner's recommendations the form asks about, in the form's order
 * @param form the form to fill in and return
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record Notice(String registerId, String organisation, Person owner, Optional<String> address, LocalDate asOf,
        Optional<LocalDate> replyBy, String requestedBy, List<Item> items, Attachment form) {

    /**
     * Checks for nulls and blank texts, and copies the list.
     *
     * @param registerId the register's id
     * @param organisation the organisation the register belongs to, for example "Leicestershire Police"
     * @param owner the owner the notice is for
     * @param address the owner's e-mail address, from the caller's address book; empty if it has none
     * @param asOf the day of the request
     * @param replyBy the day the form should be back by, if one was set
     * @param requestedBy who asks for the update: a person id, a role or a team
     * @param items the owner's recommendations the form asks about, in the form's order
     * @param form the form to fill in and return
     */
    public Notice {
        Objects.requireNonNull(registerId, "registerId");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(replyBy, "replyBy");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(form, "form");
        if (registerId.isBlank()) {
            throw new IllegalArgumentException("a notice needs the register's id; it was blank");
        }
        if (address.isPresent() && address.get().isBlank()) {
            throw new IllegalArgumentException("the address of owner '" + owner.id()
                    + "' is blank; give Optional.empty() for an owner without an address");
        }
        items = List.copyOf(items);
    }

    /**
     * One recommendation the owner is asked to update.
     *
     * @param recommendationId the recommendation's id in the register
     * @param reference the reference as the source prints it, for example "4.1"
     * @param title the recommendation's title
     * @param target the target in force, as the paper prints it (for example "31 March 2021"); empty if none
     * @param daysOverdue days past the target on the notice's day; 0 if not overdue
     */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    public record Item(String recommendationId, String reference, String title, Optional<String> target, long daysOverdue) {

        /**
         * Checks for nulls and a negative count.
         *
         * @param recommendationId the recommendation's id in the register
         * @param reference the reference as the source prints it, for example "4.1"
         * @param title the recommendation's title
         * @param target the target in force, as the paper prints it (for example "31 March 2021"); empty if
         *     none
         * @param daysOverdue days past the target on the notice's day; 0 if not overdue
         */
        public Item {
            Objects.requireNonNull(recommendationId, "recommendationId");
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(target, "target");
            if (daysOverdue < 0) {
                throw new IllegalArgumentException("days overdue of recommendation '" + recommendationId
                        + "' must be 0 or more, not " + daysOverdue);
            }
        }
    }

    /**
     * A file sent with a notice: the owner's form.
     *
     * @param fileName the file's name, without a directory, for example "aco-finance.xlsx"
     * @param mediaType its media type, for example
     *     "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
     * @param content its bytes; copied in and out, so an attachment never changes
     */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    public record Attachment(String fileName, String mediaType, byte[] content) {

        /**
         * Checks the name and copies the bytes.
         *
         * @param fileName the file's name, without a directory, for example "aco-finance.xlsx"
         * @param mediaType its media type, for example
         *     "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
         * @param content its bytes; copied in and out, so an attachment never changes
         */
        public Attachment {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(mediaType, "mediaType");
            Objects.requireNonNull(content, "content");
            if (fileName.isBlank() || fileName.contains("/") || fileName.contains("\\")) {
                throw new IllegalArgumentException("an attachment's file name must be a plain, non-blank file name without"
                        + " a directory, not '" + fileName + "'");
            }
            if (mediaType.isBlank()) {
                throw new IllegalArgumentException("the attachment '" + fileName + "' needs a media type; it was blank");
            }
            content = content.clone();
        }

        /**
         * The bytes, copied.
         *
         * @return a copy of the content
         */
        @Override
        public byte[] content() {
            return content.clone();
        }

        /**
         * Equal when the name, media type and bytes are.
         *
         * @param other the other object
         * @return whether they are equal
         */
        @Override
        public boolean equals(Object other) {
            return other instanceof Attachment a && fileName.equals(a.fileName) && mediaType.equals(a.mediaType)
                    && Arrays.equals(content, a.content);
        }

        /**
         * A hash of the name, media type and bytes.
         *
         * @return the hash
         */
        @Override
        public int hashCode() {
            return Objects.hash(fileName, mediaType, Arrays.hashCode(content));
        }

        /**
         * The name, media type and size, without the bytes.
         *
         * @return the description
         */
        @Override
        public String toString() {
            return "Attachment[fileName=" + fileName + ", mediaType=" + mediaType + ", " + content.length + " bytes]";
        }
    }
}
