package io.github.rectrack.sheets;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.TargetDate;
import io.github.rectrack.model.TargetDateParser;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Splits the text of one spreadsheet cell that holds several dated progress entries ("3/2/24 – consultation
 * under way; 12/05/25 – proposed to close", "Update May 2020: …") into entries, each with its own date.
 *
 * <h2>Where an entry starts</h2>
 * A new entry starts where a date stands at the start of the cell, at the start of a line, or right after
 * {@code ;} (spaces may follow the semicolon; the semicolon itself belongs to neither entry). A date inside
 * a sentence ("policy published on 3 May 2024") starts nothing and stays in the text. Text before the first
 * date is an entry with no date. A cell with no date at an entry start is one undated entry holding the
 * whole text; an empty or blank cell gives no entries.
 *
 * <h2>The date at the start of an entry</h2>
 * Dates are read day first, as written in the UK:
 * <ul>
 *   <li>numeric: {@code d/m/yy}, {@code dd/mm/yyyy}, {@code d-m-yyyy}, {@code dd-mm-yy}, {@code dd.mm.yy},
 *       {@code d.m.yyyy}, and ISO {@code yyyy-mm-dd}. With dots or hyphens and a two-digit year the day and
 *       month need two digits each, so that paragraph numbers such as "4.1.12" are not read as dates;
 *   <li>a day and month name: "3 May 2024", "3rd May 2024", "3rd of May 2024", "03 May 24", "3 Sept. 2023";
 *   <li>a month: "May 2020", "Sept 2023", "July 19"; two months before one year ("August / November 2018",
 *       "October &amp; November 2019") name the later month, by which the entry was written. A month with a
 *       two-digit year must be followed by a separator, a line end or the end of the cell, so that "March 31
 *       2002" or "May 12 officers" is not read as a month of 2031 or 2012.
 * </ul>
 * Two-digit years are 20yy; four-digit years run from 1900 to 2100. The date may be preceded by a bullet
 * ({@code •}, {@code *}, {@code -}), by "Update", "Updated", "Progress update" or "As at", and may stand in
 * brackets: "Update (May 2020)", "[12/05/25]". It may be followed by a separator ({@code –}, {@code -},
 * {@code —}, {@code :}, {@code .} or {@code ,}, with or without spaces) or just a space; what follows the date
 * ("(SORB): agreed closed") is kept. Days become {@link PartialDate#of(LocalDate)}, months {@link
 * PartialDate#ofMonth(int, int)}. Month names, ordinals and short years are read with {@link
 * TargetDateParser}.
 *
 * <h2>Text</h2>
 * The date, its lead word, brackets and separator are removed from the entry's text; the text is stripped
 * of spaces (including no-break spaces) and line breaks at both ends; line breaks inside an entry are kept,
 * written {@code \n} whatever the cell used ({@code \r\n}, {@code \r}). An entry that holds nothing but its
 * date ("12/05/25 –" at the end of a cell) keeps its date and has the date as written for its text, so that
 * no entry is blank and nothing written is lost. Blank undated pieces (an empty line, {@code ;;}) are
 * dropped. Entries keep the order written; a caller sorts them by date if it needs to.
 *
 * <h2>Doubts</h2>
 * Something at an entry start that has the shape of a day-first date but names no real day ("31/02/2021",
 * "12/25/2024", "31st February 2021") or a year outside 1900 to 2100 is not a date: it starts no entry, stays
 * in the text, and {@link Split#doubts()} says so, for example {@code '31/02/2021' looks like a date but is
 * not one (day first: 31 February 2021)}.
 *
 * <p>The class holds no state and is safe to use from several threads. Its cost grows linearly with the
 * length of the cell.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class DatedEntries {

    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2100;

    private static final String MONTH_NAME =
            "(?:january|february|march|april|may|june|july|august|september|october|november|december"
                    + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";
    private static final String YEAR = "(\\d{4}|'?\\d{2})";
    private static final String NOT_WORD = "(?![\\p{L}\\p{N}])";

    /** A bullet, then a lead word such as "Update", then an opening bracket; all optional. */
    private static final Pattern LEAD = Pattern.compile(
            "(?:[•·▪◦*\\-–] +)?"
                    + "(?:(?:(?:progress )?update[ds]?(?: as (?:at|of)| on)?|as (?:at|of))(?: *: *| +)(?=[\\[(\\d\\p{L}]))?"
                    + "(?:([\\[(]) *)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern NUMERIC =
            Pattern.compile("(\\d{1,2})([/.\\-])(\\d{1,2})\\2(\\d{4}|\\d{2})" + NOT_WORD + "(?![/.\\-]\\d)");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})" + NOT_WORD + "(?![/.\\-]\\d)");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(\\d{1,2})(?:st|nd|rd|th)? ?(?:of )?(" + MONTH_NAME + "),? ?" + YEAR + NOT_WORD,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MONTH = Pattern.compile(
            "(" + MONTH_NAME + ")(?: ?(?:/|&|and|to|-|–|—) ?(" + MONTH_NAME + "))?,? ?" + YEAR + NOT_WORD,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** What may follow a month with a two-digit year: a separator, a closing bracket, a line end or the end. */
    private static final Pattern SHORT_YEAR_END = Pattern.compile(" *(?:[:.,\\-–—)\\];\\n]|$)");
    private static final Pattern CLOSE = Pattern.compile(" *[\\])]");
    private static final Pattern SEPARATOR = Pattern.compile(" *(?:[:.,\\-–—]+ *)?");

    private DatedEntries() {}

    /**
     * One entry of a cell.
     *
     * @param date its date, if the text gave one at the entry's start
     * @param text its text with the date prefix removed, stripped; never blank
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public record Entry(Optional<PartialDate> date, String text) {

        /**
         * Checks for nulls and blank text.
         *
         * @param date its date, if the text gave one at the entry's start
         * @param text its text with the date prefix removed, stripped; never blank
         * @throws IllegalArgumentException if the text is blank
         */
        public Entry {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(text, "text");
            if (isBlank(text)) {
                throw new IllegalArgumentException("an entry's text must not be blank");
            }
        }
    }

    /**
     * A cell split into entries.
     *
     * @param entries the entries in the order written
     * @param doubts each piece of text at an entry start that looked like a date but is not one, said in a
     *     sentence that quotes it and tells why
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public record Split(List<Entry> entries, List<String> doubts) {

        /**
         * Copies the lists.
         *
         * @param entries the entries in the order written
         * @param doubts each piece of text at an entry start that looked like a date but is not one, said in
         *     a sentence that quotes it and tells why
         */
        public Split {
            entries = List.copyOf(entries);
            doubts = List.copyOf(doubts);
        }

        /**
         * The latest date among the entries, if any.
         *
         * @return the latest date
         * @see DatedEntries#latest(List)
         */
        public Optional<PartialDate> latest() {
            return DatedEntries.latest(entries);
        }
    }

    /**
     * Splits the text of a cell into dated entries.
     *
     * @param cell the cell's text; null is read as empty
     * @return the entries in the order written, and the doubts
     */
    public static Split split(String cell) {
        if (cell == null || isBlank(cell)) {
            return new Split(List.of(), List.of());
        }
        String text = cell.replace("\r\n", "\n").replace('\r', '\n');
        String view = spacesAsSpace(text);
        List<Start> starts = new ArrayList<>();
        List<String> doubts = new ArrayList<>();
        for (int candidate = 0; candidate >= 0 && candidate < text.length(); candidate = nextCandidate(text, candidate)) {
            boolean afterSemicolon = candidate > 0 && text.charAt(candidate - 1) == ';';
            int at = candidate;
            while (at < view.length() && view.charAt(at) == ' ') {
                at++;
            }
            Read read = dateAt(view, at, doubts);
            if (read != null) {
                starts.add(new Start(afterSemicolon ? candidate - 1 : candidate, at, read.end, read.date));
            }
        }
        List<Entry> entries = new ArrayList<>();
        int firstCut = starts.isEmpty() ? text.length() : starts.get(0).cut;
        String before = strip(text.substring(0, firstCut));
        if (!before.isEmpty()) {
            entries.add(new Entry(Optional.empty(), before));
        }
        for (int i = 0; i < starts.size(); i++) {
            Start s = starts.get(i);
            int end = i + 1 < starts.size() ? starts.get(i + 1).cut : text.length();
            String body = strip(text.substring(s.textFrom, end));
            if (body.isEmpty()) {
                body = strip(text.substring(s.prefixFrom, end));
            }
            entries.add(new Entry(Optional.of(s.date), body));
        }
        return new Split(entries, doubts);
    }

    /**
     * The latest date among the entries, in {@link PartialDate}'s order (a day sorts after the month it is
     * in), if any entry has a date.
     *
     * @param entries the entries
     * @return the latest date, or empty if no entry has one
     */
    public static Optional<PartialDate> latest(List<Entry> entries) {
        return entries.stream().map(Entry::date).flatMap(Optional::stream).max(Comparator.naturalOrder());
    }

    /** Where the next entry may start: after the next line break or semicolon, or -1. */
    private static int nextCandidate(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == ';') {
                return i + 1;
            }
        }
        return -1;
    }

    /**
     * The date at an entry start, ending where the entry's text begins, or null if none stands there; a
     * shape that names no real date adds a doubt.
     */
    private static Read dateAt(String view, int at, List<String> doubts) {
        Matcher lead = LEAD.matcher(view).region(at, view.length());
        if (!lead.lookingAt()) {
            return null; // cannot happen: every part of the lead is optional
        }
        int from = lead.end();
        String open = lead.group(1);
        Read read = read(view, from);
        if (read == null) {
            return null;
        }
        if (read.date == null) {
            doubts.add("'" + view.substring(from, read.end) + "' looks like a date but is not one (" + read.why + ")");
            return null;
        }
        int end = read.end;
        if (open != null) {
            Matcher close = CLOSE.matcher(view).region(end, view.length());
            if (!close.lookingAt()) {
                return null; // "(May 2020 update)": not a bracketed date
            }
            end = close.end();
        }
        Matcher separator = SEPARATOR.matcher(view).region(end, view.length());
        int textFrom = separator.lookingAt() ? separator.end() : end;
        return new Read(textFrom, read.date, null);
    }

    /** The longest date of any form starting at {@code from}, or null if none has its shape there. */
    private static Read read(String view, int from) {
        Read best = null;
        for (Read r : new Read[] {numeric(view, from), iso(view, from), dayMonth(view, from), month(view, from)}) {
            if (r != null && (best == null || r.end > best.end)) {
                best = r;
            }
        }
        return best;
    }

    private static Read numeric(String view, int from) {
        Matcher m = NUMERIC.matcher(view).region(from, view.length());
        if (!m.lookingAt()) {
            return null;
        }
        String day = m.group(1);
        String separator = m.group(2);
        String month = m.group(3);
        String year = m.group(4);
        if (!separator.equals("/") && year.length() == 2 && (day.length() < 2 || month.length() < 2)) {
            return null; // "4.1.12": a paragraph number
        }
        int y = year.length() == 2 ? 2000 + Integer.parseInt(year) : Integer.parseInt(year);
        return day(m.end(), y, Integer.parseInt(month), Integer.parseInt(day), "day first: ");
    }

    private static Read iso(String view, int from) {
        Matcher m = ISO.matcher(view).region(from, view.length());
        if (!m.lookingAt()) {
            return null;
        }
        return day(m.end(), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), "");
    }

    /** A day from its numbers, or a doubt saying why they name no day. */
    private static Read day(int end, int year, int month, int day, String reading) {
        if (month < 1 || month > 12) {
            return new Read(end, null, reading + "day " + day + " of month " + month + " of " + year);
        }
        String named = day + " " + monthName(month) + " " + year;
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            return new Read(end, null, reading + named + ", and years run from " + FIRST_YEAR + " to " + LAST_YEAR);
        }
        try {
            return new Read(end, PartialDate.of(LocalDate.of(year, month, day)), null);
        } catch (DateTimeException e) {
            return new Read(end, null, reading + named);
        }
    }

    private static Read dayMonth(String view, int from) {
        Matcher m = DAY_MONTH.matcher(view).region(from, view.length());
        if (!m.lookingAt()) {
            return null;
        }
        int day = Integer.parseInt(m.group(1));
        if (day < 1 || day > 31) {
            return null; // "45 May 2020": an action number, not a day
        }
        TargetDate read = TargetDateParser.parse(m.group());
        if (read.kind() == TargetDate.Kind.DAY && read.from().isPresent()) {
            return new Read(m.end(), PartialDate.of(read.from().get()), null);
        }
        Optional<YearMonth> month = yearMonth(m.group(2) + " " + m.group(3));
        if (month.isEmpty()) {
            return new Read(m.end(), null, "years run from " + FIRST_YEAR + " to " + LAST_YEAR);
        }
        return new Read(m.end(), null, day + " " + monthName(month.get().getMonthValue()) + " " + month.get().getYear()
                + " does not exist");
    }

    private static Read month(String view, int from) {
        Matcher m = MONTH.matcher(view).region(from, view.length());
        if (!m.lookingAt()) {
            return null;
        }
        String year = m.group(3);
        if (year.length() < 4 && !SHORT_YEAR_END.matcher(view).region(m.end(), view.length()).lookingAt()) {
            return null; // "March 31 2002", "May 12 officers": not a month of 2031 or 2012
        }
        String last = m.group(2) != null ? m.group(2) : m.group(1);
        Optional<YearMonth> month = yearMonth(last + " " + year);
        if (month.isEmpty()) {
            return new Read(m.end(), null, "years run from " + FIRST_YEAR + " to " + LAST_YEAR);
        }
        return new Read(m.end(), PartialDate.ofMonth(month.get().getYear(), month.get().getMonthValue()), null);
    }

    /** "May 2020", "sept. '23" read with the target date parser, if it names a month. */
    private static Optional<YearMonth> yearMonth(String text) {
        TargetDate read = TargetDateParser.parse(text);
        if (read.kind() != TargetDate.Kind.MONTH) {
            return Optional.empty();
        }
        return read.from().map(YearMonth::from);
    }

    private static String monthName(int month) {
        return java.time.Month.of(month).getDisplayName(TextStyle.FULL, Locale.UK);
    }

    /** The text with every space-like character (no-break, figure, narrow, tab) as a plain space. */
    private static String spacesAsSpace(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] != '\n' && isSpace(chars[i])) {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Without spaces of any kind (no-break ones too) and line breaks at either end. */
    private static String strip(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && isSpace(text.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(text.charAt(to - 1))) {
            to--;
        }
        return text.substring(from, to);
    }

    /**
     * Where an entry starts: {@code cut} ends the entry before it (at its line start or semicolon), {@code
     * prefixFrom} is where its date prefix is written, {@code textFrom} where its text begins.
     */
    private record Start(int cut, int prefixFrom, int textFrom, PartialDate date) {}

    /** A date read (or, with a null date, a shape that is not one and why), ending at {@code end}. */
    private record Read(int end, PartialDate date, String why) {}
}
