package io.github.rectrack.engine.generate;

import static io.github.rectrack.engine.generate.Vocabulary.AREA_NOUNS;
import static io.github.rectrack.engine.generate.Vocabulary.AREA_TITLES;
import static io.github.rectrack.engine.generate.Vocabulary.MONTHS;
import static io.github.rectrack.engine.generate.Vocabulary.MONTHS_SHORT;

import io.github.rectrack.engine.rag.ReferenceRagPolicy;
import io.github.rectrack.engine.spi.rag.Rag;
import io.github.rectrack.engine.spi.rag.RagContext;
import io.github.rectrack.engine.spi.rag.RagPolicy;
import io.github.rectrack.engine.spi.rag.RagSettings;
import io.github.rectrack.engine.status.Lifecycle;
import io.github.rectrack.engine.status.Status;
import io.github.rectrack.engine.status.TargetStatus;
import io.github.rectrack.model.Action;
import io.github.rectrack.model.DegreeMet;
import io.github.rectrack.model.Evidence;
import io.github.rectrack.model.ExtensionRequest;
import io.github.rectrack.model.Forum;
import io.github.rectrack.model.GovernanceDecision;
import io.github.rectrack.model.Link;
import io.github.rectrack.model.ManagementResponse;
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
import io.github.rectrack.model.UpdateRequest;
import io.github.rectrack.model.UpdateSections;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * One generation: the random source, the caches of dates and targets, and the pool of people. Used once,
 * by one thread.
 *
 * <p>Days are handled as epoch-day {@code int}s; {@link PartialDate}s and parsed {@link TargetDate}s are
 * shared between records (they are immutable), which keeps a register of 100,000 recommendations lean.
 *
 * <p>The facts a force's own sheet adds to the lifecycle (extension requests, percent complete, stated
 * status and RAG, notes) are drawn from a second random stream split from the seed, so that they never
 * shift the rest of the register: a seed gives the same sources, targets, updates and decisions with or
 * without them. Stated values are worded from the status and colour the engine computes at the horizon
 * ({@link Lifecycle}, {@link TargetStatus} and the reference RAG policy with the scheme's settings).
 */
final class GeneratorRun {

    static final String OWNER = "OWNER";
    static final String SORB = "SORB";
    static final String JARAP = "JARAP";
    static final String FUNDAMENTAL = "Fundamental";
    static final String SIGNIFICANT = "Significant";
    static final String HOUSEKEEPING = "Housekeeping";
    static final List<String> ASSURANCE = List.of("Substantial", "Satisfactory", "Limited", "No assurance");
    static final String OFFICIAL_SENSITIVE = "OFFICIAL-SENSITIVE";

    /** The Leicestershire scheme of the reference register. */
    static final Scheme SCHEME = new Scheme(
            List.of(FUNDAMENTAL, SIGNIFICANT, HOUSEKEEPING),
            ASSURANCE,
            List.of("OFFICIAL", OFFICIAL_SENSITIVE),
            List.of(new Forum(OWNER, "Business owner", Forum.Role.OWNER),
                    new Forum(SORB, "Strategic Organisational Risk Board", Forum.Role.BOARD),
                    new Forum(JARAP, "Joint Audit, Risk and Assurance Panel", Forum.Role.PANEL)),
            "reference",
            Map.of("proposedClosed", "GREEN"),
            new ReportingRules(List.of(
                    new ReportingRule(Optional.of("Satisfactory"), Optional.empty(), List.of(FUNDAMENTAL, SIGNIFICANT), JARAP, false),
                    new ReportingRule(Optional.of("Satisfactory"), Optional.empty(), List.of(HOUSEKEEPING), SORB, false),
                    new ReportingRule(Optional.empty(), Optional.of("Limited"), List.of(), JARAP, true)),
                    JARAP));

    static final String ORGANISATION = "Synthetic Constabulary and Office of the Police and Crime Commissioner";

    private static final Optional<String> SENSITIVE = Optional.of(OFFICIAL_SENSITIVE);
    private static final Optional<String> SORB_REF = Optional.of(SORB);
    private static final Optional<String> JARAP_REF = Optional.of(JARAP);
    private static final List<String> STATUTORY = List.of("statutory");
    private static final List<String> NON_STATUTORY = List.of("non-statutory");
    private static final String[] STRANDS = {"Security", "Training", "Enforcement", "Systems", "Policy"};

    /** Weights of source sizes 1 to 12. */
    private static final int[] SIZE_WEIGHTS = {8, 14, 16, 15, 12, 10, 8, 6, 4, 3, 2, 2};
    /** Weights of target history lengths 1 to 7. */
    private static final int[] HISTORY_WEIGHTS = {40, 25, 15, 9, 6, 3, 2};
    private static final Source.Kind[] KINDS = {
        Source.Kind.INTERNAL_AUDIT, Source.Kind.INSPECTION, Source.Kind.REGULATOR_AUDIT,
        Source.Kind.POST_IMPLEMENTATION_REVIEW, Source.Kind.COMMITTEE_ACTIONS, Source.Kind.EXTERNAL_AUDIT
    };
    private static final int[] KIND_WEIGHTS = {68, 12, 5, 6, 6, 3};
    /** Target kinds the phrase list writes, with weights per thousand. */
    private static final TargetDate.Kind[] TARGET_KINDS = {
        TargetDate.Kind.DAY, TargetDate.Kind.MONTH, TargetDate.Kind.QUARTER, TargetDate.Kind.QUARTER_SPAN,
        TargetDate.Kind.YEAR, TargetDate.Kind.FINANCIAL_YEAR, TargetDate.Kind.RANGE, TargetDate.Kind.TBC,
        TargetDate.Kind.ONGOING, TargetDate.Kind.VARIOUS, TargetDate.Kind.CONDITIONAL, TargetDate.Kind.RECURRING,
        TargetDate.Kind.UNRECOGNISED
    };
    private static final int[] TARGET_WEIGHTS = {310, 300, 70, 30, 30, 40, 40, 60, 40, 20, 40, 15, 5};

    /** Per thousand target revisions: those made by approving an owner's extension request. */
    private static final int APPROVED_EXTENSIONS = 150;
    /** Per thousand recommendations: those with a refused extension request. */
    private static final int REFUSED_EXTENSIONS = 60;
    /** Per thousand recommendations open at the horizon: those with an extension request awaiting a decision. */
    private static final int PENDING_EXTENSIONS = 50;
    /** Per thousand recommendations with a single run of updates: those whose updates give percent complete. */
    private static final int PERCENT_TRACKED = 300;
    /** Per thousand recommendations: those with notes. */
    private static final int NOTED = 40;
    /** Per thousand sources: those whose sheet states status and RAG; RAG only; status only (cumulative). */
    private static final int STATED_BOTH = 250;
    private static final int STATED_RAG_ONLY = 330;
    private static final int STATED_STATUS_ONLY = 400;
    /** Per thousand stated recommendations past their target: those the owner reports "On track" and "Green". */
    private static final int OPTIMISTIC = 150;

    private enum Scenario {
        OPEN, CLOSED, PROPOSED, AGREED, FURTHER_EVIDENCE, HIBERNATED, SUPERSEDED, NOT_ACCEPTED, BUSINESS_AS_USUAL,
        REOPENED, DUPLICATE, RISK_ACCEPTED
    }

    private final RegisterGenerator.Options options;
    private final SplittableRandom random;
    /** The stream the sheet's own facts are drawn from; see the class description. */
    private final SplittableRandom extra;
    private final LocalDate horizon;
    private final RagPolicy.Colouring colouring = new ReferenceRagPolicy().configure(new RagSettings(SCHEME.ragSettings()));
    private final int horizonDay;
    private final int firstDay;
    private final int monthFitsBefore;
    private final PartialDate[] dayDates;
    private final PartialDate[] monthDates;
    private final int firstMonthIndex;
    private final Map<String, TargetDate> targets = new HashMap<>();
    private final StringBuilder text = new StringBuilder(1600);
    private final Set<String> sourceIds = new HashSet<>();
    private final String[] lastSourceOfArea = new String[AREA_TITLES.length];
    private final String[][] lastRecommendationsOfArea = new String[AREA_TITLES.length][];
    private final int[] sizeWeights;

    private final Optional<String>[] achieved = optionals(Vocabulary.ACHIEVED);
    private final Optional<String>[] left = optionals(Vocabulary.LEFT);
    private final Optional<String>[] barriers = optionals(Vocabulary.BARRIERS);
    private final Optional<String>[] reasons = optionals(Vocabulary.REVISION_REASONS);
    private final Optional<String>[] extensionReasons = optionals(Vocabulary.EXTENSION_REASONS);
    private final Optional<String>[] refusals = optionals(Vocabulary.EXTENSION_REFUSALS);
    private final Optional<String>[] notes = optionals(Vocabulary.NOTES);
    private final Optional<Integer>[] percents = percents();
    /** The extension requests of the recommendation being built, with the day each was made. */
    private final List<Dated> requests = new ArrayList<>();

    private Person[] people = new Person[0];
    private Optional<String>[] personRefs;

    // The plan of the recommendation being built.
    private final List<GovernanceDecision> decisions = new ArrayList<>();
    private int aStart;
    private int aEnd;
    private boolean aClosing;
    private int bStart;
    private int bEnd;
    private boolean bClosing;
    private int evidenceDay;
    private boolean openAtHorizon;
    /** The state the recommendation's actions end in; {@code IN_PROGRESS} while it is open. */
    private Action.State finishedState;
    private int duplicateOf;
    private Scenario scenario;
    /** The first day a target could be revised or an extension asked for. */
    private int lifeFrom;
    /** The days a re-opened recommendation was closed, or -1. */
    private int closedFrom;
    private int closedUntil;

    /** An extension request and the day it was made, for ordering. */
    private record Dated(int day, ExtensionRequest request) {}

    private static final Comparator<Dated> BY_DAY = Comparator.comparingInt(Dated::day);

    GeneratorRun(RegisterGenerator.Options options) {
        this.options = options;
        this.random = new SplittableRandom(options.seed());
        this.extra = new SplittableRandom(options.seed()).split();
        this.horizon = options.horizon();
        this.horizonDay = (int) options.horizon().toEpochDay();
        this.firstDay = horizonDay - 4000;
        this.dayDates = new PartialDate[horizonDay - firstDay + 1];
        LocalDate first = LocalDate.ofEpochDay(firstDay);
        this.firstMonthIndex = first.getYear() * 12 + first.getMonthValue() - 1;
        this.monthDates = new PartialDate[options.horizon().getYear() * 12 + options.horizon().getMonthValue() - firstMonthIndex];
        LocalDate horizon = options.horizon();
        this.monthFitsBefore = horizon.getDayOfMonth() == horizon.lengthOfMonth()
                ? horizonDay + 1
                : (int) horizon.withDayOfMonth(1).toEpochDay();
        int max = options.maxRecommendationsPerSource();
        this.sizeWeights = new int[max];
        for (int i = 0; i < max; i++) {
            sizeWeights[i] = i < SIZE_WEIGHTS.length ? SIZE_WEIGHTS[i] : 1;
        }
    }

    Register run() {
        buildPeople();
        int[] sizes = sourceSizes();
        int[] days = new int[sizes.length];
        int earliest = horizonDay - 3652;
        int latest = horizonDay - 75;
        for (int i = 0; i < days.length; i++) {
            days[i] = earliest + random.nextInt(latest - earliest + 1);
        }
        Arrays.sort(days);
        List<Source> sources = new ArrayList<>(sizes.length);
        for (int i = 0; i < sizes.length; i++) {
            sources.add(source(sizes[i], days[i]));
        }
        return new Register("synthetic-" + options.recommendations() + "-seed-" + options.seed(), ORGANISATION,
                Optional.of(horizon), SCHEME, Arrays.asList(people), sources);
    }

    // ---------------------------------------------------------------- people and sources

    @SuppressWarnings("unchecked")
    private void buildPeople() {
        int count = Math.max(10, (options.recommendations() + 39) / 40);
        people = new Person[count];
        personRefs = new Optional[count];
        String[] roles = Vocabulary.ROLES;
        String[] units = Vocabulary.UNITS;
        for (int i = 0; i < count; i++) {
            int round = i / (roles.length * units.length);
            String title = roles[i % roles.length] + ", " + units[(i / roles.length) % units.length]
                    + (round > 0 ? " (" + (round + 1) + ")" : "");
            String initials = "" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
            people[i] = new Person(slug(title), title, Optional.of(initials), Optional.of(title));
            personRefs[i] = Optional.of(people[i].id());
        }
    }

    private int[] sourceSizes() {
        int remaining = options.recommendations();
        int[] sizes = new int[Math.max(4, remaining / 4)];
        int n = 0;
        while (remaining > 0) {
            int size = Math.min(remaining, 1 + weighted(sizeWeights));
            if (n == sizes.length) {
                sizes = Arrays.copyOf(sizes, sizes.length * 2);
            }
            sizes[n++] = size;
            remaining -= size;
        }
        return Arrays.copyOf(sizes, n);
    }

    /** What every recommendation of one source shares. */
    private record SourceContext(String id, Source.Kind kind, int area, int day, int assuranceRank, int lead,
            boolean sectioned, String[] references, String[] ids, String[] followedUp) {}

    private Source source(int size, int day) {
        Source.Kind kind = KINDS[weighted(KIND_WEIGHTS)];
        int area = random.nextInt(AREA_TITLES.length);
        LocalDate date = dayDate(day).first();
        int year = date.getYear();
        String title;
        String issuedBy;
        Optional<String> assurance = Optional.empty();
        Optional<String> followUpOf = Optional.empty();
        String[] followedUp = new String[0];
        switch (kind) {
            case INTERNAL_AUDIT -> {
                if (lastSourceOfArea[area] != null && random.nextInt(100) < 12) {
                    title = random.nextBoolean() ? "Follow up of " + AREA_TITLES[area] + " audit" : AREA_TITLES[area] + " [Revisit audit]";
                    followUpOf = Optional.of(lastSourceOfArea[area]);
                    followedUp = lastRecommendationsOfArea[area];
                } else {
                    title = AREA_TITLES[area];
                }
                issuedBy = pick(Vocabulary.AUDITORS);
                if (random.nextInt(100) < 88) {
                    int a = random.nextInt(100);
                    assurance = Optional.of(ASSURANCE.get(a < 15 ? 0 : a < 65 ? 1 : a < 95 ? 2 : 3));
                }
            }
            case INSPECTION -> {
                title = pick(Vocabulary.INSPECTION_TITLES);
                issuedBy = "HMICFRS";
            }
            case REGULATOR_AUDIT -> {
                int r = random.nextInt(Vocabulary.REGULATOR_TITLES.length);
                title = Vocabulary.REGULATOR_TITLES[r];
                issuedBy = Vocabulary.REGULATORS[r];
            }
            case POST_IMPLEMENTATION_REVIEW -> {
                title = "Post-implementation review: " + pick(Vocabulary.PROJECTS);
                issuedBy = "Force Change Team";
            }
            case COMMITTEE_ACTIONS -> {
                title = "JARAP action sheet " + year;
                issuedBy = "JARAP";
            }
            default -> {
                title = "Annual Audit Letter " + financialYear(date.getMonthValue() >= 4 ? year : year - 1);
                issuedBy = "External Audit";
            }
        }
        String base = slug(title);
        String id = uniqueSourceId(base.endsWith(String.valueOf(year)) ? base : base + "-" + year);
        int p = random.nextInt(100);
        Optional<PartialDate> sourceDate = p < 80 ? Optional.of(monthDate(day))
                : p < 90 ? Optional.of(dayDate(day))
                : p < 95 || kind != Source.Kind.INTERNAL_AUDIT ? Optional.of(PartialDate.ofYear(year))
                : Optional.empty();
        Optional<String> marking = random.nextInt(100) < 3 ? SENSITIVE : Optional.empty();

        String[] references = references(kind, size, year);
        String[] ids = new String[size];
        for (int r = 0; r < size; r++) {
            String reference = references[r].endsWith(".") ? references[r].substring(0, references[r].length() - 1) : references[r];
            ids[r] = id + "-" + reference.replace('/', '-');
        }
        SourceContext context = new SourceContext(id, kind, area, day,
                assurance.map(ASSURANCE::indexOf).orElse(-1), random.nextInt(people.length),
                random.nextInt(100) < 20, references, ids, followedUp);
        List<Recommendation> recommendations = new ArrayList<>(size);
        for (int r = 0; r < size; r++) {
            recommendations.add(recommendation(context, r));
        }
        if (kind == Source.Kind.INTERNAL_AUDIT) {
            lastSourceOfArea[area] = id;
            lastRecommendationsOfArea[area] = ids;
        }
        Source built = new Source(id, kind, title, Optional.of(issuedBy), sourceDate, assurance, followUpOf, marking, recommendations);
        int columns = extra.nextInt(1000);
        if (columns >= STATED_STATUS_ONLY) {
            return built;
        }
        boolean statusColumn = columns < STATED_BOTH || columns >= STATED_RAG_ONLY;
        boolean ragColumn = columns < STATED_RAG_ONLY;
        return new Source(id, kind, title, Optional.of(issuedBy), sourceDate, assurance, followUpOf, marking,
                stated(built, statusColumn, ragColumn));
    }

    // ---------------------------------------------------------------- the sheet's stated status and RAG

    /**
     * The source's recommendations with the status and RAG its sheet states, worded from what the engine
     * computes at the horizon; a few past their target are stated optimistically, a few cells are blank.
     */
    private List<Recommendation> stated(Source source, boolean statusColumn, boolean ragColumn) {
        int style = extra.nextInt(10);
        boolean letters = style < 2;
        boolean blueForDone = style >= 8;
        int levels = SCHEME.priorities().size();
        List<Recommendation> recommendations = new ArrayList<>(source.recommendations());
        for (int r = 0; r < recommendations.size(); r++) {
            if (extra.nextInt(100) < 8) {
                continue;
            }
            Recommendation rec = recommendations.get(r);
            Status status = Lifecycle.statusAsOf(rec, horizon).status();
            TargetStatus targets = TargetStatus.of(rec.targetHistory(), horizon);
            Rag rag = colouring.colour(new RagContext(source, rec, status, targets, SCHEME.priorityRank(rec.priority()), levels, horizon));
            boolean optimistic = rag == Rag.RED && status.isOutstanding() && extra.nextInt(1000) < OPTIMISTIC;
            String statusWord;
            String ragWord;
            if (optimistic) {
                statusWord = extra.nextInt(10) < 8 ? "On track" : "Complete";
                ragWord = letters ? "G" : "Green";
            } else {
                statusWord = statedStatus(rec, status, rag);
                ragWord = statedRag(rag, status, letters, blueForDone);
            }
            recommendations.set(r, rec.toBuilder()
                    .statedStatus(statusColumn ? Optional.of(statusWord) : Optional.empty())
                    .statedRag(ragColumn ? Optional.of(ragWord) : Optional.empty())
                    .build());
        }
        return recommendations;
    }

    private String statedStatus(Recommendation rec, Status status, Rag rag) {
        if (status.isOutstanding() && !rec.extensionRequests().isEmpty()
                && rec.extensionRequests().get(rec.extensionRequests().size() - 1).decision().isEmpty() && extra.nextBoolean()) {
            return Vocabulary.STATED_EXTENSION_REQUESTED;
        }
        String[] words = switch (status) {
            case OPEN -> Vocabulary.STATED_NOT_STARTED;
            case IN_PROGRESS, FURTHER_EVIDENCE_REQUESTED, CLOSURE_DISPUTED -> rag == Rag.RED ? Vocabulary.STATED_OVERDUE : Vocabulary.STATED_ON_TRACK;
            case REOPENED -> Vocabulary.STATED_REOPENED;
            case HIBERNATED -> Vocabulary.STATED_HIBERNATED;
            case PROPOSED_CLOSED -> Vocabulary.STATED_PROPOSED;
            case CLOSURE_AGREED -> Vocabulary.STATED_CLOSURE_AGREED;
            case CLOSED -> Vocabulary.STATED_CLOSED;
            case BUSINESS_AS_USUAL -> Vocabulary.STATED_BUSINESS_AS_USUAL;
            case SUPERSEDED -> Vocabulary.STATED_SUPERSEDED;
            case NOT_ACCEPTED -> Vocabulary.STATED_NOT_ACCEPTED;
            case RISK_ACCEPTED -> Vocabulary.STATED_RISK_ACCEPTED;
        };
        return words[extra.nextInt(words.length)];
    }

    private static String statedRag(Rag rag, Status status, boolean letters, boolean blueForDone) {
        if (blueForDone && status == Status.CLOSED) {
            return "Blue";
        }
        return switch (rag) {
            case RED -> letters ? "R" : "Red";
            case AMBER -> letters ? "A" : "Amber";
            case GREEN -> letters ? "G" : "Green";
            case GREY -> "Grey";
        };
    }

    private String uniqueSourceId(String base) {
        String id = base;
        for (int n = 2; !sourceIds.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private String[] references(Source.Kind kind, int size, int year) {
        String[] refs = new String[size];
        switch (kind) {
            case INSPECTION, EXTERNAL_AUDIT -> {
                for (int r = 0; r < size; r++) {
                    refs[r] = "R" + (r + 1);
                }
            }
            case REGULATOR_AUDIT -> {
                for (int r = 0; r < size; r++) {
                    refs[r] = (r / 4 + 1) + "." + (r % 4 + 1);
                }
            }
            case POST_IMPLEMENTATION_REVIEW -> {
                for (int r = 0; r < size; r++) {
                    refs[r] = (r + 1) + ".";
                }
            }
            case COMMITTEE_ACTIONS -> {
                String yy = twoDigits(year % 100);
                int minute = 1 + random.nextInt(60);
                for (int r = 0; r < size; r++) {
                    if (r > 0 && random.nextInt(3) == 0) {
                        minute += 1 + random.nextInt(5);
                    }
                    refs[r] = minute + "/" + yy + (r < 26 ? String.valueOf((char) ('a' + r))
                            : "" + (char) ('a' + r / 26 - 1) + (char) ('a' + r % 26));
                }
            }
            default -> {
                int section = random.nextInt(10) < 8 ? 4 : 2 + random.nextInt(4);
                for (int r = 0; r < size; r++) {
                    refs[r] = section + "." + (r + 1);
                }
            }
        }
        return refs;
    }

    // ---------------------------------------------------------------- recommendations

    private Recommendation recommendation(SourceContext source, int index) {
        int p = random.nextInt(100);
        String priority = p < 10 ? FUNDAMENTAL : p < 65 ? SIGNIFICANT : HOUSEKEEPING;
        String forum = source.assuranceRank >= 0 && source.assuranceRank <= 1 && priority.equals(HOUSEKEEPING) ? SORB : JARAP;
        Optional<String> reportedTo = Optional.empty();
        if (random.nextInt(1000) < 15) {
            forum = forum.equals(SORB) ? JARAP : SORB;
            reportedTo = Optional.of(forum);
        }
        String noun = AREA_NOUNS[source.area];
        String reference = source.references[index];
        int start = Math.min(source.day + 21 + random.nextInt(40), horizonDay - 5);

        plan(source, index, forum, start, reference);
        int activeEnd = Math.max(aEnd, bEnd);

        // owners
        int owner = random.nextInt(10) < 7 ? source.lead : random.nextInt(people.length);
        int successor = -1;
        int handover = Integer.MAX_VALUE;
        List<Ownership> owners;
        int o = random.nextInt(100);
        if (o < 15 && activeEnd > start) {
            successor = random.nextInt(people.length);
            if (successor == owner) {
                successor = (owner + 1) % people.length;
            }
            handover = start + random.nextInt(activeEnd - start + 1);
            Optional<PartialDate> from = random.nextBoolean() ? Optional.of(monthDate(source.day)) : Optional.empty();
            owners = List.of(new Ownership(people[owner].id(), Optional.empty(), from, Optional.of(dateOf(handover, true))),
                    new Ownership(people[successor].id(), Optional.empty(), Optional.of(dateOf(handover, true)), Optional.empty()));
        } else if (o < 23) {
            int second = (owner + 1 + random.nextInt(people.length - 1)) % people.length;
            int strand = random.nextInt(STRANDS.length);
            owners = List.of(new Ownership(people[owner].id(), Optional.of(STRANDS[strand]), Optional.empty(), Optional.empty()),
                    new Ownership(people[second].id(), Optional.of(STRANDS[(strand + 1) % STRANDS.length]), Optional.empty(),
                            Optional.empty()));
        } else {
            owners = List.of(Ownership.of(people[owner].id()));
        }

        // links
        List<Link> links = new ArrayList<>(2);
        int dependsOn = -1;
        if (index > 0 && random.nextInt(100) < 6) {
            dependsOn = random.nextInt(index);
            String other = source.references[dependsOn];
            links.add(new Link(Link.Kind.DEPENDS_ON, source.ids[dependsOn], random.nextBoolean()
                    ? Optional.of("Item " + other + " and " + reference + " are directly linked. Delivery of " + reference
                            + " is dependent on " + other + ".")
                    : Optional.empty()));
        }
        if (duplicateOf >= 0) {
            links.add(new Link(Link.Kind.DUPLICATES, source.ids[duplicateOf],
                    Optional.of("Effectively a duplicate of " + source.references[duplicateOf] + " so closed")));
        }
        if (source.kind == Source.Kind.POST_IMPLEMENTATION_REVIEW && random.nextBoolean()) {
            links.add(new Link(Link.Kind.EXTERNAL_REFERENCE, "PIR Rec " + (index + 1 + random.nextInt(3)), Optional.empty()));
        } else if (source.followedUp.length > 0 && random.nextInt(100) < 40) {
            links.add(new Link(Link.Kind.FOLLOWS_UP, pick(source.followedUp), Optional.of("Follow up from the earlier audit")));
        } else if (source.kind == Source.Kind.INTERNAL_AUDIT && random.nextInt(100) < 1) {
            links.add(new Link(Link.Kind.EXTERNAL_REFERENCE, (dayDate(source.day).first().getYear() - 2) + " "
                    + AREA_TITLES[source.area] + " audit action plan", Optional.of("Follow up from an earlier audit - not implemented")));
        }

        Optional<ManagementResponse> response = response(source.day);
        requests.clear();
        List<TargetRevision> history = targetHistory(source.day, activeEnd, owner, successor, handover,
                dependsOn >= 0 ? source.references[dependsOn] : "");
        refusedExtension(activeEnd, owner, successor, handover);
        pendingExtension(history, owner, successor, handover);
        List<ProgressUpdate> updates = updates(source, noun, owner, successor, handover, history.size() >= 3);
        List<UpdateRequest> requests = openAtHorizon && random.nextInt(100) < 20
                ? updateRequests(updates.isEmpty() ? start : lastDay(updates), successor >= 0 ? successor : owner)
                : List.of();
        List<Action> actions = random.nextInt(100) < 10 ? actions(owner, activeEnd, start) : List.of();
        List<Evidence> evidence = evidenceDay >= 0 ? evidence(source.area, evidenceDay) : List.of();

        Recommendation.Builder builder = Recommendation.builder(source.ids[index], reference, recommendationText(noun), priority)
                .title(random.nextInt(10) < 9 ? pick(Vocabulary.RECOMMENDATION_TITLES) : "")
                .reportedTo(reportedTo)
                .owners(owners)
                .response(response)
                .targetHistory(history)
                .extensionRequests(extensionRequests())
                .updates(updates)
                .updateRequests(requests)
                .actions(actions)
                .links(List.copyOf(links))
                .decisions(List.copyOf(decisions))
                .evidence(evidence)
                .notes(extra.nextInt(1000) < NOTED ? notes[extra.nextInt(notes.length)] : Optional.empty())
                .marking(random.nextInt(100) < 1 ? SENSITIVE : Optional.empty());
        if (source.kind == Source.Kind.INSPECTION || source.kind == Source.Kind.REGULATOR_AUDIT) {
            int t = random.nextInt(10);
            builder.tags(t < 2 ? STATUTORY : t < 4 ? NON_STATUTORY : List.of());
        }
        return builder.build();
    }

    private String recommendationText(String noun) {
        text.setLength(0);
        if (random.nextBoolean()) {
            String[] finding = pick(Vocabulary.FINDING_SENTENCES);
            text.append(finding[0]).append(2 + random.nextInt(30)).append(' ').append(noun).append(finding[1]).append(' ');
        }
        String[] ask = pick(Vocabulary.RECOMMENDATION_SENTENCES);
        text.append(ask[0]).append(noun).append(ask[1]);
        if (random.nextInt(3) == 0) {
            String[] more = pick(Vocabulary.RECOMMENDATION_SENTENCES);
            if (more != ask) {
                text.append(' ').append(more[0]).append(noun).append(more[1]);
            }
        }
        return text.toString();
    }

    private Optional<ManagementResponse> response(int sourceDay) {
        if (random.nextInt(100) >= 92) {
            return Optional.empty();
        }
        ManagementResponse.Acceptance acceptance;
        String[] texts;
        int a = random.nextInt(100);
        if (scenario == Scenario.NOT_ACCEPTED && random.nextBoolean()) {
            acceptance = ManagementResponse.Acceptance.NOT_ACCEPTED;
            texts = Vocabulary.RESPONSE_NOT_ACCEPTED;
        } else if (a < 91) {
            acceptance = ManagementResponse.Acceptance.ACCEPTED;
            texts = Vocabulary.RESPONSE_ACCEPTED;
        } else {
            acceptance = ManagementResponse.Acceptance.PARTLY_ACCEPTED;
            texts = Vocabulary.RESPONSE_PARTLY;
        }
        Optional<PartialDate> date = random.nextInt(100) < 60 ? Optional.of(dateOf(sourceDay + random.nextInt(30), false)) : Optional.empty();
        return Optional.of(new ManagementResponse(acceptance, date, random.nextInt(10) == 0 ? "" : pick(texts), Optional.empty()));
    }

    // ---------------------------------------------------------------- lifecycle plan

    /** Chooses the lifecycle and fills in the plan fields: decisions, update segments, evidence. */
    private void plan(SourceContext source, int index, String forum, int start, String reference) {
        decisions.clear();
        aStart = start;
        aEnd = horizonDay;
        aClosing = false;
        bStart = 1;
        bEnd = 0;
        bClosing = false;
        evidenceDay = -1;
        openAtHorizon = true;
        finishedState = Action.State.IN_PROGRESS;
        duplicateOf = -1;
        closedFrom = -1;
        closedUntil = -1;
        int s = random.nextInt(1000);
        scenario = s < 420 ? Scenario.OPEN
                : s < 720 ? Scenario.CLOSED
                : s < 770 ? Scenario.PROPOSED
                : s < 810 ? Scenario.AGREED
                : s < 860 ? Scenario.FURTHER_EVIDENCE
                : s < 900 ? Scenario.HIBERNATED
                : s < 920 ? Scenario.SUPERSEDED
                : s < 935 ? Scenario.NOT_ACCEPTED
                : s < 960 ? Scenario.BUSINESS_AS_USUAL
                : s < 980 ? Scenario.REOPENED
                : s < 990 ? Scenario.DUPLICATE
                : s < 995 ? Scenario.RISK_ACCEPTED
                : Scenario.OPEN;
        boolean planned = switch (scenario) {
            case OPEN -> true;
            case CLOSED -> closure(start, forum, true, false);
            case PROPOSED -> proposal(start);
            case AGREED -> forum.equals(SORB) ? proposal(start) : closure(start, forum, false, false);
            case FURTHER_EVIDENCE -> furtherEvidence(start, forum);
            case HIBERNATED -> hibernation(start);
            case SUPERSEDED, NOT_ACCEPTED, BUSINESS_AS_USUAL, RISK_ACCEPTED -> ending(start, scenario);
            case REOPENED -> closure(start, forum, true, true);
            case DUPLICATE -> duplicate(start, source, index);
        };
        if (!planned) {
            scenario = Scenario.OPEN;
            decisions.clear();
            aStart = start;
            aEnd = horizonDay;
            aClosing = false;
            bStart = 1;
            bEnd = 0;
            evidenceDay = -1;
            openAtHorizon = true;
            finishedState = Action.State.IN_PROGRESS;
            duplicateOf = -1;
            closedFrom = -1;
            closedUntil = -1;
        }
    }

    /** Proposed by the owner, agreed by the board, closed by the panel (or closed by the board for its items). */
    private boolean closure(int start, String forum, boolean close, boolean reopen) {
        int agree = 14 + random.nextInt(50);
        int confirm = 28 + random.nextInt(100);
        int reopenGap = reopen ? 60 + random.nextInt(300) : 0;
        int latest = horizonDay - agree - (close ? confirm : 0) - reopenGap - (reopen ? 20 : 0);
        int earliest = start + 45;
        if (latest < earliest) {
            return false;
        }
        int proposed = earliest + random.nextInt(Math.min(latest - earliest, 1100) + 1);
        aEnd = proposed;
        aClosing = true;
        evidenceDay = proposed;
        decide(proposed, OWNER, GovernanceDecision.Kind.PROPOSED_CLOSED, proposedNote(proposed));
        int closedDay;
        if (forum.equals(SORB)) {
            closedDay = proposed + agree;
            decide(closedDay, SORB, GovernanceDecision.Kind.CLOSED, closedNote(closedDay, SORB));
        } else {
            decide(proposed + agree, SORB, GovernanceDecision.Kind.CLOSURE_AGREED, agreedNote(proposed + agree));
            if (!close) {
                openAtHorizon = false;
                finishedState = Action.State.PROPOSED_CLOSED;
                return true;
            }
            closedDay = proposed + agree + confirm;
            decide(closedDay, JARAP, GovernanceDecision.Kind.CLOSED, closedNote(closedDay, JARAP));
        }
        openAtHorizon = false;
        finishedState = Action.State.COMPLETE;
        if (reopen) {
            int reopened = closedDay + reopenGap;
            decide(reopened, JARAP, GovernanceDecision.Kind.REOPENED, noteWithMonth("Re-opened at ", reopened, " JARAP after a repeat finding by internal audit"));
            bStart = reopened + 1;
            bEnd = horizonDay;
            closedFrom = closedDay;
            closedUntil = reopened;
            openAtHorizon = true;
            finishedState = Action.State.IN_PROGRESS;
        }
        return true;
    }

    private boolean proposal(int start) {
        int earliest = start + 45;
        if (horizonDay < earliest) {
            return false;
        }
        int proposed = earliest + random.nextInt(Math.min(horizonDay - earliest, 1100) + 1);
        aEnd = proposed;
        aClosing = true;
        if (random.nextInt(10) < 6) {
            evidenceDay = proposed;
        }
        decide(proposed, OWNER, GovernanceDecision.Kind.PROPOSED_CLOSED, proposedNote(proposed));
        openAtHorizon = false;
        finishedState = Action.State.PROPOSED_CLOSED;
        return true;
    }

    /** Proposed and agreed, the panel asks for more evidence, proposed again and perhaps closed. */
    private boolean furtherEvidence(int start, String forum) {
        if (forum.equals(SORB)) {
            return closure(start, forum, true, false);
        }
        int agree = 14 + random.nextInt(50);
        int ask = 28 + random.nextInt(100);
        int again = 30 + random.nextInt(120);
        boolean close = random.nextBoolean();
        int agree2 = close ? 14 + random.nextInt(50) : 0;
        int confirm2 = close ? 28 + random.nextInt(100) : 0;
        int earliest = start + 45;
        int latest = horizonDay - agree - ask - again - agree2 - confirm2;
        if (latest < earliest) {
            return false;
        }
        int proposed = earliest + random.nextInt(Math.min(latest - earliest, 1100) + 1);
        decide(proposed, OWNER, GovernanceDecision.Kind.PROPOSED_CLOSED, proposedNote(proposed));
        decide(proposed + agree, SORB, GovernanceDecision.Kind.CLOSURE_AGREED, agreedNote(proposed + agree));
        int asked = proposed + agree + ask;
        String[] what = {"figures", "a copy of the latest audit", "a report on oversight and governance", "dip-sampling results"};
        decide(asked, JARAP, GovernanceDecision.Kind.FURTHER_EVIDENCE_REQUESTED,
                noteWithMonth("", asked, " JARAP asked for " + pick(what) + " before closure"));
        int proposedAgain = asked + again;
        decide(proposedAgain, OWNER, GovernanceDecision.Kind.PROPOSED_CLOSED, "Requested evidence provided; proposed for closure again");
        aEnd = proposed;
        aClosing = true;
        bStart = asked + 1;
        bEnd = proposedAgain;
        bClosing = true;
        evidenceDay = proposedAgain;
        openAtHorizon = false;
        finishedState = Action.State.PROPOSED_CLOSED;
        if (close) {
            decide(proposedAgain + agree2, SORB, GovernanceDecision.Kind.CLOSURE_AGREED, agreedNote(proposedAgain + agree2));
            int closed = proposedAgain + agree2 + confirm2;
            decide(closed, JARAP, GovernanceDecision.Kind.CLOSED, closedNote(closed, JARAP));
            finishedState = Action.State.COMPLETE;
        }
        return true;
    }

    private boolean hibernation(int start) {
        int earliest = start + 60;
        if (horizonDay - 10 < earliest) {
            return false;
        }
        int hibernated = earliest + random.nextInt(Math.min(horizonDay - 10 - earliest, 1500) + 1);
        String forum = random.nextBoolean() ? SORB : JARAP;
        decide(hibernated, forum, GovernanceDecision.Kind.HIBERNATED, pick(Vocabulary.HIBERNATION_NOTES));
        aEnd = hibernated;
        if (random.nextInt(10) < 6 && hibernated + 90 <= horizonDay - 30) {
            int resumed = hibernated + 90 + random.nextInt(Math.min(horizonDay - 30 - (hibernated + 90), 400) + 1);
            decide(resumed, forum, GovernanceDecision.Kind.RESUMED, noteWithMonth("Work resumed; tracking restarted at ", resumed, " " + forum));
            bStart = resumed + 1;
            bEnd = horizonDay;
        } else {
            openAtHorizon = false;
            finishedState = Action.State.HIBERNATED;
        }
        return true;
    }

    private boolean ending(int start, Scenario scenario) {
        int earliest = start + 60;
        if (horizonDay < earliest) {
            return false;
        }
        int day = earliest + random.nextInt(Math.min(horizonDay - earliest, 900) + 1);
        aEnd = day;
        openAtHorizon = false;
        switch (scenario) {
            case SUPERSEDED -> {
                decide(day, JARAP, GovernanceDecision.Kind.SUPERSEDED,
                        "Superseded by the recommendations of the " + (dayDate(day).first().getYear()) + " follow-up audit");
                finishedState = Action.State.CANCELLED;
            }
            case NOT_ACCEPTED -> {
                decide(day, JARAP, GovernanceDecision.Kind.NOT_ACCEPTED, "Not adopted: the risk is accepted by the Chief Officer Team");
                finishedState = Action.State.CANCELLED;
            }
            case RISK_ACCEPTED -> {
                decide(day, JARAP, GovernanceDecision.Kind.RISK_ACCEPTED,
                        "Risk accepted by the panel: the cost of the control outweighs the residual risk");
                finishedState = Action.State.CANCELLED;
            }
            default -> {
                decide(day, SORB, GovernanceDecision.Kind.MOVED_TO_BUSINESS_AS_USUAL,
                        "Moved to business as usual; monitored through the departmental performance meeting");
                finishedState = Action.State.BUSINESS_AS_USUAL;
            }
        }
        return true;
    }

    private boolean duplicate(int start, SourceContext source, int index) {
        int size = source.references.length;
        int earliest = start + 30;
        if (size < 2 || horizonDay < earliest) {
            return false;
        }
        duplicateOf = index > 0 ? random.nextInt(index) : 1 + random.nextInt(size - 1);
        int day = earliest + random.nextInt(Math.min(horizonDay - earliest, 700) + 1);
        decide(day, JARAP, GovernanceDecision.Kind.CLOSED,
                "Effectively a duplicate of " + source.references[duplicateOf] + " so closed");
        aEnd = day;
        openAtHorizon = false;
        finishedState = Action.State.DUPLICATE;
        return true;
    }

    private void decide(int day, String forum, GovernanceDecision.Kind kind, String note) {
        boolean month = forum.equals(OWNER) ? random.nextBoolean() : random.nextInt(10) < 7;
        Optional<String> minute = Optional.empty();
        if (forum.equals(JARAP) && random.nextInt(10) < 4) {
            minute = Optional.of((1 + random.nextInt(80)) + "/" + twoDigits(dayDate(day).first().getYear() % 100)
                    + (char) ('a' + random.nextInt(4)));
        }
        decisions.add(new GovernanceDecision(dateOf(day, month), forum, kind, minute, Optional.of(note), Optional.empty()));
    }

    private String proposedNote(int day) {
        return noteWithMonth("Update ", day, ": considered complete and proposed for closure");
    }

    private String agreedNote(int day) {
        return noteWithMonth("Agreed closed at ", day, " SORB. For JARAP to confirm closure.");
    }

    private String closedNote(int day, String forum) {
        return forum.equals(SORB)
                ? noteWithMonth("SORB - Agreed closed at ", day, " SORB (monitored by SORB)")
                : noteWithMonth("Closed at the ", day, " JARAP");
    }

    private String noteWithMonth(String before, int day, String after) {
        LocalDate date = dayDate(day).first();
        return before + MONTHS[date.getMonthValue() - 1] + " " + date.getYear() + after;
    }

    // ---------------------------------------------------------------- targets

    private List<TargetRevision> targetHistory(int sourceDay, int activeEnd, int owner, int successor, int handover, String dependsOn) {
        int entries = 1 + weighted(HISTORY_WEIGHTS);
        TargetRevision[] history = new TargetRevision[entries];
        int setOn = sourceDay + random.nextInt(30);
        Optional<PartialDate> originalDate = random.nextInt(10) < 7 ? Optional.of(dateOf(setOn, random.nextBoolean())) : Optional.empty();
        history[0] = new TargetRevision(target(setOn + 90 + random.nextInt(450), "", dependsOn), originalDate, Optional.empty(), Optional.empty());
        int from = setOn + 30;
        lifeFrom = from;
        int revisions = activeEnd > from ? entries - 1 : 0;
        int[] days = new int[revisions];
        for (int i = 0; i < revisions; i++) {
            days[i] = from + random.nextInt(activeEnd - from + 1);
        }
        Arrays.sort(days);
        for (int i = 0; i < revisions; i++) {
            int day = days[i];
            String prefix = random.nextBoolean() ? pick(Vocabulary.REVISION_PREFIXES) : "";
            Optional<String> reason = random.nextInt(10) < 6 ? pick(reasons) : Optional.empty();
            Optional<String> agreedBy = Optional.empty();
            int a = random.nextInt(10);
            if (a < 3) {
                agreedBy = personRefs[successor >= 0 && day >= handover ? successor : owner];
            } else if (a < 4) {
                agreedBy = random.nextBoolean() ? SORB_REF : JARAP_REF;
            }
            TargetDate target = target(day + 60 + random.nextInt(330), prefix, dependsOn);
            PartialDate revisedOn = dateOf(day, random.nextBoolean());
            if (extra.nextInt(1000) < APPROVED_EXTENSIONS && target.kind() != TargetDate.Kind.UNRECOGNISED && !closedNear(day)) {
                String forum = extensionForum();
                if (reason.isEmpty()) {
                    reason = extensionReasons[extra.nextInt(extensionReasons.length)];
                }
                agreedBy = forum.equals(SORB) ? SORB_REF : JARAP_REF;
                int asked = Math.max(from, day - 7 - extra.nextInt(60));
                ExtensionRequest.Decision approved = new ExtensionRequest.Decision(ExtensionRequest.Outcome.APPROVED, forum,
                        revisedOn, Optional.of(noteWithMonth("Extension agreed at the ", day, " " + forum)));
                requests.add(new Dated(asked, new ExtensionRequest(dateOf(asked, extra.nextBoolean()),
                        requester(asked, owner, successor, handover), askedFor(target, prefix), reason, Optional.of(approved),
                        extensionMarking())));
            }
            history[i + 1] = new TargetRevision(target, Optional.of(revisedOn), reason, agreedBy);
        }
        return List.of(revisions + 1 == entries ? history : Arrays.copyOf(history, revisions + 1));
    }

    // ---------------------------------------------------------------- extension requests

    /** Sometimes: a request for a later target made during the recommendation's active life and refused. */
    private void refusedExtension(int activeEnd, int owner, int successor, int handover) {
        if (extra.nextInt(1000) >= REFUSED_EXTENSIONS) {
            return;
        }
        int latest = activeEnd - 14;
        if (latest <= lifeFrom) {
            return;
        }
        int asked = lifeFrom + extra.nextInt(latest - lifeFrom + 1);
        int decided = Math.min(activeEnd, asked + 14 + extra.nextInt(50));
        if (closedNear(asked) || closedNear(decided)) {
            return;
        }
        String forum = extensionForum();
        ExtensionRequest.Decision refused = new ExtensionRequest.Decision(ExtensionRequest.Outcome.REFUSED, forum,
                dateOf(decided, extra.nextBoolean()), refusals[extra.nextInt(refusals.length)]);
        requests.add(new Dated(asked, new ExtensionRequest(dateOf(asked, extra.nextBoolean()), requester(asked, owner, successor, handover),
                requestedTarget(asked + 150 + extra.nextInt(300)), extensionReasons[extra.nextInt(extensionReasons.length)],
                Optional.of(refused), extensionMarking())));
    }

    /** Sometimes, for a recommendation open at the horizon: a request made in its last three months, not yet decided. */
    private void pendingExtension(List<TargetRevision> history, int owner, int successor, int handover) {
        if (!openAtHorizon || extra.nextInt(1000) >= PENDING_EXTENSIONS) {
            return;
        }
        int earliest = Math.max(lifeFrom, horizonDay - 90);
        if (closedFrom >= 0) {
            earliest = Math.max(earliest, closedUntil + 1);
        }
        if (earliest > horizonDay) {
            return;
        }
        int asked = earliest + extra.nextInt(horizonDay - earliest + 1);
        int current = history.get(history.size() - 1).target().deadline().map(d -> (int) d.toEpochDay()).orElse(asked);
        requests.add(new Dated(asked, new ExtensionRequest(dateOf(asked, extra.nextBoolean()), requester(asked, owner, successor, handover),
                requestedTarget(Math.max(current, asked) + 90 + extra.nextInt(270)),
                extensionReasons[extra.nextInt(extensionReasons.length)], Optional.empty(), extensionMarking())));
    }

    /** The requests gathered for the recommendation, in the order made. */
    private List<ExtensionRequest> extensionRequests() {
        if (requests.isEmpty()) {
            return List.of();
        }
        if (requests.size() > 1) {
            requests.sort(BY_DAY);
        }
        ExtensionRequest[] made = new ExtensionRequest[requests.size()];
        for (int i = 0; i < made.length; i++) {
            made[i] = requests.get(i).request();
        }
        return List.of(made);
    }

    /**
     * The target a request asked for that a revision then set: the revision's text without the words
     * put before a revised date ("revised to"), where that leaves the same deadline; else the same target.
     */
    private TargetDate askedFor(TargetDate revised, String prefix) {
        if (prefix.isEmpty() || !revised.text().startsWith(prefix) || revised.deadline().isEmpty()) {
            return revised;
        }
        TargetDate plain = parsed(revised.text().substring(prefix.length()));
        return plain.deadline().equals(revised.deadline()) ? plain : revised;
    }

    /** Whether a day falls in, or within a month of, the time a re-opened recommendation was closed. */
    private boolean closedNear(int day) {
        return closedFrom >= 0 && day >= closedFrom - 31 && day <= closedUntil + 31;
    }

    private String extensionForum() {
        return extra.nextInt(10) < 6 ? SORB : JARAP;
    }

    private Optional<String> requester(int day, int owner, int successor, int handover) {
        return extra.nextInt(10) < 8 ? personRefs[successor >= 0 && day >= handover ? successor : owner] : Optional.empty();
    }

    private Optional<String> extensionMarking() {
        return extra.nextInt(100) < 2 ? SENSITIVE : Optional.empty();
    }

    /** A dated target an owner asks for, written as requests write them, around the given deadline. */
    private TargetDate requestedTarget(int deadlineDay) {
        LocalDate d = LocalDate.ofEpochDay(deadlineDay);
        int y = d.getYear();
        int m = d.getMonthValue();
        int q = (m - 1) / 3 + 1;
        int last = d.lengthOfMonth();
        String written = switch (extra.nextInt(5)) {
            case 0, 1 -> MONTHS[m - 1] + " " + y;
            case 2 -> "End " + MONTHS[m - 1] + " " + y;
            case 3 -> last + ordinal(last) + " " + MONTHS[m - 1] + " " + y;
            default -> q + ordinal(q) + " quarter of " + y;
        };
        return parsed(written);
    }

    /** A target written the way people write them, around the given deadline, parsed once per distinct text. */
    private TargetDate target(int deadlineDay, String prefix, String dependsOn) {
        TargetDate.Kind kind = TARGET_KINDS[weighted(TARGET_WEIGHTS)];
        LocalDate d = LocalDate.ofEpochDay(deadlineDay);
        int y = d.getYear();
        int m = d.getMonthValue();
        int q = (m - 1) / 3 + 1;
        int f = random.nextInt(4);
        String written = switch (kind) {
            case DAY -> switch (f) {
                case 0, 1 -> prefix + d.getDayOfMonth() + ordinal(d.getDayOfMonth()) + " " + MONTHS[m - 1] + " " + y;
                case 2 -> prefix + d.getDayOfMonth() + " " + MONTHS_SHORT[m - 1] + " " + y;
                default -> prefix + twoDigits(d.getDayOfMonth()) + "/" + twoDigits(m) + "/" + y;
            };
            case MONTH -> switch (f) {
                case 0, 1 -> prefix + MONTHS[m - 1] + " " + y;
                case 2 -> prefix + "End " + MONTHS[m - 1] + " " + y;
                default -> prefix + "end of " + MONTHS[m - 1] + " " + y;
            };
            case QUARTER -> switch (f) {
                case 0 -> prefix + q + ordinal(q) + " quarter of " + y;
                case 1 -> prefix + "Q" + q + " " + y;
                case 2 -> prefix + "Qtr " + q + " " + y;
                default -> {
                    int fy = m >= 4 ? y : y - 1;
                    int fq = m >= 4 ? (m - 4) / 3 + 1 : 4;
                    yield prefix + "Q" + fq + " " + fy + "/" + twoDigits((fy + 1) % 100);
                }
            };
            case QUARTER_SPAN -> q >= 2
                    ? prefix + (f < 2 ? "Qtr " + (q - 1) + " / " + q + " " + y : "Q" + (q - 1) + "/Q" + q + " " + y)
                    : prefix + "Qtr 1 / 2 " + y;
            case YEAR -> prefix + (f < 2 ? "End of " + y : "By the end of " + y);
            case FINANCIAL_YEAR -> {
                int fy = m >= 4 ? y : y - 1;
                yield prefix + switch (f) {
                    case 0, 1 -> "End of " + fy + "/" + (fy + 1);
                    case 2 -> fy + "/" + twoDigits((fy + 1) % 100);
                    default -> "FY " + fy + "/" + twoDigits((fy + 1) % 100);
                };
            }
            case RANGE -> {
                LocalDate begin = d.minusMonths(3 + random.nextInt(4));
                yield prefix + switch (f) {
                    case 0 -> MONTHS[begin.getMonthValue() - 1] + " " + begin.getYear() + " to " + MONTHS_SHORT[m - 1] + " " + y;
                    case 1 -> "Within 12 to 18 months [" + MONTHS[begin.getMonthValue() - 1] + " " + begin.getYear() + " - "
                            + MONTHS_SHORT[m - 1] + " " + y + "]";
                    case 2 -> (m <= 6 ? "H1 " : "H2 ") + y;
                    default -> (m <= 5 ? "Spring " : m <= 8 ? "Summer " : "Autumn ") + y;
                };
            }
            case TBC -> pick(Vocabulary.TBC);
            case ONGOING -> pick(Vocabulary.ONGOING);
            case VARIOUS -> pick(Vocabulary.VARIOUS);
            case CONDITIONAL -> dependsOn.isEmpty() || f == 0 ? pick(Vocabulary.CONDITIONAL) : "Dependent on " + dependsOn;
            case RECURRING -> d.getDayOfMonth() + " " + MONTHS_SHORT[m - 1] + " " + y
                    + (f < 2 ? " then repeat as business as usual" : " then repeated quarterly");
            default -> pick(Vocabulary.UNRECOGNISED);
        };
        return parsed(written);
    }

    private TargetDate parsed(String written) {
        TargetDate target = targets.get(written);
        if (target == null) {
            target = TargetDate.parse(written);
            targets.put(written, target);
        }
        return target;
    }

    // ---------------------------------------------------------------- updates

    private List<ProgressUpdate> updates(SourceContext source, String noun, int owner, int successor, int handover, boolean delayed) {
        int mean = options.updatesPerRecommendation();
        int count = mean - mean / 2 + random.nextInt(2 * (mean / 2) + 1);
        if (count == 0) {
            return List.of();
        }
        boolean twoSegments = bEnd >= bStart;
        int countB = twoSegments ? Math.max(count >= 2 ? 1 : 0, (count * 3 + 5) / 10) : 0;
        int countA = count - countB;
        ProgressUpdate[] updates = new ProgressUpdate[count];
        boolean byMonth = random.nextInt(100) < 55;
        boolean percent = !twoSegments && extra.nextInt(1000) < PERCENT_TRACKED;
        fill(updates, 0, countA, aStart, aEnd, aClosing, true, source, noun, owner, successor, handover, delayed, byMonth, percent);
        if (countB > 0) {
            fill(updates, countA, countB, bStart, bEnd, bClosing, false, source, noun, owner, successor, handover, delayed, byMonth,
                    false);
        }
        return List.of(updates);
    }

    private void fill(ProgressUpdate[] out, int offset, int count, int from, int to, boolean closing, boolean first,
            SourceContext source, String noun, int owner, int successor, int handover, boolean delayed, boolean byMonth,
            boolean percent) {
        if (count == 0) {
            return;
        }
        int[] days = new int[count];
        int span = Math.max(0, to - from);
        for (int i = 0; i < count; i++) {
            days[i] = from + random.nextInt(span + 1);
        }
        if (closing) {
            days[count - 1] = to;
        }
        Arrays.sort(days);
        int[] complete = percent ? percentComplete(count, closing) : null;
        int early = first ? Math.max(1, count / 4) : 0;
        for (int i = 0; i < count; i++) {
            int day = days[i];
            boolean isClosing = closing && i == count - 1;
            String[] opening = isClosing ? Vocabulary.CLOSING : i < early ? Vocabulary.EARLY : Vocabulary.MIDDLE;
            Optional<String> author = random.nextInt(10) < 6 ? personRefs[successor >= 0 && day >= handover ? successor : owner] : Optional.empty();
            Optional<UpdateSections> sections = source.sectioned ? Optional.of(sections(isClosing)) : Optional.empty();
            Optional<DegreeMet> degree = isClosing && source.kind == Source.Kind.INSPECTION
                    ? Optional.of(random.nextInt(10) < 7 ? DegreeMet.COMPLETELY : DegreeMet.SIGNIFICANTLY)
                    : Optional.empty();
            boolean month = byMonth && day - dayDate(day).first().getDayOfMonth() + 1 > source.day;
            out[offset + i] = new ProgressUpdate(dateOf(day, month), author, updateText(opening, noun, delayed && !isClosing),
                    sections, degree, complete == null ? Optional.empty() : percents[complete[i]],
                    random.nextInt(100) < 5 ? SENSITIVE : Optional.empty());
        }
    }

    /**
     * Percent complete for a run of updates, in steps of five, rising with each update; 100 only on the
     * update that proposes closure, at most 95 before it.
     */
    private int[] percentComplete(int count, boolean closing) {
        int[] complete = new int[count];
        int previous = 0;
        for (int i = 0; i < count; i++) {
            int value;
            if (closing && i == count - 1) {
                value = 100;
            } else {
                int base = (i + 1) * 90 / (count + 1);
                value = Math.min(95, Math.max(previous, (base + extra.nextInt(11) - 5 + 2) / 5 * 5));
            }
            complete[i] = Math.max(0, value);
            previous = complete[i];
        }
        return complete;
    }

    private UpdateSections sections(boolean closing) {
        return new UpdateSections(
                pick(achieved),
                closing ? Optional.empty() : pick(left),
                !closing && random.nextInt(10) < 3 ? pick(barriers) : Optional.empty(),
                closing, closing);
    }

    /** A paragraph or two, 200 to about 1,200 characters, from the phrase lists. */
    private String updateText(String[] opening, String noun, boolean delayed) {
        double u = random.nextDouble();
        int length = 200 + (int) (850 * u * u * u);
        boolean twoParagraphs = length > 420 && random.nextInt(10) < 7;
        int firstLength = twoParagraphs ? length * 3 / 5 : length;
        text.setLength(0);
        text.append(pick(opening));
        if (delayed) {
            text.append(' ').append(pick(Vocabulary.DELAY));
        }
        while (text.length() < firstLength) {
            text.append(' ');
            sentence(noun);
        }
        if (twoParagraphs) {
            text.append("\n\n").append(pick(Vocabulary.NEXT_STEPS));
            while (text.length() < length) {
                text.append(' ');
                if (random.nextBoolean()) {
                    text.append(pick(Vocabulary.NEXT_STEPS));
                } else {
                    sentence(noun);
                }
            }
        }
        return text.toString();
    }

    private void sentence(String noun) {
        switch (random.nextInt(7)) {
            case 0 -> text.append("A dip sample of ").append(10 + random.nextInt(190)).append(' ').append(noun)
                    .append(" records in ").append(MONTHS[random.nextInt(12)]).append(" found ").append(50 + random.nextInt(50))
                    .append("% fully compliant.");
            case 1 -> {
                int of = 3 + random.nextInt(12);
                text.append(1 + random.nextInt(of)).append(" of the ").append(of).append(" actions in the plan are now complete.");
            }
            case 2 -> text.append("Training has been delivered to ").append(20 + random.nextInt(900))
                    .append(" officers and staff, with further sessions booked.");
            case 3 -> text.append("The ").append(noun).append(" procedure was discussed at the ").append(MONTHS[random.nextInt(12)])
                    .append(" SORB and the changes were agreed.");
            case 4 -> text.append("Monthly checks of ").append(noun)
                    .append(" records are now carried out by supervisors and exceptions are reported to the owner.");
            default -> text.append(pick(Vocabulary.MIDDLE));
        }
    }

    private List<UpdateRequest> updateRequests(int lastUpdate, int person) {
        int count = 1 + random.nextInt(4);
        int from = Math.max(aStart, lastUpdate - 90);
        if (from > horizonDay) {
            return List.of();
        }
        int[] days = new int[count];
        for (int i = 0; i < count; i++) {
            days[i] = from + random.nextInt(horizonDay - from + 1);
        }
        Arrays.sort(days);
        UpdateRequest[] requests = new UpdateRequest[count];
        for (int i = 0; i < count; i++) {
            LocalDate on = dayDate(days[i]).first();
            Optional<LocalDate> answered = days[i] <= lastUpdate ? Optional.of(dayDate(lastUpdate).first()) : Optional.empty();
            requests[i] = new UpdateRequest(on, random.nextInt(10) < 8 ? personRefs[person] : Optional.empty(),
                    random.nextInt(10) < 7 ? Optional.of(LocalDate.ofEpochDay(days[i] + 14L)) : Optional.empty(), answered);
        }
        return List.of(requests);
    }

    private int lastDay(List<ProgressUpdate> updates) {
        return (int) updates.get(updates.size() - 1).date().last().toEpochDay();
    }

    // ---------------------------------------------------------------- actions and evidence

    private List<Action> actions(int owner, int activeEnd, int start) {
        int count = 2 + random.nextInt(5);
        Action[] actions = new Action[count];
        for (int i = 0; i < count; i++) {
            Action.State state = switch (finishedState) {
                case IN_PROGRESS -> openState();
                case PROPOSED_CLOSED -> random.nextInt(10) < 8 ? Action.State.COMPLETE : Action.State.PROPOSED_CLOSED;
                default -> finishedState;
            };
            List<Ownership> owners = random.nextBoolean() ? List.of(Ownership.of(people[owner].id())) : List.of();
            List<TargetRevision> target = random.nextInt(10) < 4
                    ? List.of(TargetRevision.of(target(start + 60 + random.nextInt(500), "", "")))
                    : List.of();
            Optional<PartialDate> stateDate = state != Action.State.NOT_STARTED && random.nextBoolean()
                    ? Optional.of(dateOf(start + random.nextInt(Math.max(1, activeEnd - start + 1)), true))
                    : Optional.empty();
            actions[i] = new Action(String.valueOf(i + 1), pick(Vocabulary.LEFT), owners, target, state, stateDate, Optional.empty());
        }
        return List.of(actions);
    }

    private Action.State openState() {
        int s = random.nextInt(10);
        return s < 2 ? Action.State.NOT_STARTED : s < 7 ? Action.State.IN_PROGRESS : Action.State.COMPLETE;
    }

    private List<Evidence> evidence(int area, int day) {
        int count = random.nextInt(10) < 7 ? 1 : 2;
        Evidence[] evidence = new Evidence[count];
        for (int i = 0; i < count; i++) {
            String[] description = pick(Vocabulary.EVIDENCE);
            int figures = random.nextInt(4);
            String[] written = new String[figures];
            for (int fi = 0; fi < figures; fi++) {
                written[fi] = figure(AREA_NOUNS[area]);
            }
            Optional<String> document = random.nextInt(10) < 4
                    ? Optional.of(AREA_TITLES[area] + " procedure v" + (1 + random.nextInt(4)) + ".docx")
                    : Optional.empty();
            evidence[i] = new Evidence(description[0] + AREA_NOUNS[area] + description[1],
                    Optional.of(dateOf(Math.max(firstDay, day - random.nextInt(60)), random.nextBoolean())), document,
                    List.of(written), random.nextInt(100) < 5 ? SENSITIVE : Optional.empty());
        }
        return List.of(evidence);
    }

    private String figure(String noun) {
        int tenths = 500 + random.nextInt(500);
        String percent = (tenths / 10) + "." + (tenths % 10) + "%";
        return switch (random.nextInt(4)) {
            case 0 -> percent + " of " + noun + " records fully compliant";
            case 1 -> "sample: " + (10 + random.nextInt(190)) + " records";
            case 2 -> (20 + random.nextInt(900)) + " officers and staff trained";
            default -> "Overall workforce " + (500 + random.nextInt(3000)) + " - " + percent;
        };
    }

    // ---------------------------------------------------------------- dates and small helpers

    /** The day, or its month where asked and the month has ended by the horizon. */
    private PartialDate dateOf(int day, boolean month) {
        return month && day < monthFitsBefore ? monthDate(day) : dayDate(day);
    }

    private PartialDate dayDate(int day) {
        int i = day - firstDay;
        PartialDate date = dayDates[i];
        if (date == null) {
            date = PartialDate.of(LocalDate.ofEpochDay(day));
            dayDates[i] = date;
        }
        return date;
    }

    private PartialDate monthDate(int day) {
        LocalDate first = dayDate(day).first();
        int i = first.getYear() * 12 + first.getMonthValue() - 1 - firstMonthIndex;
        PartialDate date = monthDates[i];
        if (date == null) {
            date = PartialDate.ofMonth(first.getYear(), first.getMonthValue());
            monthDates[i] = date;
        }
        return date;
    }

    /** Each phrase wrapped once, so that records can share the wrappers. */
    @SuppressWarnings("unchecked")
    private static Optional<String>[] optionals(String[] phrases) {
        Optional<String>[] wrapped = new Optional[phrases.length];
        for (int i = 0; i < phrases.length; i++) {
            wrapped[i] = Optional.of(phrases[i]);
        }
        return wrapped;
    }

    /** Percent values 0 to 100, each wrapped once. */
    @SuppressWarnings("unchecked")
    private static Optional<Integer>[] percents() {
        Optional<Integer>[] wrapped = new Optional[101];
        for (int i = 0; i <= 100; i++) {
            wrapped[i] = Optional.of(i);
        }
        return wrapped;
    }

    private int weighted(int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String ordinal(int n) {
        if (n % 100 >= 11 && n % 100 <= 13) {
            return "th";
        }
        return switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }

    private static String financialYear(int start) {
        return start + "/" + twoDigits((start + 1) % 100);
    }

    /** Lower-case letters and digits joined by single hyphens: "Seized &amp; Found Property" becomes "seized-found-property". */
    static String slug(String title) {
        StringBuilder out = new StringBuilder(title.length());
        boolean gap = false;
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (gap && out.length() > 0) {
                    out.append('-');
                }
                out.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return out.toString();
    }
}
