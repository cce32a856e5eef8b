package io.github.rectrack.engine;

import io.github.rectrack.model.Action;
import io.github.rectrack.model.DegreeMet;
import io.github.rectrack.model.Evidence;
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
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.time.api.Dates;

/**
 * jqwik generators for whole registers: every record, every enum value, optional parts present and
 * absent, text with quotes, control characters and characters outside ASCII. The registers are
 * structurally valid (they build) but not referentially consistent; they exercise formats, not rules.
 */
public final class RegisterArbitraries {

    private RegisterArbitraries() {}

    /** Text with at least one character other than white space. */
    public static Arbitrary<String> text() {
        Arbitrary<String> body = Arbitraries.strings()
                .withCharRange(' ', '~')
                .withCharRange('\u00a0', '\u024f')
                .withChars('\n', '\t', '\r', '"', '\\', '–', '’', '£', '€', '\u0001')
                .ofMaxLength(40);
        return Combinators.combine(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(3), body).as((a, b) -> a + b);
    }

    private static Arbitrary<Optional<String>> optionalText() {
        return text().optional(0.5);
    }

    private static <T> Arbitrary<List<T>> lists(Arbitrary<T> element, int max) {
        return element.list().ofMaxSize(max);
    }

    private static Arbitrary<LocalDate> day() {
        return Dates.dates().between(LocalDate.of(1999, 1, 1), LocalDate.of(2030, 12, 31));
    }

    /** Dates known to the day, month or year. */
    public static Arbitrary<PartialDate> partialDate() {
        return Arbitraries.oneOf(
                day().map(PartialDate::of),
                day().map(d -> PartialDate.ofMonth(d.getYear(), d.getMonthValue())),
                day().map(d -> PartialDate.ofYear(d.getYear())));
    }

    /** Targets of every kind: parsed from typical text, and built directly with arbitrary text. */
    public static Arbitrary<TargetDate> targetDate() {
        Arbitrary<TargetDate> parsed = Arbitraries.of(
                "7 May 2020", "March 2019", "1st quarter of 2020", "Qtr 3 / 4 2024", "Within 12 to 18 months [July 2024 – Jan 2025]",
                "TBC", "Ongoing", "Various", "Dependent on 8.2", "Conclusion of pandemic", "23 Apr 2020 then repeat as business as usual",
                "End of 2002/2003", "end of 2002", "no idea").map(TargetDate::parse);
        Arbitrary<TargetDate> dated = Combinators.combine(text(), Arbitraries.of(TargetDate.Kind.values()).filter(TargetDate.Kind::hasDeadline), day(),
                Arbitraries.integers().between(0, 400)).as((t, k, from, length) ->
                new TargetDate(t, k, Optional.of(from), Optional.of(from.plusDays(length))));
        Arbitrary<TargetDate> undated = Combinators.combine(text(), Arbitraries.of(TargetDate.Kind.values()).filter(k -> !k.hasDeadline()),
                day().optional(0.3)).as((t, k, from) -> new TargetDate(t, k, from, Optional.empty()));
        return Arbitraries.oneOf(parsed, dated, undated);
    }

    private static Arbitrary<Ownership> ownership() {
        return Combinators.combine(text(), optionalText(), partialDate().optional(0.3), partialDate().optional(0.3)).as(Ownership::new);
    }

    private static Arbitrary<TargetRevision> targetRevision() {
        return Combinators.combine(targetDate(), partialDate().optional(0.6), optionalText(), optionalText()).as(TargetRevision::new);
    }

    private static Arbitrary<ProgressUpdate> update() {
        Arbitrary<UpdateSections> sections = Combinators.combine(optionalText(), optionalText(), optionalText(),
                Arbitraries.of(true, false), Arbitraries.of(true, false)).as(UpdateSections::new);
        return Combinators.combine(partialDate(), optionalText(), text(), sections.optional(0.3),
                Arbitraries.of(DegreeMet.class).optional(0.3), optionalText()).as(ProgressUpdate::new);
    }

    private static Arbitrary<Action> action() {
        return Combinators.combine(text(), text(), lists(ownership(), 2), lists(targetRevision(), 2), Arbitraries.of(Action.State.class),
                partialDate().optional(0.4), optionalText()).as(Action::new);
    }

    private static Arbitrary<GovernanceDecision> decision() {
        return Combinators.combine(partialDate(), text(), Arbitraries.of(GovernanceDecision.Kind.class), optionalText(), optionalText(),
                optionalText()).as(GovernanceDecision::new);
    }

    private static Arbitrary<Evidence> evidence() {
        return Combinators.combine(text(), partialDate().optional(0.5), optionalText(), lists(text(), 3), optionalText()).as(Evidence::new);
    }

    private static Arbitrary<UpdateRequest> updateRequest() {
        return Combinators.combine(day(), optionalText(), day().optional(0.5), day().optional(0.5)).as(UpdateRequest::new);
    }

    /** Recommendations with every part generated. */
    public static Arbitrary<Recommendation> recommendation() {
        Arbitrary<ManagementResponse> response = Combinators.combine(Arbitraries.of(ManagementResponse.Acceptance.class),
                partialDate().optional(0.5), Arbitraries.oneOf(text(), Arbitraries.just("")), optionalText()).as(ManagementResponse::new);
        Arbitrary<Link> link = Combinators.combine(Arbitraries.of(Link.Kind.class), text(), optionalText()).as(Link::new);
        Arbitrary<Recommendation.Builder> head = Combinators.combine(text(), text(), Arbitraries.oneOf(text(), Arbitraries.just("")), text(), text(),
                lists(text(), 2), optionalText(), lists(ownership(), 3)).as((id, ref, title, body, priority, tags, reportedTo, owners) ->
                Recommendation.builder(id, ref, body, priority).title(title).tags(tags).reportedTo(reportedTo).owners(owners));
        return Combinators.combine(head, response.optional(0.6), lists(targetRevision(), 4), lists(update(), 4), lists(updateRequest(), 2),
                lists(action(), 3), lists(link, 2), lists(decision(), 3)).as((b, resp, targets, updates, requests, actions, links, decisions) ->
                b.response(resp).targetHistory(targets).updates(updates).updateRequests(requests).actions(actions).links(links).decisions(decisions))
                .flatMap(b -> Combinators.combine(lists(evidence(), 2), optionalText()).as((ev, marking) -> b.evidence(ev).marking(marking).build()));
    }

    private static Arbitrary<Source> source() {
        return Combinators.combine(text(), Arbitraries.of(Source.Kind.class), text(), optionalText(), partialDate().optional(0.7), optionalText(),
                        optionalText(), optionalText())
                .as((id, kind, title, by, date, assurance, followUp, marking) -> (Function<List<Recommendation>, Source>) recommendations ->
                        new Source(id, kind, title, by, date, assurance, followUp, marking, recommendations))
                .flatMap(withRecommendations -> lists(recommendation(), 3).map(withRecommendations));
    }

    private static Arbitrary<Scheme> scheme() {
        Arbitrary<Forum> forum = Combinators.combine(text(), text(), Arbitraries.of(Forum.Role.class)).as(Forum::new);
        Arbitrary<ReportingRule> rule = Combinators.combine(optionalText(), optionalText(), lists(text(), 3), text(), Arbitraries.of(true, false))
                .as(ReportingRule::new);
        Arbitrary<ReportingRules> rules = Combinators.combine(lists(rule, 3), text()).as(ReportingRules::new);
        return Combinators.combine(text().list().ofMinSize(1).ofMaxSize(4), text().list().ofMinSize(1).ofMaxSize(4),
                text().list().ofMinSize(1).ofMaxSize(3), lists(forum, 3), text(), Arbitraries.maps(text(), text()).ofMaxSize(3), rules)
                .as(Scheme::new);
    }

    /** Whole registers of up to four sources. */
    public static Arbitrary<Register> register() {
        Arbitrary<Person> person = Combinators.combine(text(), text(), optionalText(), optionalText(), lists(text(), 2)).as(Person::new);
        return Combinators.combine(text(), text(), scheme(), lists(person, 4), lists(source(), 4)).as(Register::new);
    }
}
