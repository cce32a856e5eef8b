package io.github.rectrack.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.model.Ownership;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.Person;
import io.github.rectrack.model.ProgressUpdate;
import io.github.rectrack.model.Recommendation;
import io.github.rectrack.model.Register;
import io.github.rectrack.model.Source;
import io.github.rectrack.model.TargetDate;
import io.github.rectrack.model.TargetRevision;
import io.github.rectrack.model.UpdateSections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * A register whose people's names are written in disguise, for the publication checks of the {@link
 * ExporterContract}: as of {@link ContractRegisters#DAY} and under {@link ContractRegisters#scheme()}, its
 * people have ids made from their names ({@code rosalind-featherstonehaugh}), as an import of a force's own
 * spreadsheet makes them; one person's role, which replaces the name of a person without initials, names
 * another person; and its texts give the names with a no-break space (U+00A0), a narrow no-break space
 * (U+202F), an ideographic space (U+3000), a zero-width space (U+200B) and joiner (U+200D), a soft hyphen
 * (U+00AD), a non-breaking hyphen (U+2011), decomposed accents (NFD) and a right-to-left override (U+202E),
 * and a surname after a title ("Supt Featherstonehaugh"); and an e-mail address and two UK telephone numbers.
 * A fourth person is called "May", and the register's texts say "May 2024", which must stay.
 *
 * <p>Exported with the public profile, none of {@link #forbiddenInPublic()} may appear in the output,
 * however written (the {@link LeakCheck} folds the output as the redaction does).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class DisguisedNamesRegister {

    /** The full names of the register's people who have names (not "May", a calendar word kept in text). */
    public static final List<String> PERSONAL_NAMES = List.of("Rosalind Featherstonehaugh", "Bartholomew Pengelly-Tregear",
            "José Núñez-Ábalos");

    /** The surnames, which appear in the register's text only after a title. */
    public static final List<String> SURNAMES = List.of("Featherstonehaugh", "Pengelly-Tregear", "Núñez-Ábalos");

    /** The e-mail address and telephone numbers in the register's text. */
    public static final List<String> CONTACTS = List.of("jna.office@example.police.uk", "0116 496 0123", "07700 900123");

    private DisguisedNamesRegister() {}

    /**
     * Every string that must not appear in a public export: the names, the surnames and the contacts.
     * Ids made from the names ({@code rosalind-featherstonehaugh}) are found as the names are.
     *
     * @return the strings
     */
    public static List<String> forbiddenInPublic() {
        return Stream.of(PERSONAL_NAMES, SURNAMES, CONTACTS).flatMap(List::stream).toList();
    }

    /**
     * The register.
     *
     * @return the register
     */
    public static Register register() {
        String rosalind = "rosalind-featherstonehaugh";
        String bartholomew = "bartholomew-pengelly-tregear";
        String jose = "jose-nunez-abalos";
        Recommendation recommendation = Recommendation.builder("disguised", "2.1",
                        "Rosalind\u00A0Featherstonehaugh and Rosalind\u202FFeatherstonehaugh to review the leavers process.", "Significant")
                .title("Leavers review by Rosalind\u3000Featherstonehaugh")
                .owners(List.of(new Ownership(rosalind, Optional.of("Strand led by Bartholomew Pengelly\u2011Tregear"),
                                Optional.of(PartialDate.ofMonth(2023, 1)), Optional.of(PartialDate.ofMonth(2023, 12))),
                        Ownership.of(bartholomew)))
                .targetHistory(List.of(TargetRevision.of(TargetDate.parse("December 2023")),
                        new TargetRevision(TargetDate.parse("May 2024"), Optional.of(PartialDate.ofMonth(2023, 11)),
                                Optional.of("Asked for by Supt Featherstonehaugh"), Optional.of(bartholomew))))
                .updates(List.of(
                        new ProgressUpdate(PartialDate.ofMonth(2023, 10), Optional.of(rosalind),
                                "Ros\u200Balind Featherstonehaugh met Rosalind Feather\u200Dstonehaugh's team; Rosalind Feather\u00ADstonehaugh"
                                        + " reported in May 2024 terms.",
                                Optional.empty(), Optional.empty(), Optional.of(40), Optional.empty()),
                        new ProgressUpdate(PartialDate.ofMonth(2024, 2), Optional.of(jose),
                                "Jose\u0301 Nu\u0301n\u0303ez-A\u0301balos and \u202EBartholomew Pengelly-Tregear\u202C agreed the list with"
                                        + " DCI Pengelly-Tregear and Mr N\u00FA\u00F1ez-\u00C1balos.",
                                Optional.of(new UpdateSections(Optional.of("Rosalind Featherstonehaugh finished the list."),
                                        Optional.of("Ask May, the clerk, by May 2024."), Optional.empty(), false, false)),
                                Optional.empty(), Optional.of(80), Optional.empty())))
                .notes(Optional.of("Ring 0116 496 0123 or 07700 900123, or write to jna.office@example.police.uk."))
                .statedStatus(Optional.of("On track (José Núñez-Ábalos)"))
                .build();
        return new Register("contract-disguised-names", "Contract test force", ContractRegisters.scheme(),
                List.of(new Person(rosalind, "Rosalind Featherstonehaugh", Optional.empty(), Optional.empty()),
                        new Person(bartholomew, "Bartholomew Pengelly-Tregear", Optional.empty(),
                                Optional.of("Staff officer to Rosalind Featherstonehaugh")),
                        new Person(jose, "José Núñez-Ábalos", Optional.of("JNA"), Optional.empty()),
                        new Person("may", "May", Optional.empty(), Optional.of("Clerk to the panel"))),
                List.of(new Source("leavers-2023", Source.Kind.INTERNAL_AUDIT, "Leavers", Optional.of("Mazars"),
                        Optional.of(PartialDate.ofMonth(2023, 1)), Optional.of("Limited"), Optional.empty(), Optional.empty(),
                        List.of(recommendation))));
    }
}
