package io.github.rectrack.engine.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectrack.engine.Fixtures;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.Recommendation;
import io.github.rectrack.model.Source;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reference reporting rules of the 2020 paper, paragraph 5, as configured in the scheme. */
class RoutingTest {

    private final Routing routing = new Routing(Fixtures.scheme());

    @ParameterizedTest(name = "{0} assurance, {1} -> {2}")
    @CsvSource(nullValues = "none", value = {
            "Substantial,  Fundamental,  JARAP, false, 0",
            "Satisfactory, Significant,  JARAP, false, 0",
            "Satisfactory, Housekeeping, SORB,  false, 1",
            "Substantial,  Housekeeping, SORB,  false, 1",
            "Limited,      Housekeeping, JARAP, true,  2",
            "Limited,      Fundamental,  JARAP, true,  2",
            "No assurance, Housekeeping, JARAP, true,  2",
            "none,         Housekeeping, JARAP, false, none",
    })
    void routesByAssuranceAndPriority(String assurance, String priority, String forum, boolean wholeReport, Integer rule) {
        Routing.Route route = routing.route(source(assurance), recommendation(priority));
        assertThat(route.forum()).isEqualTo(forum);
        assertThat(route.wholeReport()).isEqualTo(wholeReport);
        assertThat(route.rule()).isEqualTo(Optional.ofNullable(rule));
    }

    @ParameterizedTest
    @CsvSource({"Satisfactory", "Limited"})
    void aRecommendationsOwnForumWins(String assurance) {
        Recommendation kept = recommendation("Housekeeping").toBuilder().reportedTo(Optional.of("SORB")).build();
        assertThat(routing.route(source(assurance), kept)).isEqualTo(new Routing.Route("SORB", false, Optional.empty()));
    }

    private static Source source(String assurance) {
        return new Source("s", Source.Kind.INTERNAL_AUDIT, "Audit", Optional.of("Mazars"), Optional.of(PartialDate.ofYear(2020)),
                Optional.ofNullable(assurance), Optional.empty(), Optional.empty(), List.of());
    }

    private static Recommendation recommendation(String priority) {
        return Recommendation.builder("r", "4.1", "text", priority).build();
    }
}
