package io.github.rectrack.model;

import static io.github.rectrack.model.TargetDate.Kind.CONDITIONAL;
import static io.github.rectrack.model.TargetDate.Kind.DAY;
import static io.github.rectrack.model.TargetDate.Kind.FINANCIAL_YEAR;
import static io.github.rectrack.model.TargetDate.Kind.MONTH;
import static io.github.rectrack.model.TargetDate.Kind.ONGOING;
import static io.github.rectrack.model.TargetDate.Kind.QUARTER;
import static io.github.rectrack.model.TargetDate.Kind.QUARTER_SPAN;
import static io.github.rectrack.model.TargetDate.Kind.RANGE;
import static io.github.rectrack.model.TargetDate.Kind.RECURRING;
import static io.github.rectrack.model.TargetDate.Kind.TBC;
import static io.github.rectrack.model.TargetDate.Kind.UNRECOGNISED;
import static io.github.rectrack.model.TargetDate.Kind.VARIOUS;
import static io.github.rectrack.model.TargetDate.Kind.YEAR;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The target-date table: each row is a target as written, with the kind, first day and deadline it
 * means. Rows marked with a seed paper are copied verbatim from {@code /work/shared/seeds/} (personal
 * names left out): 000 = Essex Police ICO timeliness action plan 2020, 001 = Leicestershire JARAP
 * paper 16 Oct 2020, 002 = MPA District Audit policing plan 2001/2 progress summary.
 */
class TargetDateParserTest {

    static Stream<Arguments> table() {
        return Stream.of(
                // ---- 000 Essex ICO timeliness action plan: the Target column ----
                row("7 May 2020", DAY, "2020-05-07", "2020-05-07"), // 000 Essex
                row("23 Apr 2020", DAY, "2020-04-23", "2020-04-23"), // 000 Essex
                row("21 May 2020", DAY, "2020-05-21", "2020-05-21"), // 000 Essex
                row("8 May 2020", DAY, "2020-05-08", "2020-05-08"), // 000 Essex
                row("14 May 2020", DAY, "2020-05-14", "2020-05-14"), // 000 Essex
                row("4 Jun 2020", DAY, "2020-06-04", "2020-06-04"), // 000 Essex
                row("3rd July 2020", DAY, "2020-07-03", "2020-07-03"), // 000 Essex
                row("31 Mar 2021", DAY, "2021-03-31", "2021-03-31"), // 000 Essex
                row("23 Apr 2020 then repeat as business as usual", RECURRING, "2020-04-23", null), // 000 Essex
                row("21 May 2020 then repeat as business as usual", RECURRING, "2020-05-21", null), // 000 Essex
                row("23 Apr 2020 onwards", ONGOING, "2020-04-23", null), // 000 Essex
                row("Variable", VARIOUS, null, null), // 000 Essex
                row("Various", VARIOUS, null, null), // 000 Essex
                row("Ongoing", ONGOING, null, null), // 000 Essex, also 002 MPS
                row("Conclusion of pandemic", CONDITIONAL, null, null), // 000 Essex
                row("Dependent on completion of work in preceding tables.", CONDITIONAL, null, null), // 000 Essex
                row("Dependent on 8.2", CONDITIONAL, null, null), // 000 Essex, also DOMAIN.md
                row("6-month Target (07/11/2020)", DAY, "2020-11-07", "2020-11-07"), // 000 Essex
                row("during Q4’2020", QUARTER, "2020-10-01", "2020-12-31"), // 000 Essex
                row("by December 2020", MONTH, "2020-12-01", "2020-12-31"), // 000 Essex

                // ---- 001 Leicestershire JARAP paper: implementation target dates, revisions, timescales ----
                row("See below", VARIOUS, null, null), // 001 Leicestershire
                row("See below for each stage.", VARIOUS, null, null), // 001 Leicestershire
                row("End March 2018 excluding CCTV end June 2018 Revised target date June 2019",
                        MONTH, "2019-06-01", "2019-06-30"), // 001 Leicestershire
                row("March/Sept 2018 Revised date June 2019 Revised to October 2019",
                        MONTH, "2019-10-01", "2019-10-31"), // 001 Leicestershire
                row("March to Sept 2018 December 2020 Revised 30th April 2021",
                        DAY, "2021-04-30", "2021-04-30"), // 001 Leicestershire
                row("Est timescale mid-April 2019", MONTH, "2019-04-01", "2019-04-30"), // 001 Leicestershire
                row("30th June 2020", DAY, "2020-06-30", "2020-06-30"), // 001 Leicestershire
                row("the 31st October 2020", DAY, "2020-10-31", "2020-10-31"), // 001 Leicestershire
                row("~~revised date October 2019~~ Expected date of completion within 1st quarter of 2020",
                        QUARTER, "2020-01-01", "2020-03-31"), // 001 Leicestershire
                row("Expected date of completion within the 1st quarter of 2020",
                        QUARTER, "2020-01-01", "2020-03-31"), // 001 Leicestershire
                row("~~31st July 2018 – January 2019 – revised target date February 2019 – revised date October 2019~~"
                                + " Expected date of completion within the 1st quarter of 2020",
                        QUARTER, "2020-01-01", "2020-03-31"), // 001 Leicestershire
                row("Timescale – (1) Further communications to force by 31/7/19 (2) Further audit by 30/11/19"
                                + " thereby allowing for 90 day period for communications to take effect",
                        VARIOUS, null, null), // 001 Leicestershire
                row("Timescales for delivery - Early November 2019", MONTH, "2019-11-01", "2019-11-30"), // 001 Leicestershire
                row("~~31st July 2018~~ ~~November 2018~~ ~~February 2019~~ revised date 31st July 2019",
                        DAY, "2019-07-31", "2019-07-31"), // 001 Leicestershire
                row("~~31 December 2018 / 31st March 2019 / 30th September 2019 / 31st December 2019~~ revised date"
                                + " to ~~31st May 2020~~ revised target date end of October 2020",
                        MONTH, "2020-10-01", "2020-10-31"), // 001 Leicestershire
                row("revised target date end of October 2020", MONTH, "2020-10-01", "2020-10-31"), // 001 Leicestershire
                row("new target date of 31/03/2020 proposed.", DAY, "2020-03-31", "2020-03-31"), // 001 Leicestershire
                row("March 2019 ~~June 2020~~ revised target date to April 2021 – reliant on external supplier –"
                                + " Civica / Head of Transport – new project manager appointed by Civica following"
                                + " current one leaving",
                        MONTH, "2021-04-01", "2021-04-30"), // 001 Leicestershire
                row("end of March 2019", MONTH, "2019-03-01", "2019-03-31"), // 001 Leicestershire
                row("~~March 2019~~ ~~March 2020~~ revised target date - April 2021",
                        MONTH, "2021-04-01", "2021-04-30"), // 001 Leicestershire
                row("the target date for completion is six months following the completion of 4.2 above.",
                        CONDITIONAL, null, null), // 001 Leicestershire
                row("Revised target date: March 2021", MONTH, "2021-03-01", "2021-03-31"), // 001 Leicestershire
                row("Target date revised to April 2021", MONTH, "2021-04-01", "2021-04-30"), // 001 Leicestershire
                row("(1) 1st March 2019 (2) Ongoing", VARIOUS, null, null), // 001 Leicestershire
                row("To be confirmed going forward", TBC, null, null), // 001 Leicestershire
                row("October/November 2020", RANGE, "2020-10-01", "2020-11-30"), // 001 Leicestershire
                row("When the IAR work recommences it is predicted each directorate will take approximately 6 months"
                        + " to complete.", CONDITIONAL, null, null), // 001 Leicestershire
                row("~~End October 2019 revised to 1st April 2020~~ 1st December 2020",
                        DAY, "2020-12-01", "2020-12-01"), // 001 Leicestershire
                row("~~31st March 2020~~ December 2020 – In line with Policy and Procedure Log",
                        MONTH, "2020-12-01", "2020-12-31"), // 001 Leicestershire
                row("~~31st October 2019~~ revised target 1st November 2020",
                        DAY, "2020-11-01", "2020-11-01"), // 001 Leicestershire
                row("~~30th April 2020~~ revised target date 31st July 2020 revised target date 31st March 2021.",
                        DAY, "2021-03-31", "2021-03-31"), // 001 Leicestershire
                row("31st March 2021.", DAY, "2021-03-31", "2021-03-31"), // 001 Leicestershire (trailing full stop)
                row("29th February 2020", DAY, "2020-02-29", "2020-02-29"), // 001 Leicestershire (leap day)
                row("30th April 2020", DAY, "2020-04-30", "2020-04-30"), // 001 Leicestershire
                row("October 2020", MONTH, "2020-10-01", "2020-10-31"), // 001 Leicestershire
                row("Target date – January 2019", MONTH, "2019-01-01", "2019-01-31"), // 001 Leicestershire
                row("Target date to be fully embedded is November 2018", MONTH, "2018-11-01", "2018-11-30"), // 001 Leicestershire
                row("Next meeting scheduled for 03.09.2018.", DAY, "2018-09-03", "2018-09-03"), // 001 Leicestershire
                row("trained to use this by summer 2019", RANGE, "2019-06-01", "2019-08-31"), // 001 Leicestershire
                row("timescale for completion yet to be confirmed", TBC, null, null), // 001 Leicestershire
                row("Baseline audit – by the end of June.", UNRECOGNISED, null, null), // 001 Leicestershire (no year)

                // ---- 002 MPA District Audit action plan: the Timescales column ----
                row("31 March 02", DAY, "2002-03-31", "2002-03-31"), // 002 MPS
                row("September 02", MONTH, "2002-09-01", "2002-09-30"), // 002 MPS
                row("Dec 2002", MONTH, "2002-12-01", "2002-12-31"), // 002 MPS
                row("End of 2002/2003", FINANCIAL_YEAR, "2002-04-01", "2003-03-31"), // 002 MPS
                row("July 2002", MONTH, "2002-07-01", "2002-07-31"), // 002 MPS
                row("Process in place by end of 2002", YEAR, "2002-01-01", "2002-12-31"), // 002 MPS
                row("Ongoing development work", ONGOING, null, null), // 002 MPS
                row("Complete", UNRECOGNISED, null, null), // 002 MPS (a state, not a target)
                row("Guidance to be agreed by QPRMG in April 2002.", MONTH, "2002-04-01", "2002-04-30"), // 002 MPS
                row("Compliance checking timetable to be agreed by QPRMG in May/June 2002",
                        RANGE, "2002-05-01", "2002-06-30"), // 002 MPS
                row("Strategy to be finalised and presented to May meeting of BVPB",
                        UNRECOGNISED, null, null), // 002 MPS (month with no year)
                row("March 31 2002", DAY, "2002-03-31", "2002-03-31"), // 002 MPS (heading, month-first)
                row("POLICING AND PERFORMANCE PLAN 2001/2", FINANCIAL_YEAR, "2001-04-01", "2002-03-31"), // 002 MPS

                // ---- DOMAIN.md glossary examples ----
                row("Qtr 3 / 4 2024", QUARTER_SPAN, "2024-07-01", "2024-12-31"),
                row("Within 12 to 18 months [July 2024 – Jan 2025]", RANGE, "2024-07-01", "2025-01-31"),
                row("TBC", TBC, null, null),
                row("1st quarter of 2020", QUARTER, "2020-01-01", "2020-03-31"),
                row("End March 2018", MONTH, "2018-03-01", "2018-03-31"),
                row("March 2019", MONTH, "2019-03-01", "2019-03-31"),
                row("~~31 December 2018 / 31st March 2019~~ revised date 31st May 2020", DAY, "2020-05-31", "2020-05-31"),

                // ---- quarters and halves, calendar and financial ----
                row("Q1 2024/25", QUARTER, "2024-04-01", "2024-06-30"),
                row("Q4 2024/25", QUARTER, "2025-01-01", "2025-03-31"),
                row("Qtr 3 / 4 2024/25", QUARTER_SPAN, "2024-10-01", "2025-03-31"),
                row("Q3 2024", QUARTER, "2024-07-01", "2024-09-30"),
                row("Quarter 2 of 2021", QUARTER, "2021-04-01", "2021-06-30"),
                row("Third quarter of 2021", QUARTER, "2021-07-01", "2021-09-30"),
                row("FY 2024/25", FINANCIAL_YEAR, "2024-04-01", "2025-03-31"),
                row("H1 2020", RANGE, "2020-01-01", "2020-06-30"),
                row("H2 2020", RANGE, "2020-07-01", "2020-12-31"),
                row("First half of 2020", RANGE, "2020-01-01", "2020-06-30"),
                row("H2 2024/25", RANGE, "2024-10-01", "2025-03-31"),
                row("second 2020 review", YEAR, "2020-01-01", "2020-12-31"),

                // ---- numeric and ISO days; impossible dates ----
                row("31/3/2020", DAY, "2020-03-31", "2020-03-31"),
                row("03.09.2018", DAY, "2018-09-03", "2018-09-03"),
                row("14/1/19", DAY, "2019-01-14", "2019-01-14"),
                row("2020-05-07", DAY, "2020-05-07", "2020-05-07"),
                row("Sept. 15, 2020", DAY, "2020-09-15", "2020-09-15"),
                row("31/02/2020", UNRECOGNISED, null, null),
                row("29/02/2019", UNRECOGNISED, null, null),
                row("2020-02-30", UNRECOGNISED, null, null),
                row("31st February 2020", UNRECOGNISED, null, null),
                row("Dependent on 4.1.12", CONDITIONAL, null, null),
                row("Sept 12020", UNRECOGNISED, null, null),
                row("Action 45 May 2020", MONTH, "2020-05-01", "2020-05-31"),
                row("Ref 2150", UNRECOGNISED, null, null),
                row("31 December 2100", DAY, "2100-12-31", "2100-12-31"),

                // ---- months, seasons, spans ----
                row("March to Sept 2018", RANGE, "2018-03-01", "2018-09-30"),
                row("March/Sept 2018", RANGE, "2018-03-01", "2018-09-30"),
                row("November 2019 to March 2020", RANGE, "2019-11-01", "2020-03-31"),
                row("Summer 2019", RANGE, "2019-06-01", "2019-08-31"),
                row("Winter 2019", RANGE, "2019-12-01", "2020-02-29"),
                row("mid-April 2019", MONTH, "2019-04-01", "2019-04-30"),
                row("Early November 2019", MONTH, "2019-11-01", "2019-11-30"),
                row("Sept 02", MONTH, "2002-09-01", "2002-09-30"),
                row("Expected date of completion within 1st quarter of 2020", QUARTER, "2020-01-01", "2020-03-31"),
                row("June 2020 then repeat quarterly", RECURRING, "2020-06-01", null),

                // ---- no date ----
                row("TBA", TBC, null, null),
                row("To be agreed", TBC, null, null),
                row("BAU", ONGOING, null, null),
                row("Subject to funding", CONDITIONAL, null, null),
                row("Within 12 months", CONDITIONAL, null, null),
                row("the moon", UNRECOGNISED, null, null),
                row("", UNRECOGNISED, null, null),
                row("   ", UNRECOGNISED, null, null));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1} {2}..{3}")
    @MethodSource("table")
    void readsTargetAsWritten(String text, TargetDate.Kind kind, LocalDate from, LocalDate deadline) {
        TargetDate target = TargetDateParser.parse(text);

        assertThat(target.text()).isEqualTo(text);
        assertThat(target.kind()).isEqualTo(kind);
        assertThat(target.from()).isEqualTo(Optional.ofNullable(from));
        assertThat(target.deadline()).isEqualTo(Optional.ofNullable(deadline));
        assertThat(TargetDate.parse(text)).isEqualTo(target);
    }

    @Test
    void nullIsReadAsEmptyText() {
        TargetDate target = TargetDateParser.parse(null);

        assertThat(target.text()).isEmpty();
        assertThat(target.kind()).isEqualTo(UNRECOGNISED);
        assertThat(target.from()).isEmpty();
        assertThat(target.deadline()).isEmpty();
    }

    private static Arguments row(String text, TargetDate.Kind kind, String from, String deadline) {
        return Arguments.of(text, kind, from == null ? null : LocalDate.parse(from),
                deadline == null ? null : LocalDate.parse(deadline));
    }
}
