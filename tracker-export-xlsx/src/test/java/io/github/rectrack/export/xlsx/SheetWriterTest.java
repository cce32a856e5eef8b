package io.github.rectrack.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rectrack.engine.spi.WorkProgress;
import io.github.rectrack.model.Person;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.junit.jupiter.api.Test;

/**
 * A list sheet is started for the rows it will have, then written: with more or fewer rows than it was started for
 * it fails rather than leave an autofilter over the wrong rows, and it stops when its rows are no longer wanted.
 */
class SheetWriterTest {

    static final List<Person> PEOPLE = List.of(new Person("p1", "Head of Audit", Optional.of("HA"), Optional.empty()),
            new Person("p2", "Chief Finance Officer", Optional.of("CFO"), Optional.empty()));

    private static int write(long startedFor, List<Person> people, java.util.function.BooleanSupplier stopped) throws IOException {
        try (TrackerWorkbook workbook = new TrackerWorkbook(XlsxExporter.ROW_WINDOW)) {
            Styles styles = new Styles(workbook);
            SXSSFSheet sheet = workbook.createSheet(TrackerLayout.PEOPLE.name());
            SheetWriter.ListSheet<Person> list = SheetWriter.start(sheet, TrackerLayout.PEOPLE, startedFor, styles, Map.of());
            RowsWritten counted = new RowsWritten(WorkProgress.NONE, Map.of(TrackerLayout.PEOPLE.name(), startedFor));
            int rows = list.write(people.iterator(), counted, stopped);
            assertThat(counted.count()).isEqualTo(rows);
            return rows;
        }
    }

    @Test
    void writesTheRowsItWasStartedFor() throws IOException {
        assertThat(write(2, PEOPLE, () -> false)).isEqualTo(2);
    }

    @Test
    void moreOrFewerRowsThanItWasStartedForFail() {
        assertThatThrownBy(() -> write(1, PEOPLE, () -> false)).isInstanceOf(IllegalStateException.class)
                .hasMessage("sheet 'People' was started for 1 data rows, but more came");
        assertThatThrownBy(() -> write(3, PEOPLE, () -> false)).isInstanceOf(IllegalStateException.class)
                .hasMessage("sheet 'People' was started for 3 data rows, but only 2 came");
    }

    @Test
    void itStopsWhenItsRowsAreNoLongerWanted() {
        AtomicInteger asked = new AtomicInteger();
        assertThatThrownBy(() -> write(2, PEOPLE, () -> asked.incrementAndGet() > 1)).isInstanceOf(CancellationException.class)
                .hasMessage("the rows of sheet 'People' are no longer wanted");
        assertThat(asked).as("asked before each row, and stopped before the second").hasValue(2);
    }

    @Test
    void aSheetTooLongForExcelIsRefusedWhenStarted() throws IOException {
        try (TrackerWorkbook workbook = new TrackerWorkbook(XlsxExporter.ROW_WINDOW)) {
            Styles styles = new Styles(workbook);
            assertThatThrownBy(() -> SheetWriter.start(workbook.createSheet("People"), TrackerLayout.PEOPLE, 1_048_576, styles, Map.of()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("sheet 'People' would have more than 1048575 rows, the most Excel holds");
        }
    }
}
