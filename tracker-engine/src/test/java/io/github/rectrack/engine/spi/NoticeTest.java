package io.github.rectrack.engine.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rectrack.model.Person;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NoticeTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Person OWNER = new Person("aco-finance", "ACO Finance", Optional.empty(), Optional.of("Assistant Chief Officer (Finance)"));

    @Test
    void anAttachmentKeepsItsOwnCopyOfTheBytes() {
        byte[] bytes = "form".getBytes(StandardCharsets.US_ASCII);
        Notice.Attachment form = new Notice.Attachment("aco-finance.xlsx", XLSX, bytes);
        bytes[0] = 'X';
        assertThat(form.content()).asString(StandardCharsets.US_ASCII).isEqualTo("form");
        form.content()[0] = 'Y';
        assertThat(form.content()).asString(StandardCharsets.US_ASCII).isEqualTo("form");
    }

    @Test
    void attachmentsWithEqualBytesAreEqualAndPrintWithoutTheirBytes() {
        Notice.Attachment a = new Notice.Attachment("aco-finance.xlsx", XLSX, new byte[] {1, 2, 3});
        Notice.Attachment b = new Notice.Attachment("aco-finance.xlsx", XLSX, new byte[] {1, 2, 3});
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(new Notice.Attachment("aco-finance.xlsx", XLSX, new byte[] {1, 2}));
        assertThat(a).hasToString("Attachment[fileName=aco-finance.xlsx, mediaType=" + XLSX + ", 3 bytes]");
    }

    @Test
    void anAttachmentNameIsAPlainFileName() {
        assertThatThrownBy(() -> new Notice.Attachment("../aco-finance.xlsx", XLSX, new byte[0]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an attachment's file name must be a plain, non-blank file name without a directory, not '../aco-finance.xlsx'");
    }

    @Test
    void theItemsAreCopiedAndABlankAddressIsRefused() {
        List<Notice.Item> items = new ArrayList<>(List.of(
                new Notice.Item("r-4-1", "4.1", "Seized property audits", Optional.of("31 March 2020"), 199)));
        Notice notice = notice(Optional.of("aco.finance@example.org"), items);
        items.clear();
        assertThat(notice.items()).extracting(Notice.Item::reference).containsExactly("4.1");
        assertThatThrownBy(() -> notice(Optional.of(" "), List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the address of owner 'aco-finance' is blank; give Optional.empty() for an owner without an address");
    }

    @Test
    void daysOverdueAreNeverNegative() {
        assertThatThrownBy(() -> new Notice.Item("r-4-1", "4.1", "Seized property audits", Optional.empty(), -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("days overdue of recommendation 'r-4-1' must be 0 or more, not -1");
    }

    private static Notice notice(Optional<String> address, List<Notice.Item> items) {
        return new Notice("leics-2020", "Leicestershire Police", OWNER, address, LocalDate.of(2020, 10, 16),
                Optional.of(LocalDate.of(2020, 10, 22)), "performance-team", items,
                new Notice.Attachment("aco-finance.xlsx", XLSX, new byte[] {1}));
    }
}
