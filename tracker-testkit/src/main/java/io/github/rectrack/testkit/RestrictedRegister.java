package io.github.rectrack.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.model.Action;
import io.github.rectrack.model.Evidence;
import io.github.rectrack.model.ExtensionRequest;
import io.github.rectrack.model.Forum;
import io.github.rectrack.model.GovernanceDecision;
import io.github.rectrack.model.Link;
import io.github.rectrack.model.ManagementResponse;
import io.github.rectrack.model.Ownership;
import io.github.rectrack.model.PaperSettings;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.Person;
import io.github.rectrack.model.ProgressUpdate;
import io.github.rectrack.model.Recommendation;
import io.github.rectrack.model.Register;
import io.github.rectrack.model.Scheme;
import io.github.rectrack.model.Source;
import io.github.rectrack.model.TargetDate;
import io.github.rectrack.model.TargetRevision;
import io.github.rectrack.model.UpdateSections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * A register seeded with restricted text and personal names, for the publication checks of the {@link
 * ExporterContract}: as of {@link ContractRegisters#DAY} and under {@link ContractRegisters#scheme()}, it
 * holds a source marked OFFICIAL-SENSITIVE, a recommendation so marked, and in a recommendation that is
 * not marked an OFFICIAL-SENSITIVE management response, progress update, extension request, action,
 * decision note and piece of evidence; and three people whose full names are used as owners, as authors,
 * inside update text and sections, in an owner's strand, in an action's owners, in a target revision's
 * reason, in the stated status, stated RAG and notes, and in an approved extension request's target,
 * reason and decision note. Each person has another spelling of the name ({@link #ALIASES}: a former
 * surname, a short first name, an initial and surname run together), used in a progress update, the notes
 * and the title and text of a post-implementation review; that review's id and its recommendation's are
 * made from its title ("Review requested by Marjorie Dunwoody"), as a mapped import of a force's own
 * spreadsheet makes them, and the first recommendation depends on it.
 *
 * <p>Exported with the public profile, none of {@link #RESTRICTED_TEXTS}, none of {@link #PERSONAL_NAMES}
 * and none of {@link #ALIASES} may appear in the output, nor ids made from them.
 *
 * <p>{@link #withPaperSettings()} is the same register with every forum's committee paper furnished from
 * the scheme ({@link PaperSettings}): the people's names and other spellings in who the report is from,
 * the author, the implications, the background papers and the persons to contact, with an e-mail address
 * and a telephone number ({@link #PAPER_CONTACTS}). Exported with the public profile, none of {@link
 * #forbiddenInPublicPaper()} may appear in the output.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class RestrictedRegister {

    /** Phrases that occur only in parts marked OFFICIAL-SENSITIVE. */
    public static final List<String> RESTRICTED_TEXTS = List.of(
            "Kittiwake server room",
            "Larkspur Road custody suite",
            "Halcyon House informant database",
            "Quarrymoor operation",
            "Ravensworth Security",
            "Fallowfield witness relocation list",
            "Witness relocation safeguards",
            "Operation Thornbury",
            "Thornbury surveillance team",
            "Pennywhistle Lane armoury");

    /** The full names of the register's people. */
    public static final List<String> PERSONAL_NAMES = List.of("Marjorie Fenwick-Holt", "Tobias Quennell", "Ingrid Castellanos");

    /** The other spellings of the people's names, one for each person in the order of {@link #PERSONAL_NAMES}. */
    public static final List<String> ALIASES = List.of("Marjorie Dunwoody", "Toby Quennell", "I.Castellanos");

    /** The e-mail address and telephone number the paper settings of {@link #withPaperSettings()} give for a contact. */
    public static final List<String> PAPER_CONTACTS = List.of("estates.office@example.police.uk", "0116 496 0777");

    /** The id of the review whose title names a person by another spelling, as a mapped import makes it. */
    static final String NAMED_REVIEW = "review-requested-by-marjorie-dunwoody";

    private static final String SENSITIVE = "OFFICIAL-SENSITIVE";

    private RestrictedRegister() {}

    /**
     * Every string that must not appear in a public export: the restricted texts, then the names, then their
     * other spellings. Ids made from a name ({@code review-requested-by-marjorie-dunwoody}) are found as the
     * name is.
     *
     * @return the strings
     */
    public static List<String> forbiddenInPublic() {
        return Stream.of(RESTRICTED_TEXTS, PERSONAL_NAMES, ALIASES).flatMap(List::stream).toList();
    }

    /**
     * Every string that must not appear in a public export of {@link #withPaperSettings()}: those of {@link
     * #forbiddenInPublic()}, then the contacts of the paper settings.
     *
     * @return the strings
     */
    public static List<String> forbiddenInPublicPaper() {
        return Stream.of(forbiddenInPublic(), PAPER_CONTACTS).flatMap(List::stream).toList();
    }

    /**
     * The register, with every forum's paper settings naming its people: "Report of" the second person, the
     * first as author, the third and other spellings in the implications and background papers, and the
     * first and third as contacts, one with {@link #PAPER_CONTACTS}. The marking ("PAPER MARKED C") and the
     * meeting time ("10:00") name no one.
     *
     * @return the register
     */
    public static Register withPaperSettings() {
        Register register = register();
        Map<String, String> implications = new LinkedHashMap<>();
        implications.put("Financial", "Costs agreed with " + PERSONAL_NAMES.get(2) + ".");
        implications.put("Risks and Impact", "Raised by " + ALIASES.get(1) + " at the last meeting.");
        PaperSettings paper = new PaperSettings(Optional.of("PAPER MARKED C"), Optional.of(PERSONAL_NAMES.get(1)),
                Optional.of(PERSONAL_NAMES.get(0) + ", Head of Estates"), Optional.of("10:00"), implications,
                List.of("Leavers list kept by " + ALIASES.get(0), "Inventory by " + ALIASES.get(2)),
                List.of(PERSONAL_NAMES.get(0) + ", " + PAPER_CONTACTS.get(0) + ", " + PAPER_CONTACTS.get(1),
                        PERSONAL_NAMES.get(2) + ", Information Management"));
        Scheme s = register.scheme();
        Scheme scheme = new Scheme(s.priorities(), s.assuranceLevels(), s.handlingMarkings(),
                s.forums().stream().map(f -> new Forum(f.id(), f.name(), f.role(), Optional.of(paper))).toList(), s.ragPolicy(),
                s.ragSettings(), s.reportingRules(), s.publishedResponseDays(), s.kindsSeparatedFor());
        return new Register(register.id(), register.organisation(), register.asOf(), scheme, register.people(), register.sources());
    }

    /**
     * The register.
     *
     * @return the register
     */
    public static Register register() {
        Optional<String> sensitive = Optional.of(SENSITIVE);
        Recommendation access = Recommendation.builder("access", "1.1", "Review who can reach the shared drives and remove leavers.", "Fundamental")
                .title("Shared drive access")
                .owners(List.of(
                        new Ownership("owner-b", Optional.of("Tobias Quennell's vetting strand"), Optional.of(PartialDate.ofMonth(2023, 1)),
                                Optional.of(PartialDate.ofMonth(2023, 12))),
                        new Ownership("owner-a", Optional.empty(), Optional.of(PartialDate.ofMonth(2023, 12)), Optional.empty())))
                .response(Optional.of(new ManagementResponse(ManagementResponse.Acceptance.ACCEPTED, Optional.of(PartialDate.ofMonth(2023, 2)),
                        "Accepted. The Kittiwake server room door code is changed weekly.", sensitive)))
                .targetHistory(List.of(
                        TargetRevision.of(TargetDate.parse("June 2023")),
                        new TargetRevision(TargetDate.parse("31 December 2024"), Optional.of(PartialDate.ofMonth(2023, 7)),
                                Optional.of("Tobias Quennell asked for more time"), Optional.of("owner-b"))))
                .updates(List.of(
                        new ProgressUpdate(PartialDate.ofMonth(2023, 11), Optional.of("author-c"),
                                "Marjorie Fenwick-Holt agreed the plan with Tobias Quennell.", Optional.empty(), Optional.empty(), Optional.of(60),
                                Optional.empty()),
                        new ProgressUpdate(PartialDate.ofMonth(2024, 1), Optional.of("owner-a"),
                                "A camera now covers the Larkspur Road custody suite store.", Optional.empty(), Optional.empty(), sensitive),
                        new ProgressUpdate(PartialDate.ofMonth(2024, 3), Optional.of("author-c"), "Inventory of shared drives complete.",
                                Optional.of(new UpdateSections(Optional.of("Ingrid Castellanos finished the inventory."),
                                        Optional.of("Remove leavers found by Marjorie Fenwick-Holt."), Optional.empty(), false, true)),
                                Optional.empty(), Optional.empty()),
                        new ProgressUpdate(PartialDate.ofMonth(2024, 4), Optional.of("owner-b"),
                                "Toby Quennell and I.\u00A0Castellanos checked the leavers list with Marjorie Dunwoody.", Optional.empty(),
                                Optional.empty(), Optional.of(90), Optional.empty())))
                .extensionRequests(List.of(
                        new ExtensionRequest(PartialDate.ofMonth(2023, 6), Optional.of("owner-b"),
                                TargetDate.parse("31 December 2024 (Tobias Quennell's estimate)"), Optional.of("Tobias Quennell asked for more time"),
                                Optional.of(new ExtensionRequest.Decision(ExtensionRequest.Outcome.APPROVED, "SORB", PartialDate.ofMonth(2023, 7),
                                        Optional.of("Agreed on Ingrid Castellanos's inventory plan"))),
                                Optional.empty()),
                        new ExtensionRequest(PartialDate.ofMonth(2024, 3), Optional.of("owner-a"), TargetDate.parse("June 2025"),
                                Optional.of("The Pennywhistle Lane armoury refit comes first."), Optional.empty(), sensitive)))
                .actions(List.of(
                        new Action("1", "Audit the drive permissions with Ingrid Castellanos.", List.of(Ownership.of("owner-b")), List.of(),
                                Action.State.COMPLETE, Optional.of(PartialDate.ofMonth(2024, 2)), Optional.empty()),
                        new Action("2", "Replace the Halcyon House informant database.", List.of(Ownership.of("owner-a")), List.of(),
                                Action.State.IN_PROGRESS, Optional.empty(), sensitive)))
                .decisions(List.of(new GovernanceDecision(PartialDate.ofMonth(2024, 3), "OWNER", GovernanceDecision.Kind.PROPOSED_CLOSED,
                        Optional.empty(), Optional.of("Closure waited on the Quarrymoor operation."), sensitive)))
                .evidence(List.of(new Evidence("Penetration test by Ravensworth Security found no open shares.",
                        Optional.of(PartialDate.ofMonth(2024, 3)), Optional.of("Ravensworth Security report.pdf"), List.of("0 open shares"),
                        sensitive)))
                .statedStatus(Optional.of("On track, says Marjorie Fenwick-Holt"))
                .statedRag(Optional.of("Amber (Tobias Quennell)"))
                .notes(Optional.of("Ingrid Castellanos keeps the leavers list; ask Toby Quennell or I.Castellanos."))
                .links(List.of(new Link(Link.Kind.DEPENDS_ON, NAMED_REVIEW + "-1", Optional.of("Needs the review Marjorie Dunwoody asked for"))))
                .build();
        Recommendation review = Recommendation.builder(NAMED_REVIEW + "-1", "1", "Toby Quennell to list the shared drives each team uses.",
                        "Significant")
                .title("Review requested by Marjorie Dunwoody")
                .owners(List.of(Ownership.of("owner-b")))
                .targetHistory(List.of(TargetRevision.of(TargetDate.parse("September 2024"))))
                .build();
        Recommendation relocation = Recommendation.builder("relocation", "1.2",
                        "Restrict the Fallowfield witness relocation list to named officers.", "Significant")
                .title("Witness relocation safeguards")
                .owners(List.of(Ownership.of("owner-a")))
                .targetHistory(List.of(TargetRevision.of(TargetDate.parse("March 2024"))))
                .marking(sensitive)
                .build();
        Recommendation vetting = Recommendation.builder("vetting", "R1", "Vet the Thornbury surveillance team again.", "Fundamental")
                .title("Re-vetting")
                .owners(List.of(Ownership.of("owner-b")))
                .targetHistory(List.of(TargetRevision.of(TargetDate.parse("TBC"))))
                .build();
        return new Register("contract-restricted", "Contract test force", ContractRegisters.scheme(),
                List.of(new Person("owner-a", "Marjorie Fenwick-Holt", Optional.of("MFH"), Optional.of("Head of Estates"), List.of(ALIASES.get(0))),
                        new Person("owner-b", "Tobias Quennell", Optional.empty(), Optional.of("Detective Chief Inspector, Public Protection"),
                                List.of(ALIASES.get(1))),
                        new Person("author-c", "Ingrid Castellanos", Optional.empty(), Optional.empty(), List.of(ALIASES.get(2)))),
                List.of(new Source("audit-2023", Source.Kind.INTERNAL_AUDIT, "Information Security", Optional.of("Mazars"),
                                Optional.of(PartialDate.ofMonth(2023, 1)), Optional.of("Limited"), Optional.empty(), Optional.empty(),
                                List.of(access, relocation)),
                        new Source("thornbury", Source.Kind.INSPECTION, "Operation Thornbury vetting review", Optional.of("HMICFRS"),
                                Optional.of(PartialDate.ofMonth(2023, 6)), Optional.empty(), Optional.empty(), sensitive, List.of(vetting)),
                        new Source(NAMED_REVIEW, Source.Kind.POST_IMPLEMENTATION_REVIEW, "Review requested by Marjorie Dunwoody",
                                Optional.of("Information Management"), Optional.of(PartialDate.ofMonth(2024, 1)), Optional.empty(),
                                Optional.of("audit-2023"), Optional.empty(), List.of(review))));
    }
}
