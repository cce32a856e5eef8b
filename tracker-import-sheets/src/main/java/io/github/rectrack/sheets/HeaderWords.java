package io.github.rectrack.sheets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header words forces use for each field of a column mapping, and how a header is read against them:
 * case, punctuation and spaces are ignored ("Rec No." reads as "rec no"); a header that is not one of the
 * words but holds one as whole words ("Target Date (original)") reads as the longest word it holds.
 */
final class HeaderWords {

    /**
     * What a header reads as.
     *
     * @param field the field's key under {@code columns}, for example {@code "reference"}
     * @param word the known header word it matched, in its normal form, for example {@code "rec no"}
     * @param exact whether the whole header is that word, rather than holding it
     */
    record Match(String field, String word, boolean exact) {}

    /** The longest header, in words, that is searched for a known word inside it. */
    private static final int LONGEST_HEADER = 6;

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+|%");
    private static final Set<String> LATER = Set.of("revised", "current", "new", "amended", "latest");

    /** Normal form of a known word, to the field it means, in the order the words are listed. */
    private static final Map<String, String> WORDS = new LinkedHashMap<>();

    static {
        words("reference", "ref", "ref no", "no", "rec", "rec no", "recommendation no", "action no", "reference", "afi no",
                "afi ref", "item", "item no", "id",
                "ref number", "rec ref", "rec number", "recommendation number", "recommendation ref", "action number",
                "action ref", "number");
        words("text", "recommendation", "action", "finding", "issue", "agreed action", "recommendations", "actions",
                "findings", "recommendation text", "action required", "area for improvement", "areas for improvement", "afi",
                "cause of concern", "description", "recommendation description", "action description", "details");
        words("title", "title", "subject", "area", "topic");
        words("owners", "owner", "lead", "responsible", "person responsible", "lead officer", "action owner", "owners",
                "responsible officer", "responsibility");
        words("target", "target", "due", "deadline", "timescale", "target date", "original target", "original deadline",
                "implementation date", "due date", "timescales", "original target date", "original due date",
                "agreed target date");
        words("revisedTarget", "revised", "current target", "revised deadline", "new target date", "revised target",
                "revised target date", "revised date", "current target date", "revised due date", "new target",
                "new deadline", "current deadline");
        words("updateText", "update", "progress", "position", "comments", "latest position", "progress update",
                "commentary", "latest update", "current position", "comment", "updates", "progress to date");
        words("updateDate", "date of update", "update date", "last updated", "date updated", "last update");
        words("status", "status", "state", "on track", "progress status", "current status");
        words("statusDate", "date closed", "closed date", "closure date", "date of closure", "status date", "date completed",
                "actual completion date", "date implemented", "closed on");
        words("rag", "rag", "rag status", "rating", "rag rating");
        words("priority", "priority", "grading", "risk", "risk rating", "category", "grade", "priority rating");
        words("assurance", "assurance", "opinion", "assurance opinion", "assurance level", "audit opinion");
        words("sourceTitle", "audit", "report", "source", "audit area", "report title", "review", "audit title",
                "audit report", "report name", "review title");
        words("sourceId", "report ref", "audit ref", "report reference", "audit reference");
        words("sourceYear", "year", "audit year");
        words("sourceDate", "report date", "audit date", "date of report", "meeting", "meeting date", "date of meeting");
        words("minute", "minute", "minute no", "minute number", "minute ref");
        words("issuedBy", "issued by", "auditor");
        words("response", "management response", "response", "agreed management action", "management comments");
        words("notes", "notes", "note", "remarks");
        words("percentComplete", "% complete", "percent complete", "percentage complete", "progress %", "complete %");
        words("extensionTarget", "extension", "extension requested", "revised date requested", "new date requested",
                "extension date requested");
        words("extensionReason", "reason for extension", "extension reason");
        words("extensionDate", "date extension requested", "extension request date", "date of extension request");
        words("extensionDecision", "extension approved", "decision", "extension decision");
    }

    private HeaderWords() {}

    private static void words(String field, String... words) {
        for (String word : words) {
            String previous = WORDS.put(normal(word), field);
            if (previous != null) {
                throw new IllegalStateException("header word '" + word + "' listed for " + previous + " and " + field);
            }
        }
    }

    /**
     * The normal form of a header: its words in lower case, separated by one space; punctuation other than
     * "%" left out.
     *
     * @param text the header as written
     * @return the normal form; empty if it holds no word
     */
    static String normal(String text) {
        return String.join(" ", tokens(text));
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    /**
     * What a header reads as: the field of the known word it is, else of the longest known word it holds
     * (the last of equally long ones, as "Recommendation Priority" is a priority), for a header of at most
     * six words. A target word in a header that
     * also says revised, current, new, amended or latest reads as the revised target; an update word in a
     * header that also says date reads as the update's date.
     *
     * @param header the header as written
     * @return the match, or empty if the header reads as no field
     */
    static Optional<Match> match(String header) {
        List<String> tokens = tokens(header);
        if (tokens.isEmpty()) {
            return Optional.empty();
        }
        String whole = String.join(" ", tokens);
        String field = WORDS.get(whole);
        if (field != null) {
            return Optional.of(new Match(field, whole, true));
        }
        if (tokens.size() > LONGEST_HEADER) {
            return Optional.empty();
        }
        for (int length = tokens.size() - 1; length >= 1; length--) {
            for (int start = tokens.size() - length; start >= 0; start--) {
                String word = String.join(" ", tokens.subList(start, start + length));
                field = WORDS.get(word);
                if (field != null) {
                    if (field.equals("target") && tokens.stream().anyMatch(LATER::contains)) {
                        field = "revisedTarget";
                    } else if (field.equals("updateText") && tokens.contains("date")) {
                        field = "updateDate";
                    }
                    return Optional.of(new Match(field, word, false));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The known header words, grouped by field, for documentation and messages.
     *
     * @return field key to its words in normal form
     */
    static Map<String, List<String>> byField() {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        WORDS.forEach((word, field) -> byField.computeIfAbsent(field, f -> new ArrayList<>()).add(word));
        return byField;
    }
}
