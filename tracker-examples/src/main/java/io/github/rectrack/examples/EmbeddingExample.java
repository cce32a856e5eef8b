package io.github.rectrack.examples;

import io.github.rectrack.engine.spi.ImportResult;
import io.github.rectrack.engine.json.RegisterJson;
import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.engine.validation.RegisterValidator;
import io.github.rectrack.engine.evaluation.RegisterEvaluation;
import io.github.rectrack.engine.evaluation.StatusEngine;
import io.github.rectrack.engine.spi.rag.Rag;
import io.github.rectrack.engine.view.Slippage;
import io.github.rectrack.engine.view.SummaryMatrix;
import io.github.rectrack.model.Register;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.LocalDate;

/**
 * Embedding the library: read a register, validate it, evaluate it as of the panel's meeting, print the
 * summary table and the targets that slipped. The README shows this code.
 */
public final class EmbeddingExample {

    private EmbeddingExample() {}

    /**
     * Runs the example on the bundled Leicestershire register as of the panel's meeting.
     *
     * @param args ignored
     * @throws Exception if the bundled register cannot be read
     */
    public static void main(String[] args) throws Exception {
        run(System.out);
    }

    static void run(PrintStream out) throws Exception {
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
    }
}
