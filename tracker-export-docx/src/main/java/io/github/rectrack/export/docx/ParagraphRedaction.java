package io.github.rectrack.export.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;

/**
 * Replaces the names in one Word paragraph ({@code w:p}) where they lie, keeping the paragraph's
 * formatting: the text of the paragraph is read from its text elements ({@code w:t}, and {@code w:delText}
 * of deleted text) in order, with its tabs and breaks, and redacted as one text; the parts that changed are
 * found by comparing the words before and after, and each is written into the text element where it starts,
 * which keeps that run's formatting, while the characters it replaced are removed from the elements they
 * were in. A name within one run stays in that run's formatting; a name spread over runs (a bold first name
 * and a plain surname) becomes one replacement in the first run's formatting, and the other runs keep
 * their formatting for the rest of their text. Text boxes inside the paragraph ({@code w:txbxContent}) are
 * paragraphs of their own and are left to their own redaction.
 */
final class ParagraphRedaction {

    static final String WORD_MAIN = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static final QName T = new QName(WORD_MAIN, "t");
    private static final QName DEL_TEXT = new QName(WORD_MAIN, "delText");
    private static final QName TAB = new QName(WORD_MAIN, "tab");
    private static final QName BR = new QName(WORD_MAIN, "br");
    private static final QName CR = new QName(WORD_MAIN, "cr");
    /** Subtrees whose text is not the paragraph's: properties, field codes, and text boxes (paragraphs of their own). */
    private static final Set<QName> SKIPPED = Set.of(new QName(WORD_MAIN, "pPr"), new QName(WORD_MAIN, "rPr"),
            new QName(WORD_MAIN, "instrText"), new QName(WORD_MAIN, "delInstrText"), new QName(WORD_MAIN, "txbxContent"));

    /** The largest comparison, in pairs of words, before a changed stretch is replaced whole. */
    private static final long MAX_COMPARISON = 4_000_000L;

    private ParagraphRedaction() {}

    /** A piece of the paragraph's text: a text element, which may be edited, or a tab or break, which may only be removed. */
    private static final class Segment {
        final XmlObject element;
        final boolean editable;
        final String original;
        int start;
        StringBuilder text;

        Segment(XmlObject element, boolean editable, String text) {
            this.element = element;
            this.editable = editable;
            this.original = text;
            this.text = new StringBuilder(text);
        }
    }

    /** A stretch of the old text, from {@code start} to {@code end}, replaced by {@code replacement}. */
    private record Edit(int start, int end, String replacement) {}

    /**
     * Redacts a paragraph in place.
     *
     * @param paragraph the {@code w:p} element
     * @param redact replaces the names in a text
     * @return whether the paragraph changed
     */
    static boolean redact(XmlObject paragraph, UnaryOperator<String> redact) {
        List<Segment> segments = segments(paragraph);
        StringBuilder joined = new StringBuilder();
        for (Segment s : segments) {
            s.start = joined.length();
            joined.append(s.original);
        }
        String before = joined.toString();
        String after = redact.apply(before);
        if (after.equals(before)) {
            return false;
        }
        List<Edit> edits = edits(before, after);
        for (int i = edits.size() - 1; i >= 0; i--) {
            apply(segments, edits.get(i));
        }
        StringBuilder written = new StringBuilder();
        for (Segment s : segments) {
            written.append(s.text);
        }
        if (!written.toString().equals(after)) {
            // Not expected: the edits are taken from the two texts. The paragraph's text is then written whole.
            for (Segment s : segments) {
                s.text.setLength(0);
            }
            Segment first = segments.stream().filter(s -> s.editable).findFirst().orElseThrow();
            first.text.append(after);
            segments.stream().filter(s -> !s.editable).forEach(s -> s.text.setLength(0));
        }
        for (Segment s : segments) {
            if (s.text.toString().equals(s.original)) {
                continue;
            }
            if (!s.editable) {
                try (XmlCursor c = s.element.newCursor()) {
                    c.removeXml();
                }
            } else if (s.element instanceof CTText t) {
                t.setStringValue(s.text.toString());
                t.setSpace(SpaceAttribute.Space.PRESERVE);
            } else {
                try (XmlCursor c = s.element.newCursor()) {
                    c.setTextValue(s.text.toString());
                }
            }
        }
        return true;
    }

    /** The paragraph's text elements, tabs and breaks, in order, without those of its text boxes. */
    private static List<Segment> segments(XmlObject paragraph) {
        List<Segment> segments = new ArrayList<>();
        try (XmlCursor c = paragraph.newCursor()) {
            if (!c.toFirstChild()) {
                return segments;
            }
            int depth = 1;
            while (depth > 0) {
                XmlCursor.TokenType token = c.currentTokenType();
                if (token.isStart()) {
                    QName name = c.getName();
                    if (SKIPPED.contains(name)) {
                        c.toEndToken();
                    } else if (name.equals(T) || name.equals(DEL_TEXT)) {
                        segments.add(new Segment(c.getObject(), true, c.getTextValue()));
                        c.toEndToken();
                    } else if (name.equals(TAB) || name.equals(BR) || name.equals(CR)) {
                        segments.add(new Segment(c.getObject(), false, name.equals(TAB) ? "\t" : "\n"));
                        c.toEndToken();
                    } else {
                        depth++;
                    }
                } else if (token.isEnd()) {
                    depth--;
                } else if (token.isEnddoc() || token.isNone()) {
                    break;
                }
                if (depth > 0 && c.toNextToken().isNone()) {
                    break;
                }
            }
        }
        return segments;
    }

    /**
     * The stretches of the old text that the new one changed, found by comparing their words (runs of
     * letters and digits, and each other character alone); changed stretches separated only by spaces or
     * punctuation are one stretch, so that a name of two words replaced by a role of several is one edit.
     */
    static List<Edit> edits(String before, String after) {
        int prefix = 0;
        int limit = Math.min(before.length(), after.length());
        while (prefix < limit && before.charAt(prefix) == after.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < limit - prefix && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
            suffix++;
        }
        // widen the window to whole words, so that a name sharing a first letter with its initials is one word
        while (prefix > 0 && Character.isLetterOrDigit(before.charAt(prefix - 1))) {
            prefix--;
        }
        while (suffix > 0 && Character.isLetterOrDigit(before.charAt(before.length() - suffix))) {
            suffix--;
        }
        List<int[]> a = tokens(before, prefix, before.length() - suffix);
        List<int[]> b = tokens(after, prefix, after.length() - suffix);
        int n = a.size();
        int m = b.size();
        List<Edit> edits = new ArrayList<>();
        if ((long) n * m > MAX_COMPARISON || n == 0 || m == 0) {
            edits.add(new Edit(prefix, before.length() - suffix, after.substring(prefix, after.length() - suffix)));
            return edits;
        }
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = same(before, a.get(i), after, b.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        // walk the comparison, collecting the stretches where the two differ
        int i = 0;
        int j = 0;
        int editFromI = -1;
        int editFromJ = -1;
        List<int[]> stretches = new ArrayList<>();
        while (i < n || j < m) {
            if (i < n && j < m && same(before, a.get(i), after, b.get(j))) {
                if (editFromI >= 0) {
                    stretches.add(new int[] {editFromI, i, editFromJ, j});
                    editFromI = -1;
                }
                i++;
                j++;
            } else {
                if (editFromI < 0) {
                    editFromI = i;
                    editFromJ = j;
                }
                if (j < m && (i == n || common[i][j + 1] >= common[i + 1][j])) {
                    j++;
                } else {
                    i++;
                }
            }
        }
        if (editFromI >= 0) {
            stretches.add(new int[] {editFromI, n, editFromJ, m});
        }
        // join stretches separated only by spaces and punctuation
        List<int[]> joined = new ArrayList<>();
        for (int[] s : stretches) {
            if (!joined.isEmpty()) {
                int[] last = joined.get(joined.size() - 1);
                boolean onlySeparators = true;
                for (int k = last[1]; k < s[0]; k++) {
                    if (Character.isLetterOrDigit(before.codePointAt(a.get(k)[0]))) {
                        onlySeparators = false;
                        break;
                    }
                }
                if (onlySeparators) {
                    last[1] = s[1];
                    last[3] = s[3];
                    continue;
                }
            }
            joined.add(s.clone());
        }
        for (int[] s : joined) {
            int from = s[0] < n ? a.get(s[0])[0] : before.length() - suffix;
            int to = s[1] > 0 && s[1] > s[0] ? a.get(s[1] - 1)[1] : from;
            int rFrom = s[2] < m ? b.get(s[2])[0] : after.length() - suffix;
            int rTo = s[3] > 0 && s[3] > s[2] ? b.get(s[3] - 1)[1] : rFrom;
            edits.add(new Edit(from, to, after.substring(rFrom, rTo)));
        }
        return edits;
    }

    private static boolean same(String x, int[] tx, String y, int[] ty) {
        int length = tx[1] - tx[0];
        return length == ty[1] - ty[0] && x.regionMatches(tx[0], y, ty[0], length);
    }

    /** The words of a stretch of text: runs of letters, marks and digits, and each other character alone. */
    private static List<int[]> tokens(String text, int from, int to) {
        List<int[]> tokens = new ArrayList<>();
        int i = from;
        while (i < to) {
            int start = i;
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (wordCharacter(cp)) {
                while (i < to && wordCharacter(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
            }
            tokens.add(new int[] {start, i});
        }
        return tokens;
    }

    private static boolean wordCharacter(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                || Character.getType(cp) == Character.COMBINING_SPACING_MARK;
    }

    /**
     * Applies one edit: the replacement goes into the first text element the edited stretch touches (or,
     * for an insertion, the one it follows), and the replaced characters are removed from every element.
     * Edits are applied from the last to the first, so that the segments' starts still hold.
     */
    private static void apply(List<Segment> segments, Edit edit) {
        Segment target = null;
        for (Segment s : segments) {
            int end = s.start + s.original.length();
            if (s.editable && s.start <= edit.start() && edit.start() < end) {
                target = s;
                break;
            }
        }
        if (target == null) {
            for (Segment s : segments) {
                int end = s.start + s.original.length();
                if (s.editable && edit.start() < end && s.start < Math.max(edit.end(), edit.start() + 1)) {
                    target = s;
                    break;
                }
            }
        }
        if (target == null) {
            for (Segment s : segments) {
                if (s.editable && s.start + s.original.length() <= edit.start()) {
                    target = s;
                }
            }
        }
        if (target == null) {
            target = segments.stream().filter(s -> s.editable).findFirst().orElseThrow();
        }
        for (Segment s : segments) {
            int from = Math.max(edit.start(), s.start) - s.start;
            int to = Math.min(edit.end(), s.start + s.original.length()) - s.start;
            if (from < to) {
                if (s.editable) {
                    s.text.delete(from, to);
                } else {
                    s.text.setLength(0);
                }
            }
        }
        int at = Math.max(0, Math.min(edit.start() - target.start, target.original.length()));
        if (edit.start() < target.start) {
            at = 0;
        }
        // characters of this segment before the edit were not touched by it (edits run from last to first)
        target.text.insert(Math.min(at, target.text.length()), edit.replacement());
    }
}
