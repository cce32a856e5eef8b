package io.github.rectrack.engine.publication;

import io.github.rectrack.model.Person;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces the names of a register's people, wherever they occur in text, by each person's initials, else
 * role title (itself with any name in it replaced), else initials taken from the name; and removes e-mail
 * addresses and UK telephone numbers. Only the names the register lists are replaced, with each person's
 * other spellings ({@link Person#aliases()}: "Jim" for "James", a former surname, "J.Smith"), which are
 * matched and replaced exactly as the name is; nothing is guessed from free text.
 *
 * <p>Names are matched in the text {@link Folding folded}: ignoring case, accents (composed or not), how
 * the words are spaced or hyphenated (any Unicode space or dash, or none, a line break included) and
 * invisible format characters (zero-width space or joiner, soft hyphen, direction overrides); the match is
 * replaced in the original text, whose other characters are kept as written. Names match whole words;
 * longer names are tried first, so "Jane Smith-Jones" is not taken for "Jane Smith". A name that is the
 * person's role title ("Head of Information Management") is not a personal name and is kept.
 *
 * <p>The last word of a name of two or more words (the surname) is also replaced after a title: Mr, Mrs,
 * Ms, Miss, Mx, Dr, Prof, Sir, Dame, Cllr, and police ranks and their abbreviations (CC, DCC, ACC, Ch
 * Supt, Supt, DSupt, Det Supt, CI, DCI, Insp, DI, Sgt, DS, PC, DC, PCSO and the ranks written out); the
 * title goes with it. A distinctive surname is replaced alone too ("Okonkwo agreed"): one of four letters or
 * more that is not an English word (the word list in {@code english-words.txt.gz} beside this class), so that
 * "Smith", "Brown" or "Holt" alone is kept, as an ordinary word may be. A first name alone is not replaced.
 *
 * <p>A one-word name is matched alone, except a word that names a month or a day of the week ("May",
 * "June", "April", "Friday"): such a name is matched only after a title ("Ms May"), so that "May 2020" is
 * kept.
 */
final class Names {

    /** What an e-mail address is replaced with. */
    static final String EMAIL_REMOVED = "[e-mail removed]";
    /** What a telephone number is replaced with. */
    static final String PHONE_REMOVED = "[telephone number removed]";

    private static final String BEFORE = "(?<![\\p{L}\\p{N}])";
    private static final String AFTER = "(?![\\p{L}\\p{N}])";
    private static final String TITLES = "(?:mrs|mr|ms|miss|mx|dr|prof|professor|sir|dame|lord|lady|cllr|councillor"
            + "|chief[ ]*constable|deputy[ ]*chief[ ]*constable|assistant[ ]*chief[ ]*constable|cc|dcc|acc|t/acc|t/dcc"
            + "|ch[ ]*supt|chief[ ]*superintendent|det[ ]*supt|d[ ]*supt|dsupt|supt|superintendent|detective[ ]*superintendent"
            + "|chief[ ]*inspector|detective[ ]*chief[ ]*inspector|ch[ ]*insp|ci|dci|insp|inspector|detective[ ]*inspector|di"
            + "|sgt|sergeant|detective[ ]*sergeant|ds|dsgt|pc|dc|psgt|constable|detective[ ]*constable|pcso)";
    private static final Set<String> CALENDAR_WORDS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}(?![\\p{L}\\p{N}])");
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\p{N}+])(?:\\+\\s?44\\s?(?:\\(0\\)\\s?)?|\\(0|0)\\d(?:[\\s\\-)\\u00A0]{0,2}\\d){8,9}(?![\\p{N}])");

    private final Optional<Pattern> pattern;
    private final boolean titles;
    private final Map<String, String> replacements = new HashMap<>();
    private final Map<String, String> surnames = new HashMap<>();
    private final AtomicBoolean emailsRemoved = new AtomicBoolean();
    private final AtomicBoolean phonesRemoved = new AtomicBoolean();
    private final boolean removesContacts;
    private final Set<String> idRuns = new LinkedHashSet<>();
    private final Set<String> idWords = new LinkedHashSet<>();
    /** Surnames that may be replaced alone if they are not English words: folded, run together, to their pattern. */
    private final Map<String, String> distinctive = new HashMap<>();

    /**
     * Names of the given people, replaced by their initials, else redacted role, else initials of the name;
     * e-mail addresses and telephone numbers removed.
     */
    Names(List<Person> people) {
        this(people, true);
    }

    /** Replaces nothing and removes nothing: for a profile that keeps names. */
    static Names none() {
        return new Names(List.of(), false);
    }

    private Names(List<Person> people, boolean rolesRedacted) {
        this.removesContacts = rolesRedacted;
        // roles are redacted with the names replaced by initials only, so that a role naming someone ("Staff
        // officer to Jane Smith") does not bring that name back, and two roles naming each other end
        Names plain = rolesRedacted ? new Names(people, false) : null;
        Set<String> names = new LinkedHashSet<>();
        Set<String> titled = new LinkedHashSet<>();
        for (Person person : people) {
            String replacement = rolesRedacted ? replacement(person, plain) : person.initials().orElseGet(() -> initialsOf(person.name()));
            for (String spelling : spellings(person)) {
                add(person, spelling, replacement, names, titled);
            }
        }
        if (rolesRedacted) {
            for (String surname : EnglishWords.notWords(distinctive.keySet())) {
                names.add(distinctive.get(surname));
            }
        }
        List<String> full = new ArrayList<>(names);
        full.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        List<String> surnameList = new ArrayList<>(titled);
        surnameList.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        List<String> alternatives = new ArrayList<>();
        if (!surnameList.isEmpty()) {
            alternatives.add(TITLES + "\\.?[ ]+(?<surname>" + String.join("|", surnameList) + ")");
        }
        if (!full.isEmpty()) {
            alternatives.add("(?:" + String.join("|", full) + ")");
        }
        titles = !surnameList.isEmpty();
        pattern = alternatives.isEmpty() ? Optional.empty()
                : Optional.of(Pattern.compile(BEFORE + "(?:" + String.join("|", alternatives) + ")" + AFTER));
    }

    /**
     * The spellings of a person's name that are replaced: the name, then its other spellings.
     *
     * @param person the person
     * @return the name and aliases
     */
    static List<String> spellings(Person person) {
        List<String> spellings = new ArrayList<>(1 + person.aliases().size());
        spellings.add(person.name());
        spellings.addAll(person.aliases());
        return spellings;
    }

    /**
     * Adds one spelling of a person's name: matched alone (or, for a calendar word, only after a title), and
     * its last word after a title; a spelling that is the person's role or its own replacement, or is
     * already taken by an earlier person, is not added.
     */
    private void add(Person person, String spelling, String replacement, Set<String> names, Set<String> titled) {
        String key = key(spelling);
        boolean aRoleNotAName = person.role().map(Names::key).filter(key::equals).isPresent();
        if (key.isEmpty() || aRoleNotAName || key.equals(key(replacement)) || replacements.containsKey(key)) {
            return;
        }
        replacements.put(key, replacement);
        List<String> words = words(spelling);
        List<String> idTokens = idTokens(spelling);
        if (idTokens.size() > 1) {
            idRuns.add(String.join("", idTokens));
        } else if (idTokens.size() == 1 && !CALENDAR_WORDS.contains(idTokens.get(0))) {
            idWords.add(idTokens.get(0));
        }
        if (words.size() == 1 && CALENDAR_WORDS.contains(words.get(0))) {
            surnames.putIfAbsent(key, replacement);
            titled.add(Pattern.quote(words.get(0)));
            return;
        }
        names.add(String.join("[ \\-]*", words.stream().map(Names::word).toList()));
        String[] tokens = Folding.fold(spelling).strip().split(" +");
        if (tokens.length > 1) {
            List<String> parts = List.of(tokens[tokens.length - 1].split("-+")).stream().filter(w -> !w.isEmpty()).toList();
            String surname = String.join("", parts);
            String previous = surnames.putIfAbsent(surname, replacement);
            if (previous != null && !previous.equals(replacement)) {
                surnames.put(surname, "a named person");
            }
            titled.add(String.join("[ \\-]*", parts.stream().map(Pattern::quote).toList()));
            if (surname.length() >= 4 && surname.chars().allMatch(Character::isLetter) && !CALENDAR_WORDS.contains(surname)) {
                distinctive.putIfAbsent(surname, String.join("[ \\-]*", parts.stream().map(Pattern::quote).toList()));
            }
        }
    }

    /** A word of a name as a pattern: a full stop in it ("J.Smith") may be followed by spaces ("J. Smith"). */
    private static String word(String word) {
        return String.join("\\.[ ]*", List.of(word.split("\\.", -1)).stream().map(w -> w.isEmpty() ? "" : Pattern.quote(w)).toList());
    }

    /**
     * What a person's name is replaced with: initials, else role title with any name in it replaced, else
     * the first letter of each word of the name.
     *
     * @param person the person
     * @param roles the names a role's text is redacted with
     * @return the replacement
     */
    private static String replacement(Person person, Names roles) {
        return person.initials().or(() -> person.role().map(roles::names)).orElseGet(() -> initialsOf(person.name()));
    }

    private static String initialsOf(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : Folding.fold(name).strip().split("[ \\-]+")) {
            if (!word.isEmpty() && Character.isLetter(word.codePointAt(0))) {
                initials.appendCodePoint(Character.toUpperCase(word.codePointAt(0)));
            }
        }
        return initials.length() == 0 ? "a named person" : initials.toString();
    }

    private static List<String> words(String name) {
        return List.of(Folding.fold(name).strip().split("[ \\-]+")).stream().filter(w -> !w.isEmpty()).toList();
    }

    /** The folded name with its words run together: the same for every spacing and hyphenation of the name. */
    private static String key(String name) {
        return String.join("", words(name));
    }

    /** The folded letters and digits of a text, in runs split at everything else: "J.Smith-Jones" gives j, smith, jones. */
    private static List<String> idTokens(String text) {
        return List.of(Folding.fold(text).split("[^\\p{L}\\p{N}]+")).stream().filter(w -> !w.isEmpty()).toList();
    }

    /**
     * Whether an id (of a source or recommendation, say) is made from the name of one of the people, or one
     * of its other spellings, however the id writes it: folded as names are, and with its letters and digits
     * only, so that {@code review-by-jane-smith}, {@code ReviewByJaneSmith} and {@code review_jane.smith_2024}
     * all name Jane Smith. A one-word name must be a whole word of the id ({@code audit-jim} names Jim,
     * {@code jimmy-audit} does not); a name that is a calendar word ("May") is never taken for a name in an id.
     *
     * @param id the id
     * @return whether it names someone
     */
    boolean namedIn(String id) {
        if (idRuns.isEmpty() && idWords.isEmpty()) {
            return false;
        }
        List<String> tokens = idTokens(id);
        for (String token : tokens) {
            if (idWords.contains(token)) {
                return true;
            }
        }
        String run = String.join("", tokens);
        for (String name : idRuns) {
            if (run.contains(name)) {
                return true;
            }
        }
        return false;
    }

    /** Whether an e-mail address was removed from any text given so far. */
    boolean emailsRemoved() {
        return emailsRemoved.get();
    }

    /** Whether a telephone number was removed from any text given so far. */
    boolean phonesRemoved() {
        return phonesRemoved.get();
    }

    String apply(String text) {
        if (text.isEmpty()) {
            return text;
        }
        String cleaned = text;
        if (removesContacts) {
            // the patterns are only tried where they could match: an address needs an @, a number ten digits
            if (cleaned.indexOf('@') >= 0) {
                cleaned = remove(EMAIL, cleaned, EMAIL_REMOVED, emailsRemoved);
            }
            if (hasTenDigits(cleaned)) {
                cleaned = remove(PHONE, cleaned, PHONE_REMOVED, phonesRemoved);
            }
        }
        return names(cleaned);
    }

    /** Whether the text holds at least ten digits, as every UK telephone number does. */
    private static boolean hasTenDigits(String text) {
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i)) && ++digits == 10) {
                return true;
            }
        }
        return false;
    }

    private static String remove(Pattern pattern, String text, String token, AtomicBoolean removed) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        removed.set(true);
        return matcher.replaceAll(Matcher.quoteReplacement(token));
    }

    /** Replaces names only. */
    private String names(String text) {
        if (pattern.isEmpty() || text.isEmpty()) {
            return text;
        }
        Folding folding = Folding.of(text);
        Matcher matcher = pattern.get().matcher(folding.folded());
        StringBuilder out = null;
        int copied = 0;
        while (matcher.find()) {
            if (matcher.end() == matcher.start()) {
                continue;
            }
            String surname = titles ? matcher.group("surname") : null;
            String replacement = surname != null ? surnames.getOrDefault(surname.replaceAll("[ \\-]", ""), "a named person")
                    : replacements.getOrDefault(key(matcher.group()), surnames.getOrDefault(key(matcher.group()), "a named person"));
            int from = folding.start(matcher.start());
            int to = folding.end(matcher.end());
            // accents after the last letter go with the name
            while (to < text.length() && Character.getType(text.codePointAt(to)) == Character.NON_SPACING_MARK) {
                to += Character.charCount(text.codePointAt(to));
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, from).append(replacement);
            copied = to;
        }
        if (out == null) {
            return text;
        }
        return out.append(text, copied, text.length()).toString();
    }

    Optional<String> apply(Optional<String> text) {
        return text.map(this::apply);
    }

    List<String> apply(List<String> texts) {
        return texts.stream().map(this::apply).toList();
    }
}
