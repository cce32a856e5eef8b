import io.github.rectrack.engine.spi.Notifier;
import io.github.rectrack.notify.mail.EmlNotifier;
import io.github.rectrack.notify.mail.SmtpNotifier;

/**
 * Notifiers that tell owners by e-mail that an update is requested: {@link
 * io.github.rectrack.notify.mail.EmlNotifier} ({@code eml}) and {@link
 * io.github.rectrack.notify.mail.SmtpNotifier} ({@code smtp}), provided to the engine's {@link
 * io.github.rectrack.engine.spi.Notifier} extension point. Jakarta Mail finds its implementation (Eclipse
 * Angus, a run-time dependency) with the service loader.
 */
module io.github.rectrack.notify.mail {
    requires transitive io.github.rectrack.engine;
    requires jakarta.mail;

    exports io.github.rectrack.notify.mail;

    provides Notifier with EmlNotifier, SmtpNotifier;
}
