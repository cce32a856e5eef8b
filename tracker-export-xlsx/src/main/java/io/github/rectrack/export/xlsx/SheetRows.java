package io.github.rectrack.export.xlsx;

import io.github.rectrack.engine.spi.Finding;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.sheets.xlsx.RowSource;
import io.github.rectrack.sheets.xlsx.XlsxCell;
import io.github.rectrack.sheets.xlsx.XlsxRow;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;

/**
 * Reads the data rows of one list sheet by its {@link SheetLayout}: finds the stored columns by their
 * header text (in any order, other columns ignored; a column marked {@link Column#optional()} may be absent and
 * then reads as blank), reads each cell as its {@link CellKind}, and checks
 * the row's {@link Fingerprint} to tell rows as exported from rows a person added or changed, and which
 * exported rows are gone. Every problem is a finding located by sheet, row and column.
 */
final class SheetRows {

    /** A date such as the error messages show. */
    static final String DATE_EXAMPLE = "a date such as 2020-05-07";

    private static final DateTimeFormatter DAY = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("d MMM uuuu").toFormatter(Locale.UK);
    private static final DateTimeFormatter DAY_LONG = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("d MMMM uuuu").toFormatter(Locale.UK);
    private static final DateTimeFormatter MONTH = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("MMM uuuu").toFormatter(Locale.UK);
    private static final DateTimeFormatter MONTH_LONG = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("MMMM uuuu").toFormatter(Locale.UK);

    /**
     * The precision each number format read shows a date at; a workbook has a few formats, and the map
     * stops growing at {@value #MAX_FORMATS}.
     */
    private static final Map<String, PartialDate.Precision> FORMAT_PRECISION = new java.util.concurrent.ConcurrentHashMap<>();
    /** The most number formats whose date precision is remembered. */
    private static final int MAX_FORMATS = 1000;

    /** What changed in a sheet compared with what was exported. */
    enum Change {
        /** The row is as exported. */
        NONE,
        /** The row has no fingerprint: a person added it. */
        ADDED,
        /** The row's values differ from those exported. */
        CHANGED
    }

    /**
     * One data row read: its stored values by column index of the layout (null for a blank cell or a
     * column not read), and where it is.
     *
     * @param sheet the sheet's name
     * @param number the row number as Excel shows it, from 2
     * @param values the values, by the layout's column index
     * @param texts the text of the derived status columns, if found, by the layout's column index
     * @param change what a person did to it
     * @param ok whether every stored cell read without error
     * @param shared the import's shared values, which make the optionals
     */
    record Values(String sheet, int number, Object[] values, String[] texts, Change change, boolean ok, SharedValues shared) {

        /**
         * A value.
         *
         * @param column the layout's column index
         * @param type the value's type
         * @param <V> the type
         * @return the value, empty if blank
         */
        <V> Optional<V> get(int column, Class<V> type) {
            return shared.optional(type.cast(values[column]));
        }
    }

    private final String name;
    private final SheetLayout<?> layout;
    private final int maxRows;
    private final int maxText;
    private final List<Finding> findings;
    private final SharedValues shared;
    /** Whether the workbook counts its dates from 1904; set when a sheet is read. */
    private boolean date1904;
    /** Where each of the layout's columns is in the sheet, or -1; set when the header is read. */
    private int[] at = new int[0];

    /**
     * A reader for one sheet.
     *
     * @param name the input's name, for findings
     * @param layout the sheet's layout
     * @param maxRows the most data rows read; more is an error
     * @param maxText the longest text a cell may hold
     * @param findings where findings go
     * @param shared the values read so far, to share equal ones
     */
    SheetRows(String name, SheetLayout<?> layout, int maxRows, int maxText, List<Finding> findings, SharedValues shared) {
        this.shared = shared;
        this.name = name;
        this.layout = layout;
        this.maxRows = maxRows;
        this.maxText = maxText;
        this.findings = findings;
    }

    /**
     * Sets the date system numbers are read in, for {@link #value} called before {@link #read}.
     *
     * @param date1904 whether the workbook counts its dates from 1904
     * @return this reader
     */
    SheetRows date1904(boolean date1904) {
        this.date1904 = date1904;
        return this;
    }

    /**
     * Reads every data row, streaming, and hands each to the consumer.
     *
     * @param source the workbook
     * @param sheet the sheet's name as the workbook spells it
     * @param written how many data rows the exporter wrote, if known; places missing from those are reported
     * @param consumer what to do with each row
     * @return false if the sheet could not be read (its header lacked a stored column); the error is reported
     * @throws IOException if the sheet's XML cannot be read
     */
    boolean read(RowSource source, String sheet, Optional<Integer> written, Consumer<Values> consumer) throws IOException {
        date1904 = source.date1904();
        Reading reading = new Reading(consumer);
        source.rows(sheet, reading::row);
        if (!reading.started) {
            reading.header(null);
        }
        if (!reading.ok) {
            return false;
        }
        if (written.isPresent()) {
            List<Integer> gone = new ArrayList<>();
            for (int place = reading.seen.nextClearBit(1); place <= written.get(); place = reading.seen.nextClearBit(place + 1)) {
                gone.add(place);
            }
            if (!gone.isEmpty()) {
                findings.add(Finding.notice(where(-1, -1, null), gone.size() + " row(s) of the " + written.get()
                        + " exported are gone (deleted): the exported rows " + (gone.size() > 10 ? gone.subList(0, 10) + " and more" : gone)
                        + " (counted from the first data row); what they held is no longer in the register"));
            }
        }
        return true;
    }

    /** One pass over a sheet's rows: the header row, then each data row. */
    private final class Reading {
        private final Consumer<Values> consumer;
        private final List<Column<?>> columns = List.copyOf(layout.columns());
        private final BitSet seen = new BitSet();
        private boolean started;
        private boolean ok = true;
        private int read;
        private Integer fingerprintAt;
        private int[] precisionAt;
        // a stored column the sheet lacks is one added after the workbook was exported, which the exporter did
        // not hash, or one a person deleted from a later workbook, which the exporter hashed: an unedited row
        // matches the first fingerprint, or the second, where a lacking column counts as a blank cell
        private final Fingerprint fingerprint = new Fingerprint();
        private Fingerprint withBlanks;

        Reading(Consumer<Values> consumer) {
            this.consumer = consumer;
        }

        /** Takes one row; false to stop. */
        boolean row(XlsxRow row) {
            if (!started) {
                started = true;
                return header(row);
            }
            return data(row);
        }

        /** Finds the columns by the header row; false (and an error reported) if it lacks one. */
        boolean header(XlsxRow header) {
            if (header == null || header.number() != 1) {
                findings.add(Finding.error(where(1, -1, null), "the header row is missing: row 1 must hold the column headers "
                        + headers(layout)));
                ok = false;
                return false;
            }
            at = new int[columns.size()];
            java.util.Arrays.fill(at, -1);
            Map<String, Integer> found = new HashMap<>();
            for (XlsxCell cell : header.cells()) {
                if (isString(cell)) {
                    found.putIfAbsent(cell.text().strip().toLowerCase(Locale.ROOT), cell.column());
                }
            }
            List<String> missing = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                Integer index = found.get(columns.get(c).header().toLowerCase(Locale.ROOT));
                if (index != null) {
                    at[c] = index;
                } else if (!columns.get(c).derived() && !columns.get(c).optional()) {
                    missing.add("'" + columns.get(c).header() + "'");
                }
            }
            if (!missing.isEmpty()) {
                findings.add(Finding.error(where(1, -1, null), "the sheet has no column " + String.join(", ", missing)
                        + "; row 1 must hold the headers " + headers(layout) + " (other columns are ignored)"));
                ok = false;
                return false;
            }
            fingerprintAt = found.get(TrackerLayout.FINGERPRINT.toLowerCase(Locale.ROOT));
            precisionAt = new int[columns.size()];
            for (int c = 0; c < columns.size(); c++) {
                Integer index = columns.get(c).kind() == CellKind.PARTIAL_DATE
                        ? found.get(TrackerLayout.precisionHeader(columns.get(c).header()).toLowerCase(Locale.ROOT)) : null;
                precisionAt[c] = index == null ? -1 : index;
            }
            boolean lacksStored = false;
            for (int c = 0; c < columns.size(); c++) {
                lacksStored |= at[c] < 0 && !columns.get(c).derived();
            }
            withBlanks = lacksStored ? new Fingerprint() : null;
            return true;
        }

        /** Reads a data row and hands it on; false (and an error reported) past the row limit. */
        boolean data(XlsxRow row) {
            if (isBlank(row)) {
                return true;
            }
            if (++read > maxRows) {
                findings.add(Finding.error(where(row.number(), -1, null), "the sheet has more than " + maxRows
                        + " data rows, the most this importer reads; split the register or raise the limit"));
                ok = false;
                return false;
            }
            int number = row.number();
            Object[] values = new Object[columns.size()];
            String[] texts = new String[columns.size()];
            boolean fine = true;
            for (int c = 0; c < columns.size(); c++) {
                Column<?> column = columns.get(c);
                if (at[c] < 0) {
                    if (withBlanks != null && !column.derived()) {
                        withBlanks.add(null);
                    }
                    continue;
                }
                XlsxCell cell = row.cell(at[c]);
                if (column.derived()) {
                    if (column.header().equals(TrackerLayout.STATUS) || column.header().equals(TrackerLayout.STATUS_AS_WRITTEN)) {
                        texts[c] = cell == null ? null : derivedText(cell); // the only derived cells read: a status edit
                    }
                    continue;
                }
                try {
                    Object value = value(cell, column.kind());
                    if (value instanceof PartialDate day && cell.type() == CellType.NUMERIC && !cell.formula()) {
                        value = precise(day, cell, precisionAt[c] < 0 ? null : row.cell(precisionAt[c]));
                    }
                    values[c] = shared.share(value);
                } catch (IllegalArgumentException e) {
                    findings.add(Finding.error(where(number, at[c], column.header()), e.getMessage()));
                    fine = false;
                }
                fingerprint.add(values[c]);
                if (withBlanks != null) {
                    withBlanks.add(values[c]);
                }
            }
            XlsxCell mark = fingerprintAt == null ? null : row.cell(fingerprintAt);
            Optional<Integer> place = mark != null && isString(mark) ? Fingerprint.place(mark.text()) : Optional.empty();
            String exported = place.isPresent() ? mark.text() : null;
            // both fingerprints finish, matching or not, so that each starts the next row afresh
            boolean unchanged = fingerprint.finishMatching(exported);
            boolean unchangedWithBlanks = withBlanks != null && withBlanks.finishMatching(exported);
            Change change = Change.ADDED;
            if (place.isPresent()) {
                seen.set(place.get());
                change = unchanged || unchangedWithBlanks ? Change.NONE : Change.CHANGED;
            }
            consumer.accept(new Values(layout.name(), number, values, texts, change, fine, shared));
            return true;
        }
    }

    /** Whether a cell holds a string typed in (not a formula's result). */
    static boolean isString(XlsxCell cell) {
        return cell.type() == CellType.STRING && !cell.formula();
    }

    /**
     * Where a cell is: {@code <name>: sheet 'Updates', row 5, column D (Date)}.
     *
     * @param row the row number as Excel shows it, or -1 for the sheet
     * @param column the 0-based column index, or -1 for the row
     * @param header the column's header
     * @return the location
     */
    String where(int row, int column, String header) {
        StringBuilder where = new StringBuilder(name).append(": sheet '").append(layout.name()).append('\'');
        if (row > 0) {
            where.append(", row ").append(row);
        }
        if (column >= 0) {
            where.append(", column ").append(CellReference.convertNumToColString(column)).append(" (").append(header).append(')');
        }
        return where.toString();
    }

    /**
     * Where a cell of a row read is.
     *
     * @param row the row
     * @param column the layout's column index
     * @return the location
     */
    String where(Values row, int column) {
        return where(row.number(), column < at.length ? at[column] : -1, layout.columns().get(column).header());
    }

    /**
     * Where a row read is.
     *
     * @param row the row
     * @return the location
     */
    String where(Values row) {
        return where(row.number(), -1, null);
    }

    /** The stored columns' headers a sheet must hold, then those it may lack, for an error message. */
    private static String headers(SheetLayout<?> layout) {
        String required = layout.columns().stream().filter(c -> !c.derived() && !c.optional()).map(c -> "'" + c.header() + "'")
                .collect(java.util.stream.Collectors.joining(", "));
        String optional = layout.columns().stream().filter(c -> !c.derived() && c.optional()).map(c -> "'" + c.header() + "'")
                .collect(java.util.stream.Collectors.joining(", "));
        return optional.isEmpty() ? required : required + ", and may hold " + optional;
    }

    private static boolean isBlank(XlsxRow row) {
        for (XlsxCell cell : row.cells()) {
            if (!(cell.type() == CellType.BLANK && !cell.formula()) && !(isString(cell) && cell.text().isEmpty())) {
                return false;
            }
        }
        return true;
    }

    private String derivedText(XlsxCell cell) {
        try {
            Object value = value(cell, CellKind.TEXT);
            return value == null ? null : value.toString().strip();
        } catch (IllegalArgumentException e) {
            return null; // a derived cell is not read
        }
    }

    /**
     * A cell's value as its column's kind.
     *
     * @param cell the cell, or null
     * @param kind what the column holds
     * @return a String, LocalDate, PartialDate, Long or Boolean; null for a blank cell
     * @throws IllegalArgumentException saying what was expected and what was found
     */
    Object value(XlsxCell cell, CellKind kind) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.type();
        switch (type) {
            case BLANK:
                return null;
            case ERROR:
                throw new IllegalArgumentException("the cell holds an Excel error, not a value");
            case BOOLEAN:
                if (kind == CellKind.YES_NO) {
                    return cell.bool();
                }
                return text(cell.bool() ? "TRUE" : "FALSE", kind);
            case NUMERIC:
                return number(cell.number(), kind);
            case STRING:
                String text = cell.text();
                if (text.length() > maxText) {
                    throw new IllegalArgumentException("the cell holds " + text.length() + " characters, more than the " + maxText
                            + " a cell may hold");
                }
                return text.isEmpty() ? null : text(text, kind);
            default:
                throw new IllegalArgumentException("the cell holds a " + type + " value, which the importer cannot read");
        }
    }

    /**
     * {@link #precise(PartialDate, XlsxCell, XlsxCell)} for cells of a POI workbook already open.
     *
     * @param day the date, known to the day
     * @param cell its cell
     * @param precision the row's precision cell, or null
     * @return the date at its precision
     */
    static PartialDate precise(PartialDate day, org.apache.poi.ss.usermodel.Cell cell, org.apache.poi.ss.usermodel.Cell precision) {
        return precise(day, XlsxCell.of(cell), precision == null ? null : XlsxCell.of(precision));
    }

    /**
     * A date read from a real Excel date cell, at the precision it was written with: the hidden precision
     * cell's word ("Month", "Year") where the row has one, else the cell's number format ("mmm yyyy" shows a
     * month, "yyyy" a year). A date that is not the first day of that month or year was typed to the day, and
     * stays a day.
     *
     * @param day the date, known to the day
     * @param cell its cell
     * @param precision the row's precision cell, or null
     * @return the date at its precision
     */
    static PartialDate precise(PartialDate day, XlsxCell cell, XlsxCell precision) {
        PartialDate.Precision known = PartialDate.Precision.DAY;
        if (precision != null && isString(precision) && !precision.text().isBlank()) {
            String word = precision.text().strip();
            for (PartialDate.Precision p : PartialDate.Precision.values()) {
                if (TrackerLayout.precisionWord(p).equalsIgnoreCase(word)) {
                    known = p;
                }
            }
        } else {
            known = formatPrecision(cell.formatString());
        }
        LocalDate first = day.first();
        if (known == PartialDate.Precision.MONTH && first.getDayOfMonth() == 1) {
            return PartialDate.ofMonth(first.getYear(), first.getMonthValue());
        }
        if (known == PartialDate.Precision.YEAR && first.getDayOfYear() == 1) {
            return PartialDate.ofYear(first.getYear());
        }
        return day;
    }

    /** The precision a number format shows a date at: "mmm yyyy" a month, "yyyy" a year, else the day. */
    private static PartialDate.Precision formatPrecision(String format) {
        PartialDate.Precision known = FORMAT_PRECISION.get(format);
        if (known == null) {
            known = precisionShown(format);
            if (FORMAT_PRECISION.size() < MAX_FORMATS) {
                FORMAT_PRECISION.put(format, known);
            }
        }
        return known;
    }

    private static PartialDate.Precision precisionShown(String format) {
        String shown = format.replaceAll("\"[^\"]*\"|\\[[^\\]]*\\]", "").toLowerCase(Locale.ROOT);
        if (shown.contains("y") && !shown.contains("d")) {
            return shown.contains("m") ? PartialDate.Precision.MONTH : PartialDate.Precision.YEAR;
        }
        return PartialDate.Precision.DAY;
    }

    private Object number(double number, CellKind kind) {
        switch (kind) {
            case DATE:
            case PARTIAL_DATE:
                if (!DateUtil.isValidExcelDate(number) || number < 1) {
                    throw new IllegalArgumentException("expected " + DATE_EXAMPLE + (kind == CellKind.PARTIAL_DATE ? " or May 2020" : "")
                            + ", found the number " + plain(number));
                }
                LocalDate day = DateUtil.getLocalDateTime(number, date1904).toLocalDate();
                return kind == CellKind.DATE ? day : PartialDate.of(day);
            case INTEGER:
                if (number != Math.rint(number) || Math.abs(number) > 1e15) {
                    throw new IllegalArgumentException("expected a whole number, found " + plain(number));
                }
                return (long) number;
            case YES_NO:
                throw new IllegalArgumentException("expected Yes or No, found " + plain(number));
            default:
                return plain(number); // a reference such as 4.1 typed as a number
        }
    }

    private static String plain(double number) {
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }

    private static Object text(String text, CellKind kind) {
        String t = text.strip();
        switch (kind) {
            case DATE:
                return date(t).orElseThrow(() -> new IllegalArgumentException("expected " + DATE_EXAMPLE + ", found '" + text + "'"));
            case PARTIAL_DATE:
                return partialDate(t).orElseThrow(() -> new IllegalArgumentException("expected " + DATE_EXAMPLE
                        + " or May 2020, found '" + text + "'"));
            case INTEGER:
                try {
                    return Long.parseLong(t);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("expected a whole number, found '" + text + "'", e);
                }
            case YES_NO:
                if (t.equalsIgnoreCase("yes") || t.equalsIgnoreCase("true")) {
                    return Boolean.TRUE;
                }
                if (t.equalsIgnoreCase("no") || t.equalsIgnoreCase("false")) {
                    return Boolean.FALSE;
                }
                throw new IllegalArgumentException("expected Yes or No, found '" + text + "'");
            default:
                return text;
        }
    }

    /** A day written 2020-05-07, 7 May 2020 or 7 May 2020 with the month in full. */
    static Optional<LocalDate> date(String text) {
        for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_LOCAL_DATE, DAY, DAY_LONG)) {
            try {
                return Optional.of(LocalDate.parse(text, format));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    /** A date known to the day, month or year: 2020-05-07, 2020-05, 2020, 7 May 2020, May 2020. */
    static Optional<PartialDate> partialDate(String text) {
        try {
            return Optional.of(PartialDate.parse(text));
        } catch (IllegalArgumentException e) {
            // try the written forms
        }
        Optional<LocalDate> day = date(text);
        if (day.isPresent()) {
            return Optional.of(PartialDate.of(day.get()));
        }
        for (DateTimeFormatter format : List.of(MONTH, MONTH_LONG)) {
            try {
                YearMonth month = YearMonth.parse(text, format);
                return Optional.of(PartialDate.ofMonth(month.getYear(), month.getMonthValue()));
            } catch (DateTimeException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }
}
