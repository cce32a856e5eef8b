package io.github.rectrack.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.rectrack.engine.change.Change;
import io.github.rectrack.engine.journal.Journal;
import io.github.rectrack.engine.store.StoreException;
import io.github.rectrack.engine.json.ChangeJson;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tracker history}: who recorded what, and when, from a register's journal. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "Print who recorded what, and when: the changes in the journal beside REGISTER (or, with --store, those"
                + " the store holds for the register with the id REGISTER), oldest first, for the whole register or one"
                + " recommendation or source.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:printed", "1:the journal cannot be read (a line fails its checksum, the register file changed)",
            "2:usage error or unreadable input"})
final class HistoryCommand implements Callable<Integer> {

    enum Format { text, json }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    @Parameters(index = "0", paramLabel = "REGISTER", description = "The register file, in canonical JSON; with --store, the"
            + " register's id in the store.")
    String register;

    @Option(names = "--store", paramLabel = "URI", defaultValue = "${env:" + StoredRegister.STORE_VARIABLE + "}",
            description = StoredRegister.STORE_HELP)
    String store;

    @Parameters(index = "1", arity = "0..1", paramLabel = "ID", description = "A recommendation's or source's id: only its changes.")
    String subject;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (StoredRegister stored = StoredRegister.open(store, register)) {
            if (stored.file().isPresent() && !Files.isRegularFile(stored.file().get())) {
                throw new IllegalArgumentException("no such file: " + register);
            }
            return history(stored, out, err);
        }
    }

    private int history(StoredRegister stored, PrintWriter out, PrintWriter err) throws Exception {
        StoredRegister.Loaded loaded;
        try {
            loaded = stored.load(Optional.empty());
        } catch (StoreException e) {
            e.findings().forEach(f -> err.println("tracker: " + f));
            return TrackerCommand.EXIT_INVALID;
        }
        loaded.findings().forEach(f -> err.println("tracker: " + f));
        if (subject != null && loaded.register().source(subject).isEmpty()
                && loaded.register().recommendations().noneMatch(r -> r.id().equals(subject))) {
            throw new IllegalArgumentException("the register has no recommendation or source with id '" + subject + "'");
        }
        List<StoredRegister.Entry> entries = subject == null ? loaded.entries() : loaded.about(subject);
        if (format == Format.json) {
            printJson(out, loaded, entries);
        } else {
            printText(out, stored, loaded, entries);
        }
        return TrackerCommand.EXIT_OK;
    }

    private void printText(PrintWriter out, StoredRegister stored, StoredRegister.Loaded loaded, List<StoredRegister.Entry> entries) {
        String what = subject == null ? "register " + loaded.register().id() : subject;
        if (!stored.hasJournal()) {
            Path file = stored.file().orElseThrow();
            out.println("Nothing has been recorded for " + what + ": " + file.getFileName() + " has no journal ("
                    + Journal.pathFor(file).getFileName() + ").");
            return;
        }
        out.println(entries.size() + " change" + (entries.size() == 1 ? "" : "s") + " recorded for " + what + " (the register is at version "
                + loaded.version() + "):");
        for (StoredRegister.Entry entry : entries) {
            Change change = entry.change();
            out.printf("%4d  %s  %-14s %-10s %s%n", entry.version(), WHEN.format(change.stamp().recordedAt()), change.stamp().recordedBy(),
                    change.type(), subject == null ? change.subject().orElse("") : "");
            out.println("      " + change.summary());
        }
    }

    private void printJson(PrintWriter out, StoredRegister.Loaded loaded, List<StoredRegister.Entry> entries) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ChangeJson changes = new ChangeJson();
        ObjectNode root = mapper.createObjectNode();
        root.put("register", loaded.register().id());
        root.put("version", loaded.version());
        if (subject != null) {
            root.put("subject", subject);
        }
        ArrayNode items = root.putArray("changes");
        for (StoredRegister.Entry entry : entries) {
            Change change = entry.change();
            ObjectNode item = items.addObject();
            item.put("version", entry.version());
            entry.line().ifPresent(line -> item.put("line", line));
            item.put("id", change.stamp().id());
            item.put("recordedAt", change.stamp().recordedAt().toString());
            item.put("recordedBy", change.stamp().recordedBy());
            item.put("type", change.type());
            change.subject().ifPresentOrElse(s -> item.put("subject", s), () -> item.putNull("subject"));
            item.put("summary", change.summary());
            item.set("change", mapper.readTree(changes.write(change)));
        }
        out.println(mapper.writeValueAsString(root));
    }
}
