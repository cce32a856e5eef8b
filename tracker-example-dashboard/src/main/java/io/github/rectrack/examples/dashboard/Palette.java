package io.github.rectrack.examples.dashboard;

import io.github.rectrack.engine.spi.rag.Rag;
import java.util.Locale;

/**
 * The dashboard's colours for each RAG rating: a solid fill for chart segments and counts, a pale tint
 * for empty cells, an ink that reads on the fill, and the word printed beside the colour (colour is
 * never the only signal).
 */
enum Palette {
    /** Red. */
    RED(Rag.RED, "Red", "#c62828", "#f8dcdc", "#ffffff"),
    /** Amber. */
    AMBER(Rag.AMBER, "Amber", "#f9a825", "#fdf0cf", "#000000"),
    /** Green. */
    GREEN(Rag.GREEN, "Green", "#2e7d32", "#dcefdc", "#ffffff"),
    /** Grey. */
    GREY(Rag.GREY, "Grey", "#8a8a8a", "#ececec", "#000000");

    private final Rag rag;
    private final String label;
    private final String fill;
    private final String tint;
    private final String ink;

    Palette(Rag rag, String label, String fill, String tint, String ink) {
        this.rag = rag;
        this.label = label;
        this.fill = fill;
        this.tint = tint;
        this.ink = ink;
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
