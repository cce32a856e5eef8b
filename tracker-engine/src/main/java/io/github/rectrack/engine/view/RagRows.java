package io.github.rectrack.engine.view;

import io.github.rectrack.engine.spi.rag.Rag;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Rows of counts by colour, as the summary tables hold them. */
final class RagRows {

    private RagRows() {
    }

    /**
     * An unmodifiable copy of rows of counts by colour, keeping the rows' order, with every colour in every row (0
     * where a row had none).
     *
     * @param rows the counts, by row and colour
     * @param <K> what labels a row
     * @return the copy
     */
    static <K> Map<K, Map<Rag, Integer>> complete(Map<K, ? extends Map<Rag, Integer>> rows) {
        Map<K, Map<Rag, Integer>> copy = new LinkedHashMap<>();
        rows.forEach((label, row) -> {
            EnumMap<Rag, Integer> full = new EnumMap<>(Rag.class);
            for (Rag rag : Rag.values()) {
                full.put(rag, row.getOrDefault(rag, 0));
            }
            copy.put(label, Collections.unmodifiableMap(full));
        });
        return Collections.unmodifiableMap(copy);
    }
}
