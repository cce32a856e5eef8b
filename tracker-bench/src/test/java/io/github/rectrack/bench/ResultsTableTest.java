package io.github.rectrack.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The table pairs each benchmark with its baseline of the same size and run. */
class ResultsTableTest {

    private static final String JMH = """
            [
              {"benchmark":"io.github.rectrack.bench.XlsxExportBenchmark.export","mode":"ss","params":{"recommendations":"100000","updates":"10"},
               "primaryMetric":{"score":2.4,"scoreError":0.2,"scoreUnit":"s/op"}},
              {"benchmark":"io.github.rectrack.bench.XlsxExportBenchmark.baselineSxssf","mode":"ss","params":{"recommendations":"100000","updates":"10"},
               "primaryMetric":{"score":2000.0,"scoreError":"NaN","scoreUnit":"ms/op"}},
              {"benchmark":"io.github.rectrack.bench.XlsxImportBenchmark.baselineStreamingReader","mode":"avgt","params":{"recommendations":"1000","updates":"10"},
               "primaryMetric":{"score":850.0,"scoreError":12.5,"scoreUnit":"us/op"}}
            ]
            """;

    @Test
    void convertsUnitsAndPairsOursWithTheBaseline() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        Map<String, ResultsTable.Score> scores = ResultsTable.scores(mapper.readTree(JMH));
        assertThat(scores.get("XlsxExportBenchmark.export@100000").millis()).isEqualTo(2400.0);
        assertThat(scores.get("XlsxImportBenchmark.baselineStreamingReader@1000").millis()).isEqualTo(0.85);

        JsonNode heap = mapper.readTree("{\"operation\":\"xlsx-export\",\"recommendations\":100000,\"updates\":0,"
                + "\"maxHeapBytes\":268435456,\"status\":\"ok\",\"peakHeapBytes\":83886080,\"peakLiveBytes\":52428800}");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultsTable.print(scores, Map.of("xlsx-export@100000", heap), new PrintStream(out, true, StandardCharsets.UTF_8));
        String table = out.toString(StandardCharsets.UTF_8);

        assertThat(table.lines().map(ResultsTableTest::cells)).contains(
                List.of("xlsx export", "100,000", "2,400 ± 200", "2,000", "1.20", "≤ 1.3× met",
                        "80 MiB peak, 50 MiB live (-Xmx256m, 0 updates/rec)"),
                List.of("xlsx import", "1,000", "n/a", "0.85 ± 0.01", "n/a", "≤ 1.3×", ""));
    }

    private static List<String> cells(String line) {
        String inner = line.substring(1, line.length() - 1);
        return Arrays.stream(inner.split("\\|", -1)).map(String::trim).toList();
    }
}
