// summary.jsh: prints the summary table of a register (priority by RAG, with totals) as of a day, for
// a forum, by calling the library from a JShell script.
//
// Run it from the repository root. Either against the command's jar, which holds the engine:
//
//   mvn -q -DskipTests package
//   jshell --class-path tracker-cli/target/tracker.jar -R-Dregister=register.json -R-Das-of=2020-10-16 \
//       tracker-examples/scripts/summary.jsh
//
// or against the engine's class path, written to cp.txt by Maven:
//
//   mvn -q -pl tracker-examples -am compile dependency:build-classpath -Dmdep.outputFile="$PWD/cp.txt"
//   jshell --class-path "$(cat cp.txt)" tracker-examples/scripts/summary.jsh
//
// System properties (given to the JVM that runs the snippets, hence -R-D...):
//   register  a register in canonical JSON; without it, the bundled Leicestershire register
//             (ReferenceRegister.LEICESTERSHIRE_2020)
//   as-of     the day, yyyy-MM-dd; without it, the paper's day (2020-10-16) for the bundled register,
//             today for a file
//   forum     the forum's id, for example JARAP; without it, the scheme's first panel
//
// A register that cannot be read, or has validation errors, is reported with every problem and its
// JSON path instead of a table. tracker-examples' SummaryScriptTest runs this file with the JShell API.

import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.engine.json.RegisterJson;
import io.github.rectrack.engine.spi.ImportResult;
import io.github.rectrack.engine.spi.Report;
import io.github.rectrack.engine.spi.rag.Rag;
import io.github.rectrack.engine.validation.RegisterValidator;
import io.github.rectrack.engine.validation.ValidationReport;
import io.github.rectrack.engine.view.SummaryMatrix;
import io.github.rectrack.model.Register;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** Reads a register file, or returns the bundled Leicestershire register when the name is blank. */
Register loadRegister(String file) throws java.io.IOException {
    if (file.isBlank()) {
        return ReferenceRegister.LEICESTERSHIRE_2020.load();
    }
    try (InputStream in = Files.newInputStream(Path.of(file))) {
        ImportResult read = new RegisterJson().read(in, file);
        read.findings().forEach(System.out::println);
        return read.orElseThrow();
    }
}

/** Prints the summary table in the layout of the `tracker summary` command. */
void printSummary(Report report) {
    SummaryMatrix summary = report.views().summary();
    String forum = report.forumName().equals(report.forum()) ? report.forum() : report.forumName() + " (" + report.forum() + ")";
    System.out.println("Reported to " + forum + " as of " + report.asOf()
            + ", RAG policy '" + report.evaluation().ragPolicy() + "'");
    System.out.printf("%-26s%5s%7s%7s%7s%7s%n", "Priority", "RED", "AMBER", "GREEN", "GREY", "Total");
    for (String priority : summary.priorities()) {
        System.out.printf("%-26s%5d%7d%7d%7d%7d%n", priority, summary.count(priority, Rag.RED),
                summary.count(priority, Rag.AMBER), summary.count(priority, Rag.GREEN),
                summary.count(priority, Rag.GREY), summary.total(priority));
    }
    System.out.printf("%-26s%5d%7d%7d%7d%7d%n", "Total", summary.total(Rag.RED), summary.total(Rag.AMBER),
            summary.total(Rag.GREEN), summary.total(Rag.GREY), summary.total());
    System.out.println("Proposed for closure: " + summary.proposedClosed());
}

/** Loads, validates, evaluates and prints. */
void run() throws java.io.IOException {
    String file = System.getProperty("register", "");
    Register register = loadRegister(file);
    try (RegisterValidator validator = new RegisterValidator()) {
        ValidationReport validation = validator.validate(register);
        if (!validation.isValid()) {
            validation.errors().forEach(System.out::println);
            System.out.println("The register has errors: no summary printed.");
            return;
        }
    }
    String day = System.getProperty("as-of", "");
    LocalDate asOf = !day.isBlank() ? LocalDate.parse(day)
            : file.isBlank() ? ReferenceRegister.LEICESTERSHIRE_2020.paperDate() : LocalDate.now();
    Report.Builder builder = Report.builder(register).asOf(asOf);
    String forum = System.getProperty("forum", "");
    if (!forum.isBlank()) {
        builder.forum(forum);
    }
    printSummary(builder.build());
}

run();

/exit
