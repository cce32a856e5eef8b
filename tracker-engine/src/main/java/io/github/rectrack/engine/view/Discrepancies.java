package io.github.rectrack.engine.view;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.engine.evaluation.RecommendationState;
import io.github.rectrack.engine.evaluation.RegisterEvaluation;
import io.github.rectrack.engine.spi.rag.Rag;
import io.github.rectrack.engine.status.Status;
import io.github.rectrack.engine.status.TargetStatus;
import io.github.rectrack.model.GovernanceDecision;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.TargetDate;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Where a force's own sheet and the engine disagree: each recommendation reported to the forum whose
 * stated RAG ({@code statedRag}) or stated status ({@code statedStatus}) says something other than
 * what the engine computed on the day, with a sentence for the panel ("sheet says GREEN; policy says
 * RED: past its target of 31 Dec 2024 with no closure decision"). A panel uses it to catch optimistic
 * self-reporting.
 *
 * <p><b>Stated RAG.</b> Read by {@link #readRag(String)}: "Red"/"R", "Amber"/"A", "Green"/"G",
 * "Grey"/"Gray" and "Blue" (completed, read as {@link Rag#GREEN}), case and spaces ignored; a cell that
 * joins colours with "/", "-", "–", ",", "&amp;", "+" or "and" ("Amber/Red") counts as the worst of them,
 * in the order RED, AMBER, GREEN, GREY. It <em>disagrees</em> when the colour read is not the colour the
 * scheme's RAG policy gave the recommendation on the day. A stated RAG that cannot be read ("Purple",
 * "R1") is never guessed: it is listed in {@link #unreadable()}, with what would be read.
 *
 * <p><b>Stated status.</b> Read by {@link #readStatus(String)} into a {@link StatedStatus}. It
 * <em>disagrees</em> when:
 *
 * <ul>
 *   <li>{@link StatedStatus#FINISHED} ("Complete", "Closed", "Implemented", "Done") and the status is not
 *       {@link Status#isFinished() finished} (closed, or business as usual);</li>
 *   <li>{@link StatedStatus#CLOSURE_PENDING} ("Proposed for closure", "Propose close") and the status is
 *       not {@link Status#isClosurePending() awaiting a closure decision};</li>
 *   <li>{@link StatedStatus#OUTSTANDING} ("Open", "In progress", "On track", "Off track", "Overdue") and
 *       the status is not {@link Status#isOutstanding() outstanding};</li>
 *   <li>{@link StatedStatus#SUPERSEDED}, {@link StatedStatus#NOT_ACCEPTED} or {@link
 *       StatedStatus#RISK_ACCEPTED} and the status is not {@link Status#SUPERSEDED}, {@link
 *       Status#NOT_ACCEPTED} or {@link Status#RISK_ACCEPTED} respectively.</li>
 * </ul>
 *
 * <p>A status word it cannot place ("time extension requested"), or a cell whose words mean two different
 * things ("Complete – proposed for closure"), is not a discrepancy: it is listed in {@link
 * #notCompared()}. Recommendations with no stated value are left out of every list.
 *
 * <p>Stated values are as the sheet wrote them, on the day it was stated as of ({@link #statedAsOf()},
 * the register's {@code asOf}, when recorded); the computed ones are of the evaluation's day. Items are in
 * register order, the RAG before the status of the same recommendation.
 *
 * @param forum the id of the forum the view is for, one of the scheme's forums
 * @param asOf the day the computed values are of
 * @param statedAsOf the day the register's stated values were stated as of, if recorded
 * @param compared how many stated values (RAG and status) were read and compared, agreeing or not
 * @param items the stated values that disagree with the computed ones
 * @param unreadable the stated RAG values that could not be read, each with the computed colour
 * @param notCompared the stated status values that could not be placed, each with the computed status
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Discrepancies(String forum, LocalDate asOf, Optional<LocalDate> statedAsOf, int compared, List<Item> items,
        List<Item> unreadable, List<Item> notCompared) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM uuuu", Locale.ENGLISH);

    /** What a stated RAG may say, for messages. */
    public static final String RAG_WORDS = "Red or R, Amber or A, Green or G, Grey or Gray, Blue, or two joined as in Amber/Red";

    /**
     * Checks for nulls and copies the lists.
     *
     * @param forum the id of the forum the view is for, one of the scheme's forums
     * @param asOf the day the computed values are of
     * @param statedAsOf the day the register's stated values were stated as of, if recorded
     * @param compared how many stated values (RAG and status) were read and compared, agreeing or not
     * @param items the stated values that disagree with the computed ones
     * @param unreadable the stated RAG values that could not be read, each with the computed colour
     * @param notCompared the stated status values that could not be placed, each with the computed status
     */
    public Discrepancies {
        Objects.requireNonNull(forum, "forum");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(statedAsOf, "statedAsOf");
        if (compared < 0) {
            throw new IllegalArgumentException("compared must be 0 or more, not " + compared);
        }
        items = List.copyOf(items);
        unreadable = List.copyOf(unreadable);
        notCompared = List.copyOf(notCompared);
    }

    /** Which stated value an item is about. */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public enum Field {
        /** The stated RAG colour. */
        RAG,
        /** The stated status words. */
        STATUS
    }

    /** What a stated status means, read from the words a sheet uses. */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public enum StatedStatus {
        /** "Complete", "Completed", "Closed", "Implemented", "Done", "100% complete", "Business as usual". */
        FINISHED,
        /** "Proposed closure", "Proposed for closure", "Propose close", "Recommended for closure". */
        CLOSURE_PENDING,
        /** "Open", "In progress", "On track", "Ongoing", "Off track", "Overdue", "Not started", "75% complete". */
        OUTSTANDING,
        /** "Superseded". */
        SUPERSEDED,
        /** "Not accepted", "Not adopted", "Rejected". */
        NOT_ACCEPTED,
        /** "Risk accepted". */
        RISK_ACCEPTED
    }

    /**
     * One stated value, with the computed one and why they differ.
     *
     * @param recommendationId the recommendation's id
     * @param reference its printed reference
     * @param title its title; may be empty
     * @param sourceTitle its source's title
     * @param field whether the stated RAG or the stated status
     * @param stated the value as the sheet wrote it
     * @param computed the colour ("RED") or status ("In progress") computed on the day
     * @param explanation the sentence for the panel: what the sheet says, what the engine says, and why
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public record Item(String recommendationId, String reference, String title, String sourceTitle, Field field, String stated,
            String computed, String explanation) {

        /**
         * Checks for nulls.
         *
         * @param recommendationId the recommendation's id
         * @param reference its printed reference
         * @param title its title; may be empty
         * @param sourceTitle its source's title
         * @param field whether the stated RAG or the stated status
         * @param stated the value as the sheet wrote it
         * @param computed the colour ("RED") or status ("In progress") computed on the day
         * @param explanation the sentence for the panel: what the sheet says, what the engine says, and why
         */
        public Item {
            Objects.requireNonNull(recommendationId, "recommendationId");
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(sourceTitle, "sourceTitle");
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(stated, "stated");
            Objects.requireNonNull(computed, "computed");
            Objects.requireNonNull(explanation, "explanation");
        }
    }

    /**
     * Whether any recommendation reported to the forum has a stated value, read or not.
     *
     * @return true if something was compared, unreadable or not compared
     */
    public boolean hasStatedValues() {
        return compared > 0 || !unreadable.isEmpty() || !notCompared.isEmpty();
    }

    /**
     * Builds the list for a forum.
     *
     * @param evaluation the evaluated register
     * @param forum the forum id
     * @return the discrepancies
     */
    public static Discrepancies of(RegisterEvaluation evaluation, String forum) {
        int compared = 0;
        List<Item> items = new ArrayList<>();
        List<Item> unreadable = new ArrayList<>();
        List<Item> notCompared = new ArrayList<>();
        for (RecommendationState state : (Iterable<RecommendationState>) evaluation.reportedTo(forum)::iterator) {
            Optional<String> statedRag = state.recommendation().statedRag();
            if (statedRag.isPresent()) {
                String stated = statedRag.get();
                Optional<Rag> read = readRag(stated);
                if (read.isEmpty()) {
                    unreadable.add(item(state, Field.RAG, stated, state.rag().name(), "sheet says '" + stated.strip()
                            + "', which is not a RAG colour this reads (" + RAG_WORDS + "); policy says " + state.rag().name()));
                } else {
                    compared++;
                    if (read.get() != state.rag()) {
                        items.add(item(state, Field.RAG, stated, state.rag().name(),
                                "sheet says " + statedRagWords(stated, read.get()) + "; policy says " + state.rag().name() + ": " + facts(state)));
                    }
                }
            }
            Optional<String> statedStatus = state.recommendation().statedStatus();
            if (statedStatus.isPresent()) {
                String stated = statedStatus.get();
                Optional<StatedStatus> read = readStatus(stated);
                String computed = state.status().label();
                if (read.isEmpty()) {
                    notCompared.add(item(state, Field.STATUS, stated, computed, "sheet says '" + stated.strip()
                            + "', which is not a status this reads; status is " + computed));
                } else {
                    compared++;
                    if (!agrees(read.get(), state.status())) {
                        items.add(item(state, Field.STATUS, stated, computed,
                                "sheet says '" + stated.strip() + "'; status is " + computed + ": " + why(read.get(), state)));
                    }
                }
            }
        }
        return new Discrepancies(forum, evaluation.asOf(), evaluation.register().asOf(), compared, items, unreadable, notCompared);
    }

    private static Item item(RecommendationState state, Field field, String stated, String computed, String explanation) {
        var r = state.recommendation();
        return new Item(state.id(), r.reference(), r.title(), state.source().title(), field, stated, computed, explanation);
    }

    /**
     * Whether a stated status agrees with a computed one, as the class describes.
     *
     * @param stated the stated meaning
     * @param status the computed status
     * @return true if they agree
     */
    public static boolean agrees(StatedStatus stated, Status status) {
        return switch (stated) {
            case FINISHED -> status.isFinished();
            case CLOSURE_PENDING -> status.isClosurePending();
            case OUTSTANDING -> status.isOutstanding();
            case SUPERSEDED -> status == Status.SUPERSEDED;
            case NOT_ACCEPTED -> status == Status.NOT_ACCEPTED;
            case RISK_ACCEPTED -> status == Status.RISK_ACCEPTED;
        };
    }

    // ---- reading stated RAG ----------------------------------------------------------------------

    private static final Pattern RAG_JOIN = Pattern.compile("\\s*(?:[/\\\\,&+\u2013\u2014-]|\\band\\b)\\s*");
    private static final Map<String, Rag> RAG_WORD = Map.of("red", Rag.RED, "r", Rag.RED, "amber", Rag.AMBER, "a", Rag.AMBER,
            "green", Rag.GREEN, "g", Rag.GREEN, "grey", Rag.GREY, "gray", Rag.GREY, "blue", Rag.GREEN);

    /**
     * Reads a stated RAG colour as a sheet writes it: "Red"/"R", "Amber"/"A", "Green"/"G", "Grey"/"Gray",
     * "Blue" (completed: {@link Rag#GREEN}); case and spaces ignored; colours joined by "/", "-", "–",
     * ",", "&amp;", "+" or "and" count as the worst of them (RED, then AMBER, GREEN, GREY).
     *
     * @param stated the cell's text
     * @return the colour, or empty if any part of the text is not a colour this reads
     */
    public static Optional<Rag> readRag(String stated) {
        String text = stated.strip().toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Rag worst = null;
        for (String part : RAG_JOIN.split(text, -1)) {
            Rag rag = RAG_WORD.get(part.replaceAll("\\s+", ""));
            if (rag == null) {
                return Optional.empty();
            }
            if (worst == null || rag.ordinal() < worst.ordinal()) {
                worst = rag;
            }
        }
        return Optional.ofNullable(worst);
    }

    /** "GREEN" when the sheet wrote the colour's name; otherwise the text as written and how it was read. */
    private static String statedRagWords(String stated, Rag read) {
        String text = stated.strip();
        if (text.replaceAll("\\s+", "").equalsIgnoreCase(read.name())) {
            return read.name();
        }
        if (text.replaceAll("\\s+", "").equalsIgnoreCase("blue")) {
            return "'" + text + "' (completed, read as " + read.name() + ")";
        }
        return "'" + text + "' (read as " + read.name() + ")";
    }

    // ---- reading stated status -------------------------------------------------------------------

    private static final Pattern PERCENT = Pattern.compile("(\\d{1,3})\\s*%\\s*(?:complete|completed|done|implemented)\\b");
    private static final Map<String, StatedStatus> STATUS_WORDS = statusWords();

    private static Map<String, StatedStatus> statusWords() {
        Map<String, StatedStatus> words = new LinkedHashMap<>();
        for (String w : List.of("complete", "completed", "closed", "implemented", "done", "finished", "fully implemented",
                "business as usual", "bau")) {
            words.put(w, StatedStatus.FINISHED);
        }
        for (String w : List.of("proposed closure", "proposed for closure", "propose closure", "propose for closure", "propose close",
                "propose to close", "proposed to close", "proposed close", "proposed closed", "proposed as closed",
                "recommended for closure", "closure proposed", "for closure", "awaiting closure", "pending closure", "closure agreed")) {
            words.put(w, StatedStatus.CLOSURE_PENDING);
        }
        for (String w : List.of("open", "in progress", "on track", "ongoing", "on going", "off track", "overdue", "outstanding",
                "not started", "not yet started", "started", "under way", "underway", "delayed", "behind schedule", "incomplete",
                "not complete", "not completed", "not yet complete", "not implemented", "not yet implemented", "partially complete",
                "partially completed", "partially implemented", "partly complete", "partly implemented", "substantially complete",
                "nearly complete", "almost complete", "on hold", "hibernated", "paused", "reopened", "re opened")) {
            words.put(w, StatedStatus.OUTSTANDING);
        }
        words.put("superseded", StatedStatus.SUPERSEDED);
        for (String w : List.of("not accepted", "not adopted", "rejected")) {
            words.put(w, StatedStatus.NOT_ACCEPTED);
        }
        for (String w : List.of("risk accepted", "accepted risk", "risk acceptance")) {
            words.put(w, StatedStatus.RISK_ACCEPTED);
        }
        List<Map.Entry<String, StatedStatus>> longestFirst = new ArrayList<>(words.entrySet());
        longestFirst.sort(Comparator.comparingInt((Map.Entry<String, StatedStatus> e) -> e.getKey().length()).reversed());
        Map<String, StatedStatus> ordered = new LinkedHashMap<>();
        longestFirst.forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }

    /**
     * The words {@link #readStatus(String)} knows, with what each means, longest first.
     *
     * @return the words and their meanings
     */
    public static Map<String, StatedStatus> statusWordsKnown() {
        return java.util.Collections.unmodifiableMap(STATUS_WORDS);
    }

    /**
     * Reads a stated status as a sheet writes it. Case, punctuation and spacing are ignored; the text is
     * searched for the known words and phrases ({@link #statusWordsKnown()}), longest first, each word
     * matched whole ("incomplete" is not "complete"; "not complete" is outstanding); "N% complete" is
     * finished at 100 and outstanding below. Other words in the cell are ignored ("Open – actions ongoing,
     * off track" is outstanding).
     *
     * @param stated the cell's text
     * @return the meaning, or empty if no known word is found or the words found mean different things
     */
    public static Optional<StatedStatus> readStatus(String stated) {
        String text = stated.toLowerCase(Locale.ROOT);
        Set<StatedStatus> found = EnumSet.noneOf(StatedStatus.class);
        Matcher percent = PERCENT.matcher(text);
        StringBuilder rest = new StringBuilder();
        while (percent.find()) {
            found.add(Integer.parseInt(percent.group(1)) >= 100 ? StatedStatus.FINISHED : StatedStatus.OUTSTANDING);
            percent.appendReplacement(rest, " # ");
        }
        percent.appendTail(rest);
        String padded = " " + rest.toString().replaceAll("[^a-z0-9#]+", " ").strip() + " ";
        for (Map.Entry<String, StatedStatus> word : STATUS_WORDS.entrySet()) {
            String needle = " " + word.getKey() + " ";
            if (padded.contains(needle)) {
                found.add(word.getValue());
                padded = padded.replace(needle, " # ");
            }
        }
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    // ---- explanations ----------------------------------------------------------------------------

    /** What the engine knows that gives its colour: the targets and the decisions, as a clause. */
    private static String facts(RecommendationState state) {
        Status status = state.status();
        TargetStatus targets = state.targets();
        Optional<GovernanceDecision> last = lastDecision(state);
        if (status.isOutstanding()) {
            boolean plain = status == Status.OPEN || status == Status.IN_PROGRESS || status == Status.REOPENED;
            String decided = plain ? "" : "; " + last.map(Discrepancies::decision).orElse(status.label().toLowerCase(Locale.ROOT));
            if (targets.isPastCurrent()) {
                return "past its target of " + deadline(targets.current()) + (plain ? " with no closure decision" : decided);
            }
            if (state.rag() == Rag.RED && targets.isPastOriginal()) {
                return "past its original target of " + deadline(targets.original()) + " (current target "
                        + targets.current().map(TargetDate::text).orElse("none") + ")" + decided;
            }
            String label = status.label();
            if (targets.hasDeadline()) {
                return label + ", within its target of " + deadline(targets.current()) + decided;
            }
            return label + (targets.current().isPresent() ? ", with no deadline (target '" + targets.current().get().text() + "')"
                    : ", with no target set") + decided;
        }
        if (status.isClosurePending()) {
            return last.map(Discrepancies::decision).orElse(status.label().toLowerCase(Locale.ROOT)) + "; not yet closed";
        }
        return last.map(Discrepancies::decision).orElse(status.label().toLowerCase(Locale.ROOT) + " in the management response");
    }

    /** Why the computed status is what it is, for a stated status that disagrees. */
    private static String why(StatedStatus stated, RecommendationState state) {
        Optional<GovernanceDecision> last = lastDecision(state);
        if (last.isEmpty()) {
            if (state.status() == Status.NOT_ACCEPTED) {
                return "the management response did not accept it";
            }
            return switch (stated) {
                case FINISHED -> "no closure decision recorded";
                case CLOSURE_PENDING -> "no proposal to close recorded";
                case SUPERSEDED -> "no decision that it was superseded recorded";
                case NOT_ACCEPTED -> "no decision not to accept it recorded";
                case RISK_ACCEPTED -> "no decision accepting the risk recorded";
                case OUTSTANDING -> "no decision recorded";
            };
        }
        String latest = "latest decision: " + decision(last.get());
        return state.status().isClosurePending() && stated == StatedStatus.FINISHED ? latest + "; not yet closed" : latest;
    }

    private static Optional<GovernanceDecision> lastDecision(RecommendationState state) {
        List<GovernanceDecision> decisions = state.decisions();
        return decisions.isEmpty() ? Optional.empty() : Optional.of(decisions.get(decisions.size() - 1));
    }

    /** "closure agreed by SORB, Feb 2020". */
    private static String decision(GovernanceDecision decision) {
        String kind = decision.kind().name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return kind + " by " + decision.forum() + ", " + date(decision.date());
    }

    private static String deadline(Optional<TargetDate> target) {
        return target.flatMap(TargetDate::deadline).map(DAY::format).orElse("none");
    }

    /** A date as the sentences write it: "31 Dec 2024", "Feb 2020", "2020". */
    static String date(PartialDate date) {
        return switch (date.precision()) {
            case DAY -> DAY.format(date.first());
            case MONTH -> MONTH.format(date.first());
            case YEAR -> Integer.toString(date.first().getYear());
        };
    }
}
