/**
 * The committee paper in Word: {@link io.github.rectrack.export.docx.DocxExporter}, exporter id {@code
 * docx}, found by {@link java.util.ServiceLoader}. Everything else in the package is internal: the parts
 * of the paper ({@code Section}), the order they are written in ({@code PaperLayout}, the seam for a
 * force's own template), and the document building blocks ({@code PaperDocument}, {@code PaperStyles}).
 */
package io.github.rectrack.export.docx;
