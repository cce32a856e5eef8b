package io.github.rectrack.export.xlsx;

import io.github.rectrack.engine.generate.RegisterGenerator;
import io.github.rectrack.engine.spi.Finding;
import io.github.rectrack.engine.spi.ImportResult;
import io.github.rectrack.engine.spi.Options;
import io.github.rectrack.engine.spi.Report;
import io.github.rectrack.model.Register;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Not a test: a program run by hand to measure the tracker workbook at scale, in its own JVM with a small
 * heap. It prints the time taken and the peak heap (the sum of the heap pools' peaks).
 *
 * <pre>
 * java -Xmx256m -cp target/test-classes:target/classes:$(cat cp.txt) io.github.rectrack.export.xlsx.ScaleRun export big.xlsx 100000 2
 * java -Xmx256m -cp ... io.github.rectrack.export.xlsx.ScaleRun import big.xlsx
 * </pre>
 *
 * <p>Measured on a shared 2-core machine (Java 17, G1, {@code -Xlog:gc}), 100,000 recommendations with no
 * progress updates (the generator's targets, decisions, actions, owners and links kept; 132 MiB as
 * objects): export 106 s wall, 61 s CPU with generation, 65.9 MB written, heap after young collections
 * about 173 MiB, no full collection; import 153 s wall, 110 s CPU, live heap 230 MiB at most (after a full
 * collection while the register is assembled), 199 MiB at the end. With one update per recommendation the
 * register alone is 188 MiB: the export fits, the import does not.
 */
public final class ScaleRun {

    private ScaleRun() {}

    /**
     * Exports a generated register, or imports a workbook.
     *
     * @param args {@code export <file> <recommendations> <updates per recommendation>} or {@code import <file>}
     * @throws Exception if the run fails
     */
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[1]);
        long start = System.nanoTime();
        if (args[0].equals("export")) {
            Register register = RegisterGenerator.generate(RegisterGenerator.Options.of(Integer.parseInt(args[2]), 42)
                    .withUpdatesPerRecommendation(Integer.parseInt(args[3])));
            long generated = System.nanoTime();
            System.out.printf("generated %d recommendations, %d updates in %.1f s%n", register.recommendationCount(),
                    register.recommendations().mapToInt(r -> r.updates().size()).sum(), (generated - start) / 1e9);
            start = generated;
            try (OutputStream out = Files.newOutputStream(file)) {
                new XlsxExporter().export(Report.builder(register).asOf(RegisterGenerator.DEFAULT_HORIZON).build(), Options.none(), out);
            }
            System.out.printf("exported %,d bytes in %.1f s%n", Files.size(file), (System.nanoTime() - start) / 1e9);
        } else {
            ImportResult result;
            try (InputStream in = Files.newInputStream(file)) {
                result = new XlsxImporter().read(in, file.toString(), Options.none());
            }
            System.out.printf("imported %d recommendations, %d updates, %d finding(s) (%d error(s)) in %.1f s%n",
                    result.register().map(Register::recommendationCount).orElse(0),
                    result.register().map(r -> r.recommendations().mapToInt(x -> x.updates().size()).sum()).orElse(0),
                    result.findings().size(), result.findings().stream().filter(Finding::isError).count(), (System.nanoTime() - start) / 1e9);
            result.findings().stream().limit(5).forEach(System.out::println);
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("peak heap (sum of heap pools' peaks): %.1f MiB of %.0f MiB max%n", peak / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0);
    }
}
