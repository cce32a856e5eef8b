/**
 * A lean reader of .xlsx workbooks: {@link io.github.rectrack.sheets.xlsx.XlsxWorkbook} streams the rows of a
 * sheet straight from its XML part with a StAX cursor, as {@link io.github.rectrack.sheets.xlsx.XlsxRow}s of
 * {@link io.github.rectrack.sheets.xlsx.XlsxCell}s (value, type, number format), behind POI's zip-bomb guard
 * and with no DOCTYPE accepted. {@link io.github.rectrack.sheets.xlsx.RowSource} is what the importers read
 * rows from, a workbook file or a POI workbook already open.
 */
package io.github.rectrack.sheets.xlsx;
