package io.github.rectrack.bench;

import com.github.pjfanning.xlsx.StreamingReader;
import io.github.rectrack.engine.spi.ImportResult;
import io.github.rectrack.engine.spi.Importer;
import io.github.rectrack.engine.spi.Options;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The {@code xlsx} importer, found by id with {@link java.util.ServiceLoader}, reading the tracker workbook
 * the {@code xlsx} exporter wrote, against excel-streaming-reader reading the same workbook's cells into
 * strings and numbers.
 *
 * <p>Where no importer has the id {@code xlsx} on the class path, {@link #importer} fails in its set-up
 * with a message saying so, and only the baseline gives a number.
 *
 * <pre>
 * java -jar tracker-bench/target/benchmarks.jar XlsxImportBenchmark -p recommendations=10000
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class XlsxImportBenchmark {

    @Param({"1000", "10000", "100000"})
    int recommendations;

    @Param({"10"})
    int updates;

    private byte[] workbook;

    /** Generates the register and writes its tracker workbook once. */
    @Setup(Level.Trial)
    public void setUp() {
        workbook = Workloads.export(Workloads.exporter("xlsx"), Workloads.report(Workloads.register(recommendations, updates)));
    }

    /** The {@code xlsx} importer, when there is one. */
    @State(Scope.Benchmark)
    public static class Ours {
        Importer importer;

        /** Finds the importer by id. */
        @Setup(Level.Trial)
        public void setUp() {
            importer = Workloads.importer("xlsx").orElseThrow(() -> new IllegalStateException(
                    "n/a: no importer with id 'xlsx' on the class path; only the baseline is measured"));
        }
    }

    /** Reads the workbook into a register with the {@code xlsx} importer. */
    @Benchmark
    public ImportResult importer(Ours ours) throws IOException {
        ImportResult result = ours.importer.read(new ByteArrayInputStream(workbook), "tracker.xlsx", Options.none());
        if (result.hasErrors()) {
            throw new IllegalStateException("the xlsx importer found errors in the exporter's workbook: " + result.findings());
        }
        return result;
    }

    /** The baseline: excel-streaming-reader reading every cell of every sheet into a string or a number. */
    @Benchmark
    public long baselineStreamingReader(Blackhole blackhole) throws IOException {
        return readCells(workbook, blackhole);
    }

    /**
     * Reads every cell of a workbook into a string or a number.
     *
     * @param xlsx the workbook
     * @param sink takes each value
     * @return the number of values read
     * @throws IOException if the bytes are not a workbook
     */
    static long readCells(byte[] xlsx, Blackhole sink) throws IOException {
        long values = 0;
        try (Workbook workbook = StreamingReader.builder().rowCacheSize(100).bufferSize(1 << 16)
                .open(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        CellType type = cell.getCellType();
                        if (type == CellType.STRING) {
                            sink.consume(cell.getStringCellValue());
                            values++;
                        } else if (type == CellType.NUMERIC) {
                            sink.consume(cell.getNumericCellValue());
                            values++;
                        }
                    }
                }
            }
        }
        return values;
    }
}
