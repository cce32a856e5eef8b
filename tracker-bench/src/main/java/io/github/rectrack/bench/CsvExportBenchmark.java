package io.github.rectrack.bench;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.rectrack.engine.spi.Exporter;
import io.github.rectrack.engine.spi.Report;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
 * The {@code csv} exporter, found by id, against jackson-dataformat-csv writing the same cells (read back
 * from the exporter's own output, so both write identical bytes).
 *
 * <pre>
 * java -jar tracker-bench/target/benchmarks.jar CsvExportBenchmark -p recommendations=10000
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class CsvExportBenchmark {

    @Param({"1000", "10000", "100000"})
    int recommendations;

    @Param({"10"})
    int updates;

    private Exporter exporter;
    private Report report;
    private List<String[]> cells;
    private int bytes;

    /** Generates and evaluates the register, and reads the cells the exporter writes. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        exporter = Workloads.exporter("csv");
        report = Workloads.report(Workloads.register(recommendations, updates));
        byte[] written = Workloads.export(exporter, report);
        bytes = written.length;
        cells = readCells(written);
    }

    /** Writes the report with the {@code csv} exporter. */
    @Benchmark
    public int export() throws IOException {
        return check(Workloads.exportCounting(exporter, report));
    }

    /** The baseline: jackson-dataformat-csv writing the same cells, with the same quoting and line ends. */
    @Benchmark
    public int baselineJacksonCsv() throws IOException {
        Workloads.CountingOutputStream out = new Workloads.CountingOutputStream();
        writeCells(cells, out);
        return check(out.count);
    }

    private int check(long written) {
        if (written != bytes) {
            throw new IllegalStateException("wrote " + written + " bytes, expected " + bytes);
        }
        return (int) written;
    }

    /**
     * Reads CSV into rows of cells, as written.
     *
     * @param csv the bytes
     * @return the rows
     * @throws IOException if the bytes are not CSV
     */
    static List<String[]> readCells(byte[] csv) throws IOException {
        CsvMapper mapper = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
        try (MappingIterator<String[]> rows = mapper.readerFor(String[].class)
                .readValues(new InputStreamReader(new ByteArrayInputStream(csv), StandardCharsets.UTF_8))) {
            return rows.readAll();
        }
    }

    /**
     * Writes rows of cells as the {@code csv} exporter's format does: RFC 4180 quoting, CRLF line ends, UTF-8.
     *
     * @param cells the rows
     * @param out where to write
     * @throws IOException if writing fails
     */
    static void writeCells(List<String[]> cells, OutputStream out) throws IOException {
        CsvMapper mapper = CsvMapper.builder().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).build();
        CsvSchema schema = CsvSchema.emptySchema().withoutHeader().withLineSeparator("\r\n");
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        SequenceWriter rows = mapper.writer(schema).writeValues(writer);
        for (String[] row : cells) {
            rows.write(row);
        }
        rows.flush();
        writer.flush();
    }

    /**
     * What the baseline writes, in memory.
     *
     * @param cells the rows
     * @return the bytes
     * @throws IOException if writing fails
     */
    static byte[] baselineBytes(List<String[]> cells) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeCells(cells, out);
        return out.toByteArray();
    }
}
