package org.maracdesk.exchange.exports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A simple flowing PDF (A4): headings, paragraphs and tables, with the protective marking at
 * the top and bottom and the confidentiality statement and footer on every page. Built in
 * memory only (no scratch file); the fonts are embedded DejaVu Sans so any name prints.
 */
public final class PdfReport implements AutoCloseable {
    private static final float MARGIN = 50;
    private static final float TOP = PDRectangle.A4.getHeight() - MARGIN - 18;
    private static final float BOTTOM = MARGIN + 62;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float BODY = 9.5f;
    private static final float CELL = 8f;
    private final PDDocument doc = new PDDocument(IOUtils.createMemoryOnlyStreamCache());
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final String marking;
    private final String statement;
    private final String footer;
    private PDPageContentStream out;
    private float y;

    /** A report with the protective marking and confidentiality statement of the documents bundle. */
    public PdfReport(String title, String footer) throws IOException {
        this.regular = font("/fonts/DejaVuSans.ttf");
        this.bold = font("/fonts/DejaVuSans-Bold.ttf");
        this.marking = DocumentText.text("doc.marking");
        this.statement = DocumentText.text("doc.statement");
        this.footer = footer;
        doc.getDocumentInformation().setTitle(title);
        doc.getDocumentInformation().setCreator(DocumentText.text("doc.creator"));
        newPage();
    }

    private PDType0Font font(String resource) throws IOException {
        try (InputStream in = PdfReport.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("font missing from the application: " + resource);
            }
            return PDType0Font.load(doc, in, true);
        }
    }

    private void newPage() throws IOException {
        if (out != null) {
            out.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        out = new PDPageContentStream(doc, page);
        y = TOP;
    }

    private void need(float height) throws IOException {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    public void title(String text) throws IOException {
        lines(text, bold, 15, WIDTH, MARGIN, 4);
        y -= 4;
    }

    public void heading(String text) throws IOException {
        need(40);
        y -= 6;
        lines(text, bold, 11.5f, WIDTH, MARGIN, 2);
    }

    public void paragraph(String text) throws IOException {
        lines(text, regular, BODY, WIDTH, MARGIN, 3);
    }

    public void field(String label, String value) throws IOException {
        float labelWidth = 150;
        List<String> wrapped = wrap(value == null ? "–" : value, regular, BODY, WIDTH - labelWidth);
        need(wrapped.size() * lead(BODY));
        show(label, bold, BODY, MARGIN, y - BODY);
        for (String line : wrapped) {
            show(line, regular, BODY, MARGIN + labelWidth, y - BODY);
            y -= lead(BODY);
        }
    }

    /** A table with a bold header row repeated on every page; widths are fractions of the page width. */
    public void table(String[] headers, float[] widths, List<String[]> rows) throws IOException {
        need(3 * lead(BODY));
        row(headers, widths, bold);
        for (String[] r : rows) {
            float height = rowHeight(r, widths, regular);
            if (y - height < BOTTOM) {
                newPage();
                row(headers, widths, bold);
            }
            row(r, widths, regular);
        }
        y -= 4;
    }

    private float rowHeight(String[] cells, float[] widths, PDType0Font f) throws IOException {
        int lines = 1;
        for (int i = 0; i < cells.length; i++) {
            lines = Math.max(lines, wrap(cells[i], f, CELL, widths[i] * WIDTH - 4).size());
        }
        return lines * lead(CELL) + 3;
    }

    private void row(String[] cells, float[] widths, PDType0Font f) throws IOException {
        float height = rowHeight(cells, widths, f);
        float x = MARGIN;
        for (int i = 0; i < cells.length; i++) {
            float cy = y;
            for (String line : wrap(cells[i], f, CELL, widths[i] * WIDTH - 4)) {
                show(line, f, CELL, x, cy - BODY);
                cy -= lead(CELL);
            }
            x += widths[i] * WIDTH;
        }
        y -= height;
        out.setLineWidth(0.3f);
        out.moveTo(MARGIN, y + 1.5f);
        out.lineTo(MARGIN + WIDTH, y + 1.5f);
        out.stroke();
    }

    private void lines(String text, PDType0Font f, float size, float width, float x, float after) throws IOException {
        for (String paragraph : (text == null ? "" : text).split("\\R")) {
            for (String line : wrap(paragraph, f, size, width)) {
                need(lead(size));
                show(line, f, size, x, y - size);
                y -= lead(size);
            }
        }
        y -= after;
    }

    private static float lead(float size) {
        return size * 1.35f;
    }

    private void show(String text, PDType0Font f, float size, float x, float baseline) throws IOException {
        out.beginText();
        out.setFont(f, size);
        out.newLineAtOffset(x, baseline);
        out.showText(printable(text, f));
        out.endText();
    }

    /** Characters the font cannot draw become '?', control characters a space. */
    static String printable(String text, PDType0Font f) {
        StringBuilder b = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                b.append(' ');
                return;
            }
            String s = new String(Character.toChars(cp));
            try {
                f.encode(s);
                b.append(s);
            } catch (IOException | IllegalArgumentException e) {
                b.append('?');
            }
        });
        return b.toString();
    }

    static List<String> wrap(String text, PDType0Font f, float size, float width) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : printable(text == null ? "" : text, f).split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(candidate, f, size) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                out.add(line.toString());
                line.setLength(0);
            }
            while (width(word, f, size) > width && word.length() > 1) {
                int cut = word.length() - 1;
                while (cut > 1 && width(word.substring(0, cut), f, size) > width) {
                    cut--;
                }
                out.add(word.substring(0, cut));
                word = word.substring(cut);
            }
            line.append(word);
        }
        out.add(line.toString());
        return out;
    }

    private static float width(String s, PDType0Font f, float size) throws IOException {
        return f.getStringWidth(s) / 1000 * size;
    }

    /** Adds the marking, statement and footer (with "page N of M") to every page and writes the PDF. */
    public void writeTo(OutputStream target) throws IOException {
        out.close();
        out = null;
        int pages = doc.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            PDPage page = doc.getPage(i);
            try (PDPageContentStream s = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND,
                    true, true)) {
                out = s;
                centred(marking, bold, 11, PDRectangle.A4.getHeight() - MARGIN + 8);
                centred(marking, bold, 11, MARGIN - 30);
                float fy = MARGIN + 48;
                for (String line : wrap(statement, regular, 6.8f, WIDTH)) {
                    show(line, regular, 6.8f, MARGIN, fy);
                    fy -= 8.5f;
                }
                show(DocumentText.text("doc.footer.page", footer, Integer.toString(i + 1), Integer.toString(pages)), regular, 6.8f, MARGIN, fy - 2);
            }
        }
        out = null;
        doc.save(target);
    }

    private void centred(String text, PDType0Font f, float size, float baseline) throws IOException {
        show(text, f, size, (PDRectangle.A4.getWidth() - width(text, f, size)) / 2, baseline);
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }
}
