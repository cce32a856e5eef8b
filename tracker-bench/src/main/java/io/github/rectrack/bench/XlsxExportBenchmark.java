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
 * The {@code xlsx} exporter (the tracker workbook), found by id, against bare POI SXSSF writing the same
 * cells with the same styles and inline strings ({@link WorkbookCells}, read back from the exporter's own
 * workbook).
 *
 * <pre>
 * java -jar tracker-bench/target/benchmarks.jar XlsxExportBenchmark -p recommendations=10000
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class XlsxExportBenchmark {

    @Param({"1000", "10000", "100000"})
    int recommendations;

    @Param({"10"})
    int updates;

    private Exporter exporter;
    private Report report;
    private WorkbookCells cells;

    /** Generates and evaluates the register, and reads the cells the exporter writes. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        exporter = Workloads.exporter("xlsx");
        report = Workloads.report(Workloads.register(recommendations, updates));
        cells = WorkbookCells.read(Workloads.export(exporter, report));
    }

    /** Writes the tracker workbook with the {@code xlsx} exporter. */
    @Benchmark
    public long export() throws IOException {
        return Workloads.exportCounting(exporter, report);
    }

    /** The baseline: bare SXSSF writing the same cells with the same styles. */
    @Benchmark
    public long baselineSxssf() throws IOException {
        Workloads.CountingOutputStream out = new Workloads.CountingOutputStream();
        cells.write(out);
        return out.count;
    }
}
