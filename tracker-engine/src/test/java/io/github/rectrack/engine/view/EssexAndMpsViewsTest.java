package io.github.rectrack.engine.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.rectrack.engine.evaluation.StatusEngine;
import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.engine.spi.rag.Rag;
import io.github.rectrack.engine.status.Status;
import io.github.rectrack.model.DegreeMet;
import io.github.rectrack.model.Link;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Golden values of the report views for the Essex ICO action plan and the MPA District Audit summary. */
class EssexAndMpsViewsTest {

    private static final StatusEngine ENGINE = new StatusEngine();

    private static ReportViews views(ReferenceRegister register, String forum) {
        return ReportViews.of(ENGINE.evaluate(register.load(), register.paperDate()), forum);
    }

    private static Map<String, Appendix.Entry> byReference(Appendix appendix) {
        return appendix.sources().stream().flatMap(s -> s.items().stream())
                .collect(java.util.stream.Collectors.toMap(Appendix.Entry::reference, e -> e));
    }

    @Test
    void essexSummaryUnderTheReferencePolicyWithDefaultSettings() {
        SummaryMatrix summary = views(ReferenceRegister.ESSEX_ICO_2020, "IRDM").summary();

        // The scheme names the reference policy with no settings, so its defaults apply:
        // RED 4: in progress past a dated target (2.3 21 May, 3.2 4 Jun, 3.4 7 May, 4.8 21 May 2020).
        // AMBER 25: 21 proposed closed (proposedClosed defaults to AMBER), 4.9 hibernated (hibernated
        //   defaults to AMBER), 6.3 with an ongoing target (noDeadline defaults to AMBER), 8.3 and 8.4
        //   within their 31 March 2021 target.
        // GREEN 4: 2.4, 2.5, 2.6 moved to business as usual (businessAsUsual defaults to GREEN) and 6.2 closed.
        assertThat(summary.priorities()).containsExactly("Key action");
        assertThat(summary.counts().get("Key action")).containsExactly(
                Map.entry(Rag.RED, 4), Map.entry(Rag.AMBER, 25), Map.entry(Rag.GREEN, 4), Map.entry(Rag.GREY, 0));
        assertThat(summary.total()).isEqualTo(33);
        assertThat(summary.proposedClosed()).isEqualTo(21);
    }

    @Test
    void essexAppendixShowsHibernationDuplicateAndBusinessAsUsual() {
        Appendix appendix = views(ReferenceRegister.ESSEX_ICO_2020, "IRDM").appendix();

        assertThat(appendix.sources()).singleElement().satisfies(s -> {
            assertThat(s.title()).isEqualTo("ICO timeliness audit action plan (Information Rights Development Plan)");
            assertThat(s.issuedBy()).contains("Information Commissioner's Office");
            assertThat(s.countsByPriority()).containsExactly(Map.entry("Key action", 33));
            assertThat(s.wholeReport()).isFalse();
        });
        Map<String, Appendix.Entry> items = byReference(appendix);

        // "This action will be hibernated until work resumes": amber, not red, under the default setting.
        assertThat(items.get("4.9")).extracting(Appendix.Entry::status, Appendix.Entry::rag).containsExactly(Status.HIBERNATED, Rag.AMBER);
        // "Effectively a duplicate of 3.6 so closed 24 Apr 2020": closed by IRDM, linked to 3.6.
        Appendix.Entry duplicate = items.get("6.2");
        assertThat(duplicate).extracting(Appendix.Entry::status, Appendix.Entry::rag).containsExactly(Status.CLOSED, Rag.GREEN);
        assertThat(duplicate.links()).extracting(l -> l.link().kind(), l -> l.link().target(), Appendix.LinkEntry::targetReference)
                .containsExactly(tuple(Link.Kind.DUPLICATES, "essex-ico-3.6", Optional.of("3.6")));
        assertThat(duplicate.decisions()).extracting(d -> d.forum(), d -> d.kind().name(), d -> d.date().toString())
                .containsExactly(tuple("IRDM", "CLOSED", "2020-04-24"));
        // Business as usual: green by default, whatever their recurring or ongoing targets.
        assertThat(List.of(items.get("2.4"), items.get("2.5"), items.get("2.6")))
                .extracting(Appendix.Entry::status, Appendix.Entry::rag, e -> e.currentTarget().orElseThrow().revision().target().text())
                .containsExactly(
                        tuple(Status.BUSINESS_AS_USUAL, Rag.GREEN, "23 Apr 2020 then repeat as business as usual"),
                        tuple(Status.BUSINESS_AS_USUAL, Rag.GREEN, "21 May 2020 then repeat as business as usual"),
                        tuple(Status.BUSINESS_AS_USUAL, Rag.GREEN, "23 Apr 2020 onwards"));
        // Owners resolved: initials as published, and the Senior Information Officers role.
        assertThat(items.get("2.6").owners()).extracting(Appendix.Owner::name)
                .containsExactly("AB", "JB", "Senior Information Officers", "Information Officers");
        assertThat(items.get("5.2").owners()).isEmpty();
    }

    @Test
    void essexClosureReadinessAndSlippage() {
        ReportViews views = views(ReferenceRegister.ESSEX_ICO_2020, "IRDM");

        // No board agreement is recorded for any proposal, and only 8.5 has evidence (the Finance
        // confirmation of 6 May 2020). "Recommended for closure" alone states no implementation (1.1, 4.3,
        // 4.4, 4.7).
        ClosureReadiness readiness = views.closureReadiness();
        assertThat(readiness.items()).hasSize(21).allSatisfy(i -> assertThat(i.passes(ClosureReadiness.Check.BOARD_AGREED)).isFalse());
        assertThat(readiness.items()).filteredOn(i -> !i.passes(ClosureReadiness.Check.IMPLEMENTATION_STATED))
                .extracting(ClosureReadiness.Item::reference).containsExactly("1.1", "4.3", "4.4", "4.7");
        assertThat(readiness.items()).filteredOn(i -> i.passes(ClosureReadiness.Check.EVIDENCE_GIVEN))
                .extracting(ClosureReadiness.Item::reference).containsExactly("8.5");

        // Open items past their dated target (2.3, 3.2, 3.4, 4.8), and those proposed closed only after
        // their target had passed (proposals dated 2020-10, or 3.5 on 24 April against 23 April, 4.1 on
        // 4 June against 7 May, 8.5 on 6 May against 23 April). Proposed on the day (2.1, 2.2, 3.3, 8.1
        // on 23 April) or without a deadline (5.2, 6.1, 7.1) is no slippage.
        assertThat(views.slippage().items()).extracting(Slippage.Item::reference).containsExactly(
                "1.1", "2.3", "3.1", "3.2", "3.4", "3.5", "3.6", "4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7", "4.8",
                "5.1", "8.2", "8.5");
    }

    @Test
    void mpsAppendixReportsTheDegreeMetOfEveryRecommendation() {
        ReportViews views = views(ReferenceRegister.MPS_DISTRICT_AUDIT_2002, "MPA");
        Appendix appendix = views.appendix();

        assertThat(appendix.sources()).singleElement().satisfies(s -> {
            assertThat(s.title()).isEqualTo("District Audit report on the Policing and Performance Plan 2001/2");
            assertThat(s.countsByPriority()).containsExactly(Map.entry("Ungraded", 13));
        });
        assertThat(appendix.sources().get(0).items()).extracting(Appendix.Entry::reference, Appendix.Entry::degreeMet)
                .containsExactly(
                        tuple("R1", Optional.of(DegreeMet.PARTIALLY)),
                        tuple("R2", Optional.of(DegreeMet.COMPLETELY)),
                        tuple("R3", Optional.of(DegreeMet.MODERATELY)),
                        tuple("R4", Optional.of(DegreeMet.COMPLETELY)),
                        tuple("R5", Optional.of(DegreeMet.COMPLETELY)),
                        tuple("R6", Optional.of(DegreeMet.SIGNIFICANTLY)),
                        tuple("R7", Optional.of(DegreeMet.SIGNIFICANTLY)),
                        tuple("R8", Optional.of(DegreeMet.MODERATELY)),
                        tuple("R9", Optional.of(DegreeMet.SIGNIFICANTLY)),
                        tuple("R10", Optional.of(DegreeMet.COMPLETELY)),
                        tuple("R11", Optional.of(DegreeMet.COMPLETELY)),
                        tuple("R12", Optional.of(DegreeMet.COMPLETELY)),
                        tuple("R13", Optional.of(DegreeMet.SIGNIFICANTLY)));
        Map<String, Appendix.Entry> items = byReference(appendix);
        // R4 has no timescale (transcription note 2); R7 has its two timetable actions.
        assertThat(items.get("R4").targets()).isEmpty();
        assertThat(items.get("R4").currentTarget()).isEmpty();
        assertThat(items.get("R7").actions()).extracting(Appendix.ActionEntry::number)
                .containsExactly("R7-guidance", "R7-compliance-timetable");
        assertThat(items.get("R1").tags()).containsExactly("statutory");
        // No decisions: all 13 are in progress and amber; none slipped past a deadline by 31 March 2002
        // (R2's "31 March 02" is the day itself), and none is proposed for closure.
        assertThat(views.summary().count("Ungraded", Rag.AMBER)).isEqualTo(13);
        assertThat(views.slippage().items()).isEmpty();
        assertThat(views.closureReadiness().items()).isEmpty();
        assertThat(views.chaseList().owners()).isEmpty();
    }
}
