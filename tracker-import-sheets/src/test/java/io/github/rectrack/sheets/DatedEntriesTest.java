package io.github.rectrack.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rectrack.sheets.DatedEntries.Entry;
import io.github.rectrack.sheets.DatedEntries.Split;
import io.github.rectrack.model.PartialDate;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Splitting a cell of several dated progress entries, on update texts of the seed papers (Leicestershire's
 * JARAP tracker, Essex's ICO action plan, the Metropolitan Police Authority's action plan, Lancashire's
 * HMIC report) written in the shapes forces' sheets hold them. Personal names are initials or role titles.
 */
class DatedEntriesTest {

    /**
     * A cell, the dates of its entries ("none" for an undated one) joined by "|", the doubts, and how each
     * entry's text starts.
     */
    private static Arguments row(String cell, String dates, List<String> doubts, String... starts) {
        return Arguments.of(cell, List.of(dates.split("\\|")), doubts, List.of(starts));
    }

    private static Arguments row(String cell, String dates, String... starts) {
        return row(cell, dates, List.of(), starts);
    }

    static Stream<Arguments> seedCells() {
        return Stream.of(
                // Leicestershire, Corporate Governance Framework: "Update Month yyyy:" on each line
                row("Update May 2020: The Corporate Governance Framework has been reviewed and updated where necessary.\n"
                                + "Update July 2020: Draft Corporate Governance Framework is to be submitted to the Strategic "
                                + "Assurance Board on the 22nd July for approval and sign off – ACO Finance\n"
                                + "Update October 2020: The Corporate Governance Framework has been circulated for further "
                                + "consideration of the EMPLS and PCC.",
                        "2020-05|2020-07|2020-10",
                        "The Corporate Governance Framework has been reviewed", "Draft Corporate Governance Framework is",
                        "The Corporate Governance Framework has been circulated"),
                row("Update (October 2020) Milestones (1) and (2) the schedule creation work is complete.",
                        "2020-10", "Milestones (1) and (2)"),
                // two months before one year name the later one
                row("Update August / November 2018: This action is ongoing with the target date still expected to be achieved.\n"
                                + "Update January 2019: It is currently anticipated that this recommendation will be completed by "
                                + "the target date.",
                        "2018-11|2019-01", "This action is ongoing", "It is currently anticipated"),
                row("Update October & November 2019: The ACO Finance has agreed with the OPCC CEO that this will be "
                                + "refreshed by 31 Dec 2019.\nUpdate December 2019: The Corporate Governance Framework has been "
                                + "reviewed and updated where necessary.",
                        "2019-11|2019-12", "The ACO Finance has agreed", "The Corporate Governance Framework has been reviewed"),
                row("Update July 19 – An appropriate and simple method of complying with this requirement is in place.",
                        "2019-07", "An appropriate and simple method"),
                // a date inside the sentence stays in the text
                row("Update January 2019: VCOP group met on the 15th January 2019 and the VCOP leaflet was finalised in "
                                + "terms of content and format.",
                        "2019-01", "VCOP group met on the 15th January 2019 and"),
                // the heading on its own line, the text on the lines below
                row("Update April 2019:\nNationally a delay has occurred in the approved Information Asset Database being "
                                + "rolled out to forces.\nSORB did not get an opportunity to approve the IAO roll out plan.",
                        "2019-04", "Nationally a delay has occurred"),
                row("Update Jan 2019: Attached are the proposals and cost estimates for the Tranman upgrade.\n"
                                + "Update May 2019 - This will be delayed until the revised mileage feed from iR3 has been tested.",
                        "2019-01|2019-05", "Attached are the proposals", "This will be delayed"),
                row("Update November 2019 – Ongoing work by the Head of Vehicle Fleet and the team.\n\n"
                                + "Update December 2019 – The Head of Transport met with the new account manager for Civica on "
                                + "13th December.",
                        "2019-11|2019-12", "Ongoing work by the Head of Vehicle Fleet", "The Head of Transport met"),
                row("Update February 2017: At the February meeting of the VCOP improvement group this recommendation was "
                                + "adopted; Update November 2017: Project Darwin implementation continues.",
                        "2017-02|2017-11", "At the February meeting", "Project Darwin implementation"),
                row("Update June 2018 - The DI has formulated a 10 point plan.\n"
                                + "Update August 2018 – This will be achieved through a written 10 point plan.\n"
                                + "Update January 2019: The Supervisors Checklist has been developed.\n"
                                + "Update April 2019: The preparatory work has been completed.",
                        "2018-06|2018-08|2019-01|2019-04",
                        "The DI has formulated", "This will be achieved", "The Supervisors Checklist", "The preparatory work"),
                row("Update (May 2020) – The table below depicts the position chart from the February SORB meeting; "
                                + "Update (July 2020) – JARAP asked for figures around PDRs for closure in October",
                        "2020-05|2020-07", "The table below depicts", "JARAP asked for figures"),
                row("May 2020: Work in conjunction with Civica has been carried out.\n"
                                + "July 2020: The schedule creation work is proving labour intensive.\n"
                                + "October 2020: Milestones (1) and (2) complete.",
                        "2020-05|2020-07|2020-10", "Work in conjunction with Civica", "The schedule creation work",
                        "Milestones (1) and (2)"),
                row("May 2020 the table below depicts the position chart from the February SORB meeting.",
                        "2020-05", "the table below depicts"),
                row("Sept 2023 – Nationally a delay has occurred; Oct 2023 – the roll out is to proceed imminently",
                        "2023-09|2023-10", "Nationally a delay", "the roll out is to proceed"),
                // text before the first date is an undated entry
                row("Action 1 – This has been completed by the GDPR Project Manager.\n"
                                + "Update April 2019: The report needs a review by the Information Manager.",
                        "none|2019-04", "Action 1 – This has been completed", "The report needs a review"),
                // no year: no date
                row("PROPOSED CLOSED – Agreed closed at May SORB - JARAP to consider and agree closure.",
                        "none", "PROPOSED CLOSED – Agreed closed at May SORB"),
                row("12/05/2025 (SORB): Agreed closed at SORB now for JARAP to consider and agree closure.",
                        "2025-05-12", "(SORB): Agreed closed at SORB"),
                row("[12/05/25] Agreed closed at February SORB; [14/07/25] JARAP requested a copy of the audit",
                        "2025-05-12|2025-07-14", "Agreed closed at February SORB", "JARAP requested a copy"),
                row("Update 12/05/25 – PDR figures provided as requested by the July JARAP.",
                        "2025-05-12", "PDR figures provided"),
                // day-first numeric dates, as in the issue: "3/2/24 – …; 12/05/25 – …"
                row("3/2/24 – consultation under way; 12/05/25 – proposed to close, policy published",
                        "2024-02-03|2025-05-12", "consultation under way", "proposed to close, policy published"),
                row("Updated 04.02.2025 – proposed to close", "2025-02-04", "proposed to close"),
                // Essex ICO action plan
                row("Completed 23 Apr 2020. Amendments made 20 May 2020 to reflect NPCC training communication.",
                        "none", "Completed 23 Apr 2020. Amendments made 20 May 2020"),
                row("15/05/2020 – The RoA SoP was presented to AB.\n20/05/2020 - with JB for review. The associated Front "
                                + "Sheet is complete.",
                        "2020-05-15|2020-05-20", "The RoA SoP was presented to AB.", "with JB for review."),
                row("The RoA SoP was presented to AB on 15th May 2020. 20th May 2020 - with JB for review.",
                        "none", "The RoA SoP was presented to AB on 15th May 2020. 20th May 2020"),
                row("23/4/20 – Completed at meeting #1. Decision is to continue with current processes; 24/4/20 – JB and DJ "
                                + "(Records Manager) to discuss possible improvements",
                        "2020-04-23|2020-04-24", "Completed at meeting #1.", "JB and DJ (Records Manager)"),
                row("24.04.2020 – Completed. Licences obtained for download of BWV.", "2020-04-24", "Completed. Licences"),
                row("06.05.20 – Court Orders action completed\n04.06.20 – RoA action completed\n"
                                + "04.06.20 – Early Record Deletion action completed",
                        "2020-05-06|2020-06-04|2020-06-04", "Court Orders action", "RoA action", "Early Record Deletion"),
                row("6-5-2020 – Court Orders: action completed; 4-6-2020 – FOI: action completed",
                        "2020-05-06|2020-06-04", "Court Orders: action completed", "FOI: action completed"),
                row("2020-04-23 Diarising completed, now moved to business as usual.\n2020-05-21 New PERS151 training plan "
                                + "rolled out to all Information Rights & Data Quality team members.",
                        "2020-04-23|2020-05-21", "Diarising completed", "New PERS151 training plan"),
                row("6th May 2020 – Court Orders action completed\n4th June 2020 – RoA action completed",
                        "2020-05-06|2020-06-04", "Court Orders action completed", "RoA action completed"),
                row("07 May 20 – Spreadsheet created showing the position as at 5th May 2020.\n"
                                + "05 Aug 20 – Exercise re-done as at 5th August. Recommended for closure.",
                        "2020-05-07|2020-08-05", "Spreadsheet created", "Exercise re-done"),
                row("Court Order – complete RoA – complete FOI – complete Early Record Deletion – complete.",
                        "none", "Court Order – complete RoA"),
                row("Rota in place to provide daily cover; JB working with key departments; this action is complete.",
                        "none", "Rota in place to provide daily cover; JB working"),
                row("w/c 17/08/2020 a new approach to office support will be rolled out from 01/09/2020.",
                        "none", "w/c 17/08/2020 a new approach"),
                row("17/08/2020 new approach to office support agreed\n01/09/2020 rolled out for the Information Rights Section",
                        "2020-08-17|2020-09-01", "new approach to office support", "rolled out for the Information Rights"),
                row("7th October 2020 – 1 x existing secondment returned to their substantive post; 6 October 2020 – "
                                + "closing date passed but no applications have been received",
                        "2020-10-07|2020-10-06", "1 x existing secondment", "closing date passed"),
                row("• 11/02/2020 – Wellbeing Leadership Group met\n• 07/04/2020 – Wellbeing Leadership Group met",
                        "2020-02-11|2020-04-07", "Wellbeing Leadership Group met", "Wellbeing Leadership Group met"),
                row("As at 8th October 2020: 3 Court Orders IOs accredited against a 6-month target of 4.",
                        "2020-10-08", "3 Court Orders IOs accredited"),
                row("Progress update 3rd Jul 2020 – 2 x SIOs have been extended until 31st March 2021",
                        "2020-07-03", "2 x SIOs have been extended"),
                // Metropolitan Police Authority action plan
                row("17 January 02 – proposals for change accepted by BVPB. Implementation of revised support structure underway",
                        "2002-01-17", "proposals for change accepted by BVPB"),
                row("March 31 2002 Recommendation met: completely", "none", "March 31 2002 Recommendation met"),
                row("April 2002: guidance to business groups to be approved by the QPRMG Strategic Committee.\n"
                                + "Recommendation met: significantly",
                        "2002-04", "guidance to business groups"),
                row("May 12 officers completed the training", "none", "May 12 officers"),
                // Lancashire HMIC information management report
                row("31st October 2015 – revised Information Management Strategy agreed at the Strategic Management Board; "
                                + "23 November 2015 – MoPI auditor posts advertised",
                        "2015-10-31|2015-11-23", "revised Information Management Strategy", "MoPI auditor posts"),
                row("March 2016: a further report to be brought back to Strategic Scrutiny.", "2016-03", "a further report"),
                row("The Information Management Policy was published on 3 May 2024 and circulated to all staff.",
                        "none", "The Information Management Policy was published on 3 May 2024"),
                // a paragraph number is not a date
                row("4.1.12 The Standing Orders should be updated to reflect the change in procedure.",
                        "none", "4.1.12 The Standing Orders"),
                // shapes of dates that name no day
                row("31/02/2021 – Action complete", "none",
                        List.of("'31/02/2021' looks like a date but is not one (day first: 31 February 2021)"),
                        "31/02/2021 – Action complete"),
                row("3/2/24 – consultation under way\n12/25/2024 – proposed to close", "2024-02-03",
                        List.of("'12/25/2024' looks like a date but is not one (day first: day 12 of month 25 of 2024)"),
                        "consultation under way\n12/25/2024 – proposed to close"),
                row("Update 31st February 2021: Action complete; 1 March 2021 – evidence provided", "none|2021-03-01",
                        List.of("'31st February 2021' looks like a date but is not one (31 February 2021 does not exist)"),
                        "Update 31st February 2021: Action complete", "evidence provided"));
    }

    @ParameterizedTest
    @MethodSource("seedCells")
    void splitsCellsOfTheSeedPapers(String cell, List<String> dates, List<String> doubts, List<String> starts) {
        Split split = DatedEntries.split(cell);

        assertThat(split.entries()).hasSize(starts.size());
        assertThat(split.entries()).extracting(e -> e.date().map(PartialDate::toString).orElse("none"))
                .containsExactlyElementsOf(dates);
        for (int i = 0; i < starts.size(); i++) {
            assertThat(split.entries().get(i).text()).as("entry %d", i + 1).startsWith(starts.get(i));
        }
        assertThat(split.doubts()).containsExactlyElementsOf(doubts);
    }

    @Test
    void theTableHoldsAtLeastFortyCells() {
        assertThat(seedCells()).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void anEmptyOrBlankCellGivesNoEntries() {
        assertThat(DatedEntries.split("").entries()).isEmpty();
        assertThat(DatedEntries.split(" \n\u00A0\r\n ").entries()).isEmpty();
        assertThat(DatedEntries.split(null).entries()).isEmpty();
    }

    @Test
    void blankLinesBeforeTheFirstDateAreDroppedAndSemicolonsWithoutADateAreKept() {
        assertThat(DatedEntries.split(" \n\nMay 2020: done;\n\n").entries())
                .containsExactly(new Entry(Optional.of(PartialDate.ofMonth(2020, 5)), "done;"));
        assertThat(DatedEntries.split(";\n;").entries()).containsExactly(new Entry(Optional.empty(), ";\n;"));
    }

    @Test
    void aCellWithNoDateIsOneUndatedEntryOfTheWholeText() {
        String cell = "No update from Thurrock or Essex Legal Services.\nTo be chased at the next meeting.";

        assertThat(DatedEntries.split(cell).entries())
                .containsExactly(new Entry(Optional.empty(), cell));
    }

    @Test
    void aCellOfOnlyADateIsOneEntryOfThatDateWithTheDateAsItsText() {
        assertThat(DatedEntries.split("12/05/2025").entries())
                .containsExactly(new Entry(Optional.of(PartialDate.of(2025, 5, 12)), "12/05/2025"));
        assertThat(DatedEntries.split(" Update May 2020: ").entries())
                .containsExactly(new Entry(Optional.of(PartialDate.ofMonth(2020, 5)), "Update May 2020:"));
    }

    @Test
    void aDateFollowedByNothingKeepsItsDateAndIsNotLost() {
        assertThat(DatedEntries.split("3/2/24 – consultation under way\n12/05/25 –").entries()).containsExactly(
                new Entry(Optional.of(PartialDate.of(2024, 2, 3)), "consultation under way"),
                new Entry(Optional.of(PartialDate.of(2025, 5, 12)), "12/05/25 –"));
    }

    @Test
    void crlfLineBreaksSplitEntriesAndInnerBreaksAreKeptAsNewLines() {
        Split split = DatedEntries.split("Update May 2020: the Framework was circulated.\r\nLimited feedback from COT.\r\n"
                + "Update July 2020: to be submitted to SAB\rfor sign off");

        assertThat(split.entries()).containsExactly(
                new Entry(Optional.of(PartialDate.ofMonth(2020, 5)), "the Framework was circulated.\nLimited feedback from COT."),
                new Entry(Optional.of(PartialDate.ofMonth(2020, 7)), "to be submitted to SAB\nfor sign off"));
    }

    @Test
    void noBreakSpacesAroundSeparatorsAreSpaces() {
        Split split = DatedEntries.split("\u00A03/2/24\u00A0–\u00A0consultation under way;\u00A012/05/25\u00A0-\u00A0"
                + "proposed to close\u00A0\nMay\u00A02020:\u00A0policy\u00A0published\u00A0");

        assertThat(split.entries()).containsExactly(
                new Entry(Optional.of(PartialDate.of(2024, 2, 3)), "consultation under way"),
                new Entry(Optional.of(PartialDate.of(2025, 5, 12)), "proposed to close"),
                new Entry(Optional.of(PartialDate.ofMonth(2020, 5)), "policy\u00A0published"));
    }

    @Test
    void enAndEmDashesHyphensColonsAndFullStopsSeparateTheDateFromTheText() {
        Split split = DatedEntries.split("3/2/24 — em dash\n4/2/24–en dash no spaces\n5/2/24 - hyphen\n6/2/24: colon\n"
                + "7 Feb 2024. full stop\n8/2/24 just a space\n9/2/24 :- colon and hyphen");

        assertThat(split.entries()).extracting(Entry::text).containsExactly(
                "em dash", "en dash no spaces", "hyphen", "colon", "full stop", "just a space", "colon and hyphen");
        assertThat(split.entries()).extracting(e -> e.date().orElseThrow().first().getDayOfMonth())
                .containsExactly(3, 4, 5, 6, 7, 8, 9);
        assertThat(split.doubts()).isEmpty();
    }

    @Test
    void entriesKeepTheOrderWrittenAndTheLatestDateIsFound() {
        Split split = DatedEntries.split("12/05/25 – proposed to close\nIntroductory note\n3/2/24 – consultation under way\n"
                + "May 2025: policy published");

        assertThat(split.entries()).extracting(Entry::date).containsExactly(
                Optional.of(PartialDate.of(2025, 5, 12)), Optional.of(PartialDate.of(2024, 2, 3)),
                Optional.of(PartialDate.ofMonth(2025, 5)));
        assertThat(split.entries().get(0).text()).isEqualTo("proposed to close\nIntroductory note");
        assertThat(split.latest()).hasValue(PartialDate.of(2025, 5, 12));
        assertThat(DatedEntries.latest(split.entries())).hasValue(PartialDate.of(2025, 5, 12));
        assertThat(DatedEntries.split("No update from Thurrock.").latest()).isEmpty();
    }

    @Test
    void aYearOutsideTheRegistersRangeIsADoubt() {
        Split split = DatedEntries.split("12/05/2205 – proposed to close");

        assertThat(split.entries()).containsExactly(new Entry(Optional.empty(), "12/05/2205 – proposed to close"));
        assertThat(split.doubts()).containsExactly(
                "'12/05/2205' looks like a date but is not one (day first: 12 May 2205, and years run from 1900 to 2100)");
    }

    @Test
    void anEntryMustHaveText() {
        assertThatThrownBy(() -> new Entry(Optional.empty(), " \u00A0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an entry's text must not be blank");
    }

    @Property
    void entriesWrittenDayFirstSplitBackIntoTheSameDatesAndTexts(@ForAll("entries") List<Entry> entries) {
        List<String> lines = new ArrayList<>();
        for (Entry entry : entries) {
            lines.add(DateTimeFormatter.ofPattern("d/M/yy").format(entry.date().orElseThrow().first()) + " – " + entry.text());
        }

        Split split = DatedEntries.split(String.join("\n", lines));

        assertThat(split.entries()).isEqualTo(entries);
        assertThat(split.doubts()).isEmpty();
    }

    @Property(tries = 2000)
    void anyTextSplitsIntoNonBlankPiecesOfItself(@ForAll("cells") String cell) {
        Split split = DatedEntries.split(cell);
        String normalised = cell.replace("\r\n", "\n").replace('\r', '\n');

        for (Entry entry : split.entries()) {
            assertThat(normalised).contains(entry.text());
            assertThat(entry.text()).isNotBlank();
        }
    }

    @Provide
    Arbitrary<List<Entry>> entries() {
        Arbitrary<LocalDate> days = Arbitraries.longs()
                .between(LocalDate.of(2000, 1, 1).toEpochDay(), LocalDate.of(2099, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
        Arbitrary<String> texts = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12)
                .list().ofMinSize(1).ofMaxSize(6).map(words -> String.join(" ", words));
        return Combinators.combine(days, texts).as((day, text) -> new Entry(Optional.of(PartialDate.of(day)), text))
                .list().ofMinSize(1).ofMaxSize(8);
    }

    @Provide
    Arbitrary<String> cells() {
        return Arbitraries.strings()
                .withChars("0123456789/.-–—:;, \n\r\u00A0[]()")
                .withChars("MayJunSeptUpdate")
                .ofMaxLength(60);
    }
}
