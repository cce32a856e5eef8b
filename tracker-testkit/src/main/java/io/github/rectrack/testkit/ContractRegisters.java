package io.github.rectrack.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.model.ExtensionRequest;
import io.github.rectrack.model.Forum;
import io.github.rectrack.model.GovernanceDecision;
import io.github.rectrack.model.ManagementResponse;
import io.github.rectrack.model.Ownership;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.Person;
import io.github.rectrack.model.ProgressUpdate;
import io.github.rectrack.model.Recommendation;
import io.github.rectrack.model.Register;
import io.github.rectrack.model.ReportingRule;
import io.github.rectrack.model.ReportingRules;
import io.github.rectrack.model.Scheme;
import io.github.rectrack.model.Source;
import io.github.rectrack.model.TargetDate;
import io.github.rectrack.model.TargetRevision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Registers the contracts export and import, built in code: an empty register, and one in which, on
 * {@link #DAY}, every {@link io.github.rectrack.engine.status.Status} and every {@link
 * io.github.rectrack.engine.spi.rag.Rag} colour occurs, with awkward text (commas, quotes, line breaks,
 * formula-like values, non-ASCII letters). Plug-in authors can use them in their own tests too.
 *
 * <p>{@link #everyStatusAndColour()} also holds every fact a format must carry beyond statuses: an
 * approved, a refused and a pending extension request (the approved one matched by its target revision),
 * a percent complete, a stated status, a stated RAG, notes, a management response that does not say
 * whether it was accepted, a risk accepted by the panel, and the register's own as-of day.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ContractRegisters {

    /** The day {@link #everyStatusAndColour()} is meant to be evaluated on. */
    public static final LocalDate DAY = LocalDate.of(2024, 3, 31);

    /** The day {@link #everyStatusAndColour()} states its content as of: the register's own as-of day. */
    public static final LocalDate STATED_AS_OF = LocalDate.of(2024, 3, 28);

    private ContractRegisters() {}

    /**
     * The scheme of the 2020 Leicestershire paper with the reference RAG policy's default settings.
     *
     * @return the scheme
     */
    public static Scheme scheme() {
        return new Scheme(
                List.of("Fundamental", "Significant", "Housekeeping"),
                List.of("Substantial", "Satisfactory", "Limited", "No assurance"),
                List.of("OFFICIAL", "OFFICIAL-SENSITIVE"),
                List.of(new Forum("OWNER", "Business owner", Forum.Role.OWNER),
                        new Forum("SORB", "Strategic Organisational Risk Board", Forum.Role.BOARD),
                        new Forum("JARAP", "Joint Audit, Risk and Assurance Panel", Forum.Role.PANEL)),
                "reference",
                Map.of(),
                new ReportingRules(List.of(
                        new ReportingRule(Optional.of("Satisfactory"), Optional.empty(), List.of("Fundamental", "Significant"), "JARAP", false),
                        new ReportingRule(Optional.of("Satisfactory"), Optional.empty(), List.of("Housekeeping"), "SORB", false),
                        new ReportingRule(Optional.empty(), Optional.of("Limited"), List.of(), "JARAP", true)),
                        "JARAP"));
    }

    /**
     * A register with no sources.
     *
     * @return the register
     */
    public static Register empty() {
        return new Register("contract-empty", "Contract test force", scheme(), List.of(), List.of());
    }

    /**
     * A register in which, as of {@link #DAY}, every status and every colour occurs: open, in progress
     * within and past its target, proposed closed, closure agreed, closed, further evidence requested,
     * closure disputed, superseded, not accepted, hibernated, re-opened, moved to business as usual and
     * risk accepted. Its content is stated as of {@link #STATED_AS_OF}. "1.2" has a percent complete on its
     * update, a stated status, a stated RAG and notes; "1.3" (overdue) has an approved, a refused and a
     * pending extension request, its target history holds the approved one's revision, and its stated
     * colour ("A") is not the one the policy computes (red); "R3" has a management response that does not
     * say whether it was accepted.
     *
     * @return the register
     */
    public static Register everyStatusAndColour() {
        List<Recommendation> audit = new ArrayList<>();
        audit.add(item("open", "1.1", "Nothing has happened yet, \"not even\" a reply", "Fundamental", "TBC").build());
        audit.add(item("within-target", "1.2", "Work under way,\nwithin its target", "Significant", "31 December 2030")
                .updates(List.of(update(PartialDate.ofMonth(2023, 6), "Café – £43k spent; 'quotes' obtained").withPercentComplete(40)))
                .statedStatus(Optional.of("On track"))
                .statedRag(Optional.of("Green"))
                .notes(Optional.of("Quotes held by the estates team;\n=café refit next"))
                .build());
        audit.add(item("overdue", "1.3", "=SUM(A1:A9) looks like a formula", "Fundamental", "End March 2023")
                .targetHistory(List.of(TargetRevision.of(TargetDate.parse("End March 2023")),
                        new TargetRevision(TargetDate.parse("30 September 2023"), Optional.of(PartialDate.ofMonth(2023, 4)),
                                Optional.of("Supplier delay"), Optional.of("SORB"))))
                .extensionRequests(List.of(
                        new ExtensionRequest(PartialDate.ofMonth(2023, 3), Optional.of("epac-manager"), TargetDate.parse("30 September 2023"),
                                Optional.of("Supplier delay"), Optional.of(new ExtensionRequest.Decision(ExtensionRequest.Outcome.APPROVED, "SORB",
                                        PartialDate.ofMonth(2023, 4), Optional.of("Agreed once; no further extension"))), Optional.empty()),
                        new ExtensionRequest(PartialDate.of(2023, 9, 12), Optional.of("epac-manager"), TargetDate.parse("March 2024"),
                                Optional.of("Staff turnover, \"again\""), Optional.of(new ExtensionRequest.Decision(ExtensionRequest.Outcome.REFUSED,
                                        "JARAP", PartialDate.of(2023, 10, 16), Optional.empty())), Optional.empty()),
                        ExtensionRequest.of(PartialDate.ofMonth(2024, 2), TargetDate.parse("Qtr 1 2025"))))
                .updates(List.of(update(PartialDate.ofMonth(2023, 2), "-5% on last year"),
                        update(PartialDate.of(2024, 1, 15), "@owner please update")))
                .owners(List.of(new Ownership("property-manager", Optional.empty(), Optional.empty(), Optional.of(PartialDate.ofMonth(2023, 6))),
                        Ownership.of("epac-manager")))
                .statedStatus(Optional.of("Off track – time extension requested"))
                .statedRag(Optional.of("A"))
                .build());
        audit.add(item("proposed", "1.4", "Proposed for closure", "Housekeeping", "June 2023")
                .updates(List.of(update(PartialDate.ofMonth(2023, 11), "Implemented; I propose that this is closed.")))
                .decisions(List.of(decision(2023, 11, "OWNER", GovernanceDecision.Kind.PROPOSED_CLOSED))).build());
        audit.add(item("agreed", "1.5", "Closure agreed by the board", "Significant", "June 2023")
                .decisions(List.of(decision(2023, 11, "OWNER", GovernanceDecision.Kind.PROPOSED_CLOSED),
                        decision(2024, 1, "SORB", GovernanceDecision.Kind.CLOSURE_AGREED))).build());
        audit.add(item("closed", "1.6", "Closed by the panel", "Fundamental", "June 2023")
                .decisions(List.of(decision(2023, 11, "OWNER", GovernanceDecision.Kind.PROPOSED_CLOSED),
                        decision(2024, 1, "SORB", GovernanceDecision.Kind.CLOSURE_AGREED),
                        decision(2024, 2, "JARAP", GovernanceDecision.Kind.CLOSED))).build());
        audit.add(item("evidence", "1.7", "Panel asked for more evidence", "Fundamental", "June 2023")
                .decisions(List.of(decision(2023, 11, "OWNER", GovernanceDecision.Kind.PROPOSED_CLOSED),
                        decision(2024, 2, "JARAP", GovernanceDecision.Kind.FURTHER_EVIDENCE_REQUESTED))).build());
        audit.add(item("disputed", "1.8", "Closure disputed", "Significant", "June 2023")
                .decisions(List.of(decision(2023, 11, "OWNER", GovernanceDecision.Kind.PROPOSED_CLOSED),
                        decision(2024, 2, "JARAP", GovernanceDecision.Kind.CLOSURE_DISPUTED))).build());
        List<Recommendation> inspection = new ArrayList<>();
        inspection.add(item("superseded", "R1", "Superseded by a later report", "Fundamental", "Ongoing")
                .decisions(List.of(decision(2023, 9, "JARAP", GovernanceDecision.Kind.SUPERSEDED))).build());
        inspection.add(item("refused", "R2", "Not accepted by management", "Significant", "")
                .response(Optional.of(new ManagementResponse(ManagementResponse.Acceptance.NOT_ACCEPTED,
                        Optional.of(PartialDate.ofMonth(2023, 5)), "Not accepted: cost outweighs benefit.", Optional.empty())))
                .build());
        inspection.add(item("hibernated", "R3", "Paused until the new system arrives", "Housekeeping", "Dependent on R1")
                .response(Optional.of(ManagementResponse.unstated("Management will revisit this when the new system arrives.")))
                .decisions(List.of(decision(2023, 10, "SORB", GovernanceDecision.Kind.HIBERNATED))).build());
        inspection.add(item("reopened", "R4", "Closed, then re-opened", "Fundamental", "1st quarter of 2025")
                .tags(List.of("statutory", "re-opened"))
                .decisions(List.of(decision(2023, 7, "JARAP", GovernanceDecision.Kind.CLOSED),
                        decision(2024, 2, "JARAP", GovernanceDecision.Kind.REOPENED))).build());
        inspection.add(item("bau", "R5", "Moved into business as usual", "Significant", "Qtr 3 / 4 2023")
                .reportedTo(Optional.of("SORB"))
                .decisions(List.of(decision(2023, 12, "SORB", GovernanceDecision.Kind.MOVED_TO_BUSINESS_AS_USUAL))).build());
        inspection.add(item("risk-accepted", "R6", "Risk of not acting accepted by the panel", "Housekeeping", "March 2024")
                .decisions(List.of(decision(2024, 2, "JARAP", GovernanceDecision.Kind.RISK_ACCEPTED))).build());
        return new Register("contract-every-status", "Contract test force", Optional.of(STATED_AS_OF), scheme(),
                List.of(new Person("property-manager", "Evidential Property Manager", Optional.of("EPM"), Optional.empty()),
                        new Person("epac-manager", "EPAC Manager", Optional.of("AP"), Optional.of("Manager, Evidential Property"))),
                List.of(new Source("audit-2023", Source.Kind.INTERNAL_AUDIT, "Seized & Found Property, \"revisit\"", Optional.of("Mazars"),
                                Optional.of(PartialDate.ofMonth(2023, 1)), Optional.of("Limited"), Optional.empty(), Optional.empty(), audit),
                        new Source("inspection-2023", Source.Kind.INSPECTION, "PEEL 2023", Optional.of("HMICFRS"),
                                Optional.of(PartialDate.ofYear(2023)), Optional.empty(), Optional.empty(), Optional.empty(), inspection)));
    }

    private static Recommendation.Builder item(String id, String reference, String text, String priority, String target) {
        return Recommendation.builder(id, reference, text, priority)
                .title(text.length() > 30 ? text.substring(0, 30).strip() : text)
                .owners(List.of(Ownership.of("epac-manager")))
                .targetHistory(target.isEmpty() ? List.of() : List.of(TargetRevision.of(TargetDate.parse(target))));
    }

    private static ProgressUpdate update(PartialDate date, String text) {
        return ProgressUpdate.of(date, text);
    }

    private static GovernanceDecision decision(int year, int month, String forum, GovernanceDecision.Kind kind) {
        return new GovernanceDecision(PartialDate.ofMonth(year, month), forum, kind, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
