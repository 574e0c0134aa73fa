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
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A simple flowing PDF (A4): headings, paragraphs and tables, with the protective marking at
 * the top and bottom and the confidentiality statement and footer on every page. Built in
 * memory only (no scratch file); the fonts are embedded DejaVu Sans so any name prints. Tagged for
 * screen readers ({@link PdfTags}): headings, paragraphs and tables in reading order, bookmarks.
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
    private final PdfTags tags;
    private PDPageContentStream out;
    private float y;

    /** A report with the protective marking and confidentiality statement of the documents bundle. */
    public PdfReport(String title, String footer) throws IOException {
        this(title, footer, DocumentText.text("doc.marking"), DocumentText.text("doc.statement"));
    }

    /** A document with its own marking and statement (a letter to the victim is not an agency's document). */
    PdfReport(String title, String footer, String marking, String statement) throws IOException {
        this.regular = font("/fonts/DejaVuSans.ttf");
        this.bold = font("/fonts/DejaVuSans-Bold.ttf");
        this.marking = marking;
        this.statement = statement;
        this.footer = footer;
        doc.getDocumentInformation().setTitle(title);
        doc.getDocumentInformation().setCreator(DocumentText.text("doc.creator"));
        this.tags = new PdfTags(doc, DocumentText.text("doc.language"));
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
        tags.page(page);
        out = new PDPageContentStream(doc, page);
        y = TOP;
    }

    private void need(float height) throws IOException {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    public void title(String text) throws IOException {
        tags.bookmark(text, true);
        lines(text, bold, 15, WIDTH, MARGIN, 4, tags.element(StandardStructureTypes.H1, tags.document()));
        y -= 4;
    }

    /** A section heading, with its bookmark under the title's. */
    public void heading(String text) throws IOException {
        need(40);
        y -= 6;
        tags.bookmark(text, false);
        lines(text, bold, 11.5f, WIDTH, MARGIN, 2, tags.element(StandardStructureTypes.H2, tags.document()));
    }

    public void paragraph(String text) throws IOException {
        lines(text, regular, BODY, WIDTH, MARGIN, 3, tags.element(StandardStructureTypes.P, tags.document()));
    }

    /**
     * A label and its value, read as one paragraph ("Victim: …"); a line break in the value starts a new line, and
     * a value longer than the rest of the page goes on over the page. A label wider than its column wraps within it,
     * beside the value, rather than running into it.
     */
    public void field(String label, String value) throws IOException {
        float labelWidth = 150;
        List<String> wrapped = new ArrayList<>();
        for (String paragraph : (value == null ? "–" : value).split("\\R")) {
            wrapped.addAll(wrap(paragraph, regular, BODY, WIDTH - labelWidth));
        }
        List<String> labels = wrap(label, bold, BODY, labelWidth - 8);
        need(Math.min(Math.max(labels.size(), wrapped.size()), 4) * lead(BODY));
        PDStructureElement p = tags.element(StandardStructureTypes.P, tags.document());
        // the whole label first, then the value: read in that order, however the label wraps
        float top = y;
        for (int i = 0; i < labels.size(); i++) {
            show(labels.get(i), bold, BODY, MARGIN, top - i * lead(BODY) - BODY, p);
        }
        PDPageContentStream page = out;
        for (String line : wrapped) {
            need(lead(BODY));
            show(line, regular, BODY, MARGIN + labelWidth, y - BODY, p);
            y -= lead(BODY);
        }
        if (out == page) {
            y = Math.min(y, top - labels.size() * lead(BODY));
        }
    }

    /** A table with a bold header row repeated on every page; widths are fractions of the page width. */
    public void table(String[] headers, float[] widths, List<String[]> rows) throws IOException {
        need(3 * lead(BODY));
        PDStructureElement table = tags.element(StandardStructureTypes.TABLE, tags.document());
        row(headers, widths, bold, table, StandardStructureTypes.TH);
        for (String[] r : rows) {
            float height = rowHeight(r, widths, regular);
            if (y - height < BOTTOM) {
                newPage();
                row(headers, widths, bold, null, null);
            }
            row(r, widths, regular, table, StandardStructureTypes.TD);
        }
        y -= 4;
    }

    private float rowHeight(String[] cells, float[] widths, PDType0Font f) throws IOException {
        int lines = 1;
        for (int i = 0; i < cells.length; i++) {
            lines = Math.max(lines, cellLines(cells[i], f, widths[i] * WIDTH - 4).size());
        }
        return lines * lead(CELL) + 3;
    }

    /** A cell's text wrapped to its width; a line break in it starts a new line, as in a field's value. */
    private static List<String> cellLines(String text, PDType0Font f, float width) throws IOException {
        List<String> out = new ArrayList<>();
        for (String paragraph : (text == null ? "" : text).split("\\R")) {
            out.addAll(wrap(paragraph, f, CELL, width));
        }
        return out;
    }

    /**
     * One table row; {@code table} null for a header row repeated on a new page, which a screen
     * reader skips (it has read the header once).
     */
    private void row(String[] cells, float[] widths, PDType0Font f, PDStructureElement table, String cellType)
            throws IOException {
        float height = rowHeight(cells, widths, f);
        PDStructureElement tr = table == null ? null : tags.element(StandardStructureTypes.TR, table);
        float x = MARGIN;
        for (int i = 0; i < cells.length; i++) {
            PDStructureElement cell = tr == null ? null : tags.element(cellType, tr);
            float cy = y;
            for (String line : cellLines(cells[i], f, widths[i] * WIDTH - 4)) {
                show(line, f, CELL, x, cy - BODY, cell);
                cy -= lead(CELL);
            }
            x += widths[i] * WIDTH;
        }
        y -= height;
        tags.artifact(out);
        out.setLineWidth(0.3f);
        out.moveTo(MARGIN, y + 1.5f);
        out.lineTo(MARGIN + WIDTH, y + 1.5f);
        out.stroke();
        tags.end(out);
    }

    private void lines(String text, PDType0Font f, float size, float width, float x, float after,
                       PDStructureElement element) throws IOException {
        for (String paragraph : (text == null ? "" : text).split("\\R")) {
            for (String line : wrap(paragraph, f, size, width)) {
                need(lead(size));
                show(line, f, size, x, y - size, element);
                y -= lead(size);
            }
        }
        y -= after;
    }

    /** Text that belongs to {@code element}, or page furniture (an artifact) when it is null. */
    private void show(String text, PDType0Font f, float size, float x, float baseline, PDStructureElement element)
            throws IOException {
        if (element == null) {
            tags.artifact(out);
        } else {
            tags.begin(out, element);
        }
        show(text, f, size, x, baseline);
        tags.end(out);
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
                tags.onPage(page, i);
                // Read once, after the first page's content: the marking and the confidentiality
                // statement; everywhere else they are page furniture a screen reader skips.
                PDStructureElement markingText = i == 0 ? tags.element(StandardStructureTypes.P, tags.document()) : null;
                PDStructureElement statementText = i == 0 ? tags.element(StandardStructureTypes.P, tags.document()) : null;
                centred(marking, bold, 11, PDRectangle.A4.getHeight() - MARGIN + 8, markingText);
                centred(marking, bold, 11, MARGIN - 30, null);
                float fy = MARGIN + 48;
                for (String line : wrap(statement, regular, 6.8f, WIDTH)) {
                    show(line, regular, 6.8f, MARGIN, fy, statementText);
                    fy -= 8.5f;
                }
                show(DocumentText.text("doc.footer.page", footer, Integer.toString(i + 1), Integer.toString(pages)),
                        regular, 6.8f, MARGIN, fy - 2, null);
            }
        }
        out = null;
        tags.finish();
        doc.save(target);
    }

    private void centred(String text, PDType0Font f, float size, float baseline, PDStructureElement element)
            throws IOException {
        show(text, f, size, (PDRectangle.A4.getWidth() - width(text, f, size)) / 2, baseline, element);
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }
}
