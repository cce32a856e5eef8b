package io.github.rectrack.engine.publication;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * English words of four letters or more ({@code english-words.txt.gz}, from the word-list package: see
 * {@code english-words.LICENSE.txt}), read in one pass to tell which of a few surnames are not words.
 */
final class EnglishWords {

    private static final String RESOURCE = "english-words.txt.gz";

    private EnglishWords() {}

    /**
     * The candidates that are not English words.
     *
     * @param candidates folded, lower-case candidates
     * @return those not in the word list
     */
    static Set<String> notWords(Set<String> candidates) {
        Set<String> left = new HashSet<>(candidates);
        if (left.isEmpty()) {
            return left;
        }
        try (InputStream raw = EnglishWords.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException("the word list " + RESOURCE + " is missing from the class path");
            }
            try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8))) {
                for (String word = in.readLine(); word != null && !left.isEmpty(); word = in.readLine()) {
                    left.remove(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the word list " + RESOURCE, e);
        }
        return left;
    }
}
