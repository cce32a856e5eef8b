package io.github.rectrack.engine.generate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.model.Register;
import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Builds seeded synthetic registers: realistic in shape and proportions, valid, and the same every time
 * for the same arguments.
 *
 * <p>A generated register follows the Leicestershire scheme of the reference register (priorities
 * Fundamental, Significant and Housekeeping; assurance Substantial to No assurance; forums OWNER, SORB
 * and JARAP with the three reporting rules; the {@code "reference"} RAG policy). Its sources are mostly
 * internal audits, with inspections, regulator audits, post-implementation reviews, external audits
 * and committee action sheets, issued over the ten years before the horizon date, each with 1 to 12
 * recommendations. Recommendations carry owners (some replaced), target histories written the way people
 * write them, about ten progress updates each, management responses, some numbered actions, links,
 * governance decisions in lifecycle order, evidence on closed items and update requests on some open
 * ones. Nothing is dated after the horizon except targets that lie in the future.
 *
 * <p>They also carry what a force's own sheet records: extension requests (about one target revision in
 * seven is made by approving one, the revision carrying the request's reason and the forum that agreed
 * it; some requests are refused and change no target; a few open recommendations have one awaiting a
 * decision); percent complete on the updates of about three recommendations in ten, rising, and 100 only
 * on the update that proposes closure; the status and RAG colour the sheet states, on about four sources
 * in ten, worded from what the engine computes at the horizon, except a few past their target stated
 * "On track" and "Green"; notes on a few. The register's as-of day ({@link Register#asOf()}) is the
 * horizon.
 *
 * <p>Generation uses one {@link java.util.SplittableRandom} seeded from the options and no other state,
 * so equal options give equal registers (and byte-identical canonical JSON); it never reads the clock.
 * The validator ({@code RegisterValidator}) finds no errors in a generated register; it may warn, rarely,
 * about a target whose text is not a date ("Awaiting IT"), as real registers do.
 *
 * <pre>{@code
 * Register register = RegisterGenerator.generate(10_000, 42);
 * Register small = RegisterGenerator.generate(
 *         RegisterGenerator.Options.of(100, 7).withUpdatesPerRecommendation(3).withHorizon(LocalDate.of(2020, 10, 16)));
 * }</pre>
 *
 * <p>100,000 recommendations with ten updates each take a few seconds and well under a gigabyte of heap.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class RegisterGenerator {

    /** The default horizon: nothing but future targets is dated after it. */
    public static final LocalDate DEFAULT_HORIZON = LocalDate.of(2024, 3, 31);

    /** The default average number of progress updates per recommendation. */
    public static final int DEFAULT_UPDATES_PER_RECOMMENDATION = 10;

    /** The default largest number of recommendations in one source. */
    public static final int DEFAULT_MAX_RECOMMENDATIONS_PER_SOURCE = 12;

    private RegisterGenerator() {}

    /**
     * Generates a register with the default options.
     *
     * @param recommendations how many recommendations the register holds, 0 or more
     * @param seed the seed; the same seed gives the same register
     * @return the register
     * @throws IllegalArgumentException if {@code recommendations} is negative
     */
    public static Register generate(int recommendations, long seed) {
        return generate(Options.of(recommendations, seed));
    }

    /**
     * Generates a register.
     *
     * @param options the size, seed and shape of the register
     * @return the register
     */
    public static Register generate(Options options) {
        Objects.requireNonNull(options, "options");
        return new GeneratorRun(options).run();
    }

    /**
     * What to generate. Build with {@link #of(int, long)} and change with the {@code with…} methods.
     *
     * @param recommendations how many recommendations, 0 or more
     * @param seed the seed
     * @param updatesPerRecommendation the average number of progress updates per recommendation, 0 to 1,000;
     *     each recommendation gets between half and one and a half times this many
     * @param maxRecommendationsPerSource the largest number of recommendations in one source, 1 to 99
     * @param horizon the last day anything happens on (updates, decisions, requests); sources are issued
     *     in the ten years before it; a year from 1911 to 2089, so that every date is written with a
     *     20th- or 21st-century year
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public record Options(int recommendations, long seed, int updatesPerRecommendation, int maxRecommendationsPerSource,
            LocalDate horizon) {

        /**
         * Checks the values.
         *
         * @param recommendations how many recommendations, 0 or more
         * @param seed the seed
         * @param updatesPerRecommendation the average number of progress updates per recommendation, 0 to
         *     1,000; each recommendation gets between half and one and a half times this many
         * @param maxRecommendationsPerSource the largest number of recommendations in one source, 1 to 99
         * @param horizon the last day anything happens on (updates, decisions, requests); sources are issued
         *     in the ten years before it; a year from 1911 to 2089, so that every date is written with a
         *     20th- or 21st-century year
         * @throws IllegalArgumentException naming the value that is out of range and the range allowed
         */
        public Options {
            if (recommendations < 0) {
                throw new IllegalArgumentException(
                        "the number of recommendations to generate must be 0 or more, not " + recommendations);
            }
            if (updatesPerRecommendation < 0 || updatesPerRecommendation > 1000) {
                throw new IllegalArgumentException(
                        "updates per recommendation must be from 0 to 1000, not " + updatesPerRecommendation);
            }
            if (maxRecommendationsPerSource < 1 || maxRecommendationsPerSource > 99) {
                throw new IllegalArgumentException(
                        "recommendations per source must be from 1 to 99, not " + maxRecommendationsPerSource);
            }
            Objects.requireNonNull(horizon, "horizon");
            if (horizon.getYear() < 1911 || horizon.getYear() > 2089) {
                throw new IllegalArgumentException("the horizon must fall in a year from 1911 to 2089, not " + horizon
                        + ": target texts are written with 19xx or 20xx years");
            }
        }

        /**
         * Options with the defaults: {@value RegisterGenerator#DEFAULT_UPDATES_PER_RECOMMENDATION} updates per
         * recommendation, up to {@value RegisterGenerator#DEFAULT_MAX_RECOMMENDATIONS_PER_SOURCE} recommendations per
         * source, horizon {@link RegisterGenerator#DEFAULT_HORIZON}.
         *
         * @param recommendations how many recommendations, 0 or more
         * @param seed the seed
         * @return the options
         * @throws IllegalArgumentException if {@code recommendations} is negative
         */
        public static Options of(int recommendations, long seed) {
            return new Options(recommendations, seed, DEFAULT_UPDATES_PER_RECOMMENDATION,
                    DEFAULT_MAX_RECOMMENDATIONS_PER_SOURCE, DEFAULT_HORIZON);
        }

        /**
         * These options with another average number of updates per recommendation.
         *
         * @param updates the average, 0 to 1,000
         * @return the changed options
         */
        public Options withUpdatesPerRecommendation(int updates) {
            return new Options(recommendations, seed, updates, maxRecommendationsPerSource, horizon);
        }

        /**
         * These options with another largest source size.
         *
         * @param max the largest number of recommendations in one source, 1 to 99
         * @return the changed options
         */
        public Options withMaxRecommendationsPerSource(int max) {
            return new Options(recommendations, seed, updatesPerRecommendation, max, horizon);
        }

        /**
         * These options with another horizon.
         *
         * @param day the last day anything happens on
         * @return the changed options
         */
        public Options withHorizon(LocalDate day) {
            return new Options(recommendations, seed, updatesPerRecommendation, maxRecommendationsPerSource, day);
        }
    }
}
