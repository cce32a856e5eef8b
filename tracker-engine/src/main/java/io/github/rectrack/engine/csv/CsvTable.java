package io.github.rectrack.engine.csv;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import io.github.rectrack.engine.spi.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads CSV into rows of cells, with the line each row starts on, within size limits. Strict UTF-8: a
 * byte sequence that is not UTF-8 is an error naming its line, not a replacement character. A byte-order
 * mark at the start is skipped (before parsing, so a quoted first header still reads as quoted). Zip
 * archives, UTF-16 files and files with NUL characters are refused as not CSV text.
 */
final class CsvTable {

    /** One row: the line it starts on (1 for the first) and its cells as written. */
    record Row(int line, List<String> cells) {}

    /** What reading gave: the rows, or the error that stopped reading. */
    record Result(List<Row> rows, Optional<Finding> failure) {}

    private final CsvFactory factory;
    private final int maxRows;
    private final int maxCellChars;
    private final int maxCellsPerRow;

    CsvTable(int maxRows, int maxCellChars, int maxCellsPerRow) {
        this.maxRows = maxRows;
        this.maxCellChars = maxCellChars;
        this.maxCellsPerRow = maxCellsPerRow;
        this.factory = CsvFactory.builder()
                .disable(com.fasterxml.jackson.core.StreamReadFeature.AUTO_CLOSE_SOURCE)
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(maxCellChars).build())
                .build();
    }

    Result read(InputStream in, String name) throws IOException {
        PushbackInputStream input = new PushbackInputStream(in, 4);
        byte[] head = input.readNBytes(4);
        input.unread(head);
        Optional<Finding> notText = notText(head, name);
        if (notText.isPresent()) {
            return new Result(List.of(), notText);
        }
        List<Row> rows = new ArrayList<>();
        int line = 1;
        try (JsonParser parser = factory.createParser(new StrictUtf8Reader(input))) {
            JsonToken token = parser.nextToken(); // with no schema, each row is an array of strings
            while (token == JsonToken.START_ARRAY) {
                line = Math.max(1, parser.currentLocation().getLineNr()); // where the row starts
                if (rows.size() >= maxRows) {
                    return failed(rows, Finding.error(name + " line " + line, name + " has more than " + maxRows
                            + " rows, the most this importer reads at once: split the file"));
                }
                List<String> cells = new ArrayList<>();
                for (token = parser.nextToken(); token != null && token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                    if (cells.size() >= maxCellsPerRow) {
                        return failed(rows, Finding.error(name + " line " + line, "line " + line + " has more than "
                                + maxCellsPerRow + " cells, the most this importer reads in one row: is it really CSV?"));
                    }
                    String cell = parser.getValueAsString("");
                    if (cell.length() > maxCellChars) {
                        return failed(rows, tooLong(name, line));
                    }
                    if (cell.indexOf('\0') >= 0) {
                        return failed(rows, Finding.error(name + " line " + line, name + " has a NUL character on line " + line
                                + ", which text never has: is it a binary file? Save the spreadsheet as CSV UTF-8"));
                    }
                    cells.add(cell);
                }
                rows.add(new Row(line, cells));
                token = parser.nextToken();
            }
            return new Result(rows, Optional.empty());
        } catch (StreamConstraintsException e) {
            return failed(rows, tooLong(name, line(e, line)));
        } catch (JsonProcessingException e) {
            int at = line(e, line);
            String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage().replaceAll("\\s+", " ");
            if (message.startsWith("Missing closing quote")) {
                return failed(rows, Finding.error(name + " line " + line, "could not read " + name + " as CSV: a quoted cell in the row starting on line " + line
                        + " has no closing quote (" + name + " ends on line " + at + "): add the missing \" or remove the stray one"));
            }
            if (message.startsWith("Unexpected character") && message.contains("Expected column separator")) {
                message += ": a quoted cell must be followed by a comma or the end of the line; write a quote inside a quoted cell as \"\"";
            }
            return failed(rows, Finding.error(name + " line " + at, "could not read " + name + " as CSV at line " + at + ": " + message));
        } catch (StrictUtf8Reader.NotUtf8 e) {
            return failed(rows, Finding.error(name + " line " + e.line(), name + " is not valid UTF-8 (a bad byte sequence on line "
                    + e.line() + "): save it as UTF-8 (in Excel: CSV UTF-8) and import it again"));
        }
    }

    /** Files that are plainly not UTF-8 text, by their first bytes: zip archives (workbooks) and UTF-16. */
    private static Optional<Finding> notText(byte[] head, String name) {
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return Optional.of(Finding.error(name + " line 1", name + " is a zip archive (such as an Excel workbook), not CSV: "
                    + "import it with the importer for its format, or save it as CSV UTF-8"));
        }
        if (head.length >= 2 && (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE || head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)) {
            return Optional.of(Finding.error(name + " line 1", name + " is UTF-16 text (it starts with a UTF-16 byte-order mark): "
                    + "save it as UTF-8 (in Excel: CSV UTF-8) and import it again"));
        }
        return Optional.empty();
    }

    private Finding tooLong(String name, int line) {
        return Finding.error(name + " line " + line, "a cell on or after line " + line + " is longer than " + maxCellChars
                + " characters, the most this importer reads in one cell: is a closing quote missing?");
    }

    private static int line(JsonProcessingException e, int fallback) {
        return e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation().getLineNr() : fallback;
    }

    private static Result failed(List<Row> rows, Finding finding) {
        return new Result(rows, Optional.of(finding));
    }
}
