package io.github.rectrack.bench;

import com.github.pjfanning.xlsx.StreamingReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;

/**
 * The cells of a workbook, with their styles, as plain values: what a bare SXSSF writer needs to write the
 * same workbook. Read once from the workbook the {@code xlsx} exporter wrote.
 *
 * @param sheets the sheets, in order
 * @param styles the distinct cell styles the cells use
 */
record WorkbookCells(List<SheetCells> sheets, List<StyleSpec> styles) {

    /**
     * One sheet's rows.
     *
     * @param name the sheet's name
     * @param rows the rows that have cells, in order
     */
    record SheetCells(String name, List<RowCells> rows) {}

    /**
     * One row's cells.
     *
     * @param index the 0-based row number
     * @param columns each cell's 0-based column
     * @param values each cell's value: a {@link String} or a {@link Double} (dates are numbers with a date style)
     * @param styles each cell's index into {@link WorkbookCells#styles()}
     */
    record RowCells(int index, int[] columns, Object[] values, int[] styles) {}

    /**
     * What a cell style sets.
     *
     * @param bold bold font
     * @param strikeout struck-through font
     * @param points the font's size
     * @param wrap wrapped text
     * @param quotePrefixed kept as text when edited
     * @param alignment horizontal alignment
     * @param verticalAlignment vertical alignment
     * @param fill the solid fill's RGB as hex, or null for none
     * @param borderTop the top border
     * @param borderBottom the bottom border
     * @param dataFormat the number format
     */
    record StyleSpec(boolean bold, boolean strikeout, short points, boolean wrap, boolean quotePrefixed,
            HorizontalAlignment alignment, VerticalAlignment verticalAlignment, String fill, BorderStyle borderTop,
            BorderStyle borderBottom, String dataFormat) {

        static StyleSpec of(XSSFCellStyle style) {
            XSSFFont font = style.getFont();
            XSSFColor colour = style.getFillForegroundColorColor();
            String fill = style.getFillPattern() == FillPatternType.SOLID_FOREGROUND && colour != null
                    ? HexFormat.of().withUpperCase().formatHex(colour.getRGB()) : null;
            return new StyleSpec(font.getBold(), font.getStrikeout(), font.getFontHeightInPoints(), style.getWrapText(),
                    style.getQuotePrefixed(), style.getAlignment(), style.getVerticalAlignment(), fill, style.getBorderTop(),
                    style.getBorderBottom(), style.getDataFormatString());
        }

        CellStyle create(SXSSFWorkbook workbook) {
            CellStyle style = workbook.createCellStyle();
            XSSFFont font = (XSSFFont) workbook.createFont();
            font.setBold(bold);
            font.setStrikeout(strikeout);
            font.setFontHeightInPoints(points);
            style.setFont(font);
            style.setWrapText(wrap);
            style.setQuotePrefixed(quotePrefixed);
            style.setAlignment(alignment);
            style.setVerticalAlignment(verticalAlignment);
            if (fill != null) {
                ((XSSFCellStyle) style).setFillForegroundColor(new XSSFColor(HexFormat.of().parseHex(fill), null));
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            }
            style.setBorderTop(borderTop);
            style.setBorderBottom(borderBottom);
            style.setDataFormat(workbook.createDataFormat().getFormat(dataFormat));
            return style;
        }
    }

    /**
     * Reads every cell of a workbook with excel-streaming-reader.
     *
     * @param xlsx the workbook's bytes
     * @return the cells
     * @throws IOException if the bytes are not a workbook
     */
    static WorkbookCells read(byte[] xlsx) throws IOException {
        List<SheetCells> sheets = new ArrayList<>();
        List<StyleSpec> styles = new ArrayList<>();
        Map<Integer, Integer> styleIndex = new HashMap<>();
        try (Workbook workbook = StreamingReader.builder().rowCacheSize(100).bufferSize(1 << 16)
                .open(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook) {
                List<RowCells> rows = new ArrayList<>();
                for (Row row : sheet) {
                    int n = row.getPhysicalNumberOfCells();
                    int[] columns = new int[n];
                    Object[] values = new Object[n];
                    int[] styleOf = new int[n];
                    int i = 0;
                    for (Cell cell : row) {
                        Object value = value(cell);
                        if (value == null) {
                            continue;
                        }
                        XSSFCellStyle style = (XSSFCellStyle) cell.getCellStyle();
                        columns[i] = cell.getColumnIndex();
                        values[i] = value;
                        styleOf[i] = styleIndex.computeIfAbsent((int) style.getIndex(), k -> {
                            styles.add(StyleSpec.of(style));
                            return styles.size() - 1;
                        });
                        i++;
                    }
                    if (i < n) {
                        columns = Arrays.copyOf(columns, i);
                        values = Arrays.copyOf(values, i);
                        styleOf = Arrays.copyOf(styleOf, i);
                    }
                    rows.add(new RowCells(row.getRowNum(), columns, values, styleOf));
                }
                sheets.add(new SheetCells(sheet.getSheetName(), rows));
            }
        }
        return new WorkbookCells(sheets, styles);
    }

    private static Object value(Cell cell) {
        CellType type = cell.getCellType();
        if (type == CellType.STRING) {
            return cell.getStringCellValue();
        } else if (type == CellType.NUMERIC) {
            return cell.getNumericCellValue();
        } else if (type == CellType.BLANK) {
            return null;
        } else if (type == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.NUMERIC) {
            return new Formula(cell.getCellFormula(), cell.getNumericCellValue());
        }
        throw new IllegalStateException("sheet '" + cell.getSheet().getSheetName() + "' cell " + cell.getAddress()
                + " is a " + type + " cell; the tracker workbook has only text, numbers and formulas with a number cached");
    }

    /**
     * A formula with the value it was written with (the Summary's counts).
     *
     * @param text the formula
     * @param cached its value when written
     */
    record Formula(String text, double cached) {}

    /**
     * The number of cells with a value.
     *
     * @return the count
     */
    long cellCount() {
        return sheets.stream().flatMap(s -> s.rows().stream()).mapToLong(r -> r.values().length).sum();
    }

    /**
     * Writes these cells with bare POI SXSSF: inline strings, POI's default row window of 100, each style
     * created once.
     *
     * @param out where to write
     * @throws IOException if writing fails
     */
    void write(OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, SXSSFWorkbook.DEFAULT_WINDOW_SIZE, false, false)) {
            CellStyle[] made = new CellStyle[styles.size()];
            for (int i = 0; i < made.length; i++) {
                made[i] = styles.get(i).create(workbook);
            }
            for (SheetCells sheetCells : sheets) {
                SXSSFSheet sheet = workbook.createSheet(sheetCells.name());
                for (RowCells rowCells : sheetCells.rows()) {
                    Row row = sheet.createRow(rowCells.index());
                    for (int i = 0; i < rowCells.columns().length; i++) {
                        Cell cell = row.createCell(rowCells.columns()[i]);
                        Object value = rowCells.values()[i];
                        if (value instanceof String text) {
                            cell.setCellValue(text);
                        } else if (value instanceof Formula formula) {
                            cell.setCellFormula(formula.text());
                            cell.setCellValue(formula.cached());
                        } else {
                            cell.setCellValue((Double) value);
                        }
                        cell.setCellStyle(made[rowCells.styles()[i]]);
                    }
                }
            }
            workbook.write(out);
        }
    }
}
