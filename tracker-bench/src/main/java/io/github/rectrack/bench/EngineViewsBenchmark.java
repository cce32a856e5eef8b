package io.github.rectrack.bench;

import io.github.rectrack.engine.evaluation.RegisterEvaluation;
import io.github.rectrack.engine.evaluation.StatusEngine;
import io.github.rectrack.engine.generate.RegisterGenerator;
import io.github.rectrack.engine.view.Appendix;
import io.github.rectrack.engine.view.ChaseList;
import io.github.rectrack.engine.view.ClosureReadiness;
import io.github.rectrack.engine.view.MonitoredElsewhere;
import io.github.rectrack.engine.view.Movement;
import io.github.rectrack.engine.view.ProposedClosure;
import io.github.rectrack.engine.view.ReportViews;
import io.github.rectrack.engine.view.Slippage;
import io.github.rectrack.engine.view.SummaryMatrix;
import io.github.rectrack.model.GovernanceDecision;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.Recommendation;
import io.github.rectrack.model.Register;
import io.github.rectrack.model.Source;
import io.github.rectrack.model.TargetRevision;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Evaluating a generated register and building each report view, against a straightforward single pass
 * that counts the same summary by hand.
 *
 * <pre>
 * mvn -B -q -DskipTests package -pl tracker-bench -am
 * java -jar tracker-bench/target/benchmarks.jar EngineViewsBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class EngineViewsBenchmark {

    private static final String PANEL = "JARAP";

    @Param({"100000"})
    int recommendations;

    private final StatusEngine engine = new StatusEngine();
    private Register register;
    private LocalDate asOf;
    private RegisterEvaluation evaluation;
    private RegisterEvaluation previousMeeting;

    /** Generates the register and evaluates it once for the view benchmarks. */
    @Setup(Level.Trial)
    public void setUp() {
        register = RegisterGenerator.generate(recommendations, 1L);
        asOf = RegisterGenerator.DEFAULT_HORIZON;
        evaluation = engine.evaluate(register, asOf);
        previousMeeting = engine.evaluate(register, asOf.minusMonths(3));
    }

    /** The status, targets, forum and colour of every recommendation. */
    @Benchmark
    public RegisterEvaluation evaluate() {
        return engine.evaluate(register, asOf);
    }

    /** The priority-by-RAG table from an evaluation. */
    @Benchmark
    public SummaryMatrix summary() {
        return SummaryMatrix.of(evaluation, PANEL);
    }

    /** The list proposed for closure from an evaluation. */
    @Benchmark
    public ProposedClosure proposedClosure() {
        return ProposedClosure.of(evaluation, PANEL);
    }

    /** The items monitored by other forums, from an evaluation. */
    @Benchmark
    public MonitoredElsewhere monitoredElsewhere() {
        return MonitoredElsewhere.of(evaluation, PANEL);
    }

    /** The closure checks of the items proposed for closure. */
    @Benchmark
    public ClosureReadiness closureReadiness() {
        return ClosureReadiness.of(evaluation, PANEL);
    }

    /** Items past their original target. */
    @Benchmark
    public Slippage slippage() {
        return Slippage.of(evaluation, PANEL);
    }

    /** The appendix of every source and item reported to the panel. */
    @Benchmark
    public Appendix appendix() {
        return Appendix.of(evaluation, PANEL);
    }

    /** Owners to chase for updates. */
    @Benchmark
    public ChaseList chaseList() {
        return ChaseList.of(evaluation);
    }

    /** Movement since the previous quarter's meeting. */
    @Benchmark
    public Movement movement() {
        return Movement.between(previousMeeting, evaluation, PANEL);
    }

    /** Everything a paper needs, from the register: both evaluations and every view. */
    @Benchmark
    public Object allViews() {
        RegisterEvaluation now = engine.evaluate(register, asOf);
        RegisterEvaluation before = engine.evaluate(register, asOf.minusMonths(3));
        ReportViews views = ReportViews.of(now, PANEL);
        return List.of(views.summary(), views.proposedClosure(), views.closureReadiness(), views.slippage(), views.appendix(),
                views.monitoredElsewhere(), views.chaseList(), views.movementSince(before));
    }

    /**
     * The baseline: one loop over the records that works out each item's colour the simplest way (last
     * decision on or before the day, last target revision on or before the day) and counts the summary.
     */
    @Benchmark
    public Map<String, int[]> baselineSinglePass() {
        Map<String, int[]> counts = new HashMap<>();
        for (Source source : register.sources()) {
            if (source.date().isPresent() && source.date().get().first().isAfter(asOf)) {
                continue;
            }
            for (Recommendation r : source.recommendations()) {
                GovernanceDecision.Kind last = null;
                for (GovernanceDecision d : r.decisions()) {
                    if (!d.date().first().isAfter(asOf)) {
                        last = d.kind();
                    }
                }
                LocalDate deadline = null;
                PartialDate inherited = null;
                for (TargetRevision t : r.targetHistory()) {
                    PartialDate when = t.date().orElse(inherited);
                    if (when != null && when.first().isAfter(asOf)) {
                        break;
                    }
                    deadline = t.target().deadline().orElse(null);
                    inherited = when;
                }
                int colour;
                if (last == GovernanceDecision.Kind.CLOSED || last == GovernanceDecision.Kind.MOVED_TO_BUSINESS_AS_USUAL
                        || last == GovernanceDecision.Kind.PROPOSED_CLOSED || last == GovernanceDecision.Kind.CLOSURE_AGREED) {
                    colour = 2;
                } else if (last == GovernanceDecision.Kind.SUPERSEDED || last == GovernanceDecision.Kind.NOT_ACCEPTED) {
                    colour = 3;
                } else {
                    colour = deadline != null && deadline.isBefore(asOf) ? 0 : 1;
                }
                counts.computeIfAbsent(r.priority(), p -> new int[4])[colour]++;
            }
        }
        return counts;
    }
}
