/**
 * Notifiers that tell owners an update is requested by e-mail, with their form attached: {@link
 * io.github.rectrack.notify.mail.EmlNotifier} ({@code eml}) writes one RFC 5322 message per owner for a
 * force's own mail system; {@link io.github.rectrack.notify.mail.SmtpNotifier} ({@code smtp}) sends the
 * same message through an SMTP server. Built with Jakarta Mail and its Eclipse Angus implementation.
 */
package io.github.rectrack.notify.mail;
