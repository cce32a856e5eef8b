package io.github.rectrack.engine.spi.rag;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** The colours of a RAG rating, in the order papers print their columns. */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum Rag {
    /** Outstanding and past its target date (in the reference policy). */
    RED("FF0000", "FFFFFF"),
    /** In progress and within its target date. */
    AMBER("FFC000", "000000"),
    /** Completed and closed. */
    GREEN("00B050", "FFFFFF"),
    /** Superseded or not adopted. */
    GREY("A6A6A6", "000000");

    private final String fill;
    private final String ink;

    Rag(String fill, String ink) {
        this.fill = fill;
        this.ink = ink;
    }

    /**
     * The colour papers and trackers fill a cell of this rating with, as six hex digits without '#'
     * (the Office palette's red, amber, green and a mid grey), so that every format shows the same colours.
     *
     * @return the fill colour
     */
    public String fill() {
        return fill;
    }

    /**
     * The text colour that reads on {@link #fill()}, as six hex digits.
     *
     * @return the text colour
     */
    public String ink() {
        return ink;
    }

    /**
     * The colour as papers write it: "Red", "Amber", "Green", "Grey".
     *
     * @return the label
     */
    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
