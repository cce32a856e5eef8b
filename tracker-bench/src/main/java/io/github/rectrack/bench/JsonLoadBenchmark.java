package io.github.rectrack.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.rectrack.engine.generate.RegisterGenerator;
import io.github.rectrack.engine.json.RegisterJson;
import io.github.rectrack.engine.spi.ImportResult;
import io.github.rectrack.engine.validation.RegisterValidator;
import io.github.rectrack.engine.validation.ValidationReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading a register from canonical JSON, against Jackson reading the same bytes into a tree.
 *
 * <pre>
 * java -jar tracker-bench/target/benchmarks.jar JsonLoadBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class JsonLoadBenchmark {

    @Param({"10000"})
    int recommendations;

    private final RegisterJson json = new RegisterJson();
    private final ObjectMapper jackson = new ObjectMapper();
    private RegisterValidator validator;
    private byte[] bytes;

    /** Writes the generated register once. */
    @Setup(Level.Trial)
    public void setUp() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.write(RegisterGenerator.generate(recommendations, 1L), out);
        bytes = out.toByteArray();
        validator = new RegisterValidator();
    }

    /** Releases the validator. */
    @TearDown(Level.Trial)
    public void tearDown() {
        validator.close();
    }

    /** Reads the register: records, dates, targets, all checked for structure. */
    @Benchmark
    public ImportResult load() {
        return json.read(new ByteArrayInputStream(bytes), "register.json");
    }

    /** Reads and validates: Bean Validation and every cross-check. */
    @Benchmark
    public ValidationReport loadAndValidate() {
        return validator.validate(load().orElseThrow());
    }

    /** The baseline: Jackson reading the same bytes into a tree. */
    @Benchmark
    public JsonNode baselineJacksonTree() throws IOException {
        return jackson.readTree(new ByteArrayInputStream(bytes));
    }
}
