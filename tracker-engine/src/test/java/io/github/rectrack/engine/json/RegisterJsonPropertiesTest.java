package io.github.rectrack.engine.json;

import io.github.rectrack.engine.RegisterArbitraries;
import io.github.rectrack.engine.spi.ImportResult;
import io.github.rectrack.model.Register;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import static org.assertj.core.api.Assertions.assertThat;

class RegisterJsonPropertiesTest {

    private final RegisterJson json = new RegisterJson();

    @Provide
    Arbitrary<Register> registers() {
        return RegisterArbitraries.register();
    }

    @Property(tries = 80)
    void writeThenReadGivesAnEqualRegister(@ForAll("registers") Register register) {
        ImportResult back = json.read(json.writeToString(register), "generated");
        assertThat(back.findings()).isEmpty();
        assertThat(back.register()).contains(register);
    }

    @Property(tries = 20)
    void theCanonicalFormIsAFixedPoint(@ForAll("registers") Register register) {
        String once = json.writeToString(register);
        String twice = json.writeToString(json.read(once, "generated").orElseThrow());
        assertThat(twice).isEqualTo(once);
    }
}
