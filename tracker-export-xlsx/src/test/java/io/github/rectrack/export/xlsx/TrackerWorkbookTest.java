package io.github.rectrack.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.junit.jupiter.api.Test;

/** The fast escaping writes exactly what POI's own sheet writer writes. */
class TrackerWorkbookTest {

    /** POI's writer, to a string, with its protected escaping made callable. */
    private static final class PoiEscaping extends SheetDataWriter {
        private final StringWriter text;

        PoiEscaping(StringWriter text) throws IOException {
            super(text);
            this.text = text;
        }

        String escape(String s) throws IOException {
            text.getBuffer().setLength(0);
            outputEscapedString(s);
            _out.flush();
            return text.toString();
        }
    }

    @Test
    void escapesExactlyAsPoiDoes() throws IOException {
        StringBuilder everyLowChar = new StringBuilder();
        for (char c = 0; c < 0x200; c++) {
            everyLowChar.append(c);
        }
        List<String> samples = List.of("", "plain text", "<a href=\"x\">Tom & Jerry's</a>", "line one\nline two\r\n\tindented",
                "no\u00A0break", "bell\u0007 and nul\u0000 and esc\u001B", "not a character \uFFFE \uFFFF \uFFFD",
                "emoji \uD83D\uDE00 and a lone high \uD800 and low \uDC00 surrogate", "Zoë, café, Łódź, 東京",
                "=HYPERLINK(\"http://example.org\",\"x\")", everyLowChar.toString(), "&amp; already escaped &lt;");
        PoiEscaping poi = new PoiEscaping(new StringWriter());
        for (String sample : samples) {
            StringWriter fast = new StringWriter();
            TrackerWorkbook.FastSheetDataWriter.writeEscaped(sample, fast);
            assertThat(fast.toString()).as("escaping of %s", sample).isEqualTo(poi.escape(sample));
        }
    }
}
