package org.maracdesk.exchange.tracker;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * An XLSX tracker through FastExcel's streaming reader (decision 0027): text cells as text, number
 * cells formatted as dates as dates (so a date typed in Excel stays a date, whatever the locale),
 * other numbers as numbers. Formulas count by their cached value.
 */
final class TrackerXlsx {
    private TrackerXlsx() {
    }

    static TrackerSheet read(Path file, String sheetName) throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false))) {
            Sheet sheet = sheetName == null ? wb.getFirstSheet() : wb.findSheet(sheetName).orElseThrow(() ->
                    new TrackerFileException("--sheet: the workbook has no sheet of that name; it has "
                            + String.join(", ", wb.getSheets().map(Sheet::getName).toList())));
            List<String> header = null;
            List<TrackerSheet.Row> rows = new ArrayList<>();
            try (Stream<Row> stream = sheet.openStream()) {
                for (Row r : (Iterable<Row>) stream::iterator) {
                    List<TrackerCell> cells = cells(r, wb.isDate1904());
                    if (cells.stream().allMatch(TrackerCell::isBlank)) {
                        continue;
                    }
                    if (header == null) {
                        header = TrackerFiles.header(cells.stream().map(TrackerCell::shown).toList());
                    } else {
                        rows.add(new TrackerSheet.Row(r.getRowNum(), cells));
                    }
                }
            }
            if (header == null) {
                throw new TrackerFileException("the sheet is empty; its first row must name the columns");
            }
            return new TrackerSheet(header, rows);
        } catch (ExcelReaderException e) {
            throw new TrackerFileException("the file is not a readable XLSX workbook");
        }
    }

    private static List<TrackerCell> cells(Row r, boolean date1904) {
        List<TrackerCell> out = new ArrayList<>();
        for (int i = 0; i < r.getCellCount(); i++) {
            out.add(cell(r.getCell(i), date1904));
        }
        return out;
    }

    private static TrackerCell cell(Cell c, boolean date1904) {
        if (c == null || c.getType() == CellType.EMPTY || c.getType() == CellType.ERROR) {
            return TrackerCell.BLANK;
        }
        if (c.getType() == CellType.NUMBER || c.getType() == CellType.FORMULA && c.getRawValue() != null
                && TrackerFiles.number(c.getRawValue()) != null) {
            java.math.BigDecimal n = c.getType() == CellType.NUMBER ? c.asNumber() : TrackerFiles.number(c.getRawValue());
            if (isDateFormat(c.getDataFormatId(), c.getDataFormatString())) {
                LocalDate d = TrackerDates.serial(n, date1904);
                return d == null ? new TrackerCell(null, null, n) : new TrackerCell(null, d, null);
            }
            return new TrackerCell(null, null, n);
        }
        if (c.getType() == CellType.BOOLEAN) {
            return TrackerCell.text(Boolean.TRUE.equals(c.asBoolean()) ? "yes" : "no");
        }
        return TrackerCell.text(c.getText());
    }

    /** Excel's built-in date formats (14–22, 45–47) or a custom one with day, month or year codes outside quotes. */
    static boolean isDateFormat(Integer id, String format) {
        if (id != null && (id >= 14 && id <= 22 || id >= 45 && id <= 47)) {
            return true;
        }
        if (format == null) {
            return false;
        }
        String bare = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "").replaceAll("\\\\.", "")
                .toLowerCase(java.util.Locale.ROOT);
        return bare.contains("y") || bare.contains("d") && bare.contains("m");
    }
}
