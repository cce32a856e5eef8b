package io.github.rectrack.notify.mail;

import static io.github.rectrack.notify.mail.SeedNotices.acoFinance;
import static io.github.rectrack.notify.mail.SeedNotices.epacManager;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.github.rectrack.engine.spi.Finding;
import io.github.rectrack.engine.spi.Notice;
import io.github.rectrack.engine.spi.Options;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The smtp notifier against a real SMTP server (GreenMail) on a free local port, started for each test. */
class SmtpNotifierTest {

    @RegisterExtension
    static final GreenMailExtension SERVER = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("jarap@example.org", "jarap-sender", "correct horse"))
            .withPerMethodLifecycle(true);

    private final SmtpNotifier smtp = new SmtpNotifier(name -> null);

    @Test
    void deliversEachOwnersNoticeWithTheirFormToThem() throws Exception {
        List<Finding> findings = new ArrayList<>();
        findings.addAll(smtp.notify(acoFinance(Optional.of("aco.finance@example.org")), options()));
        findings.addAll(smtp.notify(epacManager(Optional.of("epac.manager@example.org")), options()));

        String server = "127.0.0.1:" + port();
        assertThat(findings).containsExactly(
                Finding.notice("owner aco-finance", "sent to aco.finance@example.org through " + server + " (1 recommendation)"),
                Finding.notice("owner epac-manager", "sent to epac.manager@example.org through " + server + " (2 recommendations)"));
        MimeMessage[] received = SERVER.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(received).extracting(m -> m.getRecipients(Message.RecipientType.TO)[0].toString())
                .containsExactly("ACO Finance <aco.finance@example.org>", "EPAC Manager <epac.manager@example.org>");
        assertThat(received).extracting(MimeMessage::getSubject).containsExactly(
                "Update requested: 1 recommendation, reply by 22 October 2020 (Leicestershire Police)",
                "Update requested: 2 recommendations, reply by 22 October 2020 (Leicestershire Police)");
        assertThat(received).extracting(m -> m.getFrom()[0].toString()).containsOnly("jarap@example.org");
        for (int i = 0; i < 2; i++) {
            String owner = i == 0 ? "aco-finance" : "epac-manager";
            Multipart parts = (Multipart) received[i].getContent();
            assertThat(parts.getBodyPart(1).getFileName()).isEqualTo(owner + ".xlsx");
            try (InputStream in = parts.getBodyPart(1).getInputStream()) {
                assertThat(in.readAllBytes()).isEqualTo(SeedNotices.form(owner));
            }
        }
    }

    @Test
    void sendsTheMessageTheEmlNotifierWrites(@TempDir Path dir) throws Exception {
        Notice notice = epacManager(Optional.of("epac.manager@example.org"));
        smtp.notify(notice, options());
        new EmlNotifier().notify(notice, Options.of(Map.of("dir", dir.toString(), "from", "jarap@example.org")));

        MimeMessage sent = SERVER.getReceivedMessages()[0];
        MimeMessage written = EmlNotifierTest.read(dir.resolve("epac-manager.eml"));
        for (String header : List.of("Date", "From", "To", "Message-ID", "Subject", "MIME-Version", "Content-Type")) {
            assertThat(sent.getHeader(header)).as(header).isNotNull().containsExactly(written.getHeader(header));
        }
        try (InputStream sentBody = sent.getRawInputStream(); InputStream writtenBody = written.getRawInputStream()) {
            String file = new String(writtenBody.readAllBytes(), StandardCharsets.US_ASCII);
            // SMTP's end of data takes the line break after the closing boundary; everything before it is the file's
            assertThat(file).endsWith("--\r\n");
            assertThat(new String(sentBody.readAllBytes(), StandardCharsets.US_ASCII))
                    .isEqualTo(file.substring(0, file.length() - 2));
        }
    }

    @Test
    void logsInWithThePasswordFromTheEnvironmentAndReportsARefusedLogin() throws Exception {
        Map<String, String> options = new HashMap<>(options().values());
        options.put("user", "jarap-sender");

        SmtpNotifier right = new SmtpNotifier(name -> name.equals("TRACKER_SMTP_PASSWORD") ? "correct horse" : null);
        assertThat(right.notify(acoFinance(Optional.of("aco.finance@example.org")), Options.of(options)))
                .singleElement().extracting(Finding::message).asString().startsWith("sent to aco.finance@example.org");

        SmtpNotifier wrong = new SmtpNotifier(name -> name.equals("TRACKER_SMTP_PASSWORD") ? "battery staple" : null);
        assertThat(wrong.notify(epacManager(Optional.of("epac.manager@example.org")), Options.of(options))).singleElement()
                .satisfies(f -> {
                    assertThat(f.isError()).isTrue();
                    assertThat(f.location()).isEqualTo("owner epac-manager");
                    assertThat(f.message()).startsWith("not sent to epac.manager@example.org: the SMTP server 127.0.0.1:" + port()
                            + " refused the login of user 'jarap-sender' with the password in TRACKER_SMTP_PASSWORD")
                            .endsWith("; check the user and the password")
                            .doesNotContain("battery staple");
                });
        assertThat(SERVER.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aServerThatIsDownGivesOneFindingPerOwnerNamingHostAndPort() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        Options down = Options.of(Map.of("host", "127.0.0.1", "port", Integer.toString(closed), "from", "jarap@example.org"));

        List<Finding> findings = new ArrayList<>();
        findings.addAll(smtp.notify(acoFinance(Optional.of("aco.finance@example.org")), down));
        findings.addAll(smtp.notify(epacManager(Optional.of("epac.manager@example.org")), down));

        assertThat(findings).hasSize(2).allMatch(Finding::isError);
        assertThat(findings).extracting(Finding::location).containsExactly("owner aco-finance", "owner epac-manager");
        assertThat(findings.get(0).message()).startsWith("not sent to aco.finance@example.org: could not send through the SMTP server 127.0.0.1:"
                + closed + " (Connection refused").endsWith("); check the options host and port and that the server is running");
        assertThat(findings.get(1).message()).startsWith("not sent to epac.manager@example.org: could not send through the SMTP server 127.0.0.1:"
                + closed + " (");
    }

    @Test
    void aNoticeWithoutAnAddressIsRefusedAndTheOthersAreStillSent() throws Exception {
        List<Finding> without = smtp.notify(acoFinance(Optional.empty()), options());
        List<Finding> with = smtp.notify(epacManager(Optional.of("epac.manager@example.org")), options());

        assertThat(without).containsExactly(Finding.error("owner aco-finance", "not sent: the address book has no address for ACO Finance;"
                + " add one (person,address) or write this owner's message with the eml notifier and address it by hand"));
        assertThat(with).singleElement().extracting(Finding::isError).isEqualTo(false);
        assertThat(SERVER.getReceivedMessages()).extracting(m -> m.getRecipients(Message.RecipientType.TO)[0].toString())
                .containsExactly("EPAC Manager <epac.manager@example.org>");
    }

    @Test
    void thePasswordIsNeverAnOptionAndAUserNeedsTheVariable() {
        Notice notice = acoFinance(Optional.of("aco.finance@example.org"));
        Map<String, String> withPassword = new HashMap<>(options().values());
        withPassword.put("password", "correct horse");
        assertThatThrownBy(() -> smtp.notify(notice, Options.of(withPassword))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'smtp' takes no password option, so that a password never appears in a command line;"
                        + " set the environment variable TRACKER_SMTP_PASSWORD instead");
        Map<String, String> withUser = new HashMap<>(options().values());
        withUser.put("user", "jarap-sender");
        assertThatThrownBy(() -> smtp.notify(notice, Options.of(withUser)))
                .hasMessage("'smtp' option user is 'jarap-sender' but the environment variable TRACKER_SMTP_PASSWORD is not set;"
                        + " set it to the SMTP password (it is never an option)");
    }

    @Test
    void optionsThatCannotWorkAreRefusedNamingWhatIsAccepted() {
        Notice notice = acoFinance(Optional.of("aco.finance@example.org"));
        assertThatThrownBy(() -> smtp.notify(notice, Options.of(Map.of("from", "jarap@example.org"))))
                .hasMessage("'smtp' needs the option host: the SMTP server's name, for example host=smtp.example.org");
        assertThatThrownBy(() -> smtp.notify(notice, Options.of(Map.of("host", "127.0.0.1"))))
                .hasMessage("'smtp' needs the option from: the sender's address, for example from=performance.team@example.org");
        assertThatThrownBy(() -> smtp.notify(notice, Options.of(Map.of("host", "127.0.0.1", "from", "jarap@example.org", "port", "smtp"))))
                .hasMessage("'smtp' option port must be a number from 1 to 65535, not 'smtp'");
        assertThatThrownBy(() -> smtp.notify(notice, Options.of(Map.of("host", "127.0.0.1", "from", "jarap@example.org", "starttls", "yes"))))
                .hasMessage("'smtp' option starttls must be true or false, not 'yes'");
        assertThatThrownBy(() -> smtp.notify(notice, Options.of(Map.of("host", "127.0.0.1", "from", "jarap@example.org", "dir", "owners"))))
                .hasMessage("'smtp' has no option [dir]; its options are [from, host, port, starttls, user]");
    }

    private static int port() {
        return SERVER.getSmtp().getPort();
    }

    private static Options options() {
        return Options.of(Map.of("host", "127.0.0.1", "port", Integer.toString(port()), "from", "jarap@example.org"));
    }
}
