package io.github.rectrack.export.docx;

import com.google.common.escape.Escaper;
import com.google.common.xml.XmlEscapers;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Body content written straight as the WordprocessingML of {@code word/document.xml}, with the {@code w} prefix
 * the document's root declares: paragraphs of styled runs, and tables of fixed column widths. The appendix is
 * written this way into a {@link Spilled} part rather than built as POI objects, which for a register of
 * thousands of items took most of the paper's time and memory. What it writes is what POI writes for the same
 * content ({@link PaperDocument}'s tables, {@link PaperDocument#bold}, {@link PaperDocument#plain}), so the paper
 * reads the same either way. Text is escaped with Guava's XML escapers, which also replace the characters XML
 * cannot hold.
 */
final class WordXml {

    private static final Escaper TEXT = XmlEscapers.xmlContentEscaper();
    private static final Escaper ATTRIBUTE = XmlEscapers.xmlAttributeEscaper();
    private static final String BORDER = "<w:%s w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"" + PaperDocument.BORDER + "\"/>";

    private final Writer out;

    /** @param out where the XML goes */
    WordXml(Writer out) {
        this.out = out;
    }

    /** A run of text: bold, italic, struck through or coloured as set; or a link to a bookmark; or a field. */
    static final class Run {
        private final String text;
        private boolean bold;
        private boolean italic;
        private boolean strike;
        private String colour;
        private String anchor;
        private String instruction;

        Run(String text) {
            this.text = text;
        }

        /** @return this run, in italics */
        Run italic() {
            this.italic = true;
            return this;
        }

        /**
         * @param struck whether the run is struck through
         * @return this run
         */
        Run strike(boolean struck) {
            this.strike = struck;
            return this;
        }

        /**
         * @param hex the colour of the text, as RRGGBB
         * @return this run
         */
        Run colour(String hex) {
            this.colour = hex;
            return this;
        }

        /** @return the text */
        String text() {
            return text;
        }

        /** @return whether the run is bold */
        boolean bold() {
            return bold;
        }

        /** @return whether the run is struck through */
        boolean struck() {
            return strike;
        }
    }

    /** A paragraph of one style, its runs, and a bookmark around them if one is set. */
    static final class Para {
        private final String style;
        private final List<Run> runs = new ArrayList<>();
        private String bookmark;
        private long bookmarkId;
        private boolean centred;

        Para(String style) {
            this.style = style;
        }

        /**
         * @param text the text
         * @return the new bold run
         */
        Run bold(String text) {
            Run run = plain(text);
            run.bold = true;
            return run;
        }

        /**
         * @param text the text
         * @return the new plain run
         */
        Run plain(String text) {
            Run run = new Run(text);
            runs.add(run);
            return run;
        }

        /**
         * Adds a link to a bookmark, in the Hyperlink character style, as {@link PaperDocument#link}.
         *
         * @param anchor the bookmark's name
         * @param text the link's text
         */
        void link(String anchor, String text) {
            plain(text).anchor = anchor;
        }

        /**
         * Adds a field, as {@link PaperDocument#field}.
         *
         * @param instruction the field's instruction, such as {@code PAGEREF name \h}
         * @param shown the value shown until the field is computed
         */
        void field(String instruction, String shown) {
            plain(shown).instruction = instruction;
        }

        /** @return this paragraph, centred */
        Para centred() {
            this.centred = true;
            return this;
        }

        /**
         * Puts the paragraph's runs inside a bookmark.
         *
         * @param name the bookmark's name
         * @param id the bookmark's id, unique in the document
         */
        void bookmark(String name, long id) {
            this.bookmark = name;
            this.bookmarkId = id;
        }

        /** @return the runs */
        List<Run> runs() {
            return runs;
        }

        /** @return the characters of text the paragraph holds */
        int length() {
            int length = 0;
            for (Run run : runs) {
                length += run.text.length();
            }
            return length;
        }
    }

    /** What a table cell holds: paragraphs in one style, the table text style unless another is given. */
    static final class Cell {
        private final List<Para> paragraphs = new ArrayList<>();
        private final String style;

        /** A cell in the table text style. */
        Cell() {
            this(PaperStyles.TABLE_TEXT);
        }

        /** @param style the style of the cell's paragraphs */
        Cell(String style) {
            this.style = style;
        }

        /** @return a new paragraph at the end of the cell, in the cell's style */
        Para paragraph() {
            Para p = new Para(style);
            paragraphs.add(p);
            return p;
        }

        /**
         * Writes text into the cell, one plain paragraph per non-blank line ({@link PaperDocument#lines}).
         *
         * @param text the text
         */
        void lines(String text) {
            for (String line : PaperDocument.lines(text)) {
                paragraph().plain(line);
            }
        }

        /** @return the paragraphs */
        List<Para> paragraphs() {
            return paragraphs;
        }

        /** @return the characters of text the cell holds */
        int length() {
            int length = 0;
            for (Para p : paragraphs) {
                length += p.length();
            }
            return length;
        }
    }

    /**
     * Writes a paragraph.
     *
     * @param p the paragraph
     * @throws IOException if writing fails
     */
    void paragraph(Para p) throws IOException {
        out.write("<w:p><w:pPr><w:pStyle w:val=\"");
        out.write(ATTRIBUTE.escape(p.style));
        out.write(p.centred ? "\"/><w:jc w:val=\"center\"/></w:pPr>" : "\"/></w:pPr>");
        if (p.bookmark != null) {
            out.write("<w:bookmarkStart w:id=\"" + p.bookmarkId + "\" w:name=\"");
            out.write(ATTRIBUTE.escape(p.bookmark));
            out.write("\"/>");
        }
        for (Run run : p.runs) {
            run(run);
        }
        if (p.bookmark != null) {
            out.write("<w:bookmarkEnd w:id=\"" + p.bookmarkId + "\"/>");
        }
        out.write("</w:p>");
    }

    private void run(Run run) throws IOException {
        if (run.instruction != null) {
            out.write("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> ");
            out.write(TEXT.escape(run.instruction));
            out.write(" </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>");
            out.write(TEXT.escape(run.text));
            out.write("</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>");
            return;
        }
        if (run.anchor != null) {
            out.write("<w:hyperlink w:anchor=\"");
            out.write(ATTRIBUTE.escape(run.anchor));
            out.write("\"><w:r><w:rPr><w:rStyle w:val=\"" + PaperStyles.HYPERLINK + "\"/></w:rPr>");
            text(run.text);
            out.write("</w:r></w:hyperlink>");
            return;
        }
        out.write("<w:r>");
        if (run.bold || run.italic || run.strike || run.colour != null) {
            out.write("<w:rPr>");
            if (run.bold) {
                out.write("<w:b w:val=\"on\"/>");
            }
            if (run.italic) {
                out.write("<w:i w:val=\"on\"/>");
            }
            if (run.strike) {
                out.write("<w:strike w:val=\"on\"/>");
            }
            if (run.colour != null) {
                out.write("<w:color w:val=\"" + run.colour + "\"/>");
            }
            out.write("</w:rPr>");
        }
        text(run.text);
        out.write("</w:r>");
    }

    private void text(String raw) throws IOException {
        String text = TEXT.escape(raw);
        boolean preserve = !text.isEmpty() && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1)));
        out.write(preserve ? "<w:t xml:space=\"preserve\">" : "<w:t>");
        out.write(text);
        out.write("</w:t>");
    }

    /**
     * Starts a full-width table of fixed column widths with the paper's borders, as {@link PaperDocument#table(int[])}.
     *
     * @param twips the column widths, in twentieths of a point
     * @throws IOException if writing fails
     */
    void tableStart(int[] twips) throws IOException {
        out.write("<w:tbl><w:tblPr><w:tblW w:w=\"" + PaperDocument.TEXT_WIDTH + "\" w:type=\"dxa\"/><w:tblBorders>");
        for (String side : List.of("top", "left", "bottom", "right", "insideH", "insideV")) {
            out.write(String.format(BORDER, side));
        }
        out.write("</w:tblBorders><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>");
        for (int w : twips) {
            out.write("<w:gridCol w:w=\"" + w + "\"/>");
        }
        out.write("</w:tblGrid>");
    }

    /**
     * Starts a row.
     *
     * @param header whether the row is the table's header, repeated at the top of each page
     * @param keptWhole whether the row may not be split across pages
     * @throws IOException if writing fails
     */
    void rowStart(boolean header, boolean keptWhole) throws IOException {
        out.write("<w:tr><w:trPr>");
        if (header) {
            out.write("<w:tblHeader w:val=\"on\"/>");
        }
        out.write(keptWhole ? "<w:cantSplit w:val=\"on\"/>" : "<w:cantSplit w:val=\"off\"/>");
        out.write("</w:trPr>");
    }

    /**
     * Writes a cell.
     *
     * @param twips its width, in twentieths of a point
     * @param merge {@code restart} or {@code continue} for a cell merged with those below or above it
     * @param fill its shading, as RRGGBB
     * @param cell what it holds; a cell with no paragraph gets the one empty paragraph every cell needs
     * @throws IOException if writing fails
     */
    void cell(int twips, Optional<String> merge, Optional<String> fill, Cell cell) throws IOException {
        out.write("<w:tc><w:tcPr><w:tcW w:type=\"dxa\" w:w=\"" + twips + "\"/>");
        if (merge.isPresent()) {
            out.write("<w:vMerge w:val=\"" + merge.get() + "\"/>");
        }
        if (fill.isPresent()) {
            out.write("<w:shd w:color=\"auto\" w:val=\"clear\" w:fill=\"" + fill.get() + "\"/>");
        }
        out.write("</w:tcPr>");
        if (cell.paragraphs.isEmpty()) {
            out.write("<w:p/>");
        }
        for (Para p : cell.paragraphs) {
            paragraph(p);
        }
        out.write("</w:tc>");
    }

    /** @throws IOException if writing fails */
    void rowEnd() throws IOException {
        out.write("</w:tr>");
    }

    /**
     * Starts a table with a header row, as {@link PaperDocument#table(int[], List)}: the header cells shaded and
     * their texts bold.
     *
     * @param twips the column widths, in twentieths of a point
     * @param headers the header texts, one per column
     * @param style the style of the header's paragraphs
     * @throws IOException if writing fails
     */
    void tableStart(int[] twips, List<String> headers, String style) throws IOException {
        if (twips.length != headers.size()) {
            throw new IllegalArgumentException(twips.length + " widths for " + headers.size() + " headers");
        }
        tableStart(twips);
        rowStart(true, true);
        for (int i = 0; i < twips.length; i++) {
            Cell cell = new Cell(style);
            cell.paragraph().bold(headers.get(i));
            cell(twips[i], Optional.empty(), Optional.of(PaperDocument.HEADER_FILL), cell);
        }
        rowEnd();
    }

    /**
     * Writes a body row kept whole on one page, as {@link PaperDocument#row}.
     *
     * @param twips the column widths, in twentieths of a point
     * @param cells the cells, one per column
     * @throws IOException if writing fails
     */
    void row(int[] twips, List<Cell> cells) throws IOException {
        rowStart(false, true);
        for (int i = 0; i < twips.length; i++) {
            cell(twips[i], Optional.empty(), Optional.empty(), cells.get(i));
        }
        rowEnd();
    }

    /** @throws IOException if writing fails */
    void tableEnd() throws IOException {
        out.write("</w:tbl>");
    }
}
