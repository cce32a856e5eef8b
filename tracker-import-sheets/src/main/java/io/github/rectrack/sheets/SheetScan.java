package io.github.rectrack.sheets;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What {@link MappingSuggester} reads of one sheet: the first 100 rows, to find the header row, and then
 * at most {@value #DATA_ROWS} rows below it, keeping only counts and the distinct words of the columns
 * whose words the mapping must give meanings to. Memory is bounded whatever the sheet's size: at most
 * {@value #HEADER_SEARCH} rows of at most {@value #MAX_COLUMNS} cells (each cut to {@value #MAX_TEXT}
 * characters) are held, and at most {@value #MAX_WORDS} words per column.
 */
final class SheetScan implements RowSink {

    /** The rows searched for the header row. */
    static final int HEADER_SEARCH = 100;

    /** The rows read below the header row. */
    static final int DATA_ROWS = 2_000;

    /** The columns read of each row. */
    static final int MAX_COLUMNS = 200;

    /** The distinct words listed for one column. */
    static final int MAX_WORDS = 100;

    /** The characters kept of a cell held while the header row is looked for. */
    static final int MAX_TEXT = 300;

    /** The fewest cells that must read as known headers for a row to be the header row. */
    static final int FEWEST_HEADERS = 2;

    /** The fields whose words the mapping gives meanings to under {@code values}. */
    static final List<String> WORD_FIELDS = List.of("status", "priority", "assurance", "extensionDecision");

    private static final Set<String> UPDATE_FIELDS = Set.of("updateText", "updateDate", "status");

    /** Thrown by the sink to stop reading once enough rows are read; never leaves the suggester. */
    static final class Enough extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Enough() {
            super("enough rows read", null, false, false);
        }
    }

    /**
     * One column below the header.
     *
     * @param index 0 for column A
     * @param header the header, white space collapsed; empty for a blank header
     * @param match what the header reads as, if anything
     */
    record Column(int index, String header, Optional<HeaderWords.Match> match) {}

    /**
     * A distinct word of a column.
     *
     * @param word the word as first seen, trimmed
     * @param rows the rows it is in
     */
    record Word(String word, int rows) {}

    private final Optional<String> sheet;
    private final List<Row> held = new ArrayList<>();
    private boolean decided;
    private int headerRow;
    private int headerScore;
    private final List<Column> columns = new ArrayList<>();
    private final List<String> titles = new ArrayList<>();
    private final Map<String, Integer> fieldColumns = new HashMap<>();
    private final Map<Integer, Map<String, int[]>> wordCounts = new HashMap<>();
    private final Map<Integer, Map<String, String>> wordForms = new HashMap<>();
    private final Map<Integer, Integer> wordsLeftOut = new HashMap<>();
    private final Map<Integer, Integer> firstValueRow = new HashMap<>();
    private int dataRows;
    private int lastRow;
    private boolean cutShort;
    private int continuationRow;

    private record Row(int number, List<SheetCell> cells) {}

    /**
     * A scan of one sheet.
     *
     * @param sheet the sheet's name, empty for a CSV file
     */
    SheetScan(Optional<String> sheet) {
        this.sheet = sheet;
    }

    @Override
    public boolean row(int number, List<SheetCell> cells) {
        List<SheetCell> kept = cells.size() > MAX_COLUMNS ? cells.subList(0, MAX_COLUMNS) : cells;
        if (!decided) {
            if (number <= HEADER_SEARCH) {
                List<SheetCell> copy = new ArrayList<>(kept.size());
                for (SheetCell cell : kept) {
                    copy.add(cell.text().length() > MAX_TEXT
                            ? new SheetCell(cell.text().substring(0, MAX_TEXT), cell.date(), cell.number()) : cell);
                }
                held.add(new Row(number, copy));
                return true;
            }
            decide();
        }
        if (headerRow > 0 && number > headerRow) {
            data(number, kept);
        }
        return true;
    }

    /** Ends the scan: finds the header row if the sheet had no more than 100 rows. */
    void finish() {
        if (!decided) {
            decide();
        }
    }

    private void decide() {
        decided = true;
        Row best = null;
        for (Row row : held) {
            int score = (int) row.cells.stream().filter(c -> HeaderWords.match(c.text()).isPresent()).count();
            if (score > headerScore) {
                headerScore = score;
                best = row;
            }
        }
        if (best == null || headerScore < FEWEST_HEADERS) {
            held.clear();
            return;
        }
        headerRow = best.number;
        for (int i = 0; i < best.cells.size(); i++) {
            String header = best.cells.get(i).text().replaceAll("[\\s\\u00a0]+", " ").strip();
            Optional<HeaderWords.Match> match = header.isEmpty() ? Optional.empty() : HeaderWords.match(header);
            columns.add(new Column(i, header, match));
            if (match.isPresent()) {
                fieldColumns.putIfAbsent(match.get().field(), i);
            }
        }
        for (String field : WORD_FIELDS) {
            Integer column = fieldColumns.get(field);
            if (column != null) {
                wordCounts.put(column, new LinkedHashMap<>());
                wordForms.put(column, new HashMap<>());
            }
        }
        List<Row> rows = new ArrayList<>(held);
        held.clear();
        for (Row row : rows) {
            if (row.number < headerRow) {
                row.cells.stream().map(SheetCell::text).filter(t -> !t.isEmpty()).forEach(t -> titles.add("row " + row.number + ": " + t));
            } else if (row.number > headerRow) {
                data(row.number, row.cells);
            }
        }
    }

    private void data(int number, List<SheetCell> cells) {
        if (cells.stream().allMatch(SheetCell::isBlank)) {
            return;
        }
        if (dataRows == DATA_ROWS) {
            cutShort = true;
            throw new Enough();
        }
        dataRows++;
        lastRow = number;
        for (int i = 0; i < cells.size(); i++) {
            SheetCell cell = cells.get(i);
            if (cell.isBlank()) {
                continue;
            }
            firstValueRow.putIfAbsent(i, number);
            Map<String, int[]> counts = wordCounts.get(i);
            if (counts != null && !cell.text().isEmpty()) {
                String key = cell.text().toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s\\u00a0]+", "");
                int[] count = counts.get(key);
                if (count != null) {
                    count[0]++;
                } else if (counts.size() < MAX_WORDS) {
                    counts.put(key, new int[] {1});
                    wordForms.get(i).put(key, cell.text());
                } else {
                    wordsLeftOut.merge(i, 1, Integer::sum);
                }
            }
        }
        if (continuationRow == 0 && dataRows > 1 && blank(cells, "reference") && blank(cells, "text")
                && (fieldColumns.containsKey("reference") || fieldColumns.containsKey("text"))
                && UPDATE_FIELDS.stream().anyMatch(f -> !blank(cells, f))) {
            continuationRow = number;
        }
    }

    private boolean blank(List<SheetCell> cells, String field) {
        Integer column = fieldColumns.get(field);
        return column == null || column >= cells.size() || cells.get(column).isBlank();
    }

    /** @return the sheet's name, empty for a CSV file */
    Optional<String> sheet() {
        return sheet;
    }

    /** @return the header row, 1-based; 0 if none was found */
    int headerRow() {
        return headerRow;
    }

    /** @return how many cells of the header row read as known headers (of the best row, if none was taken) */
    int headerScore() {
        return headerScore;
    }

    /** @return the columns of the header row, from A */
    List<Column> columns() {
        return columns;
    }

    /** @return the text of the cells above the header row, each as {@code row N: text} */
    List<String> titles() {
        return titles;
    }

    /** @return the column of each field, the first column whose header reads as it */
    Map<String, Integer> fieldColumns() {
        return fieldColumns;
    }

    /**
     * The distinct words of a column, in the order first seen.
     *
     * @param column the column's index
     * @return the words with their row counts
     */
    List<Word> words(int column) {
        List<Word> words = new ArrayList<>();
        Map<String, int[]> counts = wordCounts.getOrDefault(column, Map.of());
        counts.forEach((key, count) -> words.add(new Word(wordForms.get(column).get(key), count[0])));
        return words;
    }

    /**
     * How many cells of a column held a word beyond the first {@value #MAX_WORDS} distinct ones.
     *
     * @param column the column's index
     * @return the count
     */
    int wordsLeftOut(int column) {
        return wordsLeftOut.getOrDefault(column, 0);
    }

    /**
     * The first row below the header with a value in a column.
     *
     * @param column the column's index
     * @return the row, 1-based, if any
     */
    Optional<Integer> firstValueRow(int column) {
        return Optional.ofNullable(firstValueRow.get(column));
    }

    /** @return the non-blank rows read below the header */
    int dataRows() {
        return dataRows;
    }

    /** @return the last row read, 1-based */
    int lastRow() {
        return lastRow;
    }

    /** @return whether the sheet has rows beyond those read */
    boolean cutShort() {
        return cutShort;
    }

    /** @return the first row with no reference or text but an update or status, 0 if none */
    int continuationRow() {
        return continuationRow;
    }
}
