package io.github.rectrack.examples;

import io.github.rectrack.engine.json.ReadResult;
import io.github.rectrack.engine.json.RegisterJson;
import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.engine.validation.RegisterValidator;
import io.github.rectrack.engine.validation.ValidationReport;
import io.github.rectrack.model.Register;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.LocalDate;

/**
 * Embedding the library: read a register, validate it, and list what is past its latest target on a
 * date. The README shows this code.
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
        ReadResult read;
        try (InputStream in = ReferenceRegister.LEICESTERSHIRE_2020.open()) {
            read = new RegisterJson().read(in, "leicestershire.json");      // never throws on bad input
        }
        Register register = read.orElseThrow();                             // or inspect read.findings()

        try (RegisterValidator validator = new RegisterValidator()) {
            ValidationReport report = validator.validate(register);
            report.findings().forEach(out::println);                         // each with its JSON path
        }

        LocalDate asOf = LocalDate.of(2020, 10, 16);
        register.recommendations()
                .filter(r -> r.decisions().isEmpty())                        // nothing proposed or decided yet
                .filter(r -> r.latestTarget().map(t -> t.target().isPastOn(asOf)).orElse(false))
                .forEach(r -> out.println("past target: " + r.reference() + " " + r.title()));
        out.printf("%d recommendations in %d sources%n", register.recommendationCount(), register.sources().size());
    }
}
