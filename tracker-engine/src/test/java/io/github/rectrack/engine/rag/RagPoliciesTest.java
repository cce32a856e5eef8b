package io.github.rectrack.engine.rag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rectrack.engine.spi.rag.RagPolicy;
import io.github.rectrack.engine.spi.rag.RagSettings;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RagPoliciesTest {

    @Test
    void findsTheBuiltInPoliciesAndAThirdOneOnTheClassPath() {
        RagPolicies policies = RagPolicies.discover();
        assertThat(policies.all().keySet()).containsExactlyInAnyOrder("reference", "priority", "slippage");
        assertThat(policies.byId("slippage")).isInstanceOf(BusyBoardPolicy.class);
        assertThat(policies.failures()).isEmpty();
    }

    @Test
    void anUnknownIdListsThePoliciesThereAre() {
        assertThatThrownBy(() -> RagPolicies.discover().byId("traffic-lights"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no RAG policy has id 'traffic-lights'; the policies are [priority, reference, slippage]");
    }

    @Test
    void canBeBuiltByHandWithoutDiscovery() {
        RagPolicies policies = RagPolicies.builder().discover(false).add(new ReferenceRagPolicy()).build();
        assertThat(policies.all().keySet()).containsExactly("reference");
        assertThat(policies.find("priority")).isEmpty();
    }

    @Test
    void twoPoliciesClaimingOneIdIsAnErrorNamingBoth() {
        RagPolicy impostor = new RagPolicy() {
            @Override
            public String id() {
                return "reference";
            }

            @Override
            public Colouring configure(RagSettings settings) {
                return item -> io.github.rectrack.engine.spi.rag.Rag.GREEN;
            }
        };
        assertThatThrownBy(() -> RagPolicies.builder().add(impostor).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("two RAG policies claim id 'reference': io.github.rectrack.engine.rag.ReferenceRagPolicy (file:")
                .hasMessageContaining(") and io.github.rectrack.engine.rag.RagPoliciesTest$1 (file:");
    }

    @Test
    void aPolicyThatFailsToLoadIsReportedAndTheOthersKeepWorking(@TempDir Path dir) throws IOException {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(RagPolicy.class.getName()),
                BrokenPolicy.class.getName() + "\nno.such.Policy\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            RagPolicies policies = RagPolicies.builder().classLoader(loader).build();
            assertThat(policies.all().keySet()).containsExactlyInAnyOrder("reference", "priority", "slippage");
            assertThat(policies.failures()).hasSize(2);
            assertThat(policies.failures().get(0)).contains(BrokenPolicy.class.getName()).contains("licence file missing");
            assertThat(policies.failures().get(1)).contains("Provider no.such.Policy not found");
            assertThatThrownBy(() -> policies.byId("broken")).hasMessageContaining("(some plug-ins failed to load: ");
        }
    }
}
