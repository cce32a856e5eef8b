package io.github.rectrack.export.xlsx;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.model.Register;
import org.junit.jupiter.api.Test;

/**
 * A register that would overflow a sheet is refused before any work, naming the sheet and the rows it needs (a
 * 100,000-recommendation register with ten updates each needs more Updates rows than Excel's 1,048,575; the
 * same check is shown here with a smaller limit on the 2020 register, whose 27 recommendations have 116 updates).
 */
class RowLimitTest {

    final Register register = ReferenceRegister.LEICESTERSHIRE_2020.load();

    @Test
    void theFirstSheetOverItsLimitIsNamedWithItsRows() {
        assertThatIllegalArgumentException().isThrownBy(() -> XlsxExporter.checkRowLimits(register, 100))
                .withMessage("the sheet 'Updates' would need 116 rows, more than the 100 a sheet holds below its header; nothing was"
                        + " written: write the register as JSON or CSV, or a smaller part of it (one forum, fewer sources)");
        assertThatIllegalArgumentException().isThrownBy(() -> XlsxExporter.checkRowLimits(register, 26))
                .withMessageStartingWith("the sheet 'Recommendations' would need 27 rows, more than the 26 ");
    }

    @Test
    void aRegisterThatFitsPasses() {
        assertThatCode(() -> XlsxExporter.checkRowLimits(register, 116)).doesNotThrowAnyException();
        assertThatCode(() -> XlsxExporter.checkRowLimits(register, 1_048_575)).doesNotThrowAnyException();
    }
}
