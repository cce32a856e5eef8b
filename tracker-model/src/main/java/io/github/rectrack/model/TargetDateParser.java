package io.github.rectrack.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads target dates as people write them into {@link TargetDate}s.
 *
 * <p>The rules, in the order they are tried:
 *
 * <ol>
 *   <li>Blank text is {@link TargetDate.Kind#UNRECOGNISED}.
 *   <li>"… then repeat …" is {@link TargetDate.Kind#RECURRING}, with the first day of the first date
 *       named in {@code from} ("June 2020 then repeat quarterly" is from 1 June 2020); "… onwards" is
 *       {@link TargetDate.Kind#ONGOING} from the first day of that date.
 *   <li>Numbered parts with their own targets ("(1) 1st March 2019 (2) Ongoing") are {@link
 *       TargetDate.Kind#VARIOUS}: each part should be tracked as an action with its own target.
 *   <li>Dates in the text: a day ("7 May 2020", "7th May 2020", "the 31st of October 2020", "March 31 2002",
 *       "Sept. 15, 2020", "07/11/2020", "14/1/19", "03.09.2018", "2020-05-07"), a month ("March 2019",
 *       "Sept 02", "end of October 2020"; "mid-April 2019" and "Early November 2019" name the whole
 *       month, as nothing narrower can be read from them), a quarter ("1st quarter
 *       of 2020", "third quarter of 2021", "Quarter 2 of 2021", "Q3 2024", "Q4'2020", "Qtr 3 / 4 2024"), a
 *       half ("H1 2020", "first half of 2020"), a season ("Summer 2019"; winter runs December to
 *       February), a financial year ("2002/2003", "2001/2", "FY 2024/25"), a year ("end of 2002"). Two
 *       dates joined by "to", "until", "–" or "-" make a {@link TargetDate.Kind#RANGE}; months joined by
 *       "/" or "to" before one year ("March/Sept 2018") likewise. When the text names several unconnected
 *       dates ("End March 2018 excluding CCTV end June 2018"), the one with the latest deadline is in force.
 *       A date that does not exist ("31/02/2020", "31st February 2020", "2020-02-30") is not read as a
 *       date, and neither is any part of it (it does not become February 2020 or the year 2020); a number
 *       next to a month name is read as its day only from 1 to 31 ("Action 45 May 2020" is May 2020).
 *   <li>With no date: "TBC", "to be confirmed/agreed" are {@link TargetDate.Kind#TBC}; "ongoing",
 *       "business as usual", "BAU" are {@link TargetDate.Kind#ONGOING}; "various", "variable", "see
 *       below" are {@link TargetDate.Kind#VARIOUS}; "dependent on …", "conclusion of …", "subject to
 *       …", "within 12 months …" and the like are {@link TargetDate.Kind#CONDITIONAL}.
 *   <li>Anything else is {@link TargetDate.Kind#UNRECOGNISED}, keeping the text. This includes a day or
 *       month with no year ("by the end of June"): the year cannot be known from the text.
 * </ol>
 *
 * <p>Quarters and halves with a plain year are calendar ones (Q1 is January to March, H1 January to
 * June); those of a financial year ("Q1 2024/25", "H2 2024/25") count from April. Four-digit years run
 * from 1900 to 2100. Two-digit years after a month or in a numeric date are read as 20yy. Numeric
 * dates are read day first, as written in the UK; with dots they need a four-digit year or a two-digit
 * day and month ("03.09.2018", "03.09.18"), so that paragraph numbers such as "4.1.12" are not read as
 * dates. Each deadline is the last day of the period named.
 *
 * <p>Parsing is one left-to-right pass over the text for dates plus a fixed number of keyword scans,
 * so its cost grows linearly with the length of the text; the parser holds no mutable state and is safe
 * to use from several threads.
 */
public final class TargetDateParser {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1),
            Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3),
            Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5),
            Map.entry("june", 6), Map.entry("jun", 6),
            Map.entry("july", 7), Map.entry("jul", 7),
            Map.entry("august", 8), Map.entry("aug", 8),
            Map.entry("september", 9), Map.entry("sept", 9), Map.entry("sep", 9),
            Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11),
            Map.entry("december", 12), Map.entry("dec", 12));

    private static final Map<String, Integer> ORDINALS = Map.of(
            "first", 1, "second", 2, "third", 3, "fourth", 4, "1st", 1, "2nd", 2, "3rd", 3, "4th", 4);

    // The text is normalised first: lower case, one space between words, every dash a hyphen.
    private static final String MONTH =
            "(january|february|march|april|may|june|july|august|september|october|november|december"
                    + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";
    private static final String FULL_YEAR = "(?:19\\d{2}|20\\d{2}|2100)";
    private static final String YEAR = "(" + FULL_YEAR + ")";
    private static final String YEAR_OR_SHORT = "(" + FULL_YEAR + "|'?\\d{2})";
    /** 1 to 31: a number that can be a day of some month ("45 May 2020" is an action number and May). */
    private static final String DAY_OF_MONTH = "(0?[1-9]|[12]\\d|3[01])";
    private static final String ORD = "(?:st|nd|rd|th)?";
    private static final String FY = YEAR + " ?/ ?(\\d{1,4})";
    private static final String QUARTER = "(?:q|qtr|quarter)";
    private static final String DIGITS = "0123456789";
    private static final String MONTH_INITIALS = "jfmasond";

    /** Date patterns; at each place in the text the longest match that names a real period wins. */
    private static final List<Rule> RULES = List.of(
            new Rule("12", "\\b" + YEAR + "-(\\d{2})-(\\d{2})\\b",
                    m -> day(m.group(1), m.group(2), m.group(3))),
            new Rule(DIGITS, "\\b(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})\\b",
                    m -> day(fullYear(m.group(3)), m.group(2), m.group(1))),
            new Rule(DIGITS, "\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b",
                    m -> day(m.group(3), m.group(2), m.group(1))),
            new Rule(DIGITS, "\\b(\\d{2})\\.(\\d{2})\\.(\\d{2})\\b",
                    m -> day(fullYear(m.group(3)), m.group(2), m.group(1))),
            new Rule(DIGITS, "\\b" + DAY_OF_MONTH + ORD + " ?(?:of )?" + MONTH + ",? ?" + YEAR_OR_SHORT + "\\b",
                    m -> day(fullYear(m.group(3)), monthNumber(m.group(2)), m.group(1))),
            new Rule(MONTH_INITIALS, "\\b" + MONTH + " " + DAY_OF_MONTH + ORD + "(?:, ?| )" + YEAR + "\\b",
                    m -> day(m.group(3), monthNumber(m.group(1)), m.group(2))),
            new Rule("q", "\\b" + QUARTER + " ?([1-4]) ?(?:/|&|-|and|to) ?" + QUARTER + "? ?([1-4]) ?(?:of )?(?:"
                            + FY + "|" + YEAR + ")\\b",
                    m -> quarters(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5))),
            new Rule("q", "\\b" + QUARTER + " ?([1-4]) ?(?:of )?'?(?:" + FY + "|" + YEAR_OR_SHORT + ")\\b",
                    m -> quarters(m.group(1), m.group(1), m.group(2), m.group(3), m.group(4))),
            new Rule("1234fst", "\\b([1-4](?:st|nd|rd|th)|first|second|third|fourth) ?(?:quarter|qtr) ?(?:of )?(?:the )?(?:"
                            + FY + "|" + YEAR + ")\\b",
                    m -> quarters(ordinal(m.group(1)), ordinal(m.group(1)), m.group(2), m.group(3), m.group(4))),
            new Rule("12fsh", "\\b(?:(first|second|1st|2nd) ?half ?(?:of )?(?:the )?|(h[12]) ?)(?:" + FY + "|" + YEAR + ")\\b",
                    m -> half(m.group(1) != null ? m.group(1) : m.group(2), m.group(3), m.group(4), m.group(5))),
            new Rule("safw", "\\b(spring|summer|autumn|fall|winter) ?(?:of )?" + YEAR + "\\b",
                    m -> season(m.group(1), m.group(2))),
            new Rule(MONTH_INITIALS, "\\b" + MONTH + " ?(?:/|-|to|and|or) ?" + MONTH + ",? ?" + YEAR_OR_SHORT + "\\b",
                    m -> months(fullYear(m.group(3)), m.group(1), m.group(2))),
            new Rule(MONTH_INITIALS, "\\b" + MONTH + ",? ?" + YEAR_OR_SHORT + "\\b",
                    m -> month(fullYear(m.group(2)), m.group(1))),
            new Rule("12f", "\\b(?:fy ?|financial year ?)?" + FY + "\\b",
                    m -> financialYear(m.group(1), m.group(2))),
            new Rule("12", "\\b" + YEAR + "\\b",
                    m -> year(m.group(1))));

    /** Every character a date can start with. */
    private static final String START_CHARS;

    static {
        StringBuilder chars = new StringBuilder();
        for (Rule rule : RULES) {
            for (char ch : rule.starts.toCharArray()) {
                if (chars.indexOf(String.valueOf(ch)) < 0) {
                    chars.append(ch);
                }
            }
        }
        START_CHARS = chars.toString();
    }

    private static final Pattern RANGE_JOIN = Pattern.compile(" ?(?:-|to|until|till|through|and) ?");
    private static final Words RECURRING = new Words("then repeat", "then repeated", "then recurring", "then monthly",
            "then quarterly", "then annually");
    private static final Words ONWARDS = new Words("onwards?");
    private static final Words PART_ONE = new Words(false, "1 ?\\)");
    private static final Words PART_TWO = new Words(false, "2 ?\\)");
    private static final Words TBC = new Words("tbc", "tba", "tbd",
            "to be (?:confirmed|agreed|advised|determined|set)", "not yet (?:known|set|agreed)");
    private static final Words ONGOING = new Words("on-?going", "continuous", "continuing", "business as usual", "bau",
            "rolling");
    private static final Words VARIOUS = new Words("various", "variable", "varies", "multiple", "see (?:below|above)",
            "per action", "each stage");
    private static final Words CONDITIONAL = new Words("dependent", "depending", "depends", "reliant", "subject to",
            "conclusion of", "on completion", "upon", "following", "once", "when", "after", "within \\d+",
            "in line with", "pending", "until");

    private TargetDateParser() {}

    /**
     * Reads a target as written. Never throws; text that cannot be read becomes {@link
     * TargetDate.Kind#UNRECOGNISED} with the text kept.
     *
     * @param text the text; null is read as empty
     * @return the target
     */
    public static TargetDate parse(String text) {
        String original = text == null ? "" : text;
        String s = normalise(original);
        if (s.isEmpty()) {
            return undated(original, TargetDate.Kind.UNRECOGNISED);
        }
        List<Mention> mentions = mentions(s);
        if (!mentions.isEmpty() && RECURRING.in(s, 0) >= 0) {
            return new TargetDate(original, TargetDate.Kind.RECURRING, Optional.of(mentions.get(0).from), Optional.empty());
        }
        if (!mentions.isEmpty() && ONWARDS.in(s, 0) >= 0) {
            return new TargetDate(original, TargetDate.Kind.ONGOING, Optional.of(mentions.get(0).from), Optional.empty());
        }
        if (hasNumberedParts(s)) {
            return undated(original, TargetDate.Kind.VARIOUS);
        }
        if (!mentions.isEmpty()) {
            Mention chosen = latest(joinRanges(s, mentions));
            return new TargetDate(original, chosen.kind, Optional.of(chosen.from), Optional.of(chosen.deadline));
        }
        if (TBC.in(s, 0) >= 0) {
            return undated(original, TargetDate.Kind.TBC);
        }
        if (VARIOUS.in(s, 0) >= 0) {
            return undated(original, TargetDate.Kind.VARIOUS);
        }
        if (CONDITIONAL.in(s, 0) >= 0) {
            return undated(original, TargetDate.Kind.CONDITIONAL);
        }
        if (ONGOING.in(s, 0) >= 0) {
            return undated(original, TargetDate.Kind.ONGOING);
        }
        return undated(original, TargetDate.Kind.UNRECOGNISED);
    }

    private static TargetDate undated(String text, TargetDate.Kind kind) {
        return new TargetDate(text, kind, Optional.empty(), Optional.empty());
    }

    /**
     * Lower case, brackets dropped, every run of white space (including no-break and other Unicode
     * spaces) one space, no space at either end, curly quotes straight and every dash a hyphen.
     */
    private static String normalise(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == '[' || c == ']' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                gap = true;
                continue;
            }
            if (gap && b.length() > 0) {
                b.append(' ');
            }
            gap = false;
            b.append(switch (c) {
                case '\u2018', '\u2019', '\u2032' -> '\'';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
                default -> c;
            });
        }
        return b.toString();
    }

    /** "(1) … (2) …" or "1) … 2) …": found in one pass. */
    private static boolean hasNumberedParts(String s) {
        int afterOne = PART_ONE.in(s, 0);
        return afterOne >= 0 && PART_TWO.in(s, afterOne) >= 0;
    }

    /**
     * Finds date mentions left to right in one pass. At each place where some date pattern matches, the
     * longest match naming a real period wins. A match that names a day that does not exist
     * ("31/02/2020") is skipped whole, so that no part of it is read as a date; a match of the wrong shape
     * (a financial year "2020/19", quarters in reverse order) gives way to shorter matches at the same
     * place, then to matches further on.
     */
    private static List<Mention> mentions(String s) {
        List<Mention> found = new ArrayList<>();
        Matcher[] rules = new Matcher[RULES.size()];
        int[] ends = new int[RULES.size()];
        Mention[] read = new Mention[RULES.size()];
        int n = s.length();
        int pos = 0;
        while (pos < n) {
            char c = s.charAt(pos);
            if (START_CHARS.indexOf(c) < 0 || pos > 0 && isAsciiLetterOrDigit(s.charAt(pos - 1))) {
                pos++; // no date starts here: not a possible first letter, or inside a word
                continue;
            }
            int matches = 0;
            for (int i = 0; i < ends.length; i++) {
                ends[i] = -1;
                read[i] = null;
                Rule rule = RULES.get(i);
                if (rule.starts.indexOf(c) < 0) {
                    continue;
                }
                if (rules[i] == null) {
                    rules[i] = rule.pattern.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
                }
                Matcher m = rules[i].region(pos, n);
                if (m.lookingAt()) {
                    matches++;
                    ends[i] = m.end();
                    try {
                        read[i] = rule.reader.read(m);
                    } catch (DateTimeException e) {
                        read[i] = IMPOSSIBLE;
                    } catch (NumberFormatException e) {
                        // not a date after all
                    }
                }
            }
            int next = pos + 1;
            // take the matches at this place longest first (on equal length, the earlier rule)
            for (; matches > 0; matches--) {
                int pick = -1;
                for (int i = 0; i < ends.length; i++) {
                    if (ends[i] >= 0 && (pick < 0 || ends[i] > ends[pick])) {
                        pick = i;
                    }
                }
                if (read[pick] == IMPOSSIBLE) {
                    next = ends[pick]; // names a day that does not exist: skip it whole
                    break;
                }
                if (read[pick] != null) {
                    found.add(read[pick].at(pos, ends[pick]));
                    next = ends[pick];
                    break;
                }
                ends[pick] = -1; // of the wrong shape: try a shorter match
            }
            pos = next;
        }
        return found;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z';
    }

    /** Merges two mentions joined by a range word ("July 2024 – Jan 2025") into one range. */
    private static List<Mention> joinRanges(String s, List<Mention> mentions) {
        if (mentions.size() < 2) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        Matcher join = RANGE_JOIN.matcher(s);
        for (int i = 0; i < mentions.size(); i++) {
            Mention a = mentions.get(i);
            if (i + 1 < mentions.size()) {
                Mention b = mentions.get(i + 1);
                if (join.region(a.end, b.start).matches() && !b.deadline.isBefore(a.from)) {
                    out.add(new Mention(TargetDate.Kind.RANGE, a.from, b.deadline, a.start, b.end));
                    i++;
                    continue;
                }
            }
            out.add(a);
        }
        return out;
    }

    /** The mention with the latest deadline; of equal deadlines, the last written. */
    private static Mention latest(List<Mention> mentions) {
        Mention chosen = mentions.get(0);
        for (Mention m : mentions) {
            if (!m.deadline.isBefore(chosen.deadline)) {
                chosen = m;
            }
        }
        return chosen;
    }

    private static String fullYear(String y) {
        String digits = y.startsWith("'") ? y.substring(1) : y;
        return digits.length() == 2 ? "20" + digits : digits;
    }

    private static String monthNumber(String name) {
        return String.valueOf(MONTHS.get(name));
    }

    private static String ordinal(String word) {
        return String.valueOf(ORDINALS.get(word));
    }

    private static Mention day(String y, String m, String d) {
        LocalDate day = LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        return new Mention(TargetDate.Kind.DAY, day, day, 0, 0);
    }

    private static Mention month(String y, String name) {
        YearMonth ym = YearMonth.of(Integer.parseInt(y), MONTHS.get(name));
        return new Mention(TargetDate.Kind.MONTH, ym.atDay(1), ym.atEndOfMonth(), 0, 0);
    }

    private static Mention months(String y, String firstName, String lastName) {
        int year = Integer.parseInt(y);
        YearMonth first = YearMonth.of(year, MONTHS.get(firstName));
        YearMonth last = YearMonth.of(year, MONTHS.get(lastName));
        if (last.isBefore(first)) {
            first = first.minusYears(1);
        }
        return new Mention(TargetDate.Kind.RANGE, first.atDay(1), last.atEndOfMonth(), 0, 0);
    }

    private static Mention quarters(String q1, String q2, String fyStart, String fyEnd, String calendarYear) {
        int a = Integer.parseInt(q1);
        int b = Integer.parseInt(q2);
        if (b < a) {
            return null;
        }
        TargetDate.Kind kind = a == b ? TargetDate.Kind.QUARTER : TargetDate.Kind.QUARTER_SPAN;
        YearMonth first = firstMonthOfYear(fyStart, fyEnd, calendarYear);
        if (first == null) {
            return null;
        }
        return new Mention(kind, first.plusMonths(3L * (a - 1)).atDay(1), first.plusMonths(3L * b - 1).atEndOfMonth(), 0, 0);
    }

    private static Mention half(String which, String fyStart, String fyEnd, String calendarYear) {
        YearMonth first = firstMonthOfYear(fyStart, fyEnd, calendarYear);
        if (first == null) {
            return null;
        }
        boolean firstHalf = which.equals("first") || which.equals("1st") || which.equals("h1");
        YearMonth start = firstHalf ? first : first.plusMonths(6);
        return new Mention(TargetDate.Kind.RANGE, start.atDay(1), start.plusMonths(5).atEndOfMonth(), 0, 0);
    }

    /** April of a financial year "start/end", January of a calendar year, or null if "end" does not follow "start". */
    private static YearMonth firstMonthOfYear(String fyStart, String fyEnd, String calendarYear) {
        if (fyStart != null) {
            return financialYearEnd(fyStart, fyEnd) == null ? null : YearMonth.of(Integer.parseInt(fyStart), 4);
        }
        return YearMonth.of(Integer.parseInt(fullYear(calendarYear)), 1);
    }

    private static Mention season(String name, String y) {
        int year = Integer.parseInt(y);
        YearMonth start = switch (name) {
            case "spring" -> YearMonth.of(year, 3);
            case "summer" -> YearMonth.of(year, 6);
            case "autumn", "fall" -> YearMonth.of(year, 9);
            default -> YearMonth.of(year, 12);
        };
        return new Mention(TargetDate.Kind.RANGE, start.atDay(1), start.plusMonths(2).atEndOfMonth(), 0, 0);
    }

    private static Mention financialYear(String start, String end) {
        LocalDate last = financialYearEnd(start, end);
        if (last == null) {
            return null;
        }
        return new Mention(TargetDate.Kind.FINANCIAL_YEAR, LocalDate.of(Integer.parseInt(start), 4, 1), last, 0, 0);
    }

    /** The 31 March ending the financial year written "start/end", or null if "end" is not the next year. */
    private static LocalDate financialYearEnd(String start, String end) {
        int next = Integer.parseInt(start) + 1;
        if (end.isEmpty() || !String.valueOf(next).endsWith(end)) {
            return null;
        }
        return LocalDate.of(next, 3, 31);
    }

    private static Mention year(String y) {
        int year = Integer.parseInt(y);
        return new Mention(TargetDate.Kind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), 0, 0);
    }

    /** Read from a match that names a day that does not exist. */
    private static final Mention IMPOSSIBLE = new Mention(TargetDate.Kind.UNRECOGNISED, LocalDate.MIN, LocalDate.MIN, 0, 0);

    private record Mention(TargetDate.Kind kind, LocalDate from, LocalDate deadline, int start, int end) {
        Mention at(int s, int e) {
            return new Mention(kind, from, deadline, s, e);
        }
    }

    private interface Reader {
        /** The period matched, null if the match is not of that shape, or throws if it names no real day. */
        Mention read(Matcher m);
    }

    /**
     * Words or phrases found only where a word starts (and, for whole words, ends), each given as a
     * regular expression starting with a plain character; the scan tries the pattern only at word starts
     * with one of those characters.
     */
    private record Words(String starts, Pattern pattern) {
        Words(String... phrases) {
            this(true, phrases);
        }

        Words(boolean wholeWords, String... phrases) {
            this(firstChars(phrases), Pattern.compile("\\b(?:" + String.join("|", phrases) + ")" + (wholeWords ? "\\b" : "")));
        }

        private static String firstChars(String... phrases) {
            StringBuilder chars = new StringBuilder();
            for (String phrase : phrases) {
                if (chars.indexOf(phrase.substring(0, 1)) < 0) {
                    chars.append(phrase.charAt(0));
                }
            }
            return chars.toString();
        }

        /** Where the first occurrence at or after {@code from} ends, or -1 if there is none. */
        int in(String s, int from) {
            Matcher m = null;
            for (int i = from; i < s.length(); i++) {
                if (starts.indexOf(s.charAt(i)) < 0 || i > 0 && isAsciiLetterOrDigit(s.charAt(i - 1))) {
                    continue;
                }
                if (m == null) {
                    m = pattern.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
                }
                if (m.region(i, s.length()).lookingAt()) {
                    return m.end();
                }
            }
            return -1;
        }
    }

    /**
     * A date pattern with the characters a match can start with, so that it is tried only where it may
     * match.
     */
    private record Rule(String starts, Pattern pattern, Reader reader) {
        Rule(String starts, String regex, Reader reader) {
            this(starts, Pattern.compile(regex), reader);
        }
    }
}
