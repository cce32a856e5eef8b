package io.github.rectrack.cli;

import io.github.rectrack.engine.change.Change;
import io.github.rectrack.engine.change.RefusedChangeException;
import io.github.rectrack.engine.evaluation.StatusEngine;
import io.github.rectrack.engine.store.StoreException;
import io.github.rectrack.engine.round.UpdateRound;
import io.github.rectrack.engine.spi.Finding;
import io.github.rectrack.engine.spi.Notice;
import io.github.rectrack.engine.spi.Notifier;
import io.github.rectrack.engine.spi.Options;
import io.github.rectrack.engine.validation.RegisterValidator;
import io.github.rectrack.forms.OwnerForms;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code tracker chase}: the owners' update round. Writes one form per owner and records an update request
 * for each row, in one append to the journal.
 */
@Command(name = "chase", mixinStandardHelpOptions = true,
        description = {
            "Ask owners for updates: write one Excel form per owner (update-OWNER.xlsx in DIR) listing every outstanding"
                    + " recommendation they are in charge of on the day, with cells to answer in, and record an update request for"
                    + " each row in the register's journal (or its store, with --store).",
            "Returned forms are read with 'tracker collect'."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:forms written and requests recorded (or nothing to ask)", "1:the requests were refused; nothing written",
            "2:usage error, or an unreadable register or journal"})
final class ChaseCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "REGISTER", description = "The register file, in canonical JSON; with --store, the"
            + " register's id in the store.")
    String register;

    @Option(names = "--store", paramLabel = "URI", defaultValue = "${env:" + StoredRegister.STORE_VARIABLE + "}",
            description = StoredRegister.STORE_HELP)
    String store;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "The day of the round (default: today in Europe/London).")
    LocalDate asOf;

    @Option(names = "--by", required = true, paramLabel = "ID", description = "Who sends the round.")
    String by;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "The folder to write the forms in (made if absent).")
    Path directory;

    @Option(names = "--reply-within", paramLabel = "DAYS", defaultValue = "14",
            description = "Days the owners have to answer (default: ${DEFAULT-VALUE}); 0 sets no reply-by day.")
    int replyWithin;

    @Option(names = "--owner", paramLabel = "ID", description = "Ask only this owner; repeat for more (default: every owner).")
    List<String> only = new ArrayList<>();

    @Option(names = "--notify", paramLabel = "ID",
            description = "Send each owner their form through this notifier ('tracker formats' lists them: eml writes one"
                    + " e-mail file per owner, smtp sends through a mail server).")
    String notify;

    @Option(names = "--notify-option", paramLabel = "KEY=VALUE", description = "An option for the notifier; repeat for more.")
    Map<String, String> notifyOptions = new LinkedHashMap<>();

    @Option(names = "--addresses", paramLabel = "FILE",
            description = "A CSV of owners' e-mail addresses: person,address (a header row is allowed). The register holds no"
                    + " addresses, so a published copy can never carry one.")
    Path addresses;

    @Spec
    CommandSpec spec;

    @ParentCommand
    TrackerCommand tracker;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (StoredRegister stored = StoredRegister.forRecording(store, register, "a round is recorded")) {
            return chase(stored, out, err);
        }
    }

    private int chase(StoredRegister stored, PrintWriter out, PrintWriter err) throws Exception {
        if (replyWithin < 0) {
            throw new IllegalArgumentException("--reply-within must be 0 or more days, not " + replyWithin);
        }
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new IllegalArgumentException("the output " + directory + " is not a folder");
        }
        Map<String, String> book = addresses == null ? Map.of() : addressBook(addresses);
        if (notify == null && (!notifyOptions.isEmpty() || addresses != null)) {
            throw new IllegalArgumentException("--notify-option and --addresses are for a notifier: give --notify ID as well");
        }
        LocalDate day = asOf != null ? asOf : RecordCommand.today();
        Optional<LocalDate> replyBy = replyWithin == 0 ? Optional.empty() : Optional.of(day.plusDays(replyWithin));
        Clock clock = RecordCommand.clock();
        try (Plugins plugins = tracker.openPlugins(); RegisterValidator validator = new RegisterValidator(plugins.ragPolicies())) {
            plugins.failureWarnings().forEach(err::println);
            Optional<Notifier> notifier = notify == null ? Optional.empty() : Optional.of(plugins.notifiers().notifier(notify));
            StatusEngine engine = new StatusEngine(plugins.ragPolicies());
            List<UpdateRound> drawn = new ArrayList<>();
            StoredRegister.Loaded after = stored.record(now -> {
                drawn.clear();
                UpdateRound all = UpdateRound.of(engine.evaluate(now.register(), day), now.version(), replyBy);
                UpdateRound round = all;
                if (!only.isEmpty()) {
                    List<String> missing = only.stream().filter(id -> all.owners().stream().noneMatch(o -> o.person().id().equals(id)))
                            .toList();
                    if (!missing.isEmpty()) {
                        throw new IllegalArgumentException("no outstanding recommendation is owned by " + missing + " on " + day
                                + "; the owners to ask are " + all.owners().stream().map(o -> o.person().id()).toList());
                    }
                    round = new UpdateRound(round.id(), round.registerId(), round.organisation(), round.version(), round.asOf(),
                            round.replyBy(), round.owners().stream().filter(o -> only.contains(o.person().id())).toList(), List.of());
                }
                drawn.add(round);
                List<Change> requests = round.requests(clock.instant(), by);
                return requests;
            }, validator);
            UpdateRound round = drawn.get(drawn.size() - 1);
            round.unowned().forEach(row -> err.println("tracker: warning: " + row.sourceTitle() + " " + row.reference() + " ("
                    + row.recommendationId() + ") is outstanding but no one is in charge of it on " + day + "; no one is asked"));
            if (round.owners().isEmpty()) {
                out.println("Nothing to ask on " + day + ": no outstanding recommendation has an owner in charge.");
                return TrackerCommand.EXIT_OK;
            }
            Files.createDirectories(directory);
            int failed = 0;
            for (UpdateRound.Owner owner : round.owners()) {
                Path form = directory.resolve(OwnerForms.fileName(owner));
                byte[] bytes = OwnerForms.bytes(round, owner);
                AtomicFiles.write(form, stream -> stream.write(bytes));
                out.println("Wrote " + form + ": " + owner.rows().size() + " recommendation" + (owner.rows().size() == 1 ? "" : "s")
                        + " for " + owner.person().id());
                if (notifier.isPresent()) {
                    Notice notice = new Notice(round.registerId(), round.organisation(), owner.person(),
                            Optional.ofNullable(book.get(owner.person().id())), round.asOf(), round.replyBy(), by,
                            owner.rows().stream().map(r -> new Notice.Item(r.recommendationId(), r.reference(), r.title(), r.target(),
                                    r.daysOverdue())).toList(), new Notice.Attachment(form.getFileName().toString(), OwnerForms.MEDIA_TYPE, bytes));
                    List<Finding> findings = notifier.get().notify(notice, Options.of(notifyOptions));
                    for (Finding finding : findings) {
                        (finding.isError() ? err : out).println((finding.isError() ? "tracker: " : "  ") + finding);
                    }
                    if (findings.stream().anyMatch(Finding::isError)) {
                        failed++;
                    }
                }
            }
            if (failed > 0) {
                err.println("tracker: " + failed + " owner" + (failed == 1 ? "" : "s") + " could not be notified (above); their forms are"
                        + " written and the requests recorded, so send those forms by hand");
            }
            out.println("Round " + round.id() + ": " + round.owners().size() + " form" + (round.owners().size() == 1 ? "" : "s") + ", "
                    + round.rowCount() + " update request" + (round.rowCount() == 1 ? "" : "s") + " recorded as versions " + (round.version() + 1)
                    + "–" + after.version() + replyBy.map(d -> ", replies due by " + d).orElse("") + ".");
            return failed > 0 ? TrackerCommand.EXIT_INVALID : TrackerCommand.EXIT_OK;
        } catch (RefusedChangeException e) {
            err.println("tracker: refused, nothing recorded or written:");
            e.findings().forEach(f -> err.println("  " + f));
            return TrackerCommand.EXIT_INVALID;
        } catch (StoreException e) {
            stored.nothingRecorded(e).forEach(err::println);
            return TrackerCommand.EXIT_INVALID;
        }
    }

    /** Reads person,address lines; a first line naming the columns is skipped. */
    static Map<String, String> addressBook(Path file) throws java.io.IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such address book: " + file);
        }
        if (Files.size(file) > 10L * 1024 * 1024) {
            throw new IllegalArgumentException("the address book " + file + " is larger than 10 MiB");
        }
        Map<String, String> book = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || (i == 0 && line.toLowerCase(Locale.ROOT).startsWith("person"))) {
                continue;
            }
            String[] parts = line.split(",", -1);
            if (parts.length != 2 || parts[0].isBlank() || !parts[1].strip().matches("[^@\\s]+@[^@\\s]+")) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": expected person,address (an e-mail address), not '"
                        + line + "'");
            }
            String earlier = book.put(parts[0].strip(), parts[1].strip());
            if (earlier != null) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": a second address for " + parts[0].strip());
            }
        }
        return book;
    }
}
