package io.github.rectrack.model;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A target date as people write it, with the deadline it implies where there is one.
 *
 * <p>Targets are rarely clean dates: "7 May 2020", "March 2019", "1st quarter of 2020", "Qtr 3 / 4 2024",
 * "Within 12 to 18 months [July 2024 – Jan 2025]", "TBC", "Ongoing", "Dependent on 8.2",
 * "23 Apr 2020 then repeat as business as usual". A {@code TargetDate} always keeps the original
 * {@link #text()}, says what {@link Kind} of target it is, and for the dated kinds gives the first
 * day of the period ({@link #from()}) and its last day, the {@link #deadline()}.
 *
 * <p>Use {@link #parse(String)} to read free text (it never throws on odd text: text it cannot read
 * becomes {@link Kind#UNRECOGNISED}, which validation reports as a warning), or the factories
 * {@link #on(LocalDate)} and {@link #tbc()}.
 *
 * @param text the target as written; never null, may be empty only for targets built in code
 * @param kind what sort of target this is
 * @param from the first day of the period named, where the text names one (for a recurring target, its
 *     first occurrence)
 * @param deadline the last day by which the target is met; present exactly when {@link
 *     Kind#hasDeadline()} is true
 */
public record TargetDate(String text, Kind kind, Optional<LocalDate> from, Optional<LocalDate> deadline) {

    private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\u00a0\\u2007\\u202f]+");

    /** The sorts of target people write. */
    public enum Kind {
        /** A single day: "7 May 2020". */
        DAY(true),
        /** A month: "March 2019", "end of October 2020". */
        MONTH(true),
        /** A calendar quarter, or a financial-year quarter when the year is written "2024/25". */
        QUARTER(true),
        /** Consecutive quarters: "Qtr 3 / 4 2024". */
        QUARTER_SPAN(true),
        /** A calendar year: "end of 2002". */
        YEAR(true),
        /** A financial year, 1 April to 31 March: "2002/2003". */
        FINANCIAL_YEAR(true),
        /** An explicit span: "July 2024 – Jan 2025", "March to Sept 2018", "Summer 2019", "H1 2020". */
        RANGE(true),
        /** To be confirmed: "TBC", "To be agreed". */
        TBC(false),
        /** Continuing work with no end date: "Ongoing", "23 Apr 2020 onwards". */
        ONGOING(false),
        /** Several targets for several parts: "Various", "Variable", "See below". */
        VARIOUS(false),
        /** Depends on another event: "Dependent on 8.2", "Conclusion of pandemic". */
        CONDITIONAL(false),
        /** A first occurrence then repeated as business as usual; {@link #from()} holds the first date. */
        RECURRING(false),
        /** Text that could not be read; kept as written and reported as a warning. */
        UNRECOGNISED(false);

        private final boolean hasDeadline;

        Kind(boolean hasDeadline) {
            this.hasDeadline = hasDeadline;
        }

        /**
         * Whether targets of this kind have a deadline.
         *
         * @return true for the dated kinds
         */
        public boolean hasDeadline() {
            return hasDeadline;
        }
    }

    /**
     * Checks that the deadline is present exactly for the dated kinds and that the period is not
     * reversed.
     *
     * @param text the target as written; never null, may be empty only for targets built in code
     * @param kind what sort of target this is
     * @param from the first day of the period named, where the text names one (for a recurring target, its
     *     first occurrence)
     * @param deadline the last day by which the target is met; present exactly when {@link
     *     Kind#hasDeadline()} is true
     * @throws IllegalArgumentException if the parts are inconsistent
     */
    public TargetDate {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(deadline, "deadline");
        if (kind.hasDeadline() != deadline.isPresent()) {
            throw new IllegalArgumentException(kind.hasDeadline()
                    ? "a " + kind + " target needs a deadline: '" + text + "'"
                    : "a " + kind + " target has no deadline: '" + text + "'");
        }
        if (from.isPresent() && deadline.isPresent() && from.get().isAfter(deadline.get())) {
            throw new IllegalArgumentException(
                    "target period starts " + from.get() + " after its deadline " + deadline.get() + ": '" + text + "'");
        }
    }

    /**
     * Reads a target as people write it. Never throws on odd text.
     *
     * @param text the target as written
     * @return the target; {@link Kind#UNRECOGNISED} if the text could not be read
     * @see TargetDateParser
     */
    public static TargetDate parse(String text) {
        return TargetDateParser.parse(text);
    }

    /**
     * A target of one exact day.
     *
     * @param day the day
     * @return the target, with text in ISO form
     */
    public static TargetDate on(LocalDate day) {
        return new TargetDate(day.toString(), Kind.DAY, Optional.of(day), Optional.of(day));
    }

    /**
     * A target not yet confirmed.
     *
     * @return a {@link Kind#TBC} target with text "TBC"
     */
    public static TargetDate tbc() {
        return new TargetDate("TBC", Kind.TBC, Optional.empty(), Optional.empty());
    }

    /**
     * Whether another target says the same as this one: the same text, ignoring case and white space ("March
     * 2019" and "march 2019"), or the same deadline ("31/12/2024" and "December 2024"). A revision to the same
     * target is no revision, and an approved extension is matched to the revision that carries it this way.
     *
     * @param other the other target
     * @return true if both name the same target
     */
    public boolean isSameTargetAs(TargetDate other) {
        Objects.requireNonNull(other, "other");
        return WHITE_SPACE.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("")
                .equals(WHITE_SPACE.matcher(other.text.toLowerCase(Locale.ROOT)).replaceAll(""))
                || deadline.isPresent() && deadline.equals(other.deadline);
    }

    /**
     * Whether this target has a deadline.
     *
     * @return true if {@link #deadline()} is present
     */
    public boolean hasDeadline() {
        return deadline.isPresent();
    }

    /**
     * Whether the deadline has passed on the given day: false for targets with no deadline.
     *
     * @param day the day to judge on
     * @return true if the deadline is before {@code day}
     */
    public boolean isPastOn(LocalDate day) {
        return deadline.map(d -> d.isBefore(day)).orElse(false);
    }

    @Override
    public String toString() {
        return text + " [" + kind + deadline.map(d -> " by " + d).orElse("") + "]";
    }
}
