package io.github.rectrack.engine.view;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.engine.evaluation.RecommendationState;
import io.github.rectrack.engine.evaluation.RegisterEvaluation;
import io.github.rectrack.engine.status.AsOf;
import io.github.rectrack.engine.status.Status;
import io.github.rectrack.model.Evidence;
import io.github.rectrack.model.GovernanceDecision;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.ProgressUpdate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Whether each recommendation proposed for closure meets the closure criteria, and why not. The
 * reference criteria (Leicestershire panel paper, paragraph 5(e)): to close, the update should state
 * that the recommendation has been implemented, and give evidence that it works (facts and figures on
 * dip-sampling and the like).
 *
 * <p>The items are those {@link ProposedClosure} lists: reported to the forum, status {@link
 * Status#PROPOSED_CLOSED} or {@link Status#CLOSURE_AGREED}, in register order. Each is checked on the
 * day, using only entries that count under the {@link AsOf} rule:
 *
 * <dl>
 *   <dt>{@link Check#IMPLEMENTATION_STATED}</dt>
 *   <dd>some progress update counted on the day states it is implemented: its sections say {@link
 *       io.github.rectrack.model.UpdateSections#implemented() implemented}, or its text uses one of the
 *       words <em>implemented</em>, <em>complete</em> or <em>completed</em> (so also <em>considered
 *       complete</em>), as whole words in any case, unless the word just before it is <em>not</em>,
 *       <em>never</em>, <em>be</em>, <em>to</em>, <em>will</em>, <em>once</em>, <em>until</em>,
 *       <em>a</em> or <em>the</em>, or one of the two words before that is <em>not</em> or <em>never</em>
 *       ("not yet been implemented", "to be completed", "will complete", "a completed PDR" do not count; "is now
 *       considered Completed" and "be considered completed and closed" do). This is a reading aid for the panel, not a verdict: the wording test is deliberately
 *       simple.</dd>
 *   <dt>{@link Check#EVIDENCE_GIVEN}</dt>
 *   <dd>at least one evidence entry counts on the day (an undated entry always counts).</dd>
 *   <dt>{@link Check#BOARD_AGREED}</dt>
 *   <dd>a {@link GovernanceDecision.Kind#CLOSURE_AGREED} decision comes after the latest {@link
 *       GovernanceDecision.Kind#PROPOSED_CLOSED} in the decisions counted on the day (after any, if
 *       none was proposed).</dd>
 *   <dt>{@link Check#NO_OPEN_EVIDENCE_REQUEST}</dt>
 *   <dd>no {@link GovernanceDecision.Kind#FURTHER_EVIDENCE_REQUESTED} decision comes after the latest
 *       proposal unless a progress update or evidence entry counted on the day is dated later than the
 *       request (later in {@link PartialDate} order: "2020-07-20" answers a "2020-07" request, another
 *       "2020-07" entry does not).</dd>
 * </dl>
 *
 * @param forum the id of the forum the view is for, one of the scheme's forums
 * @param asOf the day the register is shown as it stood on
 * @param items one per recommendation proposed for closure, in register order
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record ClosureReadiness(String forum, LocalDate asOf, List<Item> items) {

    /** The words the implementation check looks for, whole words, in any case. */
    public static final List<String> IMPLEMENTATION_WORDS = List.of("implemented", "complete", "completed");

    private static final Pattern IMPLEMENTATION = Pattern.compile(
            "\\b(?:implemented|complete|completed)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
    private static final Set<String> CANCELLING = Set.of("not", "never", "be", "to", "will", "once", "until", "a", "the");
    private static final Set<String> NEGATING = Set.of("not", "never");

    /**
     * Checks for nulls and copies the list.
     *
     * @param forum the id of the forum the view is for, one of the scheme's forums
     * @param asOf the day the register is shown as it stood on
     * @param items one per recommendation proposed for closure, in register order
     */
    public ClosureReadiness {
        Objects.requireNonNull(forum, "forum");
        Objects.requireNonNull(asOf, "asOf");
        items = List.copyOf(items);
    }

    /** A closure criterion. */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public enum Check {
        /** An update states the recommendation is implemented. */
        IMPLEMENTATION_STATED,
        /** Evidence that it works has been given. */
        EVIDENCE_GIVEN,
        /** The board agreed the closure after the latest proposal. */
        BOARD_AGREED,
        /** No request for further evidence since the latest proposal is left unanswered. */
        NO_OPEN_EVIDENCE_REQUEST
    }

    /**
     * A check an item fails, and why.
     *
     * @param check which closure criterion is not met
     * @param reason why it fails, in words for the paper
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public record Failure(Check check, String reason) {
        /**
         * Checks for nulls.
         *
         * @param check which closure criterion is not met
         * @param reason why it fails, in words for the paper
         */
        public Failure {
            Objects.requireNonNull(check, "check");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * One recommendation proposed for closure, checked.
     *
     * @param sourceTitle its source's title
     * @param priority its priority, one of the scheme's priorities
     * @param reference its printed reference
     * @param title the recommendation's short title; empty where the source gives none
     * @param recommendationId the recommendation's id in the register
     * @param status proposed closed, or closure agreed by a board
     * @param latestProposal the date of the latest proposal to close counted on the day, if any
     * @param implementationStatedIn the date of the latest update counted on the day that states it is
     *     implemented, if any
     * @param evidenceCount how many evidence entries count on the day
     * @param figureCount how many figures those entries give
     * @param boardAgreement the date of the board's agreement after the latest proposal, if any
     * @param openEvidenceRequest the date of an unanswered request for further evidence after the latest
     *     proposal, if any
     * @param failures the checks it fails, in {@link Check} order; empty if it is ready
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public record Item(String sourceTitle, String priority, String reference, String title, String recommendationId,
            Status status, Optional<PartialDate> latestProposal, Optional<PartialDate> implementationStatedIn,
            int evidenceCount, int figureCount, Optional<PartialDate> boardAgreement,
            Optional<PartialDate> openEvidenceRequest, List<Failure> failures) {

        /**
         * Checks for nulls and copies the list.
         *
         * @param sourceTitle its source's title
         * @param priority its priority, one of the scheme's priorities
         * @param reference its printed reference
         * @param title the recommendation's short title; empty where the source gives none
         * @param recommendationId the recommendation's id in the register
         * @param status proposed closed, or closure agreed by a board
         * @param latestProposal the date of the latest proposal to close counted on the day, if any
         * @param implementationStatedIn the date of the latest update counted on the day that states it is
         *     implemented, if any
         * @param evidenceCount how many evidence entries count on the day
         * @param figureCount how many figures those entries give
         * @param boardAgreement the date of the board's agreement after the latest proposal, if any
         * @param openEvidenceRequest the date of an unanswered request for further evidence after the latest
         *     proposal, if any
         * @param failures the checks it fails, in {@link Check} order; empty if it is ready
         */
        public Item {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(latestProposal, "latestProposal");
            Objects.requireNonNull(implementationStatedIn, "implementationStatedIn");
            Objects.requireNonNull(boardAgreement, "boardAgreement");
            Objects.requireNonNull(openEvidenceRequest, "openEvidenceRequest");
            failures = List.copyOf(failures);
        }

        /**
         * Whether it passes every check.
         *
         * @return true if no check fails
         */
        public boolean ready() {
            return failures.isEmpty();
        }

        /**
         * Whether it passes one check.
         *
         * @param check the closure criterion to look at
         * @return true if that check does not fail
         */
        public boolean passes(Check check) {
            return failures.stream().noneMatch(f -> f.check() == check);
        }

        /**
         * The checks it fails.
         *
         * @return the failed checks, possibly none
         */
        public Set<Check> failed() {
            Set<Check> failed = EnumSet.noneOf(Check.class);
            failures.forEach(f -> failed.add(f.check()));
            return failed;
        }
    }

    /**
     * Checks the items proposed for closure to a forum.
     *
     * @param evaluation the evaluated register
     * @param forum the forum id
     * @return the checked items
     */
    public static ClosureReadiness of(RegisterEvaluation evaluation, String forum) {
        LocalDate asOf = evaluation.asOf();
        return new ClosureReadiness(forum, asOf, evaluation.reportedTo(forum)
                .filter(s -> s.status().isClosurePending())
                .map(s -> check(s, asOf))
                .toList());
    }

    /**
     * Whether an update states that its recommendation is implemented, by its sections or its words (see
     * the class description).
     *
     * @param update the update
     * @return true if it does
     */
    public static boolean statesImplemented(ProgressUpdate update) {
        if (update.sections().map(s -> s.implemented()).orElse(false)) {
            return true;
        }
        String text = update.text();
        if (!mayMention(text)) {
            return false;
        }
        Matcher m = IMPLEMENTATION.matcher(text);
        while (m.find()) {
            if (!cancelled(update.text(), m.start())) {
                return true;
            }
        }
        return false;
    }

    /** A cheap test that rules out most text before the word-by-word search. */
    private static boolean mayMention(String text) {
        return text.indexOf("mplement") >= 0 || text.indexOf("omplete") >= 0
                || text.indexOf("MPLEMENT") >= 0 || text.indexOf("OMPLETE") >= 0;
    }

    private static boolean cancelled(String text, int at) {
        int from = Math.max(0, at - 60);
        Matcher words = WORD.matcher(text).region(from, at);
        String last = null;
        String second = null;
        String third = null;
        while (words.find()) {
            third = second;
            second = last;
            last = words.group().toLowerCase(Locale.ROOT);
        }
        return last != null && CANCELLING.contains(last)
                || second != null && NEGATING.contains(second)
                || third != null && NEGATING.contains(third);
    }

    private static Item check(RecommendationState state, LocalDate asOf) {
        List<GovernanceDecision> decisions = state.decisions();
        int latestProposal = -1;
        for (int i = 0; i < decisions.size(); i++) {
            if (decisions.get(i).kind() == GovernanceDecision.Kind.PROPOSED_CLOSED) {
                latestProposal = i;
            }
        }
        Optional<PartialDate> boardAgreement = Optional.empty();
        Optional<PartialDate> request = Optional.empty();
        for (int i = latestProposal + 1; i < decisions.size(); i++) {
            GovernanceDecision d = decisions.get(i);
            if (d.kind() == GovernanceDecision.Kind.CLOSURE_AGREED) {
                boardAgreement = Optional.of(d.date());
            } else if (d.kind() == GovernanceDecision.Kind.FURTHER_EVIDENCE_REQUESTED) {
                request = Optional.of(d.date());
            }
        }
        Optional<PartialDate> stated = Optional.empty();
        List<ProgressUpdate> updates = state.updates();
        for (int i = updates.size() - 1; i >= 0 && stated.isEmpty(); i--) {
            if (statesImplemented(updates.get(i))) {
                stated = Optional.of(updates.get(i).date());
            }
        }
        int evidenceCount = 0;
        int figureCount = 0;
        Optional<PartialDate> latestEvidence = Optional.empty();
        for (Evidence evidence : state.recommendation().evidence()) {
            if (AsOf.counts(evidence.date(), Optional.empty(), asOf)) {
                evidenceCount++;
                figureCount += evidence.figures().size();
                if (evidence.date().isPresent() && (latestEvidence.isEmpty() || evidence.date().get().compareTo(latestEvidence.get()) > 0)) {
                    latestEvidence = evidence.date();
                }
            }
        }
        Optional<PartialDate> openRequest = request;
        if (request.isPresent()) {
            PartialDate asked = request.get();
            boolean answeredByUpdate = state.lastUpdate().map(u -> u.date().compareTo(asked) > 0).orElse(false);
            boolean answeredByEvidence = latestEvidence.map(e -> e.compareTo(asked) > 0).orElse(false);
            if (answeredByUpdate || answeredByEvidence) {
                openRequest = Optional.empty();
            }
        }
        Optional<PartialDate> proposedOn = latestProposal < 0 ? Optional.empty() : Optional.of(decisions.get(latestProposal).date());
        String since = proposedOn.map(d -> " since the latest proposal to close (" + d + ")").orElse(" (no proposal to close is recorded)");
        List<Failure> failures = new ArrayList<>(4);
        if (stated.isEmpty()) {
            failures.add(new Failure(Check.IMPLEMENTATION_STATED, updates.isEmpty()
                    ? "no progress update as of " + asOf
                    : "no update as of " + asOf + " states that it is implemented (latest update " + updates.get(updates.size() - 1).date() + ")"));
        }
        if (evidenceCount == 0) {
            failures.add(new Failure(Check.EVIDENCE_GIVEN, "no evidence recorded as of " + asOf));
        }
        if (boardAgreement.isEmpty()) {
            failures.add(new Failure(Check.BOARD_AGREED, "the board has not agreed the closure" + since));
        }
        if (openRequest.isPresent()) {
            failures.add(new Failure(Check.NO_OPEN_EVIDENCE_REQUEST, "further evidence requested on " + openRequest.get()
                    + " and no later update or evidence"));
        }
        return new Item(state.source().title(), state.recommendation().priority(), state.recommendation().reference(),
                state.recommendation().title(), state.id(), state.status(), proposedOn, stated, evidenceCount, figureCount,
                boardAgreement, openRequest, failures);
    }
}
