package io.github.rectrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectrack.engine.evaluation.StatusEngine;
import io.github.rectrack.engine.journal.Journal;
import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.engine.round.UpdateRound;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code tracker chase --notify eml}: one e-mail per owner with the form attached, addressed from an address book. */
class ChaseNotifyTest extends RegisterFileTest {

    @BeforeEach
    void standTheClockStill() {
        clock("2020-11-15T08:00:00Z");
    }

    @Test
    void eachOwnerGetsAnEmailWithTheirFormAndAnOwnerWithoutAnAddressIsSaidSo() throws IOException {
        UpdateRound round = UpdateRound.of(new StatusEngine().evaluate(ReferenceRegister.LEICESTERSHIRE_2020.load(), LocalDate.of(2020, 11, 15)),
                0, Optional.of(LocalDate.of(2020, 11, 29)));
        Path book = dir.resolve("addresses.csv");
        Files.writeString(book, "person,address\naco-finance,aco.finance@force.example\n");
        Path mail = dir.resolve("mail");
        Files.createDirectories(mail);
        assertThat(run("chase", file.toString(), "--as-of", "2020-11-15", "--by", "audit-manager", "-o", dir.resolve("forms").toString(),
                "--notify", "eml", "--notify-option", "dir=" + mail, "--addresses", book.toString())).as(err.toString()).isZero();
        try (var files = Files.list(mail)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactlyElementsOf(round.owners().stream().map(o -> o.person().id() + ".eml").sorted().toList());
        }
        String finance = Files.readString(mail.resolve("aco-finance.eml"), StandardCharsets.UTF_8);
        assertThat(finance).contains("To: ", "aco.finance@force.example", "Subject: Update requested: 1 recommendation, reply by 29 November 2020",
                "update-aco-finance.xlsx");
        UpdateRound.Owner other = round.owners().stream().filter(o -> !o.person().id().equals("aco-finance")).findFirst().orElseThrow();
        assertThat(Files.readString(mail.resolve(other.person().id() + ".eml"), StandardCharsets.UTF_8)).doesNotContain("\nTo: ");
        assertThat(out.toString()).contains("WARNING");
        assertThat(Journal.beside(file).load().version()).isEqualTo(round.rowCount());
    }

    @Test
    void aBadAddressBookIsRefusedBeforeAnythingIsRecorded() throws IOException {
        Path book = dir.resolve("addresses.csv");
        Files.writeString(book, "aco-finance;aco.finance@force.example\n");
        assertThat(run("chase", file.toString(), "--as-of", "2020-11-15", "--by", "audit-manager", "-o", dir.resolve("forms").toString(),
                "--notify", "eml", "--notify-option", "dir=" + dir, "--addresses", book.toString())).isEqualTo(TrackerCommand.EXIT_USAGE);
        assertThat(err.toString()).contains(book + " line 1: expected person,address");
        assertThat(Journal.beside(file).exists()).isFalse();
    }
}
