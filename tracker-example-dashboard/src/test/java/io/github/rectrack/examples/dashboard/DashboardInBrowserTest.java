package io.github.rectrack.examples.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.engine.spi.Options;
import io.github.rectrack.engine.spi.Report;
import io.github.rectrack.engine.spi.rag.Rag;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard of the Leicestershire panel paper of 16 October 2020, with the movement since the meeting
 * of 22 July 2020, as a browser lays it out in a window of 1,280 by 900 pixels: headless Chromium, asked
 * through the DevTools protocol ({@link HeadlessBrowser}) where each part of the page is and which colours
 * it computed. Without the browser the checks are skipped, except under {@code CI=true}, where they fail.
 * The page and the window as the browser drew it are left in {@code target/dashboard.html} and {@code
 * target/dashboard-1280x900.png} to look at.
 */
class DashboardInBrowserTest {

    private static final int WIDTH = 1280;
    private static final int HEIGHT = 900;

    /** Where each part is, page coordinates, and what the browser computed for it. */
    private static final String LAYOUT = """
            (() => {
              const box = e => {
                if (!e) return null;
                const r = e.getBoundingClientRect(), s = getComputedStyle(e);
                return {left: r.left + scrollX, top: r.top + scrollY, right: r.right + scrollX, bottom: r.bottom + scrollY,
                        width: r.width, height: r.height, display: s.display, visibility: s.visibility, fontSize: parseFloat(s.fontSize),
                        background: s.backgroundColor, color: s.color, fill: s.fill,
                        rag: e.getAttribute('data-rag') || (e.className.baseVal === undefined ? e.className : e.className.baseVal)};
              };
              const one = q => box(document.querySelector(q));
              const all = q => Array.from(document.querySelectorAll(q)).map(box);
              return {
                innerWidth: innerWidth, innerHeight: innerHeight, scrollWidth: document.documentElement.scrollWidth,
                text: document.body.innerText,
                beyondTheWindow: Array.from(document.querySelectorAll('body *'))
                    .filter(e => e.getBoundingClientRect().right > innerWidth).slice(0, 8)
                    .map(e => e.tagName + (e.id ? '#' + e.id : '') + ' "' + (e.textContent || '').trim().slice(0, 40) + '" to '
                              + Math.round(e.getBoundingClientRect().right)),
                blocks: {header: one('header'), matrix: one('#summary-matrix'), proposedCount: one('#summary .proposed-count'),
                         chart: one('svg.chart'), proposed: one('#proposed-closure'), movement: one('#movement'),
                         slippage: one('#slippage')},
                overview: one('.overview'), summary: one('#summary'), chartSection: one('#chart'),
                tables: all('table'),
                headers: all('#summary-matrix thead th[class^=rag-]'),
                cells: all('#summary-matrix td[data-rag]:not(.zero)'),
                segments: all('svg.chart rect.segment'),
                badges: all('.badge')
              };
            })()
            """;

    private static JsonNode page;

    @BeforeAll
    static void layOutTheDashboardInABrowser(@TempDir Path work) throws Exception {
        Path program = HeadlessBrowser.require();
        Report report = Report.builder(ReferenceRegister.LEICESTERSHIRE_2020.load()).asOf(LocalDate.of(2020, 10, 16)).forum("JARAP")
                .previousMeeting(LocalDate.of(2020, 7, 22)).build();
        Path html = work.resolve("dashboard.html");
        try (OutputStream out = Files.newOutputStream(html)) {
            new HtmlDashboardExporter().export(report, Options.none(), out);
        }
        try (HeadlessBrowser browser = HeadlessBrowser.start(program, work, WIDTH, HEIGHT)) {
            browser.open(html);
            page = browser.evaluate(LAYOUT);
            Files.createDirectories(Path.of("target"));
            Files.write(Path.of("target", "dashboard-" + WIDTH + "x" + HEIGHT + ".png"), browser.screenshot());
            Files.copy(html, Path.of("target", "dashboard.html"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void theWindowIsTheOneAskedFor() {
        assertThat(page.path("innerWidth").asInt()).isEqualTo(WIDTH);
        assertThat(page.path("innerHeight").asInt()).isEqualTo(HEIGHT);
    }

    @Test
    void theContentUsesTheWindowsWidthWithoutAHorizontalScrollbar() {
        double width = page.path("innerWidth").asDouble();
        assertThat(page.path("scrollWidth").asInt()).as("the page's width: wider than the window means a horizontal scrollbar; beyond"
                + " the window: %s", page.path("beyondTheWindow"))
                .isLessThanOrEqualTo(page.path("innerWidth").asInt());
        assertThat(width - page.path("overview").path("right").asDouble()).as("space right of the summary and chart")
                .isBetween(0.0, 0.05 * width);
        for (String block : List.of("proposed", "movement", "slippage")) {
            assertThat(width - page.path("blocks").path(block).path("right").asDouble()).as("space right of %s", block)
                    .isBetween(0.0, 0.05 * width);
        }
        for (JsonNode table : page.path("tables")) {
            assertThat(table.path("right").asDouble()).as("right edge of a table").isLessThanOrEqualTo(width);
        }
        assertThat(page.path("overview").path("left").asDouble()).as("space left of the content").isLessThan(0.05 * width);
    }

    @Test
    void theListsKeepAReadableSize() {
        assertThat(page.path("tables")).hasSizeGreaterThan(5);
        for (JsonNode table : page.path("tables")) {
            assertThat(table.path("fontSize").asDouble()).as("the type size of a table, in pixels").isGreaterThanOrEqualTo(13.0);
        }
    }

    @Test
    void theChartStaysInsideItsColumnBesideTheMatrix() {
        JsonNode chart = page.path("blocks").path("chart");
        JsonNode column = page.path("chartSection");
        assertThat(chart.path("left").asDouble()).isGreaterThanOrEqualTo(column.path("left").asDouble() - 0.5);
        assertThat(chart.path("right").asDouble()).as("the chart's right edge against its column's").isLessThanOrEqualTo(
                column.path("right").asDouble() + 0.5);
        assertThat(chart.path("left").asDouble()).as("the chart is beside the matrix, not under it")
                .isGreaterThanOrEqualTo(page.path("blocks").path("matrix").path("right").asDouble());
        assertThat(chart.path("width").asDouble()).as("the chart's drawn width").isGreaterThan(0.3 * page.path("innerWidth").asDouble());
    }

    @Test
    void noPartOverlapsAnother() {
        List<String> names = new ArrayList<>();
        page.path("blocks").fieldNames().forEachRemaining(names::add);
        assertThat(names).hasSize(7);
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                JsonNode a = page.path("blocks").path(names.get(i));
                JsonNode b = page.path("blocks").path(names.get(j));
                double across = Math.min(a.path("right").asDouble(), b.path("right").asDouble())
                        - Math.max(a.path("left").asDouble(), b.path("left").asDouble());
                double down = Math.min(a.path("bottom").asDouble(), b.path("bottom").asDouble())
                        - Math.max(a.path("top").asDouble(), b.path("top").asDouble());
                assertThat(across > 0.5 && down > 0.5).as("%s %s overlaps %s %s", names.get(i), a, names.get(j), b).isFalse();
            }
        }
    }

    @Test
    void theMovementSectionIsShown() {
        JsonNode movement = page.path("blocks").path("movement");
        assertThat(movement.isObject()).as("a #movement section").isTrue();
        assertThat(movement.path("display").asText()).isNotEqualTo("none");
        assertThat(movement.path("visibility").asText()).isEqualTo("visible");
        assertThat(movement.path("height").asDouble()).isGreaterThan(100);
        assertThat(movement.path("top").asDouble()).isGreaterThan(page.path("blocks").path("proposed").path("top").asDouble());
        assertThat(page.path("text").asText()).contains("Movement since the previous meeting")
                .contains("between the meeting on 22 July 2020 and 16 October 2020");
    }

    @Test
    void theRagColoursAreThePapersColours() {
        Map<String, String> expected = new TreeMap<>();
        for (Rag rag : Rag.values()) {
            expected.put(rag.name(), rgb(rag.fill()) + " on " + rgb(rag.ink()));
        }
        Map<String, String> headers = new TreeMap<>();
        for (JsonNode th : page.path("headers")) {
            headers.put(th.path("rag").asText().replace("rag-", "").toUpperCase(Locale.ROOT),
                    th.path("background").asText() + " on " + th.path("color").asText());
        }
        assertThat(headers).as("the matrix's column headers").isEqualTo(expected);

        List<String> cells = new ArrayList<>();
        for (JsonNode td : page.path("cells")) {
            cells.add(td.path("rag").asText() + " " + td.path("background").asText() + " on " + td.path("color").asText());
        }
        // the 2020 paper: no Red, 10 Amber in two priorities, 7 Green in two
        assertThat(cells).as("the matrix's counts other than zero").containsExactly(
                "AMBER " + expected.get("AMBER"), "AMBER " + expected.get("AMBER"), "GREEN " + expected.get("GREEN"),
                "GREEN " + expected.get("GREEN"), "AMBER " + expected.get("AMBER"), "GREEN " + expected.get("GREEN"));

        assertThat(page.path("segments")).as("the chart's segments").hasSize(4);
        for (JsonNode segment : page.path("segments")) {
            assertThat(segment.path("fill").asText()).as("fill of a %s segment", segment.path("rag").asText())
                    .isEqualTo(rgb(Rag.valueOf(segment.path("rag").asText()).fill()));
        }

        assertThat(page.path("badges").size()).as("the badges of the movement and slippage lists").isGreaterThan(10);
        for (JsonNode badge : page.path("badges")) {
            String rag = badge.path("rag").asText().replace("badge rag-", "").toUpperCase(Locale.ROOT);
            assertThat(badge.path("background").asText() + " on " + badge.path("color").asText()).as("a %s badge", rag)
                    .isEqualTo(expected.get(rag));
        }
    }

    @Test
    void theTextShowsNoRawValues() {
        String text = page.path("text").asText();
        assertThat(matches("\\d{4}-\\d{2} [A-Z]+:", text)).as("a month and a forum's id as stored").isEmpty();
        assertThat(matches("\\b\\d{4}-\\d{2}(-\\d{2})?\\b", text)).as("dates as stored").isEmpty();
        assertThat(matches("\\b[A-Z]+(_[A-Z]+)+\\b", text)).as("names of constants").isEmpty();
        assertThat(text).contains("Business owner, October 2020");
    }

    @Test
    void nothingOnThePageTalksAboutHowItWasMade() {
        String text = page.path("text").asText().toLowerCase(Locale.ROOT);
        assertThat(text).doesNotContain("exporter").doesNotContain("plug-in").doesNotContain("html-dashboard")
                .doesNotContain("generated by");
    }

    /** A colour of six hex digits as the browser writes a computed one: "rgb(255, 192, 0)". */
    private static String rgb(String hex) {
        int value = HexFormat.fromHexDigits(hex);
        return "rgb(" + (value >> 16 & 0xFF) + ", " + (value >> 8 & 0xFF) + ", " + (value & 0xFF) + ")";
    }

    private static List<String> matches(String regex, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(text.substring(Math.max(0, m.start() - 30), Math.min(text.length(), m.end() + 30)).replace('\n', ' '));
        }
        return found;
    }
}
