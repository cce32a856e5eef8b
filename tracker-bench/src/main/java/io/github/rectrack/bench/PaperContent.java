package io.github.rectrack.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;

/**
 * The body of a Word document as plain values, paragraphs and tables in order, with the document's style
 * definitions: what bare POI XWPF needs to write the same paper. Read once from the paper the {@code docx}
 * exporter wrote.
 *
 * @param styles the style definitions
 * @param body the paragraphs and tables, in order
 */
record PaperContent(CTStyles styles, List<Block> body) {

    /** A paragraph or a table. */
    sealed interface Block permits Para, Table {}

    /**
     * A run of text with its character formatting.
     *
     * @param text the text
     * @param bold bold
     * @param italic italic
     * @param strike struck through
     * @param colour the font colour as RGB hex, or null
     */
    record Run(String text, boolean bold, boolean italic, boolean strike, String colour) {}

    /**
     * A paragraph.
     *
     * @param style the paragraph style's id, or null
     * @param runs its runs
     */
    record Para(String style, List<Run> runs) implements Block {}

    /**
     * A table cell.
     *
     * @param fill the shading as RGB hex, or null
     * @param paragraphs its paragraphs
     */
    record TableCell(String fill, List<Para> paragraphs) {}

    /**
     * A table.
     *
     * @param style the table style's id, or null
     * @param rows the rows of cells
     * @param repeatHeader whether the first row repeats on each page
     */
    record Table(String style, List<List<TableCell>> rows, boolean repeatHeader) implements Block {}

    /**
     * Reads the body of a Word document.
     *
     * @param docx the document's bytes
     * @return its content
     * @throws IOException if the bytes are not a Word document
     */
    static PaperContent read(byte[] docx) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<Block> body = new ArrayList<>();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    body.add(para(p));
                } else if (element instanceof XWPFTable t) {
                    List<List<TableCell>> rows = new ArrayList<>();
                    for (XWPFTableRow row : t.getRows()) {
                        List<TableCell> cells = new ArrayList<>();
                        for (XWPFTableCell cell : row.getTableCells()) {
                            String fill = cell.getColor();
                            cells.add(new TableCell("auto".equals(fill) ? null : fill,
                                    cell.getParagraphs().stream().map(PaperContent::para).toList()));
                        }
                        rows.add(cells);
                    }
                    body.add(new Table(t.getStyleID(), rows, !t.getRows().isEmpty() && t.getRow(0).isRepeatHeader()));
                }
            }
            return new PaperContent((CTStyles) document.getStyle().copy(), body);
        } catch (XmlException e) {
            throw new IOException("the paper's styles part could not be read", e);
        }
    }

    private static Para para(XWPFParagraph p) {
        List<Run> runs = new ArrayList<>();
        for (XWPFRun r : p.getRuns()) {
            String text = r.text();
            if (!text.isEmpty()) {
                runs.add(new Run(text, r.isBold(), r.isItalic(), r.isStrikeThrough(), r.getColor()));
            }
        }
        return new Para(p.getStyle(), runs);
    }

    /**
     * The number of paragraphs, in the body and in table cells.
     *
     * @return the count
     */
    long paragraphCount() {
        long n = 0;
        for (Block block : body) {
            if (block instanceof Para) {
                n++;
            } else if (block instanceof Table t) {
                n += t.rows().stream().flatMap(List::stream).mapToLong(c -> c.paragraphs().size()).sum();
            }
        }
        return n;
    }

    /**
     * Writes this content with bare POI XWPF: the same style definitions, each paragraph with its style and
     * runs, each table with its cells' shading and paragraphs.
     *
     * @param out where to write
     * @throws IOException if writing fails
     */
    void write(OutputStream out) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            document.createStyles().setStyles(styles);
            for (Block block : body) {
                if (block instanceof Para para) {
                    fill(document.createParagraph(), para);
                } else if (block instanceof Table table) {
                    int columns = table.rows().stream().mapToInt(List::size).max().orElse(1);
                    XWPFTable t = document.createTable(table.rows().size(), columns);
                    if (table.style() != null) {
                        t.setStyleID(table.style());
                    }
                    for (int r = 0; r < table.rows().size(); r++) {
                        XWPFTableRow row = t.getRow(r);
                        List<TableCell> cells = table.rows().get(r);
                        for (int c = 0; c < cells.size(); c++) {
                            TableCell cell = cells.get(c);
                            XWPFTableCell target = row.getCell(c);
                            if (cell.fill() != null) {
                                target.setColor(cell.fill());
                            }
                            for (int i = 0; i < cell.paragraphs().size(); i++) {
                                fill(i == 0 ? target.getParagraphs().get(0) : target.addParagraph(), cell.paragraphs().get(i));
                            }
                        }
                    }
                    if (table.repeatHeader() && !table.rows().isEmpty()) {
                        t.getRow(0).setRepeatHeader(true);
                    }
                }
            }
            document.write(out);
        }
    }

    private static void fill(XWPFParagraph p, Para para) {
        if (para.style() != null) {
            p.setStyle(para.style());
        }
        for (Run run : para.runs()) {
            XWPFRun r = p.createRun();
            r.setText(run.text());
            if (run.bold()) {
                r.setBold(true);
            }
            if (run.italic()) {
                r.setItalic(true);
            }
            if (run.strike()) {
                r.setStrikeThrough(true);
            }
            if (run.colour() != null) {
                r.setColor(run.colour());
            }
        }
    }
}
