package io.github.rectrack.export.xlsx;

import io.github.rectrack.engine.spi.rag.Rag;
import io.github.rectrack.model.PartialDate;
import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;

/**
 * The cell styles of one tracker workbook, each created once when the workbook is started and then
 * shared by every cell that needs it: a workbook holds at most 64,000 styles, and a style per cell would
 * also grow memory with the row count.
 */
final class Styles {

    /** The date format of every date cell known to the day: unambiguous in any locale, and a date format to Excel. */
    static final String DATE_FORMAT = "d mmm yyyy";

    /** The date format of a date known only to the month, written as the first of that month. */
    static final String MONTH_FORMAT = "mmm yyyy";

    /** The date format of a date known only to the year, written as the first of January. */
    static final String YEAR_FORMAT = "yyyy";

    /** The fill of each RAG colour, as RGB hex, in Office's standard colours. */
    static final Map<Rag, String> RAG_FILLS = ragFills();

    /** The header rows' fill: the committee paper's table header colour. */
    static final String HEADER_FILL = "D9E2F3";

    private final SXSSFWorkbook workbook;
    private final CellStyle header;
    private final CellStyle[] text = new CellStyle[8];
    private final CellStyle date;
    private final CellStyle dateStruck;
    private final Map<PartialDate.Precision, CellStyle[]> partialDate = new EnumMap<>(PartialDate.Precision.class);
    private final CellStyle integer;
    private final CellStyle ragCell;
    private final Map<Rag, CellStyle> ragHeader = new EnumMap<>(Rag.class);
    private final CellStyle title;
    private final CellStyle label;
    private final CellStyle indented;
    private final CellStyle count;
    private final CellStyle totalCount;
    private final CellStyle summaryDate;

    /**
     * Creates every style of the workbook.
     *
     * @param workbook the workbook
     */
    Styles(SXSSFWorkbook workbook) {
        this.workbook = workbook;
        XSSFFont bold = font(true, false, (short) 11);
        XSSFFont struck = font(false, true, (short) 11);

        header = top();
        header.setFont(bold);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        fill(header, HEADER_FILL);
        header.setBorderBottom(BorderStyle.THIN);

        // text styles by (wrapped, struck, quote-prefixed)
        for (int i = 0; i < text.length; i++) {
            CellStyle style = top();
            style.setWrapText((i & 1) != 0);
            if ((i & 2) != 0) {
                style.setFont(struck);
            }
            // Excel keeps a quote-prefixed cell as text when someone edits it, so "=..." never turns into a formula
            style.setQuotePrefixed((i & 4) != 0);
            text[i] = style;
        }
        short dateFormat = workbook.createDataFormat().getFormat(DATE_FORMAT);
        date = top();
        date.setDataFormat(dateFormat);
        date.setAlignment(HorizontalAlignment.LEFT);
        dateStruck = top();
        dateStruck.cloneStyleFrom(date);
        dateStruck.setFont(struck);
        partialDate.put(PartialDate.Precision.DAY, new CellStyle[] {date, dateStruck});
        partialDate.put(PartialDate.Precision.MONTH, dated(MONTH_FORMAT, struck));
        partialDate.put(PartialDate.Precision.YEAR, dated(YEAR_FORMAT, struck));
        integer = top();
        integer.setDataFormat(workbook.createDataFormat().getFormat("0"));

        ragCell = top(); // no fill of its own: conditional formatting colours the cell by its word
        ragCell.setAlignment(HorizontalAlignment.CENTER);
        for (Rag colour : Rag.values()) {
            CellStyle head = top();
            head.setFont(bold);
            head.setAlignment(HorizontalAlignment.CENTER);
            head.setVerticalAlignment(VerticalAlignment.CENTER);
            fill(head, RAG_FILLS.get(colour));
            head.setBorderBottom(BorderStyle.THIN);
            ragHeader.put(colour, head);
        }

        title = top();
        title.setFont(font(true, false, (short) 14));
        label = top();
        label.setFont(bold);
        indented = top();
        indented.setIndention((short) 1);
        count = top();
        count.setAlignment(HorizontalAlignment.CENTER);
        totalCount = top();
        totalCount.setAlignment(HorizontalAlignment.CENTER);
        totalCount.setFont(bold);
        totalCount.setBorderTop(BorderStyle.THIN);
        summaryDate = top();
        summaryDate.setDataFormat(dateFormat);
        summaryDate.setAlignment(HorizontalAlignment.LEFT);
    }

    private static Map<Rag, String> ragFills() {
        Map<Rag, String> fills = new EnumMap<>(Rag.class);
        for (Rag rag : Rag.values()) {
            fills.put(rag, rag.fill());
        }
        return Map.copyOf(fills);
    }

    /** A date style with the format, and its struck-through twin. */
    private CellStyle[] dated(String format, XSSFFont struck) {
        CellStyle plain = top();
        plain.setDataFormat(workbook.createDataFormat().getFormat(format));
        plain.setAlignment(HorizontalAlignment.LEFT);
        CellStyle struckThrough = top();
        struckThrough.cloneStyleFrom(plain);
        struckThrough.setFont(struck);
        return new CellStyle[] {plain, struckThrough};
    }

    private CellStyle top() {
        CellStyle style = workbook.createCellStyle();
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    private XSSFFont font(boolean bold, boolean strikeout, short points) {
        XSSFFont font = (XSSFFont) workbook.createFont();
        font.setBold(bold);
        font.setStrikeout(strikeout);
        font.setFontHeightInPoints(points);
        return font;
    }

    /**
     * A colour given as RGB hex.
     *
     * @param rgbHex six hex digits, such as {@code FFC000}
     * @return the colour
     */
    static XSSFColor colour(String rgbHex) {
        byte[] rgb = new byte[3];
        for (int i = 0; i < 3; i++) {
            rgb[i] = (byte) Integer.parseInt(rgbHex.substring(2 * i, 2 * i + 2), 16);
        }
        return new XSSFColor(rgb, null);
    }

    private static void fill(CellStyle style, String rgbHex) {
        ((XSSFCellStyle) style).setFillForegroundColor(colour(rgbHex));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    /**
     * The workbook's default style, set on cells that need no other: a cell without a style of its own makes POI
     * look up its column's style in the sheet's XML each time the row is written, which cost a tenth of the
     * workbook's time. The file is the same: the default style is not written.
     */
    CellStyle plain() {
        return workbook.getCellStyleAt(0);
    }

    /** The header row's cells: bold on a pale fill, wrapped. */
    CellStyle header() {
        return header;
    }

    /**
     * A text cell's style.
     *
     * @param wrapped whether the text wraps
     * @param struck whether it is struck through
     * @param quotePrefixed whether Excel is to keep it as text when edited (it looks like a formula)
     * @return the style
     */
    CellStyle text(boolean wrapped, boolean struck, boolean quotePrefixed) {
        return text[(wrapped ? 1 : 0) | (struck ? 2 : 0) | (quotePrefixed ? 4 : 0)];
    }

    /**
     * A date cell's style.
     *
     * @param struck whether it is struck through
     * @return the style
     */
    CellStyle date(boolean struck) {
        return struck ? dateStruck : date;
    }

    /**
     * The style of a date cell at a precision: "d mmm yyyy" for a day, "mmm yyyy" for a month, "yyyy" for a
     * year; each a date format to Excel.
     *
     * @param precision how precisely the date is known
     * @param struck whether it is struck through
     * @return the style
     */
    CellStyle date(PartialDate.Precision precision, boolean struck) {
        return partialDate.get(precision)[struck ? 1 : 0];
    }

    /** A whole number. */
    CellStyle integer() {
        return integer;
    }

    /**
     * A list sheet's RAG cell: centred, with no fill of its own, since the sheet's conditional formatting fills
     * it by the word it holds (see {@link SheetWriter}), so that a word an analyst edits takes its colour.
     *
     * @return the style
     */
    CellStyle rag() {
        return ragCell;
    }

    /**
     * A summary matrix column header, filled with its colour.
     *
     * @param colour the colour
     * @return the style
     */
    CellStyle ragHeader(Rag colour) {
        return ragHeader.get(colour);
    }

    /** The summary sheet's title. */
    CellStyle title() {
        return title;
    }

    /** A bold label. */
    CellStyle label() {
        return label;
    }

    /** A label one step in, under the label it details. */
    CellStyle indented() {
        return indented;
    }

    /** A count in the summary matrix. */
    CellStyle count() {
        return count;
    }

    /** A total in the summary matrix. */
    CellStyle totalCount() {
        return totalCount;
    }

    /** The summary sheet's as-of date. */
    CellStyle summaryDate() {
        return summaryDate;
    }
}
