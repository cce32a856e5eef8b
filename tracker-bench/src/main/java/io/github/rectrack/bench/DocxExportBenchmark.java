package io.github.rectrack.bench;

import io.github.rectrack.engine.spi.Exporter;
import io.github.rectrack.engine.spi.Report;
import java.io.IOException;
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
 * The committee paper: the {@code docx} exporter, found by id, against bare POI XWPF writing the same
 * paragraphs and tables with the same styles ({@link PaperContent}, read back from the exporter's own
 * paper). The paper has the movement since the meeting three months before.
 *
 * <pre>
 * java -jar tracker-bench/target/benchmarks.jar DocxExportBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class DocxExportBenchmark {

    @Param({"2000"})
    int recommendations;

    @Param({"10"})
    int updates;

    private Exporter exporter;
    private Report report;
    private PaperContent content;

    /** Generates and evaluates the register, and reads the paper the exporter writes. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        exporter = Workloads.exporter("docx");
        report = Workloads.report(Workloads.register(recommendations, updates));
        content = PaperContent.read(Workloads.export(exporter, report));
    }

    /** Writes the committee paper with the {@code docx} exporter. */
    @Benchmark
    public long export() throws IOException {
        return Workloads.exportCounting(exporter, report);
    }

    /** The baseline: bare XWPF writing the same paragraphs and tables with the same styles. */
    @Benchmark
    public long baselineXwpf() throws IOException {
        Workloads.CountingOutputStream out = new Workloads.CountingOutputStream();
        content.write(out);
        return out.count;
    }
}
