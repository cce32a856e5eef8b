package io.github.rectrack.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A calendar date that may be known only to the month or the year, as papers often write them
 * ("Update May 2020", "March 2018").
 *
 * <p>The value is the first day of the period it names plus its {@link Precision}. Its text form is
 * ISO-8601 at the matching reduced precision: {@code 2020}, {@code 2020-05} or {@code 2020-05-07}.
 *
 * <p>Ordering is by the first day of the period, then the coarser precision first, so that "May 2020"
 * sorts before "1 May 2020", which sorts before "2 May 2020".
 *
 * @param first the first day of the period named
 * @param precision how much of the date is known
 */
public record PartialDate(LocalDate first, Precision precision) implements Comparable<PartialDate> {

    /** How much of a {@link PartialDate} is known. */
    public enum Precision {
        /** Only the year is known. */
        YEAR,
        /** The year and month are known. */
        MONTH,
        /** The exact day is known. */
        DAY
    }

    /**
     * Checks that {@code first} is the first day of its period.
     *
     * @param first the first day of the period named
     * @param precision how much of the date is known
     * @throws IllegalArgumentException if {@code first} is not the first day of a month or year at
     *     that precision
     */
    public PartialDate {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(precision, "precision");
        if (precision == Precision.MONTH && first.getDayOfMonth() != 1
                || precision == Precision.YEAR && first.getDayOfYear() != 1) {
            throw new IllegalArgumentException(
                    "a " + precision + " date must start on the first day of its period, not " + first);
        }
    }

    /**
     * A date known to the day.
     *
     * @param date the day
     * @return the partial date
     */
    public static PartialDate of(LocalDate date) {
        return new PartialDate(date, Precision.DAY);
    }

    /**
     * A date known to the day.
     *
     * @param year the year
     * @param month the month, 1 to 12
     * @param day the day of the month
     * @return the partial date
     */
    public static PartialDate of(int year, int month, int day) {
        return of(LocalDate.of(year, month, day));
    }

    /**
     * A date known only to the month.
     *
     * @param year the year
     * @param month the month, 1 to 12
     * @return the partial date
     */
    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(LocalDate.of(year, month, 1), Precision.MONTH);
    }

    /**
     * A date known only to the year.
     *
     * @param year the year
     * @return the partial date
     */
    public static PartialDate ofYear(int year) {
        return new PartialDate(LocalDate.of(year, 1, 1), Precision.YEAR);
    }

    /**
     * Reads the ISO-8601 form written by {@link #toString()}: {@code 2020}, {@code 2020-05} or
     * {@code 2020-05-07}.
     *
     * @param text the text
     * @return the partial date
     * @throws IllegalArgumentException if the text is not one of those forms or names no real date
     */
    public static PartialDate parse(String text) {
        Objects.requireNonNull(text, "text");
        String t = text.strip();
        int length = t.length();
        if (!(length == 4 || length == 7 && t.charAt(4) == '-' || length == 10 && t.charAt(4) == '-' && t.charAt(7) == '-')
                || !digits(t, 0, 4) || length >= 7 && !digits(t, 5, 7) || length == 10 && !digits(t, 8, 10)) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not a date: expected yyyy, yyyy-MM or yyyy-MM-dd");
        }
        try {
            int year = number(t, 0, 4);
            if (length == 4) {
                return ofYear(year);
            }
            int month = number(t, 5, 7);
            return length == 7 ? ofMonth(year, month) : of(year, month, number(t, 8, 10));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a real date: " + e.getMessage(), e);
        }
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (s.charAt(i) - '0');
        }
        return n;
    }

    /**
     * The last day of the period named: the day itself, the last day of the month, or 31 December.
     *
     * @return the last day
     */
    public LocalDate last() {
        return switch (precision) {
            case DAY -> first;
            case MONTH -> YearMonth.from(first).atEndOfMonth();
            case YEAR -> first.withDayOfYear(first.lengthOfYear());
        };
    }

    /**
     * Whether the whole period lies on or before the given day.
     *
     * @param day the day
     * @return true if {@link #last()} is not after {@code day}
     */
    public boolean whollyOnOrBefore(LocalDate day) {
        return !last().isAfter(day);
    }

    @Override
    public int compareTo(PartialDate other) {
        int c = first.compareTo(other.first);
        return c != 0 ? c : precision.compareTo(other.precision);
    }

    /** The ISO-8601 form at this date's precision, for example {@code 2020-05}. */
    @Override
    public String toString() {
        int year = first.getYear();
        if (precision == Precision.DAY || year < 0 || year > 9999) {
            return switch (precision) {
                case DAY -> first.toString();
                case MONTH -> YearMonth.from(first).toString();
                case YEAR -> String.format("%04d", year);
            };
        }
        // the four-digit years every register holds, without a formatter (exports write many of these)
        char[] text = new char[precision == Precision.MONTH ? 7 : 4];
        text[0] = (char) ('0' + year / 1000);
        text[1] = (char) ('0' + year / 100 % 10);
        text[2] = (char) ('0' + year / 10 % 10);
        text[3] = (char) ('0' + year % 10);
        if (precision == Precision.MONTH) {
            int month = first.getMonthValue();
            text[4] = '-';
            text[5] = (char) ('0' + month / 10);
            text[6] = (char) ('0' + month % 10);
        }
        return new String(text);
    }
}
