package org.maracdesk.risk;

import java.util.List;
import java.util.Optional;

/** A versioned norm table: norms are data, because newer samples give different figures. */
public record NormTable(String version, String source, List<NormRow> rows) {

    public NormTable {
        rows = List.copyOf(rows);
    }

    public Optional<NormRow> rowFor(int score) {
        return rows.stream().filter(r -> r.contains(score)).findFirst();
    }
}
