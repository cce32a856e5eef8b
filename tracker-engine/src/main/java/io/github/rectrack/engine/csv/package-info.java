/**
 * The built-in CSV format, id {@code csv}: {@link io.github.rectrack.engine.csv.CsvExporter} writes one row
 * per recommendation as the engine evaluated it, {@link io.github.rectrack.engine.csv.CsvImporter} reads such
 * rows (or a force's own CSV with the same column names) back into a register. The columns are listed in
 * {@link io.github.rectrack.engine.csv.CsvColumns}.
 */
package io.github.rectrack.engine.csv;
