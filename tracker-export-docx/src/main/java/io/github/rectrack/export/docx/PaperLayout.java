package io.github.rectrack.export.docx;

import java.util.List;

/**
 * The order of the parts in a paper written from scratch: the reference paper's order (Leicestershire
 * JARAP, 16 October 2020). With a force's own template, {@link TemplateLayout} places the same
 * {@link Section}s at the template's placeholders instead of appending them to a blank document.
 */
final class PaperLayout {

    /** The reference paper's order. */
    static final List<Section> STANDARD = List.of(Section.TITLE_BLOCK, Section.PURPOSE, Section.RECOMMENDATION, Section.SUMMARY,
            Section.RAG_KEY, Section.PROPOSED_CLOSURE, Section.REPORTING_CRITERIA, Section.SLIPPAGE,
            Section.EXTENSION_REQUESTS, Section.DISCREPANCIES, Section.MOVEMENT, Section.APPENDIX, Section.MONITORED_ELSEWHERE,
            Section.IMPLICATIONS, Section.BACKGROUND_PAPERS, Section.CONTACTS);

    private PaperLayout() {}

    /**
     * Appends the parts, in order, to the paper's document.
     *
     * @param paper the paper
     * @param sections the parts
     */
    static void append(Paper paper, List<Section> sections) {
        for (Section section : sections) {
            section.append(paper);
        }
    }
}
