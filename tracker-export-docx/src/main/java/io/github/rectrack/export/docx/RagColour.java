package io.github.rectrack.export.docx;

import io.github.rectrack.engine.spi.rag.Rag;

/**
 * The paper's colour for each RAG rating: the cell fill, the text colour that reads on it, and the word
 * printed in the cell (colour is never the only signal: the word is always there too).
 */
enum RagColour {
    /** Red. */
    RED(Rag.RED),
    /** Amber. */
    AMBER(Rag.AMBER),
    /** Green. */
    GREEN(Rag.GREEN),
    /** Grey. */
    GREY(Rag.GREY);

    private final Rag rag;

    RagColour(Rag rag) {
        this.rag = rag;
    }

    /**
     * The colours of a rating.
     *
     * @param rag the rating
     * @return its colours
     */
    static RagColour of(Rag rag) {
        for (RagColour c : values()) {
            if (c.rag == rag) {
                return c;
            }
        }
        throw new IllegalArgumentException("no colour for RAG rating " + rag);
    }

    /** The cell fill, as Word writes it: six hex digits, no '#'. */
    String fill() {
        return rag.fill();
    }

    /** The text colour on the fill. */
    String ink() {
        return rag.ink();
    }

    /** The word printed in the cell, as the paper prints it: "RED", "AMBER". */
    String word() {
        return rag.name();
    }
}
