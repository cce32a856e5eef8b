package io.github.rectrack.engine.publication;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What a {@link Profile} left out of a register, and whether names were replaced: the counts a paper
 * states so that readers know the published version is not the whole record.
 *
 * <p>Counts are of the register as given, whatever the report's day or forum. {@link #recommendations()}
 * counts every recommendation left out, including those of a source left out whole; the counts of parts
 * (responses, updates, extension requests, actions, decision notes, evidence) are of parts left out of recommendations that
 * are themselves shown.
 *
 * @param profile the profile applied
 * @param sources sources left out whole
 * @param recommendations recommendations left out whole
 * @param responses management responses left out
 * @param updates progress updates left out
 * @param extensionRequests extension requests left out
 * @param actions actions left out
 * @param decisionNotes notes of governance decisions left out (the decisions themselves are kept)
 * @param evidence evidence left out
 * @param markings the markings of what was left out, in the scheme's order (a marking the scheme does not
 *     define last)
 * @param namesReplaced whether the register's people's names were replaced by initials or roles
 * @param emailAddressesRemoved whether e-mail addresses were removed from the register's text
 * @param phoneNumbersRemoved whether telephone numbers were removed from the register's text
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Withheld(
        Profile profile,
        int sources,
        int recommendations,
        int responses,
        int updates,
        int extensionRequests,
        int actions,
        int decisionNotes,
        int evidence,
        List<String> markings,
        boolean namesReplaced,
        boolean emailAddressesRemoved,
        boolean phoneNumbersRemoved) {

    /**
     * Checks for nulls and negative counts, and copies the list.
     *
     * @param profile the profile applied
     * @param sources sources left out whole
     * @param recommendations recommendations left out whole
     * @param responses management responses left out
     * @param updates progress updates left out
     * @param extensionRequests extension requests left out
     * @param actions actions left out
     * @param decisionNotes notes of governance decisions left out (the decisions themselves are kept)
     * @param evidence evidence left out
     * @param markings the markings of what was left out, in the scheme's order (a marking the scheme does not
     *     define last)
     * @param namesReplaced whether the register's people's names were replaced by initials or roles
     * @param emailAddressesRemoved whether e-mail addresses were removed from the register's text
     * @param phoneNumbersRemoved whether telephone numbers were removed from the register's text
     */
    public Withheld {
        Objects.requireNonNull(profile, "profile");
        for (int count : new int[] {sources, recommendations, responses, updates, extensionRequests, actions, decisionNotes, evidence}) {
            if (count < 0) {
                throw new IllegalArgumentException("a withheld count cannot be negative: " + count);
            }
        }
        markings = List.copyOf(markings);
    }

    /**
     * A record of what was left out of a register, with no e-mail addresses or telephone numbers removed.
     *
     * @param profile the profile applied
     * @param sources sources left out whole
     * @param recommendations recommendations left out whole
     * @param responses management responses left out
     * @param updates progress updates left out
     * @param extensionRequests extension requests left out
     * @param actions actions left out
     * @param decisionNotes notes of governance decisions left out
     * @param evidence evidence left out
     * @param markings the markings of what was left out, in the scheme's order
     * @param namesReplaced whether the register's people's names were replaced by initials or roles
     */
    public Withheld(Profile profile, int sources, int recommendations, int responses, int updates, int extensionRequests, int actions,
            int decisionNotes, int evidence, List<String> markings, boolean namesReplaced) {
        this(profile, sources, recommendations, responses, updates, extensionRequests, actions, decisionNotes, evidence, markings,
                namesReplaced, false, false);
    }

    /**
     * A record of what was left out of a register with no extension requests left out.
     *
     * @param profile the profile applied
     * @param sources sources left out whole
     * @param recommendations recommendations left out whole
     * @param responses management responses left out
     * @param updates progress updates left out
     * @param actions actions left out
     * @param decisionNotes notes of governance decisions left out
     * @param evidence evidence left out
     * @param markings the markings of what was left out, in the scheme's order
     * @param namesReplaced whether the register's people's names were replaced by initials or roles
     */
    public Withheld(Profile profile, int sources, int recommendations, int responses, int updates, int actions, int decisionNotes,
            int evidence, List<String> markings, boolean namesReplaced) {
        this(profile, sources, recommendations, responses, updates, 0, actions, decisionNotes, evidence, markings, namesReplaced);
    }

    /**
     * Nothing withheld and no names replaced.
     *
     * @param profile the profile applied
     * @return the empty record
     */
    public static Withheld nothing(Profile profile) {
        return new Withheld(profile, 0, 0, 0, 0, 0, 0, 0, 0, List.of(), false, false, false);
    }

    /**
     * How many items and parts were left out, in all.
     *
     * @return the sum of the counts
     */
    public int total() {
        return sources + recommendations + responses + updates + extensionRequests + actions + decisionNotes + evidence;
    }

    /**
     * Whether the report shows the register as it is: nothing left out, no names replaced and no e-mail
     * address or telephone number removed.
     *
     * @return true if so
     */
    public boolean isEmpty() {
        return total() == 0 && !namesReplaced && !emailAddressesRemoved && !phoneNumbersRemoved;
    }

    /**
     * The sentence a paper prints when something was left out or names were replaced, for example
     * "This paper omits 3 recommendations and 5 updates marked OFFICIAL-SENSITIVE; names are shown as
     * initials or roles." It mentions e-mail addresses and telephone numbers only when some were removed:
     * "...; names are shown as initials or roles; e-mail addresses and telephone numbers are removed."
     *
     * @return the sentence, or empty if {@link #isEmpty()}
     */
    public Optional<String> statement() {
        if (isEmpty()) {
            return Optional.empty();
        }
        List<String> done = new ArrayList<>();
        if (namesReplaced) {
            done.add("names are shown as initials or roles");
        }
        List<String> removed = new ArrayList<>();
        if (emailAddressesRemoved) {
            removed.add("e-mail addresses");
        }
        if (phoneNumbersRemoved) {
            removed.add("telephone numbers");
        }
        if (!removed.isEmpty()) {
            done.add(and(removed, "and") + " are removed");
        }
        String also = String.join("; ", done) + ".";
        if (total() == 0) {
            return Optional.of(Character.toUpperCase(also.charAt(0)) + also.substring(1));
        }
        List<String> parts = new ArrayList<>();
        count(parts, sources, "source", "sources");
        count(parts, recommendations, "recommendation", "recommendations");
        count(parts, responses, "management response", "management responses");
        count(parts, updates, "update", "updates");
        count(parts, extensionRequests, "extension request", "extension requests");
        count(parts, actions, "action", "actions");
        count(parts, decisionNotes, "decision note", "decision notes");
        count(parts, evidence, "evidence item", "evidence items");
        StringBuilder sentence = new StringBuilder("This paper omits ").append(and(parts, "and"));
        if (!markings.isEmpty()) {
            sentence.append(" marked ").append(and(markings, "or"));
        }
        return Optional.of(sentence.append(done.isEmpty() ? "." : "; " + also).toString());
    }

    private static void count(List<String> parts, int count, String one, String many) {
        if (count > 0) {
            parts.add(count + " " + (count == 1 ? one : many));
        }
    }

    private static String and(List<String> words, String conjunction) {
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " " + conjunction + " " + words.get(words.size() - 1);
    }
}
