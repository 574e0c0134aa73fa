package org.maracdesk.exchange.exports;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * The accessibility of a {@link PdfReport}: a structure tree (Document, H1, H2, P, Table, TR, TH,
 * TD) in reading order, every drawn piece of text linked to its element by a marked-content id,
 * the page furniture (marking, statement, footer) marked as artifacts, the document language and
 * title shown by viewers, and a bookmark per heading.
 */
final class PdfTags {
    private final PDStructureTreeRoot root = new PDStructureTreeRoot();
    private final PDStructureElement document;
    private final PDDocumentOutline outline = new PDDocumentOutline();
    private final Map<Integer, COSArray> parents = new LinkedHashMap<>();
    private PDOutlineItem topBookmark;
    private PDPage page;
    private int pageIndex = -1;
    private int mcid;

    PdfTags(PDDocument doc, String language) {
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        catalog.setStructureTreeRoot(root);
        PDMarkInfo mark = new PDMarkInfo();
        mark.setMarked(true);
        catalog.setMarkInfo(mark);
        catalog.setLanguage(language);
        PDViewerPreferences viewer = new PDViewerPreferences(new COSDictionary());
        viewer.setDisplayDocTitle(true);
        catalog.setViewerPreferences(viewer);
        catalog.setDocumentOutline(outline);
        document = new PDStructureElement(StandardStructureTypes.DOCUMENT, root);
        root.appendKid(document);
    }

    /** A new page: its marked-content ids start again and it gets its entry in the parent tree. */
    void page(PDPage p) {
        page = p;
        pageIndex++;
        mcid = 0;
        p.setStructParents(pageIndex);
        parents.put(pageIndex, new COSArray());
    }

    /**
     * Goes back to page {@code index} (pages are finished after all content is laid out): marked
     * content added now continues that page's ids.
     */
    void onPage(PDPage p, int index) {
        page = p;
        pageIndex = index;
        mcid = parents.get(index).size();
    }

    PDStructureElement document() {
        return document;
    }

    /** A new element of {@code type} at the end of {@code parent}. */
    PDStructureElement element(String type, PDStructureNode parent) {
        PDStructureElement e = new PDStructureElement(type, parent);
        e.setPage(page);
        parent.appendKid(e);
        return e;
    }

    /** Starts drawing content that belongs to {@code element}; end it with {@link #end}. */
    void begin(PDPageContentStream out, PDStructureElement element) throws IOException {
        COSDictionary properties = new COSDictionary();
        properties.setInt(COSName.MCID, mcid);
        out.beginMarkedContent(COSName.getPDFName(element.getStructureType()), PDPropertyList.create(properties));
        PDMarkedContentReference ref = new PDMarkedContentReference();
        ref.setMCID(mcid);
        ref.setPage(page);
        element.appendKid(ref);
        parents.get(pageIndex).add(element);
        mcid++;
    }

    void end(PDPageContentStream out) throws IOException {
        out.endMarkedContent();
    }

    /** Starts page furniture that a screen reader skips; end it with {@link #end}. */
    void artifact(PDPageContentStream out) throws IOException {
        out.beginMarkedContent(COSName.ARTIFACT);
    }

    /** A bookmark to the current page: the document's title at the top, headings under it. */
    void bookmark(String title, boolean top) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        item.setDestination(page);
        if (top || topBookmark == null) {
            outline.addLast(item);
            topBookmark = item;
        } else {
            topBookmark.addLast(item);
            topBookmark.openNode();
        }
    }

    /** Writes the parent tree that maps each page's marked content back to its elements. */
    void finish() {
        PDNumberTreeNode tree = new PDNumberTreeNode(PDParentTreeValue.class);
        Map<Integer, PDParentTreeValue> numbers = new LinkedHashMap<>();
        parents.forEach((index, elements) -> numbers.put(index, new PDParentTreeValue(elements)));
        tree.setNumbers(numbers);
        root.setParentTree(tree);
        root.setParentTreeNextKey(parents.size());
        outline.openNode();
    }
}
