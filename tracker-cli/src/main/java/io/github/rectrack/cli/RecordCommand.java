package io.github.rectrack.cli;

import io.github.rectrack.engine.change.Change;
import io.github.rectrack.engine.change.RefusedChangeException;
import io.github.rectrack.engine.change.Stamp;
import io.github.rectrack.engine.store.StoreException;
import io.github.rectrack.engine.spi.Finding;
import io.github.rectrack.engine.validation.RegisterValidator;
import io.github.rectrack.model.Action;
import io.github.rectrack.model.Evidence;
import io.github.rectrack.model.ExtensionRequest;
import io.github.rectrack.model.GovernanceDecision;
import io.github.rectrack.model.Ownership;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.ProgressUpdate;
import io.github.rectrack.model.Recommendation;
import io.github.rectrack.model.TargetDateParser;
import io.github.rectrack.model.TargetRevision;
import io.github.rectrack.model.UpdateRequest;
import io.github.rectrack.model.UpdateSections;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code tracker record}: one subcommand per thing that happens between meetings. Each checks the change
 * against the register as recorded now and appends it to the register's journal, or refuses it (exit 1)
 * saying where and why, and records nothing.
 */
@Command(name = "record", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "CHANGE",
        description = {
            "Record a change to a register: it is checked against the register as recorded now and appended to the journal"
                    + " beside the register file (REGISTER.journal.jsonl), with who recorded it (--by) and when.",
            "Dates are YYYY-MM-DD (or YYYY-MM for a month); a date left out is today in Europe/London."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:recorded", "1:refused: the reason is printed with where it applies; nothing was recorded",
            "2:usage error, or an unreadable register or journal"},
        subcommands = {
            RecordCommand.UpdateCommand.class, RecordCommand.RequestCommand.class, RecordCommand.TargetCommand.class,
            RecordCommand.ExtensionCommand.class, RecordCommand.DecideCommand.class, RecordCommand.DecisionCommand.class,
            RecordCommand.EvidenceCommand.class, RecordCommand.OwnerCommand.class, RecordCommand.ActionCommand.class})
final class RecordCommand {

    /** The zone a day is counted in. */
    static final ZoneId ZONE = ZoneId.of("Europe/London");

    /** A system property holding an ISO instant makes the clock stand still there (for scripted tests). */
    static final String CLOCK_PROPERTY = "tracker.clock";

    @ParentCommand
    TrackerCommand tracker;

    static Clock clock() {
        String fixed = System.getProperty(CLOCK_PROPERTY);
        return fixed == null || fixed.isBlank() ? Clock.systemUTC() : Clock.fixed(Instant.parse(fixed), ZONE);
    }

    static LocalDate today() {
        return LocalDate.now(clock().withZone(ZONE));
    }

    /** Reads a day or a month. */
    static final class PartialDateConverter implements CommandLine.ITypeConverter<PartialDate> {
        @Override
        public PartialDate convert(String value) {
            try {
                return PartialDate.parse(value.strip());
            } catch (RuntimeException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a date: write YYYY-MM-DD, or YYYY-MM for a month");
            }
        }
    }

    /** What every change subcommand shares: the register, the recommendation, who records, and the writing. */
    abstract static class ChangeCommand implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "REGISTER", description = "The register file, in canonical JSON; with --store, the"
                + " register's id in the store.")
        String register;

        @Option(names = "--store", paramLabel = "URI", defaultValue = "${env:" + StoredRegister.STORE_VARIABLE + "}",
                description = StoredRegister.STORE_HELP)
        String store;

        @Parameters(index = "1", paramLabel = "REC", description = "The recommendation's id.")
        String recommendation;

        @Option(names = "--by", required = true, paramLabel = "ID",
                description = "Who records the change: a person id of the register, or a system name such as system:import.")
        String by;

        @Spec
        CommandSpec spec;

        @ParentCommand
        RecordCommand record;

        /** The change, made against the register as recorded now. */
        abstract Change change(Stamp stamp, StoredRegister.Loaded now);

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Clock clock = clock();
            try (StoredRegister stored = StoredRegister.forRecording(store, register, "changes are recorded")) {
                return record(stored, clock, out, err);
            }
        }

        private int record(StoredRegister stored, Clock clock, PrintWriter out, PrintWriter err) throws Exception {
            try (Plugins plugins = record.tracker.openPlugins(); RegisterValidator validator = new RegisterValidator(plugins.ragPolicies())) {
                plugins.failureWarnings().forEach(err::println);
                List<Change> made = new ArrayList<>();
                StoredRegister.Loaded after = stored.record(now -> {
                    if (now.register().person(by).isEmpty() && !by.startsWith("system:") && made.isEmpty()) {
                        err.println("tracker: note: '" + by + "' is not a person of the register; it is recorded as written");
                    }
                    Change change = change(Stamp.now(clock, by, now.version()), now);
                    made.add(change);
                    return List.of(change);
                }, validator);
                Change change = made.get(made.size() - 1);
                out.println("Recorded version " + after.version() + ": " + change.type() + change.subject().map(s -> " on " + s).orElse("")
                        + ", " + change.summary() + " (by " + by + " at " + change.stamp().recordedAt() + "; change " + change.stamp().id() + ")");
                after.findings().forEach(f -> err.println("tracker: " + f));
                return TrackerCommand.EXIT_OK;
            } catch (RefusedChangeException e) {
                err.println("tracker: refused, nothing recorded: " + e.change().type() + e.change().subject().map(s -> " on " + s).orElse(""));
                e.findings().forEach(f -> err.println("  " + f));
                return TrackerCommand.EXIT_INVALID;
            } catch (StoreException e) {
                stored.nothingRecorded(e).forEach(err::println);
                return TrackerCommand.EXIT_INVALID;
            }
        }

        /** The recommendation as recorded now, or a refusal naming it. */
        Recommendation current(StoredRegister.Loaded now) {
            return now.register().recommendations().filter(r -> r.id().equals(recommendation)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("the register has no recommendation with id '" + recommendation + "'"));
        }

        static PartialDate orToday(PartialDate date) {
            return date != null ? date : PartialDate.of(today());
        }
    }

    @Command(name = "update", mixinStandardHelpOptions = true, description = "Record an owner's progress update.")
    static final class UpdateCommand extends ChangeCommand {
        @Option(names = "--text", required = true, description = "The update as the owner wrote it.")
        String text;

        @Option(names = "--date", paramLabel = "DATE", converter = PartialDateConverter.class, description = "The update's date.")
        PartialDate date;

        @Option(names = "--author", paramLabel = "ID", description = "The person id of whoever wrote the update.")
        String author;

        @Option(names = "--percent", paramLabel = "0-100", description = "Percent complete, as the owner puts it.")
        Integer percent;

        @Option(names = "--achieved", description = "What has been achieved.")
        String achieved;

        @Option(names = "--left", description = "What is left to complete.")
        String left;

        @Option(names = "--barriers", description = "Barriers to completion.")
        String barriers;

        @Override
        Change change(Stamp stamp, StoredRegister.Loaded now) {
            Optional<UpdateSections> sections = achieved == null && left == null && barriers == null ? Optional.empty()
                    : Optional.of(new UpdateSections(Optional.ofNullable(achieved), Optional.ofNullable(left), Optional.ofNullable(barriers),
                            false, false));
            return new Change.AddUpdate(stamp, recommendation, new ProgressUpdate(orToday(date), Optional.ofNullable(author), text, sections,
                    Optional.empty(), Optional.ofNullable(percent), Optional.empty()));
        }
    }

    @Command(name = "request", mixinStandardHelpOptions = true, description = "Record a request to the owner for an update.")
    static final class RequestCommand extends ChangeCommand {
        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The day of the request.")
        LocalDate date;

        @Option(names = "--of", paramLabel = "ID", description = "The person id asked (default: the recommendation's current owners).")
        String of;

        @Option(names = "--reply-by", paramLabel = "YYYY-MM-DD", description = "The day the answer is due.")
        LocalDate replyBy;

        @Override
        Change change(Stamp stamp, StoredRegister.Loaded now) {
            Optional<String> asked = Optional.ofNullable(of).or(() -> current(now).owners().stream().filter(Ownership::isCurrent)
                    .map(Ownership::person).findFirst());
            return new Change.RequestUpdate(stamp, recommendation, new UpdateRequest(date != null ? date : today(), asked,
                    Optional.ofNullable(replyBy), Optional.empty()));
        }
    }

    @Command(name = "target", mixinStandardHelpOptions = true,
            description = "Record a target revised with agreement (a target the owner wants moved is an extension request).")
    static final class TargetCommand extends ChangeCommand {
        @Option(names = "--to", required = true, paramLabel = "TARGET", description = "The new target, as written (\"31 March 2021\", \"Q2 2021\").")
        String to;

        @Option(names = "--reason", required = true, description = "Why the target moved.")
        String reason;

        @Option(names = "--agreed-by", required = true, paramLabel = "FORUM", description = "The forum (or person) that agreed it.")
        String agreedBy;

        @Option(names = "--date", paramLabel = "DATE", converter = PartialDateConverter.class, description = "When it was agreed.")
        PartialDate date;

        @Override
        Change change(Stamp stamp, StoredRegister.Loaded now) {
            return new Change.ReviseTarget(stamp, recommendation, new TargetRevision(TargetDateParser.parse(to), Optional.of(orToday(date)),
                    Optional.of(reason), Optional.of(agreedBy)));
        }
    }

    @Command(name = "extension", mixinStandardHelpOptions = true, description = "Record an owner's request for more time.")
    static final class ExtensionCommand extends ChangeCommand {
        @Option(names = "--to", required = true, paramLabel = "TARGET", description = "The target asked for.")
        String to;

        @Option(names = "--reason", required = true, description = "Why more time is needed.")
        String reason;

        @Option(names = "--requested-by", paramLabel = "ID", description = "The person id who asked.")
        String requestedBy;

        @Option(names = "--date", paramLabel = "DATE", converter = PartialDateConverter.class, description = "When it was asked.")
        PartialDate date;

        @Override
        Change change(Stamp stamp, StoredRegister.Loaded now) {
            return new Change.RequestExtension(stamp, recommendation, new ExtensionRequest(orToday(date), Optional.ofNullable(requestedBy),
                    TargetDateParser.parse(to), Optional.of(reason), Optional.empty(), Optional.empty()));
        }
    }

    @Command(name = "decide", mixinStandardHelpOptions = true,
            description = "Record a forum's decision on an extension request; an approved one also revises the target.")
    static final class DecideCommand extends ChangeCommand {
        @ArgGroup(exclusive = true, multiplicity = "1")
        Outcome outcome;

        static final class Outcome {
            @Option(names = "--approve", description = "The request is approved.")
            boolean approve;

            @Option(names = "--refuse", description = "The request is refused.")
            boolean refuse;
        }

        @Option(names = "--forum", required = true, paramLabel = "ID", description = "The forum that decided.")
        String forum;

        @Option(names = "--request", paramLabel = "N", description = "Which request, counting from 1 (default: the one awaiting a decision).")
        Integer request;

        @Option(names = "--date", paramLabel = "DATE", converter = PartialDateConverter.class, description = "When it was decided.")
        PartialDate date;

        @Option(names = "--note", description = "A note of the decision.")
        String note;

        @Override
        Change change(Stamp stamp, StoredRegister.Loaded now) {
            int number;
            if (request != null) {
                number = request;
            } else {
                List<ExtensionRequest> requests = current(now).extensionRequests();
                List<Integer> pending = new ArrayList<>();
                for (int i = 0; i < requests.size(); i++) {
                    if (requests.get(i).decision().isEmpty()) {
                        pending.add(i + 1);
                    }
                }
                if (pending.size() != 1) {
                    throw new IllegalArgumentException(pending.isEmpty()
                            ? "no extension request of " + recommendation + " awaits a decision"
                            : "extension requests " + pending + " of " + recommendation + " await a decision: say which with --request N");
                }
                number = pending.get(0);
            }
            return new Change.DecideExtension(stamp, recommendation, number, new ExtensionRequest.Decision(
                    outcome.approve ? ExtensionRequest.Outcome.APPROVED : ExtensionRequest.Outcome.REFUSED, forum, orToday(date),
                    Optional.ofNullable(note)));
        }
    }

    @Command(name = "decision", mixinStandardHelpOptions = true,
            description = "Record a governance decision: closure proposed, agreed or disputed, re-opened, superseded...")
    static final class DecisionCommand extends ChangeCommand {
        @Option(names = "--kind", required = true, paramLabel = "KIND", description = "One of: ${COMPLETION-CANDIDATES}.")
        GovernanceDecision.Kind kind;

        @Option(names = "--forum", required = true, paramLabel = "ID", description = "The forum (or OWNER) that took it.")
        String forum;

        @Option(names = "--date", paramLabel = "DATE", converter = PartialDateConverter.class, description = "When it was taken.")
        PartialDate date;

        @Option(names = "--minute", description = "The minute reference.")
        String minute;

        @Option(names = "--note", description = "A note of the decision.")
        String note;

        @Override
        Change change(Stamp stamp, StoredRegister.Loaded now) {
            return new Change.RecordDecision(stamp, recommendation, new GovernanceDecision(orToday(date), forum, kind,
                    Optional.ofNullable(minute), Optional.ofNullable(note), Optional.empty()));
        }
    }

    @Command(name = "evidence", mixinStandardHelpOptions = true, description = "Record evidence sent in.")
    static final class EvidenceCommand extends ChangeCommand {
        @Option(names = "--description", required = true, description = "What the evidence is.")
        String description;

        @Option(names = "--date", paramLabel = "DATE", converter = PartialDateConverter.class, description = "Its date.")
        PartialDate date;

        @Option(names = "--document", description = "Where it is kept (a reference or file name).")
        String document;

        @Option(names = "--figure", description = "A figure it shows; repeat for more.")
        List<String> figures = new ArrayList<>();

        @Override
        Change change(Stamp stamp, StoredRegister.Loaded now) {
            return new Change.AddEvidence(stamp, recommendation, new Evidence(description, Optional.of(orToday(date)),
                    Optional.ofNullable(document), figures, Optional.empty()));
        }
    }

    @Command(name = "owner", mixinStandardHelpOptions = true,
            description = "Record a hand-over: the current owner (of the strand) stops and the new one starts.")
    static final class OwnerCommand extends ChangeCommand {
        @Option(names = "--to", required = true, paramLabel = "ID", description = "The new owner's person id.")
        String to;

        @Option(names = "--from", paramLabel = "DATE", converter = PartialDateConverter.class, description = "The day they start.")
        PartialDate from;

        @Option(names = "--strand", description = "The strand handed over (default: the whole recommendation).")
        String strand;

        @Override
        Change change(Stamp stamp, StoredRegister.Loaded now) {
            return new Change.HandOver(stamp, recommendation, Optional.ofNullable(strand), to, orToday(from));
        }
    }

    @Command(name = "action", mixinStandardHelpOptions = true,
            description = "Add an action (with --text) or record its new state (with --state and no --text).")
    static final class ActionCommand extends ChangeCommand {
        @Option(names = "--number", required = true, paramLabel = "N", description = "The action's number within the recommendation.")
        String number;

        @Option(names = "--text", description = "A new action's text.")
        String text;

        @Option(names = "--owner", paramLabel = "ID", description = "A new action's owner; repeat for more.")
        List<String> owners = new ArrayList<>();

        @Option(names = "--state", paramLabel = "STATE", description = "The action's state: ${COMPLETION-CANDIDATES}.")
        Action.State state;

        @Option(names = "--date", paramLabel = "DATE", converter = PartialDateConverter.class, description = "The day of the state.")
        PartialDate date;

        @Override
        Change change(Stamp stamp, StoredRegister.Loaded now) {
            if (text != null) {
                return new Change.AddAction(stamp, recommendation, new Action(number, text, owners.stream().map(Ownership::of).toList(),
                        List.of(), state != null ? state : Action.State.NOT_STARTED, Optional.of(orToday(date)), Optional.empty()));
            }
            if (state == null) {
                throw new IllegalArgumentException("say what to record: --text to add action " + number + ", or --state to change its state");
            }
            return new Change.SetActionState(stamp, recommendation, number, state, orToday(date));
        }
    }

    static String describe(Finding finding) {
        return finding.toString();
    }
}
