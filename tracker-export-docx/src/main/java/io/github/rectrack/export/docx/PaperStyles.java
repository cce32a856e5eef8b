package io.github.rectrack.export.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STUnderline;

/**
 * The styles the paper uses, written into the document's styles part: a blank {@link XWPFDocument} has
 * none. Headings use Word's built-in names ("heading 1", style id {@code Heading1}) and outline levels,
 * so that Word's navigation pane and a table of contents find them, and a force's template that defines
 * the same ids restyles the paper without touching it.
 *
 * <p>Spacing between blocks comes from these styles' paragraph spacing, never from empty paragraphs.
 */
final class PaperStyles {

    /** The body text style. */
    static final String NORMAL = "Normal";
    /** The organisation's name at the top. */
    static final String TITLE = "Title";
    /** The forum's name under it. */
    static final String SUBTITLE = "Subtitle";
    /** Section headings. */
    static final String HEADING_1 = "Heading1";
    /** Headings inside a section: one per source in the appendix, one per list in the movement. */
    static final String HEADING_2 = "Heading2";
    /** Text in table cells: tighter spacing. */
    static final String TABLE_TEXT = "TableText";
    /** Text in the cells of a table with many columns: a point smaller than {@link #TABLE_TEXT}. */
    static final String SMALL_TABLE_TEXT = "SmallTableText";
    /** The line under each appendix item's table, which also keeps Word from joining adjacent tables. */
    static final String ITEM_NOTE = "ItemNote";
    /** The page footer: "Page 3 of 12". */
    static final String FOOTER = "Footer";
    /** The character style of internal links. */
    static final String HYPERLINK = "Hyperlink";

    private static final String FONT = "Arial";

    private PaperStyles() {}

    /**
     * Writes the styles into the document, replacing any it has.
     *
     * @param document a new document
     */
    static void install(XWPFDocument document) {
        document.createStyles().setStyles(build());
    }

    /**
     * Adds to a force's template the styles the paper uses that the template does not define; the
     * template's own styles, and its document defaults, win.
     *
     * @param document the document opened from the template
     */
    static void merge(XWPFDocument document) {
        XWPFStyles existing = document.getStyles();
        if (existing == null) {
            install(document);
            return;
        }
        for (CTStyle style : build().getStyleArray()) {
            if (!existing.styleExist(style.getStyleId())) {
                existing.addStyle(new XWPFStyle((CTStyle) style.copy(), existing));
            }
        }
    }

    private static CTStyles build() {
        CTStyles styles = CTStyles.Factory.newInstance();
        defaults(styles.addNewDocDefaults());

        CTStyle normal = paragraph(styles, NORMAL, "Normal", null);
        normal.setDefault(true);

        CTStyle title = paragraph(styles, TITLE, "Title", NORMAL);
        spacing(title.addNewPPr(), 0, 120);
        CTRPr titleRun = title.addNewRPr();
        titleRun.addNewB();
        size(titleRun, 32);

        CTStyle subtitle = paragraph(styles, SUBTITLE, "Subtitle", NORMAL);
        spacing(subtitle.addNewPPr(), 0, 360);
        CTRPr subtitleRun = subtitle.addNewRPr();
        subtitleRun.addNewB();
        size(subtitleRun, 26);

        heading(styles, HEADING_1, "heading 1", 0, 32, 360, 120);
        heading(styles, HEADING_2, "heading 2", 1, 26, 240, 120);

        CTStyle table = paragraph(styles, TABLE_TEXT, "Table Text", NORMAL);
        spacing(table.addNewPPr(), 40, 40);
        size(table.addNewRPr(), 20);

        CTStyle small = paragraph(styles, SMALL_TABLE_TEXT, "Small Table Text", TABLE_TEXT);
        spacing(small.addNewPPr(), 40, 40);
        size(small.addNewRPr(), 18);

        CTStyle note = paragraph(styles, ITEM_NOTE, "Item Note", NORMAL);
        spacing(note.addNewPPr(), 60, 360);
        CTRPr noteRun = note.addNewRPr();
        noteRun.addNewI();
        size(noteRun, 18);

        CTStyle footer = paragraph(styles, FOOTER, "footer", NORMAL);
        spacing(footer.addNewPPr(), 0, 0);
        size(footer.addNewRPr(), 18);

        CTStyle link = styles.addNewStyle();
        link.setType(STStyleType.CHARACTER);
        link.setStyleId(HYPERLINK);
        link.addNewName().setVal("Hyperlink");
        link.addNewUiPriority().setVal(BigInteger.valueOf(99));
        link.addNewUnhideWhenUsed();
        CTRPr linkRun = link.addNewRPr();
        linkRun.addNewColor().setVal("0563C1");
        linkRun.addNewU().setVal(STUnderline.SINGLE);
        return styles;
    }

    private static void defaults(CTDocDefaults defaults) {
        CTRPr run = defaults.addNewRPrDefault().addNewRPr();
        CTFonts fonts = run.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        size(run, 22);
        run.addNewLang().setVal("en-GB");
        spacing(defaults.addNewPPrDefault().addNewPPr(), 0, 120);
    }

    private static CTStyle paragraph(CTStyles styles, String id, String name, String basedOn) {
        CTStyle style = styles.addNewStyle();
        style.setType(STStyleType.PARAGRAPH);
        style.setStyleId(id);
        style.addNewName().setVal(name);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
            style.addNewNext().setVal(NORMAL);
        }
        style.addNewQFormat();
        return style;
    }

    private static void heading(CTStyles styles, String id, String name, int level, int halfPoints, int before, int after) {
        CTStyle style = paragraph(styles, id, name, NORMAL);
        style.addNewUiPriority().setVal(BigInteger.valueOf(9));
        CTPPrGeneral p = style.addNewPPr();
        p.addNewKeepNext();
        p.addNewKeepLines();
        spacing(p, before, after);
        p.addNewOutlineLvl().setVal(BigInteger.valueOf(level));
        CTRPr r = style.addNewRPr();
        r.addNewB();
        size(r, halfPoints);
    }

    private static void spacing(CTPPrGeneral p, int before, int after) {
        CTSpacing spacing = p.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(before));
        spacing.setAfter(BigInteger.valueOf(after));
        spacing.setLine(BigInteger.valueOf(264));
        spacing.setLineRule(STLineSpacingRule.AUTO);
    }

    private static void size(CTRPr run, int halfPoints) {
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        run.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
    }
}
