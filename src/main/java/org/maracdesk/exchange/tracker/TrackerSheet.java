package org.maracdesk.exchange.tracker;

import java.util.List;

/** A tracker's table: the header's column names and every row below it, each with its line in the file. */
public record TrackerSheet(List<String> header, List<Row> rows) {
    /** A row and its line (CSV) or row number (XLSX), counted from 1 as the spreadsheet shows it. */
    public record Row(int line, List<TrackerCell> cells) {
        public TrackerCell cell(int column) {
            return column >= 0 && column < cells.size() ? cells.get(column) : TrackerCell.BLANK;
        }
    }

    public int column(String name) {
        return name == null ? -1 : header.indexOf(name);
    }
}
