package org.maracdesk.exchange.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Documents are tagged for screen readers: a structure tree in reading order (headings,
 * paragraphs, tables with header cells), the language and title, bookmarks per heading, the page
 * furniture as artifacts — also when a table runs over several pages.
 */
class PdfAccessibilityTest {

    private static byte[] report() throws Exception {
        try (PdfReport pdf = new PdfReport("Synthetic minutes", "footer text")) {
            pdf.title("MARAC minutes: synthetic");
            pdf.heading("1. Case SYN-1");
            pdf.field("Victim", "Ada Fernleigh, born 1994-02-03");
            List<String[]> rows = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                rows.add(new String[] {"Police", "Action " + i});
            }
            pdf.table(new String[] {"Agency", "Action"}, new float[] {0.3f, 0.7f}, rows);
            pdf.heading("2. Case SYN-2");
            pdf.paragraph("No actions for your agency.");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.writeTo(out);
            return out.toByteArray();
        }
    }

    private static List<String> types(List<Object> kids) {
        List<String> out = new ArrayList<>();
        for (Object k : kids) {
            if (k instanceof PDStructureElement e) {
                out.add(e.getStructureType());
            }
        }
        return out;
    }

    @Test
    void theStructureTreeReadsInOrderWithTablesHeadingsAndBookmarks() throws Exception {
        try (PDDocument doc = Loader.loadPDF(report())) {
            assertTrue(doc.getNumberOfPages() >= 2, "the table runs over a page");
            assertTrue(doc.getDocumentCatalog().getMarkInfo().isMarked(), "marked as tagged");
            assertEquals("en-GB", doc.getDocumentCatalog().getLanguage());
            assertTrue(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle());
            assertEquals("Synthetic minutes", doc.getDocumentInformation().getTitle());

            PDStructureTreeRoot root = doc.getDocumentCatalog().getStructureTreeRoot();
            assertNotNull(root.getParentTree(), "marked content maps back to its elements");
            PDStructureElement document = (PDStructureElement) root.getKids().get(0);
            assertEquals("Document", document.getStructureType());
            assertEquals(List.of("H1", "H2", "P", "Table", "H2", "P", "P", "P"), types(document.getKids()),
                    "title, case heading, field, table, case heading, paragraph, then the marking and statement once");
            PDStructureElement table = (PDStructureElement) document.getKids().get(3);
            List<String> rows = types(table.getKids());
            assertEquals(61, rows.size(), "one header row and 60 body rows, the repeated header left out");
            PDStructureElement header = (PDStructureElement) table.getKids().get(0);
            assertEquals(List.of("TH", "TH"), types(header.getKids()));
            assertEquals(List.of("TD", "TD"), types(((PDStructureElement) table.getKids().get(1)).getKids()));
            for (PDPage page : doc.getPages()) {
                assertTrue(page.getStructParents() >= 0, "every page is in the parent tree");
            }

            PDOutlineItem top = doc.getDocumentCatalog().getDocumentOutline().getFirstChild();
            assertEquals("MARAC minutes: synthetic", top.getTitle());
            List<String> bookmarks = new ArrayList<>();
            top.children().forEach(i -> bookmarks.add(i.getTitle()));
            assertEquals(List.of("1. Case SYN-1", "2. Case SYN-2"), bookmarks);

            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.indexOf("1. Case SYN-1") < text.indexOf("Action 59")
                    && text.indexOf("Action 59") < text.indexOf("2. Case SYN-2"), "text extracts in reading order");
        }
    }
}
