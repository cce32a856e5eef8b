package io.github.rectrack.examples.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.rectrack.engine.plugin.Formats;
import io.github.rectrack.engine.publication.Profile;
import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.engine.spi.Exporter;
import io.github.rectrack.engine.spi.Options;
import io.github.rectrack.engine.spi.Report;
import io.github.rectrack.model.Register;
import io.github.rectrack.testkit.ContractRegisters;
import io.github.rectrack.testkit.RestrictedRegister;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The dashboard for the Leicestershire panel paper of 16 October 2020, read back as XML.
 *
 * <p>The plug-in contract from the test kit ({@code io.github.rectrack.testkit.ExporterContract}) is run by
 * a separate class, {@code HtmlDashboardExporterContractTest}, in this package: it extends the contract
 * and supplies {@code new HtmlDashboardExporter()}. This class checks what is particular to the dashboard.
 */
class HtmlDashboardExporterTest {

    private static final LocalDate PANEL = LocalDate.of(2020, 10, 16);

    private static Report report;
    private static String html;
    private static Document page;

    @BeforeAll
    static void renderThePaper() throws Exception {
        report = Report.builder(ReferenceRegister.LEICESTERSHIRE_2020.load()).asOf(PANEL).forum("JARAP").build();
        html = render(report, Options.none());
        page = parse(html);
    }

    @Test
    void theTitleBlockNamesTheOrganisationForumAndDay() throws Exception {
        assertThat(text("//header/h1")).isEqualTo("Recommendations reported to " + report.forumName()
                + (report.forumName().contains("(JARAP)") ? "" : " (JARAP)"));
        assertThat(text("//dd[@class='organisation']")).isEqualTo(report.register().organisation());
        assertThat(text("//dd[@class='forum']")).contains(report.forumName()).contains("JARAP");
        assertThat(text("//dd[@class='as-of']")).isEqualTo("16 October 2020");
        assertThat(text("//dd[@class='as-of']/time/@datetime")).isEqualTo("2020-10-16");
        assertThat(text("//dd[@class='rag-policy']")).isEqualTo("reference");
    }

    @Test
    void aPublicDashboardSaysWhatWasWithheldInItsTitleBlock() throws Exception {
        Report published = Report.builder(RestrictedRegister.register()).asOf(ContractRegisters.DAY).forum("JARAP")
                .profile(Profile.PUBLIC).build();
        Document doc = parse(render(published, Options.none()));
        XPath xpath = XPathFactory.newInstance().newXPath();
        assertThat(xpath.evaluate("//header/p[@class='withheld']", doc)).isEqualTo("This paper omits 1 source, 2 recommendations, "
                + "1 management response, 1 update, 1 extension request, 1 action, 1 decision note and 1 evidence item marked OFFICIAL-SENSITIVE; "
                + "names are shown as initials or roles.");
        assertThat(html).doesNotContain("class=\"withheld\"");
    }

    @Test
    void theMatrixIsThePapersSummaryTable() throws Exception {
        assertThat(rows("//table[@id='summary-matrix']/thead/tr/th"))
                .containsExactly("Priority", "Red", "Amber", "Green", "Grey", "Total");
        assertThat(rows("//table[@id='summary-matrix']/tbody/tr")).containsExactly(
                "Fundamental 0 2 0 0 2",
                "Significant 0 8 4 0 12",
                "Housekeeping 0 0 3 0 3");
        assertThat(rows("//table[@id='summary-matrix']/tfoot/tr")).containsExactly("Total 0 10 7 0 17");
        assertThat(text("//p[@class='proposed-count']")).isEqualTo("Proposed for closure: 7");
    }

    @Test
    void matrixCellsAreColouredByTheirColumnAndPaleWhenEmpty() throws Exception {
        assertThat(text("//tr[@data-priority='Significant']/td[@data-rag='AMBER']/@class")).isEqualTo("rag-amber");
        assertThat(text("//tr[@data-priority='Significant']/td[@data-rag='RED']/@class")).isEqualTo("rag-red zero");
        // the committee paper's colours: its fills and inks
        assertThat(html).contains("td.rag-amber,.badge.rag-amber{background:#FFC000;color:#000000}")
                .contains("th.rag-red,td.rag-red,.badge.rag-red{background:#FF0000;color:#FFFFFF}")
                .contains("td.rag-red.zero{background:#f8dcdc;");
    }

    @Test
    void theChartHasOneBarPerPriorityWithSegmentsSizedByTheCounts() throws Exception {
        NodeList bars = nodes("//svg/g[@class='bar']");
        assertThat(bars.getLength()).isEqualTo(3);
        // The longest bar (Significant, 12) spans the whole plot: 40 units per recommendation.
        double unit = (double) MatrixChart.PLOT_WIDTH / 12;
        List<Object[]> segments = new ArrayList<>();
        for (int i = 0; i < bars.getLength(); i++) {
            Element bar = (Element) bars.item(i);
            NodeList rects = bar.getElementsByTagName("rect");
            double x = -1;
            for (int j = 0; j < rects.getLength(); j++) {
                Element rect = (Element) rects.item(j);
                int count = Integer.parseInt(rect.getAttribute("data-count"));
                double width = Double.parseDouble(rect.getAttribute("width"));
                double left = Double.parseDouble(rect.getAttribute("x"));
                assertThat(width).isEqualTo(count * unit);
                assertThat(Integer.parseInt(rect.getAttribute("height"))).isEqualTo(MatrixChart.BAR_HEIGHT);
                if (x >= 0) {
                    assertThat(left).as("segments of a bar abut").isEqualTo(x);
                }
                x = left + width;
                segments.add(new Object[] {bar.getAttribute("data-priority"), rect.getAttribute("data-rag"), count,
                        rect.getElementsByTagName("title").item(0).getTextContent()});
            }
        }
        assertThat(segments).extracting(s -> tuple(s[0], s[1], s[2], s[3])).containsExactly(
                tuple("Fundamental", "AMBER", 2, "Fundamental, amber: 2 of 2"),
                tuple("Significant", "AMBER", 8, "Significant, amber: 8 of 12"),
                tuple("Significant", "GREEN", 4, "Significant, green: 4 of 12"),
                tuple("Housekeeping", "GREEN", 3, "Housekeeping, green: 3 of 3"));
        assertThat(rows("//svg/g[@class='bar']/text[@class='label']")).containsExactly("Fundamental", "Significant", "Housekeeping");
        assertThat(rows("//svg/g[@class='bar']/text[@class='total']")).containsExactly("2", "12", "3");
        assertThat(rows("//svg/g[@class='bar']/text[@class='count']")).containsExactly("2", "8", "4", "3");
        assertThat(page.getElementsByTagName("svg").item(0).getAttributes().getNamedItem("xmlns").getNodeValue())
                .isEqualTo("http://www.w3.org/2000/svg");
    }

    @Test
    void listsTheSevenRecommendationsProposedForClosure() throws Exception {
        assertThat(text("//section[@id='proposed-closure']/h2")).isEqualTo("Proposed for closure (7)");
        NodeList rows = nodes("//section[@id='proposed-closure']//tbody/tr");
        List<String> listed = new ArrayList<>();
        for (int i = 0; i < rows.getLength(); i++) {
            NodeList cells = ((Element) rows.item(i)).getElementsByTagName("td");
            listed.add(cells.item(0).getTextContent() + " | " + cells.item(1).getTextContent() + " | "
                    + cells.item(2).getTextContent() + " | " + cells.item(4).getTextContent());
        }
        assertThat(listed).containsExactly(
                "Victims Code of Practice | Significant | 4.3 | Proposed closed",
                "Victims Code of Practice | Significant | 4.4 | Closure agreed",
                "Victims Code of Practice | Housekeeping | 4.5 | Closure agreed",
                "Recruitment | Significant | 4.1 | Proposed closed",
                "Workforce Wellbeing & Absence Management | Significant | 4.2 | Proposed closed",
                "Leadership and Management Development | Housekeeping | 4.2 | Proposed closed",
                "Leadership and Management Development | Housekeeping | 4.3 | Proposed closed");
        assertThat(html).contains("<td>Workforce Wellbeing &amp; Absence Management</td>");
        assertThat(text("//section[@id='proposed-closure']//tbody/tr[1]/td[6]")).isEqualTo("Business owner, October 2020");
        assertThat(text("//section[@id='proposed-closure']//thead/tr/th[6]")).isEqualTo("Latest decision by");
    }

    @Test
    void listsTheTargetsThatSlippedAsTheEngineComputedThem() throws Exception {
        var slipped = report.views().slippage().items();
        assertThat(slipped).hasSize(13);
        assertThat(text("//section[@id='slippage']/h2")).isEqualTo("Targets that slipped (13)");
        NodeList rows = nodes("//section[@id='slippage']//tbody/tr");
        assertThat(rows.getLength()).isEqualTo(13);
        for (int i = 0; i < slipped.size(); i++) {
            Element row = (Element) rows.item(i);
            var item = slipped.get(i);
            NodeList cells = row.getElementsByTagName("td");
            assertThat(row.getAttribute("data-recommendation")).isEqualTo(item.recommendationId());
            assertThat(cells.item(2).getTextContent()).isEqualTo(item.reference());
            assertThat(cells.item(3).getTextContent()).isEqualTo(item.title());
            assertThat(cells.item(6).getTextContent()).isEqualTo(item.original().text());
            assertThat(cells.item(7).getTextContent()).isEqualTo(item.current().text());
            assertThat(cells.item(8).getTextContent()).startsWith(Integer.toString(item.revisions()));
            assertThat(cells.item(9).getTextContent()).startsWith(Long.toString(item.daysPastOriginal()));
        }
        assertThat(html).contains("<td class=\"reference\">4.1</td><td>Missing Firearm</td>");
        assertThat(nodes("//section[@id='slippage']//tbody/tr/td[7]/del").getLength())
                .isEqualTo((int) slipped.stream().filter(s -> s.revisions() > 0).count());
    }

    @Test
    void usesTheWindowsFullWidthWithTheChartBesideTheMatrixAndNoFooter() throws Exception {
        assertThat(html).doesNotContain("max-width").doesNotContain("<footer").doesNotContain("exporter");
        assertThat(html).contains(".overview{display:grid;grid-template-columns:repeat(auto-fit,minmax(28em,1fr))");
        assertThat(nodes("//div[@class='overview']/section").getLength()).isEqualTo(2);
        assertThat(text("//div[@class='overview']/section[1]/@id")).isEqualTo("summary");
        assertThat(text("//div[@class='overview']/section[2]/@id")).isEqualTo("chart");
    }

    @Test
    void withoutThePreviousMeetingThereIsNoMovementSection() throws Exception {
        assertThat(nodes("//section[@id='movement']").getLength()).isZero();
    }

    @Test
    void withThePreviousMeetingTheMovementSinceIsShown() throws Exception {
        LocalDate july = LocalDate.of(2020, 7, 22);
        Report since = Report.builder(ReferenceRegister.LEICESTERSHIRE_2020.load()).asOf(PANEL).forum("JARAP").previousMeeting(july).build();
        var movement = since.movement().orElseThrow();
        Document doc = parse(render(since, Options.none()));
        assertThat(xpath(doc, "//section[@id='movement']/h2")).isEqualTo("Movement since the previous meeting");
        assertThat(xpath(doc, "//section[@id='movement']/p")).isEqualTo(
                "What changed for the " + since.forumName() + " between the meeting on 22 July 2020 and 16 October 2020.");
        assertThat(xpath(doc, "//section[@id='movement']/h3[starts-with(., 'Status changed')]"))
                .isEqualTo("Status changed (" + movement.statusChanges().size() + ")");
        assertThat(movement.statusChanges()).as("the panel's paper moves items between July and October").isNotEmpty();
        NodeList rows = nodes(doc, "//table[@id='movement-status']/tbody/tr");
        assertThat(rows.getLength()).isEqualTo(movement.statusChanges().size());
        for (int i = 0; i < rows.getLength(); i++) {
            var change = movement.statusChanges().get(i);
            Element row = (Element) rows.item(i);
            NodeList cells = row.getElementsByTagName("td");
            assertThat(row.getAttribute("data-recommendation")).isEqualTo(change.recommendationId());
            assertThat(cells.item(2).getTextContent()).isEqualTo(change.reference());
            assertThat(cells.item(5).getTextContent()).startsWith(words(change.statusAfter().name()))
                    .endsWith(words(change.ragAfter().name()));
        }
        assertThat(xpath(doc, "//section[@id='movement']/h3[starts-with(., 'Target dates revised')]"))
                .isEqualTo("Target dates revised (" + movement.targetsRevised().size() + ")");
        assertThat(xpath(doc, "//section[@id='movement']/h3[starts-with(., 'New recommendations')]"))
                .isEqualTo("New recommendations (" + movement.newItems().size() + ")");
    }

    private static String words(String name) {
        String words = name.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    @Test
    void escapesTheTitle() throws Exception {
        String title = "<script>alert('x')</script> Audit & \"Risk\"";
        String out = render(report, Options.of(Map.of("title", title)));
        assertThat(out).doesNotContain("<script").contains(
                "<title>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Audit &amp; &quot;Risk&quot;</title>");
        Document doc = parse(out);
        assertThat(xpath(doc, "/html/head/title")).isEqualTo(title);
        assertThat(xpath(doc, "//header/h1")).isEqualTo(title);
    }

    @Test
    void escapesMarkupAndCharactersXmlForbids() {
        assertThat(Html.escape("a<b>&'\"\u0001\t\uD83D\uDE00\uD800"))
                .isEqualTo("a&lt;b&gt;&amp;&#39;&quot;\uFFFD\t\uD83D\uDE00\uFFFD");
    }

    @Test
    void theSameReportGivesTheSameBytes() throws Exception {
        Report again = Report.builder(ReferenceRegister.LEICESTERSHIRE_2020.load()).asOf(PANEL).forum("JARAP").build();
        byte[] first = bytes(new HtmlDashboardExporter(), report, Options.none());
        byte[] second = bytes(new HtmlDashboardExporter(), again, Options.none());
        assertThat(second).isEqualTo(first);
    }

    @Test
    void isSelfContained() {
        assertThat(html).doesNotContain("<script").doesNotContain("<link").doesNotContain("src=").doesNotContain("url(")
                .doesNotContain("@import").contains("http://www.w3.org/1999/xhtml");
        assertThat(html.replace("http://www.w3.org/", "")).doesNotContain("http");
    }

    @Test
    void isFoundByDiscoveryOnTheClassPath() {
        Exporter found = Formats.discover().exporter("html-dashboard");
        assertThat(found).isInstanceOf(HtmlDashboardExporter.class);
        assertThat(found.mediaType()).isEqualTo("text/html");
        assertThat(found.fileExtensions()).first().isEqualTo("html");
        assertThat(found.optionNames()).containsExactly("title");
    }

    @Test
    void writesToTheStreamWithoutClosingIt() throws Exception {
        boolean[] closed = {false};
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        new HtmlDashboardExporter().export(report, Options.none(), new FilterOutputStream(sink) {
            @Override
            public void close() {
                closed[0] = true;
            }
        });
        assertThat(closed[0]).isFalse();
        assertThat(sink.toString(StandardCharsets.UTF_8)).isEqualTo(html);
    }

    @Test
    void rejectsUnknownOptionsAndABlankTitle() {
        HtmlDashboardExporter exporter = new HtmlDashboardExporter();
        assertThatThrownBy(() -> exporter.export(report, Options.of(Map.of("colour", "blue")), new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("colour").hasMessageContaining("title");
        assertThatThrownBy(() -> exporter.export(report, Options.of(Map.of("title", " ")), new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
    }

    @Test
    void rendersAnEmptyRegister() throws Exception {
        Register full = ReferenceRegister.LEICESTERSHIRE_2020.load();
        Register empty = new Register("empty", full.organisation(), full.scheme(), List.of(), List.of());
        Document doc = parse(render(Report.builder(empty).asOf(PANEL).forum("JARAP").build(), Options.none()));
        assertThat(rows(doc, "//table[@id='summary-matrix']/tfoot/tr")).containsExactly("Total 0 0 0 0 0");
        assertThat(nodes(doc, "//svg/g[@class='bar']").getLength()).isEqualTo(3);
        assertThat(nodes(doc, "//svg//rect[contains(@class,'segment')]").getLength()).isZero();
        assertThat(xpath(doc, "//section[@id='proposed-closure']/p")).isEqualTo("No recommendation is proposed for closure.");
        assertThat(xpath(doc, "//section[@id='slippage']/p")).isEqualTo("No target has slipped.");
    }

    private static String render(Report report, Options options) throws IOException {
        return new String(bytes(new HtmlDashboardExporter(), report, options), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(Exporter exporter, Report report, Options options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(report, options, out);
        return out.toByteArray();
    }

    /** Parses the page as XML, without namespaces so that XPath names are plain, and without fetching anything. */
    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String text(String expression) throws Exception {
        return xpath(page, expression);
    }

    private static String xpath(Document doc, String expression) throws Exception {
        return newXPath().evaluate(expression, doc);
    }

    private static NodeList nodes(String expression) throws Exception {
        return nodes(page, expression);
    }

    private static NodeList nodes(Document doc, String expression) throws Exception {
        return (NodeList) newXPath().evaluate(expression, doc, XPathConstants.NODESET);
    }

    private static List<String> rows(String expression) throws Exception {
        return rows(page, expression);
    }

    /** Each node's text, its child elements' texts joined by single spaces. */
    private static List<String> rows(Document doc, String expression) throws Exception {
        NodeList found = nodes(doc, expression);
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < found.getLength(); i++) {
            Element e = (Element) found.item(i);
            NodeList children = e.getChildNodes();
            List<String> parts = new ArrayList<>();
            for (int j = 0; j < children.getLength(); j++) {
                if (children.item(j) instanceof Element child) {
                    parts.add(child.getTextContent());
                }
            }
            rows.add(parts.isEmpty() ? e.getTextContent() : String.join(" ", parts));
        }
        return rows;
    }

    private static XPath newXPath() {
        return XPathFactory.newInstance().newXPath();
    }
}
