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
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads CSV into rows of cells, with the line each row starts on, within size limits. Strict UTF-8: a
 * byte sequence that is not UTF-8 is an error, not a replacement character. A byte-order mark at the start
 * is skipped.
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
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        List<Row> rows = new ArrayList<>();
        int line = 1;
        try (JsonParser parser = factory.createParser(reader)) {
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
                    cells.add(rows.isEmpty() && cells.isEmpty() && cell.startsWith("\uFEFF") ? cell.substring(1) : cell);
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
            return failed(rows, Finding.error(name + " line " + at, "could not read " + name + " as CSV at line " + at + ": " + message));
        } catch (CharacterCodingException e) {
            int at = rows.isEmpty() ? 1 : rows.get(rows.size() - 1).line();
            return failed(rows, Finding.error(name + " line " + at, name + " is not valid UTF-8 (a bad byte sequence near line "
                    + at + "): save it as UTF-8 and import it again"));
        }
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
