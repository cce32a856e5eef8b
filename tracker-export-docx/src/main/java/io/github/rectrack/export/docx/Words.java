package io.github.rectrack.export.docx;

import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.TargetDate;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the paper writes dates, targets and enum values. */
final class Words {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.UK);

    private Words() {}

    /** A day as papers write it: "16 October 2020". */
    static String day(LocalDate day) {
        return DAY.format(day);
    }

    /** A date known to the day, month or year: "7 May 2020", "May 2020", "2020". */
    static String date(PartialDate date) {
        return switch (date.precision()) {
            case DAY -> DAY.format(date.first());
            case MONTH -> MONTH.format(date.first());
            case YEAR -> Integer.toString(date.first().getYear());
        };
    }

    /** A target as the register wrote it, or its kind ("Tbc") if the text is empty. */
    static String target(TargetDate target) {
        return target.text().isBlank() ? label(target.kind()) : target.text();
    }

    /** An enum constant as words: {@code CLOSURE_AGREED} becomes "Closure agreed". */
    static String label(Enum<?> constant) {
        String words = constant.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The text with its first letter in capitals: a reason written for the middle of a sentence, as a cell's sentence. */
    static String sentence(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** "1 recommendation", "7 recommendations". */
    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** "4.3 Communication with Victims"; the reference alone if the title is blank. */
    static String referenceAndTitle(String reference, String title) {
        if (title.isBlank()) {
            return reference;
        }
        return reference.isBlank() ? title : reference + " " + title;
    }
}
