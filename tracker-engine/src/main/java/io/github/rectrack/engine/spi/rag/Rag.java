package io.github.rectrack.engine.spi.rag;

/** The colours of a RAG rating, in the order papers print their columns. */
public enum Rag {
    /** Outstanding and past its target date (in the reference policy). */
    RED,
    /** In progress and within its target date. */
    AMBER,
    /** Completed and closed. */
    GREEN,
    /** Superseded or not adopted. */
    GREY
}
