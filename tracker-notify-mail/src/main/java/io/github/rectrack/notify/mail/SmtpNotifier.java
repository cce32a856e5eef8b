package io.github.rectrack.notify.mail;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.engine.spi.Finding;
import io.github.rectrack.engine.spi.Notice;
import io.github.rectrack.engine.spi.Notifier;
import io.github.rectrack.engine.spi.Options;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apiguardian.api.API;

/**
 * The {@code smtp} notifier: sends each owner the message the {@link EmlNotifier} writes (the same
 * bytes, built by the same code), through an SMTP server.
 *
 * <p>Options: {@code host} (required), {@code port} (default 25), {@code from} (required),
 * {@code starttls} ({@code true} to require STARTTLS before anything is sent; default {@code false}),
 * {@code user} (to log in). The password is never an option, so that it never appears in a command line
 * or its history: it is read from the environment variable {@value #PASSWORD_VARIABLE} when {@code
 * user} is given.
 *
 * <p>A notice that cannot be sent (the owner has no address, the server cannot be reached, refuses the
 * login or the recipient) gives one error naming the owner and the server {@code host:port}, with the
 * server's reason, and no stack trace; the caller goes on to the next owner. Connecting and each read or
 * write give up after {@value #TIMEOUT_MILLIS} ms.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class SmtpNotifier implements Notifier {

    /** The environment variable holding the SMTP password. */
    public static final String PASSWORD_VARIABLE = "TRACKER_SMTP_PASSWORD";

    /** How long to wait for the server to answer a connection, a read or a write. */
    static final int TIMEOUT_MILLIS = 30_000;

    private final UnaryOperator<String> environment;

    /** Creates the notifier, reading the password from the process's environment; the service loader calls this. */
    public SmtpNotifier() {
        this(System::getenv);
    }

    /**
     * Creates the notifier with another environment, for tests.
     *
     * @param environment the value of an environment variable by name, or null when it is not set
     */
    SmtpNotifier(UnaryOperator<String> environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    /**
     * The id, {@code smtp}.
     *
     * @return {@code "smtp"}
     */
    @Override
    public String id() {
        return "smtp";
    }

    /**
     * What it does, for {@code tracker formats}.
     *
     * @return the description
     */
    @Override
    public String description() {
        return "sends each owner an e-mail with the form attached through an SMTP server (password from " + PASSWORD_VARIABLE + ")";
    }

    /**
     * The options: {@code host}, {@code port}, {@code from}, {@code starttls} and {@code user}.
     *
     * @return the option names
     */
    @Override
    public Set<String> optionNames() {
        return Set.of("host", "port", "from", "starttls", "user");
    }

    /**
     * Sends one owner's notice.
     *
     * @param notice the owner, the items and the form
     * @param options {@code host} and {@code from} (required), {@code port}, {@code starttls}, {@code user}
     * @return a notice naming the recipient and the server when sent; an error naming the owner and the
     *     server, with the reason, when not
     * @throws IllegalArgumentException if an option is unknown, missing or unusable, a password is given as an
     *     option, or {@code user} is given and {@value #PASSWORD_VARIABLE} is not set
     */
    @Override
    public List<Finding> notify(Notice notice, Options options) {
        Settings settings = settings(options);
        String where = "owner " + notice.owner().id();
        Optional<InternetAddress> to;
        try {
            to = NoticeMessage.recipient(notice);
        } catch (AddressException e) {
            return List.of(Finding.error(where, "not sent: the address book's address for " + notice.owner().name() + ", '"
                    + notice.address().orElse("") + "', is not an e-mail address (" + e.getMessage() + "); correct it in the address book"));
        }
        if (to.isEmpty()) {
            return List.of(Finding.error(where, "not sent: the address book has no address for " + notice.owner().name()
                    + "; add one (person,address) or write this owner's message with the eml notifier and address it by hand"));
        }
        Session session = Session.getInstance(settings.properties());
        try {
            MimeMessage message = NoticeMessage.build(notice, settings.from(), to, session);
            try (Transport transport = session.getTransport("smtp")) {
                transport.connect(settings.host(), settings.port(), settings.user().orElse(null), settings.password().orElse(null));
                transport.sendMessage(message, message.getAllRecipients());
            }
        } catch (AuthenticationFailedException e) {
            return List.of(Finding.error(where, "not sent to " + notice.address().get() + ": the SMTP server " + settings.server()
                    + " refused the login of user '" + settings.user().orElse("") + "' with the password in " + PASSWORD_VARIABLE
                    + reason(e) + "; check the user and the password"));
        } catch (SendFailedException e) {
            return List.of(Finding.error(where, "not sent to " + notice.address().get() + ": the SMTP server " + settings.server()
                    + " refused the message" + reason(e)));
        } catch (MessagingException e) {
            return List.of(Finding.error(where, "not sent to " + notice.address().get() + ": could not send through the SMTP server "
                    + settings.server() + reason(e) + "; check the options host and port and that the server is running"
                    + (settings.starttls() ? " and offers STARTTLS" : "")));
        }
        return List.of(Finding.notice(where, "sent to " + notice.address().get() + " through " + settings.server() + " ("
                + notice.items().size() + (notice.items().size() == 1 ? " recommendation" : " recommendations") + ")"));
    }

    /** The innermost cause's message, as " (…)", or nothing. */
    private static String reason(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String text = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage().strip();
        return text.isEmpty() ? "" : " (" + text + ")";
    }

    /** The options, checked. */
    private Settings settings(Options options) {
        if (options.values().containsKey("password")) {
            throw new IllegalArgumentException("'smtp' takes no password option, so that a password never appears in a command line;"
                    + " set the environment variable " + PASSWORD_VARIABLE + " instead");
        }
        options.requireOnly(id(), optionNames());
        String host = options.text("host").filter(h -> !h.isBlank()).orElseThrow(() -> new IllegalArgumentException(
                "'smtp' needs the option host: the SMTP server's name, for example host=smtp.example.org"));
        int port = options.text("port").map(SmtpNotifier::port).orElse(25);
        InternetAddress from = NoticeMessage.sender(id(), options.text("from").orElseThrow(() -> new IllegalArgumentException(
                "'smtp' needs the option from: the sender's address, for example from=performance.team@example.org")));
        boolean starttls = options.text("starttls").map(SmtpNotifier::yesNo).orElse(false);
        Optional<String> user = options.text("user").filter(u -> !u.isBlank());
        Optional<String> password = Optional.empty();
        if (user.isPresent()) {
            String value = environment.apply(PASSWORD_VARIABLE);
            if (value == null || value.isEmpty()) {
                throw new IllegalArgumentException("'smtp' option user is '" + user.get() + "' but the environment variable "
                        + PASSWORD_VARIABLE + " is not set; set it to the SMTP password (it is never an option)");
            }
            password = Optional.of(value);
        }
        return new Settings(host, port, from, starttls, user, password);
    }

    private static int port(String text) {
        try {
            int port = Integer.parseInt(text.strip());
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("'smtp' option port must be a number from 1 to 65535, not '" + text + "'");
    }

    private static boolean yesNo(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("'smtp' option starttls must be true or false, not '" + text + "'");
        };
    }

    /** The checked options; the password is kept out of {@link #toString()}. */
    private record Settings(String host, int port, InternetAddress from, boolean starttls, Optional<String> user,
            Optional<String> password) {

        String server() {
            return host + ":" + port;
        }

        Properties properties() {
            Properties properties = new Properties();
            properties.setProperty("mail.smtp.host", host);
            properties.setProperty("mail.smtp.port", Integer.toString(port));
            properties.setProperty("mail.smtp.auth", Boolean.toString(user.isPresent()));
            properties.setProperty("mail.smtp.starttls.enable", Boolean.toString(starttls));
            properties.setProperty("mail.smtp.starttls.required", Boolean.toString(starttls));
            properties.setProperty("mail.smtp.connectiontimeout", Integer.toString(TIMEOUT_MILLIS));
            properties.setProperty("mail.smtp.timeout", Integer.toString(TIMEOUT_MILLIS));
            properties.setProperty("mail.smtp.writetimeout", Integer.toString(TIMEOUT_MILLIS));
            return properties;
        }

        @Override
        public String toString() {
            return "Settings[" + server() + ", from " + from + ", starttls " + starttls + ", user " + user.orElse("none") + "]";
        }
    }
}
