package io.github.rectrack.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import io.github.rectrack.engine.publication.Folding;
import io.github.rectrack.model.Person;
import io.github.rectrack.model.Register;
import org.apiguardian.api.API;

/**
 * Searches an export for strings that must not be in it, wherever they hide.
 *
 * <p>Output that is a zip (docx, xlsx, odf and the like) is unpacked and every entry searched: document
 * properties, comments, sheet names, hidden sheets and cells, shared strings, embedded zips. Other output
 * is read as UTF-8 text. Each entry or text is searched three ways: as written; with XML and HTML
 * character references decoded ({@code &amp;}, {@code &#74;}, {@code &#x4A;}, {@code &nbsp;}) and JSON
 * {@code \\uXXXX} escapes decoded; and decoded with the markup removed, so that text split across runs or
 * cells ({@code <w:t>Jane </w:t></w:r><w:r><w:t>Smith</w:t>}) is still found. Both the forbidden string and the
 * output are {@link Folding folded} as the public profile's redaction folds them (case, accents, composed or
 * not, compatibility forms and invisible format characters ignored), and then every space and dash is
 * removed: so "Jane&#xA0;Smith", "Jane&#x200B;Smith", "jane-smith" (an id made from the name) and
 * "JANE SMITH" are all found for "Jane Smith".
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class LeakCheck {

    private static final Pattern REFERENCE = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos|nbsp);");
    private static final Pattern JSON_ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");
    private static final Pattern MARKUP = Pattern.compile("<[^<>]*>");
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0]+");
    private static final int CONTEXT = 40;

    private LeakCheck() {}

    /**
     * A forbidden string found in an export.
     *
     * @param text the forbidden string
     * @param where the part of the output it was found in: {@code "the output"}, or {@code "zip entry
     *     word/document.xml"}
     * @param context the text around it, decoded
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public record Leak(String text, String where, String context) {

        /**
         * Checks for nulls.
         *
         * @param text the forbidden string
         * @param where the part of the output it was found in: {@code "the output"}, or {@code "zip entry
         *     word/document.xml"}
         * @param context the text around it, decoded
         */
        public Leak {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(where, "where");
            Objects.requireNonNull(context, "context");
        }

        /**
         * Says what was found where.
         *
         * @return for example {@code 'Jane Smith' in zip entry docProps/core.xml: "…<dc:creator>Jane Smith<…"}
         */
        @Override
        public String toString() {
            return "'" + text + "' in " + where + ": \"" + context + "\"";
        }
    }

    /**
     * Searches an export for forbidden strings.
     *
     * @param output the bytes an exporter wrote
     * @param forbidden the strings that must not appear
     * @return every forbidden string found, once per part it was found in, in the order of the parts and
     *     then of the strings
     */
    public static List<Leak> search(byte[] output, Collection<String> forbidden) {
        List<Leak> leaks = new ArrayList<>();
        List<String[]> parts = new ArrayList<>();
        collect(output, "", parts);
        for (String[] part : parts) {
            for (String text : forbidden) {
                find(text, part[0], part[1]).ifPresent(leaks::add);
            }
        }
        return leaks;
    }

    /**
     * The names of a register's people and every other spelling of them ({@link Person#aliases()}), to
     * {@link #search(byte[], Collection) search} a public export for: each person's name, then its aliases,
     * person by person, each once. A name that is only the person's initials or role title is left out, as
     * the public profile keeps it.
     *
     * @param register the register as recorded
     * @return the names and aliases
     */
    public static List<String> namesOf(Register register) {
        Set<String> names = new LinkedHashSet<>();
        for (Person person : register.people()) {
            List<String> spellings = new ArrayList<>();
            spellings.add(person.name());
            spellings.addAll(person.aliases());
            for (String spelling : spellings) {
                String key = normalise(spelling);
                boolean kept = key.isEmpty() || person.initials().map(LeakCheck::normalise).filter(key::equals).isPresent()
                        || person.role().map(LeakCheck::normalise).filter(key::equals).isPresent();
                if (!kept) {
                    names.add(spelling);
                }
            }
        }
        return List.copyOf(names);
    }

    private static void collect(byte[] bytes, String prefix, List<String[]> parts) {
        if (!isZip(bytes)) {
            parts.add(new String[] {prefix.isEmpty() ? "the output" : prefix, new String(bytes, StandardCharsets.UTF_8)});
            return;
        }
        // ZipFile reads the central directory, so entries written with data descriptors (as POI's streaming
        // writer does) are read whole, which ZipInputStream cannot always do
        Path file = null;
        try {
            file = Files.createTempFile("leak-check", ".zip");
            Files.write(file, bytes);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry entry : Collections.list(zip.entries())) {
                    String name = (prefix.isEmpty() ? "zip entry " : prefix + " > ") + entry.getName();
                    try (InputStream in = zip.getInputStream(entry)) {
                        collect(in.readAllBytes(), name, parts);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the output starts like a zip but cannot be read as one"
                    + (prefix.isEmpty() ? "" : " (" + prefix + ")") + ": " + e.getMessage(), e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // a temporary file left behind does not change the result
                }
            }
        }
    }

    private static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    private static Optional<Leak> find(String text, String where, String raw) {
        String needle = normalise(text);
        if (needle.isEmpty()) {
            return Optional.empty();
        }
        String decoded = decode(raw);
        for (String haystack : List.of(raw, decoded, MARKUP.matcher(decoded).replaceAll(""))) {
            // folded code point by code point, remembering where each folded character came from
            StringBuilder compact = new StringBuilder(haystack.length());
            int[] positions = new int[haystack.length() * 2 + 2];
            for (int i = 0; i < haystack.length(); ) {
                int cp = haystack.codePointAt(i);
                String piece = cp < 0x80 ? String.valueOf((char) Character.toLowerCase(cp)) : Folding.fold(new String(Character.toChars(cp)));
                for (int k = 0; k < piece.length(); k++) {
                    char c = piece.charAt(k);
                    if (c != ' ' && c != '-' && !Character.isWhitespace(c)) {
                        if (compact.length() == positions.length) {
                            positions = java.util.Arrays.copyOf(positions, positions.length * 2);
                        }
                        positions[compact.length()] = i;
                        compact.append(c);
                    }
                }
                i += Character.charCount(cp);
            }
            int at = compact.indexOf(needle);
            if (at >= 0) {
                int start = positions[at];
                int end = positions[at + needle.length() - 1] + 1;
                String shown = SPACE.matcher(haystack.substring(Math.max(0, start - CONTEXT), Math.min(haystack.length(), end + CONTEXT)))
                        .replaceAll(" ").strip();
                return Optional.of(new Leak(text, where, shown));
            }
        }
        return Optional.empty();
    }

    /** The forbidden string as it is searched for: folded, with its spaces and dashes removed. */
    private static String normalise(String text) {
        return Folding.fold(text).replaceAll("[ \\-]", "");
    }

    /**
     * Decodes XML and HTML character references and JSON {@code \\uXXXX} escapes.
     *
     * @param text the text
     * @return the decoded text
     */
    static String decode(String text) {
        String once = replace(JSON_ESCAPE, text, m -> new String(Character.toChars(Integer.parseInt(m.group(1), 16))));
        // twice, so that "&amp;#74;" (a reference escaped again) is found too
        return reference(reference(once));
    }

    private static String reference(String text) {
        return replace(REFERENCE, text, m -> {
            String name = m.group(1);
            return switch (name) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> " ";
                default -> {
                    int code = name.charAt(1) == 'x' || name.charAt(1) == 'X'
                            ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
                    yield Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : m.group();
                }
            };
        });
    }

    private static String replace(Pattern pattern, String text, Function<MatchResult, String> replacement) {
        Matcher matcher = pattern.matcher(text);
        return matcher.replaceAll(m -> Matcher.quoteReplacement(replacement.apply(m)));
    }
}
