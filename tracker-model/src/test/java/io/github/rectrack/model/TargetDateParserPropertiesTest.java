package io.github.rectrack.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** Properties of {@link TargetDateParser} over any text and any day. */
class TargetDateParserPropertiesTest {

    private static final LocalDate FIRST = LocalDate.of(1990, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2100, 12, 31);

    @Property(tries = 2000)
    void anyTextIsReadWithoutThrowingAndKeptAsWritten(@ForAll("anyText") String text) {
        TargetDate target = TargetDateParser.parse(text);

        assertThat(target.text()).isEqualTo(text);
        assertThat(target.deadline().isPresent()).isEqualTo(target.kind().hasDeadline());
        if (target.from().isPresent() && target.deadline().isPresent()) {
            assertThat(target.from().get()).isBeforeOrEqualTo(target.deadline().get());
        }
        if (target.kind().hasDeadline()) {
            assertThat(target.from()).isPresent();
        }
    }

    @Property
    void anyDayWrittenInACommonFormIsThatDay(@ForAll("days") LocalDate day) {
        for (String text : new String[] {
                DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(day),
                DateTimeFormatter.ofPattern("d/M/yyyy", Locale.UK).format(day),
                DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.UK).format(day),
                DateTimeFormatter.ofPattern("d'th' MMM yyyy", Locale.UK).format(day),
                day.getDayOfMonth() + ordinalSuffix(day.getDayOfMonth()) + " "
                        + DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK).format(day)}) {
            TargetDate target = TargetDateParser.parse(text);

            assertThat(target.kind()).as(text).isEqualTo(TargetDate.Kind.DAY);
            assertThat(target.deadline()).as(text).contains(day);
            assertThat(target.from()).as(text).contains(day);
            assertThat(target.text()).isEqualTo(text);
        }
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.longs().between(FIRST.toEpochDay(), LAST.toEpochDay()).map(LocalDate::ofEpochDay);
    }

    /**
     * Any string (any UTF-16 units, lone surrogates included, up to 10,000 long), strings of odd
     * Unicode, and strings built from the pieces targets are made of, so that the date rules are reached.
     */
    @Provide
    Arbitrary<String> anyText() {
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(10_000);
        Arbitrary<String> odd = Arbitraries.strings()
                .withChars("İıßﬁ\u00a0\u2007\u202f\u2028\u0085\u200b\u2013\u2014\u2019\u0301٣١/٠\uD83D\uDE00\uFEFF[]()'~*-/.")
                .withCharRange('0', '9')
                .ofMaxLength(200);
        Arbitrary<String> pieces = Arbitraries.of(
                        "7", "31", "29", "02", "1", "2", "4", "12", "2020", "2019/20", "2024/25", "2001/2", "2100",
                        "2199", "1899", "99", "'20", "/", ".", "-", "–", " ", " ", "  ", ",", "(", ")", "(1)", "(2)",
                        "1)", "2)", "st", "th", "of", "the", "May", "Sept", "february", "Dec.", "March", "mid-",
                        "end", "Q", "Q1", "Qtr", "quarter", "1st", "third", "H1", "H2", "first half", "winter",
                        "summer", "to", "and", "or", "until", "then repeat", "onwards", "TBC", "to be confirmed",
                        "ongoing", "BAU", "various", "see below", "dependent on", "within 12", "[", "]", "~~",
                        "\u00a0", "’", "İ", "\uD83D\uDE00")
                .list().ofMaxSize(60)
                .map(list -> String.join("", list));
        return Arbitraries.frequencyOf(Tuple.of(2, any), Tuple.of(2, odd), Tuple.of(5, pieces));
    }

    private static String ordinalSuffix(int day) {
        if (day >= 11 && day <= 13) {
            return "th";
        }
        return switch (day % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }
}
