package org.maracdesk.exchange.referrals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns CSV rows into the same field trees a JSON file gives, one per row after the header:
 * {@code perpetrator2.familyName} becomes {@code perpetrators[i].familyName} (blank groups are
 * left out), list columns are split on {@code ;}, blank cells are absent.
 */
final class CsvRecords {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CsvRecords() {
    }

    /** @throws FileProblem when the header is missing or broken, or a row has the wrong number of fields */
    static List<SourceRecord> read(String text) {
        List<CsvParser.Row> rows;
        try {
            rows = CsvParser.parse(text);
        } catch (CsvParser.CsvSyntaxException e) {
            throw new FileProblem(e.line(), e.getMessage());
        }
        if (rows.isEmpty()) {
            throw new FileProblem(1, "the file is empty; the first line must name the columns");
        }
        List<String> header = header(rows.get(0));
        List<SourceRecord> records = new ArrayList<>();
        for (CsvParser.Row row : rows.subList(1, rows.size())) {
            if (row.fields().stream().allMatch(String::isBlank)) {
                continue;
            }
            if (row.fields().size() != header.size()) {
                throw new FileProblem(row.line(), "has " + row.fields().size() + " fields but the header names "
                        + header.size() + " columns");
            }
            records.add(record(row, header));
        }
        return records;
    }

    private static List<String> header(CsvParser.Row row) {
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String raw : row.fields()) {
            String name = raw.strip();
            if (name.isEmpty()) {
                throw new FileProblem(row.line(), "column " + (names.size() + 1) + " has no name");
            }
            if (!seen.add(name)) {
                throw new FileProblem(row.line(), "the column " + name + " appears twice");
            }
            names.add(name);
        }
        return names;
    }

    private static SourceRecord record(CsvParser.Row row, List<String> header) {
        ObjectNode root = NODES.objectNode();
        Map<String, TreeMap<Integer, ObjectNode>> groups = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String cell = row.fields().get(i);
            if (cell.isBlank()) {
                continue;
            }
            CsvColumns.Target t = CsvColumns.target(header.get(i));
            ObjectNode base = t.group() == null ? root
                    : groups.computeIfAbsent(t.group(), g -> new TreeMap<>()).computeIfAbsent(t.number(),
                            n -> NODES.objectNode());
            put(base, t.path(), cell, row.line(), header.get(i));
        }
        Map<String, List<Integer>> numbersUsed = new LinkedHashMap<>();
        groups.forEach((array, members) -> {
            ArrayNode list = root.putArray(array);
            members.values().forEach(list::add);
            numbersUsed.put(array, List.copyOf(members.keySet()));
        });
        return new SourceRecord(row.line(), root, path -> CsvColumns.column(path, numbersUsed));
    }

    private static void put(ObjectNode base, String path, String cell, int line, String column) {
        String[] parts = path.split("\\.");
        ObjectNode at = base;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode next = at.get(parts[i]);
            if (next == null) {
                next = at.putObject(parts[i]);
            } else if (!next.isObject()) {
                throw new FileProblem(line, "the column " + column + " clashes with another column");
            }
            at = (ObjectNode) next;
        }
        String leaf = parts[parts.length - 1];
        if (CsvColumns.LIST_FIELDS.contains(path)) {
            ArrayNode list = at.putArray(leaf);
            for (String item : cell.split(";")) {
                if (!item.isBlank()) {
                    list.add(item.strip());
                }
            }
        } else {
            at.put(leaf, cell);
        }
    }
}
