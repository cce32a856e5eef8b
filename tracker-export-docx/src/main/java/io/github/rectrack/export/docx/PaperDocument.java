package io.github.rectrack.export.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * The Word document a paper is written into, with the few building blocks the sections use: headings,
 * paragraphs, tables whose first row repeats on every page, shaded cells, bookmarks and internal links.
 *
 * <p>Every paragraph it makes holds text: spacing comes from the styles ({@link PaperStyles}). A new cell
 * starts with one empty paragraph, which {@link #paragraph(XWPFTableCell)} fills before adding more.
 *
 * <p>One instance per export; not thread-safe, and never shared.
 */
final class PaperDocument implements AutoCloseable {

    /** A4 portrait, in twentieths of a point. */
    private static final int PAGE_WIDTH = 11906;
    private static final int PAGE_HEIGHT = 16838;
    /** 2 cm margins. */
    private static final int MARGIN = 1134;
    /** The width of the text between the margins: what a full-width table spans. */
    static final int TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;

    /** The fill of table header cells that are not RAG-coloured. */
    static final String HEADER_FILL = "D9E2F3";

    /** The colour of table borders. */
    static final String BORDER = "808080";

    private final XWPFDocument document;
    private final boolean fromTemplate;
    private long nextBookmarkId;
    private final List<Spilled> spilled = new ArrayList<>();

    /** A blank document with the paper's styles and page. */
    PaperDocument() {
        this.document = new XWPFDocument();
        this.fromTemplate = false;
        PaperStyles.install(document);
    }

    /**
     * A document opened from a force's template: its styles, page, headers and footers are kept; the
     * paper's styles the template lacks are added; bookmark ids continue after the template's own.
     *
     * @param template the template, opened
     */
    PaperDocument(XWPFDocument template) {
        this.document = template;
        this.fromTemplate = true;
        PaperStyles.merge(document);
        long max = -1;
        try (var cursor = document.getDocument().newCursor()) {
            cursor.selectPath("declare namespace w='http://schemas.openxmlformats.org/wordprocessingml/2006/main' .//w:bookmarkStart");
            while (cursor.toNextSelection()) {
                if (cursor.getObject() instanceof CTBookmark b && b.getId() != null) {
                    max = Math.max(max, b.getId().longValue());
                }
            }
        }
        this.nextBookmarkId = max + 1;
    }

    /**
     * Starts a part of the body that is kept out of memory: a marker paragraph is added here, and the part's
     * WordprocessingML, written to the part's {@link Spilled#writer()} as it is made, is put in the marker's place
     * by {@link #write}. A long appendix is written this way, so the whole of it is never held as objects.
     *
     * @return the part
     * @throws IOException if its temporary file cannot be made
     */
    private Spilled spilling() throws IOException {
        String token = Spilled.newMarker();
        Spilled part = new Spilled(token);
        spilled.add(part);
        paragraph(PaperStyles.NORMAL, token);
        return part;
    }

    /** Writes a part of the body as WordprocessingML; see {@link #spilled}. */
    interface XmlWriting {
        /**
         * @param xml where to write the part
         * @throws IOException if writing fails
         */
        void write(WordXml xml) throws IOException;
    }

    /**
     * Writes a part of the body, here, out of memory: {@link #spilling()} with the writing around it.
     *
     * @param what what the part is, for the message if its temporary file cannot be written
     * @param work writes the part
     * @throws UncheckedIOException if the temporary file cannot be made or written
     */
    void spilled(String what, XmlWriting work) {
        try {
            work.write(new WordXml(spilling().writer()));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + what + " to its temporary file", e);
        }
    }

    /** @return the id for the next bookmark, unique in the document */
    long nextBookmarkId() {
        return nextBookmarkId++;
    }

    /** The POI document, for the template layout. */
    XWPFDocument xwpf() {
        return document;
    }

    /** A heading, level 1 or 2. */
    XWPFParagraph heading(int level, String text) {
        XWPFParagraph p = document.createParagraph();
        p.setStyle(level == 1 ? PaperStyles.HEADING_1 : PaperStyles.HEADING_2);
        p.createRun().setText(text);
        return p;
    }

    /** A body paragraph of one style, holding the text. */
    XWPFParagraph paragraph(String style, String text) {
        XWPFParagraph p = document.createParagraph();
        p.setStyle(style);
        p.createRun().setText(text);
        return p;
    }

    /** A body paragraph for the caller to fill: it must add text. */
    XWPFParagraph paragraph(String style) {
        XWPFParagraph p = document.createParagraph();
        p.setStyle(style);
        return p;
    }

    /**
     * A full-width table of fixed column widths whose first row is a header that Word repeats at the
     * top of every page the table runs onto.
     *
     * @param widths the column widths, in parts of the text width (they are scaled to fill it); given in
     *     twentieths of a point summing to {@link #TEXT_WIDTH}, they are kept as they are
     * @param headers the header texts, one per column
     * @return the table, holding only the header row
     */
    XWPFTable table(int[] widths, List<String> headers) {
        if (widths.length != headers.size()) {
            throw new IllegalArgumentException(widths.length + " widths for " + headers.size() + " headers");
        }
        XWPFTable table = table(widths);
        XWPFTableRow header = table.getRow(0);
        for (int i = 0; i < widths.length; i++) {
            XWPFTableCell cell = header.getCell(i);
            cell.setColor(HEADER_FILL);
            bold(paragraph(cell), headers.get(i));
        }
        return table;
    }

    /**
     * A full-width table of fixed column widths whose first row, left empty for the caller to fill, is a
     * header that Word repeats at the top of every page the table runs onto.
     *
     * @param widths the column widths, in parts of the text width (they are scaled to fill it)
     * @return the table, holding only the header row
     */
    XWPFTable table(int[] widths) {
        XWPFTable table = document.createTable(1, widths.length);
        int[] twips = scale(widths);
        CTTbl ct = table.getCTTbl();
        CTTblPr pr = ct.getTblPr() != null ? ct.getTblPr() : ct.addNewTblPr();
        CTTblWidth width = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(TEXT_WIDTH));
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        table.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, BORDER);
        table.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, BORDER);
        table.setLeftBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, BORDER);
        table.setRightBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, BORDER);
        table.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, BORDER);
        table.setInsideVBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, BORDER);
        CTTblGrid grid = ct.getTblGrid() != null ? ct.getTblGrid() : ct.addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : twips) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int i = 0; i < twips.length; i++) {
            width(header.getCell(i), twips[i]);
        }
        return table;
    }

    /**
     * Adds a body row to a table made by {@link #table}, with the header's column widths. The row is kept
     * whole on one page (a row taller than a page is still split, as Word and LibreOffice must).
     */
    static XWPFTableRow row(XWPFTable table) {
        XWPFTableRow row = table.createRow();
        row.setCantSplitRow(true);
        CTTblGrid grid = table.getCTTbl().getTblGrid();
        for (int i = 0; i < row.getTableCells().size(); i++) {
            width(row.getCell(i), Integer.parseInt(String.valueOf(grid.getGridColArray(i).getW())));
        }
        return row;
    }

    /**
     * @param parts column widths in parts of the text width
     * @return the widths in twentieths of a point, filling the text width
     */
    static int[] scale(int[] parts) {
        int sum = 0;
        for (int p : parts) {
            sum += p;
        }
        int[] twips = new int[parts.length];
        int used = 0;
        for (int i = 0; i < parts.length; i++) {
            twips[i] = i == parts.length - 1 ? TEXT_WIDTH - used : TEXT_WIDTH * parts[i] / sum;
            used += twips[i];
        }
        return twips;
    }

    private static void width(XWPFTableCell cell, int twips) {
        CTTcPr pr = tcPr(cell);
        CTTblWidth w = pr.isSetTcW() ? pr.getTcW() : pr.addNewTcW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(twips));
    }

    private static CTTcPr tcPr(XWPFTableCell cell) {
        CTTc tc = cell.getCTTc();
        return tc.isSetTcPr() ? tc.getTcPr() : tc.addNewTcPr();
    }

    /** Sets every paragraph of a table's cells in one paragraph style. */
    static void style(XWPFTable table, String style) {
        for (XWPFTableRow row : table.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
                for (XWPFParagraph p : cell.getParagraphs()) {
                    p.setStyle(style);
                }
            }
        }
    }

    /**
     * Merges a cell with the one above it: {@code first} starts the merged block, later cells continue it.
     */
    static void mergeDown(XWPFTableCell cell, boolean first) {
        tcPr(cell).addNewVMerge().setVal(first ? STMerge.RESTART : STMerge.CONTINUE);
    }

    /**
     * The next paragraph of a cell: the empty one a new cell comes with, or a new one after what the cell
     * already holds. Styled as table text.
     */
    static XWPFParagraph paragraph(XWPFTableCell cell) {
        List<XWPFParagraph> paragraphs = cell.getParagraphs();
        XWPFParagraph p = paragraphs.size() == 1 && isBlank(paragraphs.get(0)) ? paragraphs.get(0) : cell.addParagraph();
        p.setStyle(PaperStyles.TABLE_TEXT);
        return p;
    }

    private static boolean isBlank(XWPFParagraph p) {
        CTP ct = p.getCTP();
        return ct.sizeOfRArray() == 0 && ct.sizeOfHyperlinkArray() == 0 && ct.sizeOfBookmarkStartArray() == 0;
    }

    /**
     * Writes text into a cell, one paragraph per non-blank line.
     */
    static void text(XWPFTableCell cell, String text) {
        for (String line : lines(text)) {
            paragraph(cell).createRun().setText(line);
        }
    }

    /** The non-blank lines of a text, stripped; "–" for a text with none, so no paragraph is empty. */
    static List<String> lines(String text) {
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        return lines.isEmpty() ? List.of("–") : lines;
    }

    /** Adds a bold run. */
    static XWPFRun bold(XWPFParagraph p, String text) {
        XWPFRun run = p.createRun();
        run.setBold(true);
        run.setText(text);
        return run;
    }

    /** Adds a plain run. */
    static XWPFRun plain(XWPFParagraph p, String text) {
        XWPFRun run = p.createRun();
        run.setText(text);
        return run;
    }

    /** Shades a cell in a RAG colour and writes the colour's word in it, in the ink that reads on it. */
    static void rag(XWPFTableCell cell, RagColour colour, boolean word) {
        cell.setColor(colour.fill());
        if (word) {
            XWPFRun run = bold(paragraph(cell), colour.word());
            run.setColor(colour.ink());
        }
    }

    /**
     * Marks text in a paragraph with a bookmark: the runs written by {@code body} are inside it.
     *
     * @param p the paragraph
     * @param name the bookmark's name
     * @param body writes the runs
     */
    void bookmark(XWPFParagraph p, String name, Runnable body) {
        BigInteger id = BigInteger.valueOf(nextBookmarkId());
        CTBookmark start = p.getCTP().addNewBookmarkStart();
        start.setId(id);
        start.setName(name);
        body.run();
        p.getCTP().addNewBookmarkEnd().setId(id);
    }

    /**
     * Adds a field Word and LibreOffice compute when they lay the document out: {@code PAGE}, {@code
     * NUMPAGES}, {@code PAGEREF name \h}. The field is written as begin, instruction, separator, the value
     * shown until it is computed, end.
     *
     * @param p the paragraph
     * @param instruction the field's instruction, such as {@code PAGE}
     * @param shown the value shown until the field is computed
     */
    static void field(XWPFParagraph p, String instruction, String shown) {
        CTP ct = p.getCTP();
        ct.addNewR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        CTText instr = ct.addNewR().addNewInstrText();
        instr.setStringValue(" " + instruction + " ");
        instr.setSpace(SpaceAttribute.Space.PRESERVE);
        ct.addNewR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        ct.addNewR().addNewT().setStringValue(shown);
        ct.addNewR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    /**
     * Adds the number of the page a bookmark is on, as a {@code PAGEREF} field linked to it.
     *
     * @param p the paragraph
     * @param bookmark the bookmark's name
     */
    static void pageOf(XWPFParagraph p, String bookmark) {
        field(p, "PAGEREF " + bookmark + " \\h", "–");
    }

    /**
     * Gives every page a footer "Page 3 of 12", from {@code PAGE} and {@code NUMPAGES} fields, unless the
     * document has a footer of its own (a force's template keeps its own), and asks Word to compute the
     * fields when it opens the document, so page references are right before it is printed.
     */
    void pageNumbers() {
        if (document.getFooterList().isEmpty()) {
            XWPFParagraph p = document.createFooter(HeaderFooterType.DEFAULT).createParagraph();
            p.setStyle(PaperStyles.FOOTER);
            p.setAlignment(ParagraphAlignment.CENTER);
            plain(p, "Page ");
            field(p, "PAGE", "1");
            plain(p, " of ");
            field(p, "NUMPAGES", "1");
        }
        document.enforceUpdateFields();
    }

    /**
     * Adds an internal hyperlink to a bookmark, in the Hyperlink character style.
     *
     * @param p the paragraph
     * @param anchor the bookmark's name
     * @param text the link's text
     */
    static void link(XWPFParagraph p, String anchor, String text) {
        CTHyperlink link = p.getCTP().addNewHyperlink();
        link.setAnchor(anchor);
        CTR run = link.addNewR();
        run.addNewRPr().addNewRStyle().setVal(PaperStyles.HYPERLINK);
        run.addNewT().setStringValue(text);
    }

    /**
     * Writes the document: A4 portrait page (a template's own page setup is kept), core properties dated {@code day} at midnight UTC, zip
     * entries dated the same (see {@link FixedTimeZip}); the same content gives the same bytes.
     *
     * @param day the day the paper is dated
     * @param title the document title property
     * @param creator the author property
     * @param out where to write; not closed
     * @throws IOException if writing fails
     */
    void write(LocalDate day, String title, String creator, OutputStream out) throws IOException {
        if (!fromTemplate || !document.getDocument().getBody().isSetSectPr()) {
            pageSetup();
        }
        POIXMLProperties.CoreProperties core = document.getProperties().getCoreProperties();
        Optional<Date> midnight = Optional.of(Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant()));
        core.setCreated(midnight);
        core.setModified(midnight);
        core.setTitle(title);
        core.setCreator(creator);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024);
        document.write(buffer);
        FixedTimeZip.copy(buffer.toByteArray(), day.atStartOfDay(), out, spilled);
    }

    private void pageSetup() {
        var body = document.getDocument().getBody();
        CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN));
        margins.setBottom(BigInteger.valueOf(MARGIN));
        margins.setLeft(BigInteger.valueOf(MARGIN));
        margins.setRight(BigInteger.valueOf(MARGIN));
        margins.setHeader(BigInteger.valueOf(567));
        margins.setFooter(BigInteger.valueOf(567));
        margins.setGutter(BigInteger.ZERO);
    }

    @Override
    public void close() throws IOException {
        try {
            for (Spilled part : spilled) {
                part.close();
            }
        } finally {
            document.close();
        }
    }
}
