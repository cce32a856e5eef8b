package io.github.rectrack.model;

/** How far a recommendation was met, where the body grades outcomes ("Recommendation met: significantly"). */
public enum DegreeMet {
    /** Met completely. */
    COMPLETELY,
    /** Met significantly. */
    SIGNIFICANTLY,
    /** Met moderately. */
    MODERATELY,
    /** Met partially. */
    PARTIALLY,
    /** Not met. */
    NOT_MET
}
