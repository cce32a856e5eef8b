package io.github.rectrack.examples.dashboard;

import io.github.rectrack.engine.spi.rag.Rag;
import java.util.Locale;

/**
 * The dashboard's colours for each RAG rating: a solid fill for chart segments and counts, the committee
 * paper's, a pale tint for empty cells, the paper's ink that reads on the fill, and the word printed beside the colour (colour is
 * never the only signal).
 */
enum Palette {
    /** Red. */
    RED(Rag.RED, "Red", "#f8dcdc"),
    /** Amber. */
    AMBER(Rag.AMBER, "Amber", "#fdf0cf"),
    /** Green. */
    GREEN(Rag.GREEN, "Green", "#dcefdc"),
    /** Grey. */
    GREY(Rag.GREY, "Grey", "#ececec");

    private final Rag rag;
    private final String label;
    private final String fill;
    private final String tint;
    private final String ink;

    /** The fill and ink are the committee paper's ({@link Rag#fill()}, {@link Rag#ink()}); the tint is the page's own. */
    Palette(Rag rag, String label, String tint) {
        this.rag = rag;
        this.label = label;
        this.fill = "#" + rag.fill();
        this.tint = tint;
        this.ink = "#" + rag.ink();
    }

    /**
     * The colours of a rating.
     *
     * @param rag the rating
     * @return its colours
     */
    static Palette of(Rag rag) {
        for (Palette p : values()) {
            if (p.rag == rag) {
                return p;
            }
        }
        throw new IllegalArgumentException("no colours for RAG rating " + rag);
    }

    /** The rating these colours show. */
    Rag rag() {
        return rag;
    }

    /** The word for the colour, for example "Amber". */
    String label() {
        return label;
    }

    /** The CSS class of the colour, for example {@code rag-amber}. */
    String cssClass() {
        return "rag-" + name().toLowerCase(Locale.ROOT);
    }

    /** The solid fill. */
    String fill() {
        return fill;
    }

    /** The pale tint for a zero count. */
    String tint() {
        return tint;
    }

    /** The text colour that reads on the solid fill. */
    String ink() {
        return ink;
    }
}
