package io.github.rectrack.engine.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectrack.engine.publication.Profile;
import io.github.rectrack.engine.spi.Options;
import io.github.rectrack.engine.spi.Report;
import io.github.rectrack.model.Forum;
import io.github.rectrack.model.Ownership;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.Person;
import io.github.rectrack.model.ProgressUpdate;
import io.github.rectrack.model.Recommendation;
import io.github.rectrack.model.Register;
import io.github.rectrack.model.ReportingRules;
import io.github.rectrack.model.Scheme;
import io.github.rectrack.model.Source;
import io.github.rectrack.model.TargetDate;
import io.github.rectrack.model.TargetRevision;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Text starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return, in every text
 * column of the CSV, is written with a single quote in front, inside RFC 4180 quotes; the exact bytes of
 * the row are checked (dates, numbers and enum names are written bare).
 */
class CsvInjectionTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 31);

    private static Register register() {
        String forum = "=PANEL";
        Scheme scheme = new Scheme(List.of("=High", "-Low"), List.of("@Substantial", "Limited"), List.of("OFFICIAL"),
                List.of(new Forum(forum, "Panel", Forum.Role.PANEL), new Forum("+BOARD", "Board", Forum.Role.BOARD)), "reference",
                Map.of(), ReportingRules.everythingTo(forum));
        Recommendation r = Recommendation.builder("+rec", "=1.1", "@Text, with a comma", "=High")
                .title("-Title")
                .tags(List.of("=tag", "plain"))
                .reportedTo(Optional.of("+BOARD"))
                .owners(List.of(Ownership.of("-p1"), Ownership.of("p2")))
                .targetHistory(List.of(
                        new TargetRevision(new TargetDate("=TBC", TargetDate.Kind.TBC, Optional.empty(), Optional.empty()),
                                Optional.of(PartialDate.ofMonth(2023, 1)), Optional.empty(), Optional.empty()),
                        new TargetRevision(new TargetDate("\tVarious", TargetDate.Kind.VARIOUS, Optional.empty(), Optional.empty()),
                                Optional.of(PartialDate.ofMonth(2023, 2)), Optional.empty(), Optional.empty()),
                        new TargetRevision(new TargetDate("+Ongoing", TargetDate.Kind.ONGOING, Optional.empty(), Optional.empty()),
                                Optional.of(PartialDate.ofMonth(2023, 3)), Optional.empty(), Optional.empty())))
                .updates(List.of(new ProgressUpdate(PartialDate.ofMonth(2023, 6), Optional.empty(), "\rstarts with a carriage return",
                        Optional.empty(), Optional.empty(), Optional.of(40), Optional.empty())))
                .statedStatus(Optional.of("=On track"))
                .statedRag(Optional.of("-A"))
                .notes(Optional.of("@chase the owner"))
                .parent(Optional.of("-coc"))
                .build();
        return new Register("injection", "Test force", scheme,
                List.of(new Person("-p1", "=cmd|' /C calc'!A0", Optional.empty(), Optional.empty()),
                        new Person("p2", "Plain Name", Optional.empty(), Optional.empty())),
                List.of(new Source("=source", Source.Kind.INTERNAL_AUDIT, "@Source \"title\"", Optional.of("+Issuer"),
                        Optional.of(PartialDate.ofMonth(2023, 1)), Optional.of("@Substantial"), Optional.empty(), Optional.empty(), List.of(r))));
    }

    @Test
    void everyTextColumnIsGuardedExactly() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvExporter().export(Report.builder(register()).asOf(DAY).profile(Profile.INTERNAL).build(), Options.none(), out);
        String csv = out.toString(StandardCharsets.UTF_8);
        String row = csv.substring(csv.indexOf("\r\n") + 2);
        assertThat(row).isEqualTo(String.join(",",
                "\"'=source\"", // source_id
                "\"'@Source \"\"title\"\"\"", // source_title
                "INTERNAL_AUDIT", // source_kind
                "\"'+Issuer\"", // issued_by
                "2023-01", // source_date
                "\"'@Substantial\"", // assurance
                "\"'+rec\"", // recommendation_id
                "\"'=1.1\"", // reference
                "\"'-Title\"", // title
                "\"'@Text, with a comma\"", // text
                "\"'=High\"", // priority
                "\"'=tag; plain\"", // tags
                "\"'+BOARD\"", // reported_to
                "\"'+BOARD\"", // routed_to
                "\"'=cmd|' /C calc'!A0; Plain Name\"", // owners
                "\"'-p1; p2\"", // owner_ids
                "\"'=TBC\"", // original_target
                "\"'\tVarious\"", // revised_targets
                "\"'+Ongoing\"", // current_target
                "", // current_deadline
                "2", // revisions
                "IN_PROGRESS", // status
                "AMBER", // rag
                "\"'=On track\"", // stated_status
                "\"'-A\"", // stated_rag
                "2023-06", // last_update_date
                "\"'\rstarts with a carriage return\"", // last_update_text
                "40", // last_update_percent
                "\"'@chase the owner\"", // notes
                "", // item_kind
                "\"'-coc\"", // parent
                "", // addressee
                "2024-03-31") + "\r\n");
    }
}
