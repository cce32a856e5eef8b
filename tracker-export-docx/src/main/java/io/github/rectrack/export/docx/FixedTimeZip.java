package io.github.rectrack.export.docx;

import java.io.ByteArrayInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Copies a zip package entry by entry, in the same order, dating every entry at one fixed local time.
 *
 * <p>Why: POI's package writer (commons-compress underneath) stamps each zip entry with the time it was
 * written, so the same document written twice differs in its entry headers. A .docx is a zip; its
 * entries' times mean nothing to Word. Dating them all from the report's day makes the bytes depend on
 * the report only. {@link ZipEntry#setTimeLocal} writes the MS-DOS date and time as given, with no time
 * zone conversion and no extended timestamp field, so the JVM's default time zone does not matter.
 */
final class FixedTimeZip {

    private FixedTimeZip() {}

    /**
     * Copies the package, putting each spilled part of the document's body back in place of its marker paragraph.
     *
     * @param zip the package as written
     * @param time the time to date every entry
     * @param out where to write; flushed, not closed
     * @param spilled the spilled parts of {@code word/document.xml}, in any order
     * @throws IOException if reading or writing fails
     */
    static void copy(byte[] zip, LocalDateTime time, OutputStream out, List<Spilled> spilled) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream copy = new ZipOutputStream(new KeepOpen(out))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry dated = new ZipEntry(entry.getName());
                dated.setTimeLocal(time);
                copy.putNextEntry(dated);
                if (!spilled.isEmpty() && entry.getName().equals(DOCUMENT)) {
                    unspill(new String(in.readAllBytes(), StandardCharsets.UTF_8), spilled, copy);
                } else {
                    in.transferTo(copy);
                }
                copy.closeEntry();
            }
        }
    }

    /** Where the root element's start tag begins: after the XML declaration, comments and processing instructions. */
    private static int rootElement(String xml) {
        int at = 0;
        while (true) {
            at = xml.indexOf('<', at);
            if (at < 0) {
                throw new IllegalStateException(DOCUMENT + " has no root element");
            }
            if (xml.startsWith("<?", at)) {
                at = xml.indexOf("?>", at) + 2;
            } else if (xml.startsWith("<!--", at)) {
                at = xml.indexOf("-->", at) + 3;
            } else {
                return at;
            }
        }
    }

    /** The main part of a Word package. */
    static final String DOCUMENT = "word/document.xml";

    /**
     * Writes the document's XML with each marker paragraph replaced by its spilled part. The parts use the prefix
     * {@code w}; a document whose root element binds the WordprocessingML namespace otherwise (as the default
     * namespace, or to another prefix) gets {@code w} declared on its root as well.
     *
     * @param xml the document's XML, as POI wrote it
     * @param spilled the spilled parts
     * @param out where to write
     * @throws IOException if reading a part or writing fails
     * @throws IllegalStateException if the root element does not bind the WordprocessingML namespace, binds
     *     {@code w} to another namespace, or a marker is missing
     */
    static void unspill(String xml, List<Spilled> spilled, OutputStream out) throws IOException {
        int root = rootElement(xml);
        int rootEnd = xml.indexOf('>', root);
        String tag = xml.substring(root, rootEnd);
        Matcher binding = Pattern.compile("\\sxmlns(?::([A-Za-z_][\\w.-]*))?=[\"']" + Pattern.quote(Spilled.W) + "[\"']").matcher(tag);
        if (!binding.find()) {
            throw new IllegalStateException(DOCUMENT + " does not declare the WordprocessingML namespace on its root element");
        }
        String prefix = binding.group(1) == null ? "" : binding.group(1) + ":";
        if (!tag.matches("(?s).*\\sxmlns:w=[\"']" + Pattern.quote(Spilled.W) + "[\"'].*")) {
            if (tag.matches("(?s).*\\sxmlns:w=.*")) {
                throw new IllegalStateException(DOCUMENT + " binds the prefix w to another namespace than WordprocessingML's");
            }
            xml = xml.substring(0, rootEnd) + " xmlns:w=\"" + Spilled.W + "\"" + xml.substring(rootEnd);
        }
        String paragraph = prefix + "p";
        TreeMap<Integer, Spilled> places = new TreeMap<>();
        Map<Integer, Integer> ends = new HashMap<>();
        for (Spilled part : spilled) {
            int token = xml.indexOf(part.token());
            if (token < 0) {
                throw new IllegalStateException("the marker of a spilled part is missing from " + DOCUMENT);
            }
            int start = Math.max(xml.lastIndexOf("<" + paragraph + ">", token), xml.lastIndexOf("<" + paragraph + " ", token));
            int end = xml.indexOf("</" + paragraph + ">", token);
            if (start < 0 || end < 0) {
                throw new IllegalStateException("the marker of a spilled part is not in a paragraph of " + DOCUMENT);
            }
            places.put(start, part);
            ends.put(start, end + ("</" + paragraph + ">").length());
        }
        int from = 0;
        for (Map.Entry<Integer, Spilled> place : places.entrySet()) {
            out.write(xml.substring(from, place.getKey()).getBytes(StandardCharsets.UTF_8));
            place.getValue().copyTo(out);
            from = ends.get(place.getKey());
        }
        out.write(xml.substring(from).getBytes(StandardCharsets.UTF_8));
    }

    /** The caller's stream, which closing flushes but leaves open. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
