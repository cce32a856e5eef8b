/**
 * The tracker workbook in Excel: {@link io.github.rectrack.export.xlsx.XlsxExporter}, found by {@link
 * java.util.ServiceLoader} under the id {@code xlsx}. The sheets and their columns are described once, in
 * a package-private layout the importer will share.
 */
package io.github.rectrack.export.xlsx;
