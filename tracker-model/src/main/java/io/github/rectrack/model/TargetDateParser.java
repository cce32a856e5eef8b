package io.github.rectrack.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
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
 *   <li>"… then repeat …" is {@link TargetDate.Kind#RECURRING}, its first date in {@code from};
 *       "… onwards" is {@link TargetDate.Kind#ONGOING} from that date.
 *   <li>Numbered parts with their own targets ("(1) 1st March 2019 (2) Ongoing") are {@link
 *       TargetDate.Kind#VARIOUS}: each part should be tracked as an action with its own target.
 *   <li>Dates in the text: a day ("7 May 2020", "7th May 2020", "07/11/2020", "2020-05-07"), a month
 *       ("March 2019", "Sept 02"), a quarter ("1st quarter of 2020", "Q3 2024", "Qtr 3 / 4 2024"), a
 *       half ("H1 2020", "first half of 2020"), a season ("Summer 2019"), a financial year ("2002/2003",
 *       "FY 2024/25"), a year ("end of 2002"). Two dates joined by "to", "until", "–" or "-" make a
 *       {@link TargetDate.Kind#RANGE}; months joined by "/" or "to" before one year ("March/Sept 2018")
 *       likewise. When the text names several unconnected dates ("End March 2018 excluding CCTV end June
 *       2018"), the one with the latest deadline is in force.
 *   <li>With no date: "TBC", "to be confirmed/agreed" are {@link TargetDate.Kind#TBC}; "ongoing",
 *       "business as usual", "BAU" are {@link TargetDate.Kind#ONGOING}; "various", "variable", "see
 *       below" are {@link TargetDate.Kind#VARIOUS}; "dependent on …", "conclusion of …", "subject to
 *       …", "within 12 months …" and the like are {@link TargetDate.Kind#CONDITIONAL}.
 *   <li>Anything else is {@link TargetDate.Kind#UNRECOGNISED}, keeping the text.
 * </ol>
 *
 * <p>Quarters with a plain year are calendar quarters (Q1 is January to March); quarters of a financial
 * year ("Q1 2024/25") start in April. Two-digit years after a month are read as 20yy. Numeric dates are
 * read day first, as written in the UK.
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

    private static final String MONTH =
            "(january|february|march|april|may|june|july|august|september|october|november|december"
                    + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";
    private static final String YEAR = "((?:19|20)\\d{2})";
    private static final String YEAR_OR_SHORT = "((?:19|20)\\d{2}|'?\\d{2})";
    private static final String ORD = "(?:st|nd|rd|th)?";
    private static final String FY = "((?:19|20)\\d{2})\\s*/\\s*(\\d{1,4})";

    /** Date patterns, tried at each position; the longest match wins. */
    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("\\b" + YEAR + "-(\\d{2})-(\\d{2})\\b"),
                    m -> day(m.group(1), m.group(2), m.group(3))),
            new Rule(Pattern.compile("\\b(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4}|\\d{2})\\b"),
                    m -> day(fullYear(m.group(3)), m.group(2), m.group(1))),
            new Rule(Pattern.compile("\\b(\\d{1,2})" + ORD + "\\s*(?:of\\s+)?" + MONTH + ",?\\s*" + YEAR_OR_SHORT + "\\b"),
                    m -> day(fullYear(m.group(3)), String.valueOf(MONTHS.get(m.group(2))), m.group(1))),
            new Rule(Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})" + ORD + ",\\s*" + YEAR + "\\b"),
                    m -> day(m.group(3), String.valueOf(MONTHS.get(m.group(1))), m.group(2))),
            new Rule(Pattern.compile("\\b(?:q|qtr|quarter)\\s*([1-4])\\s*(?:/|&|-|and|to)\\s*(?:q|qtr|quarter)?\\s*([1-4])"
                            + "\\s*(?:of\\s+)?(?:" + FY + "|" + YEAR + ")"),
                    m -> quarters(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5))),
            new Rule(Pattern.compile("\\b(?:q|qtr|quarter)\\s*([1-4])\\s*(?:of\\s+)?'?(?:" + FY + "|" + YEAR_OR_SHORT + ")"),
                    m -> quarters(m.group(1), m.group(1), m.group(2), m.group(3), m.group(4))),
            new Rule(Pattern.compile("\\b([1-4])" + ORD + "\\s*(?:quarter|qtr)\\s*(?:of\\s+)?(?:the\\s+)?(?:" + FY + "|" + YEAR + ")"),
                    m -> quarters(m.group(1), m.group(1), m.group(2), m.group(3), m.group(4))),
            new Rule(Pattern.compile("\\b(first|second|1st|2nd|h1|h2)\\s*(?:half\\s*)?(?:of\\s+)?" + YEAR),
                    m -> half(m.group(1), m.group(2))),
            new Rule(Pattern.compile("\\b(spring|summer|autumn|fall|winter)\\s*(?:of\\s+)?" + YEAR),
                    m -> season(m.group(1), m.group(2))),
            new Rule(Pattern.compile("\\b" + MONTH + "\\s*(?:/|-|–|to|and|or)\\s*" + MONTH + ",?\\s*" + YEAR_OR_SHORT + "\\b"),
                    m -> months(fullYear(m.group(3)), m.group(1), m.group(2))),
            new Rule(Pattern.compile("\\b" + MONTH + ",?\\s*" + YEAR_OR_SHORT + "\\b"),
                    m -> month(fullYear(m.group(2)), m.group(1))),
            new Rule(Pattern.compile("\\b(?:fy\\s*|financial\\s+year\\s*)?" + FY + "\\b"),
                    m -> financialYear(m.group(1), m.group(2))),
            new Rule(Pattern.compile("\\b" + YEAR + "\\b"),
                    m -> year(m.group(1))));

    private static final Pattern RANGE_JOIN = Pattern.compile("^\\s*(?:-|–|—|to|until|till|through|and)\\s*$");
    private static final Pattern RECURRING = Pattern.compile("\\bthen\\s+(?:repeat|repeated|recurring|monthly|quarterly|annually)\\b");
    private static final Pattern ONWARDS = Pattern.compile("\\bonwards?\\b");
    private static final Pattern NUMBERED_PARTS = Pattern.compile("\\(\\s*1\\s*\\).*\\(\\s*2\\s*\\)|\\b1\\).*\\b2\\)");
    private static final Pattern TBC = Pattern.compile(
            "\\b(tbc|tba|tbd|to be (?:confirmed|agreed|advised|determined|set)|not yet (?:known|set|agreed))\\b");
    private static final Pattern ONGOING = Pattern.compile(
            "\\b(on-?going|continuous|continuing|business as usual|bau|rolling)\\b");
    private static final Pattern VARIOUS = Pattern.compile(
            "\\b(various|variable|varies|multiple|see (?:below|above)|per action|each stage)\\b");
    private static final Pattern CONDITIONAL = Pattern.compile(
            "\\b(dependent|depending|depends|reliant|subject to|conclusion of|on completion|upon|following|once|when|after"
                    + "|within\\s+\\d+|in line with|pending|until)\\b");

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
        if (RECURRING.matcher(s).find() && !mentions.isEmpty()) {
            return new TargetDate(original, TargetDate.Kind.RECURRING, Optional.of(mentions.get(0).deadline), Optional.empty());
        }
        if (ONWARDS.matcher(s).find() && !mentions.isEmpty()) {
            return new TargetDate(original, TargetDate.Kind.ONGOING, Optional.of(mentions.get(0).from), Optional.empty());
        }
        if (NUMBERED_PARTS.matcher(s).find()) {
            return undated(original, TargetDate.Kind.VARIOUS);
        }
        if (!mentions.isEmpty()) {
            Mention chosen = joinRanges(s, mentions).stream()
                    .max(Comparator.comparing((Mention m) -> m.deadline).thenComparing(m -> m.start))
                    .orElseThrow();
            return new TargetDate(original, chosen.kind, Optional.of(chosen.from), Optional.of(chosen.deadline));
        }
        if (TBC.matcher(s).find()) {
            return undated(original, TargetDate.Kind.TBC);
        }
        if (VARIOUS.matcher(s).find()) {
            return undated(original, TargetDate.Kind.VARIOUS);
        }
        if (CONDITIONAL.matcher(s).find()) {
            return undated(original, TargetDate.Kind.CONDITIONAL);
        }
        if (ONGOING.matcher(s).find()) {
            return undated(original, TargetDate.Kind.ONGOING);
        }
        return undated(original, TargetDate.Kind.UNRECOGNISED);
    }

    private static TargetDate undated(String text, TargetDate.Kind kind) {
        return new TargetDate(text, kind, Optional.empty(), Optional.empty());
    }

    private static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT)
                .replace('\u00a0', ' ')
                .replace('’', '\'')
                .replaceAll("[\\[\\]]", " ")
                .replaceAll("\\s+", " ")
                .strip();
    }

    /** Finds date mentions left to right; at each position the longest match of any rule wins. */
    private static List<Mention> mentions(String s) {
        List<Mention> found = new ArrayList<>();
        int pos = 0;
        while (pos < s.length()) {
            Mention best = null;
            for (Rule rule : RULES) {
                Mention candidate = rule.firstFrom(s, pos);
                if (candidate != null && (best == null || candidate.start < best.start
                        || candidate.start == best.start && candidate.end > best.end)) {
                    best = candidate;
                }
            }
            if (best == null) {
                break;
            }
            found.add(best);
            pos = best.end;
        }
        return found;
    }

    /** Merges two mentions joined by a range word ("July 2024 – Jan 2025") into one range. */
    private static List<Mention> joinRanges(String s, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention a = mentions.get(i);
            if (i + 1 < mentions.size()) {
                Mention b = mentions.get(i + 1);
                if (RANGE_JOIN.matcher(s.substring(a.end, b.start)).matches() && !b.deadline.isBefore(a.from)) {
                    out.add(new Mention(TargetDate.Kind.RANGE, a.from, b.deadline, a.start, b.end));
                    i++;
                    continue;
                }
            }
            out.add(a);
        }
        return out;
    }

    private static String fullYear(String y) {
        String digits = y.replace("'", "");
        return digits.length() == 2 ? "20" + digits : digits;
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
        if (fyStart != null) {
            if (financialYearEnd(fyStart, fyEnd) == null) {
                return null;
            }
            YearMonth april = YearMonth.of(Integer.parseInt(fyStart), 4);
            return new Mention(kind, april.plusMonths(3L * (a - 1)).atDay(1), april.plusMonths(3L * b - 1).atEndOfMonth(), 0, 0);
        }
        int year = Integer.parseInt(fullYear(calendarYear));
        return new Mention(kind, YearMonth.of(year, 3 * a - 2).atDay(1), YearMonth.of(year, 3 * b).atEndOfMonth(), 0, 0);
    }

    private static Mention half(String which, String y) {
        int year = Integer.parseInt(y);
        boolean first = which.equals("first") || which.equals("1st") || which.equals("h1");
        return new Mention(TargetDate.Kind.RANGE,
                LocalDate.of(year, first ? 1 : 7, 1), first ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31), 0, 0);
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
        int first = Integer.parseInt(start);
        int next = first + 1;
        String expected = String.valueOf(next);
        if (!expected.endsWith(end) || end.isEmpty()) {
            return null;
        }
        return LocalDate.of(next, 3, 31);
    }

    private static Mention year(String y) {
        int year = Integer.parseInt(y);
        return new Mention(TargetDate.Kind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), 0, 0);
    }

    private record Mention(TargetDate.Kind kind, LocalDate from, LocalDate deadline, int start, int end) {
        Mention at(int s, int e) {
            return new Mention(kind, from, deadline, s, e);
        }
    }

    private interface Reader {
        Mention read(Matcher m);
    }

    private record Rule(Pattern pattern, Reader reader) {
        /** The first match at or after {@code pos} that names a real date, or null if there is none. */
        Mention firstFrom(String s, int pos) {
            Matcher m = pattern.matcher(s);
            int from = pos;
            while (from < s.length() && m.find(from)) {
                try {
                    Mention mention = reader.read(m);
                    if (mention != null) {
                        return mention.at(m.start(), m.end());
                    }
                } catch (DateTimeException | NumberFormatException e) {
                    // not a real date ("31/02/2020"): look further on
                }
                from = m.start() + 1;
            }
            return null;
        }
    }
}
