package io.github.rectrack.engine.status;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.model.Recommendation;
import io.github.rectrack.model.ReportingRule;
import io.github.rectrack.model.ReportingRules;
import io.github.rectrack.model.Scheme;
import io.github.rectrack.model.Source;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Decides which forum sees a recommendation, from the scheme's {@link ReportingRules}: a
 * recommendation's own {@code reportedTo} wins; otherwise the first rule whose assurance band and
 * priorities match; otherwise the rules' default forum.
 *
 * <p>A rule with an assurance bound only matches sources whose assurance level is known and within the
 * bound: a source with no recorded assurance falls through to rules without bounds, then to the default.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class Routing {

    private final ReportingRules rules;
    private final Map<String, Integer> assuranceRanks = new HashMap<>();
    private final int[] floors;
    private final int[] ceilings;

    /**
     * Routing under a scheme.
     *
     * @param scheme the scheme whose rules apply
     */
    public Routing(Scheme scheme) {
        Objects.requireNonNull(scheme, "scheme");
        this.rules = scheme.reportingRules();
        for (int i = 0; i < scheme.assuranceLevels().size(); i++) {
            assuranceRanks.putIfAbsent(scheme.assuranceLevels().get(i), i);
        }
        this.floors = new int[rules.rules().size()];
        this.ceilings = new int[rules.rules().size()];
        for (int i = 0; i < floors.length; i++) {
            ReportingRule rule = rules.rules().get(i);
            // a bound the scheme does not define can never be met: validation reports it
            floors[i] = rule.assuranceAtLeast().map(a -> assuranceRanks.getOrDefault(a, -1)).orElse(Integer.MAX_VALUE);
            ceilings[i] = rule.assuranceAtMost().map(a -> assuranceRanks.getOrDefault(a, Integer.MAX_VALUE)).orElse(0);
        }
    }

    /**
     * Where a recommendation is reported.
     *
     * @param source its source
     * @param recommendation the recommendation
     * @return the forum id and whether the whole source report goes with it
     */
    public Route route(Source source, Recommendation recommendation) {
        if (recommendation.reportedTo().isPresent()) {
            return new Route(recommendation.reportedTo().get(), false, Optional.empty());
        }
        int rank = source.assurance().map(a -> assuranceRanks.getOrDefault(a, -1)).orElse(-1);
        for (int i = 0; i < floors.length; i++) {
            ReportingRule rule = rules.rules().get(i);
            if (matches(i, rule, rank, recommendation)) {
                return new Route(rule.forum(), rule.wholeReport(), Optional.of(i));
            }
        }
        return new Route(rules.defaultForum(), false, Optional.empty());
    }

    /** Ranks count from 0 for the highest assurance: at least X means a rank no greater than X's. */
    private boolean matches(int index, ReportingRule rule, int rank, Recommendation recommendation) {
        if (!rule.priorities().isEmpty() && !rule.priorities().contains(recommendation.priority())) {
            return false;
        }
        if (rule.assuranceAtLeast().isEmpty() && rule.assuranceAtMost().isEmpty()) {
            return true;
        }
        return rank >= 0 && rank <= floors[index] && rank >= ceilings[index];
    }

    /**
     * Where a recommendation goes.
     *
     * @param forum the forum id
     * @param wholeReport whether the whole source report is submitted with it
     * @param rule the index of the rule that decided, or empty for an override or the default
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public record Route(String forum, boolean wholeReport, Optional<Integer> rule) {
        /**
         * Checks for nulls.
         *
         * @param forum the forum id
         * @param wholeReport whether the whole source report is submitted with it
         * @param rule the index of the rule that decided, or empty for an override or the default
         */
        public Route {
            Objects.requireNonNull(forum, "forum");
            Objects.requireNonNull(rule, "rule");
        }
    }
}
