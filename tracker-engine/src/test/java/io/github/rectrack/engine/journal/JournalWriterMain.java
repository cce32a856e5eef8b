package io.github.rectrack.engine.journal;

import io.github.rectrack.engine.change.Change;
import io.github.rectrack.engine.change.Stamp;
import io.github.rectrack.engine.validation.RegisterValidator;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.ProgressUpdate;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Run in a child JVM by the journal's tests: records COUNT progress updates into REGISTER as WRITER, one
 * change per write, and prints "done" at the end.
 */
public final class JournalWriterMain {

    private JournalWriterMain() {}

    /** @param args REGISTER WRITER COUNT RECOMMENDATION */
    public static void main(String[] args) {
        Path register = Path.of(args[0]);
        String writer = args[1];
        int count = Integer.parseInt(args[2]);
        String recommendation = args[3];
        Journal journal = Journal.beside(register);
        try (RegisterValidator validator = new RegisterValidator()) {
            for (int i = 0; i < count; i++) {
                int n = i;
                journal.record(now -> List.of(new Change.AddUpdate(
                        new Stamp(writer + "-" + n, Instant.parse("2020-10-08T09:00:00Z").plusSeconds(n), writer, now.version()),
                        recommendation, ProgressUpdate.of(PartialDate.of(2020, 10, 8), writer + " update " + n))), validator);
            }
        }
        System.out.println("done");
    }
}
