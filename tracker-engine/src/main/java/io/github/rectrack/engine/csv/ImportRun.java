package io.github.rectrack.engine.csv;

import static io.github.rectrack.engine.csv.CsvColumns.*;

import io.github.rectrack.engine.evaluation.RecommendationState;
import io.github.rectrack.engine.evaluation.RegisterEvaluation;
import io.github.rectrack.engine.evaluation.StatusEngine;
import io.github.rectrack.engine.spi.Finding;
import io.github.rectrack.engine.spi.ImportResult;
import io.github.rectrack.engine.spi.Options;
import io.github.rectrack.engine.spi.rag.Rag;
import io.github.rectrack.engine.status.Status;
import io.github.rectrack.model.Forum;
import io.github.rectrack.model.GovernanceDecision;
import io.github.rectrack.model.Ownership;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.Person;
import io.github.rectrack.model.ProgressUpdate;
import io.github.rectrack.model.Recommendation;
import io.github.rectrack.model.Register;
import io.github.rectrack.model.ReportingRule;
import io.github.rectrack.model.ReportingRules;
import io.github.rectrack.model.Scheme;
import io.github.rectrack.model.Source;
import io.github.rectrack.model.TargetDate;
import io.github.rectrack.model.TargetRevision;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** One import of a CSV file into a register: the state of a single {@link CsvImporter#read} call. */
final class ImportRun {

    static final List<String> DEFAULT_ASSURANCE = List.of("Substantial", "Satisfactory", "Limited", "No assurance");
    static final List<String> DEFAULT_MARKINGS = List.of("OFFICIAL", "OFFICIAL-SENSITIVE");
    static final List<String> FALLBACK_PRIORITIES = List.of("Fundamental", "Significant", "Housekeeping");

    /** The options, read and checked once. */
    record Settings(String registerId, String organisation, Optional<List<String>> priorities, Optional<LocalDate> asOf) {

        static Settings from(Options options, String name) {
            String base = name.replace('\\', '/');
            base = base.substring(base.lastIndexOf('/') + 1);
            if (base.toLowerCase(Locale.ROOT).endsWith(".csv")) {
                base = base.substring(0, base.length() - 4);
            }
            String id = options.text(CsvImporter.OPTION_REGISTER_ID).map(String::strip).orElse(Cells.slug(base.isBlank() ? "imported" : base));
            if (id.isBlank()) {
                throw new IllegalArgumentException("option '" + CsvImporter.OPTION_REGISTER_ID + "' must not be blank");
            }
            String organisation = options.text(CsvImporter.OPTION_ORGANISATION).map(String::strip).orElse("Imported from " + name);
            if (organisation.isBlank()) {
                throw new IllegalArgumentException("option '" + CsvImporter.OPTION_ORGANISATION + "' must not be blank");
            }
            Optional<List<String>> priorities = options.text(CsvImporter.OPTION_PRIORITIES).map(v -> Arrays.stream(v.split(","))
                    .map(String::strip).filter(p -> !p.isEmpty()).distinct().toList());
            if (priorities.isPresent() && priorities.get().isEmpty()) {
                throw new IllegalArgumentException("option '" + CsvImporter.OPTION_PRIORITIES
                        + "' must name the priorities, comma-separated, highest first, for example High,Medium,Low");
            }
            return new Settings(id, organisation, priorities, options.date(CsvImporter.OPTION_AS_OF));
        }
    }

    /** A row read without errors, before ids are assigned. */
    private record Line(int line, String sourceId, String sourceTitle, Source.Kind kind, Optional<String> issuedBy,
            Optional<PartialDate> sourceDate, Optional<String> assurance, Optional<String> recommendationId, String reference,
            String title, String text, String priority, List<String> tags, Optional<String> reportedTo,
            Optional<String> routedTo, List<String> ownerIds, List<String> ownerNames, List<TargetRevision> targets,
            Optional<Status> status, Optional<Rag> rag, Optional<ProgressUpdate> update, Optional<LocalDate> asOf,
            Optional<String> statedStatus, Optional<String> statedRag, Optional<String> notes, Optional<Recommendation.Kind> itemKind,
            Optional<String> parent, Optional<String> addressee) {}

    private final String name;
    private final Settings settings;
    private final StatusEngine engine;
    private final List<Finding> findings = new ArrayList<>();
    private Map<String, Integer> columns;
    private int headerWidth;
    /** Every recommendation id the file gives, with the first line giving it, rows with errors included. */
    private final Map<String, Integer> explicitIds = new HashMap<>();

    ImportRun(String name, Settings settings, StatusEngine engine) {
        this.name = name;
        this.settings = settings;
        this.engine = engine;
    }

    ImportResult run(List<CsvTable.Row> rows) {
        Optional<Finding> header = readHeader(rows.get(0));
        if (header.isPresent()) {
            findings.add(header.get());
            return ImportResult.failed(findings);
        }
        List<Line> lines = new ArrayList<>();
        for (CsvTable.Row row : rows.subList(1, rows.size())) {
            readRow(row).ifPresent(lines::add);
        }
        lines = assignIds(lines);
        Register register = build(lines);
        return new ImportResult(Optional.of(register), findings);
    }

    // ---- header ----

    private Optional<Finding> readHeader(CsvTable.Row row) {
        columns = new LinkedHashMap<>();
        headerWidth = row.cells().size();
        for (int i = 0; i < row.cells().size(); i++) {
            String header = row.cells().get(i).strip().toLowerCase(Locale.ROOT);
            String where = name + " line " + row.line() + ", column " + (header.isEmpty() ? Integer.toString(i + 1) : row.cells().get(i).strip());
            if (header.isEmpty()) {
                findings.add(Finding.warning(where, "column " + (i + 1) + " has no name in the header and is ignored"));
            } else if (!ALL.contains(header)) {
                findings.add(Finding.warning(where, "unknown column '" + row.cells().get(i).strip() + "' is ignored; the columns read are "
                        + String.join(", ", ALL)));
            } else if (columns.containsKey(header)) {
                findings.add(Finding.warning(where, "column '" + header + "' appears twice; the first, column "
                        + (columns.get(header) + 1) + ", is read and this one is ignored"));
            } else {
                columns.put(header, i);
            }
        }
        List<String> missing = ALL.stream().filter(REQUIRED::contains).filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            return Optional.of(Finding.error(name + " line " + row.line(), "the header has no column " + String.join(", ", missing)
                    + ": the first row must name the columns, including source_title, reference, text and priority"));
        }
        return Optional.empty();
    }

    // ---- rows ----

    /** The cells of one row, and the errors found in it. */
    private final class RowCells {
        final CsvTable.Row row;
        final List<Finding> errors = new ArrayList<>();

        RowCells(CsvTable.Row row) {
            this.row = row;
        }

        String at(String column) {
            return name + " line " + row.line() + ", column " + column;
        }

        boolean has(String column) {
            return columns.containsKey(column);
        }

        /** The cell, without the formula guard's quote; empty if the column or cell is missing. */
        String raw(String column) {
            Integer i = columns.get(column);
            return i == null || i >= row.cells().size() ? "" : Cells.unprotect(row.cells().get(i));
        }

        Optional<String> text(String column) {
            String v = raw(column).strip();
            return v.isEmpty() ? Optional.empty() : Optional.of(v);
        }

        String required(String column, String what) {
            String v = raw(column);
            if (columns.get(column) >= row.cells().size()) {
                error(column, column + " is missing: line " + row.line() + " has " + row.cells().size() + " of the header's "
                        + headerWidth + " columns, and every row needs " + what + "; is a line break inside an unquoted cell?");
            } else if (v.isBlank()) {
                error(column, column + " is blank: every row needs " + what);
            }
            return v;
        }

        void error(String column, String message) {
            errors.add(Finding.error(at(column), message));
        }

        <T> Optional<T> parse(String column, java.util.function.Function<String, T> parser, String expected) {
            Optional<String> v = text(column);
            if (v.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(parser.apply(v.get()));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                error(column, "'" + v.get() + "' is not " + expected);
                return Optional.empty();
            }
        }
    }

    private Optional<Line> readRow(CsvTable.Row row) {
        if (row.cells().stream().allMatch(String::isBlank)) {
            findings.add(Finding.warning(name + " line " + row.line(), "line " + row.line() + " is empty and is skipped"));
            return Optional.empty();
        }
        RowCells c = new RowCells(row);
        for (int i = headerWidth; i < row.cells().size(); i++) {
            if (!row.cells().get(i).isBlank()) {
                c.errors.add(Finding.error(name + " line " + row.line() + ", column " + (i + 1), "line " + row.line()
                        + " has a value in column " + (i + 1) + ", past the header's " + headerWidth
                        + " columns: is a comma or quote out of place?"));
                break;
            }
        }
        String sourceTitle = c.required(SOURCE_TITLE, "the title of its source");
        Optional<String> sourceId = c.text(SOURCE_ID);
        Source.Kind kind = c.parse(SOURCE_KIND, ImportRun::kind, "a source kind: use one of "
                + Arrays.stream(Source.Kind.values()).map(Enum::name).collect(Collectors.joining(", "))).orElse(Source.Kind.OTHER);
        Optional<PartialDate> sourceDate = c.parse(SOURCE_DATE, PartialDate::parse, "a date: write yyyy, yyyy-MM or yyyy-MM-dd");
        String reference = c.required(REFERENCE, "the recommendation's reference").strip();
        String text = c.required(TEXT, "the recommendation's text");
        String priority = c.required(PRIORITY, "the recommendation's priority").strip();
        if (!priority.isEmpty() && settings.priorities().isPresent() && !settings.priorities().get().contains(priority)) {
            c.error(PRIORITY, "priority '" + priority + "' is not one of the priorities given, " + settings.priorities().get());
        }
        List<String> ownerNames = Cells.split(c.raw(OWNERS));
        List<String> ownerIds = Cells.split(c.raw(OWNER_IDS));
        if (!ownerIds.isEmpty() && !ownerNames.isEmpty() && ownerIds.size() != ownerNames.size()) {
            c.error(OWNER_IDS, ownerIds.size() + " owner ids for " + ownerNames.size() + " owners: give one id per owner, in the same order");
        }
        if (ownerIds.isEmpty()) {
            ownerIds = ownerNames.stream().map(Cells::slug).toList();
        }
        if (ownerNames.isEmpty()) {
            ownerNames = ownerIds;
        }
        Optional<LocalDate> deadline = c.parse(CURRENT_DEADLINE, LocalDate::parse, "a date: write yyyy-MM-dd");
        Optional<Integer> revisions = c.parse(REVISIONS, ImportRun::count, "a number of revisions: write 0 or more");
        List<TargetRevision> targets = targets(c, deadline, revisions);
        Optional<Status> status = c.parse(STATUS, v -> Status.valueOf(constant(v)), "a status: use one of "
                + Arrays.stream(Status.values()).map(Enum::name).collect(Collectors.joining(", ")));
        Optional<Rag> rag = c.parse(RAG, v -> Rag.valueOf(constant(v)), "a RAG colour: use one of "
                + Arrays.stream(Rag.values()).map(Enum::name).collect(Collectors.joining(", ")));
        Optional<PartialDate> updateDate = c.parse(LAST_UPDATE_DATE, PartialDate::parse, "a date: write yyyy, yyyy-MM or yyyy-MM-dd");
        String updateText = c.raw(LAST_UPDATE_TEXT);
        Optional<Integer> percent = c.parse(LAST_UPDATE_PERCENT_COMPLETE, ImportRun::percent,
                "a percent complete: write a whole number from 0 to 100, without the % sign");
        Optional<ProgressUpdate> update = Optional.empty();
        if (!updateText.isBlank() && updateDate.isEmpty() && c.text(LAST_UPDATE_DATE).isEmpty()) {
            c.error(LAST_UPDATE_DATE, "the latest update has no date: give last_update_date as yyyy, yyyy-MM or yyyy-MM-dd");
        } else if (updateText.isBlank() && updateDate.isPresent()) {
            c.error(LAST_UPDATE_TEXT, "last_update_text is blank but last_update_date is " + updateDate.get() + ": give the update's text");
        } else if (updateDate.isPresent()) {
            update = Optional.of(ProgressUpdate.of(updateDate.get(), updateText));
            if (percent.isPresent()) {
                update = Optional.of(update.get().withPercentComplete(percent.get()));
            }
        }
        if (percent.isPresent() && updateDate.isEmpty() && updateText.isBlank()) {
            c.error(LAST_UPDATE_PERCENT_COMPLETE, "last_update_percent is " + percent.get()
                    + " but there is no latest update: give last_update_date and last_update_text");
        }
        Optional<String> recommendationId = c.text(RECOMMENDATION_ID);
        if (recommendationId.isPresent()) {
            Integer first = explicitIds.putIfAbsent(recommendationId.get(), row.line());
            if (first != null) {
                c.error(RECOMMENDATION_ID, "duplicate recommendation id '" + recommendationId.get() + "': line " + first
                        + " has it already; give each recommendation its own id");
            }
        }
        Optional<LocalDate> asOf = c.parse(AS_OF, LocalDate::parse, "a date: write yyyy-MM-dd").or(settings::asOf);
        Optional<Recommendation.Kind> itemKind = c.parse(ITEM_KIND, Recommendation.Kind::valueOf,
                "a kind of item: write one of " + java.util.Arrays.toString(Recommendation.Kind.values()) + ", or leave it empty for a recommendation");
        if (status.isPresent() && asOf.isEmpty() && c.text(AS_OF).isEmpty() && needsDecision(status.get(), update.isPresent())) {
            c.error(STATUS, "status " + status.get() + " needs the day it held: give an as_of column or the option '"
                    + CsvImporter.OPTION_AS_OF + "'");
        }
        if (!c.errors.isEmpty()) {
            findings.addAll(c.errors);
            return Optional.empty();
        }
        return Optional.of(new Line(row.line(), sourceId.orElse(Cells.slug(sourceTitle)), sourceTitle, kind, c.text(ISSUED_BY),
                sourceDate, c.text(ASSURANCE), recommendationId, reference, c.raw(TITLE), text, priority,
                Cells.split(c.raw(TAGS)), c.text(REPORTED_TO), c.text(ROUTED_TO), ownerIds, ownerNames, targets, status, rag,
                update, asOf, nonBlank(c.raw(STATED_STATUS)), nonBlank(c.raw(STATED_RAG)), nonBlank(c.raw(NOTES)), itemKind, c.text(PARENT),
                c.text(ADDRESSEE)));
    }

    private List<TargetRevision> targets(RowCells c, Optional<LocalDate> deadline, Optional<Integer> revisions) {
        String original = c.raw(ORIGINAL_TARGET).strip();
        String current = c.raw(CURRENT_TARGET).strip();
        List<String> revised = c.raw(REVISED_TARGETS).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        List<TargetRevision> history = new ArrayList<>();
        if (original.isEmpty() && current.isEmpty()) {
            if (!revised.isEmpty()) {
                c.error(REVISED_TARGETS, "revised targets are given but no original or current target");
            } else if (deadline.isPresent()) {
                history.add(TargetRevision.of(TargetDate.on(deadline.get())));
            }
            return history;
        }
        if (original.isEmpty() || current.isEmpty()) {
            if (!revised.isEmpty()) {
                c.error(REVISED_TARGETS, "revised targets are given but " + (original.isEmpty() ? "no original target" : "no current target"));
            }
            history.add(TargetRevision.of(withDeadline(TargetDate.parse(original.isEmpty() ? current : original), deadline)));
        } else if (revised.isEmpty() && (revisions.map(n -> n == 0).orElse(false) || revisions.isEmpty() && original.equals(current))) {
            history.add(TargetRevision.of(withDeadline(TargetDate.parse(current), deadline)));
        } else {
            history.add(TargetRevision.of(TargetDate.parse(original)));
            revised.forEach(t -> history.add(TargetRevision.of(TargetDate.parse(t))));
            history.add(TargetRevision.of(withDeadline(TargetDate.parse(current), deadline)));
        }
        if (revisions.isPresent() && revisions.get() != history.size() - 1) {
            findings.add(Finding.warning(c.at(REVISIONS), "revisions is " + revisions.get() + " but the targets given make "
                    + (history.size() - 1) + "; the targets are kept"));
        }
        return history;
    }

    /** The target with the deadline the file gives, where it gives one; the text is kept as written. */
    static TargetDate withDeadline(TargetDate target, Optional<LocalDate> deadline) {
        if (deadline.isEmpty() || target.deadline().equals(deadline)) {
            return target;
        }
        LocalDate d = deadline.get();
        TargetDate.Kind kind = target.kind().hasDeadline() ? target.kind() : TargetDate.Kind.DAY;
        Optional<LocalDate> from = kind == TargetDate.Kind.DAY ? Optional.of(d) : Optional.of(target.from().filter(f -> !f.isAfter(d)).orElse(d));
        return new TargetDate(target.text(), kind, from, deadline);
    }

    /** A whole number from 0 to 100. */
    private static int percent(String value) {
        int percent = Integer.parseInt(value);
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("out of range: " + value);
        }
        return percent;
    }

    /** The text as written, or empty if it is blank. */
    private static Optional<String> nonBlank(String value) {
        return value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    private static Source.Kind kind(String value) {
        return Source.Kind.valueOf(constant(value));
    }

    private static int count(String value) {
        int n = Integer.parseInt(value);
        if (n < 0) {
            throw new IllegalArgumentException("negative");
        }
        return n;
    }

    /** "In progress", "in-progress" and "IN_PROGRESS" all as {@code IN_PROGRESS}. */
    private static String constant(String value) {
        return value.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }

    // ---- ids ----

    /** Gives each row without a recommendation id one made from its source and reference, unused by any row. */
    private List<Line> assignIds(List<Line> lines) {
        Set<String> taken = new HashSet<>(explicitIds.keySet());
        List<Line> out = new ArrayList<>(lines.size());
        for (Line l : lines) {
            if (l.recommendationId().isPresent()) {
                out.add(l);
                continue;
            }
            String base = Cells.slug(l.sourceId() + "-" + l.reference());
            String id = base;
            for (int n = 2; !taken.add(id); n++) {
                id = base + "-" + n;
            }
            out.add(new Line(l.line(), l.sourceId(), l.sourceTitle(), l.kind(), l.issuedBy(), l.sourceDate(), l.assurance(),
                    Optional.of(id), l.reference(), l.title(), l.text(), l.priority(), l.tags(), l.reportedTo(), l.routedTo(),
                    l.ownerIds(), l.ownerNames(), l.targets(), l.status(), l.rag(), l.update(), l.asOf(), l.statedStatus(), l.statedRag(), l.notes(),
                    l.itemKind(), l.parent(), l.addressee()));
        }
        return out;
    }

    // ---- building ----

    private Register build(List<Line> lines) {
        Scheme scheme = scheme(lines);
        Map<String, Person> people = new LinkedHashMap<>();
        Map<String, Source> sourceHeads = new LinkedHashMap<>();
        Map<String, Integer> sourceLines = new HashMap<>();
        Map<String, List<Recommendation>> recommendations = new LinkedHashMap<>();
        String owner = forumWith(scheme, Forum.Role.OWNER);
        String board = forumWith(scheme, Forum.Role.BOARD);
        String panel = forumWith(scheme, Forum.Role.PANEL);
        for (Line l : lines) {
            Source head = new Source(l.sourceId(), l.kind(), l.sourceTitle(), l.issuedBy(), l.sourceDate(), l.assurance(),
                    Optional.empty(), Optional.empty(), List.of());
            Source first = sourceHeads.putIfAbsent(l.sourceId(), head);
            if (first != null) {
                checkSameSource(first, head, l.line(), sourceLines.get(l.sourceId()));
            } else {
                sourceLines.put(l.sourceId(), l.line());
            }
            for (int i = 0; i < l.ownerIds().size(); i++) {
                Person person = new Person(l.ownerIds().get(i), l.ownerNames().get(i), Optional.empty(), Optional.empty());
                Person known = people.putIfAbsent(person.id(), person);
                if (known != null && !known.name().equals(person.name())) {
                    findings.add(Finding.warning(name + " line " + l.line() + ", column " + OWNERS, "owner id '" + person.id()
                            + "' is named '" + known.name() + "' earlier and '" + person.name() + "' here; the first name is kept"));
                }
            }
            List<GovernanceDecision> decisions = l.status().flatMap(s -> l.asOf().map(d -> decisions(s, l.update().isPresent(),
                    PartialDate.of(d), owner, board, panel))).orElse(List.of());
            Recommendation r = Recommendation.builder(l.recommendationId().orElseThrow(), l.reference(), l.text(), l.priority())
                    .title(l.title())
                    .tags(l.tags())
                    .reportedTo(l.reportedTo())
                    .owners(l.ownerIds().stream().distinct().map(Ownership::of).toList())
                    .targetHistory(l.targets())
                    .updates(l.update().stream().toList())
                    .decisions(decisions)
                    .statedStatus(l.statedStatus())
                    .statedRag(l.statedRag())
                    .notes(l.notes())
                    .kind(l.itemKind().orElse(Recommendation.Kind.RECOMMENDATION))
                    .parent(l.parent())
                    .addressee(l.addressee())
                    .build();
            recommendations.computeIfAbsent(l.sourceId(), k -> new ArrayList<>()).add(r);
        }
        List<Source> sources = sourceHeads.values().stream().map(s -> new Source(s.id(), s.kind(), s.title(), s.issuedBy(), s.date(),
                s.assurance(), s.followUpOf(), s.marking(), recommendations.get(s.id()))).toList();
        Register register = new Register(settings.registerId(), settings.organisation(), scheme, List.copyOf(people.values()), sources);
        check(register, lines);
        return register;
    }

    private void checkSameSource(Source first, Source again, int line, int firstLine) {
        compare(first.title(), again.title(), SOURCE_TITLE, line, firstLine, first.id());
        compare(first.kind(), again.kind(), SOURCE_KIND, line, firstLine, first.id());
        compare(first.issuedBy(), again.issuedBy(), ISSUED_BY, line, firstLine, first.id());
        compare(first.date(), again.date(), SOURCE_DATE, line, firstLine, first.id());
        compare(first.assurance(), again.assurance(), ASSURANCE, line, firstLine, first.id());
    }

    private void compare(Object first, Object again, String column, int line, int firstLine, String sourceId) {
        if (!first.equals(again)) {
            findings.add(Finding.warning(name + " line " + line + ", column " + column, "source '" + sourceId + "' has " + column
                    + " " + show(first) + " on line " + firstLine + " but " + show(again) + " here; line " + firstLine + "'s is kept"));
        }
    }

    private static String show(Object value) {
        Object v = value instanceof Optional<?> o ? o.map(Object::toString).orElse("") : value;
        return "'" + v + "'";
    }

    /** Whether the status needs decisions to be recorded; IN_PROGRESS with an update and OPEN do not. */
    private static boolean needsDecision(Status status, boolean hasUpdate) {
        return !(status == Status.OPEN || status == Status.IN_PROGRESS && hasUpdate);
    }

    private List<GovernanceDecision> decisions(Status status, boolean hasUpdate, PartialDate day, String owner, String board, String panel) {
        List<GovernanceDecision> out = new ArrayList<>();
        java.util.function.BiConsumer<String, GovernanceDecision.Kind> add = (forum, kind) -> out.add(new GovernanceDecision(day, forum,
                kind, Optional.empty(), Optional.of("Status " + status + " as recorded in " + name), Optional.empty()));
        switch (status) {
            case OPEN -> { }
            case IN_PROGRESS -> {
                if (!hasUpdate) {
                    add.accept(panel, GovernanceDecision.Kind.HIBERNATED);
                    add.accept(panel, GovernanceDecision.Kind.RESUMED);
                }
            }
            case PROPOSED_CLOSED -> add.accept(owner, GovernanceDecision.Kind.PROPOSED_CLOSED);
            case CLOSURE_AGREED -> {
                add.accept(owner, GovernanceDecision.Kind.PROPOSED_CLOSED);
                add.accept(board, GovernanceDecision.Kind.CLOSURE_AGREED);
            }
            case CLOSED -> add.accept(panel, GovernanceDecision.Kind.CLOSED);
            case FURTHER_EVIDENCE_REQUESTED -> {
                add.accept(owner, GovernanceDecision.Kind.PROPOSED_CLOSED);
                add.accept(panel, GovernanceDecision.Kind.FURTHER_EVIDENCE_REQUESTED);
            }
            case CLOSURE_DISPUTED -> {
                add.accept(owner, GovernanceDecision.Kind.PROPOSED_CLOSED);
                add.accept(panel, GovernanceDecision.Kind.CLOSURE_DISPUTED);
            }
            case SUPERSEDED -> add.accept(panel, GovernanceDecision.Kind.SUPERSEDED);
            case NOT_ACCEPTED -> add.accept(panel, GovernanceDecision.Kind.NOT_ACCEPTED);
            case HIBERNATED -> add.accept(panel, GovernanceDecision.Kind.HIBERNATED);
            case REOPENED -> {
                add.accept(panel, GovernanceDecision.Kind.CLOSED);
                add.accept(panel, GovernanceDecision.Kind.REOPENED);
            }
            case BUSINESS_AS_USUAL -> add.accept(panel, GovernanceDecision.Kind.MOVED_TO_BUSINESS_AS_USUAL);
            case RISK_ACCEPTED -> add.accept(panel, GovernanceDecision.Kind.RISK_ACCEPTED);
        }
        return out;
    }

    private static String forumWith(Scheme scheme, Forum.Role role) {
        return scheme.forums().stream().filter(f -> f.role() == role).map(Forum::id).findFirst().orElseThrow();
    }

    private Scheme scheme(List<Line> lines) {
        List<String> priorities = settings.priorities().orElseGet(() -> {
            List<String> seen = lines.stream().map(Line::priority).distinct().toList();
            return seen.isEmpty() ? FALLBACK_PRIORITIES : seen;
        });
        List<String> assurance = new ArrayList<>(DEFAULT_ASSURANCE);
        for (Line l : lines) {
            if (l.assurance().isPresent() && !assurance.contains(l.assurance().get())) {
                assurance.add(l.assurance().get());
                findings.add(Finding.warning(name + " line " + l.line() + ", column " + ASSURANCE, "assurance '" + l.assurance().get()
                        + "' is not one of " + DEFAULT_ASSURANCE + "; it is added to the scheme's scale after them, as the lowest"));
            }
        }
        // Routes: the most used routed forum is the default (the panel); every (assurance, priority) seen gets a rule.
        Map<String, Integer> routedCounts = new LinkedHashMap<>();
        Map<List<String>, String> routes = new LinkedHashMap<>();
        for (Line l : lines) {
            if (l.reportedTo().isEmpty() && l.routedTo().isPresent()) {
                routedCounts.merge(l.routedTo().get(), 1, Integer::sum);
                routes.putIfAbsent(List.of(l.assurance().orElse(""), l.priority()), l.routedTo().get());
            }
        }
        Optional<String> mostUsed = routedCounts.entrySet().stream()
                .reduce((a, b) -> b.getValue() > a.getValue() ? b : a).map(Map.Entry::getKey);
        Map<String, Forum.Role> seen = new LinkedHashMap<>();
        for (Line l : lines) {
            for (Optional<String> f : List.of(l.routedTo(), l.reportedTo())) {
                f.ifPresent(id -> seen.computeIfAbsent(id, k -> role(k, mostUsed)));
            }
        }
        List<Forum> forums = new ArrayList<>();
        if (!seen.containsValue(Forum.Role.OWNER)) {
            forums.add(new Forum(unique("OWNER", seen), "Owner", Forum.Role.OWNER));
        }
        seen.forEach((id, role) -> forums.add(new Forum(id, id, role)));
        if (!seen.containsValue(Forum.Role.BOARD)) {
            forums.add(new Forum(unique("BOARD", seen), "Board", Forum.Role.BOARD));
        }
        if (!seen.containsValue(Forum.Role.PANEL)) {
            forums.add(new Forum(unique("PANEL", seen), "Panel", Forum.Role.PANEL));
        }
        String defaultForum = mostUsed.orElseGet(() -> forums.stream().filter(f -> f.role() == Forum.Role.PANEL).findFirst().orElseThrow().id());
        List<ReportingRule> assured = new ArrayList<>();
        List<ReportingRule> unassured = new ArrayList<>();
        routes.forEach((key, forum) -> {
            String a = key.get(0);
            if (a.isEmpty()) {
                unassured.add(new ReportingRule(Optional.empty(), Optional.empty(), List.of(key.get(1)), forum, false));
            } else {
                assured.add(new ReportingRule(Optional.of(a), Optional.of(a), List.of(key.get(1)), forum, false));
            }
        });
        List<ReportingRule> rules = new ArrayList<>(assured);
        rules.addAll(unassured);
        return new Scheme(priorities, assurance, DEFAULT_MARKINGS, forums, "reference", ragSettings(lines),
                new ReportingRules(rules, defaultForum));
    }

    private static String unique(String id, Map<String, Forum.Role> taken) {
        String out = id;
        for (int n = 2; taken.containsKey(out); n++) {
            out = id + "-" + n;
        }
        return out;
    }

    private static Forum.Role role(String id, Optional<String> mostUsed) {
        return switch (id.toUpperCase(Locale.ROOT)) {
            case "OWNER" -> Forum.Role.OWNER;
            case "BOARD" -> Forum.Role.BOARD;
            case "PANEL" -> Forum.Role.PANEL;
            default -> mostUsed.filter(id::equals).isPresent() ? Forum.Role.PANEL : Forum.Role.BOARD;
        };
    }

    /** The reference policy's settings that the file's statuses and colours show; defaults are left out. */
    private static Map<String, String> ragSettings(List<Line> lines) {
        Map<String, String> out = new TreeMap<>();
        for (Line l : lines) {
            if (l.status().isEmpty() || l.rag().isEmpty()) {
                continue;
            }
            Status s = l.status().get();
            Rag rag = l.rag().get();
            if (s.isClosurePending() && rag == Rag.GREEN) {
                out.put("proposedClosed", "GREEN");
            } else if (s == Status.BUSINESS_AS_USUAL && rag == Rag.GREY) {
                out.put("businessAsUsual", "GREY");
            } else if (s == Status.HIBERNATED && rag == Rag.GREY) {
                out.put("hibernated", "GREY");
            } else if (s == Status.HIBERNATED && rag == Rag.RED) {
                out.putIfAbsent("hibernated", "BY_TARGET");
            } else if (s.isOutstanding() && rag == Rag.RED) {
                Optional<TargetDate> current = l.targets().isEmpty() ? Optional.empty() : Optional.of(l.targets().get(l.targets().size() - 1).target());
                boolean hasDeadline = current.map(TargetDate::hasDeadline).orElse(false);
                if (!hasDeadline && s != Status.HIBERNATED) {
                    out.put("noDeadline", "RED");
                } else if (hasDeadline && l.asOf().isPresent() && !current.get().isPastOn(l.asOf().get())) {
                    out.put("overdueAgainst", "ORIGINAL");
                }
            }
        }
        return out;
    }

    /** Evaluates the register as of the file's day and warns where the engine disagrees with the file. */
    private void check(Register register, List<Line> lines) {
        Optional<LocalDate> asOf = lines.stream().map(Line::asOf).flatMap(Optional::stream).findFirst();
        if (asOf.isEmpty() || lines.isEmpty()) {
            return;
        }
        RegisterEvaluation evaluation;
        try {
            evaluation = engine.evaluate(register, asOf.get());
        } catch (RuntimeException e) {
            findings.add(Finding.warning(name, "the imported register could not be evaluated to check the file's statuses and colours: " + e.getMessage()));
            return;
        }
        for (Line l : lines) {
            Optional<RecommendationState> state = evaluation.state(l.recommendationId().orElseThrow());
            if (state.isEmpty()) {
                findings.add(Finding.warning(name + " line " + l.line(), "recommendation " + l.recommendationId().get()
                        + " does not exist on " + asOf.get() + " (its source is dated " + l.sourceDate().map(Object::toString).orElse("") + ")"));
                continue;
            }
            String at = name + " line " + l.line() + ", column ";
            RecommendationState st = state.get();
            if (l.status().isPresent() && l.status().get() != st.status()) {
                findings.add(Finding.warning(at + STATUS, "the file says " + l.status().get() + " but the engine makes it " + st.status()
                        + " as of " + asOf.get() + "; reports show the engine's status"));
            }
            if (l.rag().isPresent() && l.rag().get() != st.rag()) {
                findings.add(Finding.warning(at + RAG, "the file says " + l.rag().get() + " but the engine colours it " + st.rag()
                        + " under the '" + register.scheme().ragPolicy() + "' policy with settings " + register.scheme().ragSettings()
                        + "; reports show the engine's colour"));
            }
            if (l.routedTo().isPresent() && !l.routedTo().get().equals(st.route().forum())) {
                findings.add(Finding.warning(at + ROUTED_TO, "the file routes it to " + l.routedTo().get() + " but the engine routes it to "
                        + st.route().forum() + "; reports follow the engine's route"));
            }
        }
    }
}
