package io.github.rectrack.bench;

import io.github.rectrack.engine.generate.RegisterGenerator;
import io.github.rectrack.engine.plugin.Formats;
import io.github.rectrack.engine.spi.Exporter;
import io.github.rectrack.engine.spi.Importer;
import io.github.rectrack.engine.spi.Options;
import io.github.rectrack.engine.spi.Report;
import io.github.rectrack.model.Register;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The registers and reports the benchmarks work on, and the plug-ins they use, found by id as a user's
 * program finds them.
 */
final class Workloads {

    /** The seed of every generated register, so that every run works on the same data. */
    static final long SEED = 1L;

    static {
        // POI logs through Log4j's API; without a provider it complains on stderr at start-up
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
    }

    private static final Formats FORMATS = Formats.discover();

    private Workloads() {}

    /**
     * A generated register.
     *
     * @param recommendations how many recommendations
     * @param updates the average number of progress updates per recommendation
     * @return the register
     */
    static Register register(int recommendations, int updates) {
        return RegisterGenerator.generate(RegisterGenerator.Options.of(recommendations, SEED).withUpdatesPerRecommendation(updates));
    }

    /**
     * The report a committee meeting on the generator's last day gets, for the scheme's panel, with the
     * movement since the meeting three months before.
     *
     * @param register the register
     * @return the evaluated report
     */
    static Report report(Register register) {
        return Report.builder(register).asOf(RegisterGenerator.DEFAULT_HORIZON)
                .previousMeeting(RegisterGenerator.DEFAULT_HORIZON.minusMonths(3)).build();
    }

    /**
     * The exporter with an id, from discovery.
     *
     * @param id the id
     * @return the exporter
     */
    static Exporter exporter(String id) {
        return FORMATS.exporter(id);
    }

    /**
     * The importer with an id, if one is on the class path.
     *
     * @param id the id
     * @return the importer, or empty
     */
    static Optional<Importer> importer(String id) {
        return Optional.ofNullable(FORMATS.importers().get(id));
    }

    /**
     * A report written by an exporter, in memory.
     *
     * @param exporter the exporter
     * @param report the report
     * @return the bytes written
     */
    static byte[] export(Exporter exporter, Report report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        try {
            exporter.export(report, Options.none(), out);
        } catch (IOException e) {
            throw new UncheckedIOException("the " + exporter.id() + " exporter failed in memory", e);
        }
        return out.toByteArray();
    }

    /**
     * Writes a report with an exporter into a stream that only counts the bytes.
     *
     * @param exporter the exporter
     * @param report the report
     * @return the bytes written
     * @throws IOException if the exporter fails
     */
    static long exportCounting(Exporter exporter, Report report) throws IOException {
        CountingOutputStream out = new CountingOutputStream();
        exporter.export(report, Options.none(), out);
        return out.count;
    }

    /** An output stream that only counts, so that both sides of a benchmark pay for encoding but not for storage. */
    static final class CountingOutputStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
