package io.github.rectrack.export.docx;

/**
 * The parts of a committee paper, each written from the engine's views into a {@link PaperDocument}.
 *
 * <p>Each part has a key, which is also the placeholder a force's own template uses to say where
 * the part goes ({@code {{summary}}}); {@link PaperLayout} writes them in the reference paper's order
 * into a blank document, {@link TemplateLayout} at a template's placeholders.
 */
enum Section {
    /** Organisation, forum, subject, date, author. */
    TITLE_BLOCK("title") {
        @Override
        void append(Paper paper) {
            FrontMatter.titleBlock(paper);
        }
    },
    /** What the paper is for. */
    PURPOSE("purpose") {
        @Override
        void append(Paper paper) {
            FrontMatter.purpose(paper);
        }
    },
    /** The decision the forum is asked for, with the counts from the views. */
    RECOMMENDATION("recommendation") {
        @Override
        void append(Paper paper) {
            Furniture.recommendation(paper);
        }
    },
    /**
     * Priority by RAG, with totals, and how many are proposed for closure; then kind by RAG where the
     * scheme asks for the kinds of item apart for the forum.
     */
    SUMMARY("summary") {
        @Override
        void append(Paper paper) {
            FrontMatter.summary(paper);
            InspectionSections.summaryByKind(paper);
        }
    },
    /** What each colour means. */
    RAG_KEY("ragKey") {
        @Override
        void append(Paper paper) {
            FrontMatter.ragKey(paper);
        }
    },
    /** The items the forum is asked to close, linked to the appendix. */
    PROPOSED_CLOSURE("proposedClosure") {
        @Override
        void append(Paper paper) {
            Lists.proposedClosure(paper);
        }
    },
    /** The scheme's reporting rules and what a closure needs, in words. */
    REPORTING_CRITERIA("reportingCriteria") {
        @Override
        void append(Paper paper) {
            Furniture.reportingCriteria(paper);
        }
    },
    /** Original against current targets. */
    SLIPPAGE("slippage") {
        @Override
        void append(Paper paper) {
            Lists.slippage(paper);
        }
    },
    /** Requests for a later target, pending and decided; nothing if there are none. */
    EXTENSION_REQUESTS("extensionRequests") {
        @Override
        void append(Paper paper) {
            ExtensionsAndDiscrepancies.extensionRequests(paper);
        }
    },
    /** Stated RAG or status that disagrees with the computed one; nothing if none does. */
    DISCREPANCIES("discrepancies") {
        @Override
        void append(Paper paper) {
            ExtensionsAndDiscrepancies.discrepancies(paper);
        }
    },
    /** What changed since the previous meeting; nothing if the report has no previous meeting. */
    MOVEMENT("movement") {
        @Override
        void append(Paper paper) {
            MovementSection.append(paper);
        }
    },
    /** Per source, per item, the full record. */
    APPENDIX("appendix") {
        @Override
        void append(Paper paper) {
            AppendixSection.append(paper);
        }
    },
    /**
     * The items other forums monitor; then, each only when it holds something, the items addressed to
     * other bodies that the forum watches, the reports awaiting a published response (s.55) and the further
     * reports promised to the forum.
     */
    MONITORED_ELSEWHERE("monitoredElsewhere") {
        @Override
        void append(Paper paper) {
            Lists.monitoredElsewhere(paper);
            InspectionSections.watched(paper);
            InspectionSections.publishedResponses(paper);
            InspectionSections.forwardPlan(paper);
        }
    },
    /** The implications the forum's paper settings state; nothing if none. */
    IMPLICATIONS("implications") {
        @Override
        void append(Paper paper) {
            Furniture.implications(paper);
        }
    },
    /** The background papers; nothing if none. */
    BACKGROUND_PAPERS("backgroundPapers") {
        @Override
        void append(Paper paper) {
            Furniture.backgroundPapers(paper);
        }
    },
    /** The persons to contact; nothing if none. */
    CONTACTS("contacts") {
        @Override
        void append(Paper paper) {
            Furniture.contacts(paper);
        }
    };

    private final String key;

    Section(String key) {
        this.key = key;
    }

    /** The part's key: "summary", "proposedClosure". */
    String key() {
        return key;
    }

    /** The placeholder a template marks the part's place with: {@code {{summary}}}. */
    String placeholder() {
        return "{{" + key + "}}";
    }

    /**
     * Writes the part at the end of the paper's document.
     *
     * @param paper the paper
     */
    abstract void append(Paper paper);
}
