package io.github.rectrack.cli;

import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.TargetDate;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Text for a terminal {@value #WIDTH} columns wide: each piece of text wrapped at word boundaries with a
 * hanging indent (the lines after the first start further in), so that no line is wider than the
 * terminal; white space inside the text, line breaks included, is folded to single spaces. A word wider
 * than a whole line is cut into pieces that fit. Dates are written as papers write them ("8 October
 * 2024", "May 2020").
 */
final class TerminalText {

    /** The widest line written, in characters. */
    static final int WIDTH = 80;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.UK);

    private final List<String> lines = new ArrayList<>();

    /**
     * Adds text: its first line starts with {@code first}, the lines after it with {@code indent}.
     *
     * @param first what the first line starts with, such as {@code "  Status: "}
     * @param text the text
     * @param indent what each further line starts with
     * @return this
     */
    TerminalText add(String first, String text, String indent) {
        lines.addAll(wrap(first, text, indent, WIDTH));
        return this;
    }

    /**
     * Adds a line of text, wrapped with an indent of four spaces.
     *
     * @param text the text
     * @return this
     */
    TerminalText line(String text) {
        return add("", text, "    ");
    }

    /**
     * Adds an empty line.
     *
     * @return this
     */
    TerminalText blank() {
        lines.add("");
        return this;
    }

    /**
     * The lines so far.
     *
     * @return the lines, none wider than {@value #WIDTH} characters
     */
    List<String> lines() {
        return List.copyOf(lines);
    }

    /**
     * Wraps text at word boundaries.
     *
     * @param first what the first line starts with
     * @param text the text; white space is folded
     * @param indent what each further line starts with
     * @param width the widest line
     * @return the lines
     */
    static List<String> wrap(String first, String text, String indent, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder(first);
        boolean empty = true;
        for (String word : words(text, width - columns(indent))) {
            int needed = columns(line) + (empty ? 0 : 1) + columns(word);
            if (needed > width) { // a word cut to fit after the indent always fits on a fresh line
                out.add(line.toString().stripTrailing());
                line = new StringBuilder(indent);
                empty = true;
            }
            if (!empty) {
                line.append(' ');
            }
            line.append(word);
            empty = false;
        }
        out.add(line.toString().stripTrailing());
        return out;
    }

    /** The words of the text, each cut into pieces no wider than {@code room} (at least one character). */
    private static List<String> words(String text, int room) {
        int most = Math.max(1, room);
        List<String> words = new ArrayList<>();
        String folded = text.strip();
        if (folded.isEmpty()) {
            return words;
        }
        for (String word : folded.split("\\s+")) {
            while (columns(word) > most) {
                int cut = word.offsetByCodePoints(0, most);
                words.add(word.substring(0, cut));
                word = word.substring(cut);
            }
            words.add(word);
        }
        return words;
    }

    private static int columns(CharSequence text) {
        return Character.codePointCount(text, 0, text.length());
    }

    /**
     * A day as papers write it.
     *
     * @param day the day
     * @return "16 October 2020"
     */
    static String day(LocalDate day) {
        return DAY.format(day);
    }

    /**
     * A date known to the day, month or year.
     *
     * @param date the date
     * @return "7 May 2020", "May 2020" or "2020"
     */
    static String date(PartialDate date) {
        return switch (date.precision()) {
            case DAY -> DAY.format(date.first());
            case MONTH -> MONTH.format(date.first());
            case YEAR -> Integer.toString(date.first().getYear());
        };
    }

    /**
     * A target as the register wrote it, or its kind ("Tbc") if the text is empty.
     *
     * @param target the target
     * @return the words
     */
    static String target(TargetDate target) {
        return target.text().isBlank() ? label(target.kind()) : target.text().strip();
    }

    /**
     * An enum constant as words.
     *
     * @param constant the constant
     * @return {@code CLOSURE_AGREED} as "Closure agreed"
     */
    static String label(Enum<?> constant) {
        String words = constant.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /**
     * A count with its noun.
     *
     * @param n the count
     * @param noun the noun, singular
     * @return "1 recommendation", "7 recommendations"
     */
    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /**
     * A reference and title.
     *
     * @param reference the printed reference
     * @param title the title; may be blank
     * @return "4.3 Communication with Victims", or whichever of the two is not blank
     */
    static String referenceAndTitle(String reference, String title) {
        if (title.isBlank()) {
            return reference;
        }
        return reference.isBlank() ? title : reference + " " + title;
    }
}
