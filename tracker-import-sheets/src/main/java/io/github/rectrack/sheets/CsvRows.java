package io.github.rectrack.sheets;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.rectrack.engine.spi.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the rows of a CSV file (UTF-8, a byte-order mark skipped, RFC 4180 quoting) with Jackson's CSV
 * parser. Every cell is text; row N is the file's Nth record.
 */
final class CsvRows {

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
            .build();

    private CsvRows() {}

    /**
     * Reads the file.
     *
     * @param in the file; read, not closed
     * @param name the file's name, for findings
     * @param sink receives the rows, until it says to stop
     * @return an error, if the file could not be read to its end
     * @throws IOException if the stream fails
     */
    static Optional<Finding> read(InputStream in, String name, RowSink sink) throws IOException {
        PushbackReader reader = new PushbackReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1);
        int number = 0;
        try {
            int first = reader.read();
            if (first != -1 && first != '\uFEFF') {
                reader.unread(first);
            }
        } catch (CharacterCodingException e) {
            return Optional.of(Finding.error(name, name + " is not UTF-8 text (at its first character): save it as CSV UTF-8"));
        }
        try (MappingIterator<String[]> rows = MAPPER.readerFor(String[].class).with(CsvSchema.emptySchema()).readValues(reader)) {
            while (rows.hasNextValue()) {
                String[] values = rows.nextValue();
                number++;
                List<SheetCell> cells = new ArrayList<>(values.length);
                for (String value : values) {
                    cells.add(SheetCell.text(value == null ? "" : value));
                }
                if (!sink.row(number, cells)) {
                    break;
                }
            }
        } catch (CharacterCodingException e) {
            return Optional.of(Finding.error(name, name + " is not UTF-8 text (after row " + number + "): save it as CSV UTF-8"));
        } catch (JacksonException e) {
            return Optional.of(Finding.error(name + ": row " + (number + 1), "not readable as CSV: " + e.getOriginalMessage()));
        }
        return Optional.empty();
    }
}
