package org.maracdesk.exchange.exports;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import javax.print.PrintService;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/** A printer of this computer, through Java's print service (PDFBox lays the pages out). */
public final class SystemPrinter implements PrintDestination {
    private final PrintService service;

    public SystemPrinter(PrintService service) {
        this.service = service;
    }

    @Override
    public String printerName() {
        return service.getName();
    }

    @Override
    public void print(PDDocument document) throws IOException {
        try {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setPrintService(service);
            job.setJobName("MARAC Desk");
            job.setPageable(new PDFPageable(document));
            job.print();
        } catch (PrinterException e) {
            throw new IOException("the printer " + service.getName() + " did not take the document", e);
        }
    }
}
