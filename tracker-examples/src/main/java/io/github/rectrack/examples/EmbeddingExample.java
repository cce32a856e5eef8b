package io.github.rectrack.examples;

import io.github.rectrack.engine.evaluation.RegisterEvaluation;
import io.github.rectrack.engine.evaluation.StatusEngine;
import io.github.rectrack.engine.json.RegisterJson;
import io.github.rectrack.engine.plugin.Formats;
import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.engine.spi.Exporter;
import io.github.rectrack.engine.spi.ImportResult;
import io.github.rectrack.engine.spi.Options;
import io.github.rectrack.engine.spi.Report;
import io.github.rectrack.engine.spi.rag.Rag;
import io.github.rectrack.engine.validation.RegisterValidator;
import io.github.rectrack.engine.view.Slippage;
import io.github.rectrack.engine.view.SummaryMatrix;
import io.github.rectrack.model.Register;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Embedding the library: read a register, validate it, evaluate it as of the panel's meeting, print the
 * summary table and the targets that slipped, and write the register as CSV through an exporter found
 * on the class path. The README shows this code.
 */
public final class EmbeddingExample {

    private EmbeddingExample() {}

    /**
     * Runs the example on the bundled Leicestershire register as of the panel's meeting.
     *
     * @param args the CSV file to write, by default {@code register.csv}
     * @throws Exception if the bundled register cannot be read
     */
    public static void main(String[] args) throws Exception {
        run(System.out, Path.of(args.length > 0 ? args[0] : "register.csv"));
    }

    static void run(PrintStream out, Path report) throws Exception {
        ImportResult read;
        try (InputStream in = ReferenceRegister.LEICESTERSHIRE_2020.open()) {
            read = new RegisterJson().read(in, "leicestershire.json");      // never throws on bad input
        }
        Register register = read.orElseThrow();                             // or inspect read.findings()

        try (RegisterValidator validator = new RegisterValidator()) {
            validator.validate(register).errors().forEach(out::println);    // each with its JSON path
        }

        RegisterEvaluation evaluation = new StatusEngine().evaluate(register, LocalDate.of(2020, 10, 16));
        SummaryMatrix summary = SummaryMatrix.of(evaluation, "JARAP");
        for (String priority : summary.priorities()) {
            out.printf("%-13s red %d, amber %d, green %d, grey %d%n", priority, summary.count(priority, Rag.RED),
                    summary.count(priority, Rag.AMBER), summary.count(priority, Rag.GREEN), summary.count(priority, Rag.GREY));
        }
        Slippage.of(evaluation, "JARAP").items().forEach(item -> out.println(
                "slipped: " + item.reference() + " " + item.title() + ", " + item.revisions() + " revisions"));

        Exporter csv = Formats.discover().exporter("csv");                  // any plug-in on the class path
        try (OutputStream file = Files.newOutputStream(report)) {
            csv.export(Report.of(evaluation, "JARAP"), Options.none(), file);
        }
    }
}
