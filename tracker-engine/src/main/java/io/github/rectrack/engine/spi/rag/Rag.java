package io.github.rectrack.engine.spi.rag;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** The colours of a RAG rating, in the order papers print their columns. */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum Rag {
    /** Outstanding and past its target date (in the reference policy). */
    RED,
    /** In progress and within its target date. */
    AMBER,
    /** Completed and closed. */
    GREEN,
    /** Superseded or not adopted. */
    GREY;

    /**
     * The colour as papers write it: "Red", "Amber", "Green", "Grey".
     *
     * @return the label
     */
    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
