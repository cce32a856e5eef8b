package io.github.rectrack.notify.mail;

import io.github.rectrack.engine.spi.Notice;
import io.github.rectrack.model.Person;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Notices built from the reference paper (Leicestershire's JARAP paper of 16 October 2020), its owners
 * named by role: the ACO Finance owns 4.1 of the Code of Governance audit (target revised to the end of
 * October 2020), the EPAC Manager the security and training parts of 4.1 of the Seized &amp; Found Property
 * audit (targets revised to June 2019 and October 2019, so 474 and 351 days overdue on 16 October 2020).
 */
final class SeedNotices {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final LocalDate AS_OF = LocalDate.of(2020, 10, 16);
    static final LocalDate REPLY_BY = LocalDate.of(2020, 10, 22);
    static final Person ACO_FINANCE = new Person("aco-finance", "ACO Finance", Optional.empty(), Optional.of("ACO Finance"));
    static final Person EPAC_MANAGER = new Person("epac-manager", "EPAC Manager", Optional.empty(), Optional.of("EPAC Manager"));

    private SeedNotices() {}

    /** Stand-in bytes for an owner's form: not a workbook, but bytes that must arrive unchanged, a zero byte among them. */
    static byte[] form(String owner) {
        return ("PK\u0003\u0004 form of " + owner + " \u0000\u00ff end").getBytes(StandardCharsets.ISO_8859_1);
    }

    static Notice acoFinance(Optional<String> address) {
        return new Notice("leics-jarap-2020", "Leicestershire Police", ACO_FINANCE, address, AS_OF, Optional.of(REPLY_BY),
                "Inspection Liaison and Project Officer",
                List.of(new Notice.Item("cog-4-1", "4.1", "Approval of the Corporate Governance Framework",
                        Optional.of("end of October 2020"), 0)),
                new Notice.Attachment("aco-finance.xlsx", XLSX, form("aco-finance")));
    }

    static Notice epacManager(Optional<String> address) {
        return new Notice("leics-jarap-2020", "Leicestershire Police", EPAC_MANAGER, address, AS_OF, Optional.of(REPLY_BY),
                "Inspection Liaison and Project Officer",
                List.of(new Notice.Item("sfp-4-1-security", "4.1", "Missing Firearm: security", Optional.of("June 2019"), 474),
                        new Notice.Item("sfp-4-1-training", "4.1", "Missing Firearm: training", Optional.of("October 2019"), 351)),
                new Notice.Attachment("epac-manager.xlsx", XLSX, form("epac-manager")));
    }
}
