package io.github.rectrack.notify.mail;

import static io.github.rectrack.notify.mail.SeedNotices.XLSX;
import static io.github.rectrack.notify.mail.SeedNotices.acoFinance;
import static io.github.rectrack.notify.mail.SeedNotices.epacManager;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rectrack.engine.plugin.Notifiers;
import io.github.rectrack.engine.spi.Finding;
import io.github.rectrack.engine.spi.Notice;
import io.github.rectrack.engine.spi.Options;
import io.github.rectrack.model.Person;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmlNotifierTest {

    private final EmlNotifier eml = new EmlNotifier();

    @TempDir
    Path dir;

    @Test
    void isFoundByItsIdWithTheSmtpNotifier() {
        Notifiers notifiers = Notifiers.discover();
        assertThat(notifiers.notifier("eml")).isInstanceOf(EmlNotifier.class);
        assertThat(notifiers.notifier("smtp")).isInstanceOf(SmtpNotifier.class);
        assertThat(notifiers.all()).containsOnlyKeys("eml", "smtp");
        assertThatThrownBy(() -> notifiers.notifier("teams")).hasMessage("no notifier has id 'teams'; the notifiers are [eml, smtp]");
    }

    @Test
    void writesOneMessagePerOwnerThatJakartaMailReadsBack() throws Exception {
        List<Finding> findings = eml.notify(epacManager(Optional.of("epac.manager@example.org")), Options.of(Map.of("dir", dir.toString())));

        Path file = dir.resolve("epac-manager.eml");
        assertThat(findings).containsExactly(Finding.notice("owner epac-manager",
                "wrote " + file + " (2 recommendations, to epac.manager@example.org)"));
        MimeMessage message = read(file);
        assertThat(message.getSubject()).isEqualTo("Update requested: 2 recommendations, reply by 22 October 2020 (Leicestershire Police)");
        assertThat(message.getRecipients(Message.RecipientType.TO)).extracting(a -> ((InternetAddress) a).getAddress(),
                a -> ((InternetAddress) a).getPersonal()).containsExactly(org.assertj.core.groups.Tuple.tuple("epac.manager@example.org", "EPAC Manager"));
        assertThat(message.getFrom()).extracting(Object::toString).containsExactly("recommendation-tracker@invalid");
        assertThat(message.getHeader("Date")).containsExactly("Fri, 16 Oct 2020 00:00:00 +0000");
        assertThat(message.getContentType()).startsWith("multipart/mixed;");

        Multipart parts = (Multipart) message.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        BodyPart text = parts.getBodyPart(0);
        assertThat(text.getContentType()).isEqualTo("text/plain; charset=UTF-8");
        assertThat(((String) text.getContent()).lines()).containsExactly(
                "EPAC Manager,",
                "",
                "Leicestershire Police asks for an update on 2 recommendations you own, by 22 October 2020.",
                "",
                "4.1  Missing Firearm: security",
                "    Target: June 2019; 474 days overdue",
                "4.1  Missing Firearm: training",
                "    Target: October 2019; 351 days overdue",
                "",
                "What to do: fill in the attached form, epac-manager.xlsx, one row for each recommendation (your update, what is"
                        + " achieved and left, barriers, percent complete, and whether you propose closure or need an extension),"
                        + " and return it to the sender by 22 October 2020.",
                "Please keep the form's layout as it is: it is read back automatically.",
                "",
                "Requested by Inspection Liaison and Project Officer on 16 October 2020 for the register leics-jarap-2020.");

        BodyPart form = parts.getBodyPart(1);
        assertThat(form.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(form.getFileName()).isEqualTo("epac-manager.xlsx");
        assertThat(form.getContentType()).startsWith(XLSX);
        try (InputStream in = form.getInputStream()) {
            assertThat(in.readAllBytes()).isEqualTo(SeedNotices.form("epac-manager"));
        }
    }

    @Test
    void theSameNoticeGivesTheSameBytesMessageIdIncluded() throws Exception {
        Path other = Files.createDirectory(dir.resolve("again"));
        eml.notify(acoFinance(Optional.of("aco.finance@example.org")), Options.of(Map.of("dir", dir.toString(), "from", "jarap@example.org")));
        eml.notify(acoFinance(Optional.of("aco.finance@example.org")), Options.of(Map.of("dir", other.toString(), "from", "jarap@example.org")));

        byte[] first = Files.readAllBytes(dir.resolve("aco-finance.eml"));
        assertThat(Files.readAllBytes(other.resolve("aco-finance.eml"))).isEqualTo(first);
        String text = new String(first, StandardCharsets.US_ASCII);
        assertThat(text).contains("\r\nFrom: jarap@example.org\r\n")
                .contains("\r\nSubject: Update requested: 1 recommendation, reply by 22 October 2020\r\n (Leicestershire Police)\r\n")
                .doesNotContain("\n\n");
        MimeMessage message = read(dir.resolve("aco-finance.eml"));
        assertThat(message.getMessageID()).matches("<[0-9a-f]{32}\\.2020-10-16@rectrack\\.invalid>");

        Notice nextRound = new Notice("leics-jarap-2020", "Leicestershire Police", SeedNotices.ACO_FINANCE,
                Optional.of("aco.finance@example.org"), SeedNotices.AS_OF.plusDays(84), Optional.empty(), "Inspection Liaison and Project Officer",
                acoFinance(Optional.empty()).items(), acoFinance(Optional.empty()).form());
        eml.notify(nextRound, Options.of(Map.of("dir", other.toString())));
        MimeMessage later = read(other.resolve("aco-finance.eml"));
        assertThat(later.getMessageID()).endsWith(".2021-01-08@rectrack.invalid>").isNotEqualTo(message.getMessageID());
        assertThat(later.getSubject()).isEqualTo("Update requested: 1 recommendation (Leicestershire Police)");
    }

    @Test
    void aNoticeWithoutAnAddressIsWrittenWithoutToAndTheWarningSaysSo() throws Exception {
        List<Finding> findings = eml.notify(acoFinance(Optional.empty()), Options.of(Map.of("dir", dir.toString())));

        Path file = dir.resolve("aco-finance.eml");
        assertThat(findings).containsExactly(Finding.warning("owner aco-finance", "wrote " + file + " (1 recommendation) without a To:"
                + " address: the address book has no address for ACO Finance; address it by hand before sending"));
        MimeMessage message = read(file);
        assertThat(message.getHeader("To")).isNull();
        assertThat(message.getSubject()).isEqualTo("Update requested: 1 recommendation, reply by 22 October 2020 (Leicestershire Police)");
    }

    @Test
    void replacesAnEarlierMessageAndLeavesNoTemporaryFile() throws Exception {
        Path file = dir.resolve("aco-finance.eml");
        Files.writeString(file, "an earlier round");
        eml.notify(acoFinance(Optional.of("aco.finance@example.org")), Options.of(Map.of("dir", dir.toString())));

        assertThat(read(file).getSubject()).startsWith("Update requested: 1 recommendation");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void neverWritesOverADirectoryOrThroughASymbolicLink() throws Exception {
        Path directory = Files.createDirectory(dir.resolve("aco-finance.eml"));
        Path elsewhere = Files.writeString(dir.resolve("elsewhere.txt"), "keep me");
        Path link = Files.createSymbolicLink(dir.resolve("epac-manager.eml"), elsewhere);
        Options options = Options.of(Map.of("dir", dir.toString()));

        assertThat(eml.notify(acoFinance(Optional.of("aco.finance@example.org")), options)).containsExactly(Finding.error("owner aco-finance",
                "not written: " + directory + " exists and is a directory; only a regular file is replaced. Move it away or choose another dir"));
        assertThat(eml.notify(epacManager(Optional.of("epac.manager@example.org")), options)).singleElement()
                .extracting(Finding::message).isEqualTo("not written: " + link + " exists and is a symbolic link; only a regular file is"
                        + " replaced. Move it away or choose another dir");
        assertThat(directory).isEmptyDirectory();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(elsewhere).hasContent("keep me");
    }

    @Test
    void anOwnerIdThatIsNoFileNameOrAnAddressThatIsNoAddressIsRefusedForThatOwner() throws Exception {
        Person escaping = new Person("../aco-finance", "ACO Finance", Optional.empty(), Optional.empty());
        Notice notice = acoFinance(Optional.empty());
        Notice badId = new Notice(notice.registerId(), notice.organisation(), escaping, Optional.empty(), notice.asOf(), notice.replyBy(),
                notice.requestedBy(), notice.items(), notice.form());
        Options options = Options.of(Map.of("dir", dir.toString()));

        assertThat(eml.notify(badId, options)).containsExactly(Finding.error("owner ../aco-finance", "not written: the owner's id"
                + " '../aco-finance' cannot be used as a file name; ids of letters, digits, '.', '_' and '-', not starting with '.', can"));
        assertThat(eml.notify(acoFinance(Optional.of("aco finance at example.org")), options)).singleElement().satisfies(f -> {
            assertThat(f.isError()).isTrue();
            assertThat(f.message()).startsWith("not written: the address book's address for ACO Finance, 'aco finance at example.org',"
                    + " is not an e-mail address (").endsWith("); correct it in the address book");
        });
        try (Stream<Path> files = Files.list(dir.getParent())) {
            assertThat(files).noneMatch(f -> f.getFileName().toString().equals("aco-finance.eml"));
        }
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void optionsThatCannotWorkAreRefusedNamingWhatIsAccepted() {
        Notice notice = acoFinance(Optional.of("aco.finance@example.org"));
        assertThatThrownBy(() -> eml.notify(notice, Options.none())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'eml' needs the option dir: the directory to write one .eml file per owner into, for example dir=owners");
        assertThatThrownBy(() -> eml.notify(notice, Options.of(Map.of("dir", dir.toString(), "to", "x@example.org"))))
                .hasMessage("'eml' has no option [to]; its options are [dir, from]");
        assertThatThrownBy(() -> eml.notify(notice, Options.of(Map.of("dir", dir.toString(), "from", "the panel"))))
                .hasMessageStartingWith("'eml' option from is not an e-mail address: 'the panel' (")
                .hasMessageEndingWith("); give one address such as performance.team@example.org");
    }

    static MimeMessage read(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        }
    }
}
