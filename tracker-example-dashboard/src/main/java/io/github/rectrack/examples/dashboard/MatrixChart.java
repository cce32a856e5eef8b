package io.github.rectrack.examples.dashboard;

import io.github.rectrack.engine.spi.rag.Rag;
import io.github.rectrack.engine.view.SummaryMatrix;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * The summary matrix drawn as an inline SVG stacked bar chart: one horizontal bar per priority, in the
 * matrix's row order, one segment per non-zero colour in RAG order, each segment as long as its count
 * on one scale for the whole chart (the longest bar is {@value #PLOT_WIDTH} units). Every segment
 * carries a {@code <title>} tooltip; counts are printed inside segments wide enough to hold them, and
 * every bar is labelled with its priority and total. All geometry is computed here, in Java; the
 * numbers are written with at most two decimals in a locale-independent form, so output is stable. The
 * page's style sheet scales the drawing to the width of its column ({@code svg.chart}), keeping its proportions.
 */
final class MatrixChart {

    /** The length, in SVG user units, of the longest bar. */
    static final int PLOT_WIDTH = 480;
    /** The thickness of a bar. */
    static final int BAR_HEIGHT = 24;
    /** The space between bars. */
    static final int BAR_GAP = 12;

    private static final int TOP = 8;
    private static final int TOTAL_SPACE = 56;
    private static final int LEGEND_HEIGHT = 20;
    private static final int CHAR_WIDTH = 8;

    private MatrixChart() {}

    /**
     * Writes the chart.
     *
     * @param matrix the matrix the engine computed
     * @param out where to write
     * @throws IOException if writing fails
     */
    static void write(SummaryMatrix matrix, Writer out) throws IOException {
        List<String> priorities = matrix.priorities();
        int longest = priorities.stream().mapToInt(String::length).max().orElse(0);
        int labelWidth = Math.max(96, Math.min(240, longest * CHAR_WIDTH + 16));
        int maxTotal = priorities.stream().mapToInt(matrix::total).max().orElse(0);
        double unit = maxTotal == 0 ? 0 : (double) PLOT_WIDTH / maxTotal;
        int legendY = TOP + priorities.size() * (BAR_HEIGHT + BAR_GAP);
        int width = labelWidth + PLOT_WIDTH + TOTAL_SPACE;
        int height = legendY + LEGEND_HEIGHT + TOP;

        out.write("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" width=\"" + width
                + "\" height=\"" + height + "\" viewBox=\"0 0 " + width + " " + height
                + "\" font-family=\"sans-serif\" font-size=\"12\" aria-labelledby=\"chart-title chart-desc\">\n");
        out.write("<title id=\"chart-title\">Recommendations by priority and RAG rating</title>\n");
        out.write("<desc id=\"chart-desc\">");
        for (int i = 0; i < priorities.size(); i++) {
            String priority = priorities.get(i);
            out.write((i == 0 ? "" : "; ") + Html.escape(priority) + ":");
            for (Rag rag : Rag.values()) {
                out.write((rag.ordinal() == 0 ? " " : ", ") + matrix.count(priority, rag) + " " + Palette.of(rag).label().toLowerCase(Locale.ROOT));
            }
        }
        out.write("</desc>\n");

        for (int i = 0; i < priorities.size(); i++) {
            String priority = priorities.get(i);
            String p = Html.escape(priority);
            int y = TOP + i * (BAR_HEIGHT + BAR_GAP);
            int textY = y + BAR_HEIGHT / 2 + 4;
            int total = matrix.total(priority);
            out.write("<g class=\"bar\" data-priority=\"" + p + "\" data-total=\"" + total + "\">\n");
            out.write("<text class=\"label\" x=\"" + (labelWidth - 8) + "\" y=\"" + textY + "\" text-anchor=\"end\">" + p
                    + "</text>\n");
            int before = 0;
            for (Rag rag : Rag.values()) {
                int count = matrix.count(priority, rag);
                if (count == 0) {
                    continue;
                }
                Palette colour = Palette.of(rag);
                double x = labelWidth + before * unit;
                double w = count * unit;
                out.write("<rect class=\"segment " + colour.cssClass() + "\" data-rag=\"" + rag + "\" data-count=\"" + count
                        + "\" x=\"" + number(x) + "\" y=\"" + y + "\" width=\"" + number(w) + "\" height=\"" + BAR_HEIGHT
                        + "\" fill=\"" + colour.fill() + "\"><title>" + p + ", " + colour.label().toLowerCase(Locale.ROOT)
                        + ": " + count + " of " + total + "</title></rect>\n");
                String digits = Integer.toString(count);
                if (w >= digits.length() * CHAR_WIDTH + 4) {
                    out.write("<text class=\"count\" x=\"" + number(x + w / 2) + "\" y=\"" + textY
                            + "\" text-anchor=\"middle\" fill=\"" + colour.ink() + "\">" + digits + "</text>\n");
                }
                before += count;
            }
            out.write("<text class=\"total\" x=\"" + number(labelWidth + total * unit + 6) + "\" y=\"" + textY + "\">" + total
                    + "</text>\n");
            out.write("</g>\n");
        }

        out.write("<g class=\"legend\">\n");
        int x = labelWidth;
        for (Rag rag : Rag.values()) {
            Palette colour = Palette.of(rag);
            out.write("<rect x=\"" + x + "\" y=\"" + (legendY + 4) + "\" width=\"12\" height=\"12\" fill=\"" + colour.fill()
                    + "\"/><text x=\"" + (x + 16) + "\" y=\"" + (legendY + 14) + "\">" + colour.label() + "</text>\n");
            x += 80;
        }
        out.write("</g>\n");
        out.write("</svg>\n");
    }

    /**
     * A coordinate, with at most two decimals, no exponent, and no trailing zeros.
     *
     * @param value the value
     * @return its text
     */
    static String number(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
