package io.github.rectrack.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Prints one table from JMH's JSON results and the {@link HeapHarness} lines: for each operation and size,
 * our time, the baseline's time measured in the same run, their ratio, the target ratio, and the peak heap
 * where it was measured.
 *
 * <pre>
 * java -cp tracker-bench/target/benchmarks.jar io.github.rectrack.bench.ResultsTable heap.jsonl jmh-small.json jmh-large.json
 * </pre>
 */
public final class ResultsTable {

    /**
     * An operation: our benchmark, its baseline, and the ratio it is to stay within.
     *
     * @param name the operation's name in the table
     * @param benchmark our benchmark's class and method, {@code Class.method}
     * @param baseline the baseline's class and method
     * @param target the largest acceptable ratio of our time to the baseline's, or 0 where none is set
     * @param heap the {@link HeapHarness} operation measured for its heap, or null
     */
    record Operation(String name, String benchmark, String baseline, double target, String heap) {}

    /** The operations, in the order of the table. */
    static final List<Operation> OPERATIONS = List.of(
            new Operation("all views", "EngineViewsBenchmark.allViews", "EngineViewsBenchmark.baselineSinglePass", 3.0, null),
            new Operation("evaluate", "EngineViewsBenchmark.evaluate", "EngineViewsBenchmark.baselineSinglePass", 3.0, null),
            new Operation("json load", "JsonLoadBenchmark.load", "JsonLoadBenchmark.baselineJacksonTree", 1.5, "json-load"),
            new Operation("json load+validate", "JsonLoadBenchmark.loadAndValidate", "JsonLoadBenchmark.baselineJacksonTree",
                    1.5, null),
            new Operation("csv export", "CsvExportBenchmark.export", "CsvExportBenchmark.baselineJacksonCsv", 0, null),
            new Operation("xlsx export", "XlsxExportBenchmark.export", "XlsxExportBenchmark.baselineSxssf", 1.3, "xlsx-export"),
            new Operation("xlsx import", "XlsxImportBenchmark.importer", "XlsxImportBenchmark.baselineStreamingReader", 1.3,
                    "xlsx-import"),
            new Operation("docx export", "DocxExportBenchmark.export", "DocxExportBenchmark.baselineXwpf", 1.5, null));

    /**
     * A score in milliseconds.
     *
     * @param millis the mean
     * @param error the 99.9% error, NaN if unknown
     */
    record Score(double millis, double error) {}

    private ResultsTable() {}

    /**
     * Prints the table.
     *
     * @param args the heap lines file, then one or more JMH JSON result files
     * @throws IOException if a file cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: ResultsTable HEAP_JSONL JMH_JSON...");
            System.exit(2);
        }
        ObjectMapper mapper = new ObjectMapper();
        Map<String, Score> scores = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            Path file = Path.of(args[i]);
            if (Files.exists(file) && Files.size(file) > 0) {
                scores.putAll(scores(mapper.readTree(file.toFile())));
            }
        }
        Map<String, JsonNode> heap = new LinkedHashMap<>();
        Path heapFile = Path.of(args[0]);
        if (Files.exists(heapFile)) {
            for (String line : Files.readAllLines(heapFile)) {
                if (line.startsWith("{")) {
                    JsonNode node = mapper.readTree(line);
                    heap.put(node.get("operation").asText() + "@" + node.get("recommendations").asInt(), node);
                }
            }
        }
        print(scores, heap, System.out);
    }

    /**
     * Reads JMH's JSON results into scores in milliseconds, keyed {@code Class.method@recommendations}.
     *
     * @param results JMH's JSON
     * @return the scores
     */
    static Map<String, Score> scores(JsonNode results) {
        Map<String, Score> out = new LinkedHashMap<>();
        for (JsonNode run : results) {
            String[] parts = run.get("benchmark").asText().split("\\.");
            String name = parts[parts.length - 2] + "." + parts[parts.length - 1];
            JsonNode params = run.path("params");
            String size = params.path("recommendations").asText("");
            JsonNode metric = run.get("primaryMetric");
            double factor = toMillis(metric.get("scoreUnit").asText());
            double error = metric.path("scoreError").asDouble(Double.NaN);
            out.put(name + "@" + size, new Score(metric.get("score").asDouble() * factor, error * factor));
        }
        return out;
    }

    private static double toMillis(String unit) {
        String time = unit.substring(0, unit.indexOf('/'));
        return switch (time) {
            case "ns" -> 1e-6;
            case "us" -> 1e-3;
            case "ms" -> 1;
            case "s" -> 1e3;
            default -> throw new IllegalArgumentException("JMH unit '" + unit + "' is not a time per operation");
        };
    }

    /**
     * Prints the table of every operation and size found.
     *
     * @param scores the scores, keyed {@code Class.method@recommendations}
     * @param heap the heap lines, keyed {@code operation@recommendations}
     * @param out where to print
     */
    static void print(Map<String, Score> scores, Map<String, JsonNode> heap, PrintStream out) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"operation", "size", "time (ms)", "baseline (ms)", "ratio", "target", "peak heap"});
        for (Operation op : OPERATIONS) {
            TreeSet<Integer> sizes = new TreeSet<>();
            for (String key : scores.keySet()) {
                String[] k = key.split("@");
                if ((k[0].equals(op.benchmark()) || k[0].equals(op.baseline())) && !k[1].isEmpty()) {
                    sizes.add(Integer.parseInt(k[1]));
                }
            }
            if (op.heap() != null) {
                heap.keySet().stream().filter(k -> k.startsWith(op.heap() + "@"))
                        .forEach(k -> sizes.add(Integer.parseInt(k.substring(k.indexOf('@') + 1))));
            }
            for (int size : sizes) {
                Optional<Score> ours = Optional.ofNullable(scores.get(op.benchmark() + "@" + size));
                Optional<Score> base = Optional.ofNullable(scores.get(op.baseline() + "@" + size));
                String ratio = "n/a";
                String verdict = op.target() > 0 ? "≤ " + String.format(Locale.ROOT, "%.1f", op.target()) + "×" : "";
                if (ours.isPresent() && base.isPresent()) {
                    double r = ours.get().millis() / base.get().millis();
                    ratio = String.format(Locale.ROOT, "%.2f", r);
                    if (op.target() > 0) {
                        verdict += r <= op.target() ? " met" : " missed";
                    }
                }
                rows.add(new String[] {op.name(), String.format(Locale.ROOT, "%,d", size), ours.map(ResultsTable::format).orElse("n/a"),
                        base.map(ResultsTable::format).orElse("n/a"), ratio, verdict,
                        op.heap() == null ? "" : heap(heap.get(op.heap() + "@" + size))});
            }
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            StringBuilder line = new StringBuilder("|");
            for (int i = 0; i < widths.length; i++) {
                String cell = rows.get(r)[i];
                String pad = " ".repeat(widths[i] - cell.length());
                line.append(' ').append(i == 0 ? cell + pad : pad + cell).append(" |");
            }
            out.println(line);
            if (r == 0) {
                StringBuilder rule = new StringBuilder("|");
                for (int i = 0; i < widths.length; i++) {
                    rule.append(i == 0 ? " :" : " ").append("-".repeat(Math.max(1, widths[i] - 1))).append(i == 0 ? "" : ":").append(" |");
                }
                out.println(rule);
            }
        }
    }

    private static String format(Score score) {
        String mean = format(score.millis());
        return Double.isNaN(score.error()) ? mean : mean + " ± " + format(score.error());
    }

    private static String format(double value) {
        if (value >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, value >= 10 ? "%.1f" : "%.2f", value);
    }

    private static String heap(JsonNode line) {
        if (line == null) {
            return "";
        }
        if (!"ok".equals(line.path("status").asText())) {
            return "n/a";
        }
        return String.format(Locale.ROOT, "%d MiB peak, %d MiB live (-Xmx%dm, %d updates/rec)",
                line.get("peakHeapBytes").asLong() >> 20, line.get("peakLiveBytes").asLong() >> 20,
                line.get("maxHeapBytes").asLong() >> 20, line.get("updates").asInt());
    }
}
