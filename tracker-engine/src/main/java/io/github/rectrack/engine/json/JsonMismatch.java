package io.github.rectrack.engine.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.TargetDate;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Says in the format's words what a field holds and what it should hold, for a value of the wrong type:
 * {@code expected a date written yyyy, yyyy-MM or yyyy-MM-dd, not the number 2020}.
 */
final class JsonMismatch {

    /** The most characters of a wrong value quoted back. */
    private static final int MAX_QUOTED = 60;

    private JsonMismatch() {}

    static String describe(MismatchedInputException e, JsonParser parser, String name) {
        Class<?> target = e.getTargetType();
        String found = found(e, parser);
        if (target == RegisterJson.Document.class) {
            return name + " is not a register: expected a JSON object with schemaVersion, id, organisation, scheme and sources, not "
                    + found;
        }
        return "expected " + expected(target) + ", not " + found;
    }

    private static String expected(Class<?> target) {
        if (CharSequence.class.isAssignableFrom(target)) {
            return "a string";
        }
        if (target == PartialDate.class) {
            return "a date written yyyy, yyyy-MM or yyyy-MM-dd";
        }
        if (target == LocalDate.class) {
            return "a date written yyyy-MM-dd";
        }
        if (target == TargetDate.class) {
            return "a target date: a string such as \"March 2021\", or an object with its text";
        }
        if (target == boolean.class || target == Boolean.class) {
            return "true or false";
        }
        if (target.isEnum()) {
            return "one of " + Arrays.stream(target.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "a list [...]";
        }
        if (Map.class.isAssignableFrom(target)) {
            return "an object of names and string values";
        }
        return "an object {...} (a " + target.getSimpleName() + ")";
    }

    /** The value found, as the file has it, or the kind of value. */
    private static String found(MismatchedInputException e, JsonParser parser) {
        if (e instanceof InvalidFormatException f && f.getValue() instanceof String text) {
            return quote(text);
        }
        JsonToken token = parser == null ? null : parser.currentToken();
        if (token == null) {
            return "what is there";
        }
        try {
            return switch (token) {
                case START_OBJECT, END_OBJECT, FIELD_NAME -> "an object {...}";
                case START_ARRAY, END_ARRAY -> "a list [...]";
                case VALUE_STRING -> quote(parser.getText());
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + shorten(parser.getText());
                case VALUE_TRUE -> "true";
                case VALUE_FALSE -> "false";
                case VALUE_NULL -> "null";
                default -> "what is there";
            };
        } catch (IOException unreadable) {
            return "what is there";
        }
    }

    private static String quote(String text) {
        return "\"" + shorten(text) + "\"";
    }

    private static String shorten(String text) {
        return text.length() <= MAX_QUOTED ? text : text.substring(0, MAX_QUOTED) + "…";
    }
}
