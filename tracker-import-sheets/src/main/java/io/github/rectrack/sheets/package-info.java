/**
 * Importing a force's own spreadsheet (an .xlsx workbook or a CSV file) through a column mapping: {@link
 * io.github.rectrack.sheets.ColumnMapping} says which column holds what and what the force's
 * words mean; {@link io.github.rectrack.sheets.MappedSpreadsheet} reads the rows into a
 * register, reporting every cell it cannot understand with its sheet, row and column; {@link
 * io.github.rectrack.sheets.DatedEntries} splits a cell of several dated progress entries into
 * one entry per date; {@link io.github.rectrack.sheets.MappingSuggester} proposes a mapping for
 * a sheet, each guess with a comment saying what it saw.
 */
package io.github.rectrack.sheets;
