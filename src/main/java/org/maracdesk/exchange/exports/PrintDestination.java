package org.maracdesk.exchange.exports;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A printer a document is sent to instead of a file. The document exists only in memory on its way;
 * the audit trail records that it was printed and on which printer, never what it said.
 */
public interface PrintDestination {
    /** The printer's name as the system knows it (recorded in the audit trail). */
    String printerName();

    void print(PDDocument document) throws IOException;
}
