package io.github.rectrack.engine.round;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Days in words for owners: "8 October 2024". */
final class Words {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private Words() {}

    static String day(LocalDate day) {
        return DAY.format(day);
    }
}
