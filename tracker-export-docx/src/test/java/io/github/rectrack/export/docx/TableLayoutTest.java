package io.github.rectrack.export.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.engine.spi.Options;
import io.github.rectrack.engine.spi.Report;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.font.FontRenderContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

/**
 * The paper's tables at the default page width (A4, 2 cm margins): no word of a header row is wider than
 * its column, so none is broken in two ("Recommendatio n"), and no row is split across pages.
 *
 * <p>A word's width is taken at the header's size (10 point, bold; 9 in a table set in the small table
 * text style) as the widest of: Helvetica Bold's
 * standard metrics (which Arial and Liberation Sans share), and each of Arial, Liberation Sans and
 * DejaVu Sans (the font LibreOffice puts in Arial's place where Arial is missing) that this machine has.
 */
class TableLayoutTest {

    /** Word's and LibreOffice's default left and right cell margins, together, in twentieths of a point. */
    private static final int CELL_MARGINS = 2 * 108;
    /** The header's size in points, in the table text style; a point less in the small one. */
    private static final int POINTS = 10;

    /** Helvetica Bold's advance widths, in thousandths of an em (the standard AFM metrics). */
    private static final String AFM_CHARS = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz–";
    private static final int[] AFM_WIDTHS = {278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975,
        722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611,
        556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500,
        556};

    private static final List<Font> FONTS = installedFonts();

    private static List<Font> installedFonts() {
        System.setProperty("java.awt.headless", "true");
        Set<String> families = Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
        List<Font> fonts = new ArrayList<>();
        for (String family : List.of("Arial", "Liberation Sans", "DejaVu Sans")) {
            if (families.contains(family)) {
                fonts.add(new Font(family, Font.BOLD, 1));
            }
        }
        return fonts;
    }

    /** The width of a bold word at 10 point, in twentieths of a point: the widest the fonts give. */
    static double width(String word) {
        return width(word, POINTS);
    }

    /** The width of a bold word at a size, in twentieths of a point: the widest the fonts give. */
    static double width(String word, float points) {
        double afm = 0;
        for (char c : word.toCharArray()) {
            int i = AFM_CHARS.indexOf(c);
            afm += i < 0 ? 1000 : AFM_WIDTHS[i];
        }
        double widest = afm * points * 20 / 1000.0;
        FontRenderContext context = new FontRenderContext(null, true, true);
        for (Font font : FONTS) {
            widest = Math.max(widest, font.deriveFont(points).getStringBounds(word, context).getWidth() * 20);
        }
        return widest;
    }

    private static XWPFDocument paper(Report report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxExporter().export(report, Options.none(), out);
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<XWPFDocument> papers() throws IOException {
        Report withMovement = Report.builder(ReferenceRegister.LEICESTERSHIRE_2020.load()).asOf(LocalDate.of(2020, 10, 16)).forum("JARAP")
                .previousMeeting(LocalDate.of(2020, 6, 30)).build();
        Report withRequests = Report.builder(ExtensionsAndDiscrepanciesTest.REGISTER).asOf(LocalDate.of(2020, 10, 16)).forum("JARAP").build();
        return List.of(paper(withMovement), paper(withRequests));
    }

    @Test
    void theWidthsAreMeasuredConservatively() {
        // "Recommendation" in Helvetica Bold: 8,390 thousandths of an em, 1,678 twips at 10 point.
        assertThat(width("Recommendation")).isGreaterThanOrEqualTo(1678);
        assertThat(width("WWW")).isGreaterThan(width("iii"));
    }

    @Test
    void noWordOfAHeaderRowIsWiderThanItsColumn() throws IOException {
        List<String> tooWide = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (XWPFDocument paper : papers()) {
            try (paper) {
                for (XWPFTable table : paper.getTables()) {
                    XWPFTableRow header = table.getRow(0);
                    for (XWPFTableCell cell : header.getTableCells()) {
                        int w = Integer.parseInt(String.valueOf(cell.getCTTc().getTcPr().getTcW().getW()));
                        double room = w - CELL_MARGINS;
                        float points = PaperStyles.SMALL_TABLE_TEXT.equals(cell.getParagraphs().get(0).getStyle()) ? POINTS - 1 : POINTS;
                        for (String word : cell.getText().split("\\s+")) {
                            if (!word.isEmpty() && width(word, points) > room && seen.add(word + " in " + w)) {
                                tooWide.add("'" + word + "' (" + Math.round(width(word, points)) + " twips at " + points + " point) in a column of "
                                        + w + " twips");
                            }
                        }
                    }
                }
            }
        }
        assertThat(tooWide).as("header words wider than their columns, less %d twips of cell margins", CELL_MARGINS).isEmpty();
    }

    @Test
    void noRowSplitsAcrossPagesExceptALongUpdateInTheAppendix() throws IOException {
        int whole = 0;
        int mayRunOn = 0;
        for (XWPFDocument paper : papers()) {
            try (paper) {
                for (XWPFTable table : paper.getTables()) {
                    boolean appendix = table.getRow(0).getTableCells().size() == 2 && table.getRow(0).getCell(0).getColor() != null
                            && !table.getRow(0).getCell(0).getColor().equals(PaperDocument.HEADER_FILL);
                    for (XWPFTableRow row : table.getRows()) {
                        boolean longRow = appendix && row.getTableCells().get(row.getTableCells().size() - 1).getText().length()
                                > AppendixSection.KEPT_WHOLE;
                        assertThat(row.isCantSplitRow()).as("row %d of the table beginning '%s'", table.getRows().indexOf(row),
                                table.getRow(0).getCell(0).getText()).isEqualTo(!longRow);
                        if (longRow) {
                            mayRunOn++;
                        } else {
                            whole++;
                        }
                    }
                }
            }
        }
        assertThat(whole).isGreaterThan(100);
        // The 2020 register's long updates, such as the Missing Firearm's verbal warnings update of September 2018.
        assertThat(mayRunOn).isGreaterThan(0).isLessThan(whole / 4);
    }
}
