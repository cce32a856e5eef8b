package io.github.rectrack.sheets;

import io.github.rectrack.model.GovernanceDecision;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The words forces write in status, priority, assurance and extension decision columns, and what each
 * proposes for the mapping's {@code values}: a status word means no decision ({@code none}) or a {@link
 * GovernanceDecision.Kind}; a priority word one of the default scheme's three levels; an assurance word
 * one of its four levels; an extension decision word {@code APPROVED}, {@code REFUSED} or {@code none}.
 * Words match with case, punctuation and spaces ignored. A word not known here is proposed as {@code "?"},
 * which the import refuses until a person decides.
 */
final class ValueWords {

    /** The value the import refuses, naming the word, until a person replaces it. */
    static final String UNDECIDED = "?";

    /**
     * What a word is proposed to mean.
     *
     * @param value the value for the mapping: {@code none}, a decision kind, a scheme level, or {@code "?"}
     * @param reason why, as said in the comment: {@code reads as closed by the panel}
     */
    record Meaning(String value, String reason) {

        /**
         * Whether the word was placed, rather than left for a person to decide.
         *
         * @return false for {@code "?"}
         */
        boolean placed() {
            return !value.equals(UNDECIDED);
        }
    }

    private static final Map<String, Meaning> STATUS = new HashMap<>();
    private static final Map<String, Meaning> PRIORITY = new HashMap<>();
    private static final Map<String, Meaning> ASSURANCE = new HashMap<>();
    private static final Map<String, Meaning> EXTENSION = new HashMap<>();

    static {
        put(STATUS, new Meaning("none", "reads as no decision: still open"),
                "open", "not started", "in progress", "ongoing", "on track", "off track", "overdue", "delayed", "behind",
                "partially implemented", "started", "underway", "under way");
        put(STATUS, new Meaning("none", "is a RAG colour, not a decision: still open"), "amber", "red");
        put(STATUS, new Meaning("none", "asks for more time, not a decision: the extension is kept as the stated status"),
                "time extension requested", "extension requested");
        put(STATUS, new Meaning("PROPOSED_CLOSED", "reads as the owner proposing closure"),
                "proposed closed", "propose close", "proposed close", "proposed for closure", "recommended for closure",
                "complete awaiting sign off", "proposed closure", "proposed to close");
        put(STATUS, new Meaning("CLOSURE_AGREED", "reads as closure agreed by the board"),
                "agreed closed at board", "closure agreed");
        put(STATUS, new Meaning("CLOSED", "reads as closed by the panel"),
                "complete", "completed", "closed", "implemented", "done", "fully implemented");
        put(STATUS, new Meaning("CLOSED", "is a RAG colour; green reads as closed by the panel: check it"), "green");
        put(STATUS, new Meaning("SUPERSEDED", "reads as superseded, decided by the panel"), "superseded");
        put(STATUS, new Meaning("NOT_ACCEPTED", "reads as not accepted, decided by the panel"),
                "not accepted", "not agreed", "rejected");
        put(STATUS, new Meaning("HIBERNATED", "reads as hibernated (paused), decided by the panel"),
                "hibernated", "on hold", "paused");
        put(STATUS, new Meaning("MOVED_TO_BUSINESS_AS_USUAL", "reads as moved to business as usual, decided by the panel"),
                "business as usual", "bau");
        put(STATUS, new Meaning("RISK_ACCEPTED", "reads as the risk accepted, agreed by the panel"), "risk accepted");

        put(PRIORITY, new Meaning("Fundamental", "reads as the highest of three levels"),
                "high", "fundamental", "priority 1", "1", "critical");
        put(PRIORITY, new Meaning("Significant", "reads as the middle of three levels"),
                "medium", "significant", "priority 2", "2", "major");
        put(PRIORITY, new Meaning("Housekeeping", "reads as the lowest of three levels"),
                "low", "housekeeping", "merits attention", "priority 3", "3", "minor");

        put(ASSURANCE, new Meaning("Substantial", "reads as the highest assurance"), "substantial", "full", "high");
        put(ASSURANCE, new Meaning("Satisfactory", "reads as the second of four levels"),
                "satisfactory", "reasonable", "adequate", "moderate");
        put(ASSURANCE, new Meaning("Limited", "reads as the third of four levels"), "limited");
        put(ASSURANCE, new Meaning("No assurance", "reads as no assurance"), "no assurance", "no", "none", "nil", "minimal");

        put(EXTENSION, new Meaning("APPROVED", "reads as the extension approved"),
                "approved", "agreed", "granted", "accepted", "yes");
        put(EXTENSION, new Meaning("REFUSED", "reads as the extension refused"),
                "refused", "rejected", "declined", "not agreed", "not approved", "no");
        put(EXTENSION, new Meaning("none", "reads as not yet decided"),
                "pending", "awaiting decision", "requested", "tbc", "to be decided");
    }

    private ValueWords() {}

    private static void put(Map<String, Meaning> map, Meaning meaning, String... words) {
        for (String word : words) {
            map.put(HeaderWords.normal(word), meaning);
        }
    }

    /**
     * What a word of a column is proposed to mean.
     *
     * @param field {@code status}, {@code priority}, {@code assurance} or {@code extensionDecision}
     * @param word the word as found
     * @return the meaning; {@code "?"} with what would be accepted when the word is not known
     */
    static Meaning meaning(String field, String word) {
        String normal = HeaderWords.normal(word);
        if (word.contains("?")) {
            return undecided("has a question mark, so the sheet itself is unsure: " + accepted(field));
        }
        switch (field) {
            case "status": {
                Meaning known = STATUS.get(normal);
                if (known != null) {
                    return known;
                }
                if (word.contains("%")) {
                    return new Meaning("none", "is a percentage done, not a decision: still open");
                }
                Optional<String> start = STATUS.keySet().stream()
                        .filter(k -> normal.startsWith(k + " "))
                        .max((a, b) -> Integer.compare(a.length(), b.length()));
                String hint = start.map(s -> " (it starts like '" + s + "', which would be " + STATUS.get(s).value() + ")")
                        .orElse("");
                return undecided("not recognised" + hint + ": " + accepted(field));
            }
            case "priority":
                return Optional.ofNullable(PRIORITY.get(normal))
                        .orElseGet(() -> undecided("not recognised: " + accepted(field)));
            case "assurance":
                return Optional.ofNullable(ASSURANCE.get(normal))
                        .orElseGet(() -> undecided("not recognised: " + accepted(field)));
            case "extensionDecision":
                return Optional.ofNullable(EXTENSION.get(normal))
                        .orElseGet(() -> undecided("not recognised: " + accepted(field)));
            default:
                throw new IllegalArgumentException("no words are proposed for the field " + field);
        }
    }

    private static String accepted(String field) {
        switch (field) {
            case "status":
                return "say none or one of " + Arrays.stream(GovernanceDecision.Kind.values()).map(Enum::name)
                        .collect(Collectors.joining(", "));
            case "priority":
                return "say one of " + String.join(", ", levels(PRIORITY));
            case "assurance":
                return "say one of " + String.join(", ", levels(ASSURANCE));
            default:
                return "say APPROVED, REFUSED or none (not yet decided)";
        }
    }

    private static List<String> levels(Map<String, Meaning> map) {
        return map == PRIORITY ? List.of("Fundamental", "Significant", "Housekeeping")
                : List.of("Substantial", "Satisfactory", "Limited", "No assurance");
    }

    private static Meaning undecided(String reason) {
        return new Meaning(UNDECIDED, reason);
    }
}
