package io.github.rectrack.cli;

import io.github.rectrack.engine.change.Change;
import io.github.rectrack.engine.change.Changes;
import io.github.rectrack.engine.change.RefusedChangeException;
import io.github.rectrack.engine.store.StoreException;
import io.github.rectrack.engine.spi.Finding;
import io.github.rectrack.engine.validation.RegisterValidator;
import io.github.rectrack.forms.OwnerForms;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.Recommendation;
import io.github.rectrack.model.Register;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code tracker collect}: reads owners' returned forms as submitted changes, shows them, and records them
 * only when accepted.
 */
@Command(name = "collect", mixinStandardHelpOptions = true,
        description = {
            "Read owners' returned forms (from 'tracker chase') as submitted changes and show them. Nothing is recorded"
                    + " unless --apply is given; --reject leaves a row out.",
            "A form is refused, with the cell named, when it is for another register or a round this register's journal does"
                    + " not hold, when it was collected before, or when it was changed outside its answer cells."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every form read (and, with --apply, its changes recorded)",
            "1:a form or a change was refused (the others are shown, or with --apply recorded)",
            "2:usage error, or an unreadable register or journal"})
final class CollectCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "REGISTER", description = "The register file, in canonical JSON; with --store, the"
            + " register's id in the store.")
    String register;

    @Option(names = "--store", paramLabel = "URI", defaultValue = "${env:" + StoredRegister.STORE_VARIABLE + "}",
            description = StoredRegister.STORE_HELP)
    String store;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FORM", description = "Returned forms (.xlsx).")
    List<Path> forms;

    @Option(names = "--by", required = true, paramLabel = "ID", description = "Who accepts and records the answers.")
    String by;

    @Option(names = "--apply", description = "Record the accepted answers in the journal (default: only show them).")
    boolean apply;

    @Option(names = "--reject", paramLabel = "[FORM:]ROW",
            description = "Leave out a row (its number on the form); with several forms, say which: update-x.xlsx:7. Repeat for more.")
    List<String> rejects = new ArrayList<>();

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The day the answers are dated (default: today in Europe/London).")
    LocalDate date;

    @Spec
    CommandSpec spec;

    @ParentCommand
    TrackerCommand tracker;

    /** A form read and accepted, with the rows to record. */
    private record Accepted(OwnerForms.Returned form, List<OwnerForms.Answered> rows) {}

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (StoredRegister stored = StoredRegister.forRecording(store, register, "answers are recorded")) {
            return collect(stored, out, err);
        }
    }

    private int collect(StoredRegister stored, PrintWriter out, PrintWriter err) throws Exception {
        StoredRegister.Loaded now;
        try {
            now = stored.load(Optional.empty());
        } catch (StoreException e) {
            err.println("tracker: " + stored.unreadable() + ":");
            e.findings().forEach(f -> err.println("  " + f));
            return TrackerCommand.EXIT_INVALID;
        }
        Set<String> rejected = new HashSet<>(rejects);
        Set<String> used = new HashSet<>();
        boolean refusedAny = false;
        List<Accepted> accepted = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Path file : forms) {
            String name = file.getFileName().toString();
            OwnerForms.Returned form;
            try (InputStream in = Files.newInputStream(file)) {
                form = OwnerForms.read(in, file.toString());
            } catch (NoSuchFileException e) {
                throw new IllegalArgumentException("no such file: " + file);
            } catch (OwnerForms.RefusedFormException e) {
                refusedAny = true;
                err.println("tracker: form " + file + " refused, nothing from it is recorded:");
                e.findings().forEach(f -> err.println("  " + f));
                continue;
            }
            Optional<Finding> mismatch = match(form, now, seen);
            if (mismatch.isPresent()) {
                refusedAny = true;
                err.println("tracker: form " + file + " refused, nothing from it is recorded:");
                err.println("  " + mismatch.get());
                continue;
            }
            List<OwnerForms.Answered> rows = new ArrayList<>();
            for (OwnerForms.Answered row : form.answers()) {
                String plain = String.valueOf(row.row());
                String qualified = name + ":" + row.row();
                if ((forms.size() == 1 && rejected.contains(plain)) || rejected.contains(qualified)) {
                    used.add(rejected.contains(qualified) ? qualified : plain);
                    out.println(name + " row " + row.row() + ": rejected, left out");
                    continue;
                }
                rows.add(row);
            }
            accepted.add(new Accepted(form, rows));
        }
        Set<String> unused = new HashSet<>(rejected);
        unused.removeAll(used);
        if (!unused.isEmpty()) {
            throw new IllegalArgumentException("--reject " + unused + " names no answered row of the forms"
                    + (forms.size() > 1 ? " (with several forms, write FORM:ROW, e.g. " + forms.get(0).getFileName() + ":6)" : ""));
        }
        PartialDate answeredOn = PartialDate.of(date != null ? date : RecordCommand.today());
        Clock clock = RecordCommand.clock();
        Instant at = clock.instant();
        List<Change> submitted = changes(accepted, now.register(), answeredOn, at, now.version());
        show(out, accepted, now.register(), submitted);
        try (Plugins plugins = tracker.openPlugins(); RegisterValidator validator = new RegisterValidator(plugins.ragPolicies())) {
            try {
                Changes.applyAll(now.register(), submitted, validator);
            } catch (RefusedChangeException e) {
                Change change = e.change();
                err.println("tracker: refused, nothing recorded: " + change.stamp().id() + " (" + change.type() + " on "
                        + change.subject().orElse("") + ")");
                e.findings().forEach(f -> err.println("  " + f));
                return TrackerCommand.EXIT_INVALID;
            }
            if (!apply) {
                out.println(submitted.isEmpty() ? "Nothing to record." : submitted.size() + " change" + (submitted.size() == 1 ? "" : "s")
                        + " submitted, none recorded: run again with --apply to record them, or --reject ROW to leave a row out.");
                return refusedAny ? TrackerCommand.EXIT_INVALID : TrackerCommand.EXIT_OK;
            }
            if (submitted.isEmpty()) {
                out.println("Nothing to record.");
                return refusedAny ? TrackerCommand.EXIT_INVALID : TrackerCommand.EXIT_OK;
            }
            StoredRegister.Loaded after = stored.record(current -> {
                for (Accepted form : accepted) {
                    match(form.form(), current, new LinkedHashSet<>()).ifPresent(f -> {
                        throw new IllegalArgumentException(f.message());
                    });
                }
                return changes(accepted, current.register(), answeredOn, at, current.version());
            }, validator);
            out.println("Recorded " + submitted.size() + " change" + (submitted.size() == 1 ? "" : "s") + " as versions " + (after.version()
                    - submitted.size() + 1) + "–" + after.version() + ", by " + by + ".");
            after.findings().forEach(f -> err.println("tracker: " + f));
            return refusedAny ? TrackerCommand.EXIT_INVALID : TrackerCommand.EXIT_OK;
        } catch (RefusedChangeException e) {
            err.println("tracker: refused, nothing recorded:");
            e.findings().forEach(f -> err.println("  " + f));
            return TrackerCommand.EXIT_INVALID;
        } catch (StoreException e) {
            stored.nothingRecorded(e).forEach(err::println);
            return TrackerCommand.EXIT_INVALID;
        }
    }

    /** Why a form does not belong to this register's journal as it stands, if it does not. */
    private static Optional<Finding> match(OwnerForms.Returned form, StoredRegister.Loaded now, Set<String> seen) {
        String where = form.name() + " sheet " + OwnerForms.KEY_SHEET;
        if (!form.registerId().equals(now.register().id())) {
            return Optional.of(Finding.error(where, "the form is for register '" + form.registerId() + "', not '" + now.register().id() + "'"));
        }
        String requests = form.roundId() + "/" + form.ownerId() + "/request/";
        if (now.entries().stream().noneMatch(e -> e.change().stamp().id().startsWith(requests))) {
            return Optional.of(Finding.error(where, "the form is for round " + form.roundId() + ", which this register's journal does not"
                    + " hold for " + form.ownerId() + ": was it sent from a copy of the register?"));
        }
        String answers = form.roundId() + "/" + form.ownerId() + "/answer/";
        Optional<StoredRegister.Entry> earlier = now.entries().stream().filter(e -> e.change().stamp().id().startsWith(answers)).findFirst();
        if (earlier.isPresent()) {
            return Optional.of(Finding.error(where, "the form was returned twice: its answers were recorded as version " + earlier.get().version()
                    + " by " + earlier.get().change().stamp().recordedBy() + " at " + earlier.get().change().stamp().recordedAt()));
        }
        if (!seen.add(form.roundId() + "/" + form.ownerId())) {
            return Optional.of(Finding.error(where, "the same owner's form for this round is given twice in one run"));
        }
        return Optional.empty();
    }

    private List<Change> changes(List<Accepted> accepted, Register current, PartialDate answeredOn, Instant at, long version) {
        List<Change> changes = new ArrayList<>();
        for (Accepted form : accepted) {
            for (OwnerForms.Answered row : form.rows()) {
                changes.addAll(row.answer().changes(form.form().roundId(), form.form().ownerId(), row.row(), answeredOn, current.scheme(), at, by,
                        version + changes.size()));
            }
        }
        return changes;
    }

    private static void show(PrintWriter out, List<Accepted> accepted, Register register, List<Change> submitted) {
        for (Accepted form : accepted) {
            String name = Path.of(form.form().name()).getFileName().toString();
            if (form.rows().isEmpty()) {
                out.println(name + ": " + form.form().ownerId() + " answered nothing");
                continue;
            }
            for (OwnerForms.Answered row : form.rows()) {
                String id = row.answer().recommendationId();
                String what = register.recommendations().filter(r -> r.id().equals(id)).findFirst()
                        .map(r -> r.reference() + (r.title().isBlank() ? "" : " " + r.title())).orElse(id);
                out.println(name + " row " + row.row() + " (" + what + ", " + form.form().ownerId() + "):");
                String prefix = form.form().roundId() + "/" + form.form().ownerId() + "/answer/" + row.row() + "/";
                submitted.stream().filter(c -> c.stamp().id().startsWith(prefix)).forEach(c -> out.println("  " + c.summary()));
            }
        }
    }

    static Optional<Recommendation> find(Register register, String id) {
        return register.recommendations().filter(r -> r.id().equals(id)).findFirst();
    }
}
