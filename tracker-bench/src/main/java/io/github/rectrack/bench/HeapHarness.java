package io.github.rectrack.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.github.rectrack.engine.generate.RegisterGenerator;
import io.github.rectrack.engine.json.RegisterJson;
import io.github.rectrack.engine.spi.ImportResult;
import io.github.rectrack.engine.spi.Importer;
import io.github.rectrack.engine.spi.Options;
import io.github.rectrack.engine.spi.Report;
import io.github.rectrack.model.Register;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Measures the heap one operation needs, in a JVM of its own (run it with {@code -Xmx256m}): the tracker
 * workbook export, its import, or the JSON load, of a generated register.
 *
 * <pre>
 * java -Xmx256m -cp tracker-bench/target/benchmarks.jar io.github.rectrack.bench.HeapHarness xlsx-export 100000 2 target/heap
 * </pre>
 *
 * <p>For an export the register is generated first in the same JVM; an import or a load reads the files
 * that {@code prepare} wrote in a JVM of its own (with a larger heap). Then the heap is collected, the
 * pools' peaks are reset, and the operation runs. Printed as one JSON line:
 *
 * <ul>
 *   <li>{@code peakHeapBytes}: the sum over the heap's memory pools of their peak use during the operation
 *       (garbage included; pools peak at different moments, so this bounds the true peak from above);
 *   <li>{@code peakLiveBytes}: the most heap in use just after any collection during the operation, the
 *       live data at that moment (0 if the operation needed no collection);
 *   <li>{@code beforeBytes} and {@code afterBytes}: live heap after a full collection before the
 *       operation (the register, for an export) and after it, with its result still held (the register
 *       read, for an import or a load).
 * </ul>
 *
 * <p>An operation whose plug-in is not on the class path prints {@code "status":"n/a"}.
 */
public final class HeapHarness {

    private HeapHarness() {}

    /**
     * Runs one operation and prints what it took.
     *
     * @param args the operation ({@code xlsx-export}, {@code xlsx-import} or {@code json-load}), the number of
     *     recommendations, the average number of updates per recommendation, and a working directory
     * @throws Exception if the operation fails
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: HeapHarness prepare|xlsx-export|xlsx-import|json-load RECOMMENDATIONS UPDATES WORK_DIRECTORY");
            System.exit(2);
        }
        String operation = args[0];
        int recommendations = Integer.parseInt(args[1]);
        int updates = Integer.parseInt(args[2]);
        Path work = Files.createDirectories(Path.of(args[3]));
        String result = switch (operation) {
            case "prepare" -> prepare(recommendations, updates, work);
            case "xlsx-export" -> xlsxExport(recommendations, updates, work);
            case "xlsx-import" -> xlsxImport(recommendations, updates, work);
            case "json-load" -> jsonLoad(recommendations, updates, work);
            default -> throw new IllegalArgumentException("unknown operation '" + operation
                    + "': use prepare, xlsx-export, xlsx-import or json-load");
        };
        System.out.println(String.format(Locale.ROOT, "{\"operation\":\"%s\",\"recommendations\":%d,\"updates\":%d,"
                + "\"maxHeapBytes\":%d,%s}", operation, recommendations, updates, Runtime.getRuntime().maxMemory(), result));
    }

    private static String xlsxExport(int recommendations, int updates, Path work) throws IOException {
        // the workbook shows no movement: one evaluation is all it needs in memory
        Report report = Report.builder(Workloads.register(recommendations, updates)).asOf(RegisterGenerator.DEFAULT_HORIZON).build();
        Path file = work.resolve("export-" + xlsxName(recommendations, updates));
        return measure(() -> {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                Workloads.exporter("xlsx").export(report, Options.none(), out);
            }
            return report;
        });
    }

    private static String xlsxImport(int recommendations, int updates, Path work) throws IOException {
        Optional<Importer> importer = Workloads.importer("xlsx");
        if (importer.isEmpty()) {
            return "\"status\":\"n/a\",\"reason\":\"no importer with id 'xlsx' on the class path\"";
        }
        Path file = prepared(work, xlsxName(recommendations, updates));
        return measure(() -> {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                ImportResult result = importer.get().read(in, file.getFileName().toString(), Options.none());
                if (result.hasErrors()) {
                    throw new IllegalStateException("the xlsx importer found errors: " + result.findings().subList(0,
                            Math.min(5, result.findings().size())));
                }
                return result;
            }
        });
    }

    /**
     * Writes the tracker workbook and the canonical JSON of a register, for the import and the load to read;
     * run in a JVM of its own, with room for the register and its JSON form at once.
     */
    private static String prepare(int recommendations, int updates, Path work) throws IOException {
        Register register = Workloads.register(recommendations, updates);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(work.resolve(xlsxName(recommendations, updates))))) {
            Workloads.exporter("xlsx").export(Workloads.report(register), Options.none(), out);
        }
        writeJson(new RegisterJson(), register, work.resolve(jsonName(recommendations, updates)));
        return "\"status\":\"prepared\"";
    }

    private static String xlsxName(int recommendations, int updates) {
        return "tracker-" + recommendations + "-" + updates + ".xlsx";
    }

    private static String jsonName(int recommendations, int updates) {
        return "register-" + recommendations + "-" + updates + ".json";
    }

    private static Path prepared(Path work, String name) {
        Path file = work.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + " is missing: run HeapHarness prepare with the same size and updates first");
        }
        return file;
    }

    private static String jsonLoad(int recommendations, int updates, Path work) throws IOException {
        Path file = prepared(work, jsonName(recommendations, updates));
        RegisterJson json = new RegisterJson();
        return measure(() -> {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                return json.read(in, file.getFileName().toString()).orElseThrow();
            }
        });
    }

    private static void writeJson(RegisterJson json, Register register, Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            json.write(register, out);
        }
    }

    /** Something measured: returns what it made, held until the live heap after it is measured. */
    @FunctionalInterface
    private interface Operation {
        Object run() throws IOException;
    }

    private static String measure(Operation operation) throws IOException {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        long before = liveAfterFullCollection();
        AtomicLong peakLive = new AtomicLong();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    Map<String, MemoryUsage> after = GarbageCollectionNotificationInfo
                            .from((CompositeData) notification.getUserData()).getGcInfo().getMemoryUsageAfterGc();
                    long used = heap.stream().map(p -> after.get(p.getName())).filter(u -> u != null).mapToLong(MemoryUsage::getUsed).sum();
                    peakLive.accumulateAndGet(used, Math::max);
                }
            }, null, null);
        }
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        Object result = operation.run();
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long after = liveAfterFullCollection();
        if (result == null) {
            throw new IllegalStateException("the operation gave nothing");
        }
        return String.format(Locale.ROOT, "\"status\":\"ok\",\"millis\":%d,\"peakHeapBytes\":%d,\"peakLiveBytes\":%d,"
                + "\"beforeBytes\":%d,\"afterBytes\":%d", millis, peak, peakLive.get(), before, after);
    }

    private static long liveAfterFullCollection() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getUsage().getUsed()).sum();
    }
}
