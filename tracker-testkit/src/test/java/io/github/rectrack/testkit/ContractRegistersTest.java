package io.github.rectrack.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectrack.engine.spi.Report;
import io.github.rectrack.engine.spi.rag.Rag;
import io.github.rectrack.engine.status.Status;
import io.github.rectrack.engine.validation.RegisterValidator;
import io.github.rectrack.model.ExtensionRequest;
import io.github.rectrack.model.GovernanceDecision;
import io.github.rectrack.model.ManagementResponse;
import io.github.rectrack.model.Recommendation;
import io.github.rectrack.model.Register;
import io.github.rectrack.model.TargetDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The registers the contracts round-trip are valid and hold every fact a format must carry. */
class ContractRegistersTest {

    private static Recommendation recommendation(Register register, String id) {
        return register.recommendations().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theRegistersAreValid() {
        try (RegisterValidator validator = new RegisterValidator()) {
            // closures without evidence are warnings, which the register keeps to test exporters with
            assertThat(validator.validate(ContractRegisters.everyStatusAndColour()).errors()).isEmpty();
            assertThat(validator.validate(ContractRegisters.empty()).findings()).isEmpty();
            assertThat(validator.validate(RestrictedRegister.withPaperSettings()).errors()).isEmpty();
        }
    }

    @Test
    void everyStatusAndColourOccursOnTheDay() {
        var states = Report.builder(ContractRegisters.everyStatusAndColour()).asOf(ContractRegisters.DAY).build().evaluation().states();
        assertThat(states).extracting(s -> s.status()).contains(Status.values());
        assertThat(states).extracting(s -> s.rag()).contains(Rag.values());
        assertThat(states).filteredOn(s -> s.id().equals("overdue")).extracting(s -> s.rag()).containsExactly(Rag.RED);
    }

    @Test
    void holdsEveryFactBeyondStatuses() {
        Register register = ContractRegisters.everyStatusAndColour();
        assertThat(register.asOf()).contains(ContractRegisters.STATED_AS_OF);

        Recommendation overdue = recommendation(register, "overdue");
        assertThat(overdue.extensionRequests()).extracting(r -> r.decision().map(ExtensionRequest.Decision::outcome))
                .containsExactly(Optional.of(ExtensionRequest.Outcome.APPROVED), Optional.of(ExtensionRequest.Outcome.REFUSED), Optional.empty());
        assertThat(overdue.targetHistory()).extracting(t -> t.target().text()).containsExactly("End March 2023", "30 September 2023");
        assertThat(overdue.targetHistory().get(1).agreedBy()).contains("SORB");
        assertThat(overdue.extensionRequests().get(2).target().kind()).isEqualTo(TargetDate.Kind.QUARTER);
        assertThat(overdue.statedRag()).contains("A");

        Recommendation within = recommendation(register, "within-target");
        assertThat(within.updates().get(0).percentComplete()).contains(40);
        assertThat(within.statedStatus()).contains("On track");
        assertThat(within.statedRag()).contains("Green");
        assertThat(within.notes()).contains("Quotes held by the estates team;\n=café refit next");

        assertThat(recommendation(register, "hibernated").response().flatMap(ManagementResponse::acceptance)).isEmpty();
        assertThat(recommendation(register, "hibernated").response()).isPresent();
        assertThat(recommendation(register, "risk-accepted").decisions()).singleElement()
                .satisfies(d -> assertThat(d.kind()).isEqualTo(GovernanceDecision.Kind.RISK_ACCEPTED))
                .satisfies(d -> assertThat(d.forum()).isEqualTo("JARAP"));
    }
}
