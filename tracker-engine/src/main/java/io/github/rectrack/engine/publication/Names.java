package io.github.rectrack.engine.publication;

import io.github.rectrack.model.Person;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Replaces the names of a register's people, wherever they occur in text, by each person's initials, else
 * role title, else initials taken from the name. Only the names the register lists are replaced; nothing
 * is guessed from free text. Names match whole words, ignoring case and how the words are spaced (a
 * line break inside a name still matches); longer names are tried first, so "Jane Smith-Jones" is not
 * taken for "Jane Smith". A name that is the person's role title ("Head of Information Management") is not a
 * personal name and is kept.
 */
final class Names {

    private final Optional<Pattern> pattern;
    private final Map<String, String> replacements = new HashMap<>();

    Names(List<Person> people) {
        List<String> names = new ArrayList<>();
        for (Person person : people) {
            String key = key(person.name());
            String replacement = replacement(person);
            boolean aRoleNotAName = person.role().map(Names::key).filter(key::equals).isPresent();
            if (key.isEmpty() || aRoleNotAName || key.equals(key(replacement)) || replacements.containsKey(key)) {
                continue;
            }
            replacements.put(key, replacement);
            names.add(person.name().strip());
        }
        names.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        pattern = names.isEmpty() ? Optional.empty() : Optional.of(Pattern.compile(names.stream()
                .map(n -> Pattern.compile("\\s+").splitAsStream(n).map(Pattern::quote).collect(Collectors.joining("\\s+")))
                .collect(Collectors.joining("|", "(?<![\\p{L}\\p{N}])(?:", ")(?![\\p{L}\\p{N}])")),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    /**
     * What a person's name is replaced with: initials, else role title, else the first letter of each word
     * of the name.
     *
     * @param person the person
     * @return the replacement
     */
    static String replacement(Person person) {
        return person.initials().or(person::role).orElseGet(() -> initialsOf(person.name()));
    }

    private static String initialsOf(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : name.strip().split("[\\s\\-]+")) {
            if (!word.isEmpty() && Character.isLetter(word.codePointAt(0))) {
                initials.appendCodePoint(Character.toUpperCase(word.codePointAt(0)));
            }
        }
        return initials.length() == 0 ? "a named person" : initials.toString();
    }

    private static String key(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    String apply(String text) {
        if (pattern.isEmpty() || text.isEmpty()) {
            return text;
        }
        Matcher matcher = pattern.get().matcher(text);
        if (!matcher.find()) {
            return text;
        }
        return matcher.replaceAll(m -> Matcher.quoteReplacement(replacements.getOrDefault(key(m.group()), "a named person")));
    }

    Optional<String> apply(Optional<String> text) {
        return text.map(this::apply);
    }

    List<String> apply(List<String> texts) {
        return texts.stream().map(this::apply).toList();
    }
}
