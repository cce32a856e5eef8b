/**
 * The tracker workbook in Excel: {@link io.github.rectrack.export.xlsx.XlsxExporter} writes it and {@link
 * io.github.rectrack.export.xlsx.XlsxImporter} reads it back, with the edits people made, both found by
 * {@link java.util.ServiceLoader} under the id {@code xlsx}. The sheets and their columns are described
 * once, in a package-private layout that both share.
 */
package io.github.rectrack.export.xlsx;
