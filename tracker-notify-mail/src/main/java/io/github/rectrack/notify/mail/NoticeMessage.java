package io.github.rectrack.notify.mail;

import io.github.rectrack.engine.spi.Notice;
import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * The e-mail message of one {@link Notice}, the same whether it is written to a file or sent: a
 * {@code multipart/mixed} message with a plain text part listing the owner's recommendations and what to
 * do, and the form attached.
 *
 * <p>Every byte follows from the notice and the sender: the {@code Date} header is the notice's day at
 * midnight UTC, the {@code Message-ID} and the MIME boundary are derived from the register's id, the
 * owner's id and the day. The text part is quoted-printable and the form base64, so that neither can hold
 * the boundary.
 */
final class NoticeMessage {

    /** The sender when none is given: a reserved domain, so nothing is ever delivered to it by mistake. */
    static final String DEFAULT_FROM = "recommendation-tracker@invalid";

    private static final DateTimeFormatter TEXT_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter HEADER_DATE = DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ROOT);

    private NoticeMessage() {}

    /**
     * A sender address from an option.
     *
     * @param notifier the notifier's id, for the message
     * @param from the address text
     * @return the address
     * @throws IllegalArgumentException if it is not one e-mail address
     */
    static InternetAddress sender(String notifier, String from) {
        try {
            return new InternetAddress(from, true);
        } catch (AddressException e) {
            throw new IllegalArgumentException("'" + notifier + "' option from is not an e-mail address: '" + from + "' ("
                    + e.getMessage() + "); give one address such as performance.team@example.org", e);
        }
    }

    /**
     * The owner's address with their name, if the notice has one.
     *
     * @param notice the notice
     * @return the address, or empty when the notice has none
     * @throws AddressException if the address book's entry is not an e-mail address
     */
    static Optional<InternetAddress> recipient(Notice notice) throws AddressException {
        if (notice.address().isEmpty()) {
            return Optional.empty();
        }
        InternetAddress address = new InternetAddress(notice.address().get(), true);
        try {
            address.setPersonal(notice.owner().name(), StandardCharsets.UTF_8.name());
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
        return Optional.of(address);
    }

    /**
     * Builds the message.
     *
     * @param notice the notice
     * @param from the sender
     * @param to the recipient; empty leaves the message without a {@code To:} header
     * @param session the mail session
     * @return the message, ready to write or send
     * @throws MessagingException if the mail library refuses a part
     */
    static MimeMessage build(Notice notice, InternetAddress from, Optional<InternetAddress> to, Session session)
            throws MessagingException {
        String digest = digest(notice);
        MimeMessage message = new FixedIdMessage(session, "<" + digest.substring(0, 32) + "." + notice.asOf() + "@rectrack.invalid>");
        message.setFrom(from);
        if (to.isPresent()) {
            message.setRecipient(MimeMessage.RecipientType.TO, to.get());
        }
        message.setSubject(subject(notice), StandardCharsets.UTF_8.name());
        message.setHeader("Date", HEADER_DATE.format(notice.asOf().atStartOfDay(ZoneOffset.UTC)));

        MimeBodyPart text = new MimeBodyPart();
        text.setText(body(notice), StandardCharsets.UTF_8.name(), "plain");
        text.setHeader("Content-Transfer-Encoding", "quoted-printable");

        Notice.Attachment form = notice.form();
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(form.content(), form.mediaType())));
        attachment.setFileName(form.fileName());
        attachment.setDisposition(MimeBodyPart.ATTACHMENT);
        attachment.setHeader("Content-Transfer-Encoding", "base64");

        MimeMultipart mixed = new FixedBoundaryMultipart("=_rectrack_" + digest.substring(32, 56));
        mixed.addBodyPart(text);
        mixed.addBodyPart(attachment);
        message.setContent(mixed);
        message.saveChanges();
        return message;
    }

    /**
     * The message's bytes, as an {@code .eml} file holds them.
     *
     * @param message the message
     * @param out where to write
     * @throws IOException if writing fails
     * @throws MessagingException if the mail library cannot write a part
     */
    static void write(MimeMessage message, OutputStream out) throws IOException, MessagingException {
        message.writeTo(out);
    }

    /**
     * The subject: "Update requested: 3 recommendations, reply by 22 October 2020 (Leicestershire Police)".
     *
     * @param notice the notice
     * @return the subject
     */
    static String subject(Notice notice) {
        int count = notice.items().size();
        return "Update requested: " + count + (count == 1 ? " recommendation" : " recommendations")
                + notice.replyBy().map(day -> ", reply by " + text(day)).orElse("") + " (" + notice.organisation() + ")";
    }

    /**
     * The plain text: who it is for, each recommendation with its target and days overdue, and what to do.
     *
     * @param notice the notice
     * @return the text, lines ending in LF
     */
    static String body(Notice notice) {
        StringBuilder out = new StringBuilder();
        int count = notice.items().size();
        out.append(notice.owner().name()).append(",\n\n");
        out.append(notice.organisation()).append(" asks for an update on ").append(count)
                .append(count == 1 ? " recommendation" : " recommendations").append(" you own")
                .append(notice.replyBy().map(day -> ", by " + text(day)).orElse("")).append(".\n\n");
        for (Notice.Item item : notice.items()) {
            out.append(item.reference()).append("  ").append(item.title()).append('\n');
            out.append("    Target: ").append(item.target().orElse("none set"));
            if (item.daysOverdue() > 0) {
                out.append("; ").append(item.daysOverdue()).append(item.daysOverdue() == 1 ? " day" : " days").append(" overdue");
            }
            out.append('\n');
        }
        out.append("\nWhat to do: fill in the attached form, ").append(notice.form().fileName())
                .append(", one row for each recommendation (your update, what is achieved and left, barriers, percent complete,")
                .append(" and whether you propose closure or need an extension), and return it to the sender")
                .append(notice.replyBy().map(day -> " by " + text(day)).orElse("")).append(".\n");
        out.append("Please keep the form's layout as it is: it is read back automatically.\n\n");
        out.append("Requested by ").append(notice.requestedBy()).append(" on ").append(text(notice.asOf()))
                .append(" for the register ").append(notice.registerId()).append(".\n");
        return out.toString();
    }

    /**
     * A day as text: "22 October 2020".
     *
     * @param day the day
     * @return the text
     */
    static String text(LocalDate day) {
        return TEXT_DATE.format(day);
    }

    /** The hexadecimal SHA-256 of the register's id, the owner's id and the day. */
    private static String digest(Notice notice) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String key = notice.registerId() + '\u0000' + notice.owner().id() + '\u0000' + notice.asOf();
            return HexFormat.of().formatHex(sha.digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** A mail session with no server: enough to build and write messages. */
    static Session offlineSession() {
        return Session.getInstance(new Properties());
    }

    /** A message whose Message-ID is given, not made from the host name and the clock. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }

    /** A multipart/mixed whose boundary is given, not made from the clock. */
    private static final class FixedBoundaryMultipart extends MimeMultipart {
        FixedBoundaryMultipart(String boundary) {
            super("mixed");
            ContentType type = new ContentType("multipart", "mixed", null);
            type.setParameter("boundary", boundary);
            contentType = type.toString();
        }
    }

    /**
     * The message's bytes.
     *
     * @param message the message
     * @return the bytes
     * @throws IOException if writing fails
     * @throws MessagingException if the mail library cannot write a part
     */
    static byte[] bytes(MimeMessage message) throws IOException, MessagingException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(message, out);
        return out.toByteArray();
    }
}
